"""Live blogs, rival estimates, translated copy and tallies compared over years: short reports written for these tests."""

from __future__ import annotations


def test_a_live_blog_entry_in_a_district_told_as_a_town_is_its_own_event(run) -> None:  # type: ignore[no-untyped-def]
    text = ("LIVE: Gunmen storm radio station in Guayaquil\n\n"
            "Wednesday, 10 January 2024 - all times local. Newest posts first.\n\n"
            "20:10\nPolice say a patrolman was shot dead this evening in Nobol, a town in Guayas province north of "
            "Guayaquil, when armed men fired on his motorcycle.\n\n"
            "18:30\nThe police chief says all hostages have been freed and nine attackers were arrested inside the "
            "building. One employee was wounded.\n\n"
            "15:00\nMasked men carrying rifles and sticks of dynamite have burst into the studio of a radio station "
            "in Guayaquil during a morning programme.\n")
    incs = run(text, published="2024-01-10").incidents
    cities = {i.location.city for i in incs}
    assert {"Guayaquil", "Nobol"} <= cities  # the killing in Nobol is not the siege's toll
    siege = next(i for i in incs if i.location.city == "Guayaquil")
    assert siege.attack_type == "Hostage Taking (Barricade Incident)"  # dynamite carried, hostages held
    assert siege.fatalities.best in {None, 0}


def test_hours_later_in_another_town_is_another_event(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Temuco, Thursday 18 of July of 2024\n\n"
            "In the early morning of this Wednesday, hooded individuals set fire to five trucks of a forestry company "
            "in the commune of Ercilla, according to the Carabineros. There were no persons dead.\n\n"
            "Some hours later, in the commune of Collipulli, a patrol of Carabineros was received with shots by unknown "
            "subjects, with whom they exchanged fire.\n")
    incs = run(text, published="2024-07-18").incidents
    assert [i.location.city for i in incs] == ["Ercilla", "Collipulli"]
    assert incs[0].fatalities.best == 0  # "There were no persons dead"


def test_a_second_sources_higher_count_is_the_upper_end_of_the_toll(run) -> None:  # type: ignore[no-untyped-def]
    text = ("PORT MORESBY, 5 March 2025 - At least 12 people were killed on Monday when rival clans clashed with guns "
            "near the Porgera gold mine in Enga Province, police said, though church leaders put the number of dead at "
            "close to 30. On Tuesday, a police reservist was shot dead at a checkpoint near Wabag.\n")
    clash, shooting = run(text, published="2025-03-05").incidents
    assert (clash.fatalities.low, clash.fatalities.best, clash.fatalities.high) == (12, 12, 30)  # not 42
    assert clash.attack_type == "Armed Assault"  # a gold mine is no landmine
    assert shooting.fatalities.best == 1


def test_yearly_figures_compared_in_one_sentence_each_keep_their_year(run) -> None:  # type: ignore[no-untyped-def]
    text = ("WASHINGTON, March 3, 2025 - A research group counted 11 extremist-related killings in 2024, down from 19 in "
            "2023 and 23 in 2022. Left-wing extremists were responsible for two of last year's 11 killings.\n\n"
            "Over the ten years from 2015 to 2024, the group recorded 388 extremist-related killings.\n")
    ex = run(text, published="2025-03-03")
    figures = sorted((s.value, s.period_start, s.period_end) for s in ex.statistics if s.measure == "deaths")
    assert figures == [(11, "2024-01-01", "2024-12-31"), (19, "2023-01-01", "2023-12-31"),
                       (23, "2022-01-01", "2022-12-31"), (388, "2015-01-01", "2024-12-31")]  # 11 told once
