"""Ingest of web content: document provenance, near-duplicate index, feeds, rejections.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    op.add_column("documents", sa.Column("author", sa.Text))
    op.create_table(
        "document_sources",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("document_id", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("outlet", sa.Text),
        sa.Column("author", sa.Text),
        sa.Column("published", sa.String(10)),
        sa.Column("content_id", sa.String(64), nullable=False),
        sa.Column("relation", sa.String(12), nullable=False),
        sa.Column("similarity", sa.Float),
        sa.Column("added_at", sa.String(32), nullable=False),
        sa.UniqueConstraint("document_id", "source", name="document_sources_unique"),
    )
    op.create_index("document_sources_content", "document_sources", ["content_id"])
    # documents stored before this revision are their own original source
    op.execute(
        "INSERT INTO document_sources (document_id, source, url, title, outlet, published, content_id, "
        "relation, added_at) SELECT id, COALESCE(source, id), url, title, outlet, published, id, "
        "'original', ingested_at FROM documents"
    )
    op.create_table(
        "document_minhash",
        sa.Column("document_id", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("signature", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "minhash_bands",
        sa.Column("band", sa.String(40), nullable=False),
        sa.Column("document_id", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.PrimaryKeyConstraint("band", "document_id", name="minhash_bands_pk"),
    )
    op.create_table(
        "feeds",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("url", sa.Text, nullable=False, unique=True),
        sa.Column("title", sa.Text),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("added_at", sa.String(32), nullable=False),
        sa.Column("polled_at", sa.String(32)),
        sa.Column("status", sa.Text),
    )
    op.create_table(
        "feed_items",
        sa.Column("feed_id", sa.Integer, sa.ForeignKey("feeds.id", ondelete="CASCADE"), nullable=False),
        sa.Column("item_key", sa.Text, nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("document_id", sa.String(64)),
        sa.Column("seen_at", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("feed_id", "item_key", name="feed_items_pk"),
    )
    op.create_table(
        "rejections",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("count", sa.Integer, nullable=False),
        sa.Column("first_at", sa.String(32), nullable=False),
        sa.Column("last_at", sa.String(32), nullable=False),
        sa.UniqueConstraint("source", "reason", name="rejections_unique"),
    )


def downgrade() -> None:
    for name in ("rejections", "feed_items", "feeds", "minhash_bands", "document_minhash", "document_sources"):
        op.drop_table(name)
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("author")
