"""Sieges whose hostages died, trains seized, claims told by what the fighters did, and where killings happened:
short reports written for these tests."""

from __future__ import annotations

from conftest import only


def test_hostages_and_attackers_killed_together_make_one_toll_and_a_seized_train_is_a_hijacking(run) -> None:  # type: ignore[no-untyped-def]
    text = ("QUETTA, 13 March 2025 - Gunmen blew up a section of track and seized a passenger train in the Bolan "
            "district of Balochistan on Tuesday, holding hundreds of passengers overnight. The military said 21 "
            "hostages and 33 attackers were killed before troops ended the siege on Wednesday.\n")
    inc = only(run(text, published="2025-03-13"))
    assert inc.fatalities.best == 54  # the hostages who died are dead, not people still held
    assert inc.attack_type == "Hijacking"


def test_a_statement_that_its_fighters_planted_the_device_is_a_claim(run) -> None:  # type: ignore[no-untyped-def]
    text = ("TURBAT, Pakistan, 17 June 2025 - A roadside bomb struck a vehicle carrying Frontier Corps troops on the "
            "outskirts of Turbat on Monday, killing two soldiers. The Baloch Liberation Front said in a statement "
            "emailed to journalists that its fighters had planted the device.\n")
    inc = only(run(text, published="2025-06-17"))
    assert inc.perpetrator.claimed is True


def test_the_killings_happened_near_a_town_places_the_event_told_by_its_province(run) -> None:  # type: ignore[no-untyped-def]
    text = ("QUETTA, Pakistan, June 17 - Gunmen stopped vehicles on a highway in Pakistan's southwestern Balochistan "
            "province late on Monday, took four men off a coach and shot them dead, officials said on Tuesday.\n\n"
            "The killings happened near Mangochar in Kalat district, said a senior district official.\n")
    inc = only(run(text, published="2025-06-17"))
    assert inc.location.city == "Mangochar"
    assert inc.fatalities.best == 4


def test_a_statement_with_asides_that_its_soldiers_shot_a_man_dead_is_a_claim(run) -> None:  # type: ignore[no-untyped-def]
    text = ("KUNDUZ, 17 January 2025 - Islamic State Khorasan Province said in a short statement, accompanied by a "
            "photograph, that its \"soldiers\" had shot dead a member of the Taliban's intelligence service in Kunduz "
            "city on Thursday.\n")
    inc = only(run(text, published="2025-01-17"))
    assert inc.perpetrator.claimed is True


def test_children_among_the_dead_told_after_an_aside_are_not_wounded() -> None:
    from sitrep.config import load_settings
    from sitrep.extract.casualties import find_casualties

    text = ("Local aid workers reported at least 14 people killed, all civilians, including three children, and more "
            "than 30 injured.")
    found = [(c.kind, c.count.best, c.part) for c in find_casualties(text, 0, len(text), load_settings().extract)]
    assert ("killed", 3, True) in found  # of the dead
    assert [n for k, n, part in found if k == "injured" and not part] == [30]


def test_no_resistance_group_has_publicly_claimed_is_no_claim(run) -> None:  # type: ignore[no-untyped-def]
    text = ("MANDALAY, 6 February 2025 - Late on 4 February, drones dropped explosives on the police station in "
            "Madaya town, killing one officer. State media blamed the People's Defence Force. No resistance group "
            "has publicly claimed the attack.\n")
    inc = only(run(text, published="2025-02-06"))
    assert inc.perpetrator.claimed is False


def test_staff_stopped_at_a_checkpoint_and_taken_away_by_armed_men_were_kidnapped(run) -> None:  # type: ignore[no-untyped-def]
    text = ("YANGON, 6 February 2025 - On 5 February, two national staff members of an international NGO were "
            "stopped at a checkpoint on the road between Kawkareik and Myawaddy and taken away by armed men in plain "
            "clothes. Their organisation has not been able to contact them.\n")
    inc = only(run(text, published="2025-02-06"))
    assert inc.attack_type == "Hostage Taking (Kidnapping)"


def test_a_chapel_burned_to_the_ground_and_a_statement_taking_responsibility(run) -> None:  # type: ignore[no-untyped-def]
    text = ("CONCEPCION, Chile, 27 June 2025 - An evangelical chapel in the town of Tirúa was burned to the ground in "
            "the early hours of Thursday. A banner found nearby carried slogans of the Resistencia Mapuche Lafkenche "
            "(RML), which later circulated a statement taking responsibility.\n")
    inc = only(run(text, published="2025-06-27"))
    assert inc.attack_type == "Facility/Infrastructure Attack"
    assert inc.perpetrator.name == "Resistencia Mapuche Lafkenche"
    assert inc.perpetrator.claimed is True
