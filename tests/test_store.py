"""SQLStore on a real SQLite file: schema, WAL, idempotent atomic writes, lookups and filters."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sitrep.errors import NotFoundError, StoreError
from sitrep.records import (
    Document,
    Evidence,
    Extraction,
    Fatalities,
    Incident,
    Injuries,
    Location,
    Perpetrator,
    Segment,
    Statement,
    Statistic,
    Target,
    content_hash,
)
from sitrep.store import IncidentFilter, SQLStore

TEXT = (
    "Market bombing in Kandahar kills eleven\n"
    "\n"
    "KANDAHAR: Eleven shoppers were killed and 30 hurt when explosives hidden in a handcart "
    "blew up in a fruit market in Kandahar on 2 March 2024. A provincial spokesman said the "
    "city would tighten checks at its gates.\n"
)


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def make_document(text: str = TEXT, source: str | None = "reports/kandahar.txt") -> Document:
    body = text.index("KANDAHAR:") if "KANDAHAR:" in text else 0
    segments = (
        Segment("title", 0, text.index("\n"), "headline (first line)"),
        Segment("reporting", body, len(text) - 1, "body text"),
    ) if "\n" in text else ()
    return Document(
        id=content_hash(text), text=text, title=text.split("\n", 1)[0], url="https://example.org/k",
        outlet="Example Wire", published="2024-03-03", language="en", source=source,
        segments=segments, reference_date="2024-03-02",
    )


def make_incident(doc: Document, inc_id: str = "inc-0001aaaa", **over: object) -> Incident:
    text = doc.text
    fields: dict[str, object] = dict(
        id=inc_id, document_id=doc.id, date="2024-03-02", date_precision="day",
        event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
        attack_type="Bombing/Explosion", suicide=False,
        location=Location(name="Kandahar", city="Kandahar", admin1="Kandahar", admin2=None,
                          country="Afghanistan", country_code="AF", lat=31.61332, lon=65.71013,
                          precision="city"),
        perpetrator=Perpetrator(name=None, claimed=None),
        target=Target(type="Private Citizens & Property", description="shoppers", nationality=None),
        fatalities=Fatalities(best=11, low=11, high=11, civilians=11),
        injuries=Injuries(best=30, low=30, high=30),
        background=False,
        summary="Eleven shoppers were killed and 30 hurt in a market bombing.",
        evidence=(
            Evidence("fatalities", *_span(text, "Eleven"), "Eleven"),
            Evidence("injuries", *_span(text, "30"), "30"),
            Evidence("attack_type", *_span(text, "explosives"), "explosives"),
            Evidence("date", *_span(text, "2 March 2024"), "2 March 2024"),
        ),
    )
    fields.update(over)
    return Incident(**fields)  # type: ignore[arg-type]


def make_extraction(doc: Document | None = None, incidents: tuple[Incident, ...] | None = None) -> Extraction:
    doc = doc or make_document()
    text = doc.text
    statement_text = "the city would tighten checks at its gates"
    statement = Statement(speaker=None, role="spokesman", organization="provincial government",
                          date="2024-03-02", location="Kandahar", text=statement_text,
                          start=text.index(statement_text), end=text.index(statement_text) + len(statement_text))
    statistic = Statistic(measure="killed", value=11, period_start="2024-03-01", period_end="2024-03-31",
                          region="Kandahar", breakdown={"civilians": 11, "police": 0},
                          source="provincial spokesman", start=0, end=6)
    if incidents is None:
        incidents = (make_incident(doc),)
    return Extraction(doc, incidents, (statement,), (statistic,))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "store" / "sitrep.db"


@pytest.fixture
def store(db_path: Path):
    s = SQLStore(str(db_path))
    yield s
    s.close()


def _sqlite(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(str(path))


# --------------------------------------------------------------------------- schema


def test_migrations_create_schema(store: SQLStore, db_path: Path) -> None:
    assert db_path.is_file()
    with _sqlite(db_path) as con:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        version = con.execute("SELECT version_num FROM alembic_version").fetchall()
    assert {"alembic_version", "documents", "incidents", "evidence", "statements", "statistics"} <= tables
    assert version == [("0003",)]
    assert store.counts() == {"documents": 0, "incidents": 0, "statements": 0, "statistics": 0}


def test_reopening_keeps_data_and_does_not_remigrate(db_path: Path) -> None:
    with SQLStore(str(db_path)) as s:
        assert s.add(make_extraction())
    with SQLStore(str(db_path)) as s:
        assert s.counts()["documents"] == 1
    with _sqlite(db_path) as con:
        assert con.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)


def test_wal_mode(store: SQLStore, db_path: Path) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    with _sqlite(db_path) as con:  # WAL is a property of the file, not only of our connection
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_database_folder_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "plainfile"
    blocker.write_text("not a folder", encoding="utf-8")
    target = blocker / "sub" / "sitrep.db"
    with pytest.raises(StoreError) as info:
        SQLStore(str(target))
    msg = str(info.value)
    assert "\n" not in msg
    assert str(blocker) in msg


def test_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "garbage.db"
    path.write_bytes(b"this is certainly not an SQLite database file, just some text " * 50)
    with pytest.raises(StoreError) as info:
        SQLStore(str(path))
    msg = str(info.value)
    assert str(path) in msg
    assert "\n" not in msg, f"StoreError message spans several lines: {msg!r}"


def test_database_from_a_newer_version(db_path: Path) -> None:
    SQLStore(str(db_path)).close()
    with _sqlite(db_path) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StoreError) as info:
        SQLStore(str(db_path))
    msg = str(info.value)
    assert str(db_path) in msg
    assert "\n" not in msg


# --------------------------------------------------------------------------- writes


def test_add_stores_everything(store: SQLStore, db_path: Path) -> None:
    doc = make_document()
    second = make_incident(doc, "inc-0002bbbb", date="2024-03-01", evidence=(
        Evidence("location", *_span(doc.text, "Kandahar"), "Kandahar"),))
    extraction = make_extraction(doc, (make_incident(doc), second))
    assert store.has_document(doc.id) is False
    assert store.add(extraction) is True
    assert store.has_document(doc.id) is True
    assert store.counts() == {"documents": 1, "incidents": 2, "statements": 1, "statistics": 1}
    with _sqlite(db_path) as con:
        assert con.execute("SELECT count(*) FROM evidence").fetchone() == (5,)
        rows = con.execute("SELECT incident_id, field, start, \"end\", text FROM evidence "
                           "WHERE incident_id = 'inc-0002bbbb'").fetchall()
    start, end = _span(doc.text, "Kandahar")
    assert rows == [("inc-0002bbbb", "location", start, end, "Kandahar")]


def test_second_add_is_a_no_op(store: SQLStore, db_path: Path) -> None:
    extraction = make_extraction()
    assert store.add(extraction) is True
    before = store.counts()
    with _sqlite(db_path) as con:
        evidence_before = con.execute("SELECT count(*) FROM evidence").fetchone()
    assert store.add(extraction) is False
    # even a different extraction of the same document changes nothing
    other = make_extraction(incidents=(make_incident(extraction.document, "inc-9999zzzz"),))
    assert store.add(other) is False
    assert store.counts() == before
    with _sqlite(db_path) as con:
        assert con.execute("SELECT count(*) FROM evidence").fetchone() == evidence_before
    with pytest.raises(NotFoundError):
        store.incident("inc-9999")


def test_add_is_atomic(store: SQLStore, db_path: Path) -> None:
    doc = make_document()
    first = make_incident(doc, "inc-dup00001")
    clash = make_incident(doc, "inc-dup00001", date="2024-03-01")
    before = store.counts()
    with pytest.raises(StoreError):
        store.add(make_extraction(doc, (first, clash)))
    assert store.counts() == before
    assert store.has_document(doc.id) is False
    with _sqlite(db_path) as con:
        assert con.execute("SELECT count(*) FROM documents").fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM evidence").fetchone() == (0,)
    # the failed write left nothing that blocks a correct retry
    assert store.add(make_extraction(doc)) is True
    assert store.counts()["incidents"] == 1


def test_failed_add_message_is_one_line_naming_the_document(store: SQLStore) -> None:
    doc = make_document()
    clash = (make_incident(doc, "inc-dup00001"), make_incident(doc, "inc-dup00001"))
    with pytest.raises(StoreError) as info:
        store.add(make_extraction(doc, clash))
    msg = str(info.value)
    assert doc.source is not None and doc.source in msg
    assert "\n" not in msg, f"StoreError message spans several lines: {msg!r}"


# --------------------------------------------------------------------------- reads


def test_incident_round_trip(store: SQLStore) -> None:
    extraction = make_extraction()
    original = extraction.incidents[0]
    store.add(extraction)
    stored = store.incident(original.id)
    assert stored == original
    assert stored.evidence == original.evidence
    assert isinstance(stored.evidence, tuple) and len(stored.evidence) == 4
    assert store.incidents() == [original]


def test_document_statement_statistic_round_trip(store: SQLStore) -> None:
    extraction = make_extraction()
    store.add(extraction)
    assert store.document(extraction.document.id) == extraction.document
    assert store.statements() == list(extraction.statements)
    assert store.statistics() == list(extraction.statistics)
    assert store.statistics()[0].breakdown == {"civilians": 11, "police": 0}


def test_evidence_offsets_point_into_the_stored_text(store: SQLStore) -> None:
    extraction = make_extraction()
    store.add(extraction)
    inc = store.incident("inc-0001aaaa")
    doc = store.document(inc.document_id)
    for ev in inc.evidence:
        assert doc.text[ev.start:ev.end] == ev.text


def test_lookup_by_prefix(store: SQLStore) -> None:
    doc = make_document()
    a = make_incident(doc, "inc-ab12cd34")
    b = make_incident(doc, "inc-ab99ef56")
    store.add(make_extraction(doc, (a, b)))
    assert store.incident("inc-ab12") == a
    assert store.incident("inc-ab9") == b
    assert store.incident("inc-ab12cd34") == a
    with pytest.raises(NotFoundError) as info:
        store.incident("inc-ab")
    assert "several" in str(info.value)


def test_unknown_ids(store: SQLStore) -> None:
    store.add(make_extraction())
    with pytest.raises(NotFoundError) as info:
        store.incident("inc-ffff")
    assert "inc-ffff" in str(info.value)
    assert isinstance(info.value, StoreError)
    with pytest.raises(NotFoundError) as info2:
        store.document("0" * 64)
    assert "0" * 64 in str(info2.value)


# --------------------------------------------------------------------------- filters


@pytest.fixture
def filled(store: SQLStore) -> SQLStore:
    docs = [make_document(TEXT + f"\nUpdate {n}.\n", source=f"r{n}.txt") for n in range(4)]
    incidents = [
        make_incident(docs[0], "inc-kdh", date="2024-03-02"),
        make_incident(docs[1], "inc-qta", date="2024-06-10", event_type="Battles",
                      sub_event_type="Armed clash", attack_type="Armed Assault",
                      location=Location(name="Quetta", city="Quetta", admin1="Balochistan",
                                        country="Pakistan", country_code="PK", precision="city")),
        make_incident(docs[2], "inc-mdg", date="2024-08-21", event_type="Violence against civilians",
                      sub_event_type="Attack", attack_type="Armed Assault",
                      location=Location(name="Maiduguri", city="Maiduguri", admin1="Borno",
                                        country="Nigeria", country_code="NG", precision="city")),
        make_incident(docs[3], "inc-nodate", date=None, date_precision=None,
                      location=Location(name="Pakistan", country="Pakistan", country_code="PK",
                                        precision="country")),
    ]
    for doc, inc in zip(docs, incidents, strict=True):
        assert store.add(make_extraction(doc, (inc,)))
    return store


def _ids(store: SQLStore, **kw: object) -> list[str]:
    return [i.id for i in store.incidents(IncidentFilter(**kw))]  # type: ignore[arg-type]


def test_order_is_newest_first_undated_last(filled: SQLStore) -> None:
    assert _ids(filled) == ["inc-mdg", "inc-qta", "inc-kdh", "inc-nodate"]


def test_filter_since_until(filled: SQLStore) -> None:
    assert _ids(filled, since="2024-06-10") == ["inc-mdg", "inc-qta"]  # inclusive
    assert _ids(filled, until="2024-06-10") == ["inc-qta", "inc-kdh"]  # inclusive
    assert _ids(filled, since="2024-04-01", until="2024-07-01") == ["inc-qta"]
    assert _ids(filled, since="2025-01-01") == []


def test_filter_country(filled: SQLStore) -> None:
    assert _ids(filled, country="PK") == ["inc-qta", "inc-nodate"]
    assert _ids(filled, country="pk") == ["inc-qta", "inc-nodate"]
    assert _ids(filled, country="Pakistan") == ["inc-qta", "inc-nodate"]
    assert _ids(filled, country="nigeria") == ["inc-mdg"]
    assert _ids(filled, country="FR") == []


def test_filter_admin1(filled: SQLStore) -> None:
    assert _ids(filled, admin1="Balochistan") == ["inc-qta"]
    assert _ids(filled, admin1="borno") == ["inc-mdg"]
    assert _ids(filled, admin1="Punjab") == []


def test_filter_type(filled: SQLStore) -> None:
    assert _ids(filled, type="bomb") == ["inc-kdh", "inc-nodate"]  # attack_type
    assert _ids(filled, type="armed clash") == ["inc-qta"]  # sub_event_type
    assert _ids(filled, type="Violence against") == ["inc-mdg"]  # event_type
    assert _ids(filled, type="armed assault") == ["inc-mdg", "inc-qta"]


def test_filters_combine_and_limit(filled: SQLStore) -> None:
    assert _ids(filled, country="PK", since="2024-01-01") == ["inc-qta"]
    assert _ids(filled, type="armed assault", admin1="Borno") == ["inc-mdg"]
    assert _ids(filled, limit=2) == ["inc-mdg", "inc-qta"]
