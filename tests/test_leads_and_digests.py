"""Where a lead, a digest heading or a comparison tells what an event's own sentences leave out: short reports
written for these tests."""

from __future__ import annotations

from conftest import only


def test_the_lead_names_the_village_of_the_event_told_further_down(run) -> None:  # type: ignore[no-untyped-def]
    text = ("NIAMEY, March 4 (Agency) - An armed group has claimed Sunday's raid on an army outpost at Tabarey in "
            "western Niger.\n\n"
            "The defence ministry said 17 soldiers were killed and 9 wounded when gunmen on motorcycles attacked the "
            "outpost in the Tillaberi region on Sunday morning.")
    inc = only(run(text, published="2024-03-04"))
    assert inc.location.city == "Tabarey"  # no gazetteer lists it; the lead names it
    assert inc.location.admin1 == "Tillaberi"
    assert inc.fatalities.best == 17


def test_an_event_at_the_same_post_takes_the_place_of_the_one_before(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen attacked the army camp at Tabarey in Niger's Tillaberi region on Sunday, killing 17 soldiers, the "
            "defence ministry said.\n\n"
            "On February 2 fighters killed five soldiers at the same camp, an attack that the Islamic State group "
            "also claimed.")
    incs = run(text, published="2024-03-04").incidents
    assert len(incs) == 2
    assert [i.location.city for i in incs] == ["Tabarey", "Tabarey"]
    earlier = incs[1]
    assert earlier.fatalities.best == 5
    assert earlier.perpetrator.claimed is True  # "an attack that the Islamic State group also claimed"


def test_people_seized_by_gunmen_were_abducted(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Four farmers who had gone to their fields were seized by gunmen near Gorom-Gorom in northern Burkina "
            "Faso on Tuesday, relatives said.")
    inc = only(run(text, published="2023-06-08"))
    assert inc.attack_type == "Hostage Taking (Kidnapping)"
    assert inc.sub_event_type == "Abduction/forced disappearance"
    assert inc.kidnapped.best == 4


def test_arms_seized_by_police_are_no_abduction(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen shot dead two traders near Gorom-Gorom in northern Burkina Faso on Tuesday. Three rifles were "
            "seized by police in a search of the area on Wednesday.")
    inc = only(run(text, published="2023-06-08"))
    assert inc.attack_type == "Armed Assault"


def test_a_digest_heading_names_the_village_before_its_province(run) -> None:  # type: ignore[no-untyped-def]
    text = ("WEEKLY SECURITY DIGEST - BURKINA FASO\n\n"
            "Tuesday 9 May - Tangaye, Yatenga province (Nord)\n"
            "Gunmen on motorbikes entered the village at dusk and shot dead seven men near the market, a local official "
            "said.\n")
    inc = only(run(text, published="2023-05-15"))
    assert inc.location.city == "Tangaye"
    assert inc.fatalities.best == 7


def test_a_drone_strike_the_forces_tell_of_on_a_militant_camp_is_theirs(run) -> None:  # type: ignore[no-untyped-def]
    text = ("The army said a drone strike destroyed a militant camp in a forest near Diapaga in eastern Burkina Faso "
            "on Friday, killing about 25 fighters.")
    inc = only(run(text, published="2023-05-15"))
    assert inc.sub_event_type == "Air/drone strike"
    assert inc.perpetrator.name == "Burkina Faso Armed Forces"
    assert any(e.field == "perpetrator" for e in inc.evidence)


def test_a_drone_attack_on_an_army_base_names_no_state(run) -> None:  # type: ignore[no-untyped-def]
    text = ("The army said a drone strike hit its base near Diapaga in eastern Burkina Faso on Friday, wounding three "
            "soldiers.")
    inc = only(run(text, published="2023-05-15"))
    assert inc.perpetrator.name is None


def test_gunfire_an_hour_after_a_bombing_is_another_event(run) -> None:  # type: ignore[no-untyped-def]
    text = ("A car bomb exploded outside the police station in Suarez, in Colombia's Cauca province, on Friday night, "
            "wounding four officers.\n\n"
            "About an hour after the explosion, gunmen opened fire on a military post in La Toma, a small hamlet in the "
            "hills above the town. One soldier was wounded in the exchange, the army said.")
    incs = run(text, published="2024-06-01").incidents
    assert len(incs) == 2
    bomb, shooting = incs
    assert bomb.attack_type == "Bombing/Explosion"
    assert shooting.location.city == "La Toma"
    assert shooting.attack_type == "Armed Assault"  # the explosion it came after is not its means
    assert shooting.date == bomb.date


def test_the_worst_attack_named_by_its_month_is_a_background_event(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen shot dead a police officer in Quibdo on Monday, officials said.\n\n"
            "Large attacks on the police have been rarer in recent years. The deadliest was the August 2018 car bombing "
            "of a police station in Tumaco, in which nine officers died.")
    incs = run(text, published="2024-06-04").incidents
    assert len(incs) == 2
    past = incs[1]
    assert past.background
    assert past.date is not None and past.date.startswith("2018-08")
    assert past.location.city == "Tumaco"
    assert past.attack_type == "Bombing/Explosion"


def test_the_first_months_of_the_year_are_the_reports_year(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Police recorded 31 attacks with explosives against security forces in the first five months of the year, "
            "twice as many as in the same period of 2023.")
    stats = run(text, published="2024-06-10").statistics
    assert [(s.value, s.period_start, s.period_end) for s in stats] == [(31, "2024-01-01", "2024-05-31")]


def test_the_town_in_mourning_is_not_the_scene(run) -> None:  # type: ignore[no-untyped-def]
    text = ("The town of Bignona was in mourning on Tuesday after nine farmers were shot dead by armed men in the bush "
            "near the village of Kagnarou, in Senegal's Casamance region.")
    inc = only(run(text, published="2019-03-12"))
    assert inc.location.city == "Kagnarou"
    assert inc.fatalities.best == 9


def test_rebels_of_the_one_movement_a_report_names_are_that_movement(run) -> None:  # type: ignore[no-untyped-def]
    text = ("The Movement of Democratic Forces of Casamance (MFDC) has fought for independence since 1982.\n\n"
            "In March 2009, rebels attacked an army post at Kassolol, near Ziguinchor, and killed four soldiers.")
    inc = only(run(text, published="2019-03-12"))
    assert inc.perpetrator.name == "Movement of Democratic Forces of Casamance"
    assert inc.perpetrator.claimed is False
    assert inc.location.city == "Kassolol"  # told by the town it lies near


def test_rebels_are_no_movement_when_the_report_names_two_groups(run) -> None:  # type: ignore[no-untyped-def]
    text = ("The MFDC is active in the area, and fighters of Jama'at Nusrat al-Islam wal-Muslimin (JNIM) have been "
            "seen across the border.\n\n"
            "In March 2009, rebels attacked an army post at Kassolol, near Ziguinchor, and killed four soldiers.")
    inc = only(run(text, published="2019-03-12"))
    assert inc.perpetrator.name is None


def test_a_body_named_before_near_is_no_village(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Militants attacked a checkpoint held by forces loyal to the Southern Transitional Council, near the town "
            "of Ahwar in Yemen's Abyan province, on Saturday, killing four soldiers.")
    inc = only(run(text, published="2021-02-01"))
    assert inc.location.city != "Southern Transitional Council"


def test_a_court_report_names_the_defendants_group_as_the_doer(run) -> None:  # type: ignore[no-untyped-def]
    text = ("A court in Nouakchott has sentenced two men to death for the killing of three Belgian aid workers near "
            "the town of Kiffa in March 2010.\n\n"
            "Prosecutors told the court that the two were members of al-Qaeda in the Islamic Maghreb (AQIM) and had "
            "acted on the orders of its commanders in Mali.\n\n"
            "The aid workers had stopped by the road outside Kiffa on March 12, 2010, when gunmen drove up and opened "
            "fire, killing all three.")
    inc = only(run(text, published="2012-05-26"))
    assert inc.background
    assert inc.perpetrator.name == "al-Qaeda in the Islamic Maghreb"
    assert inc.perpetrator.claimed is False


def test_a_town_of_another_province_told_as_a_bearing_is_no_scene(run) -> None:  # type: ignore[no-untyped-def]
    text = ("A roadside bomb hit an army patrol near Muqdadiya in Diyala province, northeast of Baghdad, on Sunday, "
            "wounding two soldiers.")
    inc = only(run(text, published="2021-11-29"))
    assert inc.location.admin1 == "Diyala"
    assert inc.location.city != "Baghdad"


def test_an_area_told_as_a_district_is_the_scene(run) -> None:  # type: ignore[no-untyped-def]
    text = ("KIRKUK, Iraq, Nov 29 (Agency) - Gunmen attacked a police checkpoint south of Kirkuk late on Sunday, killing "
            "three policemen.\n\n"
            "The attackers approached the post in the Zab area, a rural district about 40 km south of Kirkuk, shortly "
            "before midnight.")
    inc = only(run(text, published="2021-11-29"))
    assert inc.location.city == "Zab"


def test_the_event_a_yardstick_names_is_a_background_event(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen killed four policemen at a checkpoint in Hawija on Sunday.\n\n"
            "The attack is the deadliest in the province since August, when militants overran an army post in the same "
            "area and killed 11 soldiers in one of the worst attacks this year.")
    ex = run(text, published="2021-11-29")
    assert not ex.statistics  # no tally of the year: one event
    assert len(ex.incidents) == 2
    past = ex.incidents[1]
    assert past.background and past.fatalities.best == 11
    assert past.location.city == ex.incidents[0].location.city  # "in the same area"


LIVE_BLOG = """LIVE: Blasts at Marib airport as governor arrives

Saturday 14 March 2021
All times are local. This page refreshes automatically.

18:30
Updated toll from the health office in Marib: at least 9 dead and 31 wounded. Officials say the number may rise.

16:10
The coalition said its air defences intercepted and destroyed a drone loaded with explosives that was heading \
for the governor's residence in Marib. No one was hurt there.

14:40
A witness at the airport tells us he heard two blasts in quick succession. "People were running everywhere," he said.

14:05
A medical source says at least four people were killed in two explosions at the airport.
"""


def test_a_drone_stopped_after_the_blasts_is_an_event_of_its_own(run) -> None:  # type: ignore[no-untyped-def]
    incs = run(LIVE_BLOG, published="2021-03-14").incidents
    assert len(incs) == 2
    blasts, drone = incs
    assert blasts.fatalities.best == 9  # the toll told after the drone is the blasts'
    assert drone.sub_event_type == "Disrupted weapons use"
    assert drone.fatalities.best == 0
    assert drone.target.type == "Government (General)"  # the governor's residence


def test_an_intercepted_conversation_is_no_event(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen shot dead a candidate for mayor in Cali on Friday. Minutes after the killing, intelligence "
            "officers intercepted a telephone conversation in Medellin in which a gang leader ordered the payment.")
    inc = only(run(text, published="2019-10-12"))
    assert inc.location.city == "Cali"


def test_a_dateline_line_with_its_country_tells_which_town(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Mosque bombing toll rises\n\n"
            "TRIPOLI, Lebanon - Saturday, May 4, 2014\n\n"
            "The number of people killed in Friday's car bombing outside a mosque in Tripoli rose to 12 on Saturday, "
            "the health ministry said. Politicians of the March 14 alliance blamed Damascus.")
    inc = only(run(text, published="2014-05-04"))
    assert inc.location.country_code == "LB"  # not Tripoli, Libya
    assert inc.date == "2014-05-02"  # the alliance named for a day is no day


def test_the_claimant_named_just_before_its_claim_is_the_doer(run) -> None:  # type: ignore[no-untyped-def]
    text = ("A car bomb in a Hezbollah stronghold in Beirut's southern suburbs killed 20 people on Thursday. A previously "
            "unknown group calling itself the Brigades of Aisha claimed the bombing in a video.")
    inc = only(run(text, published="2013-08-17"))
    assert inc.perpetrator.name == "Brigades of Aisha"
    assert inc.perpetrator.claimed is True


def test_a_bomb_that_killed_no_one_has_no_dead(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen shot dead a shopkeeper in Beirut's Ruweis district on Monday. On July 9, a car bomb in the nearby "
            "Bir al-Abed district wounded more than 50 people but killed no one.")
    incs = run(text, published="2013-08-20").incidents
    assert len(incs) == 2
    assert incs[1].fatalities.best == 0 and incs[1].injuries.best == 50
    assert incs[1].location.city == incs[0].location.city  # near the place just told


def test_the_attacks_came_days_after_an_earlier_bombing(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Twin car bombs killed 30 people outside two mosques in Tripoli, Lebanon, on Friday. The attacks came eight "
            "days after a car bomb in Beirut's southern suburbs killed 27 people.")
    incs = run(text, published="2013-08-24").incidents
    assert [i.date for i in incs] == ["2013-08-23", "2013-08-15"]


def test_an_attack_carried_out_on_a_groups_orders_is_that_groups(run) -> None:  # type: ignore[no-untyped-def]
    text = ("An Istanbul court on Monday sentenced a gunman to life in prison.\n\n"
            "He admitted during the trial that he had carried out the attack on the orders of Islamic State, which "
            "claimed responsibility the day after the shooting.\n\n"
            "The attack began at about 1:15 am on January 1, 2017, when the gunman shot dead two guards at the door of "
            "a nightclub in Istanbul, then fired on the crowd inside.")
    inc = only(run(text, published="2020-09-07"))
    assert inc.perpetrator.name == "Islamic State"
    assert inc.perpetrator.claimed is True
    assert any(e.field == "perpetrator.claimed" for e in inc.evidence)


def test_a_dead_count_joined_to_the_dead_before_it_is_dead_too(run) -> None:  # type: ignore[no-untyped-def]
    text = ("A suicide bomber drove a car into a police checkpoint in Ramadi on Saturday, killing five policemen and "
            "three civilians and wounding 12 people, police said.")
    inc = only(run(text, published="2007-03-04"))
    assert (inc.fatalities.best, inc.injuries.best) == (8, 12)


def test_a_count_with_its_own_fate_keeps_it(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Troops repulsed an attack near Vavuniya on Saturday. Three soldiers made the supreme sacrifice and 11 "
            "others sustained injuries in the confrontation.")
    inc = only(run(text, published="2008-09-07"))
    assert (inc.fatalities.best, inc.injuries.best) == (3, 11)


DIGEST = """FACTBOX - Security developments in Iraq, June 9

June 10, 2006

Following are security developments in Iraq reported on Friday, June 9.

BAGHDAD - Gunmen opened fire on a police patrol in the southern Dora district, killing two policemen, an Interior \
Ministry source said. The U.S. military said it was looking into the attack.

MOSUL - Three children were wounded when two mortar rounds landed in a residential neighbourhood, police said.
"""


def test_a_digests_entries_take_the_day_its_intro_names(run) -> None:  # type: ignore[no-untyped-def]
    incs = run(DIGEST, published="2006-06-10").incidents
    assert [i.date for i in incs] == ["2006-06-09", "2006-06-09"]
    assert incs[0].location.country_code == "IQ"  # Dora, a district of Baghdad; no hamlet in Alabama


def test_one_claim_of_two_listed_attacks_claims_both(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Islamic State claimed the bombing in Kerman, Iran, on Wednesday, which killed 84 people.\n\n"
            "Officials said funerals would be held on Friday. The jihadist group has attacked Iranian targets before. "
            "It claimed an attack by a gunman on a shrine in Shiraz on Oct. 26, 2022, in which 13 people were killed, and "
            "the June 7, 2017 assaults on Iran's parliament in Tehran, which killed at least 17 people.")
    incs = run(text, published="2024-01-04").incidents
    assert [(i.location.city, i.perpetrator.name, i.perpetrator.claimed) for i in incs[1:]] == [
        ("Shiraz", "Islamic State", True), ("Tehran", "Islamic State", True)]


def test_a_dateline_date_with_its_agency_is_the_reports_day(run) -> None:  # type: ignore[no-untyped-def]
    text = ("April 12, 2023 (Wire) - Myanmar's military carried out an air strike on a village in the central Sagaing "
            "region on Tuesday, killing at least 100 people.\n\n"
            "Elsewhere on Tuesday, heavy fighting broke out between army troops and the Karen National Liberation Army "
            "near the town of Shwe Kokko, in Kayin state. At least four government soldiers were reported killed.")
    incs = run(text, published="2023-04-12").incidents
    assert [i.date for i in incs] == ["2023-04-11", "2023-04-11"]
    assert incs[1].location.city == "Shwe Kokko"
    assert (incs[1].event_type, incs[1].sub_event_type) == ("Battles", "Armed clash")


def test_the_wars_start_is_no_clash(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen shot dead a city official in Bahir Dar on Monday. Several officials have been killed in the region "
            "since fighting broke out between Fano and the federal army.")
    inc = only(run(text, published="2024-01-16"))
    assert (inc.event_type, inc.sub_event_type) == ("Violence against civilians", "Attack")


def test_a_state_denying_a_part_leaves_the_groups_claim(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen killed 26 tourists near Pahalgam in Indian Kashmir on Tuesday. The Resistance Front, which Indian "
            "agencies describe as a front for Lashkar-e-Taiba, claimed responsibility in a social media post. "
            "Islamabad denied any involvement.")
    inc = only(run(text, published="2025-04-23"))
    assert inc.perpetrator.name == "The Resistance Front"
    assert inc.perpetrator.claimed is True


def test_the_group_denying_leaves_no_claim(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen killed 26 tourists near Pahalgam in Indian Kashmir on Tuesday. Police blamed The Resistance Front, "
            "which later denied any involvement.")
    inc = only(run(text, published="2025-04-23"))
    assert inc.perpetrator.claimed is False


def test_a_letter_of_claim_then_the_group_that_wrote_it(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Unknown persons set fire to cables at the base of two power pylons in Berlin's Adlershof district early on "
            "Tuesday, police said. Nobody was injured.\n\n"
            "On Tuesday afternoon, a letter claiming responsibility appeared on a left-wing internet platform. In it, a "
            "group calling itself \"Kabelbrand\" says it attacked the power supply of the technology park.")
    inc = only(run(text, published="2025-10-15"))  # the group's account is no second event
    assert inc.perpetrator.name == "Kabelbrand"
    assert inc.perpetrator.claimed is True
