"""The nurse a deduction concerns (涉及护士)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 11:42:41.032964
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("item_results", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("nurse", sa.String(length=50), server_default="", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("item_results", schema=None) as batch_op:
        batch_op.drop_column("nurse")
