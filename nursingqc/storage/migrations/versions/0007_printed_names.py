"""Published names: a published campaign prints the hospital's and wards' names of that day

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 09:20:00

Campaigns published before this revision get their names filled from today's, the best that is
known of them.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("campaigns") as batch:
        batch.add_column(sa.Column("printed_hospital", sa.String(length=100), nullable=True))
    with op.batch_alter_table("campaign_wards") as batch:
        batch.add_column(sa.Column("printed_code", sa.String(length=20), nullable=True))
        batch.add_column(sa.Column("printed_name", sa.String(length=100), nullable=True))
        batch.add_column(sa.Column("printed_head_nurse", sa.String(length=50), nullable=True))
    published = (
        "SELECT campaign_id FROM campaign_phases WHERE kind = 'summary' AND state = 'closed'"
    )
    op.execute(
        "UPDATE campaigns SET printed_hospital = (SELECT name FROM hospital ORDER BY id LIMIT 1) "
        f"WHERE id IN ({published})"
    )
    op.execute(
        "UPDATE campaign_wards SET "
        "printed_code = (SELECT code FROM wards WHERE wards.id = campaign_wards.ward_id), "
        "printed_name = (SELECT name FROM wards WHERE wards.id = campaign_wards.ward_id), "
        "printed_head_nurse = "
        "(SELECT head_nurse_name FROM wards WHERE wards.id = campaign_wards.ward_id) "
        f"WHERE campaign_id IN ({published})"
    )


def downgrade() -> None:
    with op.batch_alter_table("campaign_wards") as batch:
        batch.drop_column("printed_head_nurse")
        batch.drop_column("printed_name")
        batch.drop_column("printed_code")
    with op.batch_alter_table("campaigns") as batch:
        batch.drop_column("printed_hospital")
