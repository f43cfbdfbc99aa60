"""Round-ups with place-and-day entries, telegraphic bulletins, translated press and wire copy of several events:
short reports written for these tests."""

from __future__ import annotations

from conftest import only


def test_a_round_up_entry_takes_the_place_and_day_of_its_heading(run) -> None:  # type: ignore[no-untyped-def]
    text = ("LAKE CHAD BASIN: WEEKLY ROUND-UP, 6-11 MAY 2019\n\n"
            "Below, the incidents our correspondents confirmed this week.\n\n"
            "Kablewa, late Tuesday. Soldiers at the Kablewa post, north of Diffa, drove back an attack by Boko "
            "Haram fighters. The army said nine assailants were killed.\n\n"
            "Diffa town, Thursday. Officers at a checkpoint found an explosive belt under the clothing of a young "
            "man walking towards the market. The device was made safe and no one was hurt.")
    incs = run(text, published="2019-05-12").incidents
    assert len(incs) == 2
    raid, belt = incs
    assert raid.location.city == "Kablewa"  # no gazetteer lists it: the entry's heading names it
    assert raid.date == "2019-05-07"
    assert raid.event_type == "Battles"  # an attack driven back is a clash with the post
    assert raid.perpetrator.name == "Boko Haram"
    assert raid.fatalities.best == 9
    assert belt.date == "2019-05-09"
    assert belt.suicide  # a belt of explosives under the clothes
    assert belt.sub_event_type == "Disrupted weapons use"


def test_a_heading_with_a_lower_case_word_names_no_village(run) -> None:  # type: ignore[no-untyped-def]
    text = ("SECURITY ROUND-UP, 6-11 MAY 2019\n\n"
            "Diffa-Bosso road, Wednesday. A police pick-up drove over a mine near Diffa. Two officers died.")
    inc = only(run(text, published="2019-05-12"))
    assert inc.location.city != "Diffa-Bosso"


def test_a_bulletins_kia_and_wia_are_dead_and_wounded(run) -> None:  # type: ignore[no-untyped-def]
    text = ("SAHEL DAILY BULLETIN - 03/02/2021\n\n"
            "MALI / Mopti - 02/02/2021: FAMa patrol vehicle struck an IED on the road 20 km N of Boni. "
            "4 KIA (soldiers), 3 WIA. No claim.")
    inc = only(run(text, published="2021-02-03"))
    assert inc.fatalities.best == 4
    assert inc.injuries.best == 3


def test_a_second_statement_claims_another_event(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Islamic State West Africa Province has claimed an assault late on Saturday on an army base in Monguno, "
            "in Borno State, according to a statement on its channels.\n\n"
            "The army said troops repelled the attackers and that seven insurgents were killed. It acknowledged the "
            "loss of two soldiers.\n\n"
            "A second statement released by the group on Sunday claimed the killing of three loggers on Friday near "
            "Gwoza. The group said its members had shot the men in the forest.")
    incs = run(text, published="2021-04-05").incidents
    assert len(incs) == 2
    base, loggers = incs
    assert base.fatalities.best == 9  # seven insurgents and "the loss of two soldiers"
    assert base.event_type == "Battles"
    assert loggers.location.city == "Gwoza"
    assert loggers.perpetrator.name == "Islamic State West Africa Province"
    assert loggers.perpetrator.claimed is True
    assert loggers.attack_type == "Armed Assault"  # "its members had shot the men"


def test_village_heads_seized_by_fighters_were_abducted(run) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen seized three village chiefs near Djibo in northern Burkina Faso on Monday, residents said."
    inc = only(run(text, published="2022-10-12"))
    assert inc.kidnapped.best == 3
    assert inc.attack_type == "Hostage Taking (Kidnapping)"


def test_weapons_taken_from_a_post_are_no_abduction(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Fighters overran an army post near Karimama on Saturday. The government said 12 soldiers were killed. "
            "The group published images of rifles it said were taken from the post.")
    inc = only(run(text, published="2025-01-20"))
    assert inc.attack_type == "Armed Assault"
    assert inc.fatalities.best == 12


def test_where_hostages_were_freed_is_not_where_they_were_taken(run) -> None:  # type: ignore[no-untyped-def]
    text = ("In March 2018 three Italian tourists were abducted by gunmen near Tanguieta, in Benin's Atacora "
            "department; they were later freed in Burkina Faso.")
    inc = only(run(text, published="2024-02-20"))
    assert inc.location.country_code == "BJ"


def test_a_sunday_in_january_is_a_month_not_the_last_sunday(run) -> None:  # type: ignore[no-untyped-def]
    text = ("The worst came on a Sunday morning in January, when a bomb went off during a service at a church in "
            "Beni, in North Kivu. At least nine worshippers were killed.")
    inc = only(run(text, published="2023-07-10"))
    assert inc.date == "2023-01-01"
    assert inc.date_precision == "month"


def test_a_bearing_from_another_city_keeps_the_sentence_on_the_event(run) -> None:  # type: ignore[no-untyped-def]
    text = ("KIRKUK, Iraq, May 3 (Wire) - A suicide bomber drove a car into a police checkpoint in Tuz Khurmatu on "
            "Wednesday, killing six policemen.\n\n"
            "The bomber also died in the blast, which set fire to shops on the edge of the town, 88 km (55 miles) "
            "south of Kirkuk.")
    inc = only(run(text, published="2023-05-03"))
    assert inc.fatalities.best == 7


def test_a_round_up_paragraph_on_another_town_takes_the_days_date(run) -> None:  # type: ignore[no-untyped-def]
    text = ("KIRKUK, Iraq, May 3 (Wire) - A roadside bomb struck a police patrol in Hawija on Wednesday, killing two "
            "officers, police said.\n\n"
            "In Baghdad, gunmen opened fire on a senior Trade Ministry official as he drove to work, killing him and "
            "wounding his driver, a ministry source said.")
    incs = run(text, published="2023-05-03").incidents
    assert len(incs) == 2
    assert incs[1].date == "2023-05-03"
    assert incs[1].fatalities.best == 1  # "killing him"
    assert incs[1].injuries.best == 1


def test_a_woman_and_her_children_count_together(run) -> None:  # type: ignore[no-untyped-def]
    text = "A woman and her three children were killed on Monday when their car struck a landmine near Hays, Yemen."
    inc = only(run(text, published="2020-08-18"))
    assert inc.fatalities.best == 4


def test_translated_press_tolls(run) -> None:  # type: ignore[no-untyped-def]
    text = ("[Translated from Arabic. Monday 14 October 2013]\n\n"
            "The newspaper said that a judge was martyred in the evening of Saturday after an explosive charge fixed "
            "in his car exploded in the city of Sabha. One passer-by was hurted lightly by the glass, the source "
            "added.\n\n"
            "The newspaper said that unknown persons threw a hand grenade at dawn yesterday Sunday on the building "
            "of the court in the city of Derna, without human losses.")
    incs = run(text, published="2013-10-14").incidents
    assert len(incs) == 2
    assert incs[0].injuries.best == 1
    assert incs[1].fatalities.best == 0


def test_a_boy_of_about_ten_is_one_person(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Two policemen guarding a vaccination team were shot dead near Mardan on Tuesday. A boy of about ten "
            "was hit in the leg by a stray bullet.")
    inc = only(run(text, published="2016-04-19"))
    assert inc.injuries.best == 1


def test_a_sentence_ending_on_an_accented_name_ends_there(run) -> None:  # type: ignore[no-untyped-def]
    from sitrep.clean.text import sentences

    text = "The group is active in the hills between Tizi Ouzou and Boumerdès. An operation began at dawn."
    assert [s.text for s in sentences(text)] == ["The group is active in the hills between Tizi Ouzou and Boumerdès.",
                                                 "An operation began at dawn."]


def test_a_spots_local_name_is_no_town(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Four communal guards were killed on Monday in an ambush near Draa El Mizan, in Tizi Ouzou province. "
            "A bomb exploded under their vehicle at a bend known locally as Tizi n'Ali.")
    inc = only(run(text, published="2008-09-03"))
    assert inc.location.admin1 == "Tizi Ouzou"


def test_a_weekends_summed_toll_is_no_event(run) -> None:  # type: ignore[no-untyped-def]
    text = ("[Translated from Thai. Press summary, 12 March 2007]\n\n"
            "According to the newspaper of today date 12 March 2550, the violence over the weekend in the southern "
            "provinces, in which in total 3 persons lost the life, continues.\n\n"
            "On Saturday 10 March, a bomb hidden in a motorcycle exploded in the market of Raman district, Yala "
            "province, and killed 3 villagers.")
    inc = only(run(text, published="2007-03-12"))
    assert inc.fatalities.best == 3  # not 2550, the year of the Thai calendar


def test_posters_in_a_groups_name_claim_the_attack(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Armed men set fire to a mobile phone tower at Basia in Gumla district of Jharkhand on Saturday night. "
            "Posters left at the spot in the name of the PLFI said the company had not paid the levy.")
    inc = only(run(text, published="2011-05-02"))
    assert inc.perpetrator.name == "People's Liberation Front of India"
    assert inc.perpetrator.claimed is True


def test_a_claim_of_mines_on_another_road_is_another_event(run) -> None:  # type: ignore[no-untyped-def]
    text = ("SAGAING REGION -- Air strike on a village\n"
            "Military jets bombed a village in Depayin township of Myanmar's Sagaing Region on Tuesday, 8 November, "
            "killing five civilians.\n\n"
            "MAGWAY REGION -- Convoy hit by mines\n"
            "A local People's Defence Force unit said it set off two remote-controlled mines against a military convoy "
            "about 10 km north of Gangaw town on Thursday (10 Nov). The group said seven soldiers were killed.")
    incs = run(text, published="2022-11-14").incidents
    assert len(incs) == 2
    assert incs[0].fatalities.best == 5
    convoy = incs[1]
    assert convoy.location.admin1 == "Magway"
    assert convoy.perpetrator.claimed is True
    assert convoy.fatalities.best == 7


def test_an_explosion_reported_opens_a_live_blog(run) -> None:  # type: ignore[no-untyped-def]
    text = ("LIVE: Blast at a church in Cotabato\nSunday, May 5, 2024 -- updated as news comes in\n\n"
            "8:10 AM\nAn explosion has been reported inside a chapel in Cotabato City, where a Mass was under way.\n\n"
            "9:30 AM\nProvincial police: at least three people dead, several injured.")
    inc = only(run(text, published="2024-05-05"))
    assert inc.location.city == "Cotabato"
    assert inc.target.type == "Religious Figures/Institutions"


def test_one_toll_told_by_two_sources_counts_once(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen attacked the town of Witu in Kenya's Lamu County on Sunday night. The Red Cross put the death "
            "toll at 29 on Monday; police said at least 29 people were killed.")
    inc = only(run(text, published="2014-07-08"))
    assert inc.fatalities.best == 29


def test_settlers_in_kenya_are_no_israeli_settlers(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen attacked Hindi, a farming town of settlers in Kenya's Lamu County, on Saturday night, killing "
            "nine men, police said. The settlers fled to Lamu town.")
    inc = only(run(text, published="2014-07-07"))
    assert inc.perpetrator.name != "Israeli settlers"


def test_a_statement_read_out_on_the_radio_dates_the_claim_not_the_attack(run) -> None:  # type: ignore[no-untyped-def]
    text = ("In a statement read out on the group's Radio Andalus on Tuesday morning, an al-Shabaab spokesman said "
            "its fighters had attacked the town of Mandera on Sunday evening, killing 12 people.")
    inc = only(run(text, published="2014-07-09"))
    assert inc.date == "2014-07-06"


def test_a_station_named_for_a_place_stands_in_the_town_after_it(run) -> None:  # type: ignore[no-untyped-def]
    text = ("PARIS, Oct 17 (Wire) - A gas-cylinder bomb exploded in a train at the Saint-Michel station in central "
            "Paris on Tuesday, wounding 29 people, police said.")
    inc = only(run(text, published="1995-10-17"))
    assert inc.location.city == "Paris"
    assert inc.location.admin1 == "Ile-de-France"


def test_the_farc_of_2003_is_the_guerrilla_and_of_2023_its_dissidents(run) -> None:  # type: ignore[no-untyped-def]
    text = ("A motorcycle bomb exploded on Tuesday night beside the police station in Algeciras, Huila, killing a "
            "patrolman. Police blamed the FARC.")
    assert only(run(text, published="2003-10-16")).perpetrator.name == "Revolutionary Armed Forces of Colombia"
    assert only(run(text, published="2023-10-16")).perpetrator.name == "FARC dissidents"


def test_a_key_names_a_group_as_it_was_on_the_events_day() -> None:
    from sitrep.evaluation import _same

    assert _same("perpetrator", "FARC", "Revolutionary Armed Forces of Colombia", "1998-10-18")
    assert _same("perpetrator", "FARC", "FARC dissidents", "2024-03-01")


def test_a_street_number_and_a_victims_surname_are_no_toll_and_no_town(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Residents of Garzon spent Wednesday sweeping glass from their doorways after a car bomb went off late on "
            "Tuesday on Carrera 7, beside the police station. The blast wounded a 12-year-old boy, Andres Trujillo, "
            "and two officers.")
    inc = only(run(text, published="2003-10-16"))
    assert inc.date == "2003-10-14"  # the day the bomb went off, not the day spent sweeping
    assert inc.location.city == "Garzón"
    assert inc.fatalities.best != 7


def test_sunday_mass_after_a_dated_sunday_is_that_sunday(run) -> None:  # type: ignore[no-untyped-def]
    text = ("A military court on Thursday sentenced nine men over the bombing.\n\n"
            "The bombing hit a church in Cairo's Shubra district on 11 December 2016. A young man walked into the "
            "church during Sunday mass and blew himself up, killing 20 worshippers.")
    inc = only(run(text, published="2018-10-11"))
    assert inc.date == "2016-12-11"
    assert inc.suicide


def test_a_regions_name_before_city_of_is_no_place(run) -> None:  # type: ignore[no-untyped-def]
    text = ("On 9 April 2017 a bomber detonated his device near the altar of a church in the Nile Delta city of "
            "Tanta, killing 28 people.")
    inc = only(run(text, published="2018-10-11"))
    assert inc.location.country_code == "EG"
    assert inc.location.city == "Tanta"


def test_some_saturday_of_a_month_told_before_is_that_month(run) -> None:  # type: ignore[no-untyped-def]
    text = ("ANALYSIS\n\nMonday 4 April 2011\n\n"
            "On Saturday afternoon a constable got into his car outside his home in Omagh, County Tyrone, and a bomb "
            "fixed underneath it exploded. He died at the scene. Detectives said dissident republicans were "
            "responsible.\n\n"
            "The threat grew in March 2009. On a Saturday night that month, gunmen opened fire on soldiers at the gate "
            "of Massereene barracks in Antrim, killing two young sappers.")
    incs = run(text, published="2011-04-04").incidents
    assert len(incs) == 2
    omagh, antrim = incs
    assert omagh.date == "2011-04-02"
    assert omagh.perpetrator.name == "Dissident Republicans"
    assert antrim.date is not None and antrim.date.startswith("2009-03")  # not that Saturday of 2011
    assert antrim.fatalities.best == 2
    assert antrim.target.type == "Military"


def test_the_night_a_trial_centred_on_is_the_event(run) -> None:  # type: ignore[no-untyped-def]
    text = ("LIMA, 11 September 2018 - A Peruvian court on Tuesday sentenced two former rebel leaders to life in "
            "prison.\n\n"
            "The trial centred on the night of 9 June 1991, when a car packed with explosives was parked on Huancavelica, "
            "a narrow street of shops in central Lima, and detonated. Twelve people were killed.")
    inc = only(run(text, published="2018-09-11"))
    assert inc.date == "1991-06-09"
    assert inc.background
    assert inc.location.city == "Lima"  # Huancavelica, told as a street, is no town here
    assert inc.fatalities.best == 12


def test_translated_present_tense_deaths(run) -> None:  # type: ignore[no-untyped-def]
    text = ("[Translated from Thai. Press summary, 12 March 2007]\n\n"
            "On Sunday 11 March, a team of rangers walking to protect teachers on the road in Rueso district, "
            "Narathiwat province, was shot at from a rubber plantation. The rangers fired to answer. One ranger die "
            "and 2 were injured.")
    inc = only(run(text, published="2007-03-12"))
    assert inc.fatalities.best == 1
    assert inc.injuries.best == 2
    assert inc.target.type == "Military"


def test_the_same_number_of_other_people_is_no_second_source(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Three soldiers were killed in an ambush near Kidal on Monday, the army said, and three civilians died "
            "when their truck struck a mine on the same road.")
    deaths = sum(i.fatalities.best or 0 for i in run(text, published="2024-03-05").incidents)
    assert deaths == 6


def test_a_group_that_admitted_a_killing_claimed_it(run) -> None:  # type: ignore[no-untyped-def]
    text = ("BILBAO, 30 May 2008 (wire) - ETA also admitted killing a former councillor who was shot outside his "
            "home in Arrasate-Mondragon, Gipuzkoa, on 7 March, in a statement published on Friday.")
    inc = only(run(text, published="2008-05-30"))
    assert inc.perpetrator.name == "ETA"
    assert inc.perpetrator.claimed is True


def test_etas_english_name_is_eta() -> None:
    from sitrep.evaluation import _same

    assert _same("perpetrator", "Basque Fatherland and Freedom", "ETA")


def test_names_that_open_on_an_accented_capital() -> None:
    from sitrep.resolve.gazetteer import default_gazetteer
    from sitrep.resolve.geocode import Geocoder

    text = "President Álvaro Uribe attended a funeral in Bogotá on Sunday."
    found = [pm.text for pm in Geocoder(default_gazetteer()).mentions(text, [(0, len(text))])]
    assert "Uribe" not in found  # a president's name, not Uribe in Meta
    assert "Bogotá" in found


def test_digest_entries_headed_by_a_village_and_its_unit_in_brackets(run) -> None:  # type: ignore[no-untyped-def]
    text = ("EASTERN DRC - WEEKLY SECURITY DIGEST\nWeek of 1-6 June 2020 | Published Sunday 7 June 2020\n\n"
            "NORTH KIVU\n\n"
            "Mamove (Beni territory), Tuesday night. Armed men entered the village shortly after 9 p.m. and went "
            "from house to house with machetes and guns. Eleven civilians were killed and three houses were burned, "
            "according to the local chief.\n\n"
            "Nyamilima (Rutshuru territory), Friday. Three staff members of a local humanitarian organisation were "
            "taken by gunmen who stopped their vehicle on the road near Nyamilima. The kidnappers have demanded a "
            "ransom.\n")
    got = sorted((i.date, i.location.city, i.attack_type, i.fatalities.best, i.kidnapped.best, i.target.type)
                 for i in run(text, published="2020-06-07").incidents)
    assert got == [("2020-06-02", "Mamove", "Armed Assault", 11, None, "Private Citizens & Property"),
                   ("2020-06-05", "Nyamilima", "Hostage Taking (Kidnapping)", 0, 3, "NGO")]


def test_a_month_dated_attack_named_as_one_and_hostages_taken_away_together(run) -> None:  # type: ignore[no-untyped-def]
    text = ("BAMENDA, Tuesday, March 9, 2021 - The principal of the high school in Bafut is still in the hands of armed "
            "men who took him away together with two of his teachers on Sunday afternoon, colleagues said. "
            "In October last year, gunmen killed seven pupils inside their classroom in Kumba, in the South West "
            "Region, an attack the government blamed on separatists.")
    out = run(text, published="2021-03-09")
    got = sorted((i.date, i.location.city, i.attack_type, i.fatalities.best, i.kidnapped.best) for i in out.incidents)
    assert got == [("2020-10-01", "Kumba", "Armed Assault", 7, None),
                   ("2021-03-07", "Bafut", "Hostage Taking (Kidnapping)", 0, 3)]
    assert not out.statistics  # seven pupils killed in one attack are no monthly tally


def test_guns_fired_at_a_substation_with_no_one_hurt_is_a_facility_attack(run) -> None:  # type: ignore[no-untyped-def]
    text = ("GRID SECURITY NOTE | Monday, March 6, 2023\n\n"
            "On the night of Saturday, March 4, one or more people used firearms to damage equipment at an electrical "
            "substation near Eldora, Iowa. Power was cut to some 9,000 homes; the utility expects repairs to be "
            "finished by late Wednesday. No one was hurt.\n\n"
            "The sheriff's office has described the attack as deliberate.")
    inc = only(run(text, published="2023-03-06"))
    assert inc.attack_type == "Facility/Infrastructure Attack"
    assert (inc.event_type, inc.sub_event_type) == ("Strategic developments", "Looting/property destruction")
    assert inc.target.type == "Utilities"
    assert inc.date == "2023-03-04"  # not the day repairs are due


def test_a_later_clash_told_by_its_time_of_day_is_an_event_of_its_own(run) -> None:  # type: ignore[no-untyped-def]
    text = ("PRESS RELEASE | 12 March 2007\n\n"
            "1. Terrorists exploded a claymore mine targeting a passenger bus at about 07.10 hrs this morning "
            "(12 March) near Wellawaya in the Monaragala District.\n\n"
            "2. According to the latest information received from the hospital, 11 civilians have been killed in the "
            "attack. Earlier reports issued at 10.00 hrs placed the number of dead at 8. A further 30 civilians "
            "were injured.\n\n"
            "3. At about 15.40 hrs, an STF team searching the jungle came under fire from a group of terrorists "
            "believed to be responsible for the bus attack. Two terrorists were killed in the confrontation. "
            "One STF commando was killed in action.")
    bus, clash = run(text, published="2007-03-12").incidents
    assert (bus.fatalities.best, bus.injuries.best) == (11, 30)  # the toll "have been killed in the attack", not the earlier 8
    assert bus.target.type == "Transportation"
    assert clash.date == "2007-03-12" and clash.event_type == "Battles"
    assert clash.fatalities.best == 3 and clash.target.type == "Police"  # the STF is a police force


def test_bodies_recovered_count_and_the_dead_carried_away_are_no_abduction(run) -> None:  # type: ignore[no-untyped-def]
    text = ("KATHMANDU, May 4, 2003 (wire) - Rebels stormed a district town in western Nepal late on Friday, "
            "killing at least 20 policemen, officials said on Sunday.\n\n"
            "Hundreds of rebels attacked police posts in Tamghas, headquarters of Gulmi district, about 250 km "
            "(155 miles) west of Kathmandu, the ministry said.\n\n"
            "Security forces recovered the bodies of 9 rebels and believed many more were killed and carried away by "
            "their comrades.\n\n"
            "In a statement, the rebel chief Prachanda said the guerrillas of the Communist Party of Nepal (Maoist) "
            "had carried out the attack.")
    inc = only(run(text, published="2003-05-04"))
    assert inc.attack_type == "Armed Assault" and inc.kidnapped.best is None
    assert inc.fatalities.best == 29  # 20 policemen and the 9 rebels whose bodies were found; "many more" is a guess
    assert (inc.location.city, inc.location.admin1) == ("Tamghas", "Lumbini")  # a bearing from Kathmandu is no scene
    assert inc.perpetrator.claimed is True


def test_two_town_dateline_hours_later_and_the_first_blast(run) -> None:  # type: ignore[no-untyped-def]
    text = ("DEEP SOUTH NEWS | Thursday, March 7, 2013\n\n"
            "PATTANI / YALA - Two rangers were killed yesterday morning when a roadside bomb exploded beside a patrol "
            "in Raman district, officials said. Hours later, a motorcycle bomb went off in the centre of Yala town, "
            "injuring six shoppers.\n\n"
            "The first blast happened at about 7.30am on a rural road as the rangers escorted teachers heading for "
            "Ban Kota Baru school. Two more rangers were wounded.\n\n"
            "In Yala, the bomb hidden in a motorcycle exploded at about 6pm outside a shop. No one was killed.")
    first, second = run(text, published="2013-03-07").incidents
    assert (first.location.city, first.date, first.fatalities.best, first.injuries.best) == ("Raman", "2013-03-06", 2, 2)
    assert (second.location.city, second.date, second.injuries.best) == ("Yala", "2013-03-06", 6)


def test_a_tally_to_the_end_of_a_month(run) -> None:  # type: ignore[no-untyped-def]
    text = ("According to a monitoring group, 4,210 people were killed in violence in the region from "
            "January 2004 to the end of September 2010.")
    (stat,) = run(text, published="2010-10-12").statistics
    assert (stat.value, stat.period_start, stat.period_end) == (4210, "2004-01-01", "2010-09-30")


def test_two_attacks_in_one_lead_told_again_in_order(run) -> None:  # type: ignore[no-untyped-def]
    text = ("NALCHIK, Russia, May 14, 2013 - Gunmen shot dead two traffic policemen at a post near Baksan late on "
            "Sunday, and a roadside bomb killed another officer on Monday morning, officials said.\n\n"
            "In the first attack, men in a passing car opened fire on the post on the highway near Baksan. Two "
            "officers were killed and a third was wounded. Police returned fire, killing one of the attackers.\n\n"
            "On Monday, a bomb planted by a street in the town of Prokhladny exploded as a police car drove past. "
            "Sappers found and defused a second device nearby.\n\n"
            "Investigators said they believed both attacks were the work of the Caucasus Emirate.")
    first, second, *rest = run(text, published="2013-05-14").incidents
    assert (first.location.city, first.fatalities.best, first.injuries.best) == ("Baksan", 3, 1)  # no "third" dead
    assert (second.location.city, second.fatalities.best, second.target.type) == ("Prokhladny", 1, "Police")
    assert first.perpetrator.name == second.perpetrator.name == "Caucasus Emirate"  # "both attacks": not the defused one


def test_claims_monitor_entries_dated_by_the_deed_not_the_post(run) -> None:  # type: ignore[no-untyped-def]
    text = ("CLAIMS MONITOR - MYANMAR\nFriday, 9 December 2022\n\n"
            "SAGAING REGION\n\n"
            "Ye-U township - drone strike on police station (claim)\n"
            "The Shwebo District People's Defence Force said in a post on its Facebook page on Wednesday that its "
            "drone unit dropped three bombs on the police station in Ye-U town on Tuesday afternoon (6 December). "
            "The group claimed that two police officers were killed.\n\n"
            "Depayin township - convoy ambush (claim)\n"
            "A joint statement issued on Thursday by the same PDF battalion and a local defence group says their "
            "fighters ambushed a column of military trucks near Kyauk Myaung village on Wednesday morning "
            "(7 December). The groups claim five soldiers were killed.\n\n"
            'State-run media on Thursday evening reported that "terrorists" had attacked troops on the road.\n\n'
            "The full report can be downloaded as a PDF file.")
    strike, ambush = run(text, published="2022-12-09").incidents
    assert (strike.date, strike.perpetrator.name, strike.perpetrator.claimed) == ("2022-12-06", "People's Defence Force", True)
    assert (ambush.date, ambush.perpetrator.name, ambush.perpetrator.claimed) == ("2022-12-07", "People's Defence Force", True)


def test_charges_that_blew_a_hole_in_a_pipeline(run) -> None:  # type: ignore[no-untyped-def]
    text = ("In the early hours of Monday, explosive charges blew a hole in the oil pipeline in the rural area of "
            "Arauquita, the state oil company said. Crude spilled into a creek. No one was hurt.\n\n"
            "On Sunday night, a drone loaded with explosives was dropped onto the police station in the town of Tame, "
            "wounding two officers.")
    inc, _ = run(text, published="2025-04-08").incidents
    assert (inc.attack_type, inc.target.type, inc.date) == ("Bombing/Explosion", "Utilities", "2025-04-07")


def test_a_summary_bullet_about_either_clash_is_no_event(run) -> None:  # type: ignore[no-untyped-def]
    text = ("SUMMARY: the standoff so far\n\n"
            "- The standoff turned deadly on Friday morning when gunmen opened fire on a police cordon near Lahad Datu. "
            "Two commandos were killed.\n"
            "- On Saturday evening, police officers were ambushed in Semporna. Six policemen were killed.\n"
            "- No civilian deaths have been reported in either clash.")
    assert len(run(text, published="2013-03-04").incidents) == 2


def test_an_entry_told_shortly_afterwards_takes_the_day_of_the_one_before(run) -> None:  # type: ignore[no-untyped-def]
    text = ("BULLETIN | Tuesday, May 9, 2023\n\n"
            "On the evening of Saturday, May 6, gunmen opened fire on a police post in Dera Bugti, wounding two "
            "constables.\n"
            "- Sui post: Shortly afterwards, a second police post near Sui was struck by rocket fire; one constable "
            "was killed.")
    first, second = run(text, published="2023-05-09").incidents
    assert first.date == second.date == "2023-05-06"


def test_a_live_blog_of_two_blasts_with_a_closing_summary(run) -> None:  # type: ignore[no-untyped-def]
    text = ("LIVE: Blast hits minibus at Hilla checkpoint\n"
            "Saturday 12 October 2019 - all times local\n\n"
            "21:00 - We are closing this live page. Summary: a bomb hidden on a minibus exploded at the entrance to "
            "Hilla this afternoon, killing 9 people and wounding four. Earlier in the day a roadside bomb killed two "
            "soldiers in Tarmiyah, north of Baghdad.\n\n"
            "17:40 - The health ministry has updated its figures: 9 people killed and four wounded in Hilla.\n\n"
            "16:10 - Separate incident: an army officer tells us a roadside bomb struck a patrol near Tarmiyah, about "
            "50 km north of Baghdad, late this morning, killing two soldiers and wounding one.\n\n"
            "15:30 - Investigators believe a passenger left the bomb in a bag under a seat. Initial reports of a "
            "suicide bomber appear to be wrong.\n\n"
            "14:20 - Police say a minibus exploded while queuing at the checkpoint.\n\n"
            "14:05 - Reports of a loud explosion at the checkpoint on the road into Hilla.")
    incidents = run(text, published="2019-10-12").incidents
    assert len(incidents) == 2
    hilla = next(i for i in incidents if i.fatalities.best == 9)
    tarmiyah = next(i for i in incidents if i is not hilla)
    assert (hilla.injuries.best, hilla.suicide, hilla.attack_type) == (4, False, "Bombing/Explosion")
    assert (tarmiyah.fatalities.best, tarmiyah.injuries.best) == (2, 1)


def test_a_live_blogs_summary_of_the_day_and_the_road_to_a_settlement(run) -> None:  # type: ignore[no-untyped-def]
    text = ("LIVE: Settler raid on Burin - West Bank updates\nTuesday 21 May 2024\n\n"
            "18:30\nSummary of the day: settlers set fire to vehicles in Burin; one Palestinian was lightly injured. "
            "We are closing this live page.\n\n"
            "16:10\nThe Red Crescent says a 40-year-old man from Burin was lightly injured by stones thrown during the "
            "settler raid. Villagers say at least four cars and a tractor were torched on the eastern edge of the "
            "village, near the road to Yitzhar.\n\n"
            "15:20\nReports coming in of dozens of settlers entering Burin, south of Nablus, setting vehicles on fire.")
    inc = only(run(text, published="2024-05-21"))
    assert inc.location.city == "Būrīn"


def test_a_claims_watch_with_a_claim_line_under_each_entry(run) -> None:  # type: ignore[no-untyped-def]
    text = ("AFGHANISTAN CLAIMS WATCH\nissued Friday 25 November 2022\n\n"
            "1. KABUL CITY - Minibus explosion, Dasht-e-Barchi (Saturday)\n"
            "Claim: YES. Islamic State's Amaq News Agency, Sunday morning.\n"
            "Summary: An explosive device placed inside a passenger minibus went off on Saturday afternoon in "
            "Dasht-e-Barchi. Police said three passengers had been killed.\n\n"
            "2. MAZAR-I-SHARIF, BALKH - Magnetic bomb under car (Monday)\n"
            "Claim: NONE SEEN.\n"
            "Summary: A small magnetic bomb fixed under a car exploded on Monday morning in the centre of the city, "
            "wounding the owner.")
    kabul, mazar = run(text, published="2022-11-25").incidents
    assert kabul.perpetrator.claimed is True and kabul.perpetrator.name is not None
    assert mazar.perpetrator.claimed is False and mazar.perpetrator.name is None
