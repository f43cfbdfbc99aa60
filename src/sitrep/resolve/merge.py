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
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..records import Incident, Statistic
from ..store.base import IncidentFilter
from .gazetteer import haversine_km

if TYPE_CHECKING:
    from ..store.base import Store

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
    kidnapped: tuple[int | None, int | None, int | None] = (None, None, None)
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
    if not (_places_agree(a, b) and _types_agree(a, b)):
        return False
    if da == db:
        return True
    # a day apart ("late on Sunday" and "on Monday"): places that see attacks every day need more
    # than that, so the two must also agree on the toll, the landmark or the group
    same_landmark = a.location.precision in {"exact", "near"} and a.location.name == b.location.name
    same_group = bool(a.perpetrator.name) and a.perpetrator.name == b.perpetrator.name
    return _tolls_agree(a, b) or same_landmark or same_group


def _tolls_agree(a: Incident, b: Incident) -> bool:
    """Whether two reported death tolls can describe the same event (their ranges overlap)."""
    def bounds(i: Incident) -> tuple[int, float] | None:
        f = i.fatalities
        low = f.low if f.low is not None else f.best
        if low is None:
            return None
        return low, float(f.high) if f.high is not None else float("inf")

    ra, rb = bounds(a), bounds(b)
    return ra is not None and rb is not None and ra[0] <= rb[1] and rb[0] <= ra[1]


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
    span = {r.incident.id: (_day(r.incident.date), _day(r.incident.date)) for r in dated}
    for i, a in enumerate(dated):
        da = _day(a.incident.date)
        for b in dated[i + 1:]:
            db = _day(b.incident.date)
            if da is None or db is None or (db - da).days > MAX_DAYS:
                break
            if a.incident.id in alone or b.incident.id in alone:
                continue
            if not same_event(a.incident, b.incident):
                continue
            ra, rb = groups.find(a.incident.id), groups.find(b.incident.id)
            if ra == rb:
                continue
            lo = min(span[ra][0], span[rb][0])  # type: ignore[type-var]
            hi = max(span[ra][1], span[rb][1])  # type: ignore[type-var]
            if (hi - lo).days > MAX_DAYS:  # type: ignore[operator]
                continue  # no chains: one event spans a day at most
            groups.union(ra, rb)
            span[groups.find(ra)] = (lo, hi)
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
    # an event told by one report keeps that report's id; merged events get an evt- id of their own
    cid = members[0].incident.id if len(members) == 1 else canonical_id(r.incident.id for r in members)
    c = Canonical(cid, members)
    c.fatalities, c.history = _toll(members, "fatalities")
    c.injuries, _ = _toll(members, "injuries")
    c.kidnapped, _ = _toll(members, "kidnapped")
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


def as_incident(c: Canonical) -> Incident:
    """The canonical incident as one record: the lead report's fields and evidence, the merged tolls."""
    lead = c.lead
    f_low, f_best, f_high = c.fatalities
    i_low, i_best, i_high = c.injuries
    k_low, k_best, k_high = c.kidnapped
    return replace(
        lead,
        id=c.id,
        fatalities=replace(lead.fatalities, low=f_low, best=f_best, high=f_high),
        injuries=replace(lead.injuries, low=i_low, best=i_best, high=i_high),
        kidnapped=replace(lead.kidnapped, low=k_low, best=k_best, high=k_high),
        background=all(r.incident.background for r in c.reports),
    )


def _shift(day: str | None, days: int) -> str | None:
    value = _day(day)
    return (value + timedelta(days=days)).isoformat() if value else day


def _matches(inc: Incident, flt: IncidentFilter) -> bool:
    if flt.since and (not inc.date or inc.date < flt.since):
        return False
    if flt.until and (not inc.date or inc.date > flt.until):
        return False
    loc = inc.location
    if flt.country and flt.country.upper() != (loc.country_code or "") and \
            flt.country.lower() != (loc.country or "").lower():
        return False
    if flt.admin1 and flt.admin1.lower() != (loc.admin1 or "").lower():
        return False
    if flt.type:
        kinds = " ".join(x or "" for x in (inc.event_type, inc.sub_event_type, inc.attack_type)).lower()
        if flt.type.lower() not in kinds:
            return False
    return True


def canonical_incidents(store: Store, flt: IncidentFilter | None = None) -> list[tuple[Incident, Canonical]]:
    """Stored incidents merged into events, with the user's decisions applied, filtered on the merged record."""
    flt = flt or IncidentFilter()
    wide = IncidentFilter(since=_shift(flt.since, -MAX_DAYS), until=_shift(flt.until, MAX_DAYS))
    dates = store.document_dates()
    forced, split = store.decisions()
    groups = merge((Report(i, dates.get(i.document_id)) for i in store.incidents(wide)), forced, split)
    out = [(as_incident(c), c) for c in groups]
    out = [(inc, c) for inc, c in out if _matches(inc, flt)]
    return out[: flt.limit] if flt.limit else out


def events(store: Store, flt: IncidentFilter | None = None) -> list[Incident]:
    """Canonical incidents only: what counts and reports should count, each real event once."""
    return [inc for inc, _ in canonical_incidents(store, flt)]


def unique_statistics(stats: Iterable[Statistic]) -> list[Statistic]:
    """Published statistics quoted by several reports, kept once (same measure, period, region and source)."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for s in stats:
        key = (s.measure, s.value, s.period_start, s.period_end, (s.region or "").lower(), (s.source or "").lower())
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out
