"""Rectification: a failed re-check's reason on the item, and photos removed with a reason

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 06:20:00

An item re-checked and sent back before this revision shows its reason in its history only; it
is not marked 复查未通过 in the list (the history keeps that, and the next answer would clear the
mark anyway). Every photo stored before it is a photo in use.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("rectification_items", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("recheck_failed", sa.Text(), server_default="", nullable=False)
        )
    with op.batch_alter_table("rectification_photos", schema=None) as batch_op:
        batch_op.add_column(sa.Column("removed_at", sa.DateTime(), nullable=True))
        batch_op.add_column(
            sa.Column("removed_by", sa.String(length=50), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("removed_reason", sa.Text(), server_default="", nullable=False)
        )


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN (SQLite 3.35 and later), not batch mode: batch mode copies the
    # table and drops the old one, and with foreign keys on, dropping rectification_items
    # would delete every event and photo of every item (ON DELETE CASCADE).
    for column in ("removed_reason", "removed_by", "removed_at"):
        op.drop_column("rectification_photos", column)
    op.drop_column("rectification_items", "recheck_failed")
