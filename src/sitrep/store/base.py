"""The store interface every backend implements."""

from __future__ import annotations

import abc
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..records import Document, Extraction, Incident, Statement, Statistic


@dataclass(frozen=True)
class SourceRecord:
    """Where one copy of a document came from; several copies can point at one document."""

    source: str
    content_id: str  # hash of this copy's own text
    relation: str = "original"  # original | exact | near
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    similarity: float | None = None
    document_id: str | None = None
    added_at: str | None = None


@dataclass(frozen=True)
class Feed:
    id: int
    url: str
    title: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    added_at: str | None = None
    polled_at: str | None = None
    status: str | None = None


@dataclass(frozen=True)
class Rejection:
    source: str
    kind: str
    reason: str
    count: int
    first_at: str
    last_at: str


@dataclass(frozen=True)
class IncidentFilter:
    since: str | None = None
    until: str | None = None
    country: str | None = None  # ISO alpha-2 or country name
    admin1: str | None = None
    type: str | None = None  # matches event_type, sub_event_type or attack_type
    limit: int | None = None
    document_id: str | None = None  # only the incidents extracted from this document


class Store(abc.ABC):
    """Documents and extractions, written one document per transaction."""

    target: str = ""  # where the data lives (a path or a database URL), for messages

    @abc.abstractmethod
    def has_document(self, doc_id: str) -> bool: ...

    @abc.abstractmethod
    def add(self, extraction: Extraction, *, source: SourceRecord | None = None,
            signature: bytes | None = None, bands: tuple[str, ...] = ()) -> bool:
        """Store a document with everything extracted from it, its source record and its
        near-duplicate signature, atomically. Returns False (and changes nothing) when the
        document is already stored."""

    @abc.abstractmethod
    def add_source(self, document_id: str, source: SourceRecord) -> bool:
        """Link one more copy to a stored document; False when that source is already linked."""

    @abc.abstractmethod
    def sources(self, document_id: str) -> list[SourceRecord]: ...

    @abc.abstractmethod
    def document_for_content(self, content_id: str) -> str | None:
        """The stored document that a copy with this content hash is linked to, if any."""

    @abc.abstractmethod
    def near_duplicate(self, values: bytes, bands: tuple[str, ...], threshold: float,
                       similarity: Callable[[bytes], float]) -> tuple[str, float] | None:
        """The stored document whose signature shares a band and is most similar (at least
        ``threshold``), with that similarity; None when there is none."""

    @abc.abstractmethod
    def reject(self, source: str, kind: str, reason: str) -> None:
        """Log a refused input (counted once per source and reason)."""

    @abc.abstractmethod
    def rejections(self) -> list[Rejection]: ...

    @abc.abstractmethod
    def add_feed(self, url: str) -> tuple[Feed, bool]:
        """Subscribe to a feed; returns the feed and whether it is new."""

    @abc.abstractmethod
    def feeds(self) -> list[Feed]: ...

    @abc.abstractmethod
    def update_feed(self, feed_id: int, *, title: str | None = None, etag: str | None = None,
                    last_modified: str | None = None, status: str | None = None) -> None: ...

    @abc.abstractmethod
    def item_seen(self, feed_id: int, item_key: str) -> bool: ...

    @abc.abstractmethod
    def mark_item(self, feed_id: int, item_key: str, url: str | None, status: str,
                  document_id: str | None) -> None: ...

    @abc.abstractmethod
    def feed_item_counts(self, feed_id: int) -> dict[str, int]: ...

    @abc.abstractmethod
    def add_incidents(self, document: Document, incidents: Sequence[Incident]) -> int:
        """Store incidents read back from an export, with their document, atomically.
        The document is written only when absent (an existing one, full text or stub, is kept);
        incidents whose id is already stored are skipped. Returns how many incidents were new."""

    @abc.abstractmethod
    def incidents(self, flt: IncidentFilter | None = None) -> list[Incident]: ...

    @abc.abstractmethod
    def incident(self, incident_id: str) -> Incident:
        """One incident by id (a unique prefix is enough); raises NotFoundError."""

    @abc.abstractmethod
    def document(self, doc_id: str) -> Document: ...

    @abc.abstractmethod
    def document_dates(self) -> dict[str, str | None]:
        """Each stored document's publication date, else the reference date inferred from its text."""

    @abc.abstractmethod
    def add_decision(self, kind: str, incident_a: str, incident_b: str | None = None) -> None:
        """Remember a user's ``merge`` of two incidents or ``split`` of one from its event."""

    @abc.abstractmethod
    def decisions(self) -> tuple[list[tuple[str, str]], list[str]]:
        """The forced merges (pairs) and splits (incident ids), later decisions winning."""

    @abc.abstractmethod
    def statements(self) -> list[Statement]: ...

    @abc.abstractmethod
    def statistics(self) -> list[Statistic]: ...

    @abc.abstractmethod
    def counts(self) -> dict[str, int]: ...

    @abc.abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
