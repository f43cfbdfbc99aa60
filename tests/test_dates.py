from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sitrep.extract.dates import find_dates, infer_reference, resolve

REF = date(2024, 11, 13)  # a Wednesday


@pytest.mark.parametrize(
    "text, expected, precision",
    [
        ("on October 6 2024, a blast", date(2024, 10, 6), "day"),
        ("on October 6, 2024, a blast", date(2024, 10, 6), "day"),
        ("on 10 January 2021 gunmen", date(2021, 1, 10), "day"),
        ("on 01/10/2021 gunmen", date(2021, 10, 1), "day"),  # day first
        ("on 2023-05-17 gunmen", date(2023, 5, 17), "day"),
        ("on Monday (11/11) he said", date(2024, 11, 11), "day"),
        ("late on Sunday militants", date(2024, 11, 10), "day"),
        ("last Wednesday militants", date(2024, 11, 6), "day"),
        ("on Wednesday militants", date(2024, 11, 13), "day"),
        ("two days ago militants", date(2024, 11, 11), "day"),
        ("yesterday militants", date(2024, 11, 12), "day"),
        ("on March 3, two policemen", date(2024, 3, 3), "day"),
        ("in October 2024 militants", date(2024, 10, 1), "month"),
        ("last week militants", date(2024, 11, 6), "week"),
        ("On April 20 last year, five soldiers", date(2023, 4, 20), "day"),
        ("on the 3rd of May last year", date(2023, 5, 3), "day"),
        ("In May last year, militants", date(2023, 5, 1), "month"),
        ("in December of last year", date(2023, 12, 1), "month"),
    ],
)
def test_resolves_against_reference(text: str, expected: date, precision: str) -> None:
    mentions = find_dates(text)
    assert mentions, text
    value, prec = resolve(mentions[0], REF)
    assert value == expected
    assert prec == precision


def test_month_day_without_year_prefers_the_past() -> None:
    m = find_dates("on December 30 a bomb")[0]
    assert resolve(m, date(2025, 1, 3))[0] == date(2024, 12, 30)


def test_weekday_in_parentheses_settles_day_month_order() -> None:
    # 8/10 read day-first is 8 October 2024, a Tuesday
    m = find_dates("on Tuesday (8/10) the ministry")[0]
    assert resolve(m, date(2024, 10, 5))[0] == date(2024, 10, 8)


def test_reference_is_latest_full_date() -> None:
    ms = find_dates("on October 6 2024 one thing; on November 9 2024 another; on Monday (11/11) a third")
    assert infer_reference(ms) == date(2024, 11, 9)


def test_numbers_that_are_not_dates() -> None:
    assert find_dates("at least 26 people were killed and 1,200 fled") == []


def test_spans_point_at_the_text() -> None:
    text = "Officials said that on 6 October 2024 a bomb went off."
    (m,) = find_dates(text)
    assert text[m.start : m.end] == m.text == "6 October 2024"


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31)))
def test_written_dates_round_trip(d: date) -> None:
    for text in (f"on {d:%B} {d.day} {d.year}.", f"on {d.day} {d:%B} {d.year}.", f"on {d.isoformat()}."):
        (m,) = find_dates(text)
        assert resolve(m, None) == (d, "day")


def test_a_dateline_in_ordinary_case_dates_the_report_not_the_attack(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Bunia, 17 July 2025 - Armed men attacked a displacement site in the Djugu territory of Ituri province, "
            "Congo, in the early hours of Tuesday, killing at least 14 displaced people.")
    ex = run(text, published="2025-07-17")
    assert len(ex.incidents) == 1 and ex.incidents[0].date == "2025-07-15"


def test_years_ago_today_is_that_day_of_a_past_year() -> None:
    from datetime import date

    from sitrep.extract.dates import find_dates, resolve
    (m,) = find_dates("Eight years ago today, gunmen surrounded the mosque and opened fire.")
    assert resolve(m, date(2025, 11, 24)) == (date(2017, 11, 24), "day")
    assert not find_dates("Five years ago, the group attacked the town.")  # no day is told


def test_an_attack_the_same_night_elsewhere_takes_that_night(run) -> None:  # type: ignore[no-untyped-def]
    text = ("BUNIA, July 28 (Agency) - ADF fighters stormed a church compound in Komanda in Ituri province at around "
            "1 a.m. on Sunday, killing at least 43 worshippers, the United Nations said.\n\n"
            "The army had put the toll at 21 on Sunday; civil society leaders later counted 38 bodies.\n\n"
            "Islamic State said in a statement that its fighters had attacked a gathering of Christians.\n\n"
            "Residents said the same group of fighters also killed five people the same night in Machongani, a "
            "village about 10 km from Komanda.")
    ex = run(text, published="2025-07-28")
    assert sorted((i.location.city, i.date) for i in ex.incidents) == [
        ("Komanda", "2025-07-27"), ("Machongani", "2025-07-27")]


def test_a_dateline_of_a_date_alone_dates_the_report_not_the_attack(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Lamu: one killed, two houses torched in Juhudi\n\n"
            "Tuesday, November 5, 2024 - Suspected al-Shabaab militants shot dead a man and set fire to two houses "
            "in Juhudi village, Mpeketoni area of Lamu West, late Monday, police said.")
    ex = run(text, published="2024-11-05")
    (inc,) = ex.incidents
    assert (inc.date, inc.fatalities.best) == ("2024-11-04", 1)  # the dateline's "5" is no count either


def test_the_night_of_two_days_is_the_first_day() -> None:
    from datetime import date

    from sitrep.extract.dates import find_dates, resolve
    (m,) = find_dates("On the night of 16/17 June 2025, security forces conducted an operation.")
    assert resolve(m, date(2025, 6, 18)) == (date(2025, 6, 16), "day")
    (m,) = find_dates("Gunmen attacked the village on the night of 3-4 May.")
    assert resolve(m, date(2025, 5, 6)) == (date(2025, 5, 3), "day")


def test_an_attack_last_october_measured_against_yesterdays(run) -> None:  # type: ignore[no-untyped-def]
    text = ("COLOMBO, Feb 1 - At least 73 people were killed yesterday when a lorry packed with explosives was driven "
            "into the main entrance of the Central Bank in Colombo, police said.\n\nYesterday's attack is the worst in "
            "the city since last October's attack by Tiger commandos on the oil storage depots at Kolonnawa, in which "
            "at least 20 people died.")
    found = {i.date: i for i in run(text, published="1996-02-01").incidents}
    assert found["1996-01-31"].suicide  # the lorry was driven in
    october = found["1995-10-01"]
    assert (october.perpetrator.name, october.target.type, october.background) == (
        "Liberation Tigers of Tamil Eelam", "Utilities", True)


def test_an_attack_it_came_days_after_is_dated_back_from_it(run) -> None:  # type: ignore[no-untyped-def]
    text = ("ANKARA, Aug 27 - Eleven police officers were killed on Friday when militants set off a truck bomb at a "
            "checkpoint in Cizre. It came eight days after a car bomb at the police headquarters in Elazig killed "
            "three police officers.")
    found = {i.location.admin1: i for i in run(text, published="2016-08-27").incidents}
    elazig = next(i for a, i in found.items() if a and a.startswith("Elaz"))
    assert (elazig.date, elazig.attack_type) == ("2016-08-18", "Bombing/Explosion")


def test_a_bomb_being_defused_is_a_foiled_attack(run) -> None:  # type: ignore[no-untyped-def]
    text = "Police reported defusing a bomb hidden in a car outside a police station in Diyarbakir on Friday."
    assert run(text, published="2016-08-27").incidents[0].sub_event_type == "Disrupted weapons use"


def test_a_weekday_in_a_name_is_no_day() -> None:
    text = "The group opposes the Good Friday Agreement and the report of the Bloody Sunday Inquiry."
    assert not find_dates(text, 0, len(text))
    text = "A suicide bomber struck during Friday prayers on Friday."
    assert [m.text for m in find_dates(text, 0, len(text))] != []
