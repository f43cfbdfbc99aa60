"""Court reports, toll updates from hospitals, yardsticks inside tallies: short reports written for these tests."""

from __future__ import annotations

from conftest import only


def test_a_calendar_day_dates_the_earlier_event_over_the_weekday_of_the_news(run) -> None:  # type: ignore[no-untyped-def]
    text = ("KAYA, April 9 (Plateau Wire) - Gunmen ambushed a police patrol near the village of Tangaye on Sunday, "
            "killing six officers, security sources said.\n\n"
            "Sunday's ambush came three weeks after armed men raided a mosque in the village of Koulpelé during "
            "Friday prayers on March 15, shooting dead 11 worshippers.\n")
    incs = run(text, published="2024-04-09").incidents
    assert [i.date for i in incs] == ["2024-04-07", "2024-03-15"]  # not the Sunday of the news twice
    assert incs[1].background is True
    assert incs[1].fatalities.best == 11


def test_a_tallys_deadliest_single_attack_is_an_event_and_a_year_earlier_is_the_year_before(run) -> None:  # type: ignore[no-untyped-def]
    text = ("NIAMEY, 5 September 2023 - A monitoring group recorded 198 violent incidents in the Dosso region in the "
            "first half of 2023, against 143 in the first six months of 2022.\n\n"
            "The group counted 31 attacks on army positions in the first half of the year, up from 19 a year earlier.\n\n"
            "The deadliest single incident in the period was the attack of May 14 near the village of Falwel, in "
            "which gunmen killed 12 soldiers and two herders.\n")
    ex = run(text, published="2023-09-05")
    inc = only(ex)
    assert inc.date == "2023-05-14"
    assert inc.fatalities.best == 14
    figures = {(s.measure, s.value, s.period_start, s.period_end) for s in ex.statistics}
    assert ("attacks", 31, "2023-01-01", "2023-06-30") in figures
    assert ("attacks", 19, "2022-01-01", "2022-06-30") in figures  # the same half of the year before
    assert not any(s.value in {12, 14} for s in ex.statistics)  # the event's toll is no tally of the period


def test_wounded_who_died_in_a_hospital_elsewhere_raise_the_toll_of_the_event(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Toll in Cizre checkpoint attack rises to five\n\n"
            "SIRNAK, 14 May 2024 - Three soldiers wounded in Saturday's attack on a gendarmerie checkpoint outside "
            "Cizre have died in hospital, raising the death toll to five, the governor's office said on Tuesday.\n\n"
            "Militants opened fire on the checkpoint late on Saturday. Two soldiers were killed at the scene and "
            "eight were wounded.\n\n"
            "The governor's office said the three had died of their wounds at Diyarbakir Gazi Yasargil Training and "
            "Research Hospital on Monday.\n")
    inc = only(run(text, published="2024-05-14"))  # no second event where the wounded were treated
    assert inc.location.city == "Cizre"
    assert inc.fatalities.best == 5
    assert inc.injuries.best != 3  # the three who died are no longer wounded


def test_a_verdict_places_the_attack_where_it_was_done_not_at_the_court(run) -> None:  # type: ignore[no-untyped-def]
    text = ("PARIS, Wednesday 4 June 2025 - A special criminal court in Paris on Wednesday sentenced a 27-year-old "
            "man to 30 years in prison for a knife attack at a bakery in Villeurbanne, a suburb of Lyon, in which "
            "a customer was killed and two others were wounded.\n\n"
            "The attack took place on Saturday 20 August 2022. Nadia R., 58, who ran a flower stall nearby, died "
            "at the scene.\n")
    inc = only(run(text, published="2025-06-04"))
    assert inc.location.city == "Villeurbanne"  # neither the court's Paris nor the Lyon it is a suburb of
    assert inc.date == "2022-08-20"
    assert inc.fatalities.best == 1  # "Nadia R., 58,": her age, not 58 dead
    assert inc.target.type == "Private Citizens & Property"  # the court that sentenced him was no target


def test_a_further_death_told_beside_the_whole_toll_is_not_added_to_it(run) -> None:  # type: ignore[no-untyped-def]
    text = ("QUETTA, May 7, 2024 (Frontier Wire) - A roadside bomb hit a police van escorting a vaccination team near "
            "Kalat on Tuesday, killing two policemen and a passer-by, officials said.\n\n"
            "A doctor in Quetta said late on Tuesday that a third policeman had died of his burns, bringing the overall "
            "death toll to four.\n")
    inc = only(run(text, published="2024-05-07"))
    assert inc.fatalities.best == 4  # not 3 + 3 + 4


def test_victims_home_province_is_not_where_they_were_killed(run) -> None:  # type: ignore[no-untyped-def]
    text = ("TURBAT, Pakistan, June 3, 2024 - Gunmen stopped a passenger coach on a highway near Turbat in Kech "
            "district on Sunday night and shot dead five labourers from Punjab province after checking their identity "
            "cards, police said.\n")
    inc = only(run(text, published="2024-06-03"))
    assert inc.location.admin1 == "Balochistan"


def test_a_think_tanks_monthly_toll_is_a_published_figure_not_an_event(run) -> None:  # type: ignore[no-untyped-def]
    text = ("PESHAWAR, Oct 3, 2024 - A think tank in Islamabad said on Tuesday that at least 90 people, most of them "
            "policemen, were killed in militant attacks across the country in September alone.\n\n"
            "Police figures showed 41 attacks on security forces in Khyber Pakhtunkhwa in the first trimester of 2024.\n")
    ex = run(text, published="2024-10-03")
    assert not ex.incidents
    figures = {(s.measure, s.value, s.period_start, s.period_end) for s in ex.statistics}
    assert ("deaths", 90, "2024-09-01", "2024-09-30") in figures
    assert ("attacks", 41, "2024-01-01", "2024-03-31") in figures  # a trimester is the first three months


def test_an_attack_the_group_claimed_is_claimed_by_the_group_the_pronoun_names(run) -> None:  # type: ignore[no-untyped-def]
    text = ("KABUL - A bomb exploded in a market in Kabul on Thursday, killing four people, police said. Islamic State "
            "Khorasan Province (ISKP) claimed the bombing.\n\n"
            "The group has also targeted foreigners: on June 2 last year, its gunmen opened fire on a group of tourists "
            "in the town of Bamiyan, killing two, in an attack the group claimed the following day.\n")
    incs = run(text, published="2025-03-14").incidents
    bamiyan = next(i for i in incs if i.date == "2024-06-02")
    assert bamiyan.perpetrator.name == "Islamic State Khorasan Province"
    assert bamiyan.perpetrator.claimed is True


def test_a_groups_own_statement_claims_what_our_forces_did_and_its_numbered_items_stay_apart(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Note: the statement below was posted on the group's channel on 3 March 2025; our translation.\n\n"
            "GANGAW PEOPLE'S DEFENCE FORCE - BATTALION (5)\n"
            "Statement No. 9/2025\n\n"
            "1. On 1 March 2025 at about 05:00 hours, our forces ambushed a junta column near Kyin village, Gangaw "
            "Township, Magway Region. Six junta soldiers were killed in the fighting.\n\n"
            "2. On 1 March 2025 in the evening, the junta sent a fighter jet which dropped bombs on Zeepinkwin village, "
            "Gangaw Township. Four civilians were killed and five were injured.\n")
    incs = run(text, published="2025-03-03").incidents
    assert len(incs) == 2  # the ambush and the air strike, though both were on the 1st
    ambush, strike = incs
    assert ambush.perpetrator.name == "People's Defence Force" and ambush.perpetrator.claimed is True
    assert strike.sub_event_type == "Air/drone strike"
    assert strike.fatalities.best == 4


def test_an_armys_communique_about_our_units_claims_nothing_for_the_attackers(run) -> None:  # type: ignore[no-untyped-def]
    text = ("ARMED FORCES OF NIGER\n"
            "PRESS RELEASE\n\n"
            "On 4 May 2024, our units stationed at Tahoua repelled an attack by armed terrorists of the Islamic State in "
            "the Sahel near the village of Bagaroua. Seven terrorists were neutralised.\n")
    inc = only(run(text, published="2024-05-05"))
    assert inc.perpetrator.claimed is not True  # "our units" are the army's, who issued it


def test_a_tribunal_and_a_communique_are_named_by_where_they_sit_not_where_the_attack_was(run) -> None:  # type: ignore[no-untyped-def]
    text = ("KINSHASA, 3 March 2025 - A military tribunal in Kinshasa on Monday sentenced four men to death for a "
            "massacre in Beni, North Kivu, on 12 May 2023, in which 14 villagers were killed.\n")
    inc = only(run(text, published="2025-03-03"))
    assert inc.location.city == "Beni"
    text = ("MAKURDI, June 9, 2025 - Gunmen stormed the village of Tse-Akaa in Guma Local Government Area of Benue "
            "State on Friday night, killing at least 30 people, police said.\n\n"
            "Late on Saturday, a communiqué issued by the governor's office in Makurdi put the toll at 42.\n")
    inc = only(run(text, published="2025-06-09"))  # the communiqué's seat is no second event
    assert inc.location.city != "Makurdi"
