"""Plain-text files and JSONL records to documents, with a clear reason for every refusal."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..config import IngestSettings
from ..errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputError,
    MissingInputError,
    TooLargeError,
    UnreadableInputError,
)
from ..records import Document, content_hash
from .compressed import read_limited

_SNIFF = 8192


def expand_paths(
    paths: list[str], suffixes: tuple[str, ...]
) -> Iterator[tuple[str, Path | InputError]]:
    """Yield ``(name, path)`` for each file, walking directories; errors are yielded, not raised."""
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            yield raw, MissingInputError(raw, "no such file or directory")
        elif path.is_dir():
            found = []
            for root, dirs, files in os.walk(path, onerror=None):
                dirs.sort()
                for name in sorted(files):
                    if Path(name).suffix.lower() in suffixes:
                        found.append(Path(root) / name)
            for item in found:
                yield str(item), item
        else:
            yield raw, path


def decode(data: bytes, source: str, fallback: tuple[str, ...] = ()) -> str:
    """Bytes to text: UTF-8 (BOM allowed), then each fallback encoding; binary is refused."""
    head = data[:_SNIFF]
    if b"\x00" in head:
        raise BinaryInputError(source, "binary data (NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        for enc in fallback:
            try:
                text = data.decode(enc)
                break
            except (UnicodeDecodeError, LookupError):
                continue
        else:
            raise EncodingError(
                source, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
            ) from None
    controls = sum(1 for ch in text[:_SNIFF] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(8, len(text[:_SNIFF]) // 20):
        raise BinaryInputError(source, "binary data (control characters), not text")
    return text


_NAV = re.compile(r"^(?:menu|search|sign in|log ?in|subscribe|home|skip to)\b|\s(?:\||·|•)\s.*\s(?:\||·|•)\s|^\[|"
                  r"\[[^\]]{1,30}\]|\bcookies?\b", re.I)


def guess_title(text: str) -> str | None:
    """The first line that reads like a headline: short, no final full stop, not navigation."""
    for line in text.splitlines()[:12]:
        line = line.strip()
        if not line:
            continue
        if _NAV.search(line) or (line.isupper() and len(line.split()) <= 3):
            continue
        if re.match(r"^(?:by|posted|published|updated)\b", line, re.I):
            continue
        if len(line) <= 200 and len(line.split()) >= 3 and not line.endswith((".", ",", ";")):
            return line
        return None
    return None


def make_document(
    text: str,
    *,
    source: str | None = None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    published: str | None = None,
    doc_id: str | None = None,
) -> Document:
    """A document with normalised newlines; its id is the content hash unless given."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Document(
        id=doc_id or content_hash(text),
        text=text,
        title=title or guess_title(text),
        url=url,
        outlet=outlet,
        published=published,
        language=None,
        source=source,
    )


def read_document(
    path: Path, settings: IngestSettings, *, published: str | None = None, source: str | None = None
) -> Document:
    """Read one text file into a document or raise an :class:`InputError` naming it."""
    name = source or str(path)
    data = read_limited(path, name, settings.max_bytes)
    text = decode(data, name, settings.fallback_encodings)
    if not text.strip():
        raise EmptyInputError(name, "empty file (no text)")
    return make_document(text, source=name, published=published)


def parse_json_object(line: str, where: str) -> dict[str, Any] | InputError:
    """One JSONL line as an object, or the one-line reason it is not one."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError(where, f"invalid JSON ({exc.msg})")
    except RecursionError:
        return InputError(where, "invalid JSON (nested too deeply)")
    if not isinstance(obj, dict):
        return InputError(where, "expected a JSON object")
    return obj


def record_field(obj: dict[str, Any], name: str, aliases: tuple[str, ...]) -> str:
    """The configured field's name, or the first alias the record has (matched without case) when
    it lacks that field."""
    if name in obj:
        return name
    lowered = {key.lower(): key for key in obj if isinstance(key, str)}
    for alias in (name, *aliases):
        if alias.lower() in lowered:
            return lowered[alias.lower()]
    return name


def iter_jsonl(
    path: Path | str, settings: IngestSettings
) -> Iterator[tuple[int, dict[str, object] | InputError, object]]:
    """Yield ``(line_number, record, id)`` for each line of a JSONL file; a bad line yields an error
    in place of the record (and its id when the line parsed far enough to have one)."""
    name = str(path)
    if name == "-":
        import sys

        lines: Iterator[str] = iter(sys.stdin)
    else:
        p = Path(path)
        if not p.exists():
            raise MissingInputError(name, "no such file")
        if p.is_dir():
            raise UnreadableInputError(name, "is a directory, not a JSONL file")
        try:
            lines = iter(p.read_text(encoding="utf-8-sig").splitlines())
        except PermissionError:
            raise UnreadableInputError(name, "permission denied") from None
        except OSError as exc:
            raise UnreadableInputError(name, exc.strerror or str(exc)) from None
        except UnicodeDecodeError as exc:
            raise EncodingError(name, f"not valid UTF-8 at offset {exc.start}") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        obj = parse_json_object(line, where)
        if isinstance(obj, InputError):
            yield number, obj, None
            continue
        field = record_field(obj, settings.text_field, settings.text_aliases)
        if not isinstance(obj.get(field), str) and any(isinstance(obj.get(f), str) for f in settings.html_fields):
            yield number, obj, obj.get("id")  # raw HTML: its text is extracted when it is read
            continue
        text = obj.get(field)
        if not isinstance(text, str):
            yield number, InputError(where, f'missing string field "{field}"'), obj.get("id")
            continue
        if not text.strip():
            yield number, EmptyInputError(where, "empty text"), obj.get("id")
            continue
        if len(text.encode("utf-8")) > settings.max_bytes:
            yield number, TooLargeError(where, "text is over the ingest.max_bytes limit"), obj.get("id")
            continue
        yield number, obj, obj.get("id")
