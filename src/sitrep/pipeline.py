"""The stages joined: read -> segment -> extract -> store, one document at a time."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .clean import segment_document
from .clean.dedup import signature
from .config import Settings
from .errors import InputError, SitrepError, StoreError
from .extract.registry import Extractor
from .ingest.sources import iter_documents
from .records import Document, Extraction, Incident
from .store import IncidentFilter, SourceRecord, Store


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
    kind: str | None = None  # duplicates: exact | near; errors: a short label of the reason
    document_id: str | None = None  # the stored document (for a duplicate: the canonical one)
    similarity: float | None = None
    note: str | None = None


_LABELS = {
    "MissingInputError": "missing", "UnreadableInputError": "unreadable", "EmptyInputError": "empty",
    "BinaryInputError": "binary", "EncodingError": "encoding", "TooLargeError": "too large",
    "CorruptInputError": "corrupt", "NoTextError": "no article text", "InputError": "invalid record",
    "StoreError": "store", "ExtractionError": "extraction failed",
}


def error_label(exc: BaseException) -> str:
    """A short, stable label for a refusal (used to group reasons in summaries)."""
    for cls in type(exc).__mro__:
        if cls.__name__ in _LABELS:
            return _LABELS[cls.__name__]
    return "error"


def extract_paths(paths: list[str], settings: Settings, extractor: Extractor,
                  published: str | None = None, fmt: str = "auto") -> Iterator[Outcome]:
    """Read and extract each input in order; a bad input yields an error outcome and the rest go on."""
    for name, item in iter_documents(paths, settings.ingest, fmt, published):
        if isinstance(item, InputError):
            yield Outcome(name, "error", error=str(item), kind=error_label(item))
            continue
        try:
            yield Outcome(name, "new", run_extraction(item, extractor))
        except SitrepError as exc:
            yield Outcome(name, "error", error=str(exc), kind=error_label(exc))


def _source(doc: Document, relation: str, similarity: float | None = None) -> SourceRecord:
    return SourceRecord(source=doc.source or doc.id, content_id=doc.id, relation=relation, url=doc.url,
                        title=doc.title, outlet=doc.outlet, author=doc.author, published=doc.published,
                        similarity=similarity)


def store_document(doc: Document, settings: Settings, extractor: Extractor, store: Store,
                   name: str | None = None) -> Outcome:
    """Store one document: an exact or near copy of a stored one is linked to it as a further source;
    a new one is segmented, extracted (when its language is one of ``ingest.extract_languages``) and
    stored with its signature, all in one transaction."""
    name = name or doc.source or doc.id
    known = doc.id if store.has_document(doc.id) else store.document_for_content(doc.id)
    if known is not None:
        store.add_source(known, _source(doc, "exact", 1.0))
        return Outcome(name, "duplicate", kind="exact", document_id=known, similarity=1.0)
    values: bytes | None = None
    bands: tuple[str, ...] = ()
    if settings.dedup.near_duplicates:
        sig = signature(doc.text, num_perm=settings.dedup.num_perm, shingle_words=settings.dedup.shingle_words,
                        threshold=settings.dedup.threshold)
        values, bands = sig.values, sig.bands
        near = store.near_duplicate(sig.values, sig.bands, settings.dedup.threshold, sig.similarity)
    else:
        near = None
    segmented = doc if doc.segments else segment_document(doc)
    note = None
    if segmented.language is None or segmented.language in settings.ingest.extract_languages:
        extraction = extractor.extract(segmented)
    else:
        extraction = Extraction(segmented)
        note = f"not extracted (language {segmented.language})"
    if near is not None:
        if _same_facts(extraction.incidents, store.incidents(IncidentFilter(document_id=near[0]))):
            store.add_source(near[0], _source(doc, "near", round(near[1], 4)))
            return Outcome(name, "duplicate", kind="near", document_id=near[0], similarity=near[1])
        # a later version of a wire story with new figures (26 killed, later 32) is kept as a
        # document of its own, so that merging across reports records the revision
        note = f"update of {near[0][:12]} (similarity {near[1]:.2f}): figures differ"
    added = store.add(extraction, source=_source(doc, "original"), signature=values, bands=bands)
    if not added:
        return Outcome(name, "duplicate", kind="exact", document_id=doc.id, similarity=1.0)
    return Outcome(name, "new", extraction, document_id=doc.id, note=note)


def _facts(incidents: Sequence[Incident]) -> list[tuple[object, ...]]:
    return sorted((i.date or "", i.fatalities.low, i.fatalities.best, i.fatalities.high,
                   i.injuries.low, i.injuries.best, i.injuries.high) for i in incidents)


def _same_facts(new: Sequence[Incident], known: Sequence[Incident]) -> bool:
    """Whether a near copy tells the same dates and tolls as the stored document."""
    return _facts(new) == _facts(known)


def record_rejection(store: Store, settings: Settings, name: str, exc: SitrepError) -> None:
    """Log a refused input in the store and, when ``ingest.rejection_log`` is set, in that file."""
    reason = getattr(exc, "reason", None) or str(exc)
    store.reject(name, type(exc).__name__, reason)
    if settings.ingest.rejection_log:
        from datetime import UTC, datetime

        line = f"{datetime.now(UTC).isoformat(timespec='seconds')}\t{error_label(exc)}\t{exc}\n"
        with open(Path(settings.ingest.rejection_log).expanduser(), "a", encoding="utf-8") as fh:
            fh.write(line)


def ingest_documents(items: Iterable[tuple[str, Document | InputError]], settings: Settings,
                     extractor: Extractor, store: Store) -> Iterator[Outcome]:
    """Store each ``(name, document or error)``; errors are logged as rejections and the rest go on."""
    for name, item in items:
        if isinstance(item, InputError):
            record_rejection(store, settings, name, item)
            yield Outcome(name, "error", error=str(item), kind=error_label(item))
            continue
        try:
            yield store_document(item, settings, extractor, store, name)
        except StoreError:
            raise
        except SitrepError as exc:
            record_rejection(store, settings, name, exc)
            yield Outcome(name, "error", error=str(exc), kind=error_label(exc))


def ingest_paths(paths: list[str], settings: Settings, extractor: Extractor, store: Store,
                 published: str | None = None, fmt: str = "auto") -> Iterator[Outcome]:
    """Read every input in its format, then store each document, one transaction per document,
    linking exact and near copies of stored documents instead of storing them again."""
    yield from ingest_documents(iter_documents(paths, settings.ingest, fmt, published), settings, extractor, store)


@dataclass
class Summary:
    """Counts of one ingest run, with the rejections grouped by reason."""

    read: int = 0
    new: int = 0
    exact: int = 0
    near: int = 0
    rejected: int = 0
    reasons: dict[str, int] = field(default_factory=dict)

    def add(self, outcome: Outcome) -> None:
        self.read += 1
        if outcome.status == "new":
            self.new += 1
        elif outcome.status == "duplicate":
            if outcome.kind == "near":
                self.near += 1
            else:
                self.exact += 1
        else:
            self.rejected += 1
            label = outcome.kind or "error"
            self.reasons[label] = self.reasons.get(label, 0) + 1

    def line(self) -> str:
        text = (f"read {self.read}, new {self.new}, duplicate {self.exact + self.near} "
                f"(exact {self.exact}, near {self.near}), rejected {self.rejected}")
        if self.reasons:
            text += " (" + ", ".join(f"{k} {v}" for k, v in sorted(self.reasons.items())) + ")"
        return text
