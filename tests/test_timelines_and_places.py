"""Timelines, where attackers and statements come from, quarters and upazilas, revised tolls: short reports written
for these tests."""

from __future__ import annotations

from conftest import only


def test_a_timelines_dated_headings_give_each_entry_its_day_and_place(run) -> None:  # type: ignore[no-untyped-def]
    text = ("TIMELINE: Attacks in Xinjiang, 2013-2015\n\n"
            "June 2, 2024\n\n"
            "Below are attacks reported by official media at the time.\n\n"
            "June 26, 2013 - Lukqun, Turpan prefecture, Xinjiang\n"
            "Attackers armed with knives stormed a police station and a government office. 24 people were killed.\n\n"
            "September 18, 2015 - Baicheng county, Aksu prefecture, Xinjiang\n"
            "Men armed with knives attacked a coal mine dormitory at night. At least 50 people were killed.\n")
    incs = run(text, published="2024-06-02").incidents
    assert [i.date for i in incs] == ["2013-06-26", "2015-09-18"]
    assert [i.fatalities.best for i in incs] == [24, 50]
    assert incs[1].location.admin1 == "Xinjiang Uygur Zizhiqu"  # Aksu's Baicheng, not Jilin's


def test_the_attackers_home_town_is_not_the_scene_but_a_victims_village_may_be(run) -> None:  # type: ignore[no-untyped-def]
    text = ("TEL AVIV, Oct 3 2024 - On August 4, a Palestinian man from Salfit in the West Bank stabbed passers-by in "
            "Holon, south of Tel Aviv, killing two people before police shot him dead.\n")
    inc = only(run(text, published="2024-10-03"))
    assert inc.location.country_code == "IL"
    assert inc.location.admin1 == "Tel Aviv"


def test_a_quarter_named_before_its_town_and_an_upazila_are_placed_in_their_country(run) -> None:  # type: ignore[no-untyped-def]
    honduras = ("HONDURAS WEEKLY SECURITY DIGEST\nWeek 20\n\nINCIDENTS\n\n"
                "Tuesday 14 May - Comayagüela, Francisco Morazán\n"
                "Gunmen shot dead a bus driver in Colonia Villa Nueva, Comayagüela, shortly after 6am.\n")
    inc = only(run(honduras, published="2024-05-20"))
    assert (inc.location.country_code, inc.location.city) == ("HN", "Comayagüela")  # not Guatemala's Villa Nueva
    bangladesh = ("BANDARBAN, April 9, 2024 - Armed men raided a bank branch in Thanchi upazila of Bandarban on Monday "
                  "night and abducted its manager, police said. The abducted manager was freed on Tuesday in a hilly "
                  "area of Ruma.\n")
    inc = only(run(bangladesh, published="2024-04-09"))  # the release is no second event
    assert (inc.location.country_code, inc.location.city) == ("BD", "Thanchi")


def test_an_age_is_no_count_and_someone_seized_by_a_group_is_kidnapped(run) -> None:  # type: ignore[no-untyped-def]
    text = ("CONCEPCION - Relatives held a mass on Monday for a rancher, Luis Ortega, who was 71 at the time he was taken. "
            "Ortega was seized on 2 March 2021 at his ranch near Horqueta, in Concepción department, by members of the "
            "Paraguayan People's Army (EPP).\n")
    inc = only(run(text, published="2024-03-04"))
    assert inc.attack_type == "Hostage Taking (Kidnapping)"
    assert inc.date == "2021-03-02"
    assert inc.kidnapped.best != 71


def test_a_statement_from_the_capital_updates_the_toll_and_a_revised_toll_replaces_the_first(run) -> None:  # type: ignore[no-untyped-def]
    text = ("MAKURDI, June 9, 2025 - Gunmen stormed the village of Tse-Akaa in Guma Local Government Area of Benue "
            "State on Friday night, killing at least 30 people, police said.\n\n"
            "Late on Saturday, a statement from Government House in Makurdi put the toll at \"not less than 42\".\n\n"
            "On January 30, a suicide bomber blew himself up in a mosque in Peshawar. Officials first gave a toll of "
            "101 before police revised it to 84.\n")
    benue, peshawar = run(text, published="2025-06-09").incidents
    assert benue.location.city != "Makurdi"  # where the statement came from, no second event
    assert any(e.field == "fatalities" and "42" in e.text for e in benue.evidence)  # the statement's toll is the event's
    assert peshawar.fatalities.best == 84


def test_a_monitors_labelled_entries_each_give_an_event_and_a_withdrawn_one_gives_none(run) -> None:  # type: ignore[no-untyped-def]
    text = ("CLAIMS MONITOR | Sagaing Region | Week 9: 26 February - 3 March 2024\n"
            "Published Monday 4 March 2024\n\n"
            "[C-1] Tuesday 27 Feb - near Myinmu town, Monywa-Sagaing road\n"
            "Claimant: Myinmu PDF.\n"
            "Claim: a remotely detonated mine destroyed a military truck; \"five soldiers killed\".\n\n"
            "[C-2] Thursday 29 Feb - Shwebo town, day market\n"
            "Claimant: regime media.\n"
            "Claim: a bomb left in a bag exploded at the market in the morning, killing three civilians.\n\n"
            "Withdrawn: a draft of this edition carried a claimed raid on a Monywa checkpoint on 1 March. The claimant "
            "deleted the post and later said no attack had taken place.\n")
    incs = run(text, published="2024-03-04").incidents
    assert [(i.date, i.location.city) for i in incs] == [("2024-02-27", "Myinmu"), ("2024-02-29", "Shwebo")]
    assert [i.fatalities.best for i in incs] == [5, 3]


def test_days_later_a_day_of_the_month_named_and_a_holiday_date_the_events_they_lead(run) -> None:  # type: ignore[no-untyped-def]
    text = ("CUCUTA, Colombia, Sept 3, 2024 - Two soldiers were killed when explosives dropped from a drone struck an "
            "army outpost near Tibú late on Monday, the army said. The army blamed the ELN, which has stepped up attacks "
            "on security forces since a ceasefire lapsed on Aug. 3.\n\n"
            "Hours earlier on Monday, a motorcycle packed with explosives blew up outside the police station in the town "
            "of El Tarra, wounding three police officers.\n\n"
            "In June 2021, a car bomb exploded inside an army base in Cúcuta on the 15th, injuring 36 people. Ten days "
            "later gunmen opened fire on a helicopter carrying the president as it approached the city.\n\n"
            "On Christmas Eve 2022, police found an explosive device fixed to a fuel truck near Cúcuta airport and "
            "defused it.\n")
    incs = run(text, published="2024-09-03").incidents
    assert sorted(i.date for i in incs) == ["2021-06-15", "2021-06-25", "2022-12-24", "2024-09-02", "2024-09-02"]
    assert {i.location.city for i in incs if i.date == "2024-09-02"} == {"Tibú", "El Tarra"}  # no event of 3 August


def test_an_attacker_who_then_drove_elsewhere_did_two_things_and_a_district_told_by_its_bearing_is_the_place(run) -> None:  # type: ignore[no-untyped-def]
    text = ("OSLO, 5 July 2024 - On 22 July 2011, a man parked a van loaded with a fertiliser bomb outside the "
            "government quarter in Oslo. The blast killed eight people. He then drove to the island of Utøya, where a "
            "youth camp was being held, and shot dead 69 people.\n\n"
            "On 10 August 2019, a gunman shot dead his stepsister at the family home in Bærum, west of Oslo.\n")
    incs = run(text, published="2024-07-05").incidents
    assert [(i.location.city, i.fatalities.best) for i in incs] == [("Oslo", 8), ("Utøya", 69), ("Bærum", 1)]
