"""The SQL store: SQLite by default (WAL mode), any SQLAlchemy URL in principle.

The schema is versioned by Alembic; opening a store migrates it to the
newest version first, so an old database keeps working after an upgrade.
"""

from __future__ import annotations

import json
import os
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
from .base import IncidentFilter, Store


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

    def add(self, extraction: Extraction) -> bool:
        doc = extraction.document
        try:
            with self.engine.begin() as conn:
                if conn.execute(select(t.documents.c.id).where(t.documents.c.id == doc.id)).first():
                    return False
                conn.execute(t.documents.insert().values(
                    id=doc.id, source=doc.source, title=doc.title, url=doc.url, outlet=doc.outlet,
                    published=doc.published, reference_date=doc.reference_date, language=doc.language,
                    text=doc.text, segments=json.dumps(to_dict(doc.segments)),
                    ingested_at=datetime.now(UTC).isoformat(timespec="seconds"),
                ))
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
