"""User names normalised: full-width letters folded, case ignored, no spaces around

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 09:40:00

Each stored name becomes its normalised form (``domain.accounts.normalize_username``, copied
here so that this revision never changes). Where two accounts would then share a name (Admin
and admin), both keep theirs as they were: each still logs in as typed, and the department can
rename one.
"""

import unicodedata
from collections import Counter
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _normalised(name: str) -> str:
    return unicodedata.normalize("NFKC", name).strip().casefold()


def upgrade() -> None:
    connection = op.get_bind()
    users = connection.execute(sa.text("SELECT id, username FROM users")).all()
    counts = Counter(_normalised(name) for _, name in users)
    for user_id, name in users:
        normalised = _normalised(name)
        if normalised != name and counts[normalised] == 1:
            connection.execute(
                sa.text("UPDATE users SET username = :name WHERE id = :id"),
                {"name": normalised, "id": user_id},
            )


def downgrade() -> None:
    """The names as typed before are not kept: downgrading leaves the normalised ones."""
