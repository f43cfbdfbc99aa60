"""Commands over the stored incidents: report, export, import, trend (a thin click layer)."""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from pathlib import Path

import click

from .cli_common import db_option, fail, parse_date
from .config import Settings
from .errors import SitrepError
from .resolve.merge import events
from .store import IncidentFilter, open_store

country_option = click.option("--country", help="ISO 3166-1 alpha-2 code or country name.")
admin1_option = click.option("--admin1", help="First-level division (province, state).")
type_option = click.option("--type", "type_", help="Event, sub-event or attack type (substring).")
since_option = click.option("--since", callback=lambda c, p, v: parse_date(v), help="Earliest date (YYYY-MM-DD).")
until_option = click.option("--until", callback=lambda c, p, v: parse_date(v), help="Latest date (YYYY-MM-DD).")


@click.command()
@click.option("--period", required=True, help="YYYY-MM, YYYY-Www, YYYY, YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD.")
@country_option
@admin1_option
@click.option("--format", "fmt", type=click.Choice(["md", "html", "pdf"]), default="md", show_default=True)
@click.option("--out", "out", type=click.Path(dir_okay=False), help="Output file (needed for pdf; md figures go beside it).")
@click.option("--deadliest", default=10, show_default=True, help="How many of the deadliest incidents to list.")
@click.option("--no-figures", is_flag=True, help="Leave out the charts and the map.")
@db_option
@click.pass_context
def report(ctx: click.Context, period: str, country: str | None, admin1: str | None, fmt: str, out: str | None,
           deadliest: int, no_figures: bool, db: str | None) -> None:
    """A situation report for one period: totals, categories, places, types, perpetrators, the
    deadliest incidents with sources, the change against the previous period, and others'
    published statistics quoted apart."""
    from .analyze.periods import parse_period
    from .analyze.report import build_report, write_markdown

    settings: Settings = ctx.obj
    if fmt == "pdf" and not out:
        raise click.UsageError("--format pdf needs --out FILE.pdf")
    try:
        with open_store(db, settings.store.path) as store:
            data = build_report(store, parse_period(period), country, admin1, deadliest)
        target = Path(out) if out else None
        if fmt == "md":
            text = write_markdown(data, target, with_figures=not no_figures)
            if target is None:
                click.echo(text, nl=False)
        else:
            from .analyze import html as html_report
            from .analyze.charts import report_figures

            figures = [] if no_figures else report_figures(data)
            if fmt == "html":
                page = html_report.html(data, figures)
                if target is None:
                    click.echo(page, nl=False)
                else:
                    target.write_text(page, encoding="utf-8")
            else:
                assert target is not None
                target.write_bytes(html_report.pdf(data, figures))
        if target is not None:
            click.echo(f"report: {data.total.count} incidents, {data.period.since} to {data.period.until} "
                       f"-> {target}", err=True)
    except (SitrepError, OSError) as exc:
        fail(str(exc) if isinstance(exc, SitrepError) else f"{out}: {exc.strerror or exc}")
        ctx.exit(1)


@click.command(name="export")
@click.option("--format", "fmt", required=True,
              type=click.Choice(["csv-acled", "csv-gtd", "geojson", "parquet", "jsonl"]))
@click.option("--period", help="Instead of --since/--until: YYYY-MM, YYYY-Www, YYYY or a range.")
@since_option
@until_option
@country_option
@admin1_option
@type_option
@click.option("--out", "out", type=click.Path(dir_okay=False), help="Output file (needed for parquet); else stdout.")
@click.option("--no-text", is_flag=True, help="jsonl: leave out the documents' text (import then stores stubs).")
@db_option
@click.pass_context
def export_(ctx: click.Context, fmt: str, period: str | None, since: str | None, until: str | None,
            country: str | None, admin1: str | None, type_: str | None, out: str | None, no_text: bool,
            db: str | None) -> None:
    """Export incidents as ACLED- or GTD-style CSV, GeoJSON, Parquet or sitrep JSONL."""
    from .analyze.export import export
    from .analyze.periods import parse_period

    settings: Settings = ctx.obj
    if fmt == "parquet" and not out:
        raise click.UsageError("--format parquet needs --out FILE.parquet")
    try:
        if period:
            p = parse_period(period)
            since, until = p.since, p.until
        with open_store(db, settings.store.path) as store:
            found = events(store, IncidentFilter(since, until, country, admin1, type_))
            if fmt == "parquet":
                n = export(store, found, fmt, path=Path(str(out)))
            elif out:
                with open(out, "w", encoding="utf-8", newline="") as fh:
                    n = export(store, found, fmt, fh, include_text=not no_text)
            else:
                n = export(store, found, fmt, sys.stdout, include_text=not no_text)
                sys.stdout.flush()
        click.echo(f"exported {n} incident{'s' if n != 1 else ''} as {fmt}{' to ' + out if out else ''}", err=True)
    except BrokenPipeError:  # the reader (head, less) stopped early: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (SitrepError, OSError) as exc:
        fail(str(exc) if isinstance(exc, SitrepError) else f"{out}: {exc.strerror or exc}")
        ctx.exit(1)


@click.command(name="import")
@click.argument("files", nargs=-1, required=True)
@db_option
@click.pass_context
def import_(ctx: click.Context, files: tuple[str, ...], db: str | None) -> None:
    """Read sitrep's own JSONL export (FILE or - for stdin) back into the store. Incidents already
    stored are skipped; a document exported without its text is stored as a stub."""
    from .analyze.export import import_jsonl

    settings: Settings = ctx.obj
    failed = False
    try:
        with open_store(db, settings.store.path) as store:
            for name in files:
                try:
                    if name == "-":
                        read, new = import_jsonl(store, sys.stdin, "<stdin>")
                    else:
                        with open(name, encoding="utf-8") as fh:
                            read, new = import_jsonl(store, fh, name)
                    click.echo(f"{name}: read {read}, new {new}, already stored {read - new}", err=True)
                except OSError as exc:
                    failed = True
                    fail(f"{name}: {exc.strerror or exc}")
                except UnicodeDecodeError:
                    failed = True
                    fail(f"{name}: not UTF-8 text")
                except SitrepError as exc:
                    failed = True
                    fail(str(exc))
    except SitrepError as exc:
        fail(str(exc))
        ctx.exit(2)
    ctx.exit(1 if failed else 0)


@click.command()
@click.option("--by", type=click.Choice(["month", "week"]), default="month", show_default=True)
@since_option
@until_option
@country_option
@admin1_option
@type_option
@click.option("--window", default=6, show_default=True, help="Trailing buckets averaged for spike detection.")
@click.option("--spike-sd", default=3.0, show_default=True, help="How many spreads above the trailing mean is a spike.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--plot", "plot_path", type=click.Path(dir_okay=False), help="Also write a PNG chart here.")
@db_option
@click.pass_context
def trend(ctx: click.Context, by: str, since: str | None, until: str | None, country: str | None,
          admin1: str | None, type_: str | None, window: int, spike_sd: float, fmt: str,
          plot_path: str | None, db: str | None) -> None:
    """Incidents and deaths per month or week; flags a period far above its trailing average."""
    from .analyze import trend as tr

    settings: Settings = ctx.obj
    try:
        with open_store(db, settings.store.path) as store:
            found = events(store, IncidentFilter(since, until, country, admin1, type_))
        points = tr.trend(found, by, since, until, window=window, spike_sd=spike_sd)
        if fmt == "json":
            click.echo(json.dumps([{"period": p.bucket, "incidents": p.incidents, "deaths": p.deaths,
                                    "trailing_mean": p.trailing_mean, "threshold": p.threshold,
                                    "spike": p.spike, "ids": list(p.ids)} for p in points], indent=2))
        elif fmt == "csv":
            buf = io.StringIO()
            w = csv.writer(buf, lineterminator="\n")
            w.writerow(["period", "incidents", "deaths", "trailing_mean", "spike"])
            w.writerows([p.bucket, p.incidents, p.deaths, "" if p.trailing_mean is None else
                         round(p.trailing_mean, 2), int(p.spike)] for p in points)
            click.echo(buf.getvalue(), nl=False)
        else:
            click.echo(tr.table(points) if points else "no dated incidents match")
            for p in points:
                if p.spike:
                    click.echo(f"spike: {p.bucket} has {p.incidents} incidents against a trailing mean of "
                               f"{p.trailing_mean:.1f}: {', '.join(p.ids)}")
        if plot_path:
            scope = ", ".join(x for x in (admin1, country, type_) if x) or "all incidents"
            Path(plot_path).write_bytes(tr.plot(points, f"Incidents and deaths per {by}: {scope}"))
            click.echo(f"plot written to {plot_path}", err=True)
    except (SitrepError, OSError) as exc:
        fail(str(exc) if isinstance(exc, SitrepError) else f"{plot_path}: {exc.strerror or exc}")
        ctx.exit(1)


def register(main: click.Group) -> None:
    """Add the analysis commands to the main group."""
    for command in (report, export_, import_, trend):
        main.add_command(command)
