"""Rectification items (整改项), their history and photos

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 11:35:56.899524
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "rectification_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("ward_id", sa.Integer(), nullable=False),
        sa.Column("inspection_id", sa.Integer(), nullable=False),
        sa.Column("checklist_item_id", sa.Integer(), nullable=False),
        sa.Column("checklist_name", sa.String(length=100), nullable=False),
        sa.Column("item_code", sa.String(length=30), nullable=False),
        sa.Column("item_text", sa.Text(), nullable=False),
        sa.Column("deduction", sa.Integer(), nullable=False),
        sa.Column("veto_failed", sa.Boolean(), nullable=False),
        sa.Column("problem", sa.Text(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "awaiting_recheck",
                "verified",
                "withdrawn",
                name="rectificationstatus",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("cause", sa.Text(), nullable=False),
        sa.Column("measure", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=50), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("verified_by", sa.String(length=50), nullable=False),
        sa.Column("verified_on", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=50), nullable=False),
        sa.ForeignKeyConstraint(["campaign_id"], ["campaigns.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["checklist_item_id"],
            ["checklist_items.id"],
        ),
        sa.ForeignKeyConstraint(["inspection_id"], ["inspections.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["ward_id"],
            ["wards.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("inspection_id", "checklist_item_id"),
    )
    with op.batch_alter_table("rectification_items", schema=None) as batch_op:
        batch_op.create_index(
            "ix_rectification_items_ward", ["campaign_id", "ward_id", "status"], unique=False
        )

    op.create_table(
        "rectification_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("username", sa.String(length=50), nullable=False),
        sa.Column("display_name", sa.String(length=50), nullable=False),
        sa.Column(
            "action",
            sa.Enum(
                "created",
                "revised",
                "filled",
                "marked_done",
                "verified",
                "rejected",
                "delayed",
                "withdrawn",
                "restored",
                "photo_added",
                name="rectificationaction",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column(
            "status_before",
            sa.Enum(
                "open",
                "awaiting_recheck",
                "verified",
                "withdrawn",
                name="rectificationstatus",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=True,
        ),
        sa.Column(
            "status_after",
            sa.Enum(
                "open",
                "awaiting_recheck",
                "verified",
                "withdrawn",
                # Its own name: PostgreSQL refused a second "rectificationstatus" on this table.
                name="rectificationstatus_after",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("deadline_before", sa.Date(), nullable=True),
        sa.Column("deadline_after", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["rectification_items.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("rectification_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_rectification_events_item_id"), ["item_id"], unique=False
        )

    op.create_table(
        "rectification_photos",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=200), nullable=False),
        sa.Column("jpeg", sa.LargeBinary(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by", sa.String(length=50), nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["rectification_items.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("rectification_photos", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_rectification_photos_item_id"), ["item_id"], unique=False
        )


def downgrade() -> None:

    with op.batch_alter_table("rectification_photos", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rectification_photos_item_id"))

    op.drop_table("rectification_photos")
    with op.batch_alter_table("rectification_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rectification_events_item_id"))

    op.drop_table("rectification_events")
    with op.batch_alter_table("rectification_items", schema=None) as batch_op:
        batch_op.drop_index("ix_rectification_items_ward")

    op.drop_table("rectification_items")
