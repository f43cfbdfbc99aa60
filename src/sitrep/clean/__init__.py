"""Cleaning: page furniture and appended non-reporting text separated from the reporting."""

from .segment import segment_document
from .text import Sentence, sentences

__all__ = ["Sentence", "segment_document", "sentences"]
