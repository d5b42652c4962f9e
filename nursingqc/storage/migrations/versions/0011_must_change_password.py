"""Accounts: a first or reset password must be changed at the next log-in

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 08:45:00

Every account made before this revision chose or was given its password before the rule
existed; none is asked to change it.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN: batch mode would copy and drop users, which the foreign keys of
    # every audit entry and ward account refuse.
    op.add_column(
        "users",
        sa.Column("must_change_password", sa.Boolean(), server_default=sa.false(), nullable=False),
    )


def downgrade() -> None:
    # DROP COLUMN (SQLite 3.35 and later) for the same reason, as in 0010.
    op.drop_column("users", "must_change_password")
