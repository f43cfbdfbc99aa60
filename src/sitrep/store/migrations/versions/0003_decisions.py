"""Merge decisions: a user's forced merges and splits of canonical incidents.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"


def upgrade() -> None:
    op.create_table(
        "merge_decisions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(8), nullable=False),  # merge | split
        sa.Column("incident_a", sa.String(40), nullable=False),
        sa.Column("incident_b", sa.String(40)),
        sa.Column("created_at", sa.String(32), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("merge_decisions")
