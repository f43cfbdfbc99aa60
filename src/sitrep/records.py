"""Typed, immutable records that flow through the pipeline.

Offsets (``start``, ``end``) always index into :attr:`Document.text`, so every
extracted value can be shown in the sentence it came from.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

SegmentKind = Literal["title", "reporting", "commentary", "caption", "tags", "boilerplate"]
DatePrecision = Literal["day", "week", "month", "year"]
LocationPrecision = Literal["exact", "near", "city", "district", "province", "country"]

SEGMENT_KINDS: tuple[str, ...] = ("title", "reporting", "commentary", "caption", "tags", "boilerplate")


@dataclass(frozen=True, slots=True)
class Segment:
    """A span of a document with a kind and the reason it got that kind."""

    kind: SegmentKind
    start: int
    end: int
    reason: str


@dataclass(frozen=True, slots=True)
class Evidence:
    """A quoted span of the document that backs one field of a record."""

    field: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Document:
    """One input text and what is known about where it came from."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    language: str | None = None
    source: str | None = None
    segments: tuple[Segment, ...] = ()
    reference_date: str | None = None
    author: str | None = None

    def reporting_spans(self) -> list[tuple[int, int]]:
        return [(s.start, s.end) for s in self.segments if s.kind == "reporting"]

    def in_reporting(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.reporting_spans())


@dataclass(frozen=True, slots=True)
class Location:
    name: str | None = None
    city: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    country: str | None = None
    country_code: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: LocationPrecision | None = None


@dataclass(frozen=True, slots=True)
class Perpetrator:
    name: str | None = None
    claimed: bool | None = None


@dataclass(frozen=True, slots=True)
class Target:
    type: str | None = None
    description: str | None = None
    nationality: str | None = None


@dataclass(frozen=True, slots=True)
class Fatalities:
    best: int | None = None
    low: int | None = None
    high: int | None = None
    civilians: int | None = None
    security_forces: int | None = None
    militants: int | None = None


@dataclass(frozen=True, slots=True)
class Injuries:
    best: int | None = None
    low: int | None = None
    high: int | None = None


@dataclass(frozen=True, slots=True)
class Incident:
    """One real-world violent event as one document reports it."""

    id: str
    document_id: str
    date: str | None = None
    date_precision: DatePrecision | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    attack_type: str | None = None
    suicide: bool = False
    location: Location = field(default_factory=Location)
    perpetrator: Perpetrator = field(default_factory=Perpetrator)
    target: Target = field(default_factory=Target)
    fatalities: Fatalities = field(default_factory=Fatalities)
    injuries: Injuries = field(default_factory=Injuries)
    kidnapped: Injuries = field(default_factory=Injuries)  # people abducted or taken hostage: the same low/best/high
    background: bool = False
    summary: str | None = None
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class Statement:
    """An official's statement: who said what, where and when (not an incident)."""

    speaker: str | None
    role: str | None
    organization: str | None
    date: str | None
    location: str | None
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Statistic:
    """A published aggregate figure (never counted as events)."""

    measure: str
    value: int
    period_start: str | None
    period_end: str | None
    region: str | None
    breakdown: dict[str, int] | None
    source: str | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one document."""

    document: Document
    incidents: tuple[Incident, ...] = ()
    statements: tuple[Statement, ...] = ()
    statistics: tuple[Statistic, ...] = ()


def content_hash(text: str) -> str:
    """Stable id of a text: SHA-256 of its whitespace-normalised form."""
    norm = " ".join(text.split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def to_dict(record: Any) -> Any:
    """Plain JSON-ready form of any record (tuples become lists)."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, list | tuple):
        return [to_dict(r) for r in record]
    if isinstance(record, dict):
        return {k: to_dict(v) for k, v in record.items()}
    return record


def _build(cls: Any, data: dict[str, Any]) -> Any:
    names = {f.name for f in dataclasses.fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in names})


def document_from_dict(data: dict[str, Any]) -> Document:
    segs = tuple(_build(Segment, s) for s in data.get("segments") or ())
    return _build(Document, {**data, "segments": segs})


def incident_from_dict(data: dict[str, Any]) -> Incident:
    return _build(
        Incident,
        {
            **data,
            "location": _build(Location, data.get("location") or {}),
            "perpetrator": _build(Perpetrator, data.get("perpetrator") or {}),
            "target": _build(Target, data.get("target") or {}),
            "fatalities": _build(Fatalities, data.get("fatalities") or {}),
            "injuries": _build(Injuries, data.get("injuries") or {}),
            "kidnapped": _build(Injuries, data.get("kidnapped") or {}),
            "evidence": tuple(_build(Evidence, e) for e in data.get("evidence") or ()),
        },
    )


def statement_from_dict(data: dict[str, Any]) -> Statement:
    return _build(Statement, data)


def statistic_from_dict(data: dict[str, Any]) -> Statistic:
    return _build(Statistic, data)


def extraction_to_dict(extraction: Extraction) -> dict[str, Any]:
    return {
        "document": to_dict(extraction.document),
        "incidents": to_dict(extraction.incidents),
        "statements": to_dict(extraction.statements),
        "statistics": to_dict(extraction.statistics),
    }
