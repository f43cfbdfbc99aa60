"""Every error sitrep raises on purpose.

    SitrepError                 base; interfaces print ``str(error)`` as one line
    ├── ConfigError             a settings file or variable is invalid
    ├── InputError              one input could not be read (names the input and the reason)
    │   ├── MissingInputError       the path does not exist
    │   ├── UnreadableInputError    permission denied or an I/O failure
    │   ├── EmptyInputError         the file holds no text
    │   ├── BinaryInputError        the file is not text
    │   ├── EncodingError           the text is not valid in any accepted encoding
    │   ├── TooLargeError           the file exceeds ``ingest.max_bytes``
    │   ├── CorruptInputError       a container is damaged (truncated gzip, a WARC record that lies)
    │   └── NoTextError             a page or record holds no main text to keep
    ├── FetchError              a network fetch failed (names the URL and the reason)
    │   ├── BlockedAddressError     the host resolves to a private, loopback or link-local address
    │   ├── RobotsDisallowedError   robots.txt forbids the URL to our user agent
    │   └── TooManyRedirectsError   more redirects than ``fetch.max_redirects``
    ├── MissingDependencyError  an optional package is not installed (says what to install)
    ├── ExtractionError         an extractor backend failed on a document
    ├── GazetteerError          the place index could not be built or opened
    ├── AnalysisError           a report, export, import or trend could not be made (bad period, bad file)
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


class CorruptInputError(InputError):
    """A compressed file or archive is damaged: truncated, or a record's length does not hold."""


class NoTextError(InputError):
    """A page or record holds no main text worth keeping."""


class FetchError(SitrepError):
    """A network fetch failed; the message names the URL and the reason."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{one_line(url)}: {one_line(reason)}")
        self.url = url
        self.reason = reason


class BlockedAddressError(FetchError):
    """The host resolves to a private, loopback, link-local or otherwise non-public address."""


class RobotsDisallowedError(FetchError):
    """robots.txt forbids this URL to sitrep's user agent."""


class TooManyRedirectsError(FetchError):
    """The URL redirects more times than ``fetch.max_redirects`` allows."""


class MissingDependencyError(SitrepError):
    """An optional package is not installed; the message says how to install it."""


class ExtractionError(SitrepError):
    """An extractor backend failed on a document."""


class GazetteerError(SitrepError):
    """The place index could not be built or opened."""


class AnalysisError(SitrepError):
    """A report, export, import or trend could not be made from the given arguments or file."""


class StoreError(SitrepError):
    """The database could not be opened, migrated or written."""


class NotFoundError(StoreError):
    """The store holds no record with that id."""
