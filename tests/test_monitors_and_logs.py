"""Claims monitors, incident logs with fields, follow-ups and tallies: short reports written for these tests."""

from __future__ import annotations

from conftest import only


def test_a_claims_monitor_entry_is_claimed_by_the_group_the_monitor_follows(run) -> None:  # type: ignore[no-untyped-def]
    text = ("CLAIMS MONITOR | Islamic State activity in northern Mozambique\n"
            "Reporting period: Monday 10 - Sunday 16 October 2022\n"
            "Claims are reproduced as the group published them, then checked against local sources.\n\n"
            "1. NAQUITENGUE, MOCIMBOA DA PRAIA DISTRICT (CABO DELGADO) - Wednesday 12 October\n"
            "Claim: fighters \"attacked a patrol of the army\" and \"killed six soldiers\".\n"
            "Check: a district official told us three soldiers died in the ambush.\n")
    inc = only(run(text, published="2022-10-17"))
    assert inc.perpetrator.name == "Islamic State Mozambique Province"  # the branch that acts in Mozambique
    assert inc.perpetrator.claimed is True
    assert inc.location.city == "Naquitengue"  # the entry's heading names a village no gazetteer lists
    assert inc.fatalities.best == 3  # the checked toll, not the claim's six
    assert inc.date == "2022-10-12"


def test_an_incident_logs_fields_give_each_entry_its_day_and_place(run) -> None:  # type: ignore[no-untyped-def]
    text = ("WEEKLY INCIDENT LOG - RAKHINE STATE\n"
            "Compiled 20 November 2023\n\n"
            "[1] Claimant: Arakan Army (AA)\n"
            "Date of event: Monday 13 November\n"
            "Location: Kyauktaw town, Kyauktaw township\n"
            "Claim: AA fighters attacked the town's police station and said nine officers were killed.\n\n"
            "[2] Claimant: none\n"
            "Date of event: Thursday 16 November\n"
            "Location: Minbya town\n"
            "Event: Unidentified gunmen shot dead a village administrator outside his home.\n")
    incs = run(text, published="2023-11-20").incidents
    assert [i.date for i in incs] == ["2023-11-13", "2023-11-16"]
    station, killing = incs
    assert station.perpetrator.name == "Arakan Army"
    assert station.perpetrator.claimed is True  # the entry's "Claimant:" field
    assert station.fatalities.best == 9
    assert killing.location.admin1 == station.location.admin1 == "Rakhine"
    assert killing.perpetrator.claimed is not True


def test_a_bare_date_field_of_a_press_note_is_the_day_it_was_issued(run) -> None:  # type: ignore[no-untyped-def]
    text = ("OFFICE OF THE SUPERINTENDENT OF POLICE, DISTRICT SUKMA\n"
            "PRESS NOTE\n"
            "Date: 14.03.2025\n\n"
            "1. On 13.03.2025, at about 0700 hrs, armed Maoists opened fire on a joint team of DRG and CRPF near "
            "village Tadmetla in Sukma district. The security forces retaliated. The bodies of two "
            "uniformed Maoists were recovered after the firing stopped.\n")
    inc = only(run(text, published="2025-03-14"))
    assert inc.date == "2025-03-13"
    assert inc.location.country_code == "IN"


def test_a_column_of_troops_is_no_toll(run) -> None:  # type: ignore[no-untyped-def]
    text = ("LASHIO, March 3 (Agency) - Rebels ambushed a military column of about 80 troops near Hsenwi on "
            "Sunday, killing at least 12 soldiers, the group said.")
    inc = only(run(text, published="2024-03-03"))
    assert inc.fatalities.best == 12
    assert inc.fatalities.high in {None, 12}


def test_a_claim_of_the_attacks_told_after_their_tally_is_each_ones(run) -> None:  # type: ignore[no-untyped-def]
    text = ("GRAZ, 10 March 1999 - A court convicted a man over two bombings in Burgenland.\n\n"
            "The bomb that killed two men in Oberwart went off late on 4 February 1995.\n\n"
            "Two days later, on 6 February 1995, a second bomb exploded in Stinatz, injuring a municipal worker.\n\n"
            "Between December 1993 and December 1996 the campaign killed four people and injured 15 in all.\n\n"
            "Letters claiming the attacks were signed in the name of a \"Bavarian Liberation Army\".")
    incs = run(text, published="1999-03-10").incidents
    assert len(incs) == 2
    assert all(i.perpetrator.name == "Bavarian Liberation Army" and i.perpetrator.claimed for i in incs)


def test_a_group_that_carried_out_the_attacks_claims_every_one(run) -> None:  # type: ignore[no-untyped-def]
    text = ("QUETTA, Aug 26 (Wire) - Separatist fighters staged a string of attacks across Balochistan overnight, "
            "officials said.\n\n"
            "In Musakhel district, armed men set up a roadblock on the highway near Rarasham early on Monday and shot "
            "dead at least 20 travellers.\n\n"
            "Further north, in Kalat district, militants opened fire before dawn on Monday on a Levies post at Mangochar, killing "
            "three Levies personnel.\n\n"
            "The Balochistan Liberation Army said in a statement that its fighters had carried out the attacks.")
    incs = run(text, published="2024-08-26").incidents
    assert len(incs) == 2
    assert all(i.perpetrator.name == "Balochistan Liberation Army" and i.perpetrator.claimed for i in incs)


def test_a_count_brought_up_to_date_is_a_published_figure_not_an_event(run) -> None:  # type: ignore[no-untyped-def]
    text = ("LAMU, May 18 (Agency) - Two police officers were killed on Tuesday when their vehicle struck a "
            "roadside bomb near Milimani, police said.\n\n"
            "The latest deaths bring to at least 12 the number of security officers killed in Lamu County since "
            "January, according to figures compiled by this newspaper.")
    ex = run(text, published="2023-05-18")
    inc = only(ex)
    assert inc.fatalities.best == 2
    assert [(s.measure, s.value, s.period_start[:7]) for s in ex.statistics] == [("deaths", 12, "2023-01")]


def test_a_total_made_up_of_its_parts_is_not_added_to_them(run) -> None:  # type: ignore[no-untyped-def]
    text = ("The Police Command confirms that on Thursday gunmen invaded a secondary school in Kebbi State and a "
            "total of forty (40) persons, made up of thirty-six (36) students and four (4) teachers, were "
            "abducted.")
    inc = only(run(text, published="2021-06-18"))
    assert inc.kidnapped.best == 40


def test_the_last_months_of_a_year_end_it(run) -> None:  # type: ignore[no-untyped-def]
    text = ("PORT-AU-PRINCE (Agency) - Gang violence killed 1,204 people and 701 people were kidnapped in the last "
            "three months of 2023, a United Nations report said on Monday.")
    stats = run(text, published="2024-01-15").statistics
    assert stats
    assert {(s.period_start, s.period_end) for s in stats} == {("2023-10-01", "2023-12-31")}


def test_a_verdicts_lead_names_the_event_the_court_heard_of(run) -> None:  # type: ignore[no-untyped-def]
    text = ("KANDY, Nov. 14 - A High Court on Thursday found two men guilty of helping to plan the 1998 truck bombing "
            "of the Temple of the Tooth, more than four years after the attack.\n\n"
            "The court heard that on the morning of Sunday, January 25, 1998, a truck loaded with explosives was "
            "driven through the gate of the temple. The driver, a rebel cadre, detonated the load at the entrance.\n\n"
            "According to the prosecution, 16 people were killed, a figure that does not include the driver.")
    inc = only(run(text, published="2002-11-14"))
    assert inc.date == "1998-01-25"  # not the day of the verdict
    assert inc.suicide  # the driver set off the load he drove
    assert inc.fatalities.best == 17


def test_a_live_entry_that_opens_on_another_town_is_another_event(run) -> None:  # type: ignore[no-untyped-def]
    text = ("LIVE: Attacks on police stations in Cauca\n\n"
            "Last updated Tuesday, 10 June 2025, 12:00\n\n"
            "12:00\nThe governor has called an emergency security council. We will keep this page updated.\n\n"
            "11:40\nIn Suárez, a drone dropped an explosive charge on the police station, wounding two officers, the "
            "police command says.\n\n"
            "09:15\nGunmen have been firing on the police station in Caldono for more than an hour, according to "
            "residents. Police say one officer has been killed and three wounded.\n")
    incs = run(text, published="2025-06-10").incidents
    assert len(incs) == 2
    shooting, drone = incs
    assert (shooting.location.city, shooting.fatalities.best, shooting.injuries.best) == ("Caldono", 1, 3)
    assert (drone.location.city, drone.sub_event_type, drone.injuries.best) == ("Suárez", "Air/drone strike", 2)


def test_a_factbox_lists_each_attack_under_its_date_and_place(run) -> None:  # type: ignore[no-untyped-def]
    text = ("FACTBOX - Attacks on places of worship in Europe\n\n"
            "March 3, 2024\n\n"
            "Below are some of the attacks of recent years:\n\n"
            "* October 9, 2019 - Halle, Germany\n"
            "  A gunman tries to force his way into a synagogue on Yom Kippur and, failing, shoots two passers-by "
            "dead and wounds two other people.\n\n"
            "* July 26, 2016 - Saint-Etienne-du-Rouvray, France\n"
            "  Two attackers storm a church during morning mass and kill the priest.\n")
    incs = run(text, published="2024-03-03").incidents
    assert [(i.date, i.location.city) for i in incs] == [("2019-10-09", "Halle (Saale)"),
                                                         ("2016-07-26", "Saint-Étienne-du-Rouvray")]
    assert (incs[0].fatalities.best, incs[0].injuries.best) == (2, 2)  # the list's present tense


def test_a_vehicle_driven_into_people_is_an_unarmed_assault(run) -> None:  # type: ignore[no-untyped-def]
    text = ("NICE, July 15 (Agency) - A man drove a rented truck into a crowd watching the fireworks on the seafront "
            "on Thursday night, killing 12 people and injuring 40, police said.")
    inc = only(run(text, published="2021-07-15"))
    assert inc.attack_type == "Unarmed Assault"  # GTD's code for a vehicle used as the weapon
    assert (inc.fatalities.best, inc.injuries.best) == (12, 40)


def test_a_group_that_only_denies_is_no_perpetrator(run) -> None:  # type: ignore[no-untyped-def]
    text = ("MAUNGDAW, Nov 19 - Unidentified gunmen shot dead a village administrator outside his home on Saturday. "
            "ARSA, which has been accused of killing administrators in the past, said on social media that it had "
            "\"no connection\" with the killing.")
    inc = only(run(text, published="2023-11-19"))
    assert inc.perpetrator.name is None
    assert inc.perpetrator.claimed is False


def test_an_event_measured_against_an_earlier_one_tells_that_one_too(run) -> None:  # type: ignore[no-untyped-def]
    text = ("AYACUCHO, Aug 20 - Rebels ambushed an army patrol near Pichari on Tuesday, killing three soldiers, the "
            "army said.\n\n"
            "The attack of Tuesday is the most serious since April, when an ambush in Ayacucho left eleven soldiers "
            "dead.\n\n"
            "The Pichari ambush was followed two days later by a separate attack in Huanta, where gunmen shot dead a "
            "police officer.")
    incs = run(text, published="2009-08-20").incidents
    assert len(incs) == 3
    dates = sorted((i.date, i.date_precision, i.fatalities.best) for i in incs)
    assert dates == [("2009-04-01", "month", 11), ("2009-08-18", "day", 3), ("2009-08-20", "day", 1)]
