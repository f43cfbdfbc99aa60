"""Table definitions (SQLAlchemy Core). Changes here need a migration in ``migrations/versions``."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("id", String(64), primary_key=True),  # content hash
    Column("source", Text),
    Column("title", Text),
    Column("url", Text),
    Column("outlet", Text),
    Column("published", String(10)),
    Column("reference_date", String(10)),
    Column("language", String(8)),
    Column("text", Text, nullable=False),
    Column("segments", Text, nullable=False),  # JSON list of segments
    Column("ingested_at", String(32), nullable=False),
    Column("author", Text),  # added in 0002
)

incidents = Table(
    "incidents",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("date", String(10)),
    Column("date_precision", String(8)),
    Column("event_type", Text),
    Column("sub_event_type", Text),
    Column("attack_type", Text),
    Column("suicide", Boolean, nullable=False),
    Column("location_name", Text),
    Column("city", Text),
    Column("admin1", Text),
    Column("admin2", Text),
    Column("country", Text),
    Column("country_code", String(2)),
    Column("lat", Float),
    Column("lon", Float),
    Column("geo_precision", String(10)),
    Column("perpetrator", Text),
    Column("claimed", Boolean),
    Column("target_type", Text),
    Column("fatalities_best", Integer),
    Column("fatalities_low", Integer),
    Column("fatalities_high", Integer),
    Column("injuries_best", Integer),
    Column("injuries_low", Integer),
    Column("injuries_high", Integer),
    Column("background", Boolean, nullable=False),
    Column("record", Text, nullable=False),  # the full incident as JSON
)
Index("incidents_date", incidents.c.date)
Index("incidents_country", incidents.c.country_code, incidents.c.admin1)

evidence = Table(
    "evidence",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("incident_id", String(40), ForeignKey("incidents.id", ondelete="CASCADE"), nullable=False),
    Column("field", String(40), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
)
Index("evidence_incident", evidence.c.incident_id)

statements = Table(
    "statements",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("speaker", Text),
    Column("role", Text),
    Column("organization", Text),
    Column("date", String(10)),
    Column("location", Text),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)

statistics = Table(
    "statistics",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("measure", String(20), nullable=False),
    Column("value", Integer, nullable=False),
    Column("period_start", String(10)),
    Column("period_end", String(10)),
    Column("region", Text),
    Column("breakdown", Text),  # JSON object or null
    Column("source", Text),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)


# --- 0002: provenance, near-duplicates, feeds, rejections ---------------------------------

document_sources = Table(
    "document_sources",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("source", Text, nullable=False),  # file, file:line, file#record, or URL
    Column("url", Text),
    Column("title", Text),
    Column("outlet", Text),
    Column("author", Text),
    Column("published", String(10)),
    Column("content_id", String(64), nullable=False),  # hash of this copy's own text
    Column("relation", String(12), nullable=False),  # original | exact | near
    Column("similarity", Float),
    Column("added_at", String(32), nullable=False),
    UniqueConstraint("document_id", "source", name="document_sources_unique"),
)
Index("document_sources_content", document_sources.c.content_id)

document_minhash = Table(
    "document_minhash",
    metadata,
    Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("signature", LargeBinary, nullable=False),
)

minhash_bands = Table(
    "minhash_bands",
    metadata,
    Column("band", String(40), nullable=False),
    Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    PrimaryKeyConstraint("band", "document_id", name="minhash_bands_pk"),
)

feeds = Table(
    "feeds",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("url", Text, nullable=False, unique=True),
    Column("title", Text),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("added_at", String(32), nullable=False),
    Column("polled_at", String(32)),
    Column("status", Text),
)

feed_items = Table(
    "feed_items",
    metadata,
    Column("feed_id", Integer, ForeignKey("feeds.id", ondelete="CASCADE"), nullable=False),
    Column("item_key", Text, nullable=False),  # guid, else link
    Column("url", Text),
    Column("status", String(12), nullable=False),  # new | duplicate | rejected
    Column("document_id", String(64)),
    Column("seen_at", String(32), nullable=False),
    PrimaryKeyConstraint("feed_id", "item_key", name="feed_items_pk"),
)

rejections = Table(
    "rejections",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", Text, nullable=False),
    Column("kind", String(40), nullable=False),  # the error class
    Column("reason", Text, nullable=False),
    Column("count", Integer, nullable=False),
    Column("first_at", String(32), nullable=False),
    Column("last_at", String(32), nullable=False),
    UniqueConstraint("source", "reason", name="rejections_unique"),
)


merge_decisions = Table(
    "merge_decisions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(8), nullable=False),  # merge | split
    Column("incident_a", String(40), nullable=False),
    Column("incident_b", String(40)),  # the other incident of a merge; null for a split
    Column("created_at", String(32), nullable=False),
)
