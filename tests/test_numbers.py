import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import only
from sitrep.config import ExtractSettings
from sitrep.extract.numbers import find_counts, word_to_int


@pytest.mark.parametrize(
    "words, value",
    [("two", 2), ("twenty-six", 26), ("twenty six", 26), ("one hundred and five", 105),
     ("two thousand", 2000), ("eleven", 11), ("ninety-nine", 99)],
)
def test_word_numbers(words: str, value: int) -> None:
    assert word_to_int(words) == value


@pytest.mark.parametrize(
    "text, best, low, high",
    [
        ("26 people", 26, 26, 26),
        ("1,200 people", 1200, 1200, 1200),
        ("twenty-six people", 26, 26, 26),
        ("at least 26 people", 26, 26, None),
        ("more than 20 people", 20, 20, None),  # the figure printed, as ACLED keeps the most conservative
        ("more than a hundred people", 100, 100, None),
        ("a thousand people", 1000, 1000, 1000),
        ("nearly 30 people", 30, None, 30),
        ("up to 15 people", 15, None, 15),
        ("dozens of people", None, 24, None),
        ("scores of people", None, 40, None),
        ("several people", None, 3, None),
        ("a dozen people", 12, 12, 12),
        ("between 10 and 15 people", 10, 10, 15),  # the most conservative figure is the best
    ],
)
def test_counts_become_ranges(text: str, best: int | None, low: int | None, high: int | None) -> None:
    (c,) = find_counts(text)
    assert (c.best, c.low, c.high) == (best, low, high)


def test_vague_bounds_come_from_settings() -> None:
    (c,) = find_counts("dozens of people", settings=ExtractSettings(dozens_low=36))
    assert c.low == 36 and c.best is None


def test_years_are_not_counts() -> None:
    assert find_counts("in 2024 the group") == []


@given(st.integers(min_value=0, max_value=999_999))
def test_digits_round_trip(n: int) -> None:
    text = f"{n:,} people"
    counts = find_counts(text)
    if 1900 <= n <= 2100:
        return  # looks like a year when written without a comma
    assert counts[0].best == n


def test_a_victim_and_a_member_of_the_family_are_two(run) -> None:  # type: ignore[no-untyped-def]
    inc = run("Regime helicopters dropped barrel bombs on the town of Kafr Nabl on Monday, killing a woman and her son.",
              published="2019-07-23").incidents[0]
    assert inc.fatalities.best == 2


def test_both_attackers_are_two(run) -> None:  # type: ignore[no-untyped-def]
    text = ("A couple on a motorcycle detonated a bomb at the gate of a church in Makassar on Sunday morning after a "
            "guard stopped them. Both bombers were killed and 20 people were wounded.")
    inc = only(run(text, published="2021-03-29"))
    assert (inc.fatalities.best, inc.fatalities.militants, inc.injuries.best) == (2, 2, 20)


def test_both_sides_count_no_one(run) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen shot dead two traders in Makassar on Sunday. Both men had received threats, and both sides blamed the other."
    inc = only(run(text, published="2021-03-29"))
    assert inc.fatalities.best == 2


def test_a_toll_not_including_the_bomber_adds_him(run) -> None:  # type: ignore[no-untyped-def]
    text = ("DAMASCUS, June 23 - A man opened fire on worshippers at a church in the Dweila neighbourhood, then blew "
            "himself up near the entrance. The Health Ministry said 25 people were killed, not including the bomber, "
            "and 63 wounded.")
    inc = only(run(text, published="2025-06-23"))
    assert (inc.fatalities.best, inc.fatalities.militants) == (26, 1)  # the codebooks count the attacker among the dead


def test_members_of_a_cell_killed_in_a_raid_are_militants(run) -> None:  # type: ignore[no-untyped-def]
    text = ("The Interior Ministry said security forces raided a hideout of the cell in the Harasta area of Damascus on "
            "Monday. Two members of the cell were killed in an exchange of fire and six were arrested.")
    inc = only(run(text, published="2025-06-24"))
    assert inc.fatalities.militants == 2
    assert inc.target.type == "Terrorists/Non-State Militia"
    assert (inc.event_type, inc.sub_event_type) == ("Battles", "Armed clash")
