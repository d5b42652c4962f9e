"""Exchange packages: the published ranking a ward PC keeps

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 14:55:00

A ward PC holds its own ward only, so it cannot rank the hospital's wards; once a campaign is
published the department's down package brings the ranking as published (rules §14), kept
here. No database before this revision holds one.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "published_rankings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("ranking", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["campaign_id"], ["campaigns.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("campaign_id"),
    )


def downgrade() -> None:
    op.drop_table("published_rankings")
