"""Exchange packages: conflicts kept until they are resolved

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03 15:20:00

A record both PCs changed since their last exchange was refused and the other PC's version
lost; now that version is kept here, with the photos this PC lacks, until someone takes it or
keeps this PC's own (rules §14). No database before this revision holds one.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "exchange_conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("ward_id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("package", sa.String(length=200), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("their_version", sa.Integer(), nullable=False),
        sa.Column("their_author", sa.String(length=50), nullable=False),
        sa.Column("record", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["campaign_id"], ["campaigns.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["ward_id"], ["wards.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uid"),
    )
    op.create_table(
        "exchange_conflict_photos",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conflict_id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("jpeg", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["conflict_id"], ["exchange_conflicts.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_exchange_conflict_photos_conflict_id", "exchange_conflict_photos", ["conflict_id"]
    )


def downgrade() -> None:
    op.drop_table("exchange_conflict_photos")
    op.drop_table("exchange_conflicts")
