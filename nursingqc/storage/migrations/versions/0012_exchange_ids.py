"""Exchange packages: the hospital's id, this PC's identity, its peers, records' stable ids

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 14:30:00

Every hospital, campaign, score sheet, entry, rectification item, history line and photo made
before this revision gets a UUID of its own here, so that it can travel in exchange packages
(rules §14); none of them has been exchanged yet (``exchanged_version`` 0), and the PC is
unenrolled (no identity row) until the department enrols a ward PC or a setup package arrives.
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Each table given a stable id, with the unique index that keeps it one record's.
_UID_TABLES = {
    "hospital": "uq_hospital_uid",
    "campaigns": "uq_campaigns_uid",
    "inspections": "uq_inspections_uid",
    "item_results": "uq_item_results_uid",
    "rectification_items": "uq_rectification_items_uid",
    "rectification_events": "uq_rectification_events_uid",
    "rectification_photos": "uq_rectification_photos_uid",
}
_VERSIONED = ("inspections", "rectification_items")


def upgrade() -> None:
    # Plain ADD COLUMN, not batch mode: batch mode copies and drops each table, and the foreign
    # keys (with ON DELETE CASCADE) of the rows that point at it would refuse or delete them.
    connection = op.get_bind()
    for table, index in _UID_TABLES.items():
        op.add_column(
            table, sa.Column("uid", sa.String(length=36), server_default="", nullable=False)
        )
        rows = sa.table(table, sa.column("id", sa.Integer()), sa.column("uid", sa.String()))
        ids = [row[0] for row in connection.execute(sa.select(rows.c.id))]
        if ids:
            connection.execute(
                rows.update().where(rows.c.id == sa.bindparam("row_id")),
                [{"row_id": row_id, "uid": str(uuid.uuid4())} for row_id in ids],
            )
        op.create_index(index, table, ["uid"], unique=True)
    for table in _VERSIONED:
        op.add_column(
            table,
            sa.Column("exchanged_version", sa.Integer(), server_default="0", nullable=False),
        )
    op.create_table(
        "exchange_identity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("pc_id", sa.String(length=36), nullable=False),
        sa.Column("ward_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["ward_id"], ["wards.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "exchange_peers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pc_id", sa.String(length=36), nullable=False),
        sa.Column("ward_id", sa.Integer(), nullable=True),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("enrolled_at", sa.DateTime(), nullable=False),
        sa.Column("last_sent", sa.Integer(), server_default="0", nullable=False),
        sa.Column("last_received", sa.Integer(), server_default="0", nullable=False),
        sa.Column("received_digest", sa.String(length=64), server_default="", nullable=False),
        sa.ForeignKeyConstraint(["ward_id"], ["wards.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("pc_id"),
    )


def downgrade() -> None:
    # DROP COLUMN (SQLite 3.35 and later) for the same reason, as in 0010.
    op.drop_table("exchange_peers")
    op.drop_table("exchange_identity")
    for table in _VERSIONED:
        op.drop_column(table, "exchanged_version")
    for table, index in _UID_TABLES.items():
        op.drop_index(index, table_name=table)
        op.drop_column(table, "uid")
