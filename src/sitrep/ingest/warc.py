"""Web archives (WARC, gzipped or not) to documents: each HTML response record is one page.

A record's source is ``FILE#N`` (N counts records from 1) and its URL the record's
``WARC-Target-URI``. Records that are not HTML responses are skipped silently. A damaged
record (a length that lies, a truncated member) ends the file with one error line: the
records after it cannot be found reliably.
"""

from __future__ import annotations

import contextlib
import gzip
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from ..config import IngestSettings
from ..errors import CorruptInputError, InputError, TooLargeError
from ..records import Document
from .compressed import GZIP_ERRORS, gzip_error, is_gzip
from .deps import require
from .html import html_to_document

Item = tuple[str, Document | InputError]


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'").lower()
    return None


def iter_warc_documents(path: Path, name: str, settings: IngestSettings,
                        published: str | None = None) -> Iterator[Item]:
    archive = require("warcio.archiveiterator")
    exceptions = require("warcio.exceptions")
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield name, InputError(name, exc.strerror or str(exc))
        return
    bad = (exceptions.ArchiveLoadFailed, ValueError, *GZIP_ERRORS)
    try:
        head = _head(fh)
    except GZIP_ERRORS as exc:
        fh.close()
        yield name, gzip_error(name, exc)
        return
    if not head.lstrip().startswith((b"WARC/", b"filedesc://")):
        fh.close()
        yield name, CorruptInputError(name, f"not a WARC or ARC file (starts with {head[:16]!r})")
        return
    number = 0
    with fh, contextlib.redirect_stderr(io.StringIO()):  # warcio prints warnings; we report them
        records: Any = archive.ArchiveIterator(fh, check_digests=False)
        stream = iter(records)
        try:
            record = next(stream, None)
        except bad as exc:
            yield f"{name}#1", _damaged(f"{name}#1", exc)
            return
        while record is not None:
            number += 1
            where = f"{name}#{number}"
            errors = records.err_count
            try:
                item = _record(record, where, settings, published)
                following = next(stream, None)  # reads this record to its end, then the next header
            except bad as exc:
                yield where, _damaged(where, exc)
                return
            left = getattr(record.raw_stream, "limit", 0) or 0
            if records.err_count > errors or left > 0:
                what = "its length runs past the end of the file" if left > 0 else (
                    "its Content-Length does not match where the next record starts")
                yield where, CorruptInputError(where, f"damaged WARC record ({what}); rest of the file skipped")
                return
            if item is not None:
                yield item
            record = following
    if is_gzip(path):
        try:
            with gzip.open(path, "rb") as check:
                while check.read(1 << 20):
                    pass
        except GZIP_ERRORS as exc:
            yield name, gzip_error(name, exc)


def _head(fh: BinaryIO) -> bytes:
    """The first bytes of the archive's content (through gzip when it is compressed)."""
    start = fh.read(64)
    fh.seek(0)
    if start[:2] == b"\x1f\x8b":
        with gzip.GzipFile(fileobj=fh) as gz:
            start = gz.read(64)
        fh.seek(0)
    return start


def _damaged(where: str, exc: BaseException) -> CorruptInputError:
    detail = " ".join(str(exc).split())[:160] or exc.__class__.__name__
    return CorruptInputError(where, f"damaged WARC record, rest of the file skipped ({detail})")


def _record(record: Any, where: str, settings: IngestSettings, published: str | None) -> Item | None:
    if record.rec_type not in ("response", "resource"):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    if record.rec_type == "response":
        if record.http_headers is None:
            return None
        status = record.http_headers.get_statuscode()
        if status and status != "200":
            return None
        ctype = record.http_headers.get_header("Content-Type") or ""
    else:
        ctype = record.rec_headers.get_header("Content-Type") or ""
    if "html" not in ctype.lower():
        return None
    name = f"{where} {url}" if url else where
    data = record.content_stream().read(settings.max_bytes + 1)
    if len(data) > settings.max_bytes:
        return name, TooLargeError(name, f"page is over the {settings.max_bytes:,}-byte limit (ingest.max_bytes)")
    try:
        return name, html_to_document(data, source=name, settings=settings, url=url, published=published,
                                      charset=_charset(ctype))
    except InputError as exc:
        return name, exc
