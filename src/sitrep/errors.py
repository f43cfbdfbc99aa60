"""Every error sitrep raises on purpose.

    SitrepError                 base; interfaces print ``str(error)`` as one line
    ├── ConfigError             a settings file or variable is invalid
    ├── InputError              one input could not be read (names the input and the reason)
    │   ├── MissingInputError       the path does not exist
    │   ├── UnreadableInputError    permission denied or an I/O failure
    │   ├── EmptyInputError         the file holds no text
    │   ├── BinaryInputError        the file is not text
    │   ├── EncodingError           the text is not valid in any accepted encoding
    │   └── TooLargeError           the file exceeds ``ingest.max_bytes``
    ├── ExtractionError         an extractor backend failed on a document
    ├── GazetteerError          the place index could not be built or opened
    └── StoreError              the database could not be opened, migrated or written
        └── NotFoundError           a record id that the store does not hold

The library raises these; the CLI turns each into ``sitrep: error: <message>``
and carries on with the rest of a batch where that makes sense.
"""

from __future__ import annotations


def one_line(text: str) -> str:
    """Text made safe for a one-line message: control characters escaped, only the first line kept
    when it is a library's multi-line report."""
    return "".join(ch if ch >= " " or ch == "\t" else repr(ch)[1:-1] for ch in text)


class SitrepError(Exception):
    """Base of every error sitrep raises deliberately."""


class ConfigError(SitrepError):
    """A settings file, key or environment variable is invalid."""


class InputError(SitrepError):
    """One input could not be turned into a document."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{one_line(source)}: {one_line(reason)}")
        self.source = source
        self.reason = reason


class MissingInputError(InputError):
    """The path does not exist."""


class UnreadableInputError(InputError):
    """The path exists but cannot be read."""


class EmptyInputError(InputError):
    """The file holds no text."""


class BinaryInputError(InputError):
    """The file is not text."""


class EncodingError(InputError):
    """The bytes are not valid text in an accepted encoding."""


class TooLargeError(InputError):
    """The file is larger than the configured limit."""


class ExtractionError(SitrepError):
    """An extractor backend failed on a document."""


class GazetteerError(SitrepError):
    """The place index could not be built or opened."""


class StoreError(SitrepError):
    """The database could not be opened, migrated or written."""


class NotFoundError(StoreError):
    """The store holds no record with that id."""
