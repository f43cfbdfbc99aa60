"""Situation reports as one self-contained HTML file (figures inlined) and as PDF.

In HTML every number links to the list of incidents behind it (``#S3``), and each incident
id links to its row in the incident table at the end (``#inc-...``). The PDF is the same
HTML laid out by WeasyPrint (the ``report`` extra), with each number's set label printed
beside it so that the ids can be read on paper; the links still work in a PDF viewer.
"""

from __future__ import annotations

import base64
from html import escape

from ._deps import need
from .brief import toll_text
from .periods import describe
from .report import COUNTING_NOTE, ReportData, SetLabels, percent_text, period_note
from .tally import Row, Toll

CSS = """
@page { size: A4; margin: 16mm 14mm 18mm 14mm;
        @bottom-right { content: "page " counter(page) " of " counter(pages); font-size: 8pt; color: #666; } }
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #222; max-width: 60em; margin: auto; }
h1 { font-size: 16pt; margin-bottom: 0.2em; }
h2 { font-size: 12pt; margin-top: 1.4em; border-bottom: 1px solid #ccc; page-break-after: avoid; }
table { border-collapse: collapse; margin: 0.4em 0 0.8em; page-break-inside: auto; }
th, td { border-bottom: 1px solid #e3e3e3; padding: 2px 8px; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; white-space: nowrap; }
a.n { color: #0b4f8a; text-decoration: none; border-bottom: 1px dotted #0b4f8a; }
sup.ref { font-size: 6.5pt; color: #777; margin-left: 1px; }
p.note { color: #555; font-size: 8.5pt; }
figure { margin: 0.8em 0; page-break-inside: avoid; }
figure img { max-width: 100%; }
figcaption { font-size: 8.5pt; color: #555; }
ul.sets li, table.incidents td { font-size: 8pt; }
td.ev { color: #555; }
"""


class _Numbers:
    def __init__(self, labels: SetLabels, print_labels: bool) -> None:
        self.labels = labels
        self.print_labels = print_labels

    def __call__(self, value: int | str | None, ids: tuple[str, ...] | list[str]) -> str:
        text = escape(str(value))
        label = self.labels(ids)
        if not label:
            return text
        ref = f'<sup class="ref">{label}</sup>' if self.print_labels else ""
        return f'<a class="n" href="#{label}" title="{escape(", ".join(ids))}">{text}</a>{ref}'


def _table(header: list[str], rows: list[list[str]], numeric_from: int = 1, cls: str = "") -> str:
    head = "".join(f'<th class="{"num" if k >= numeric_from else ""}">{h}</th>' for k, h in enumerate(header))
    body = "".join(
        "<tr>" + "".join(f'<td class="{"num" if k >= numeric_from else ""}">{c}</td>' for k, c in enumerate(r)) + "</tr>"
        for r in rows
    )
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def html(data: ReportData, figures: list[tuple[str, bytes]] | None = None, for_print: bool = False) -> str:
    """The report as one HTML document; ``figures`` are (caption, PNG) pairs inlined as data URIs."""
    n = _Numbers(SetLabels(), for_print)
    e = escape

    def tolls(t: Toll) -> list[str]:
        return [n(t.low, t.ids), n(t.best, t.ids), n(t.text(), t.ids)]

    parts = [f"<h1>{e(data.title)}</h1>", f'<p class="note">{e(period_note(data))}. {e(COUNTING_NOTE)}</p>',
             "<h2>Totals</h2>"]
    t = data.total
    parts.append(f"<p><b>Incidents: {n(t.count, t.ids)}</b></p>")
    parts.append(_table(["", "Low", "Best", "High"], [
        ["Deaths", *tolls(t.deaths)], ["Injuries", *tolls(t.injuries)]]))
    if t.deaths.unknown or t.injuries.unknown:
        parts.append(f'<p class="note">{t.deaths.unknown} incidents give no death toll and '
                     f"{t.injuries.unknown} no injury figure.</p>")
    parts.append("<h2>Deaths by category</h2>")
    parts.append(_table(["Category", "Deaths (best)"], [[e(c.name), n(c.deaths, c.ids)] for c in data.categories]))
    parts.append("<h2>Change against the previous period</h2>")
    parts.append(_table(["Measure", e(describe(data.period)), e(describe(data.previous)), "Change"], [
        [e(c.measure), n(c.current, c.current_ids), n(c.previous, c.previous_ids),
         e(f"{c.delta:+d} ({percent_text(c)})")] for c in data.changes]))

    def grouped(title: str, rows: list[Row]) -> None:
        if rows:
            parts.append(f"<h2>{e(title)}</h2>")
            parts.append(_table(["", "Incidents", "Deaths (best)", "Injuries (best)"], [
                [e(r.key), n(r.tally.count, r.tally.ids), n(r.tally.deaths.best, r.tally.deaths.ids),
                 n(r.tally.injuries.best, r.tally.injuries.ids)] for r in rows]))

    grouped("By admin1 (province, state)", data.by_admin1)
    grouped("By admin2 (district)", data.by_admin2)
    grouped("By ACLED event type", data.by_event_type)
    grouped("By GTD attack type", data.by_attack_type)
    grouped("By perpetrator", data.by_perpetrator)
    if data.deadliest:
        parts.append("<h2>Deadliest incidents</h2><ol>")
        for inc, src in data.deadliest:
            f = inc.fatalities
            where = ", ".join(x for x in (inc.location.name, inc.location.admin1, inc.location.country) if x)
            who = (f"; {e(inc.perpetrator.name)}{' (claimed)' if inc.perpetrator.claimed else ''}"
                   if inc.perpetrator.name else "")
            source = (f'<a href="{e(src.url)}">{e(src.text())}</a>' if src.url else e(src.text()))
            parts.append(f"<li>{e(inc.date or 'undated')}, {e(where or 'unknown place')}: "
                         f"{e(inc.sub_event_type or inc.attack_type or 'incident')}, killed "
                         f"{n(toll_text(f.low, f.best, f.high), [inc.id])}{who} "
                         f'[<a href="#inc-{e(inc.id)}">{e(inc.id)}</a>]. Source: {source}</li>')
        parts.append("</ol>")
    parts.append("<h2>Published statistics (quoted from their sources, not counted as incidents)</h2>")
    if data.statistics:
        parts.append(_table(["Published figure", "Dates", "Covers", "Our count for the same dates and place"], [
            [e(q.quote()), e(f"{q.statistic.period_start} to {q.statistic.period_end}"), e(q.coverage),
             (f"{e(q.statistic.measure)}: {n(q.our_value, q.our_ids)}; " if q.our_value is not None
              else "not comparable; ") + f"{n(q.ours.count, q.ours.ids)} incidents"]
            for q in data.statistics], numeric_from=99))
    else:
        parts.append("<p>No published statistics for this period and place are stored.</p>")
    if data.statements:
        parts.append("<h2>Statements</h2><ul>")
        for s in data.statements:
            who = ", ".join(x for x in (s.speaker, s.role, s.organization) if x)
            parts.append(f"<li>{e(s.date or 'undated')}{', ' + e(s.location) if s.location else ''}: "
                         f"{e(who)}: “{e(s.text)}”</li>")
        parts.append("</ul>")
    if figures:
        parts.append("<h2>Figures</h2>")
        for k, (caption, png) in enumerate(figures, start=1):
            b64 = base64.b64encode(png).decode("ascii")
            parts.append(f'<figure><img alt="{e(caption)}" src="data:image/png;base64,{b64}">'
                         f"<figcaption>Figure {k}: {e(caption)}</figcaption></figure>")
    parts.append("<h2>Incident sets</h2><p class=\"note\">Each number above counts the incidents of one set; "
                 "ids outside this period's table belong to the previous period or to a statistic's wider dates.</p>"
                 '<ul class="sets">')
    listed = {i.id for i in data.incidents}
    for label, ids in n.labels.items():
        links = ", ".join(f'<a href="#inc-{e(i)}">{e(i)}</a>' if i in listed else e(i) for i in ids)
        parts.append(f'<li id="{label}"><b>{label}</b> ({len(ids)}): {links}</li>')
    parts.append("</ul>")
    if data.incidents:
        parts.append("<h2>Incidents</h2>")
        rows = []
        for i in sorted(data.incidents, key=lambda i: (i.date or "", i.id)):
            f, inj = i.fatalities, i.injuries
            ref = data.sources.get(i.id)
            source = ("" if ref is None else f'<a href="{e(ref.url)}">{e(ref.text())}</a>' if ref.url else e(ref.text()))
            evidence = "; ".join(f"{e(ev.field)}: “{e(ev.text)}”" for ev in i.evidence if ev.field != "incident")
            rows.append([
                f'<span id="inc-{e(i.id)}">{e(i.id)}</span>', e(i.date or ""),
                e(", ".join(x for x in (i.location.name, i.location.admin1, i.location.country_code) if x)),
                e(i.sub_event_type or i.attack_type or ""),
                e(toll_text(f.low, f.best, f.high) if f.best is not None or f.low is not None else "-"),
                e(toll_text(inj.low, inj.best, inj.high) if inj.best is not None or inj.low is not None else "-"),
                source, f'<span class="ev">{evidence}</span>',
            ])
        parts.append(_table(["Id", "Date", "Place", "Type", "Killed", "Injured", "Source", "Evidence"], rows,
                            numeric_from=99, cls="incidents"))
    body = "\n".join(parts)
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{e(data.title)}</title>'
            f"<style>{CSS}</style></head><body>\n{body}\n</body></html>\n")


def pdf(data: ReportData, figures: list[tuple[str, bytes]] | None = None) -> bytes:
    """The report laid out as PDF by WeasyPrint."""
    weasyprint = need("weasyprint", "PDF reports")
    document = weasyprint.HTML(string=html(data, figures, for_print=True))
    result: bytes = document.write_pdf()
    return result
