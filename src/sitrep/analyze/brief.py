"""A short situation report in Markdown: our own counts first, others' statistics quoted apart."""

from __future__ import annotations

from collections import Counter

from ..records import Incident, Statement, Statistic


def toll_text(low: int | None, best: int | None, high: int | None) -> str:
    """One incident's toll: "26", "26+" (no upper bound) or "2/3/5 (low/best/high)"."""
    if best is not None and low in (None, best) and high in (None, best):
        return f"{best}{'+' if high is None and low == best else ''}"
    parts = [str(low) if low is not None else "?", str(best) if best is not None else "?", str(high) if high is not None else "?"]
    return "/".join(parts) + " (low/best/high)"


def situation_report(incidents: list[Incident], statements: list[Statement], statistics: list[Statistic],
                     title: str = "Situation report") -> str:
    """Totals, places, the deadliest incidents, officials' statements and published statistics."""
    lines = [f"# {title}", ""]
    dated = sorted(i.date for i in incidents if i.date)
    span = f" from {dated[0]} to {dated[-1]}" if dated else ""
    deaths = sum(i.fatalities.best or i.fatalities.low or 0 for i in incidents)
    injuries = sum(i.injuries.best or i.injuries.low or 0 for i in incidents)
    lines.append(f"**{len(incidents)} incidents**{span}: at least {deaths} killed and {injuries} injured "
                 "(sum of best figures, else the lower bound).")
    lines.append("")
    by_place = Counter(
        f"{i.location.admin1 + ', ' if i.location.admin1 else ''}{i.location.country or 'unknown country'}"
        for i in incidents
    )
    if by_place:
        lines.append("## Where")
        lines.extend(f"- {place}: {n}" for place, n in by_place.most_common())
        lines.append("")
    by_type = Counter(i.attack_type or "Unknown" for i in incidents)
    if by_type:
        lines.append("## What (GTD attack type)")
        lines.extend(f"- {kind}: {n}" for kind, n in by_type.most_common())
        lines.append("")
    deadliest = sorted(incidents, key=lambda i: -(i.fatalities.best or i.fatalities.low or 0))[:5]
    if deadliest:
        lines.append("## Deadliest incidents")
        for i in deadliest:
            where = i.location.name or i.location.country or "unknown place"
            who = f", {i.perpetrator.name}{' (claimed)' if i.perpetrator.claimed else ''}" if i.perpetrator.name else ""
            toll = toll_text(i.fatalities.low, i.fatalities.best, i.fatalities.high) if (
                i.fatalities.best is not None or i.fatalities.low is not None) else "unknown"
            lines.append(f"- {i.date or 'undated'}, {where}: {i.sub_event_type or i.attack_type}, killed {toll}{who} [{i.id}]")
        lines.append("")
    if statements:
        lines.append("## Statements")
        for s in statements:
            who = ", ".join(x for x in (s.speaker, s.role, s.organization) if x)
            lines.append(f"- {s.date or 'undated'}, {s.location or ''}: {who}: “{s.text}”")
        lines.append("")
    if statistics:
        lines.append("## Published statistics (quoted, not counted as incidents)")
        lines.extend(f"- {statistic_text(st)}" for st in statistics)
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def statistic_text(st: Statistic) -> str:
    """A published statistic quoted in one line, with its period, region, breakdown and source."""
    extra = f" ({', '.join(f'{k} {v}' for k, v in st.breakdown.items())})" if st.breakdown else ""
    region = f"{st.region} " if st.region else ""
    return (f"{region}{st.period_start or '?'} to {st.period_end or '?'}: {st.value} {st.measure}{extra}"
            f" (source: {st.source or 'not stated'})")
