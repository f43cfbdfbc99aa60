"""The command line: parse options, call the library, format output. Nothing else lives here."""

from __future__ import annotations

import csv
import io
import json
import sys
from importlib import resources
from pathlib import Path
from typing import Any

import click

from . import __version__
from .analyze import situation_report
from .cli_analyze import register as register_analyze
from .cli_common import db_option, fail, parse_date
from .cli_ingest import register as register_ingest
from .config import Settings, load_settings
from .errors import SitrepError
from .extract import get_extractor
from .ingest import iter_jsonl
from .ingest.records import record_to_document
from .pipeline import extract_paths, ingest_paths, run_extraction
from .records import Incident, extraction_to_dict, to_dict
from .resolve.merge import canonical_incidents, events, unique_statistics
from .store import IncidentFilter, open_store


def _settings(ctx: click.Context) -> Settings:
    obj: Settings = ctx.obj
    return obj





@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sitrep")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Settings file (TOML).")
@click.pass_context
def main(ctx: click.Context, config_path: str | None) -> None:
    """sitrep: news reports of political violence in, evidence-backed incidents out."""
    try:
        ctx.obj = load_settings(config_path)
    except SitrepError as exc:
        fail(str(exc))
        ctx.exit(2)


@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--published", callback=lambda c, p, v: parse_date(v), help="Publication date YYYY-MM-DD (resolves 'on Monday').")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl"]), default="json", show_default=True)
@click.option("--input-format", "input_format", type=click.Choice(["text", "jsonl"]), default="text", show_default=True,
              help="jsonl: read lines {id, text, title?, url?, published?}; one output line per input line.")
@click.pass_context
def extract(ctx: click.Context, files: tuple[str, ...], published: str | None, fmt: str, input_format: str) -> None:
    """Extract incidents, statements and statistics from FILE... and print them as JSON."""
    settings = _settings(ctx)
    try:
        extractor = get_extractor(settings)
    except SitrepError as exc:
        fail(str(exc))
        ctx.exit(2)
    failed = False
    if input_format == "jsonl":
        for path in files:
            try:
                for _line, item, rid in iter_jsonl(path, settings.ingest):
                    if isinstance(item, SitrepError):
                        failed = True
                        fail(str(item))
                        click.echo(json.dumps({"id": rid, "error": str(item)}, ensure_ascii=False))
                        continue
                    try:
                        doc = record_to_document(item, f"{path}#{rid}", settings.ingest, published)
                        out = {"id": rid, **extraction_to_dict(run_extraction(doc, extractor))}
                    except SitrepError as exc:
                        failed = True
                        fail(f"{path}: id {rid}: {exc}")
                        out = {"id": rid, "error": str(exc)}
                    click.echo(json.dumps(out, ensure_ascii=False))
            except SitrepError as exc:
                failed = True
                fail(str(exc))
        ctx.exit(1 if failed else 0)
    results = []
    for outcome in extract_paths(list(files), settings, extractor, published):
        if outcome.extraction is None:
            failed = True
            fail(outcome.error or outcome.name)
            continue
        data = extraction_to_dict(outcome.extraction)
        if fmt == "jsonl":
            click.echo(json.dumps(data, ensure_ascii=False))
        else:
            results.append(data)
    if fmt == "json":
        payload: Any = results[0] if len(files) == 1 and len(results) == 1 else results
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    ctx.exit(1 if failed else 0)


def _incident_row(i: Incident) -> dict[str, Any]:
    f, inj = i.fatalities, i.injuries
    return {
        "id": i.id, "date": i.date or "", "event_type": i.event_type or "", "sub_event_type": i.sub_event_type or "",
        "attack_type": i.attack_type or "", "suicide": i.suicide, "location": i.location.name or "",
        "admin1": i.location.admin1 or "", "country_code": i.location.country_code or "",
        "lat": i.location.lat, "lon": i.location.lon, "geo_precision": i.location.precision or "",
        "perpetrator": i.perpetrator.name or "", "claimed": i.perpetrator.claimed,
        "fatalities_best": f.best, "fatalities_low": f.low, "fatalities_high": f.high,
        "injuries_best": inj.best, "injuries_low": inj.low, "injuries_high": inj.high,
        "kidnapped_best": i.kidnapped.best, "kidnapped_low": i.kidnapped.low, "kidnapped_high": i.kidnapped.high,
        "target_type": i.target.type or "",
    }


def _range(low: int | None, best: int | None, high: int | None) -> str:
    """A toll for a table: "5", "26+" (at least), "14-16 (14)" (a range and its best), "~30" (about)."""
    if best is None and low is None and high is None:
        return "-"
    if best is not None and low == best and high == best:
        return str(best)
    if high is None and low is not None and best in (None, low):
        return f"{low}+"
    if low is not None and high is not None:
        return f"{low}-{high}" + (f" ({best})" if best is not None else "")
    if high is not None:
        return f"<={high}" if best in (None, high) else f"{best} (<={high})"
    return f"~{best}" if low is None else f"{low}+ ({best})"


def incident_table(incidents: list[Incident], sources: dict[str, int] | None = None) -> str:
    """A plain-text table; with ``sources``, a column of how many documents report each event."""
    header = ("ID", "DATE", "TYPE", "PLACE", "CC", "KILLED", "INJURED", "PERPETRATOR") + (("SOURCES",) if sources else ())
    rows = [header]
    for i in incidents:
        rows.append((
            i.id[:16], i.date or "-", (i.sub_event_type or i.attack_type or "-")[:30],
            (i.location.name or "-")[:32], i.location.country_code or "-",
            _range(i.fatalities.low, i.fatalities.best, i.fatalities.high),
            _range(i.injuries.low, i.injuries.best, i.injuries.high),
            ((i.perpetrator.name or "-") + (" (claimed)" if i.perpetrator.claimed else ""))[:40],
        ) + ((str(sources.get(i.id, 1)),) if sources else ()))
    widths = [max(len(r[k]) for r in rows) for k in range(len(header))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows)


@main.command()
@click.option("--since", callback=lambda c, p, v: parse_date(v), help="Earliest date (YYYY-MM-DD).")
@click.option("--until", callback=lambda c, p, v: parse_date(v), help="Latest date (YYYY-MM-DD).")
@click.option("--country", help="ISO 3166-1 alpha-2 code or country name.")
@click.option("--admin1", help="First-level division (province, state).")
@click.option("--type", "type_", help="Event, sub-event or attack type (substring).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.option("--per-report", is_flag=True, help="One row per report instead of one per real event.")
@db_option
@click.pass_context
def incidents(ctx: click.Context, since: str | None, until: str | None, country: str | None,
              admin1: str | None, type_: str | None, fmt: str, per_report: bool, db: str | None) -> None:
    """List incidents, newest first: each real event once, with its source count and toll ranges."""
    settings = _settings(ctx)
    flt = IncidentFilter(since, until, country, admin1, type_)
    sources: dict[str, int] | None = None
    try:
        with open_store(db, settings.store.path) as store:
            if per_report:
                found = store.incidents(flt)
            else:
                merged = canonical_incidents(store, flt)
                found = [inc for inc, _ in merged]
                sources = {inc.id: c.sources for inc, c in merged}
    except SitrepError as exc:
        fail(str(exc))
        ctx.exit(2)
    if fmt == "json":
        click.echo(json.dumps(to_dict(found), ensure_ascii=False, indent=2))
    elif fmt == "csv":
        buf = io.StringIO()
        rows = [_incident_row(i) for i in found]
        writer = csv.DictWriter(buf, fieldnames=list(_incident_row(Incident("", "")).keys()))
        writer.writeheader()
        writer.writerows(rows)
        click.echo(buf.getvalue(), nl=False)
    else:
        click.echo(incident_table(found, sources))


def highlight(text: str, start: int, end: int, color: bool) -> str:
    """The sentence around [start, end) with the span marked."""
    left = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    right_candidates = [p for p in (text.find(". ", end), text.find("\n", end)) if p != -1]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    span = text[start:end]
    marked = click.style(span, bold=True, underline=True) if color else f"[[{span}]]"
    return (text[left:start] + marked + text[end:right]).strip()


@main.command()
@click.argument("incident_id")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@db_option
@click.pass_context
def show(ctx: click.Context, incident_id: str, fmt: str, db: str | None) -> None:
    """Show an event (evt-...) or one report of it (inc-...): every source, its evidence highlighted
    in its sentence, and the history of the toll."""
    settings = _settings(ctx)
    try:
        with open_store(db, settings.store.path) as store:
            merged = canonical_incidents(store)
            event = next(((inc, c) for inc, c in merged if inc.id.startswith(incident_id)), None)
            if event is None:
                report = store.incident(incident_id)
                event = next((inc, c) for inc, c in merged if any(r.incident.id == report.id for r in c.reports))
            inc, canon = event
            docs = {r.incident.document_id: store.document(r.incident.document_id) for r in canon.reports}
    except SitrepError as exc:
        fail(str(exc))
        ctx.exit(1)
    if fmt == "json":
        lead_doc = docs[inc.document_id]
        click.echo(json.dumps({
            "incident": to_dict(inc),
            "source": lead_doc.source, "title": lead_doc.title,
            "sources": [{"report": to_dict(r.incident), "document": docs[r.incident.document_id].source,
                         "title": docs[r.incident.document_id].title, "published": r.published} for r in canon.reports],
            "history": to_dict(canon.history),
        }, ensure_ascii=False, indent=2))
        return
    color = sys.stdout.isatty()
    loc = inc.location
    click.echo(f"{inc.id}  {inc.date or 'undated'} ({inc.date_precision or '-'})  {canon.sources} source(s)")
    click.echo(f"  type        {inc.event_type} / {inc.sub_event_type}; GTD {inc.attack_type}; suicide {inc.suicide}")
    click.echo(f"  place       {loc.name}, {loc.admin1 or '-'}, {loc.country or '-'} "
               f"({loc.lat}, {loc.lon}; precision {loc.precision})")
    click.echo(f"  perpetrator {inc.perpetrator.name or '-'} (claimed: {inc.perpetrator.claimed})")
    click.echo(f"  target      {inc.target.type or '-'}: {inc.target.description or '-'}"
               f"{'; ' + inc.target.nationality if inc.target.nationality else ''}")
    click.echo(f"  killed      {_range(inc.fatalities.low, inc.fatalities.best, inc.fatalities.high)}"
               f"  (civilians {inc.fatalities.civilians}, security {inc.fatalities.security_forces}, "
               f"militants {inc.fatalities.militants})")
    click.echo(f"  injured     {_range(inc.injuries.low, inc.injuries.best, inc.injuries.high)}")
    if (inc.kidnapped.low, inc.kidnapped.best) != (None, None):
        click.echo(f"  taken       {_range(inc.kidnapped.low, inc.kidnapped.best, inc.kidnapped.high)}")
    if len(canon.history) > 1:
        click.echo("  history     " + " -> ".join(f"{h.best} ({h.published or 'undated'})" for h in canon.history))
    for r in canon.reports:
        doc = docs[r.incident.document_id]
        rep = r.incident
        role = "background mention" if rep.background else "report"
        click.echo(f"  {role} {rep.id} in {doc.source or doc.id}{' — ' + doc.title if doc.title else ''}"
                   f" ({r.published or 'undated'}): killed {_range(rep.fatalities.low, rep.fatalities.best, rep.fatalities.high)}")
        click.echo("    evidence:")
        for ev in rep.evidence:
            if ev.field == "incident":
                continue
            click.echo(f"      {ev.field:20} {highlight(doc.text, ev.start, ev.end, color)}")


@main.command()
@click.argument("first")
@click.argument("second")
@db_option
@click.pass_context
def merge(ctx: click.Context, first: str, second: str, db: str | None) -> None:
    """Force two incidents (inc-... or evt-...) to be one event; the store remembers the decision."""
    _decide(ctx, "merge", first, second, db)


@main.command()
@click.argument("report_id")
@db_option
@click.pass_context
def split(ctx: click.Context, report_id: str, db: str | None) -> None:
    """Take one report (inc-...) out of the event it was merged into; the store remembers the decision."""
    _decide(ctx, "split", report_id, None, db)


def _decide(ctx: click.Context, kind: str, first: str, second: str | None, db: str | None) -> None:
    settings = _settings(ctx)
    try:
        with open_store(db, settings.store.path) as store:
            merged = canonical_incidents(store)

            def report_id(given: str) -> str:
                for inc, c in merged:
                    if given.startswith("evt-") and inc.id.startswith(given):
                        return min(r.incident.id for r in c.reports)
                return store.incident(given).id

            a = report_id(first)
            b = report_id(second) if second else None
            store.add_decision(kind, a, b)
            after = canonical_incidents(store)
            event = next(inc for inc, c in after if any(r.incident.id == a for r in c.reports))
    except SitrepError as exc:
        fail(str(exc))
        ctx.exit(1)
    click.echo(f"{kind}: {a}{' + ' + b if b else ''} -> {event.id}")


@main.command()
@db_option
@click.pass_context
def brief(ctx: click.Context, db: str | None) -> None:
    """Print a short situation report (Markdown) over the stored data."""
    settings = _settings(ctx)
    try:
        with open_store(db, settings.store.path) as store:
            click.echo(situation_report(events(store), store.statements(), unique_statistics(store.statistics())))
    except SitrepError as exc:
        fail(str(exc))
        ctx.exit(2)


@main.command(name="eval")
@click.argument("folders", nargs=-1, required=True, type=click.Path(exists=True, file_okay=False))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--errors", "show_errors", is_flag=True, help="List every disagreement with the answer keys.")
@click.pass_context
def eval_(ctx: click.Context, folders: tuple[str, ...], fmt: str, show_errors: bool) -> None:
    """Score extraction field by field against annotated folders (NAME.txt + NAME.json answer keys)."""
    from .evaluation import evaluate_folder, format_table

    settings = _settings(ctx)
    try:
        extractor = get_extractor(settings)
        results = {folder: evaluate_folder(Path(folder), extractor) for folder in folders}
    except SitrepError as exc:
        fail(str(exc))
        ctx.exit(2)
    if fmt == "json":
        click.echo(json.dumps({k: v.as_dict() for k, v in results.items()}, indent=2))
        return
    for folder, score in results.items():
        click.echo(format_table(folder, score))
        if show_errors:
            for err in score.errors:
                click.echo(f"    {err}")


def demo_corpus() -> list[tuple[Path, str | None]]:
    """The bundled demo reports with their publication dates."""
    root = Path(str(resources.files("sitrep").joinpath("demo/corpus")))
    out = []
    for path in sorted(root.glob("*.txt")):
        meta = path.with_suffix(".json")
        published = None
        if meta.exists():
            published = json.loads(meta.read_text(encoding="utf-8")).get("published")
        out.append((path, published))
    return out


@main.command()
@db_option
@click.pass_context
def demo(ctx: click.Context, db: str | None) -> None:
    """Ingest the bundled demo reports, then print the incident table and a situation report."""
    settings = _settings(ctx)
    try:
        extractor = get_extractor(settings)
        with open_store(db, settings.store.path) as store:
            new = 0
            for path, published in demo_corpus():
                for outcome in ingest_paths([str(path)], settings, extractor, store, published):
                    if outcome.status == "error":
                        fail(outcome.error or outcome.name)
                    new += outcome.status == "new"
            click.echo(f"demo: {new} new documents stored in {store.target}\n")
            merged = canonical_incidents(store)
            found = [inc for inc, _ in merged]
            click.echo(incident_table(found, {inc.id: c.sources for inc, c in merged}))
            click.echo("")
            click.echo(situation_report(found, store.statements(), unique_statistics(store.statistics()),
                                        title="Situation report (demo corpus)"))
    except SitrepError as exc:
        fail(str(exc))
        ctx.exit(2)


register_ingest(main)
register_analyze(main)

if __name__ == "__main__":  # pragma: no cover
    main()
