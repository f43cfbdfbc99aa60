"""The sample article end to end, its rewrites with other names and numbers, and our variants."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import FIXTURES, SHARED
from sitrep.resolve.gazetteer import name_key

SAMPLE = SHARED / "samples" / "china-pakistan-counterterrorism.txt"
needs_sample = pytest.mark.skipif(not SAMPLE.exists(), reason="../shared/samples is not beside the checkout")


def _stats(ex):  # type: ignore[no-untyped-def]
    return {(s.measure, s.period_start, s.period_end): s for s in ex.statistics}


@needs_sample
def test_sample_article(run) -> None:  # type: ignore[no-untyped-def]
    ex = run(SAMPLE.read_text(encoding="utf-8"))
    assert ex.document.reference_date == "2024-11-09"
    incs = sorted(ex.incidents, key=lambda i: i.date or "")
    assert len(incs) == 2
    karachi, quetta = incs
    assert karachi.date == "2024-10-06"
    assert karachi.location.city == "Karachi" and karachi.location.admin1 == "Sindh"
    assert karachi.location.country_code == "PK"
    assert karachi.location.name == "Jinnah International Airport" and karachi.location.precision == "near"
    assert (karachi.event_type, karachi.sub_event_type) == ("Explosions/Remote violence", "Suicide bomb")
    assert karachi.attack_type == "Bombing/Explosion" and karachi.suicide is True
    assert (karachi.fatalities.best, karachi.fatalities.low, karachi.fatalities.high) == (2, 2, 2)
    assert karachi.target.nationality == "Chinese"
    assert karachi.perpetrator.name == "Balochistan Liberation Army" and karachi.perpetrator.claimed is True
    assert quetta.date == "2024-11-09"
    assert quetta.location.city == "Quetta" and quetta.location.admin1 == "Balochistan"
    assert quetta.attack_type == "Bombing/Explosion" and quetta.suicide is False
    assert (quetta.fatalities.best, quetta.fatalities.low, quetta.fatalities.high) == (26, 26, None)
    assert quetta.injuries.best is None and quetta.injuries.low == 24
    assert quetta.perpetrator.name is None and quetta.perpetrator.claimed is False  # no claim stated

    (st,) = ex.statements
    assert (st.speaker, st.role, st.organization) == ("Lin Jian", "spokesperson", "Chinese Foreign Ministry")
    assert (st.date, st.location) == ("2024-11-11", "Beijing")
    assert "continue to support Pakistan" in st.text

    stats = _stats(ex)
    assert len(ex.statistics) == 4
    period = ("2024-01-01", "2024-10-31")
    assert stats[("attacks", *period)].value == 785
    assert stats[("deaths", *period)].value == 951
    assert stats[("injuries", *period)].value == 966
    october = stats[("deaths", "2024-10-01", "2024-10-31")]
    assert october.value == 198
    assert october.breakdown == {"militants": 98, "security_forces": 62, "civilians": 38}
    assert all(s.source == "Pakistan Institute for Conflict and Security Studies" for s in ex.statistics)
    assert all(s.region == "Pakistan" for s in ex.statistics)


@needs_sample
def test_nothing_comes_from_the_debris(run) -> None:  # type: ignore[no-untyped-def]
    ex = run(SAMPLE.read_text(encoding="utf-8"))
    text = ex.document.text
    tail = text.index("How might the evolving")
    kinds = {s.kind for s in ex.document.segments if s.start >= tail}
    assert kinds <= {"commentary", "boilerplate", "tags"}
    for inc in ex.incidents:
        assert all(e.start < tail for e in inc.evidence)
    blob = json.dumps([i.summary for i in ex.incidents] + [s.text for s in ex.statements])
    assert "Rahman" not in blob
    assert sum(1 for s in ex.document.segments if s.kind == "tags") == 1
    assert sum(1 for s in ex.document.segments if s.kind == "caption") == 1


REWRITES = [
    # (old, new) pairs applied to the sample: other places, groups, numbers, dates and wording
    {
        "Jinnah International Airport in Karachi": "Bacha Khan International Airport in Peshawar",
        "Balochistan Liberation Army (BLA)": "Tehrik-i-Taliban Pakistan (TTP)",
        "October 6 2024": "August 14 2024",
        "two Chinese nationals": "three Chinese engineers",
        "November 9 2024": "September 21 2024",
        "at least 26 people were killed": "at least 31 people lost their lives",
        "train station in the capital of Balochistan Province, Quetta": "bus terminal in Lahore",
        "Lin Jian": "Mao Ning",
        "785": "612", "951": "803", "966": "1,044",
        "October 2024 became": "August 2024 became",
        "first 10 months": "first 8 months",
        "98 terrorists, 62 security officers and 38 civilians": "71 terrorists, 40 security officers and 22 civilians",
        "198 people": "133 people",
        "Monday (11/11)": "Monday (23/9)",
    },
]


@needs_sample
@pytest.mark.parametrize("subs", REWRITES)
def test_output_follows_a_rewritten_sample(run, subs) -> None:  # type: ignore[no-untyped-def]
    text = SAMPLE.read_text(encoding="utf-8")
    for old, new in subs.items():
        assert old in text, old
        text = text.replace(old, new)
    ex = run(text)
    incs = sorted(ex.incidents, key=lambda i: i.date or "")
    assert [(i.date, i.location.city) for i in incs] == [("2024-08-14", "Peshawar"), ("2024-09-21", "Lahore")]
    assert incs[0].perpetrator.name == "Tehrik-i-Taliban Pakistan" and incs[0].perpetrator.claimed is True
    assert incs[0].fatalities.best == 3 and incs[0].location.admin1 == "Khyber Pakhtunkhwa"
    assert incs[1].fatalities.best == 31 and incs[1].location.admin1 == "Punjab"
    (st,) = ex.statements
    assert st.speaker == "Mao Ning" and st.date == "2024-09-23"
    stats = _stats(ex)
    assert stats[("attacks", "2024-01-01", "2024-08-31")].value == 612
    assert stats[("injuries", "2024-01-01", "2024-08-31")].value == 1044
    assert stats[("deaths", "2024-08-01", "2024-08-31")].breakdown == {
        "militants": 71, "security_forces": 40, "civilians": 22}


VARIANTS = sorted((FIXTURES / "variants").glob("*.expected.json"))


@pytest.mark.parametrize("expected_path", VARIANTS, ids=lambda p: p.name.split(".")[0])
def test_variant(run, expected_path: Path) -> None:  # type: ignore[no-untyped-def]
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    text = expected_path.with_name(expected_path.name.replace(".expected.json", ".txt")).read_text(encoding="utf-8")
    ex = run(text, published=expected.get("published"))
    got = sorted(ex.incidents, key=lambda i: i.date or "")
    want = sorted(expected["incidents"], key=lambda i: i["date"] or "")
    assert [(i.date, name_key(i.location.city or "")) for i in got] == [(w["date"], name_key(w["city"])) for w in want]
    for g, w in zip(got, want, strict=True):
        assert g.location.country_code == w["country_code"]
        assert g.attack_type == w["attack_type"]
        assert g.suicide == w["suicide"]
        assert g.fatalities.best == w["fatalities_best"]
        assert g.fatalities.low == w["fatalities_low"]
        if w.get("nationality"):
            assert g.target.nationality == w["nationality"]
    speakers = [s.speaker for s in ex.statements]
    assert speakers == [s["speaker"] for s in expected["statements"]]
    assert [s.date for s in ex.statements] == [s["date"] for s in expected["statements"]]
    got_stats = {(s.measure, s.period_start, s.period_end, s.value) for s in ex.statistics}
    want_stats = {(s["measure"], s["period_start"], s["period_end"], s["value"]) for s in expected["statistics"]}
    assert got_stats == want_stats
    blob = json.dumps([i.summary for i in ex.incidents] + [s.text for s in ex.statements] +
                      [e.text for i in ex.incidents for e in i.evidence])
    for banned in expected.get("must_not_appear", []):
        assert not re.search(re.escape(banned), blob), banned
