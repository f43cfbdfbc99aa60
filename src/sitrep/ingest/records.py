"""JSONL and CSV files of records to documents; field names come from ``[ingest]`` settings.

Each record is one document whose source is ``FILE#ID`` (or ``FILE:LINE`` when it has
no id). A bad record yields an error for that record and the file goes on; a file that
cannot be read at all yields one error.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..config import IngestSettings
from ..errors import EmptyInputError, EncodingError, InputError, TooLargeError
from ..records import Document
from .compressed import GZIP_ERRORS, gzip_error, inner_name, open_binary
from .files import make_document, parse_json_object, record_field
from .html import _iso_date, html_to_document

Item = tuple[str, Document | InputError]


def _str(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def record_to_document(obj: dict[str, Any], where: str, settings: IngestSettings,
                       published: str | None = None) -> Document:
    """One record (a dict of fields) to a document, or an :class:`InputError` naming ``where``."""
    text_field = record_field(obj, settings.text_field, settings.text_aliases)
    text = obj.get(text_field)
    url = _str(obj.get(record_field(obj, settings.url_field, settings.url_aliases)))
    date = _iso_date(obj.get(record_field(obj, settings.published_field, settings.published_aliases))) or published
    outlet = _str(obj.get(record_field(obj, settings.outlet_field, settings.outlet_aliases)))
    title = _str(obj.get(record_field(obj, settings.title_field, settings.title_aliases)))
    if isinstance(text, str) and text.strip():
        if len(text.encode("utf-8")) > settings.max_bytes:
            raise TooLargeError(where, "text is over the ingest.max_bytes limit")
        doc = make_document(text, source=where, title=title, url=url,
                            outlet=outlet, published=date)
        author = _str(obj.get(settings.author_field))
        return doc if author is None else _with_author(doc, author)
    for field in settings.html_fields:
        html = obj.get(field)
        if isinstance(html, str) and html.strip():
            if len(html.encode("utf-8")) > settings.max_bytes:
                raise TooLargeError(where, f'"{field}" is over the ingest.max_bytes limit')
            return html_to_document(html, source=where, settings=settings, url=url, published=date, outlet=outlet)
    if isinstance(text, str) or text_field in obj:
        raise EmptyInputError(where, f'empty field "{text_field}"')
    raise InputError(where, f'missing string field "{settings.text_field}" (set ingest.text_field)')


def _with_author(doc: Document, author: str) -> Document:
    from dataclasses import replace

    return replace(doc, author=author)


def _where(path: str, number: int, obj: dict[str, Any], settings: IngestSettings) -> str:
    rid = _str(obj.get(settings.id_field))
    return f"{path}#{rid}" if rid else f"{path}:{number}"


def _lines(fh: io.BufferedIOBase | Any, limit: int) -> Iterator[bytes | None]:
    """Lines of at most ``limit`` bytes; a longer line is skipped and yields None."""
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while True:  # drop the rest of the over-long line without holding it
                rest = fh.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None
            continue
        yield line


def iter_jsonl_documents(path: Path, name: str, settings: IngestSettings,
                         published: str | None = None) -> Iterator[Item]:
    try:
        fh = open_binary(path, name)
    except InputError as exc:
        yield name, exc
        return
    number = 0
    try:
        with fh:
            for number, raw in enumerate(_lines(fh, settings.max_bytes + 1024), 1):
                where = f"{name}:{number}"
                if raw is None:
                    yield where, TooLargeError(where, "line is over the ingest.max_bytes limit")
                    continue
                try:
                    line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
                except UnicodeDecodeError as exc:
                    yield where, EncodingError(where, f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at "
                                                      f"offset {exc.start})")
                    continue
                if not line.strip():
                    continue
                obj = parse_json_object(line, where)
                if isinstance(obj, InputError):
                    yield where, obj
                    continue
                where = _where(name, number, obj, settings)
                try:
                    yield where, record_to_document(obj, where, settings, published)
                except InputError as exc:
                    yield where, exc
    except GZIP_ERRORS as exc:
        yield f"{name}:{number + 1}", gzip_error(name, exc)
    except OSError as exc:
        yield name, InputError(name, f"read failed after line {number} ({exc.strerror or exc})")


def iter_csv_documents(path: Path, name: str, settings: IngestSettings,
                       published: str | None = None) -> Iterator[Item]:
    try:
        fh = open_binary(path, name)
    except InputError as exc:
        yield name, exc
        return
    delimiter = "\t" if inner_name(path).lower().endswith(".tsv") else ","
    csv.field_size_limit(max(settings.max_bytes, 131072))
    number = 1
    try:
        with fh, io.TextIOWrapper(fh, encoding="utf-8-sig", newline="") as text:
            reader = csv.DictReader(text, delimiter=delimiter)
            fields = reader.fieldnames or []
            known = {settings.text_field, *settings.text_aliases, *settings.html_fields}
            if not known & {f.lower() for f in fields} and not known & set(fields):
                shown = ", ".join(fields[:12]) or "none"
                yield name, InputError(name, f'no "{settings.text_field}" column (columns: {shown}); '
                                             "set ingest.text_field")
                return
            for row in reader:
                number = reader.line_num
                obj = {k: v for k, v in row.items() if isinstance(k, str)}
                where = _where(name, number, obj, settings)
                try:
                    yield where, record_to_document(obj, where, settings, published)
                except InputError as exc:
                    yield where, exc
    except UnicodeDecodeError as exc:
        yield f"{name}:{number + 1}", EncodingError(name, f"not valid UTF-8 after line {number} ({exc.reason})")
    except csv.Error as exc:
        yield f"{name}:{number + 1}", InputError(name, f"CSV error after line {number} ({exc})")
    except GZIP_ERRORS as exc:
        yield f"{name}:{number + 1}", gzip_error(name, exc)
    except OSError as exc:
        yield name, InputError(name, f"read failed after line {number} ({exc.strerror or exc})")
