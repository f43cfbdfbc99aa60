"""Invariants over arbitrary text: extraction never raises and its spans always point at the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

WORDS = st.sampled_from(
    "a the killed injured bomb blast Quetta Karachi Peshawar on Monday (11/11) October 6 2024 at least "
    "26 dozens two said “ ” \" claimed responsibility BLA TTP no group police 785 attacks first 10 months of "
    "2024 # Leave a Reply Interview with Dr. X **Editor**: ? . , \n \n\n suicide attack near airport".split(" ")
)
TEXTS = st.one_of(st.text(max_size=400), st.lists(WORDS, max_size=120).map(" ".join))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS, published=st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())))
def test_extract_never_raises_and_spans_are_true(run, text: str, published: str | None) -> None:  # type: ignore[no-untyped-def]
    ex = run(text, published=published)
    doc = ex.document
    for seg in doc.segments:
        assert 0 <= seg.start < seg.end <= len(doc.text)
    for inc in ex.incidents:
        for ev in inc.evidence:
            assert doc.text[ev.start : ev.end] == ev.text
            # (the body's words, or the headline's, which is read for what the body leaves out of the lead event)
            assert doc.in_reporting(ev.start, ev.end) or any(
                seg.kind == "title" and seg.start <= ev.start and ev.end <= seg.end for seg in doc.segments)
    for stmt in ex.statements:
        assert doc.text[stmt.start : stmt.end] == stmt.text
    for stat in ex.statistics:
        assert 0 <= stat.start < stat.end <= len(doc.text)
