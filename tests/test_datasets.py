"""The MUC-3/4 reader: texts and answer keys become documents with gold incidents (skips without ../shared)."""

from __future__ import annotations

import pytest

from conftest import SHARED
from sitrep.datasets import muc4

MUC = SHARED / "data" / "muc4-dev"
pytestmark = pytest.mark.skipif(not (MUC / "raw").is_dir(), reason="../shared/data/muc4-dev is absent")


def test_reads_both_test_sets_with_irrelevant_documents() -> None:
    docs = list(muc4(MUC))
    assert len(docs) == 200
    relevant = [d for d in docs if d.incidents]
    assert 80 <= len(relevant) <= 130  # about half the messages report no incident
    dated = [d for d in docs if d.published]
    assert len(dated) >= 180  # the dateline gives the day; some say "NO DATE"
    assert all(d.published.startswith(("1988", "1989", "1990", "1991")) for d in dated)  # type: ignore[union-attr]


def test_first_message_keys() -> None:
    first = next(muc4(MUC, splits=("tst1",)))
    assert first.id == "TST1-MUC3-0001"
    assert first.published == "1990-02-04"
    gold = first.incidents[0]
    assert gold["date"] == "1990-02-02" and gold["country_code"] == "GT"
    assert gold["attack_type"] == "Armed Assault"
    assert gold["claimed"] is True and gold["fatalities_best"] == 1


WIKI = SHARED / "data" / "wikievents-dev"


@pytest.mark.skipif(not (WIKI / "dev.jsonl").is_file(), reason="../shared/data/wikievents-dev is absent")
def test_wikievents_attack_sentences_point_into_the_text() -> None:
    from sitrep.datasets import wikievents

    docs = list(wikievents(WIKI))
    assert len(docs) == 20
    first = docs[0]
    assert first.attack_spans, "the first article reports an IED attack"
    s, e = first.attack_spans[0]
    assert 0 <= s < e <= len(first.text)


UCDP = SHARED / "data" / "ucdp-ged-pakistan"


@pytest.mark.skipif(not UCDP.is_dir(), reason="../shared/data/ucdp-ged-pakistan is absent")
def test_ucdp_rows_skip_the_tag_row() -> None:
    from sitrep.datasets import ucdp

    cases = list(ucdp(UCDP))
    assert len(cases) == 6416
    assert all(-90 <= c.lat <= 90 and 1 <= c.precision <= 7 for c in cases)


def test_scoring_reads_spellings_and_claims_as_a_coder_would() -> None:
    from sitrep.evaluation import _same

    assert _same("admin1", "Northwest", "North-West Province")  # one name, spelt with or without a space
    assert _same("admin1", "North Kivu", "Nord Kivu")  # the gazetteer's other name for it
    assert not _same("admin1", "Northwest", "Southwest Province")
    assert _same("claimed", None, False) and _same("claimed", False, None)  # nothing said of a claim is no claim
    assert not _same("claimed", True, False) and not _same("claimed", None, True)
    assert _same("date", "2025-02", "2025-02-01") and not _same("date", "2025-02", "2025-03-01")  # a month's key
