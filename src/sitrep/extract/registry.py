"""Extractor backends, registered in one place and chosen by name in config (``extract.backend``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from ..config import Settings
from ..errors import ConfigError
from ..records import Document, Extraction


class Extractor(Protocol):
    """What every backend provides: one segmented document in, one extraction out."""

    name: str

    def extract(self, doc: Document) -> Extraction: ...


def _rules(settings: Settings) -> Extractor:
    from .rules import RuleExtractor

    return RuleExtractor(settings)


def _llm(settings: Settings) -> Extractor:
    from .llm import LLMExtractor

    return LLMExtractor(settings)


BACKENDS: dict[str, Callable[[Settings], Extractor]] = {"rules": _rules, "llm": _llm}


def available_backends() -> list[str]:
    return sorted(BACKENDS)


def get_extractor(settings: Settings) -> Extractor:
    """The backend named by ``settings.extract.backend``, built once per run (models load here)."""
    name = settings.extract.backend
    try:
        factory = BACKENDS[name]
    except KeyError:
        raise ConfigError(
            f"extract.backend={name!r} is not a known backend (choose from {', '.join(available_backends())})"
        ) from None
    return factory(settings)
