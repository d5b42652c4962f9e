"""Inspection versions and one-sheet rules, log-in lockout, times in UTC

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 11:19:21.699382
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Schema 0001 wrote the sheets' save and submit times in the PC's local time; everything is
    # UTC from now on. SQLite's 'utc' modifier converts with the zone of the PC doing the upgrade,
    # which is the PC that wrote them in all but the rarest case.
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "UPDATE inspections SET updated_at = datetime(updated_at, 'utc'), "
            "submitted_at = datetime(submitted_at, 'utc')"
        )
    with op.batch_alter_table("inspections", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        batch_op.add_column(
            sa.Column("updated_by", sa.String(length=50), server_default="", nullable=False)
        )
        batch_op.create_index(
            "uq_inspections_evaluation",
            ["campaign_id", "ward_id", "checklist_id", "inspector_name", "inspected_on"],
            unique=True,
            sqlite_where=sa.text("phase = 'evaluation'"),
            postgresql_where=sa.text("phase = 'evaluation'"),
        )
        batch_op.create_index(
            "uq_inspections_self_check",
            ["campaign_id", "ward_id", "checklist_id"],
            unique=True,
            sqlite_where=sa.text("phase = 'self_check'"),
            postgresql_where=sa.text("phase = 'self_check'"),
        )

    op.execute("UPDATE inspections SET updated_by = inspector_name")
    # 0001's sheet let an item be both not applicable and a failed veto, which is now refused;
    # the failed veto is the finding that must not be lost, so it stays and N/A goes.
    op.execute(
        "UPDATE item_results SET not_applicable = false "
        "WHERE not_applicable = true AND veto_failed = true"
    )

    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("failed_logins", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(sa.Column("locked_until", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("locked_until")
        batch_op.drop_column("failed_logins")

    with op.batch_alter_table("inspections", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_inspections_self_check",
            sqlite_where=sa.text("phase = 'self_check'"),
            postgresql_where=sa.text("phase = 'self_check'"),
        )
        batch_op.drop_index(
            "uq_inspections_evaluation",
            sqlite_where=sa.text("phase = 'evaluation'"),
            postgresql_where=sa.text("phase = 'evaluation'"),
        )
        batch_op.drop_column("updated_by")
        batch_op.drop_column("version")
