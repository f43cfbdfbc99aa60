"""A fixture-database builder for tests and demos of reports, exports and trends.

``make_incident(...)`` writes a short report text for one incident and returns the
document with the incident, whose evidence spans index into that text, the way the
extractor's do. ``build_store(path, items)`` stores them in a fresh SQLite database.
``sample_store(path)`` builds the standard fixture: Pakistan and Afghanistan, September
and October 2024, with published statistics and a statement.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .records import (
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
from .store import SQLStore


@dataclass(frozen=True)
class Item:
    """One document with what is extracted from it."""

    document: Document
    incidents: tuple[Incident, ...]
    statements: tuple[Statement, ...] = ()
    statistics: tuple[Statistic, ...] = field(default_factory=tuple)

    def extraction(self) -> Extraction:
        return Extraction(self.document, self.incidents, self.statements, self.statistics)


def _n(value: int | None) -> str:
    return "an unknown number of" if value is None else str(value)


def make_incident(
    inc_id: str, date: str, place: str, admin1: str, country: str, country_code: str,
    lat: float | None = None, lon: float | None = None, *, admin2: str | None = None,
    event_type: str = "Explosions/Remote violence", sub_event_type: str = "Remote explosive/landmine/IED",
    attack_type: str = "Bombing/Explosion", suicide: bool = False, perpetrator: str | None = None,
    claimed: bool | None = None, killed: tuple[int | None, int | None, int | None] = (None, None, None),
    civilians: int | None = None, security_forces: int | None = None, militants: int | None = None,
    injured: tuple[int | None, int | None, int | None] = (None, None, None),
    target_type: str | None = None, outlet: str = "Fixture Wire", url: str | None = None,
) -> Item:
    """A document reporting one incident, and the incident with evidence into its text.
    Tolls are (low, best, high)."""
    title = f"Attack in {place}"
    body = (f"{place.upper()}: {_n(killed[1] if killed[1] is not None else killed[0])} people were killed and "
            f"{_n(injured[1] if injured[1] is not None else injured[0])} injured in {place}, {admin1}, on {date}."
            + (f" {perpetrator} claimed the attack." if perpetrator and claimed else
               f" Officials blamed {perpetrator}." if perpetrator else ""))
    text = f"{title}\n\n{body}\n"
    start = text.index(body)
    doc = Document(
        id=content_hash(text + inc_id), text=text, title=title, url=url or f"https://example.org/{inc_id}",
        outlet=outlet, published=date, language="en", source=f"fixtures/{inc_id}.txt",
        segments=(Segment("title", 0, len(title), "headline (first line)"),
                  Segment("reporting", start, start + len(body), "body text")),
        reference_date=date,
    )

    def span(fld: str, needle: str, after: int = start) -> Evidence:
        s = text.index(needle, after)
        return Evidence(fld, s, s + len(needle), needle)

    evidence = [span("location", place, start + len(place) + 1), span("date", date)]
    count_at = start + len(place) + 2
    if killed != (None, None, None):
        evidence.append(span("fatalities", _n(killed[1] if killed[1] is not None else killed[0]), count_at))
    if injured != (None, None, None):
        evidence.append(span("injuries", _n(injured[1] if injured[1] is not None else injured[0]),
                             text.index("killed and", start)))
    if perpetrator:
        evidence.append(span("perpetrator", perpetrator))
    incident = Incident(
        id=inc_id, document_id=doc.id, date=date, date_precision="day", event_type=event_type,
        sub_event_type=sub_event_type, attack_type=attack_type, suicide=suicide,
        location=Location(name=place, city=place, admin1=admin1, admin2=admin2, country=country,
                          country_code=country_code, lat=lat, lon=lon,
                          precision="city" if lat is not None else None),
        perpetrator=Perpetrator(perpetrator, claimed),
        target=Target(type=target_type),
        fatalities=Fatalities(killed[1], killed[0], killed[2], civilians, security_forces, militants),
        injuries=Injuries(injured[1], injured[0], injured[2]),
        summary=f"Attack in {place} on {date}.",
        evidence=tuple(evidence),
    )
    return Item(doc, (incident,))


def make_statistic_document(doc_id_seed: str, statistics: Sequence[Statistic],
                            statements: Sequence[Statement] = (), published: str | None = None) -> Item:
    """A document that carries only published statistics (and statements)."""
    text = f"Statistics bulletin {doc_id_seed}\n\nFigures published by monitoring groups.\n"
    doc = Document(id=content_hash(text), text=text, title=f"Statistics bulletin {doc_id_seed}",
                   source=f"fixtures/{doc_id_seed}.txt", published=published, language="en",
                   segments=(Segment("reporting", 0, len(text) - 1, "body text"),))
    return Item(doc, (), tuple(statements), tuple(statistics))


def build_store(path: str | Path, items: Iterable[Item]) -> SQLStore:
    """A new SQLite store at ``path`` holding the items."""
    store = SQLStore(str(path))
    for item in items:
        store.add(item.extraction())
    return store


def sample_items() -> list[Item]:
    """The standard fixture: 6 incidents in Pakistan in October 2024, 2 in September 2024,
    1 in Afghanistan in October, published statistics and a statement."""
    pk: dict[str, Any] = {"country": "Pakistan", "country_code": "PK"}
    items = [
        make_incident("inc-pk-oct-01", "2024-10-06", "Karachi", "Sindh", lat=24.86, lon=67.01, admin2="Karachi",
                      sub_event_type="Suicide bomb", suicide=True, perpetrator="Balochistan Liberation Army",
                      claimed=True, killed=(2, 2, 2), civilians=2, injured=(10, 10, 12),
                      target_type="Private Citizens & Property", **pk),
        make_incident("inc-pk-oct-02", "2024-10-11", "Duki", "Balochistan", lat=30.15, lon=68.57, admin2="Duki",
                      event_type="Violence against civilians", sub_event_type="Attack", attack_type="Armed Assault",
                      perpetrator="Balochistan Liberation Army", claimed=False, killed=(21, 21, 21), civilians=21,
                      injured=(7, 7, 7), target_type="Business", **pk),
        make_incident("inc-pk-oct-03", "2024-10-24", "Bannu", "Khyber Pakhtunkhwa", lat=32.99, lon=70.60,
                      admin2="Bannu", event_type="Battles", sub_event_type="Armed clash",
                      attack_type="Armed Assault", perpetrator="Tehrik-i-Taliban Pakistan", claimed=True,
                      killed=(10, 10, None), security_forces=10, target_type="Military", **pk),
        make_incident("inc-pk-oct-04", "2024-10-25", "Dera Ismail Khan", "Khyber Pakhtunkhwa", lat=31.83,
                      lon=70.90, admin2="Dera Ismail Khan", sub_event_type="Remote explosive/landmine/IED",
                      killed=(3, 4, 6), security_forces=2, militants=1, injured=(5, 5, 5),
                      target_type="Police", **pk),
        make_incident("inc-pk-oct-05", "2024-10-28", "Peshawar", "Khyber Pakhtunkhwa", lat=34.01, lon=71.58,
                      admin2="Peshawar", sub_event_type="Grenade", killed=(0, 0, 0), injured=(3, 3, 3),
                      target_type="Police", **pk),
        make_incident("inc-pk-oct-06", "2024-10-30", "Quetta", "Balochistan", lat=30.18, lon=66.99,
                      admin2="Quetta", event_type="Strategic developments",
                      sub_event_type="Disrupted weapons use", attack_type="Bombing/Explosion", **pk),
        make_incident("inc-pk-sep-01", "2024-09-14", "Quetta", "Balochistan", lat=30.18, lon=66.99,
                      admin2="Quetta", killed=(5, 5, 5), civilians=5, injured=(9, 9, 9), **pk),
        make_incident("inc-pk-sep-02", "2024-09-20", "Peshawar", "Khyber Pakhtunkhwa", lat=34.01, lon=71.58,
                      admin2="Peshawar", killed=(1, 1, 1), security_forces=1, **pk),
        make_incident("inc-af-oct-01", "2024-10-12", "Kabul", "Kabul", "Afghanistan", "AF", 34.53, 69.17,
                      perpetrator="Islamic State Khorasan Province", claimed=True, killed=(6, 6, 6),
                      civilians=6, injured=(13, 13, 13)),
    ]
    statistics = (
        Statistic("attacks", 85, "2024-10-01", "2024-10-31", "Pakistan", None,
                  "Fixture Institute for Conflict Studies", 0, 10),
        Statistic("deaths", 198, "2024-10-01", "2024-10-31", "Pakistan",
                  {"militants": 98, "security forces": 62, "civilians": 38},
                  "Fixture Institute for Conflict Studies", 0, 10),
        Statistic("deaths", 951, "2024-01-01", "2024-10-31", "Pakistan", None,
                  "Fixture Institute for Conflict Studies", 0, 10),
        Statistic("deaths", 40, "2024-10-01", "2024-10-31", "Afghanistan", None, "Fixture Afghan Monitor", 0, 10),
        Statistic("attacks", 7, "2024-08-01", "2024-08-31", "Pakistan", None, "Fixture Institute", 0, 10),
    )
    statement = Statement("Jane Roe", "spokesperson", "Fixture Ministry", "2024-10-12", "Islamabad",
                          "security will be tightened", 0, 10)
    items.append(make_statistic_document("2024-10", statistics, (statement,), published="2024-11-02"))
    return items


def sample_store(path: str | Path) -> SQLStore:
    """A new store at ``path`` with :func:`sample_items`."""
    return build_store(path, sample_items())
