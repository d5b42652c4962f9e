"""Summary drafts (总结草稿): the page autosaves the department's text as a draft

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 16:20:00

A text saved before this revision was saved with the department's own button, so it is no
draft.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("summary_notes", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("draft", sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("summary_notes", schema=None) as batch_op:
        batch_op.drop_column("draft")
