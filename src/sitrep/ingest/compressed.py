"""Opening inputs that may be gzip-compressed, with size limits that also hold after decompression."""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path
from typing import BinaryIO

from ..errors import (
    CorruptInputError,
    InputError,
    MissingInputError,
    TooLargeError,
    UnreadableInputError,
)

GZIP_ERRORS: tuple[type[BaseException], ...] = (EOFError, gzip.BadGzipFile, zlib.error)


def is_gzip(path: Path) -> bool:
    return path.suffix.lower() == ".gz"


def inner_name(path: Path) -> str:
    """The file name without a final ``.gz``."""
    return path.name[:-3] if is_gzip(path) else path.name


def open_binary(path: Path, name: str) -> BinaryIO:
    """Open a file for reading bytes, transparently decompressing ``.gz``."""
    try:
        if is_gzip(path):
            return gzip.open(path, "rb")  # type: ignore[return-value]
        return path.open("rb")
    except PermissionError:
        raise UnreadableInputError(name, "permission denied") from None
    except IsADirectoryError:
        raise UnreadableInputError(name, "is a directory") from None
    except FileNotFoundError:
        if path.is_symlink():
            raise UnreadableInputError(name, "broken symbolic link") from None
        raise MissingInputError(name, "no such file or directory") from None
    except OSError as exc:
        raise UnreadableInputError(name, exc.strerror or str(exc)) from None


def gzip_error(name: str, exc: BaseException) -> CorruptInputError:
    detail = str(exc) or exc.__class__.__name__
    return CorruptInputError(name, f"truncated or corrupt gzip data ({detail})")


def read_limited(path: Path, name: str, max_bytes: int) -> bytes:
    """All bytes of a (possibly gzipped) file, refusing more than ``max_bytes`` of content."""
    if not is_gzip(path):
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        if size > max_bytes:
            raise TooLargeError(name, f"{size:,} bytes is over the {max_bytes:,}-byte limit (ingest.max_bytes)")
    fh = open_binary(path, name)
    try:
        with fh:
            data = fh.read(max_bytes + 1)
    except InputError:
        raise
    except GZIP_ERRORS as exc:
        raise gzip_error(name, exc) from None
    except OSError as exc:
        raise UnreadableInputError(name, exc.strerror or str(exc)) from None
    if len(data) > max_bytes:
        raise TooLargeError(name, f"decompressed content is over the {max_bytes:,}-byte limit (ingest.max_bytes)")
    return data
