"""What every command module shares: the error line, date options, the --db option."""

from __future__ import annotations

from datetime import date

import click

db_option = click.option("--db", "db", metavar="PATH", help="SQLite database (else $SITREP_DB, else the per-user default).")


def fail(message: str) -> None:
    """Print one error line on stderr: ``sitrep: error: <message>``."""
    click.echo(f"sitrep: error: {message}", err=True)


def parse_date(value: str | None) -> str | None:
    """A YYYY-MM-DD option value, checked; click reports anything else as a bad parameter."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None
