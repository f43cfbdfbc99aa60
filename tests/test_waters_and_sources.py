"""Lakes and seas named after countries and towns, and the sources of a report who are no victims: short reports
written for these tests."""

from __future__ import annotations

from conftest import only


def test_a_lake_named_after_another_country_is_no_place_of_the_event(run) -> None:  # type: ignore[no-untyped-def]
    text = ("MAIDUGURI, Nigeria, March 25 - Insurgents overran a military base at Wajiroko in Borno state late on "
            "Sunday, killing at least 11 soldiers, army officers said.\n\n"
            "In January, jihadists killed 40 farmers in Dumba, a farming community near Baga on the shores of Lake "
            "Chad, an attack that the state authorities blamed on ISWAP.\n")
    incs = run(text, published="2025-03-25").incidents
    assert len(incs) == 2
    assert incs[1].fatalities.best == 40
    assert incs[1].location.country_code == "NG"  # not Chad, for the lake


def test_a_lake_in_a_report_on_its_own_country_still_points_to_it(run) -> None:  # type: ignore[no-untyped-def]
    text = ("N'DJAMENA, 11 June 2025 - Fighters in motorised canoes attacked an army base on an island of Lake Chad "
            "near Bol, in Lac province, on Sunday night, killing 17 soldiers, the army said on Wednesday.\n")
    inc = only(run(text, published="2025-06-11"))
    assert inc.location.country_code == "TD"
    assert inc.location.city == "Bol"


def test_the_sources_named_after_a_deed_are_not_counted_as_its_victims(run) -> None:  # type: ignore[no-untyped-def]
    text = ("MAIDUGURI, Nigeria, March 25 - Insurgents overran a military base at Wajiroko in Borno state late on "
            "Sunday, killing at least 11 soldiers and making off with weapons and vehicles, two army officers and a "
            "local militia commander said on Tuesday.\n")
    inc = only(run(text, published="2025-03-25"))
    assert inc.fatalities.best == 11
    assert inc.kidnapped.best is None  # the officers and the commander told it: no one was taken


def test_a_figure_a_leader_blames_is_no_toll_of_the_order_to_kill_before_it() -> None:
    from sitrep.config import load_settings
    from sitrep.extract.casualties import find_casualties

    text = ("Jan. 7 - In a televised address, the president says he has ordered security forces to \"shoot to kill "
            "without warning\" and blames the unrest on \"20,000 bandits\" trained abroad.")
    assert [c for c in find_casualties(text, 0, len(text), load_settings().extract) if c.kind == "killed"] == []


def test_people_who_remain_in_hospital_are_the_wounded(run) -> None:  # type: ignore[no-untyped-def]
    text = ("GUAYAQUIL, Ecuador, Aug 12 - The number of people killed when gunmen stormed a bar in the city's north "
            "on Saturday night has risen to seven, police said. Eleven people remain in hospital.\n")
    inc = only(run(text, published="2025-08-12"))
    assert inc.fatalities.best == 7
    assert inc.injuries.best == 11


def test_a_corporal_hit_in_the_arm_is_one_wounded_of_the_security_forces(run) -> None:  # type: ignore[no-untyped-def]
    text = ("TEMUCO, Chile, 30 June 2025 - A Carabineros patrol came under fire from an unknown number of attackers "
            "on a rural road near Ercilla on Wednesday. A corporal was hit in the arm and taken to hospital.\n")
    inc = only(run(text, published="2025-06-30"))
    assert inc.injuries.best == 1
    assert inc.event_type == "Battles"  # fire on a patrol of the security forces


def test_attackers_the_toll_included_are_not_added_to_it(run) -> None:  # type: ignore[no-untyped-def]
    text = ("PEMBA, Tuesday 14 May 2024 - The number of people killed in last Thursday's insurgent raid on Chai, a "
            "village in Macomia district of Cabo Delgado province, has risen to 14, local authorities said on Monday.\n\n"
            "The district administrator said the new figure included three attackers killed by members of a village "
            "militia. Eleven civilians died, among them two children.\n")
    inc = only(run(text, published="2024-05-14"))
    assert inc.fatalities.best == 14


def test_how_many_attackers_came_is_no_count_of_victims() -> None:
    from sitrep.config import load_settings
    from sitrep.extract.casualties import find_casualties

    text = ("The attackers, estimated by residents at around 30, arrived in the early hours, fired on houses and "
            "burned more than 40 homes before withdrawing into the bush to the west, survivors said.")
    assert find_casualties(text, 0, len(text), load_settings().extract) == []


def test_officers_who_were_not_injured_are_no_wounded(run) -> None:  # type: ignore[no-untyped-def]
    text = ("BELFAST, 18 November 2022 - An explosive device detonated close to a police vehicle on patrol in "
            "Strabane, County Tyrone, on Thursday night. The two officers in the vehicle were not injured.\n")
    inc = only(run(text, published="2022-11-18"))
    assert inc.injuries.best == 0
