"""Charts as PNG bytes (matplotlib, Agg backend, no global pyplot state).

Needs the ``report`` extra: ``pip install 'sitrep[report]'``.
"""

from __future__ import annotations

import io
from collections import Counter
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from ._deps import need
from .periods import bucket_of, bucket_range

if TYPE_CHECKING:
    from .report import ReportData

DPI = 110
RED = "#b2182b"
GREY = "#4d4d4d"


def _figure(width: float = 7.0, height: float = 3.2) -> Any:
    need("matplotlib", "charts")
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), dpi=DPI, layout="constrained")


def _integer_ticks() -> Any:
    from matplotlib.ticker import MaxNLocator

    return MaxNLocator(integer=True)


def _png(fig: Any) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI, metadata={"Software": None})
    return buf.getvalue()


def bar_chart(labels: list[str], values: list[int], title: str, xlabel: str) -> bytes:
    """Horizontal bars, largest on top, each with its value written at its end."""
    fig = _figure(7.0, max(1.6, 0.42 * len(labels) + 0.9))
    ax = fig.add_subplot()
    pos = list(range(len(labels)))[::-1]
    ax.barh(pos, values, color=RED)
    ax.set_yticks(pos, [lab if len(lab) <= 40 else lab[:39] + "…" for lab in labels])
    top = max(values, default=0)
    for y, v in zip(pos, values, strict=True):
        ax.text(v + top * 0.01, y, str(v), va="center", fontsize=8, color=GREY)
    ax.set_xlim(0, max(1, top) * 1.12)
    ax.xaxis.set_major_locator(_integer_ticks())
    ax.set_xlabel(xlabel)
    ax.set_title(title, fontsize=10, loc="left")
    ax.spines[["top", "right"]].set_visible(False)
    return _png(fig)


def series_chart(buckets: list[str], counts: list[int], deaths: list[int], title: str,
                 flagged: list[bool] | None = None) -> bytes:
    """Incidents (bars) and deaths (line, right axis) per bucket; flagged buckets are outlined."""
    fig = _figure(7.0, 3.2)
    ax = fig.add_subplot()
    xs = list(range(len(buckets)))
    colors = ["#f4a582" if not (flagged and flagged[k]) else RED for k in xs]
    ax.bar(xs, counts, color=colors, label="incidents")
    ax.set_ylabel("incidents")
    ax.yaxis.set_major_locator(_integer_ticks())
    ax2 = ax.twinx()
    ax2.plot(xs, deaths, color=GREY, marker="o", markersize=3, linewidth=1.2, label="deaths (best)")
    ax2.set_ylabel("deaths (best)")
    ax2.set_ylim(bottom=0)
    ax2.yaxis.set_major_locator(_integer_ticks())
    step = max(1, len(xs) // 12)
    ax.set_xticks(xs[::step], buckets[::step], rotation=45, ha="right", fontsize=8)
    ax.set_title(title, fontsize=10, loc="left")
    if flagged and any(flagged):
        for k in xs:
            if flagged[k]:
                ax.annotate("spike", (k, counts[k]), textcoords="offset points", xytext=(0, 3),
                            ha="center", fontsize=8, color=RED)
    handles = ax.get_legend_handles_labels()[0] + ax2.get_legend_handles_labels()[0]
    ax.legend(handles, ["incidents", "deaths (best)"], fontsize=8, loc="upper left", frameon=False)
    return _png(fig)


def _period_series(data: ReportData) -> tuple[list[str], list[int], list[int]]:
    """Per day for periods up to two months, else per month."""
    incidents = [i for i in data.incidents if i.date and data.period.contains(i.date)]
    if data.period.days <= 62:
        days = [(data.period.start + timedelta(days=k)).isoformat() for k in range(data.period.days)]
        keys = days
        key_of = lambda d: d[:10]  # noqa: E731
    else:
        keys = bucket_range(data.period.since, data.period.until, "month")
        key_of = lambda d: bucket_of(d, "month")  # noqa: E731
    counts: Counter[str] = Counter()
    deaths: Counter[str] = Counter()
    for i in incidents:
        k = key_of(i.date or "")
        counts[k] += 1
        f = i.fatalities
        deaths[k] += f.best if f.best is not None else (f.low or 0)
    labels = [k[5:] if len(k) == 10 else k for k in keys]
    return labels, [counts[k] for k in keys], [deaths[k] for k in keys]


def report_figures(data: ReportData) -> list[tuple[str, bytes]]:
    """The report's figures as (caption, PNG) pairs: time line, deaths by category, by attack type,
    by admin1, and the map (when any incident has coordinates)."""
    from .maps import incident_map

    out: list[tuple[str, bytes]] = []
    labels, counts, deaths = _period_series(data)
    out.append(("Incidents and deaths over the period", series_chart(
        labels, counts, deaths, "Incidents and deaths (best) per " + ("day" if data.period.days <= 62 else "month"))))
    cats = data.categories
    out.append(("Deaths by category", bar_chart([c.name for c in cats], [c.deaths for c in cats],
                                                "Deaths by category", "deaths (best)")))
    rows = data.by_attack_type[:10]
    if rows:
        out.append(("Incidents by GTD attack type", bar_chart(
            [r.key for r in rows], [r.tally.count for r in rows], "Incidents by GTD attack type", "incidents")))
    rows = data.by_admin1[:12]
    if rows:
        out.append(("Deaths by admin1", bar_chart(
            [r.key for r in rows], [r.tally.deaths.best for r in rows], "Deaths (best) by admin1", "deaths (best)")))
    png = incident_map(data.incidents, f"Incidents, {data.period.label}")
    if png is not None:
        out.append(("Map of the period's incidents", png))
    return out
