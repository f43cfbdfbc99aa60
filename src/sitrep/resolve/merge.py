"""Cross-report merging: incidents from different documents that are one real event
become one canonical incident, with every source, low/best/high tolls and a history.

Two reports are the same event when their dates are within a day, their places are
within 25 km or share a district (or one of them names only a wider area that holds
the other), their types are compatible and their perpetrators do not contradict.
Grouping is a union-find over all compatible pairs, so the result does not depend on
the order the reports arrived in. A user's decisions override the rules: a forced
merge links two incidents, a split keeps one apart from the rest.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from ..records import Incident
from .gazetteer import haversine_km

MAX_KM = 25.0
MAX_DAYS = 1


@dataclass(frozen=True)
class Report:
    """One incident as one document tells it, with what the merge needs to know of the document."""

    incident: Incident
    published: str | None  # the document's publication (or reference) date, to order revisions
    source: str | None = None


@dataclass(frozen=True)
class Revision:
    published: str | None
    document_id: str
    best: int | None


@dataclass
class Canonical:
    id: str
    reports: list[Report] = field(default_factory=list)
    fatalities: tuple[int | None, int | None, int | None] = (None, None, None)  # low, best, high
    injuries: tuple[int | None, int | None, int | None] = (None, None, None)
    history: list[Revision] = field(default_factory=list)

    @property
    def lead(self) -> Incident:
        """The most informative report: a first-hand account with the most precise place."""
        rank = {"exact": 6, "near": 5, "city": 4, "district": 3, "province": 2, "country": 1, None: 0}
        return max(self.reports, key=lambda r: (not r.incident.background, rank[r.incident.location.precision],
                                                r.incident.date is not None, r.published or "", r.incident.id)
                   ).incident

    @property
    def sources(self) -> int:
        return len({r.incident.document_id for r in self.reports})


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _places_agree(a: Incident, b: Incident) -> bool:
    la, lb = a.location, b.location
    if not la.country_code or not lb.country_code:
        return True  # an unplaced report neither confirms nor contradicts
    if la.country_code != lb.country_code:
        return False
    points = la.lat is not None and lb.lat is not None and la.lon is not None and lb.lon is not None
    coarse = {"province", "country"}
    if points and la.precision not in coarse and lb.precision not in coarse and \
            haversine_km(la.lat, la.lon, lb.lat, lb.lon) <= MAX_KM:  # type: ignore[arg-type]
        return True
    if la.admin2 and la.admin2 == lb.admin2:
        return True
    if la.city and la.city == lb.city:
        return True
    # one names only a wider area that holds the other
    wide = {"province", "country"}
    if la.precision in wide or lb.precision in wide:
        return la.precision == "country" or lb.precision == "country" or la.admin1 == lb.admin1
    return False


def _types_agree(a: Incident, b: Incident) -> bool:
    vague = {None, "Unknown"}
    if a.attack_type in vague or b.attack_type in vague or a.attack_type == b.attack_type:
        return True
    # GTD's order puts a bombing of an official under assassination: those two may describe one event
    return {a.attack_type, b.attack_type} <= {"Assassination", "Bombing/Explosion", "Armed Assault"}


def same_event(a: Incident, b: Incident) -> bool:
    """Whether two incidents from different documents can be one real event."""
    if a.document_id == b.document_id:
        return False  # one document's incidents were already told apart by the extractor
    da, db = _day(a.date), _day(b.date)
    if da is None or db is None or abs((da - db).days) > MAX_DAYS:
        return False
    if a.perpetrator.name and b.perpetrator.name and a.perpetrator.name != b.perpetrator.name:
        return False
    return _places_agree(a, b) and _types_agree(a, b)


class _Groups:
    def __init__(self, ids: Iterable[str]) -> None:
        self.parent = {i: i for i in ids}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def merge(reports: Iterable[Report], forced: Iterable[tuple[str, str]] = (),
          split: Iterable[str] = ()) -> list[Canonical]:
    """Group reports into canonical incidents; ``forced`` pairs are merged, ``split`` ids stand alone."""
    items = sorted(reports, key=lambda r: r.incident.id)
    by_id = {r.incident.id: r for r in items}
    alone = set(split)
    groups = _Groups(by_id)
    dated = sorted((r for r in items if _day(r.incident.date)), key=lambda r: (r.incident.date, r.incident.id))
    for i, a in enumerate(dated):
        da = _day(a.incident.date)
        for b in dated[i + 1:]:
            db = _day(b.incident.date)
            if da is None or db is None or (db - da).days > MAX_DAYS:
                break
            if a.incident.id in alone or b.incident.id in alone:
                continue
            if same_event(a.incident, b.incident):
                groups.union(a.incident.id, b.incident.id)
    for x, y in forced:
        if x in by_id and y in by_id:
            groups.union(x, y)
    clusters: dict[str, list[Report]] = {}
    for r in items:
        clusters.setdefault(groups.find(r.incident.id), []).append(r)
    out = [_canonical(members) for members in clusters.values()]
    return sorted(out, key=lambda c: (c.lead.date or "", c.id), reverse=True)


def canonical_id(member_ids: Iterable[str]) -> str:
    return "evt-" + hashlib.sha256(min(member_ids).encode()).hexdigest()[:12]


def _canonical(members: list[Report]) -> Canonical:
    members = sorted(members, key=lambda r: (r.published or "", r.incident.id))
    c = Canonical(canonical_id(r.incident.id for r in members), members)
    c.fatalities, c.history = _toll(members, "fatalities")
    c.injuries, _ = _toll(members, "injuries")
    return c


def _toll(members: list[Report], attr: str) -> tuple[tuple[int | None, int | None, int | None], list[Revision]]:
    """low and high: the extremes reported; best: what the latest first-hand report says."""
    figures = [(r, getattr(r.incident, attr)) for r in members]
    values = [v for _, t in figures for v in (t.low, t.best, t.high) if v is not None]
    if not values:
        return (None, None, None), []
    firsthand = [(r, t) for r, t in figures if not r.incident.background and t.best is not None]
    pool = firsthand or [(r, t) for r, t in figures if t.best is not None]
    best = pool[-1][1].best if pool else None
    # the largest figure reported, unless every report left the top open ("at least 26")
    closed = [t.high for _, t in figures if t.high is not None]
    high = max(values) if closed else None
    history: list[Revision] = []
    for r, t in figures:
        if t.best is not None and (not history or history[-1].best != t.best):
            history.append(Revision(r.published, r.incident.document_id, t.best))
    return (min(values), best, high), history
