"""Segmentation by the shape of lines, on pages and texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import FIXTURES
from sitrep.clean import segment_document
from sitrep.ingest import make_document


def kinds(text: str) -> list[tuple[str, str]]:
    doc = segment_document(make_document(text))
    return [(s.kind, doc.text[s.start : s.end]) for s in doc.segments]


def reporting(text: str) -> list[str]:
    return [t for k, t in kinds(text) if k == "reporting"]


PAGE = """Gunmen kill four at Kaduna checkpoint | The Northern Times

Home » Nigeria » Kaduna
Gunmen kill four at Kaduna checkpoint
Gunmen kill four at Kaduna checkpointKaduna checkpoint">
By Aisha Bello | Published: 3 March 2024
Picture: A burnt-out patrol van at the scene. (NT/Musa Ibrahim)

Four vigilantes were shot dead at a checkpoint outside Kaduna late on Saturday, police said.

The gunmen fled on motorcycles towards the forest, a police spokesman said.

#Kaduna #Security #Nigeria
Share this:
Facebook | X | WhatsApp | Email
Related posts
Floods cut road to Zaria
Governor opens new hospital wing
Leave a Comment
Your email address will not be published. Required fields are marked *
"""


def test_scraped_page_keeps_only_reporting() -> None:
    assert reporting(PAGE) == [
        "Four vigilantes were shot dead at a checkpoint outside Kaduna late on Saturday, police said.",
        "The gunmen fled on motorcycles towards the forest, a police spokesman said.",
    ]
    got = dict((t, k) for k, t in kinds(PAGE))
    assert got["Gunmen kill four at Kaduna checkpoint | The Northern Times"] == "title"
    assert got["#Kaduna #Security #Nigeria"] == "tags"
    assert got["Picture: A burnt-out patrol van at the scene. (NT/Musa Ibrahim)"] == "caption"
    assert got["Floods cut road to Zaria"] == "boilerplate"


def test_every_segment_says_why() -> None:
    doc = segment_document(make_document(PAGE))
    assert all(s.reason for s in doc.segments)


APPENDED = """Ministry condemns attack on aid convoy

The foreign ministry condemned Tuesday's attack on an aid convoy near Goma, in which two drivers died.

"Those who attack aid workers will answer for it," said spokesperson Marie Kabila at a briefing in Kinshasa.

What does the attack mean for humanitarian access in the region?

Q&A with Prof. Jonas Meyer, specialist in Central African security

Q: Why are convoys targeted?

Prof. Meyer: Convoys carry goods that armed groups can sell. The attack near Goma shows that again.

Q: What should change?

Prof. Meyer: Escorts alone will not help.
"""


def test_appended_qa_with_an_absent_expert_is_commentary() -> None:
    k = kinds(APPENDED)
    body = [t for kind, t in k if kind == "reporting"]
    assert body[-1].startswith('"Those who attack aid workers')
    commentary = [t for kind, t in k if kind == "commentary"]
    assert commentary[0].startswith("What does the attack mean")
    assert any("Prof. Meyer: Escorts" in t for t in commentary)
    doc = segment_document(make_document(APPENDED))
    reasons = {s.reason for s in doc.segments if s.kind == "commentary"}
    assert any("Jonas Meyer" in r or "Prof. Meyer" in r for r in reasons)


def test_interview_with_a_person_the_reporting_names_stays_reporting() -> None:
    text = """Governor speaks after market attack

Governor Ali Hassan visited the market in Baidoa on Sunday, a day after a blast killed six traders.

Q: Will the market reopen?

Hassan: It will reopen on Monday under police guard.
"""
    body = reporting(text)
    assert "Hassan: It will reopen on Monday under police guard." in body


@pytest.mark.parametrize("path", sorted((FIXTURES / "variants").glob("debris-*.txt")), ids=lambda p: p.stem)
def test_pure_furniture_has_no_reporting(path: Path) -> None:
    assert reporting(path.read_text(encoding="utf-8")) == []


def test_opinion_label_makes_commentary() -> None:
    text = """Opinion

The endless cycle of attacks in the Sahel

Governments keep promising security and keep failing the villages that need it most.

The views expressed here are the author's own.
"""
    assert reporting(text) == []


def test_a_time_of_day_followed_by_its_day_ends_no_sentence() -> None:
    from sitrep.clean import sentences

    text = ("The attack came at about 10:45 a.m. Wednesday, at the height of the business day. The blast was heard "
            "at 7 p.m. GMT across the city. It ended before 9 a.m. Police sealed the area.")
    assert [s.text for s in sentences(text)] == [
        "The attack came at about 10:45 a.m. Wednesday, at the height of the business day.",
        "The blast was heard at 7 p.m. GMT across the city.", "It ended before 9 a.m.", "Police sealed the area."]


def test_a_live_blogs_wrapped_entries_and_wrapped_list_items_are_body_text() -> None:
    text = ("LIVE: Gunmen attack concert hall near Moscow\nLast updated Saturday 23 March 2024\n\n"
            "Key points\n"
            "- Gunmen in camouflage opened fire at a concert hall in Krasnogorsk, just outside\n"
            "  Moscow's ring road, on Friday evening, then set the building alight\n\n"
            "19:52\nThe Investigative Committee now says 133 people are confirmed dead, including three\n"
            "children. Rescuers are still working through the collapsed section of the roof, and the\n"
            "regional health ministry says 145 people have sought medical help.\n")
    doc = segment_document(make_document(text, published="2024-03-23"))
    body = " ".join(doc.text[s.start:s.end] for s in doc.segments if s.kind == "reporting")
    assert "Moscow's ring road" in body and "Rescuers are still working" in body


def test_a_live_pages_key_points_are_reporting() -> None:
    text = ("LIVE: Gunmen storm hotel in Baidoa\nLast updated: Friday 22 November 2024, 10:55 EAT\n\n"
            "Key points\n"
            "- Gunmen attacked the Safari Hotel in Baidoa on Thursday evening\n"
            "- Al-Shabaab says its fighters carried out the attack\n\n"
            "Thursday 21 November\n\n19:52\nReports of heavy gunfire near the hotel.")
    found = reporting(text)
    assert "- Gunmen attacked the Safari Hotel in Baidoa on Thursday evening" in found
    assert not any("Key points" in t for t in found)
