"""The command line for ingestion: ``sitrep ingest`` (every input format) and ``sitrep feeds``."""

from __future__ import annotations

import re
import time

import click

from .cli_common import db_option, fail, parse_date
from .errors import SitrepError
from .extract import get_extractor
from .ingest.sources import FORMATS
from .pipeline import Outcome, Summary, ingest_paths
from .store import open_store


def _describe(outcome: Outcome) -> str:
    if outcome.status == "duplicate":
        of = (outcome.document_id or "")[:12]
        if outcome.kind == "near":
            return f"near copy ({outcome.similarity:.2f}) of {of}, linked as a source"
        return f"exact copy of {of}"
    assert outcome.extraction is not None
    n = len(outcome.extraction.incidents)
    text = f"{n} incident{'s' if n != 1 else ''}"
    return f"{text}; {outcome.note}" if outcome.note else text


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", callback=lambda c, p, v: parse_date(v), help="Publication date YYYY-MM-DD for every input.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="auto", show_default=True,
              help="Input format; auto decides by suffix (.html, .warc, .jsonl, .csv, each maybe .gz; else text).")
@db_option
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], published: str | None, fmt: str, db: str | None) -> None:
    """Read FILE|DIR..., extract, and store each document (idempotent by content hash; exact and
    near copies of stored documents are linked to them as further sources)."""
    settings = ctx.obj
    summary = Summary()
    try:
        extractor = get_extractor(settings)
        with open_store(db, settings.store.path) as store:
            for outcome in ingest_paths(list(paths), settings, extractor, store, published, fmt):
                summary.add(outcome)
                if outcome.status == "error":
                    fail(outcome.error or outcome.name)
                else:
                    click.echo(f"{outcome.status:9} {outcome.name}: {_describe(outcome)}")
    except SitrepError as exc:
        fail(str(exc))
        click.echo(summary.line(), err=True)
        ctx.exit(2)
    click.echo(summary.line(), err=True)
    ctx.exit(1 if summary.rejected else 0)


def parse_every(value: str | None) -> float | None:
    """'15m', '90s', '2h' or a number of seconds to seconds."""
    if value is None:
        return None
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smh]?)\s*", value)
    if not m or float(m.group(1)) <= 0:
        raise click.BadParameter(f"{value!r} is not a duration such as 90s, 15m or 2h")
    return float(m.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600}[m.group(2)]


@click.group()
def feeds() -> None:
    """Subscribe to RSS/Atom feeds and ingest the pages they link to."""


@feeds.command("add")
@click.argument("url")
@db_option
@click.pass_context
def feeds_add(ctx: click.Context, url: str, db: str | None) -> None:
    """Subscribe to the feed at URL."""
    from urllib.parse import urlsplit

    settings = ctx.obj
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        fail(f"{url}: not an http or https URL")
        ctx.exit(2)
    try:
        with open_store(db, settings.store.path) as store:
            feed, new = store.add_feed(url)
    except SitrepError as exc:
        fail(str(exc))
        ctx.exit(2)
    click.echo(f"{'added' if new else 'already subscribed'}: feed {feed.id} {feed.url}")


@feeds.command("list")
@db_option
@click.pass_context
def feeds_list(ctx: click.Context, db: str | None) -> None:
    """List subscribed feeds with their last poll and item counts."""
    settings = ctx.obj
    try:
        with open_store(db, settings.store.path) as store:
            for feed in store.feeds():
                counts = store.feed_item_counts(feed.id)
                seen = ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "no items yet"
                click.echo(f"{feed.id}\t{feed.url}\t{feed.title or '-'}\tpolled {feed.polled_at or 'never'}"
                           f"\t{feed.status or '-'}\t{seen}")
    except SitrepError as exc:
        fail(str(exc))
        ctx.exit(2)


@feeds.command("poll")
@click.option("--every", "every", metavar="DURATION", help="Poll again after each DURATION (15m, 90s, 2h) until stopped.")
@db_option
@click.pass_context
def feeds_poll(ctx: click.Context, every: str | None, db: str | None) -> None:
    """Fetch every feed (conditional GET), then fetch and ingest each new item's page."""
    from .ingest.feeds import poll_feed
    from .ingest.fetch import Fetcher

    settings = ctx.obj
    interval = parse_every(every)
    failed = False
    try:
        extractor = get_extractor(settings)
        with open_store(db, settings.store.path) as store, Fetcher(settings.fetch) as fetcher:
            while True:
                summary = Summary()
                for feed in store.feeds():
                    for item in poll_feed(feed, fetcher, store, settings, extractor):
                        if item.status in ("error", "retry"):
                            failed = True
                            fail(item.detail)
                            summary.add(Outcome(item.name, "error", error=item.detail, kind=item.kind))
                        else:
                            summary.add(Outcome(item.name, item.status, kind=item.kind))
                            click.echo(f"{item.status:9} {item.name}{': ' + item.detail if item.detail else ''}")
                click.echo(summary.line(), err=True)
                if interval is None:
                    break
                time.sleep(interval)
    except SitrepError as exc:
        fail(str(exc))
        ctx.exit(2)
    except KeyboardInterrupt:
        ctx.exit(130)
    ctx.exit(1 if failed else 0)


@click.command()
@click.option("--limit", default=50, show_default=True, help="Most rows shown.")
@db_option
@click.pass_context
def rejections(ctx: click.Context, limit: int, db: str | None) -> None:
    """List refused inputs with their reasons (newest last)."""
    settings = ctx.obj
    try:
        with open_store(db, settings.store.path) as store:
            for r in store.rejections()[-limit:]:
                click.echo(f"{r.last_at}\t{r.count}x\t{r.kind}\t{r.source}: {r.reason}")
    except SitrepError as exc:
        fail(str(exc))
        ctx.exit(2)


def register(main: click.Group) -> None:
    """Add the ingestion commands to the main group."""
    main.add_command(ingest)
    main.add_command(feeds)
    main.add_command(rejections)
