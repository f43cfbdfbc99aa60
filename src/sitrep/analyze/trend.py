"""Counts and deaths over time, by month or ISO week, with spikes flagged.

A bucket is flagged as a spike when its incident count is far above its trailing average:
with ``m`` and ``s`` the mean and standard deviation of the ``window`` buckets before it
(at least ``min_history`` of them), the count must reach ``m + k * max(s, sqrt(m), 1)``
(``k`` = ``spike_sd``) and be at least ``min_count``. The ``sqrt(m)`` floor is the
spread of a Poisson count, so a quiet series with one extra incident is not a spike.
Empty buckets between the first and the last count as zero.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from ..records import Incident
from .periods import bucket_of, bucket_range


@dataclass(frozen=True, slots=True)
class Point:
    bucket: str
    incidents: int
    deaths: int
    ids: tuple[str, ...]
    trailing_mean: float | None
    threshold: float | None
    spike: bool


def trend(incidents: list[Incident], by: str = "month", since: str | None = None, until: str | None = None,
          window: int = 6, spike_sd: float = 3.0, min_count: int = 3, min_history: int = 3) -> list[Point]:
    """One point per bucket from ``since`` (else the first incident) to ``until`` (else the last)."""
    dated = [i for i in incidents if i.date]
    if not dated and not (since and until):
        return []
    days = sorted(i.date or "" for i in dated)
    first, last = since or days[0], until or days[-1]
    counts: Counter[str] = Counter()
    deaths: Counter[str] = Counter()
    ids: dict[str, list[str]] = {}
    for inc in dated:
        b = bucket_of(inc.date or "", by)
        counts[b] += 1
        f = inc.fatalities
        deaths[b] += f.best if f.best is not None else (f.low or 0)
        ids.setdefault(b, []).append(inc.id)
    out: list[Point] = []
    history: list[int] = []
    for b in bucket_range(first, last, by):
        n = counts[b]
        prior = history[-window:]
        mean = threshold = None
        spike = False
        if len(prior) >= min_history:
            mean = sum(prior) / len(prior)
            sd = math.sqrt(sum((x - mean) ** 2 for x in prior) / len(prior))
            threshold = mean + spike_sd * max(sd, math.sqrt(mean), 1.0)
            spike = n >= threshold and n >= min_count
        out.append(Point(b, n, deaths[b], tuple(sorted(ids.get(b, []))), mean, threshold, spike))
        history.append(n)
    return out


def table(points: list[Point]) -> str:
    header = ("PERIOD", "INCIDENTS", "DEATHS", "TRAILING MEAN", "FLAG")
    rows = [header] + [
        (p.bucket, str(p.incidents), str(p.deaths), "-" if p.trailing_mean is None else f"{p.trailing_mean:.1f}",
         "SPIKE" if p.spike else "")
        for p in points
    ]
    widths = [max(len(r[k]) for r in rows) for k in range(len(header))]
    return "\n".join("  ".join(c.rjust(w) if 0 < k < 4 else c.ljust(w) for k, (c, w) in enumerate(
        zip(r, widths, strict=True))).rstrip() for r in rows)


def plot(points: list[Point], title: str) -> bytes:
    from .charts import series_chart

    return series_chart([p.bucket for p in points], [p.incidents for p in points], [p.deaths for p in points],
                        title, [p.spike for p in points])
