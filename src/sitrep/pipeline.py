"""The stages joined: read -> segment -> extract -> store, one document at a time."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .clean import segment_document
from .config import Settings
from .errors import InputError, SitrepError
from .extract.registry import Extractor
from .ingest import expand_paths, read_document
from .records import Document, Extraction
from .store import Store


def run_extraction(doc: Document, extractor: Extractor) -> Extraction:
    """Segment (if needed) and extract one document."""
    if not doc.segments:
        doc = segment_document(doc)
    return extractor.extract(doc)


@dataclass(frozen=True)
class Outcome:
    """What happened to one input."""

    name: str
    status: str  # new | duplicate | error
    extraction: Extraction | None = None
    error: str | None = None


def extract_paths(paths: list[str], settings: Settings, extractor: Extractor,
                  published: str | None = None) -> Iterator[Outcome]:
    """Read and extract each input in order; a bad input yields an error outcome and the rest go on."""
    for name, item in expand_paths(paths, settings.ingest.suffixes):
        if isinstance(item, InputError):
            yield Outcome(name, "error", error=str(item))
            continue
        try:
            doc = read_document(Path(item), settings.ingest, published=published, source=name)
            yield Outcome(name, "new", run_extraction(doc, extractor))
        except SitrepError as exc:
            yield Outcome(name, "error", error=str(exc))


def ingest_paths(paths: list[str], settings: Settings, extractor: Extractor, store: Store,
                 published: str | None = None) -> Iterator[Outcome]:
    """Extract and store each input, one transaction per document, skipping ones already stored."""
    for outcome in extract_paths(paths, settings, extractor, published):
        if outcome.extraction is None:
            yield outcome
            continue
        try:
            added = store.add(outcome.extraction)
        except SitrepError as exc:
            yield Outcome(outcome.name, "error", error=str(exc))
            continue
        yield Outcome(outcome.name, "new" if added else "duplicate", outcome.extraction)
