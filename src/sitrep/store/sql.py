"""The SQL store: SQLite by default (WAL mode), any SQLAlchemy URL in principle.

The schema is versioned by Alembic; opening a store migrates it to the
newest version first, so an old database keeps working after an upgrade.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, func, or_, select
from sqlalchemy.exc import SQLAlchemyError

from ..errors import NotFoundError, StoreError, one_line
from ..records import (
    Document,
    Extraction,
    Incident,
    Statement,
    Statistic,
    document_from_dict,
    incident_from_dict,
    to_dict,
)
from . import schema as t
from .base import Feed, IncidentFilter, Rejection, SourceRecord, Store


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def default_db_path() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "sitrep" / "sitrep.db"


def resolve_db(path: str | None, configured: str = "") -> str:
    """``--db`` wins, then ``SITREP_DB``, then ``store.path`` in config, then the per-user default."""
    return path or os.environ.get("SITREP_DB") or configured or str(default_db_path())


def _engine(target: str) -> Engine:
    if "://" in target:
        return create_engine(target)
    path = Path(target).expanduser()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"{path}: cannot create the database folder ({exc.strerror})") from None
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=10000")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    return engine


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


class SQLStore(Store):
    def __init__(self, target: str) -> None:
        self.target = target
        from alembic.util.exc import CommandError

        try:
            self.engine = _engine(target)
            migrate(self.engine)
        except SQLAlchemyError as exc:
            raise StoreError(f"{target}: cannot open the database ({_first_line(exc)})") from None
        except CommandError as exc:
            raise StoreError(
                f"{target}: the database schema is not one this sitrep knows ({_first_line(exc)}); "
                "upgrade sitrep or use another --db"
            ) from None

    def close(self) -> None:
        self.engine.dispose()

    def has_document(self, doc_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(t.documents.c.id).where(t.documents.c.id == doc_id)).first() is not None

    def add(self, extraction: Extraction, *, source: SourceRecord | None = None,
            signature: bytes | None = None, bands: tuple[str, ...] = ()) -> bool:
        doc = extraction.document
        now = _now()
        if source is None:
            source = SourceRecord(source=doc.source or doc.id, content_id=doc.id, url=doc.url, title=doc.title,
                                  outlet=doc.outlet, author=doc.author, published=doc.published)
        try:
            with self.engine.begin() as conn:
                if conn.execute(select(t.documents.c.id).where(t.documents.c.id == doc.id)).first():
                    return False
                conn.execute(t.documents.insert().values(
                    id=doc.id, source=doc.source, title=doc.title, url=doc.url, outlet=doc.outlet,
                    author=doc.author, published=doc.published, reference_date=doc.reference_date,
                    language=doc.language, text=doc.text, segments=json.dumps(to_dict(doc.segments)),
                    ingested_at=now,
                ))
                conn.execute(t.document_sources.insert().values(**_source_row(doc.id, source, now)))
                if signature is not None:
                    conn.execute(t.document_minhash.insert().values(document_id=doc.id, signature=signature))
                    if bands:
                        conn.execute(t.minhash_bands.insert(), [{"band": b, "document_id": doc.id} for b in bands])
                for inc in extraction.incidents:
                    conn.execute(t.incidents.insert().values(**_incident_row(inc)))
                    if inc.evidence:
                        conn.execute(t.evidence.insert(), [
                            {"incident_id": inc.id, "field": e.field, "start": e.start, "end": e.end, "text": e.text}
                            for e in inc.evidence
                        ])
                for st in extraction.statements:
                    conn.execute(t.statements.insert().values(document_id=doc.id, **to_dict(st)))
                for sx in extraction.statistics:
                    row = to_dict(sx)
                    row["breakdown"] = json.dumps(row["breakdown"]) if row["breakdown"] is not None else None
                    conn.execute(t.statistics.insert().values(document_id=doc.id, **row))
        except SQLAlchemyError as exc:
            raise StoreError(f"{doc.source or doc.id}: not stored ({_first_line(exc)})") from None
        return True

    def add_source(self, document_id: str, source: SourceRecord) -> bool:
        c = t.document_sources.c
        try:
            with self.engine.begin() as conn:
                if conn.execute(select(c.id).where(c.document_id == document_id, c.source == source.source)).first():
                    return False
                conn.execute(t.document_sources.insert().values(**_source_row(document_id, source, _now())))
        except SQLAlchemyError as exc:
            raise StoreError(f"{source.source}: source not linked ({_first_line(exc)})") from None
        return True

    def sources(self, document_id: str) -> list[SourceRecord]:
        c = t.document_sources.c
        cols = [c.source, c.content_id, c.relation, c.url, c.title, c.outlet, c.author, c.published,
                c.similarity, c.document_id, c.added_at]
        with self.engine.connect() as conn:
            rows = conn.execute(select(*cols).where(c.document_id == document_id).order_by(c.id)).all()
        return [SourceRecord(*r) for r in rows]

    def document_for_content(self, content_id: str) -> str | None:
        c = t.document_sources.c
        with self.engine.connect() as conn:
            row = conn.execute(select(c.document_id).where(c.content_id == content_id).order_by(c.id).limit(1)).first()
        return None if row is None else str(row[0])

    def near_duplicate(self, values: bytes, bands: tuple[str, ...], threshold: float,
                       similarity: Callable[[bytes], float]) -> tuple[str, float] | None:
        if not bands:
            return None
        b, m = t.minhash_bands.c, t.document_minhash.c
        with self.engine.connect() as conn:
            ids = select(b.document_id).where(b.band.in_(list(bands))).distinct().scalar_subquery()
            rows = conn.execute(select(m.document_id, m.signature).where(m.document_id.in_(ids))).all()
        best: tuple[str, float] | None = None
        for doc_id, sig in rows:
            score = similarity(bytes(sig))
            if score >= threshold and (best is None or score > best[1] or (score == best[1] and doc_id < best[0])):
                best = (doc_id, score)
        return best

    def reject(self, source: str, kind: str, reason: str) -> None:
        c = t.rejections.c
        now = _now()
        try:
            with self.engine.begin() as conn:
                row = conn.execute(select(c.id).where(c.source == source, c.reason == reason)).first()
                if row:
                    conn.execute(t.rejections.update().where(c.id == row[0]).values(count=c.count + 1, last_at=now))
                else:
                    conn.execute(t.rejections.insert().values(source=source, kind=kind, reason=reason, count=1,
                                                              first_at=now, last_at=now))
        except SQLAlchemyError as exc:
            raise StoreError(f"{source}: rejection not logged ({_first_line(exc)})") from None

    def rejections(self) -> list[Rejection]:
        c = t.rejections.c
        with self.engine.connect() as conn:
            rows = conn.execute(select(c.source, c.kind, c.reason, c.count, c.first_at, c.last_at).order_by(c.id))
            return [Rejection(*r) for r in rows]

    def add_feed(self, url: str) -> tuple[Feed, bool]:
        c = t.feeds.c
        try:
            with self.engine.begin() as conn:
                new = conn.execute(select(c.id).where(c.url == url)).first() is None
                if new:
                    conn.execute(t.feeds.insert().values(url=url, added_at=_now()))
                row = conn.execute(select(t.feeds).where(c.url == url)).mappings().one()
        except SQLAlchemyError as exc:
            raise StoreError(f"{url}: feed not added ({_first_line(exc)})") from None
        return Feed(**dict(row)), new

    def feeds(self) -> list[Feed]:
        with self.engine.connect() as conn:
            return [Feed(**dict(r)) for r in conn.execute(select(t.feeds).order_by(t.feeds.c.id)).mappings()]

    def update_feed(self, feed_id: int, *, title: str | None = None, etag: str | None = None,
                    last_modified: str | None = None, status: str | None = None) -> None:
        values: dict[str, Any] = {"polled_at": _now()}
        if title is not None:
            values["title"] = title
        if etag is not None:
            values["etag"] = etag
        if last_modified is not None:
            values["last_modified"] = last_modified
        if status is not None:
            values["status"] = status
        with self.engine.begin() as conn:
            conn.execute(t.feeds.update().where(t.feeds.c.id == feed_id).values(**values))

    def item_seen(self, feed_id: int, item_key: str) -> bool:
        c = t.feed_items.c
        with self.engine.connect() as conn:
            return conn.execute(select(c.status).where(c.feed_id == feed_id, c.item_key == item_key)).first() is not None

    def mark_item(self, feed_id: int, item_key: str, url: str | None, status: str,
                  document_id: str | None) -> None:
        c = t.feed_items.c
        with self.engine.begin() as conn:
            if conn.execute(select(c.status).where(c.feed_id == feed_id, c.item_key == item_key)).first():
                conn.execute(t.feed_items.update().where(c.feed_id == feed_id, c.item_key == item_key)
                             .values(status=status, document_id=document_id, url=url))
            else:
                conn.execute(t.feed_items.insert().values(feed_id=feed_id, item_key=item_key, url=url, status=status,
                                                          document_id=document_id, seen_at=_now()))

    def feed_item_counts(self, feed_id: int) -> dict[str, int]:
        c = t.feed_items.c
        with self.engine.connect() as conn:
            rows = conn.execute(select(c.status, func.count()).where(c.feed_id == feed_id).group_by(c.status))
            return {str(k): int(v) for k, v in rows}

    def add_incidents(self, document: Document, incidents: Sequence[Incident]) -> int:
        doc = document
        added = 0
        try:
            with self.engine.begin() as conn:
                if not conn.execute(select(t.documents.c.id).where(t.documents.c.id == doc.id)).first():
                    conn.execute(t.documents.insert().values(
                        id=doc.id, source=doc.source, title=doc.title, url=doc.url, outlet=doc.outlet,
                        published=doc.published, reference_date=doc.reference_date, language=doc.language,
                        text=doc.text, segments=json.dumps(to_dict(doc.segments)),
                        ingested_at=datetime.now(UTC).isoformat(timespec="seconds"),
                    ))
                for inc in incidents:
                    if inc.document_id != doc.id:
                        raise StoreError(f"{inc.id}: belongs to document {inc.document_id}, not {doc.id}")
                    if conn.execute(select(t.incidents.c.id).where(t.incidents.c.id == inc.id)).first():
                        continue
                    conn.execute(t.incidents.insert().values(**_incident_row(inc)))
                    if inc.evidence:
                        conn.execute(t.evidence.insert(), [
                            {"incident_id": inc.id, "field": e.field, "start": e.start, "end": e.end, "text": e.text}
                            for e in inc.evidence
                        ])
                    added += 1
        except SQLAlchemyError as exc:
            raise StoreError(f"{doc.source or doc.id}: not stored ({_first_line(exc)})") from None
        return added

    def incidents(self, flt: IncidentFilter | None = None) -> list[Incident]:
        flt = flt or IncidentFilter()
        c = t.incidents.c
        q = select(c.record).order_by(c.date.desc().nulls_last(), c.id)
        if flt.since:
            q = q.where(c.date >= flt.since)
        if flt.until:
            q = q.where(c.date <= flt.until)
        if flt.country:
            q = q.where(or_(func.upper(c.country_code) == flt.country.upper(),
                            func.lower(c.country) == flt.country.lower()))
        if flt.admin1:
            q = q.where(func.lower(c.admin1) == flt.admin1.lower())
        if flt.type:
            like = f"%{flt.type.lower()}%"
            q = q.where(or_(func.lower(c.event_type).like(like), func.lower(c.sub_event_type).like(like),
                            func.lower(c.attack_type).like(like)))
        if flt.document_id:
            q = q.where(c.document_id == flt.document_id)
        if flt.limit:
            q = q.limit(flt.limit)
        with self.engine.connect() as conn:
            return [incident_from_dict(json.loads(r[0])) for r in conn.execute(q)]

    def incident(self, incident_id: str) -> Incident:
        c = t.incidents.c
        with self.engine.connect() as conn:
            rows = conn.execute(select(c.record).where(c.id.startswith(incident_id, autoescape=True)).limit(2)).all()
        if not rows:
            raise NotFoundError(f"no incident with id {incident_id!r} (see `sitrep incidents`)")
        if len(rows) > 1:
            raise NotFoundError(f"id prefix {incident_id!r} matches several incidents; give more of it")
        return incident_from_dict(json.loads(rows[0][0]))

    def document(self, doc_id: str) -> Document:
        with self.engine.connect() as conn:
            row = conn.execute(select(t.documents).where(t.documents.c.id == doc_id)).mappings().first()
        if row is None:
            raise NotFoundError(f"no document with id {doc_id!r}")
        data = dict(row)
        data["segments"] = json.loads(data["segments"])
        return document_from_dict(data)

    def document_dates(self) -> dict[str, str | None]:
        d = t.documents.c
        with self.engine.connect() as conn:
            return {r[0]: r[1] or r[2] for r in conn.execute(select(d.id, d.published, d.reference_date))}

    def add_decision(self, kind: str, incident_a: str, incident_b: str | None = None) -> None:
        if kind not in {"merge", "split"}:
            raise StoreError(f"unknown merge decision {kind!r} (merge or split)")
        with self.engine.begin() as conn:
            conn.execute(t.merge_decisions.insert().values(
                kind=kind, incident_a=incident_a, incident_b=incident_b,
                created_at=datetime.now(UTC).isoformat(timespec="seconds")))

    def decisions(self) -> tuple[list[tuple[str, str]], list[str]]:
        c = t.merge_decisions.c
        forced: list[tuple[str, str]] = []
        split: list[str] = []
        with self.engine.connect() as conn:
            for kind, a, b in conn.execute(select(c.kind, c.incident_a, c.incident_b).order_by(c.id)):
                if kind == "merge" and b:
                    forced.append((a, b))
                    split = [x for x in split if x not in {a, b}]
                elif kind == "split":
                    split.append(a)
                    forced = [p for p in forced if a not in p]
        return forced, split

    def statements(self) -> list[Statement]:
        cols = [t.statements.c[n] for n in ("speaker", "role", "organization", "date", "location", "text", "start", "end")]
        with self.engine.connect() as conn:
            return [Statement(*r) for r in conn.execute(select(*cols).order_by(t.statements.c.date))]

    def statistics(self) -> list[Statistic]:
        c = t.statistics.c
        cols = [c.measure, c.value, c.period_start, c.period_end, c.region, c.breakdown, c.source, c.start, c.end]
        with self.engine.connect() as conn:
            out = []
            for r in conn.execute(select(*cols).order_by(c.period_start, c.measure)):
                row = list(r)
                row[5] = json.loads(row[5]) if row[5] else None
                out.append(Statistic(*row))
            return out

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                for name, table in (("documents", t.documents), ("incidents", t.incidents),
                                    ("statements", t.statements), ("statistics", t.statistics))
            }


def _source_row(document_id: str, src: SourceRecord, now: str) -> dict[str, Any]:
    return {
        "document_id": document_id, "source": src.source, "url": src.url, "title": src.title,
        "outlet": src.outlet, "author": src.author, "published": src.published,
        "content_id": src.content_id, "relation": src.relation, "similarity": src.similarity,
        "added_at": src.added_at or now,
    }


def _first_line(exc: Exception) -> str:
    """A library error as one line: its class and the first line of its message."""
    inner = getattr(exc, "orig", None) or exc
    lines = str(inner).strip().splitlines() or [""]
    return one_line(f"{inner.__class__.__name__}: {lines[0]}")


def _incident_row(inc: Incident) -> dict[str, Any]:
    loc, f, i = inc.location, inc.fatalities, inc.injuries
    return {
        "id": inc.id, "document_id": inc.document_id, "date": inc.date, "date_precision": inc.date_precision,
        "event_type": inc.event_type, "sub_event_type": inc.sub_event_type, "attack_type": inc.attack_type,
        "suicide": inc.suicide, "location_name": loc.name, "city": loc.city, "admin1": loc.admin1,
        "admin2": loc.admin2, "country": loc.country, "country_code": loc.country_code, "lat": loc.lat,
        "lon": loc.lon, "geo_precision": loc.precision, "perpetrator": inc.perpetrator.name,
        "claimed": inc.perpetrator.claimed, "target_type": inc.target.type, "fatalities_best": f.best,
        "fatalities_low": f.low, "fatalities_high": f.high, "injuries_best": i.best, "injuries_low": i.low,
        "injuries_high": i.high, "background": inc.background, "record": json.dumps(to_dict(inc)),
    }


def open_store(path: str | None = None, configured: str = "") -> SQLStore:
    return SQLStore(resolve_db(path, configured))
