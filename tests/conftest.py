"""Shared fixtures: settings, one extractor per session, paths to data beside the checkout."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.config import Settings, load_settings
from sitrep.extract import get_extractor
from sitrep.extract.registry import Extractor
from sitrep.ingest import make_document
from sitrep.pipeline import run_extraction
from sitrep.records import Extraction, Incident

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def settings() -> Settings:
    return load_settings(env={})


@pytest.fixture(scope="session")
def extractor(settings: Settings) -> Extractor:
    return get_extractor(settings)


@pytest.fixture(scope="session")
def run(extractor: Extractor):  # type: ignore[no-untyped-def]
    """Extract from a text: ``run(text, published=None)``."""

    def _run(text: str, published: str | None = None) -> Extraction:
        return run_extraction(make_document(text, published=published), extractor)

    return _run


def only(ex: Extraction) -> Incident:
    """The one incident a test report tells (the summaries of all, when there are more or none)."""
    assert len(ex.incidents) == 1, [i.summary for i in ex.incidents]
    return ex.incidents[0]
