"""Villages no gazetteer lists, digest entries, revised tolls and tallies: short reports written for these tests."""

from __future__ import annotations

from conftest import only
from sitrep.resolve.gazetteer import default_gazetteer


def test_village_named_in_the_lead_beats_a_town_named_later(run) -> None:  # type: ignore[no-untyped-def]
    text = ("GOMA, 3 May 2025 - Rebels killed 14 people in an attack on the village of Kabunyoro in eastern Congo "
            "late on Thursday, local officials said.\n\n"
            "An army spokesman in Goma said troops had been sent to the area.")
    inc = only(run(text, published="2025-05-03"))
    assert inc.location.city == "Kabunyoro"
    assert inc.location.country_code == "CD"


def test_place_told_by_its_distance_from_a_town(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Two soldiers were killed on Tuesday when a roadside bomb hit their truck near Dhabayle, about 12 km "
            "east of Afgoye, officials said.")
    inc = only(run(text, published="2024-11-13"))
    assert inc.location.city == "Dhabayle"
    assert inc.location.admin1 is not None and "Shab" in inc.location.admin1  # Afgoye's province places it


def test_thai_village_by_its_prefix(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen shot dead a village headman in Ban Khok Sato in Narathiwat province, Thailand, on Monday "
            "night, police said.")
    inc = only(run(text, published="2025-02-04"))
    assert inc.location.city == "Ban Khok Sato"
    assert inc.location.admin1 == "Narathiwat"


def test_road_between_two_towns_takes_the_first(run) -> None:  # type: ignore[no-untyped-def]
    text = "Bandits abducted nine travellers on the road between Funtua and Gusau on Sunday, police said."
    inc = only(run(text, published="2024-06-10"))
    assert inc.location.city == "Funtua"
    assert inc.location.precision == "near"


def test_border_with_a_country_names_the_country_not_a_province(run) -> None:  # type: ignore[no-untyped-def]
    text = ("MAIDUGURI, Nigeria - On January 24, ISWAP fighters attacked a base in Malam Fatori, near the border "
            "with Niger, killing at least 20 soldiers.")
    inc = only(run(text, published="2025-02-10"))
    assert inc.location.admin1 == "Borno"


def test_gazetteer_finds_names_without_their_article_and_with_single_vowels() -> None:
    gaz = default_gazetteer()
    assert any(p.country_code == "LY" and p.kind == "city" for p in gaz.lookup("Qatrun"))  # Al Qatrun
    assert any(p.country_code == "SO" and p.kind == "admin1" for p in gaz.lookup("Hiraan"))  # Hiiraan
    assert not any(p.name == "Moore" for p in gaz.lookup("More"))  # no loose reading of a plain word


def test_digest_entries_dated_day_slash_month_are_separate_events(run) -> None:  # type: ignore[no-untyped-def]
    text = ("WEEKLY SECURITY DIGEST\nIssued 17/03/2025\n\n"
            "- 11/03 - Narathiwat: A roadside bomb wounded three rangers on a rural road in Rueso district.\n"
            "- 13/03 - Pattani: Two men on a motorcycle shot dead a village headman in Yaring district.\n")
    ex = run(text, published="2025-03-17")
    assert sorted(i.date for i in ex.incidents) == ["2025-03-11", "2025-03-13"]
    shot = next(i for i in ex.incidents if i.date == "2025-03-13")
    assert shot.fatalities.best == 1 and shot.location.admin1 == "Pattani"


def test_separately_starts_another_event_on_the_same_day(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Two soldiers were killed when a bomb hit their vehicle in Mir Ali on Saturday, officials said.\n\n"
            "Separately, the bomb disposal squad defused an explosive device planted under a culvert near "
            "Bannu on Saturday morning. Nobody was hurt.")
    ex = run(text, published="2024-08-18")
    assert len(ex.incidents) == 2
    defused = next(i for i in ex.incidents if i.sub_event_type == "Disrupted weapons use")
    assert defused.fatalities.best == 0


def test_generic_word_tied_to_one_group_names_the_doer(run) -> None:  # type: ignore[no-untyped-def]
    text = ("CONFLICT UPDATE\n\nInsurgents linked to Islamic State Mozambique continued to move between the "
            "Messalo valley and the coast this week.\n\n"
            "On Friday 18 July, insurgents abducted five children from a farm on the outskirts of Chai, in "
            "Cabo Delgado province.")
    inc = only(run(text, published="2025-07-23"))
    assert inc.perpetrator.name == "Islamic State Mozambique Province"
    assert inc.perpetrator.claimed is False  # the event itself tells of no claim


def test_figure_in_those_attacks_is_the_tally_not_an_event(run) -> None:  # type: ignore[no-untyped-def]
    text = ("The institute said it recorded 856 militant attacks across Pakistan in 2024. "
            "At least 1,082 people were killed in those attacks, the institute said. "
            "More than 60 percent of all attacks took place in Khyber Pakhtunkhwa province.")
    ex = run(text, published="2025-01-02")
    assert not ex.incidents
    deaths = next(s for s in ex.statistics if s.measure == "deaths")
    assert (deaths.value, deaths.period_start, deaths.period_end) == (1082, "2024-01-01", "2024-12-31")


def test_earlier_toll_is_dropped_and_a_stated_total_is_not_added_to(run) -> None:  # type: ignore[no-untyped-def]
    text = ("ADEN, 12 August 2025 - Six soldiers were killed in Sunday night's attack on an army position near "
            "Mudiyah in Abyan province, a spokesman said on Tuesday.\n\n"
            "Earlier reports on Monday had put the toll at four soldiers dead.\n\n"
            "The bomber and two of the gunmen were killed, the spokesman said, bringing the overall death toll "
            "to nine.")
    inc = only(run(text, published="2025-08-12"))
    assert inc.fatalities.best == 9


def test_one_attack_called_one_of_the_deadliest_is_an_event(run) -> None:  # type: ignore[no-untyped-def]
    text = ("In August last year, an AQAP car bomb attack on a military camp in Abyan province killed around 16 "
            "soldiers, one of the deadliest single attacks on southern forces in recent years.")
    ex = run(text, published="2025-08-12")
    assert not ex.statistics
    inc = only(ex)
    assert inc.fatalities.best == 16 and inc.background


def test_digest_entry_heading_dates_and_places_the_events_below_it(run) -> None:  # type: ignore[no-untyped-def]
    text = ("HAITI SECURITY BRIEF - Week 14\nPublished 7 April 2025\n\n"
            "KEY POINTS\n- Bus passengers abducted on National Road 1 in the lower Artibonite.\n\n"
            "CENTRE\nMon 31 March - Mirebalais.\n"
            "Heavily armed men entered Mirebalais before dawn. The attackers stormed the prison and set fire to "
            "the police station. Local authorities reported at least 10 people killed.\n\n"
            "OUEST\nWed 2 April - Kenscoff (Belot).\n"
            "Gang members attacked the locality of Belot, in the commune of Kenscoff, burning a dozen houses. "
            "Three residents were killed, and several hundred people fled downhill.\n\n"
            "ARTIBONITE\nFri 4 April - National Road 1, near Pont-Sondé.\n"
            "Armed men stopped a public bus travelling from Saint-Marc to Gonaïves and abducted six passengers.\n")
    ex = run(text, published="2025-04-07")
    by_date = {i.date: i for i in ex.incidents}
    assert sorted(by_date) == ["2025-03-31", "2025-04-02", "2025-04-04"]  # the key point is the bus, told below
    assert by_date["2025-03-31"].attack_type == "Armed Assault" and by_date["2025-03-31"].fatalities.best == 10
    assert by_date["2025-04-02"].location.city == "Belot" and by_date["2025-04-02"].fatalities.best == 3
    bus = by_date["2025-04-04"]
    assert bus.location.admin1 == "Artibonite"  # the section it is listed under
    assert bus.location.city != "Gonaïves"  # where the bus was going
    assert bus.kidnapped.best == 6  # not the road's number


def test_town_and_its_quarter_in_brackets(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Sat 5 April - Port-au-Prince (Solino). Gang members attacked a police position at the edge of Solino, "
            "police said, killing two of the assailants.")
    inc = only(run(text, published="2025-04-07"))
    assert inc.location.city == "Solino"


def test_abbreviation_in_brackets_is_no_quarter(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Jihadists from Islamic State West Africa Province (ISWAP) overran an army base in the village of "
            "Wajiroko in Borno state late on Tuesday, killing five soldiers. The soldiers pulled back towards "
            "Damboa town.")
    inc = only(run(text, published="2025-04-10"))
    assert inc.location.city == "Wajiroko"  # neither "ISWAP" nor the town the soldiers fell back to
    assert inc.attack_type == "Armed Assault"


def test_incursion_told_by_what_the_fighters_did_is_its_own_event(run) -> None:  # type: ignore[no-untyped-def]
    text = ("On Monday 14 July, insurgents beheaded two fishermen on the beach near Quiterajo, in Cabo Delgado "
            "province.\n\n"
            "On 15 July, a group of around 20 insurgents entered the administrative post headquarters of Mucojo in "
            "the late afternoon. They looted food and clothing from shops and set fire to at least 10 houses before "
            "leaving northwards. No casualties were reported.")
    ex = run(text, published="2025-07-23")
    raid = next(i for i in ex.incidents if i.date == "2025-07-15")
    assert raid.location.city == "Mucojo"
    assert raid.attack_type == "Facility/Infrastructure Attack"
    assert raid.fatalities.best == 0
    assert len(ex.incidents) == 2


def test_military_air_strike_is_the_countrys_forces(run) -> None:  # type: ignore[no-untyped-def]
    text = ("A military air strike hit a village in Depayin township of Myanmar's Sagaing Region during a morning "
            "market on Wednesday, killing at least eight civilians, residents said.")
    inc = only(run(text, published="2025-03-14"))
    assert inc.perpetrator.name == "Myanmar military"
    assert inc.sub_event_type == "Air/drone strike"


def test_province_in_brackets_picks_the_town_of_that_province(run) -> None:  # type: ignore[no-untyped-def]
    text = "Maoists killed a villager in Bijapur (Chhattisgarh) on Monday night, police said."
    inc = only(run(text, published="2025-06-12"))
    assert inc.location.admin1 == "Chhattisgarh"  # not the larger Bijapur (Vijayapura) in Karnataka


def test_unit_losses_and_wounded_who_died(run) -> None:  # type: ignore[no-untyped-def]
    text = ("A drone strike on a wedding in Zelima, a village in Bure woreda of Ethiopia's Amhara region, killed "
            "thirteen people on Saturday. Eleven died at the scene. Two wounded guests died on Sunday at the "
            "hospital in Bure. At least twenty "
            "other people were wounded. Residents said the drone belonged to the federal army, the Ethiopian "
            "National Defense Force (ENDF).")
    inc = only(run(text, published="2024-11-18"))
    assert (inc.fatalities.best, inc.injuries.best) == (13, 20)
    assert inc.perpetrator.name == "Ethiopian National Defense Force"


def test_we_lost_five_men_counts_the_dead(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Fighters overran an army base in Borno state late on Tuesday. \"We lost five men and at least 12 others "
            "were wounded,\" said an officer.")
    inc = only(run(text, published="2025-04-10"))
    assert (inc.fatalities.best, inc.injuries.best) == (5, 12)


def test_strike_on_a_member_the_strikers_name_targets_the_group(run) -> None:  # type: ignore[no-untyped-def]
    text = ("BEIRUT, May 21 - An Israeli drone strike on a car near Nabatieh in southern Lebanon killed one person "
            "late on Tuesday, the health ministry said. The Israeli military said it had \"eliminated\" a member of "
            "Hezbollah's elite Radwan Force.")
    inc = only(run(text, published="2025-05-21"))
    assert inc.target.type == "Terrorists/Non-State Militia"


def test_conscripts_are_soldiers(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Militants attacked an army checkpoint in Egypt's North Sinai province late on Tuesday, killing an "
            "officer and three conscripts, security sources said.")
    inc = only(run(text, published="2021-10-07"))
    assert inc.fatalities.best == 4 and inc.fatalities.security_forces == 4


def test_device_located_and_destroyed_in_a_controlled_manner_is_a_foiled_bombing(run) -> None:  # type: ignore[no-untyped-def]
    text = ("1. On 14 March 2025, troops were attacked with rifle fire in the vereda Sinaí, municipality of Argelia, "
            "Cauca. Two attackers died in combat.\n\n"
            "2. The day before, on 13 March, a military engineers team located and destroyed in a controlled manner "
            "an improvised explosive device of approximately 20 kilograms on a rural road near El Plateado.")
    ex = run(text, published="2025-03-16")
    foiled = next(i for i in ex.incidents if i.date == "2025-03-13")
    assert foiled.sub_event_type == "Disrupted weapons use"
    assert (foiled.fatalities.best, foiled.injuries.best) == (0, 0)


def test_digest_tally_takes_the_period_its_header_covers(run) -> None:  # type: ignore[no-untyped-def]
    text = ("NORTH KIVU WEEKLY SECURITY DIGEST\nReporting period: 08-14 September 2025 | Issued: 15/09/2025\n\n"
            "SUMMARY\nThe platform recorded 4 security incidents during the period, with a total of 17 fatalities, "
            "up from 2 incidents the previous week.\n\n"
            "1. BENI TERRITORY - Tue 09/09 - Mantumbi village\nADF combatants attacked residents with machetes.\n"
            "11 civilians killed, including 3 women.\n")
    ex = run(text, published="2025-09-15")
    figures = {(s.measure, s.value, s.period_start, s.period_end) for s in ex.statistics}
    assert ("incidents", 4, "2025-09-08", "2025-09-14") in figures
    assert ("deaths", 17, "2025-09-08", "2025-09-14") in figures
    assert ("incidents", 2, "2025-09-01", "2025-09-07") in figures
    entry = only(ex)
    assert entry.fatalities.best == 11  # the entry's own dead, not a breakdown of the week's tally


def test_a_claim_of_a_further_attack_on_another_day_is_that_attack(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Jaish al-Adl claimed the killing of two Basij members on the main road of Jaleq in Saravan county, "
            "Iran, on Monday evening, a monitor said on Wednesday. In the same statement, Jaish al-Adl also claimed "
            "a hand grenade attack on a police station in Rask late on Sunday, saying three officers had been "
            "wounded.")
    ex = run(text, published="2024-12-04")
    assert sorted(i.date for i in ex.incidents) == ["2024-12-01", "2024-12-02"]
    grenade = next(i for i in ex.incidents if i.date == "2024-12-01")
    assert grenade.sub_event_type == "Grenade" and grenade.perpetrator.claimed is True


def test_killing_an_officer_and_a_conscript_is_two_dead(run) -> None:  # type: ignore[no-untyped-def]
    text = ("EGYPT (North Sinai) - An improvised explosive device hit an army vehicle during a patrol west of "
            "Bir al-Abd on Monday, killing an officer and a conscript and wounding three soldiers.")
    inc = only(run(text, published="2022-09-15"))
    assert (inc.fatalities.best, inc.injuries.best) == (2, 3)


def test_a_listed_breakdown_is_part_of_the_toll_and_taken_away_is_abducted(run) -> None:  # type: ignore[no-untyped-def]
    text = ("On Saturday night, Boko Haram fighters burst into Kerawa, a border village in the commune of Kolofata "
            "in Cameroon's Far North region. Three civilians were killed. Seven people, among them four women and "
            "two girls, were taken away by the attackers towards the Nigerian side.")
    inc = only(run(text, published="2025-06-17"))
    assert inc.kidnapped.best == 7  # not 7 + 4 + 2
    assert inc.fatalities.best == 3


def test_digest_entry_under_a_unit_heading_takes_the_village_its_text_names(run) -> None:  # type: ignore[no-untyped-def]
    # Léré is a town in Nigeria and Chad too; in a Mali entry headed by its cercle it is the Malian village
    text = ("WEEKLY DIGEST\nReporting period: 2-8 September 2024\n\nMALI\n"
            "Wed 04/09 - Tombouctou region, Niafunké cercle\n"
            "A drone strike hit a gathering at the weekly fair in Léré, killing at least eight civilians, residents "
            "said. The strike is attributed to the Malian Armed Forces (FAMa).\n\n"
            "BURKINA FASO\nMon 02/09 - Centre-Nord region, Sanmatenga province\n"
            "A supply convoy was ambushed about 8 km south of Dablo. Between nine and 12 soldiers were killed.\n")
    ex = run(text, published="2024-09-10")
    by_country = {i.location.country_code: i for i in ex.incidents}
    mali, burkina = by_country["ML"], by_country["BF"]
    assert mali.location.city == "Léré" and mali.location.precision == "district"
    assert mali.perpetrator.name == "Malian Armed Forces"
    assert burkina.location.city == "Dablo"
    assert (burkina.fatalities.best, burkina.fatalities.low, burkina.fatalities.high) == (9, 9, 12)


def test_live_blog_entries_take_the_blogs_day_and_its_cumulative_figures_are_statistics(run) -> None:  # type: ignore[no-untyped-def]
    text = ("LIVE: strikes across south Lebanon\nTuesday 15 October 2024 | Updated continuously\n\n"
            "17:40\nThe health ministry has released its latest cumulative figures: 2,350 people killed and 10,906 "
            "wounded in Israeli attacks since 8 October 2023.\n\n"
            "13:05\nReports of a drone strike on a car on the coastal road between Tyre and Naqoura. The state news "
            "agency says two people were killed.\n\n"
            "11:30\nThe health ministry has raised the toll from the morning strike on Kfar Rumman to five dead. "
            "Earlier it had said three people were killed.\n\n"
            "08:10\nAn Israeli air strike has hit a house in the village of Kfar Rumman, near Nabatieh in south Lebanon. The "
            "health ministry says three people were killed.\n")
    ex = run(text, published="2024-10-15")
    assert {(s.measure, s.value, s.period_start) for s in ex.statistics} == {
        ("deaths", 2350, "2023-10-08"), ("injuries", 10906, "2023-10-08")}
    tolls = sorted((i.location.city, i.date, i.fatalities.best) for i in ex.incidents)
    assert tolls == [("Kfar Rumman", "2024-10-15", 5), ("Tyre", "2024-10-15", 2)]


def test_a_mast_destroyed_is_a_facility_attack_and_residents_of_x_name_the_village(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Residents of Hulugho in Garissa County, Kenya, have been without mobile network since Monday night after "
            "suspected al-Shabaab militants set fire to a communication mast on the edge of the town.\n\n"
            "In October last year, al-Shabaab fighters destroyed a mast in Ijara town, also in Garissa County, in a "
            "similar night raid.")
    ex = run(text, published="2025-01-28")
    places = sorted((i.location.city, i.attack_type, i.background) for i in ex.incidents)
    assert places == [("Hulugho", "Facility/Infrastructure Attack", False),
                      ("Ijara", "Facility/Infrastructure Attack", True)]


def test_x_community_names_a_nigerian_village(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Armed bandits on Sunday night invaded Kuriga community in Chikun Local Government Area of Kaduna State, "
            "killing two farmers and abducting eleven residents. Leaders of the Christian community condemned it.")
    inc = only(run(text, published="2025-11-11"))
    assert (inc.location.admin1, inc.location.city) == ("Kaduna", "Kuriga")
    assert (inc.fatalities.best, inc.kidnapped.best) == (2, 11)


def test_two_days_two_villages_in_one_local_report(run) -> None:  # type: ignore[no-untyped-def]
    text = ("IMPHAL, Sep 3: Panic gripped villages along the foothills of Imphal West after armed miscreants "
            "carried out two separate attacks on Sunday and Monday.\n\n"
            "On Sunday afternoon, heavily armed men above Koutruk village opened indiscriminate fire on the village "
            "and dropped bombs from drones. A woman was killed on the spot.\n\n"
            "On Monday, at about 7 pm, another drone dropped explosives on Senjam Chirang village, a short distance "
            "from Koutruk. Three persons were injured.\n\n"
            "Nobody has so far taken responsibility for either attack.")
    ex = run(text, published="2024-09-03")
    got = sorted((i.date, i.location.admin1, i.location.city, i.perpetrator.claimed) for i in ex.incidents)
    assert got == [("2024-09-01", "Manipur", "Koutruk", False), ("2024-09-02", "Manipur", "Senjam Chirang", False)]


def test_an_army_release_on_an_encounter_in_a_barangay(run) -> None:  # type: ignore[no-untyped-def]
    text = ("MARAWI CITY - Three members of the Dawlah Islamiyah-Maute Group (DI-MG) were killed while one soldier was "
            "wounded in an encounter with troops in Barangay Ragayan, Butig, Lanao del Sur, on Saturday, 27 July 2024. "
            "In the clearing operation that followed, troops found the bodies of three enemy personnel.")
    inc = only(run(text, published="2024-07-28"))
    assert inc.location.city == "Ragayan"
    assert (inc.fatalities.best, inc.fatalities.militants, inc.fatalities.security_forces, inc.injuries.best) == (3, 3, None, 1)


def test_live_blog_update_on_an_earlier_place_goes_back_to_that_event(run) -> None:  # type: ignore[no-untyped-def]
    text = ("LIVE: Mexico votes\nSunday, 2 June 2024 - updates in central Mexico time\n\n"
            "09:40\nFirst reports of violence: local media in Puebla say a man was shot dead near a polling station in "
            "Coyomeapan, a mountain municipality.\n\n"
            "11:15\nIn Chiapas, armed men broke into a polling station in the municipality of Chicomuselo, took the "
            "ballot boxes and set them on fire in the street. No one was hurt.\n\n"
            "12:30\nThe latest candidate killed was Israel Delgado, a candidate for the municipal council in Cuitzeo, "
            "Michoacán, who was shot dead outside his home on Friday morning.\n\n"
            "14:30\nUpdate on Coyomeapan: the state prosecutor's office now says two people were killed and one "
            "wounded when armed men opened fire on voters.\n")
    ex = run(text, published="2024-06-02")
    got = {i.location.city: (i.date, i.fatalities.best, i.attack_type) for i in ex.incidents}
    assert got["Coyomeapan"] == ("2024-06-02", 2, "Armed Assault")
    assert got["Chicomuselo"] == ("2024-06-02", 0, "Facility/Infrastructure Attack")
    assert got["Cuitzeo del Porvenir"] == ("2024-05-31", 1, "Assassination")


def test_a_live_blogs_closing_recap_is_not_read_again(run) -> None:  # type: ignore[no-untyped-def]
    text = ("LIVE: strikes across south Lebanon\nTuesday 15 October 2024 | Updated continuously\n\n"
            "18:10\nThat is where we will pause for today. Here is a recap of the main events:\n"
            "- An Israeli strike on a house in Kfar Rumman, near Nabatieh, killed five people.\n"
            "- Two men were killed when a drone hit their car on the coastal road south of Tyre.\n\n"
            "13:05\nReports of a drone strike on a car on the coastal road between Tyre and Naqoura in south Lebanon. "
            "The state news agency says two people were killed.\n\n"
            "08:10\nAn Israeli air strike has hit a house in the village of Kfar Rumman, near Nabatieh in south "
            "Lebanon. The health ministry says five people were killed.\n")
    ex = run(text, published="2024-10-15")
    assert sorted((i.location.city, i.fatalities.best) for i in ex.incidents) == [("Kfar Rumman", 5), ("Tyre", 2)]


def test_area_of_a_district_named_with_a_capital_word_is_the_village(run) -> None:  # type: ignore[no-untyped-def]
    # a Hassan lies in India; the district named after it is Pakistan's
    text = ("Security forces conducted an intelligence based operation in Hassan Khel area of North Waziristan "
            "District on Monday, killing 14 militants, the military said.")
    inc = only(run(text, published="2025-06-18"))
    assert inc.location.country_code == "PK" and inc.location.city == "Hassan Khel"
    assert inc.perpetrator.name is not None and inc.target.type == "Terrorists/Non-State Militia"


def test_a_town_before_local_government_area_is_the_unit_it_names(run) -> None:  # type: ignore[no-untyped-def]
    text = "Troops found an IED planted by Boko Haram near Ashigashiya in Gwoza Local Government Area on Saturday."
    inc = only(run(text, published="2025-03-10"))
    assert (inc.location.country_code, inc.location.admin1, inc.location.city) == ("NG", "Borno", "Ashigashiya")


def test_a_place_under_a_country_heading_is_in_that_country(run) -> None:  # type: ignore[no-untyped-def]
    text = ("SECURITY DIGEST - 11 to 17 May 2025\n\n"
            "1) LIBYA - Tripoli\n"
            "Monday 12 May: A militia commander was shot dead inside a military camp in southern Tripoli. "
            "Security sources blamed members of the 444 Combat Brigade.\n\n"
            "2) LEBANON - South\n"
            "Tuesday 13 May: A drone strike hit a car near Nabatieh, killing the driver.\n")
    ex = run(text, published="2025-05-17")
    by_day = {i.date: i for i in ex.incidents}
    assert by_day["2025-05-12"].location.country_code == "LY"
    assert by_day["2025-05-12"].fatalities.best != 444  # the brigade's number counts no one
    assert by_day["2025-05-13"].location.country_code == "LB"


def test_an_advisory_summing_up_its_incidents_adds_no_event_and_a_capital_that_speaks_is_no_scene(run) -> None:  # type: ignore[no-untyped-def]
    text = ("SECURITY ADVISORY - TAJIKISTAN\nIssued: 3 December 2025\n\n"
            "Summary\nTwo cross-border attacks in one week on Chinese company personnel in southern Khatlon region "
            "have left five Chinese nationals dead.\n\n"
            "Incidents\n1. 26 November - Khatlon region: A camp housing employees of a Chinese mining company was "
            "attacked from the Afghan side of the river. Three Chinese citizens were killed. Dushanbe has referred "
            "to criminal groups operating from Afghan territory.\n"
            "2. 30 November - Dusti district: Armed men opened fire on workers of a Chinese road firm near the "
            "border, killing two Chinese nationals.\n"
            "3. 1 December - Khatlon region: Three intruders were killed in an exchange of fire when Tajik border "
            "troops intercepted a group of armed men attempting to cross the river.\n")
    ex = run(text, published="2025-12-03")
    assert sorted(i.date for i in ex.incidents) == ["2025-11-26", "2025-11-30", "2025-12-01"]
    by_day = {i.date: i for i in ex.incidents}
    assert by_day["2025-11-26"].location.city != "Dushanbe" and by_day["2025-11-26"].location.admin1 == "Khatlon"
    op = by_day["2025-12-01"]
    assert op.perpetrator.name == "Tajik armed forces"
    assert op.target.type == "Terrorists/Non-State Militia" and op.fatalities.militants == 3


def test_forces_of_a_country_the_dictionary_lacks_go_by_the_acled_name(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Troops intercepted a group of armed men near Bitam in northern Gabon on Tuesday. Three intruders were "
            "killed in the exchange of fire, the defence ministry said.")
    inc = only(run(text, published="2025-03-05"))
    assert inc.perpetrator.name == "Military Forces of Gabon"


def test_the_lead_event_told_in_detail_next_gives_its_village(run) -> None:  # type: ignore[no-untyped-def]
    text = ("BANGKOK, Jan 26 (Agency) - An air strike by Myanmar's military on a village in western Rakhine State on "
            "Friday night killed at least 14 civilians, residents said on Sunday.\n\n"
            "A military jet dropped two bombs on Thayet Pin village in Kyauktaw township at about 10 p.m., setting "
            "fire to around a dozen bamboo houses.\n\n"
            "The Arakan Army, which has seized most of Rakhine's townships, including Kyauktaw, condemned the attack.")
    inc = only(run(text, published="2024-01-28"))
    assert inc.location.city == "Thayet Pin" and inc.location.admin1 == "Rakhine"


def test_a_village_in_the_unit_named_for_a_road_town_is_the_place(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Troops on clearance operations along the Pulka - Gwoza road on Saturday 25 March 2023 detected an "
            "improvised explosive device planted by Boko Haram terrorists near Ashigashiya in Gwoza Local "
            "Government Area. The device was safely detonated by the Explosive Ordnance Disposal team.")
    inc = only(run(text, published="2023-03-27"))
    assert inc.location.city == "Ashigashiya"


def test_a_toll_told_in_another_province_is_that_provinces_event(run) -> None:  # type: ignore[no-untyped-def]
    text = ("BOGOTA, Aug 23 (Agency) - The number of people killed by Thursday's truck bombing beside an air base in "
            "Cali, in Valle del Cauca, has risen to six, health officials said on Saturday.\n\n"
            "The toll from a second attack on the same day has also climbed. Thirteen police officers were killed "
            "when the helicopter carrying them was brought down near Amalfi, in the province of Antioquia. Police "
            "said the aircraft had been struck by an explosive-laden drone.\n\n"
            "Two of the police officers who died came from Valle del Cauca, a spokesman said.")
    ex = run(text, published="2025-08-23")
    assert sorted((i.location.city, i.fatalities.best) for i in ex.incidents) == [("Amalfi", 13), ("Cali", 6)]


def test_a_community_bound_to_a_municipality_is_read_inside_it(run) -> None:  # type: ignore[no-untyped-def]
    # a hamlet of the same name in another state (Los Aguajes, Nayarit) does not take the event there
    text = ("APATZINGAN, Michoacan - A woman was killed and two children were injured when drones dropped explosives "
            "on homes in the community of El Aguaje, belonging to the municipality of Aguililla, early on Tuesday.")
    inc = only(run(text, published="2025-06-18"))
    assert (inc.location.admin1, inc.location.city) == ("Michoacan", "El Aguaje")


def test_a_release_issued_from_two_cities_is_placed_where_the_strike_was(run) -> None:  # type: ignore[no-untyped-def]
    text = ("PRESS RELEASE\n\nBangkok/Yangon — The monitor condemns the air strike carried out by the Myanmar military "
            "on Pazigyi village, Kanbalu Township, Sagaing Region, on the morning of Tuesday 11 April 2023.\n\n"
            "As of 13 April, our team has recorded the names of at least 165 people killed. Volunteers believe the "
            "true number may be as high as 180.")
    inc = only(run(text, published="2023-04-13"))
    assert (inc.location.country_code, inc.location.admin1, inc.date) == ("MM", "Sagaing", "2023-04-11")
    assert (inc.fatalities.best, inc.injuries.best) == (165, None)  # "as of" dates the count; "may be" is a guess


def test_here_is_the_datelines_town(run) -> None:  # type: ignore[no-untyped-def]
    text = ("MARAWI CITY — A bomb exploded during a Catholic Mass inside the gymnasium of Mindanao State University here "
            "on Sunday morning, killing four people, according to the Lanao del Sur provincial government. Investigators "
            "said it was a mortar round rigged as an improvised explosive device.")
    inc = only(run(text, published="2023-12-04"))
    assert inc.location.city is not None and "Marawi" in inc.location.city
    assert (inc.sub_event_type, inc.target.type) == ("Remote explosive/landmine/IED", "Religious Figures/Institutions")


def test_troops_backed_by_aircraft_who_killed_fighters_carried_out_an_operation(run) -> None:  # type: ignore[no-untyped-def]
    text = ("COTABATO - Government troops backed by air assets killed 11 Dawlah Islamiyah fighters in an operation in "
            "Datu Hoffer Ampatuan, Maguindanao del Sur, on Friday, the army said.")
    inc = only(run(text, published="2023-12-02"))
    assert (inc.perpetrator.name, inc.event_type) == ("Armed Forces of the Philippines", "Battles")


def test_a_cafes_name_is_no_town_and_an_event_measured_against_is_placed_where_it_was(run) -> None:  # type: ignore[no-untyped-def]
    text = ("RABAT, Oct 28 - A Moroccan court on Friday sentenced a man to death for the bombing of the Argana cafe in "
            "Marrakesh in April, which killed 17 people. The attack on 28 April tore through the first floor of the "
            "cafe.\n\nThe Argana bombing was the deadliest attack in Morocco since 16 May 2003, when 12 suicide bombers "
            "struck a hotel and a restaurant in Casablanca. Authorities blamed it on the Salafia Jihadia movement.")
    found = run(text, published="2011-10-28")
    assert sorted((i.location.city or "", i.date or "") for i in found.incidents) == [
        ("Casablanca", "2003-05-16"), ("Marrakesh", "2011-04-28")]


def test_a_village_named_with_kampung_is_read_before_its_district_town(run) -> None:  # type: ignore[no-untyped-def]
    text = ("LAHAD DATU, March 3 - Six policemen were killed in an ambush at Kampung Sri Jaya Simunul in Semporna last "
            "night, police said.")
    assert only(run(text, published="2013-03-03")).location.city == "Kampung Sri Jaya Simunul"


def test_a_digest_of_list_entries_under_city_headings_gives_each_entry_its_town_and_the_day(run) -> None:  # type: ignore[no-untyped-def]
    text = ("IRAQ: Sunday's violence roundup\nBaghdad, Sunday 11 March 2007\n\n"
            "The following incidents were reported across Iraq on Sunday. Figures are provisional.\n\n"
            "BAGHDAD\n- A car bomb parked outside a row of shops in the central Karrada district exploded, killing eight "
            "civilians.\n- A roadside bomb aimed at a police patrol in the southern Dora neighbourhood wounded three "
            "policemen.\n\nMOSUL\n- Gunmen in a speeding car opened fire on a police checkpoint in the west of the city, "
            "killing two policemen.\n\nKIRKUK\n- A suicide bomber drove a truck packed with explosives into the outer "
            "wall of a police station in the south of the city. Police put the toll at eight killed.\n")
    found = run(text, published="2007-03-11")
    assert sorted((i.location.city or "", i.date or "") for i in found.incidents) == [
        ("Baghdad", "2007-03-11"), ("Baghdad", "2007-03-11"), ("Kirkuk", "2007-03-11"), ("Mosul", "2007-03-11")]


def test_a_statement_issued_from_two_cities_with_its_date_is_placed_where_the_attack_was(run) -> None:  # type: ignore[no-untyped-def]
    text = ("PRESS STATEMENT\n\nKinshasa/Bunia, 27 July 2025 - The Mission strongly condemns the attack carried out by "
            "ADF combatants against civilians gathered in a Catholic parish in Komanda, Irumu territory, Ituri province, "
            "on 27 July 2025. At least 43 people were killed.")
    inc = only(run(text, published="2025-07-27"))
    assert (inc.location.admin1, inc.location.city) == ("Ituri", "Komanda")


def test_translated_press_of_a_commune_in_a_province(run) -> None:  # type: ignore[no-untyped-def]
    text = ("The population of the commune of Pensa, in the province of the Sanmatenga, is once more plunged in the "
            "mourning. In the night of Saturday to Sunday, more precisely on Sunday 10 May 2020 towards 2 hours of the "
            "morning, individuals armed non identified have made irruption in the village of Toessin. The provisional "
            "balance is of fourteen dead. Many families had already taken the road of the displacement towards Kaya.")
    inc = only(run(text, published="2020-05-12"))
    assert (inc.location.country_code, inc.date, inc.fatalities.best) == ("BF", "2020-05-10", 14)  # not Penza, Russia
    assert inc.location.admin1 == "Centre-Nord"  # the region the Sanmatenga province lies in


def test_a_briefs_entry_titles_give_their_entries_day_and_place(run) -> None:  # type: ignore[no-untyped-def]
    text = ("CENTRAL SAHEL SECURITY BRIEF\nWeek 36 | 4-10 September 2023 | Issued Monday 11 September 2023\n\n"
            "MALI\n\n"
            "Gao region - Attack on passenger boat near Bamba (7 September). The river boat Tombouctou, carrying "
            "civilians and soldiers between Gao and Mopti, was struck by at least three rockets on the Niger river near "
            "Bamba, in Bourem cercle, on Thursday morning. The government said 49 civilians and 15 soldiers were killed.\n\n"
            "BURKINA FASO\n\n"
            "Nord region - Koumbri, Yatenga province (4 September). Army units and volunteers were attacked by a large "
            "group of fighters near Koumbri on Monday. The army said 17 soldiers and 36 volunteers were killed.")
    boat, camp = run(text, published="2023-09-11").incidents
    assert (boat.date, boat.location.admin1, boat.location.city, boat.fatalities.best) == ("2023-09-07", "Gao", "Bamba", 64)
    assert (camp.date, camp.location.country_code, camp.fatalities.best) == ("2023-09-04", "BF", 53)


def test_a_live_blogs_day_lines_date_its_entries_and_its_headline_names_the_town(run) -> None:  # type: ignore[no-untyped-def]
    text = ("LIVE: Gun battles paralyse Culiacán after troops detain son of 'El Chapo'\n\n"
            "Thursday 17 October 2019 - this page is updated as we get new information. All times local (Sinaloa).\n\n"
            "15:52\nWe are getting reports of gunfire in several parts of the city.\n\n"
            "16:08\nSchools in the city have locked their gates and are keeping pupils inside.\n\n"
            "19:05\nOur correspondent: the shooting has stopped in the centre for now.\n\n"
            "Friday 18 October 2019\n\n"
            "08:10\nThe state security chief says eight people died in yesterday's violence. At least 16 people were "
            "wounded.")
    inc = only(run(text, published="2019-10-17"))
    assert (inc.date, inc.location.city, inc.fatalities.best, inc.injuries.best) == ("2019-10-17", "Culiacán", 8, 16)


def test_a_digests_county_and_road_entries_keep_their_province(run) -> None:  # type: ignore[no-untyped-def]
    text = ("EAST AFRICA - WEEKLY SECURITY DIGEST\nPublished 20 May 2024.\n\n"
            "SOMALIA\n"
            "- 14/05, Mogadishu (Banadir): Several mortar rounds landed inside the Halane base camp around 19:30. Two "
            "contractors were slightly injured.\n"
            "- 16/05, Lower Shabelle: A roadside IED struck an army vehicle on the road between Afgooye and Mogadishu, "
            "killing three soldiers.\n\n"
            "SUDAN\n"
            "- 17/05, El Fasher (North Darfur): Artillery shells hit the Abu Shouk area, killing at least 12 civilians.\n\n"
            "KENYA\n"
            "- 15/05, Lamu county: Two police officers were killed when their vehicle hit an explosive device on the "
            "Bodhei-Basuba road.")
    found = {(i.location.country_code, i.location.admin1) for i in run(text, published="2024-05-20").incidents}
    assert ("SO", "Lower Shabeelle") in found and ("KE", "Lamu") in found


def test_a_cluster_of_farms_named_near_a_town_is_the_scene(run) -> None:  # type: ignore[no-untyped-def]
    text = ("ALGIERS, Aug 30 - Armed men went from house to house through a farming hamlet overnight. The authorities "
            "said 98 people were killed on Friday in Rais, a cluster of small farms and orange groves near Sidi Moussa.")
    assert only(run(text, published="1997-08-30")).location.city == "Rais"


def test_a_live_blogs_recap_keeps_its_claim_and_a_malls_name_is_no_town(run) -> None:  # type: ignore[no-untyped-def]
    text = ("LIVE: Gunmen storm university campus in Garissa, northeast Kenya\n"
            "Thursday 2 April 2015 | Last entry 23:18\n\n"
            "23:18\nWe are closing this live page for tonight. To recap: gunmen stormed Garissa University College at "
            "dawn and held students for most of the day. Al-Shabaab, the Somali militant group, has said it carried out "
            "the attack.\n\n"
            "22:05\nThe interior minister gives the first official toll: 147 people were killed.\n\n"
            "13:15\nPolice now say at least 15 people have been killed at the college in Garissa.\n\n"
            "09:45\nThe attackers struck the main gate of the college in Garissa at about 05:30, shooting dead two "
            "guards.\n\n"
            "Background:\n- On 21 September 2013, gunmen stormed the Westgate shopping mall in Nairobi; at least 67 "
            "people were killed.")
    incidents = run(text, published="2015-04-02").incidents
    lead = next(i for i in incidents if not i.background)
    assert (lead.perpetrator.name, lead.perpetrator.claimed) == ("al-Shabaab", True)
    assert ("KE", "Nairobi") in {(i.location.country_code, i.location.city) for i in incidents}


def test_a_digests_entries_headed_by_their_place_and_day_are_apart(run) -> None:  # type: ignore[no-untyped-def]
    text = ("NORTH-EAST NIGERIA | WEEKLY SECURITY DIGEST\nIssued: 24 June 2024\n\n"
            "BORNO STATE\n\n"
            "* Damboa LGA - Monday 17 June. A roadside device hit a Nigerian Army Hilux on the Maiduguri-Damboa road, "
            "about 15 km north of Damboa town. Three soldiers were killed and five wounded.\n\n"
            "ZAMFARA STATE\n\n"
            "* Maru LGA - Thursday 20 June. Gunmen on motorcycles raided a farming settlement outside Dansadau, "
            "shooting dead three men and taking away 27 people.")
    first, second = run(text, published="2024-06-24").incidents
    assert (first.date, first.location.city, first.fatalities.best) == ("2024-06-17", "Damboa", 3)
    assert (second.date, second.kidnapped.best) == ("2024-06-20", 27)


def test_a_digest_of_province_entries_in_capitals_under_a_dated_title(run) -> None:  # type: ignore[no-untyped-def]
    text = ("IRAQ - SIGNIFICANT INCIDENTS, THURSDAY 14 JUNE 2007\n(compiled 15 June from police sources)\n\n"
            "DIYALA - Roadside bomb hit a police patrol on the main road north of Baquba. Two policemen killed.\n\n"
            "ANBAR - US military said an air strike near Ramadi killed eight suspected al-Qaeda in Iraq fighters.\n\n"
            "BABIL - Car bomb in the crowded main market of Iskandariya at midday. Police: 9 killed, 30 wounded.")
    incidents = run(text, published="2007-06-15").incidents
    assert [i.date for i in incidents] == ["2007-06-14"] * 3
    assert [i.fatalities.best for i in incidents] == [2, 8, 9]
    strike = incidents[1]
    assert (strike.perpetrator.name, strike.target.type) == ("United States military", "Terrorists/Non-State Militia")


def test_a_wrapped_digests_list_items_are_sentences_of_their_own(run) -> None:  # type: ignore[no-untyped-def]
    text = ("SECURITY DIGEST | Week 23 (2-8 June 2025)\nIssued Monday 9 June 2025 | Distribution: clients and partners\n\n"
            "KHYBER PAKHTUNKHWA\n"
            "* Tue 3 Jun - Bannu district. Around 0200 hrs, a group of militants attacked a police checkpost on the\n"
            "  Bannu-Miranshah road. Police said two constables were killed and three injured; no claim had been made\n"
            "  by the time of writing.\n"
            "* Thu 5 Jun - North Waziristan, Mir Ali tehsil. A small explosive device dropped by a quadcopter struck a\n"
            "  house in the village of Hurmaz, killing two children and wounding three other family members.\n"
            "* Sun 8 Jun - Peshawar. The Bomb Disposal Unit defused an IED concealed in a roadside drain on Ring Road,\n"
            "  minutes before a police mobile was due to pass. No casualties.\n")
    incidents = run(text, published="2025-06-09").incidents
    assert [i.date for i in incidents] == ["2025-06-03", "2025-06-05", "2025-06-08"]
    assert [i.fatalities.best for i in incidents] == [2, 2, 0]


def test_a_death_in_an_accident_is_no_incident_even_in_a_digest(run) -> None:  # type: ignore[no-untyped-def]
    text = ("IRAQ - Sunday incidents\n- A roadside bomb hit a police patrol in Baquba on Saturday, killing two policemen.\n"
            "- The U.S. military said a soldier died in a vehicle accident north of Baghdad on Saturday.\n")
    incidents = run(text, published="2007-03-11").incidents
    assert [i.location.city for i in incidents] == ["Baqubah"]
    assert not run("A soldier died in a helicopter crash near Kirkuk on Saturday, the army said.",
                   published="2007-03-11").incidents


def test_a_town_named_as_one_inside_its_local_government_area(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Anxiety gripped Jangebe town in Talata Mafara Local Government Area of Zamfara State yesterday after armed "
            "bandits stormed a girls' school and whisked away 317 students.")
    inc = only(run(text, published="2021-02-27"))
    assert inc.location.city == "Jangebe"
    assert inc.location.admin1 == "Zamfara"


def test_a_digest_town_in_capitals_after_its_province(run) -> None:  # type: ignore[no-untyped-def]
    text = ("12/05 - Centre-Nord, Sanmatenga prov., DABLO: Some 20 armed men entered the Catholic church during "
            "Sunday Mass and opened fire, killing the priest and 5 worshippers.")
    inc = only(run(text, published="2019-05-17"))
    assert (inc.location.city or "").lower() == "dablo"


def test_a_village_named_after_an_institution_inside_its_area(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen kidnapped 39 students from the Federal College of Forestry Mechanisation, Afaka, in Igabi LGA, "
            "Kaduna State, on Thursday night.")
    inc = only(run(text, published="2021-03-13"))
    assert inc.location.city == "Afaka"


def test_a_disasters_dead_are_no_incident(run) -> None:  # type: ignore[no-untyped-def]
    text = ("After the March 2025 earthquake, which killed more than 3,700 people, the military declared a ceasefire "
            "in Sagaing. Two days later, an air strike on a village in Sagaing killed seven people, residents said.")
    assert [i.fatalities.best for i in run(text, published="2025-04-10").incidents] == [7]


def test_the_aftermath_since_the_shooting_is_no_new_event(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Two motorcycle-taxi drivers were shot dead on Tuesday afternoon on the road to the market in Ilaga, "
            "Puncak regency, police said.\n\nMany drivers in Ilaga have stopped working since the shooting, residents "
            "said, and some shops near the market stayed shut on Thursday.")
    assert len(run(text, published="2025-02-14").incidents) == 1


def test_a_name_opening_on_its_article_is_not_its_tail(run) -> None:  # type: ignore[no-untyped-def]
    text = ("In July, explosives dropped from a drone on a house in the community of Las Bateas, in Tepalcatepec, "
            "Michoacán, killed a woman and her 14-year-old son as they slept.")
    inc = only(run(text, published="2024-11-08"))
    assert inc.location.city == "Las Bateas"  # no Coatepec known as "Bateas"
    assert inc.location.admin1 == "Michoacan"
    assert inc.fatalities.best == 2  # a woman and her son, whatever his age


def test_troops_advancing_from_a_town_burned_a_village_elsewhere(run) -> None:  # type: ignore[no-untyped-def]
    text = ("A military jet bombed a village in Kani Township, Sagaing Region, Myanmar, on Sunday, killing nine civilians.\n\n"
            "On Monday, junta troops advancing from Kani town set fire to around 60 houses in Nyaung Zin, a village about "
            "5 km away, residents said. No casualties were reported.")
    incs = run(text, published="2023-12-05").incidents
    assert len(incs) == 2
    burned = incs[1]
    assert burned.location.country_code == "MM"  # not Kearny, New Jersey, read from where the troops came
    assert burned.location.city == "Nyaung Zin"  # the village, not Nyaung in Yangon read from its first word


def test_a_digests_entry_heading_in_cells_opens_its_entry(run) -> None:  # type: ignore[no-untyped-def]
    text = ("WEEKLY FIELD DIGEST - NORTH-WEST NIGERIA\nReporting period: 1-7 March 2024\n\n"
            "KATSINA STATE\n\n"
            "Safana LGA | Tue 05/03 | Village raid\n"
            "Late in the evening, armed bandits on motorcycles rode into Tsaskiya village and went from house to house. "
            "They took away 14 residents, most of them women. A farmer who resisted was shot dead.\n\n"
            "Impact: avoid the Safana road after dark.\n\n"
            "KADUNA STATE\n\n"
            "Kajuru LGA | Thu 07/03 | Road kidnapping\n"
            "Gunmen stopped two minibuses near Maro and led nine passengers into the forest. Police said no one was killed.")
    incs = run(text, published="2024-03-08").incidents
    assert [(i.date, i.location.admin1) for i in incs] == [("2024-03-05", "Katsina"), ("2024-03-07", "Kaduna")]
    raid = incs[0]
    assert raid.location.city == "Tsaskiya"  # the village the bandits rode into, which no gazetteer lists
    assert raid.fatalities.best == 1 and raid.kidnapped.best == 14


def test_the_bomber_named_before_a_count_is_one_more_dead(run) -> None:  # type: ignore[no-untyped-def]
    text = ("A woman wearing an explosive vest tried to walk into a mosque in Konduga on Friday at dawn. Guards stopped "
            "her at the gate and she set off the charge. She and two guards died; seven people were wounded.")
    inc = only(run(text, published="2024-05-11"))
    assert inc.fatalities.best == 3
    assert inc.injuries.best == 7


def test_a_barangay_is_a_village_not_the_province_of_that_name(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Las Navas - Two soldiers were killed on Saturday (8 Jun) when guerrillas fired on a patrol in the uplands "
            "of Barangay Quirino. The New People's Army said its fighters carried out the ambush.")
    inc = only(run(text, published="2024-06-10"))
    assert inc.location.city == "Las Navas"
    assert inc.location.admin1 == "Eastern Visayas"  # not Cagayan Valley, where the province of Quirino lies


def test_a_raid_that_only_arrested_a_man_is_no_incident(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Police arrested a man they describe as a bomb-maker for a local cell in a raid in Cotabato City on "
            "Sunday. Parts for two devices were seized.")
    assert run(text, published="2024-06-10").incidents == ()


def test_a_minibus_linking_two_towns_hit_a_mine_near_a_village(run) -> None:  # type: ignore[no-untyped-def]
    text = ("On Tuesday, a bus linking Douentza to Boni hit an explosive device near the village of Tiguila, about "
            "twelve kilometres from Douentza. Seven passengers were killed, among them three women, and ten others "
            "were wounded.")
    inc = only(run(text, published="2021-03-05"))
    assert inc.date == "2021-03-02"  # "linking Douentza to Boni hit": a town's name, no infinitive
    assert inc.location.city == "Tiguila"  # the village placed by its distance from the town
    assert inc.fatalities.best == 7
    assert inc.injuries.best == 10  # the three women are some of the dead, not wounded
    assert inc.target.type == "Transportation"


def test_the_attack_a_court_heard_of_keeps_its_day_and_its_bus(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Two men were sentenced to 15 years in prison on Wednesday for helping gunmen who attacked a bus in Lamu "
            "County in 2019.\n\nThe court heard that on the morning of June 3, 2019, about ten armed men stopped a bus "
            "travelling from Mpeketoni to Lamu town. Six passengers, most of them nurses posted to the county, were "
            "shot dead by the roadside.")
    incs = run(text, published="2021-08-12").incidents
    assert [i.date for i in incs] == ["2019-06-03"]
    assert incs[0].target.type == "Transportation"  # the passengers, whatever most of them did for a living
    assert incs[0].fatalities.best == 6


def test_a_toll_raised_from_a_named_nights_attack_keeps_that_night(run) -> None:  # type: ignore[no-untyped-def]
    text = ("BENI, Democratic Republic of Congo, Tuesday 14 June 2022 — Rescuers have found more bodies in the fields "
            "around Masiani, in the Beni territory of North Kivu province, raising the death toll from Saturday night's "
            "attack on the village to 27, local authorities said on Tuesday.\n\n"
            "On Sunday, officials had spoken of 15 people killed when armed men entered the village late on Saturday.")
    inc = only(run(text, published="2022-06-14"))
    assert inc.date == "2022-06-11"  # the attack's night, not the day the toll was raised
    assert inc.location.city == "Masiani"  # the village around which the bodies lay, not the dateline's town
    assert inc.fatalities.best == 27  # the figure the officials had given before is replaced, not a second event


def test_an_army_statement_with_figures_in_brackets(run) -> None:  # type: ignore[no-untyped-def]
    text = ("1. At dawn today, Sunday, a group of terrorist elements attacked one of the security checkpoints south of "
            "the city of Arish, using rocket-propelled grenades and automatic weapons.\n\n"
            "2. The forces securing the checkpoint forced them to withdraw, after killing nine (9) terrorist elements.\n\n"
            "3. The exchange of fire resulted in the martyrdom of one officer and two (2) soldiers, and the wounding of "
            "five (5) others.")
    inc = only(run(text, published="2018-02-11"))
    assert inc.attack_type == "Armed Assault"  # grenades fired with guns in one assault, as GTD codes it
    assert inc.target.type == "Military"  # "security checkpoints"
    assert inc.fatalities.best == 12  # nine attackers and three of the checkpoint's men
    assert inc.fatalities.militants == 9 and inc.fatalities.security_forces == 3
    assert inc.injuries.best == 5


def test_translated_french_a_post_in_a_circle_and_lives_lost_on_a_mine(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Bamako, 5 June 2018 - The post of the Malian Armed Forces (FAMa) of Dioura, in the circle of Ténenkou "
            "(region of Mopti), was the target yesterday Monday of an attack by armed individuals. Three soldiers were "
            "killed.\n\n"
            "Let us recall that on 25 January last, 26 civilians among whom women and children lost life when the "
            "vehicle which transported them jumped on a mine near Boni, in the circle of Douentza.")
    post, mine = run(text, published="2018-06-05").incidents
    assert (post.location.city, post.location.admin1) == ("Dioura", "Mopti")
    assert (mine.date, mine.location.city, mine.fatalities.best, mine.attack_type) == (
        "2018-01-25", "Boni", 26, "Bombing/Explosion")


def test_a_translated_thai_report_of_a_bomb_and_a_headman_shot(run) -> None:  # type: ignore[no-untyped-def]
    text = ("NARATHIWAT - At approximately 07.10 hours of yesterday (18 March), Pol. Lt. Col. the inquiry officer of "
            "Rueso police station received notification of an explosion on the road in area of Ban Tanyong, Moo 3, "
            "Rueso district, Narathiwat province. Upon arrival it was found that the scene is a rural road. Inspection "
            "found two rangers died at the scene, and another three rangers received injuries. The officer believes "
            "that it is the action of the insurgent group of the BRN movement.\n\n"
            "In another case, on Sunday (17 March), two men on a motorcycle shot dead the village headman of Moo 5, "
            "Ban Yamu, Yaring district, Pattani province.")
    bomb, shooting = run(text, published="2024-03-19").incidents
    assert (bomb.date, bomb.location.city, bomb.fatalities.best, bomb.injuries.best) == ("2024-03-18", "Ban Tanyong", 2, 3)
    assert bomb.perpetrator.name == "Barisan Revolusi Nasional"
    assert shooting.target.type == "Government (General)"


def test_a_summary_line_of_a_kidnapping_with_the_kidnappers_demands(run) -> None:  # type: ignore[no-untyped-def]
    text = ("NORTHERN PARAGUAY - INCIDENT SUMMARY, 7 TO 13 SEPTEMBER 2020\nCompiled Monday 14 September 2020.\n\n"
            "09 SEP | Yby Yau, Concepcion | EPP gunmen seized a former senator and one of his farmhands at a ranch in "
            "the evening; a pamphlet left at the scene demands the release of two jailed leaders. 2 abducted, no "
            "injuries reported.")
    inc = only(run(text, published="2020-09-14"))
    assert (inc.date, inc.location.admin1, inc.kidnapped.best) == ("2020-09-09", "Concepcion", 2)
    assert inc.attack_type == "Hostage Taking (Kidnapping)"


def test_a_daily_summarys_villages_in_its_cells(run) -> None:  # type: ignore[no-untyped-def]
    text = ("IRAQ - DAILY INCIDENT SUMMARY\nIssued 07 Mar 2023\n\n"
            "KIRKUK | 06 Mar | Tal al-Ward village, Dibis district\n"
            "IED struck a Federal Police patrol vehicle. 2 FP personnel killed, 1 wounded.\n\n"
            "DIYALA | 06 Mar | Abu Saida, Muqdadiya district\n"
            "Unidentified gunmen shot dead the mukhtar of a local village outside his home.")
    kirkuk, diyala = run(text, published="2023-03-07").incidents
    assert (kirkuk.location.city, kirkuk.location.admin1) == ("Tal al-Ward", "Kirkuk")
    assert (diyala.location.city, diyala.location.admin1) == ("Abu Saida", "Diyala")


def test_a_farming_community_named_as_such(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Plateau State, Bokkos LGA (Sunday 24 September)\n"
            "Gunmen attacked Mushu, a farming community in Bokkos, in the evening, killing seven villagers.")
    inc = only(run(text, published="2023-09-25"))
    assert (inc.location.city, inc.location.admin1) == ("Mushu", "Plateau")


def test_a_quarter_in_an_unlisted_division_of_the_town(run) -> None:  # type: ignore[no-untyped-def]
    text = ("KAMPALA, 24 October 2021 - A bomb hidden in a bag went off on Saturday evening at an eatery in Komamboga, "
            "in Kawempe division, killing a waitress and wounding three customers, police in Kampala said.")
    inc = only(run(text, published="2021-10-24"))
    assert inc.location.city == "Komamboga"


def test_a_compound_a_few_kilometres_from_the_checkpoint_told_before(run) -> None:  # type: ignore[no-untyped-def]
    text = ("DERA ISMAIL KHAN, Pakistan, Feb 14 (Wire) - A suicide bomber rammed a car loaded with explosives into a "
            "police checkpoint on the edge of Daraban, a small town in the Dera Ismail Khan district, late on Tuesday, "
            "killing five policemen, officials said on Wednesday.\n\n"
            "The checkpoint stands a few kilometres from a compound where, on Dec. 12, a bomber drove a truck full of "
            "explosives into the gate of a building used by army troops. Twenty-three soldiers were killed in that "
            "attack.")
    first, second = run(text, published="2024-02-14").incidents
    assert first.location.city == second.location.city == "Daraban"


def test_a_site_named_again_for_an_earlier_attack_keeps_its_town(run) -> None:  # type: ignore[no-untyped-def]
    text = ("DUBAI, Aug 14, 2023 - A gunman opened fire at the Shah Cheragh shrine in the southern Iranian city of "
            "Shiraz late on Sunday, killing two people, state media reported.\n\n"
            "The Shah Cheragh shrine was the scene of a deadlier attack on Oct. 26 last year, when a gunman shot dead "
            "13 people.")
    first, second = run(text, published="2023-08-14").incidents
    assert (first.location.city, second.location.city, second.date) == ("Shiraz", "Shiraz", "2022-10-26")
