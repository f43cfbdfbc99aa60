"""Extraction: incidents, statements and statistics from a segmented document."""

from .registry import available_backends, get_extractor

__all__ = ["available_backends", "get_extractor"]
