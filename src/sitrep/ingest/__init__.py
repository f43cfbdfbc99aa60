"""Reading inputs into :class:`~sitrep.records.Document` records."""

from .files import expand_paths, iter_jsonl, make_document, read_document

__all__ = ["expand_paths", "iter_jsonl", "make_document", "read_document"]
