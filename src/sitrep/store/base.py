"""The store interface every backend implements."""

from __future__ import annotations

import abc
from dataclasses import dataclass

from ..records import Document, Extraction, Incident, Statement, Statistic


@dataclass(frozen=True)
class IncidentFilter:
    since: str | None = None
    until: str | None = None
    country: str | None = None  # ISO alpha-2 or country name
    admin1: str | None = None
    type: str | None = None  # matches event_type, sub_event_type or attack_type
    limit: int | None = None


class Store(abc.ABC):
    """Documents and extractions, written one document per transaction."""

    target: str = ""  # where the data lives (a path or a database URL), for messages

    @abc.abstractmethod
    def has_document(self, doc_id: str) -> bool: ...

    @abc.abstractmethod
    def add(self, extraction: Extraction) -> bool:
        """Store a document with everything extracted from it, atomically.
        Returns False (and changes nothing) when the document is already stored."""

    @abc.abstractmethod
    def incidents(self, flt: IncidentFilter | None = None) -> list[Incident]: ...

    @abc.abstractmethod
    def incident(self, incident_id: str) -> Incident:
        """One incident by id (a unique prefix is enough); raises NotFoundError."""

    @abc.abstractmethod
    def document(self, doc_id: str) -> Document: ...

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
