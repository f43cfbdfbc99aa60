"""Sums over incidents that remember which incidents they came from.

Every figure a report prints is a :class:`Tally` or a :class:`Toll` inside one, so
each number can link to (or list) the incidents behind it.

How tolls add up (deaths and injuries alike):

- **best**: each incident's best figure, else its lower bound (the convention of
  ``sitrep brief``); incidents with neither add nothing and are counted in ``unknown``;
- **low**: each lower bound, else the best figure;
- **high**: each upper bound, else the best figure, else the lower bound. An incident
  with a figure but no upper bound ("at least 26") makes the high sum open: ``open_high``
  counts them and reports print the high as ``N+``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..records import Incident


@dataclass(frozen=True, slots=True)
class Toll:
    low: int = 0
    best: int = 0
    high: int = 0
    open_high: int = 0  # incidents with a figure but no upper bound
    unknown: int = 0  # incidents that give no figure at all
    ids: tuple[str, ...] = ()  # incidents with a figure above zero

    def text(self) -> str:
        return f"{self.high}+" if self.open_high else str(self.high)


def toll(triples: Iterable[tuple[str, int | None, int | None, int | None]]) -> Toll:
    """Sum (id, low, best, high) figures as described in the module docstring."""
    low = best = high = open_high = unknown = 0
    ids: list[str] = []
    for inc_id, lo, be, hi in triples:
        if lo is None and be is None and hi is None:
            unknown += 1
            continue
        b = be if be is not None else (lo if lo is not None else 0)
        best += b
        low += lo if lo is not None else b
        if hi is None:
            open_high += 1
            high += b
        else:
            high += hi
        if max(x for x in (lo, be, hi) if x is not None) > 0:
            ids.append(inc_id)
    return Toll(low, best, high, open_high, unknown, tuple(ids))


@dataclass(frozen=True, slots=True)
class Tally:
    ids: tuple[str, ...]
    deaths: Toll
    injuries: Toll

    @property
    def count(self) -> int:
        return len(self.ids)


def tally(incidents: Iterable[Incident]) -> Tally:
    items = list(incidents)
    return Tally(
        tuple(i.id for i in items),
        toll((i.id, i.fatalities.low, i.fatalities.best, i.fatalities.high) for i in items),
        toll((i.id, i.injuries.low, i.injuries.best, i.injuries.high) for i in items),
    )


@dataclass(frozen=True, slots=True)
class Row:
    key: str
    tally: Tally


def group(incidents: Iterable[Incident], key: Callable[[Incident], str | None],
          unknown: str = "Unknown") -> list[Row]:
    """Tallies per key, deadliest first, then by count and name."""
    buckets: dict[str, list[Incident]] = defaultdict(list)
    for inc in incidents:
        buckets[key(inc) or unknown].append(inc)
    rows = [Row(k, tally(v)) for k, v in buckets.items()]
    rows.sort(key=lambda r: (-r.tally.deaths.best, -r.tally.count, r.key))
    return rows


@dataclass(frozen=True, slots=True)
class Category:
    name: str
    deaths: int
    ids: tuple[str, ...]


def death_categories(incidents: Iterable[Incident]) -> list[Category]:
    """Deaths of civilians, security forces and militants, and the part no source broke down."""
    items = list(incidents)
    out = []
    for name, attr in (("Civilians", "civilians"), ("Security forces", "security_forces"),
                       ("Militants", "militants")):
        vals = [(i.id, getattr(i.fatalities, attr)) for i in items]
        out.append(Category(name, sum(v or 0 for _, v in vals), tuple(k for k, v in vals if v)))
    rest: list[tuple[str, int]] = []
    for i in items:
        f = i.fatalities
        total = f.best if f.best is not None else (f.low or 0)
        known = (f.civilians or 0) + (f.security_forces or 0) + (f.militants or 0)
        if total > known:
            rest.append((i.id, total - known))
    out.append(Category("Not broken down", sum(v for _, v in rest), tuple(k for k, _ in rest)))
    return out
