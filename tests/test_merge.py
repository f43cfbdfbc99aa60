"""Cross-report merging: same event from several documents becomes one canonical incident."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.records import Fatalities, Incident, Location, Perpetrator
from sitrep.resolve.merge import Report, merge, same_event

QUETTA = Location("Quetta", "Quetta", "Balochistan", None, "Pakistan", "PK", 30.18, 67.00, "city")
QUETTA_STATION = Location("Quetta Railway Station", "Quetta", "Balochistan", None, "Pakistan", "PK", 30.19, 66.99, "exact")
KARACHI = Location("Karachi", "Karachi", "Sindh", "Karachi District", "Pakistan", "PK", 24.86, 67.01, "city")


def inc(iid: str, doc: str, day: str, loc: Location, best: int | None, low: int | None = None,
        high: int | None = -1, kind: str = "Bombing/Explosion", perp: str | None = None,
        background: bool = False) -> Incident:
    return Incident(
        id=iid, document_id=doc, date=day, date_precision="day", attack_type=kind, location=loc,
        perpetrator=Perpetrator(perp, None),
        fatalities=Fatalities(best, best if low is None else low, best if high == -1 else high),
        background=background,
    )


def test_wire_copies_of_one_bombing_merge_with_ranges_and_history() -> None:
    first = Report(inc("a", "d1", "2024-11-09", QUETTA, 26, 26, None), "2024-11-09")
    later = Report(inc("b", "d2", "2024-11-09", QUETTA_STATION, 32), "2024-11-10")
    elsewhere = Report(inc("c", "d3", "2024-11-09", KARACHI, 3), "2024-11-09")
    out = merge([first, later, elsewhere])
    assert len(out) == 2
    quetta = next(c for c in out if c.lead.location.city == "Quetta")
    assert quetta.sources == 2
    assert quetta.fatalities == (26, 32, 32)  # low 26 (first report), best 32 (latest), high 32
    assert [(h.published, h.best) for h in quetta.history] == [("2024-11-09", 26), ("2024-11-10", 32)]
    assert quetta.lead.location.name == "Quetta Railway Station"  # the most precise account leads


def test_background_mention_corroborates_but_does_not_set_best() -> None:
    news = Report(inc("a", "d1", "2024-10-06", KARACHI, 2), "2024-10-07")
    recap = Report(inc("b", "d2", "2024-10-06", KARACHI, 3, background=True), "2024-11-12")
    (c,) = merge([news, recap])
    assert c.sources == 2
    assert c.fatalities[1] == 2


def test_rules_keep_apart_what_differs() -> None:
    a = inc("a", "d1", "2024-11-09", QUETTA, 5)
    assert not same_event(a, replace(a, id="b", document_id="d2", date="2024-11-12"))  # days apart
    assert not same_event(a, replace(a, id="b", document_id="d2", location=KARACHI))  # far apart
    assert not same_event(a, replace(a, id="b", document_id="d2", attack_type="Hostage Taking (Kidnapping)"))
    assert not same_event(replace(a, perpetrator=Perpetrator("X", True)),
                          replace(a, id="b", document_id="d2", perpetrator=Perpetrator("Y", True)))
    assert not same_event(a, replace(a, id="b"))  # one document's incidents stay as the extractor split them
    assert same_event(a, replace(a, id="b", document_id="d2", date="2024-11-10"))


def test_user_decisions_override_the_rules() -> None:
    a = Report(inc("a", "d1", "2024-11-09", QUETTA, 5), "2024-11-09")
    b = Report(inc("b", "d2", "2024-11-09", QUETTA, 5), "2024-11-09")
    c = Report(inc("c", "d3", "2024-11-20", KARACHI, 1), "2024-11-20")
    assert len(merge([a, b, c])) == 2
    assert len(merge([a, b, c], split=["b"])) == 3
    assert len(merge([a, b, c], forced=[("a", "c")])) == 1


REPORTS = [
    Report(inc(f"i{n}", f"d{n}", day, loc, n + 1), day)
    for n, (day, loc) in enumerate([
        ("2024-11-09", QUETTA), ("2024-11-09", QUETTA_STATION), ("2024-11-10", QUETTA), ("2024-11-09", KARACHI),
        ("2024-10-06", KARACHI), ("2024-10-07", KARACHI), ("2024-10-20", QUETTA), ("2024-11-11", QUETTA),
    ])
]


@settings(max_examples=60, deadline=None)
@given(st.permutations(REPORTS))
def test_any_order_gives_the_same_canonical_incidents(order: list[Report]) -> None:
    def shape(reports: list[Report]) -> list[tuple[str, tuple[str, ...], tuple]]:  # type: ignore[type-arg]
        return [(c.id, tuple(sorted(r.incident.id for r in c.reports)), c.fatalities) for c in merge(reports)]

    assert shape(order) == shape(REPORTS)


def test_daily_attacks_in_one_town_stay_apart() -> None:
    days = [f"2024-08-{d:02d}" for d in range(1, 8)]
    reports = [Report(inc(f"i{d}", f"d{d}", day, QUETTA, d), day) for d, day in enumerate(days, 1)]
    assert len(merge(reports)) == 7  # a day apart with different tolls: different attacks, and no chains


def test_a_day_apart_with_the_same_toll_is_one_event() -> None:
    late_sunday = Report(inc("a", "d1", "2024-11-10", QUETTA, 7), "2024-11-11")
    monday = Report(inc("b", "d2", "2024-11-11", QUETTA, 7), "2024-11-11")
    (c,) = merge([late_sunday, monday])
    assert c.sources == 2


def test_people_taken_keep_their_range_across_reports() -> None:
    from sitrep.records import Injuries
    from sitrep.resolve.merge import as_incident

    first = Report(replace(inc("a", "d1", "2024-02-26", QUETTA, 0, kind="Hostage Taking (Kidnapping)"),
                           kidnapped=Injuries(14, 14, 14)), "2024-02-26")
    later = Report(replace(inc("b", "d2", "2024-02-26", QUETTA, 0, kind="Hostage Taking (Kidnapping)"),
                           kidnapped=Injuries(16, 16, 16)), "2024-02-27")
    (c,) = merge([first, later])
    assert c.kidnapped == (14, 16, 16)
    merged = as_incident(c).kidnapped
    assert (merged.low, merged.best, merged.high) == (14, 16, 16)
