"""Every input format behind one iterator: paths in, ``(name, Document | InputError)`` out.

Formats: ``text``, ``html``, ``jsonl``, ``csv`` and ``warc``, each optionally gzipped
(``.gz``). ``auto`` decides by suffix (``[ingest] *_suffixes``); a file with an unknown
suffix named explicitly is read as text. Directories are walked recursively in sorted
order and yield the files whose format is in ``ingest.walk_formats`` (or the one
format asked for).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from ..config import IngestSettings
from ..errors import EmptyInputError, InputError, MissingInputError, UnreadableInputError
from ..records import Document
from .compressed import inner_name, read_limited
from .files import decode, make_document
from .html import html_to_document
from .records import iter_csv_documents, iter_jsonl_documents
from .warc import iter_warc_documents

FORMATS = ("auto", "text", "html", "jsonl", "csv", "warc")
Item = tuple[str, Document | InputError]


def detect_format(path: Path, settings: IngestSettings) -> str | None:
    """The format a file's suffix names (``.gz`` looked through), or None."""
    suffix = Path(inner_name(path)).suffix.lower()
    for fmt, suffixes in (("text", settings.suffixes), ("html", settings.html_suffixes),
                          ("warc", settings.warc_suffixes), ("jsonl", settings.jsonl_suffixes),
                          ("csv", settings.csv_suffixes)):
        if suffix in {s.lower() for s in suffixes}:
            return fmt
    return None


def expand_inputs(paths: list[str], settings: IngestSettings,
                  fmt: str = "auto") -> Iterator[tuple[str, Path | InputError, str]]:
    """``(name, path, format)`` for each file; directories walked; errors yielded, not raised."""
    wanted = set(settings.walk_formats) if fmt == "auto" else {fmt}
    for raw in paths:
        path = Path(raw)
        if not path.exists() and not path.is_symlink():
            yield raw, MissingInputError(raw, "no such file or directory"), fmt
        elif path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    item = Path(root) / name
                    found = detect_format(item, settings)
                    if found in wanted:
                        yield str(item), item, found if fmt == "auto" else fmt
        else:
            yield raw, path, (detect_format(path, settings) or "text") if fmt == "auto" else fmt


def read_one(path: Path, name: str, fmt: str, settings: IngestSettings,
             published: str | None = None) -> Iterator[Item]:
    """The documents of one file (one for text and HTML, one per record for the others)."""
    if fmt == "jsonl":
        yield from iter_jsonl_documents(path, name, settings, published)
        return
    if fmt == "csv":
        yield from iter_csv_documents(path, name, settings, published)
        return
    if fmt == "warc":
        yield from iter_warc_documents(path, name, settings, published)
        return
    try:
        if path.is_dir():
            raise UnreadableInputError(name, "is a directory")
        data = read_limited(path, name, settings.max_bytes)
        if fmt == "html":
            yield name, html_to_document(data, source=name, settings=settings, published=published)
            return
        text = decode(data, name, settings.fallback_encodings)
        if not text.strip():
            raise EmptyInputError(name, "empty file (no text)")
        yield name, make_document(text, source=name, published=published)
    except InputError as exc:
        yield name, exc


def iter_documents(paths: list[str], settings: IngestSettings, fmt: str = "auto",
                   published: str | None = None) -> Iterator[Item]:
    """Documents from every input, in order; a bad input or record yields its error and the rest go on."""
    for name, item, found in expand_inputs(paths, settings, fmt):
        if isinstance(item, InputError):
            yield name, item
            continue
        yield from read_one(item, name, found, settings, published)
