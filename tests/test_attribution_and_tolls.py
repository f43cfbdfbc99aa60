"""Who did it, how many died and how events are told apart: short reports written for these tests."""

from __future__ import annotations

import pytest

from conftest import only
from sitrep.config import ExtractSettings
from sitrep.extract.actors import find_unlisted_groups
from sitrep.extract.casualties import Casualty, find_casualties
from sitrep.resolve.gazetteer import name_key


def test_group_that_praised_the_attack_is_not_its_perpetrator(run) -> None:  # type: ignore[no-untyped-def]
    text = ("A Palestinian gunman shot dead two Israelis at a junction near Hebron on Sunday, the army said. "
            "Hamas praised the attack in a statement but did not claim it.")
    inc = only(run(text, published="2024-08-20"))
    assert inc.perpetrator.name is None
    assert inc.perpetrator.claimed is False  # "did not claim it" is said


def test_named_but_unclaimed_perpetrator_is_claimed_false(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Suspected Boko Haram fighters killed four farmers near Konduga in Borno state on Tuesday, "
            "residents said.")
    inc = only(run(text, published="2024-03-07"))
    assert inc.perpetrator.name == "Boko Haram"
    assert inc.perpetrator.claimed is False


def test_silence_on_a_claim_is_no_claim_and_names_no_one(run) -> None:  # type: ignore[no-untyped-def]
    # GTD codes "claimed" 0 unless a claim was reported
    inc = only(run("A bomb exploded at a bus stop in Kaduna on Monday, killing two people, police said.",
                   published="2024-03-07"))
    assert inc.perpetrator.name is None and inc.perpetrator.claimed is False
    assert not [e for e in inc.evidence if e.field == "perpetrator.claimed"]  # nothing in the text is quoted for it


def test_group_saying_it_did_it_is_a_claim(run) -> None:  # type: ignore[no-untyped-def]
    text = ("BAMAKO (Agency) - Fighters set fire to seven fuel tankers on the road to Bandiagara in central Mali "
            "late on Sunday, drivers said.\n\n"
            "JNIM said in a statement posted online that it had destroyed the tankers because their owners "
            "ignored its blockade.")
    inc = only(run(text, published="2024-09-10"))
    assert inc.perpetrator.name == "Jama'at Nusrat al-Islam wal-Muslimin"
    assert inc.perpetrator.claimed is True


def test_strike_gets_the_state_whose_weapon_it_was(run) -> None:  # type: ignore[no-untyped-def]
    text = ("A woman was killed when a Ukrainian drone struck her car in Shebekino in Russia's Belgorod "
            "region on Monday, the governor said.")
    inc = only(run(text, published="2024-08-20"))
    assert inc.sub_event_type == "Air/drone strike"
    assert inc.perpetrator.name == "Ukrainian forces"
    assert inc.perpetrator.claimed is False


def test_air_strike_by_a_countrys_military(run) -> None:  # type: ignore[no-untyped-def]
    text = ("An air strike by Myanmar's military on a monastery near Shwebo in the Sagaing region killed "
            "eleven people on Sunday, residents said.")
    inc = only(run(text, published="2024-06-12"))
    assert inc.perpetrator.name == "Myanmar military"


def test_unlisted_groups_are_named_by_what_they_are() -> None:
    def names(text: str) -> list[str]:
        return [a.actor.name for a in find_unlisted_groups(text, is_place=lambda n: n in {"Haitian", "Sinaloa"})]

    assert names("Nearly 30 killed as the Gran Grif gang attacks Saint-Marc") == ["Gran Grif"]
    assert names("Police blamed the Dagoberto Ramos column, a dissident faction") == ["Dagoberto Ramos column"]
    assert names("Officials blamed the National Salvation Front (NAS) rebel group.") == ["National Salvation Front (NAS)"]
    assert names("A Haitian gang hijacked a bus.") == []
    assert names("Police and members of the Border Guard Bangladesh (BGB) searched the area.") == []
    assert names("SUSPECTED GANG MEMBERS SHOT THE DRIVER") == []  # capitals name nothing


def test_unlisted_group_becomes_the_perpetrator(run) -> None:  # type: ignore[no-untyped-def]
    text = ("GUAYAQUIL, Ecuador (Agency) - Gunmen held nine people hostage in a supermarket in Duran on Monday "
            "before police stormed the building, killing one of them.\n\n"
            "Police said the men belonged to Los Tiguerones, one of the gangs the government calls terrorist.")
    inc = only(run(text, published="2024-03-12"))
    assert inc.perpetrator.name == "Los Tiguerones"
    assert inc.perpetrator.claimed is False


def test_single_victims_told_without_a_number(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Boko Haram fighters raided a village near Mokolo on Sunday, shooting dead a man who resisted "
            "and abducting nine women, officials said.")
    inc = only(run(text, published="2025-01-16"))
    assert inc.fatalities.best == 1
    assert inc.target.type == "Private Citizens & Property"
    text = ("A woman was killed and her husband wounded when a drone hit their car in Sumy on Monday, "
            "officials said.")
    inc = only(run(text, published="2024-07-02"))
    assert (inc.fatalities.best, inc.injuries.best) == (1, 1)


def test_arrested_attackers_are_not_dead(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Police ended a hostage siege at a supermarket in Duran on Monday. One of the gunmen was killed when "
            "special forces entered the building and the other three were arrested, the commander said.")
    inc = only(run(text, published="2024-03-12"))
    assert inc.fatalities.best == 1


def test_sum_across_clause_ignores_distances(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen ambushed a bus on the road about 12 km from Yei on Monday, and the driver and two other "
            "passengers were killed, officials said.")
    assert only(run(text, published="2023-06-20")).fatalities.best == 3


def test_breakdown_of_the_dead_does_not_add_to_the_toll(run) -> None:  # type: ignore[no-untyped-def]
    text = ("A suicide car bomb exploded at the gate of a training camp in Mogadishu on Monday, killing 13 people, "
            "including the bomber. The dead included nine army recruits and three civilians who sold tea, "
            "police said.")
    inc = only(run(text, published="2025-02-18"))
    assert inc.fatalities.best == 13
    assert (inc.fatalities.security_forces, inc.fatalities.civilians, inc.fatalities.militants) == (9, 3, 1)


def test_no_one_hurt_right_after_the_event_gives_zero(run) -> None:  # type: ignore[no-untyped-def]
    text = ("MAIDUGURI, Nigeria (Agency) - Soldiers defused a bomb hidden in a sack at a motor park in Maiduguri "
            "on Friday, the army said. The area was evacuated and the device was made safe. No one was hurt.")
    inc = only(run(text, published="2024-05-04"))
    assert inc.fatalities.best == 0


def test_two_events_in_one_sentence_are_two_incidents(run) -> None:  # type: ignore[no-untyped-def]
    text = ("BAGHDAD (Agency) - A roadside bomb killed an army officer and two soldiers north of Baghdad late on "
            "Sunday, and gunmen shot dead a village headman near Kirkuk on Monday, officials said on Tuesday.\n\n"
            "The bomb struck an army vehicle on patrol near Tarmiyah, about 45 km north of the capital. "
            "Islamic State claimed the bombing.\n\n"
            "In the second attack, two gunmen broke into the headman's home and shot him dead.")
    ex = run(text, published="2023-04-18")
    by_day = {i.date: i for i in ex.incidents}
    assert set(by_day) == {"2023-04-16", "2023-04-17"}, [i.summary for i in ex.incidents]
    bomb, shooting = by_day["2023-04-16"], by_day["2023-04-17"]
    assert bomb.fatalities.best == 3 and bomb.attack_type == "Bombing/Explosion"
    assert name_key(bomb.location.city or "") == "at tarmiyah"  # the smaller town named later, not Baghdad
    assert shooting.fatalities.best == 1 and shooting.attack_type == "Assassination"


def test_habitual_shelling_is_not_an_incident(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Shebekino, which lies 7 km from the border, has been shelled and attacked by drones almost daily "
            "since 2023, and thousands of its residents have left.")
    assert run(text, published="2024-08-20").incidents == ()


def test_mob_killing_is_mob_violence(run) -> None:  # type: ignore[no-untyped-def]
    text = "A party leader was beaten to death by a mob in Bogra on Sunday after he was accused of theft, police said."
    inc = only(run(text, published="2024-10-08"))
    assert (inc.event_type, inc.sub_event_type) == ("Riots", "Mob violence")


def test_attackers_among_the_dead_and_the_rest_of_the_toll(run) -> None:  # type: ignore[no-untyped-def]
    text = ("MAKHACHKALA, Russia (Agency) - Five people, including three attackers, were killed when gunmen opened "
            "fire on a traffic police post in Kaspiysk on Monday evening, officials said.\n\n"
            "Two traffic police officers were killed in the first burst of fire, and a third officer and a passing "
            "motorist were wounded. Officers returned fire and killed all three attackers.")
    inc = only(run(text, published="2025-03-11"))
    assert (inc.fatalities.best, inc.fatalities.low, inc.fatalities.high) == (5, 5, 5)
    assert (inc.fatalities.security_forces, inc.fatalities.militants) == (2, 3)
    assert inc.injuries.best == 2
    assert inc.target.type == "Police"
    assert (inc.event_type, inc.sub_event_type) == ("Battles", "Armed clash")


def test_army_communique_style(run) -> None:  # type: ignore[no-untyped-def]
    text = ("On Friday 03/11/2023, the military detachment of Arbinda was the target of an attack by armed "
            "terrorists. The units repelled the assailants after three hours of fighting; twenty-six (26) "
            "terrorists were killed. Four (04) soldiers and two (02) VDP fell with arms in hand.")
    inc = only(run(text, published="2023-11-04"))
    assert inc.fatalities.best == 32
    assert (inc.fatalities.security_forces, inc.fatalities.militants) == (6, 26)


def test_toll_update_joins_the_event(run) -> None:  # type: ignore[no-untyped-def]
    text = ("KYIV (Agency) - The number of people killed in Saturday's Russian missile strike on an apartment block "
            "in Zaporizhzhia has risen to eleven, the governor said on Monday.\n\n"
            "Two of the wounded died in hospital overnight, and three more bodies were recovered on Sunday.")
    inc = only(run(text, published="2024-10-14"))
    assert inc.date == "2024-10-12"
    assert inc.fatalities.best == 11
    assert inc.target.type == "Private Citizens & Property"


def test_month_without_year_dates_a_background_incident(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen killed 17 villagers near Oicha in North Kivu on Thursday, the army said. "
            "In June, nearly 30 people were killed when the rebels raided farms on the outskirts of Oicha.")
    ex = run(text, published="2024-11-25")
    dates = sorted((i.date, i.date_precision) for i in ex.incidents)
    assert dates == [("2024-06-01", "month"), ("2024-11-21", "day")]
    assert ex.statistics == ()  # one raid with its toll, not an aggregate


def test_statistics_for_a_month_or_half_year_without_a_year(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Armed groups abducted at least 312 people in central Mali between January and June this year, a "
            "rights group said. It also counted 486 civilians killed over the same six months.")
    ex = run(text, published="2024-07-10")
    assert ex.incidents == ()
    got = {(s.measure, s.value, s.period_start, s.period_end) for s in ex.statistics}
    assert got == {("kidnappings", 312, "2024-01-01", "2024-06-30"), ("deaths", 486, "2024-01-01", "2024-06-30")}
    text = ("The UN mission said that at least 166 civilians were killed and 847 injured across the country "
            "in September.")
    got = {(s.measure, s.value, s.period_start) for s in run(text, published="2024-10-14").statistics}
    assert got == {("deaths", 166, "2024-09-01"), ("injuries", 847, "2024-09-01")}


def test_protest_after_the_killings_is_not_an_incident(run) -> None:  # type: ignore[no-untyped-def]
    text = ('Residents of Oicha held a "dead city" day on Monday, closing shops and schools to protest against '
            "the killings.")
    assert run(text, published="2024-11-26").incidents == ()


def test_last_month_and_month_frames_date_background_incidents(run) -> None:  # type: ignore[no-untyped-def]
    text = ("SIDON, Lebanon (Agency) - An assailant threw a grenade at an army checkpoint in Sidon late on Tuesday, "
            "wounding two soldiers, the army said. No group claimed responsibility.\n\n"
            "In January, a bomb hidden under a car exploded in a car park near the camp. No one was hurt.\n\n"
            "Last month, gunmen abducted a school principal in Sidon and released him four days later.")
    ex = run(text, published="2024-03-13")
    got = sorted((i.date, i.date_precision) for i in ex.incidents)
    assert got == [("2024-01-01", "month"), ("2024-02-01", "month"), ("2024-03-12", "day")]
    january = next(i for i in ex.incidents if i.date == "2024-01-01")
    assert january.fatalities.best == 0


def test_day_beats_month_in_one_sentence(run) -> None:  # type: ignore[no-untyped-def]
    text = ("A candidate standing in this month's provincial council elections was shot dead outside his home in "
            "Mosul on Wednesday evening, police said.")
    assert only(run(text, published="2023-12-08")).date == "2023-12-06"


def test_group_named_in_the_setting_or_blaming_is_not_the_perpetrator(run) -> None:  # type: ignore[no-untyped-def]
    text = ("An assailant threw a grenade at an army checkpoint in Sidon late on Tuesday, wounding two soldiers, at a "
            "time of tension across southern Lebanon, where Hezbollah and Israel have exchanged fire since October.")
    assert only(run(text, published="2024-03-13")).perpetrator.name is None
    text = ("A car bomb killed a security chief in Aden on Sunday. No group claimed responsibility. Officials of the "
            "Southern Transitional Council, which controls Aden, blamed al Qaeda in the Arabian Peninsula (AQAP).")
    inc = only(run(text, published="2024-05-06"))
    assert inc.perpetrator.name == "al-Qaeda in the Arabian Peninsula"


def test_trial_and_history_are_not_incidents(run) -> None:  # type: ignore[no-untyped-def]
    text = ("A Cairo court sentenced twelve men to death on Sunday for a series of attacks in North Sinai. "
            "The charge sheet did not give the dates of the attacks or say how many people were killed in them. "
            "The insurgency in North Sinai, which intensified after 2013, killed hundreds of soldiers and police "
            "officers.")
    assert run(text, published="2024-04-08").incidents == ()


def test_unlisted_claimant_with_a_long_name(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Explosive charges damaged two holiday villas in Porto-Vecchio early on Monday, prosecutors said; no "
            "casualties were reported, and the Front for the Liberation of the Valley (FLV) claimed both attacks "
            "on Tuesday.")
    inc = only(run(text, published="2023-05-10"))
    assert inc.perpetrator.name == "Front for the Liberation of the Valley (FLV)"
    assert inc.perpetrator.claimed is True


def test_group_names_match_across_hyphens_spaces_and_line_breaks() -> None:
    from sitrep.extract.actors import find_actors

    def names(text: str) -> list[tuple[str, str]]:
        return [(a.actor.name, a.text) for a in find_actors(text)]

    assert names("blamed al Qaeda in the Arabian Peninsula.") == [
        ("al-Qaeda in the Arabian Peninsula", "al Qaeda in the Arabian Peninsula")]
    assert names("The Tehrik i\nTaliban Pakistan said") == [("Tehrik-i-Taliban Pakistan", "Tehrik i\nTaliban Pakistan")]
    assert names("a pro-Hamas rally") == []  # part of another word
    # the longest name wins over the shorter one it starts with
    assert names("Islamic State West Africa Province fighters")[0][0] == "Islamic State West Africa Province"


def test_target_is_the_victims_or_the_place_not_the_people_around_them(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Suspected Boko Haram fighters killed three fishermen on an island near Ngouboua in Chad's Lac province "
            "on Monday, the regional governor said.")
    assert only(run(text, published="2025-01-10")).target.type == "Private Citizens & Property"
    text = ("A Palestinian gunman opened fire on Israeli cars at a junction near Hebron in the West Bank on Tuesday, "
            "wounding two Israelis, the army said.")
    assert only(run(text, published="2024-08-21")).target.type == "Private Citizens & Property"
    text = ("Gunmen stormed a supermarket in Duran on Monday and held nine employees hostage before police "
            "ended the siege, killing one of them.")
    assert only(run(text, published="2024-03-12")).target.type == "Business"


def test_official_named_before_the_killing_is_an_assassination(run) -> None:  # type: ignore[no-untyped-def]
    text = ("SANTANDER DE QUILICHAO, Cauca - Municipal councillor Luz Dary Trochez was shot dead outside her home "
            "on Thursday, police said.")
    inc = only(run(text, published="2023-01-14"))
    assert inc.attack_type == "Assassination" and inc.target.type == "Government (General)"
    text = ("ADEN, Yemen (Agency) - A car bomb exploded as the convoy of a senior security official passed through "
            "Aden on Tuesday, killing two of his guards.")
    assert only(run(text, published="2024-05-08")).attack_type == "Assassination"
    text = ("On March 3, an aspiring candidate for the municipal council of Salvatierra, about 40 km to the south, "
            "was shot dead outside a campaign office.")
    inc = only(run(text, published="2024-05-16"))
    assert (inc.fatalities.best, inc.attack_type) == (1, "Assassination")


def test_town_a_road_leads_to_does_not_pin_the_place(run) -> None:  # type: ignore[no-untyped-def]
    text = ("DERA ISMAIL KHAN, Pakistan (Agency) - Militants attacked a police post near Dera Ismail Khan late on "
            "Sunday, police said. Four policemen were killed in the fighting at the post on the road to Kulachi.")
    assert only(run(text, published="2024-04-15")).location.city == "Dera Ismail Khan"


def test_no_harm_said_in_other_words(run) -> None:  # type: ignore[no-untyped-def]
    text = ("YUKSEKOVA, Turkey (Agency) - Soldiers found and destroyed a roadside bomb near Yuksekova on "
            "10 January 2024, the governor said. No loss of life, injury or material damage occurred.")
    inc = only(run(text, published="2024-01-11"))
    assert (inc.fatalities.best, inc.injuries.best) == (0, 0)
    text = ("Last month, gunmen abducted a school principal in Bafut and released him four days later, unharmed, "
            "after his family paid a ransom.")
    inc = only(run(text, published="2022-11-21"))
    assert (inc.fatalities.best, inc.injuries.best) == (0, 0)


def test_stray_bullet_is_an_injury(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen killed the head of the civil council of al-Busayrah on Sunday, local sources said. "
            "A passer-by was hit by a stray bullet and was taken to a clinic in the town.")
    assert only(run(text, published="2024-05-07")).injuries.best == 1


def test_strike_author_over_the_group_it_struck_and_the_day_it_was_told(run) -> None:  # type: ignore[no-untyped-def]
    text = ("CAIRO (AP) - An Israeli airstrike on a house in Rafah in the southern Gaza Strip killed 12 people, "
            "including five children, overnight, Palestinian health officials said on Tuesday.\n\n"
            "The Israeli military said it had struck a Hamas militant in the area.")
    inc = only(run(text, published="2024-06-12"))
    assert inc.perpetrator.name == "Israel Defense Forces"
    assert (inc.date, inc.date_precision) == ("2024-06-11", "day")


def test_groups_named_for_what_they_did_before_are_not_perpetrators(run) -> None:  # type: ignore[no-untyped-def]
    text = ("PESHAWAR, Pakistan (Reuters) - At least 12 people were killed on Friday when a suicide bomber struck a "
            "mosque in Peshawar, police said. No group immediately claimed responsibility, but the Pakistani "
            "Taliban and Islamic State have both carried out attacks on worshippers in the region.")
    inc = only(run(text, published="2024-06-10"))
    assert inc.perpetrator.name is None and inc.perpetrator.claimed is False


def test_wire_shapes_from_other_theatres(run) -> None:  # type: ignore[no-untyped-def]
    text = ("MOGADISHU (Reuters) - Al Shabaab militants fired mortar rounds at Mogadishu's airport late on Wednesday, "
            "wounding four people, security officials said. The Islamist group said in a statement on its radio "
            "that it had targeted the foreign forces at the airport.")
    inc = only(run(text, published="2024-06-14"))
    assert (inc.perpetrator.name, inc.perpetrator.claimed) == ("al-Shabaab", True)
    text = ("RAIPUR: Eight jawans of the District Reserve Guard and a civilian driver were killed when Maoists blew up "
            "their vehicle with an IED in Chhattisgarh's Bijapur district on Monday, police said.")
    inc = only(run(text, published="2024-06-14"))
    assert inc.fatalities.best == 9 and inc.target.type == "Police"
    assert inc.location.admin1 == "Chhattisgarh"  # Bijapur district of Chhattisgarh, not the Karnataka town
    text = ("A Houthi missile struck a bulk carrier in the Gulf of Aden southeast of Aden on Tuesday, the maritime "
            "agency said. The crew were reported safe. Houthi military spokesman Yahya Saree said the group had "
            "targeted the vessel.")
    inc = only(run(text, published="2024-06-14"))
    assert (inc.perpetrator.name, inc.perpetrator.claimed, inc.fatalities.best) == ("Houthis", True, 0)
    assert inc.target.type == "Maritime"
    text = ("Rebels from the National Liberation Army (ELN) bombed an oil pipeline in Arauca province on Thursday, "
            "forcing a halt in pumping.")
    assert only(run(text, published="2024-06-14")).target.type == "Utilities"  # the group's name is no army target


def test_military_press_release_idioms(run) -> None:  # type: ignore[no-untyped-def]
    text = ("RAWALPINDI: Security forces killed six khwarij in an intelligence-based operation in Datta Khel in "
            "North Waziristan district on the night of 15/16 November, the ISPR said on Saturday. After an intense "
            "exchange of fire, six khwarij were sent to hell, the military's media wing said.")
    inc = only(run(text, published="2024-11-16"))
    assert (inc.fatalities.best, inc.fatalities.militants) == (6, 6)


def test_dateline_after_a_byline_places_the_report(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Home > News > Nation\n\nTwo policemen martyred in attack\n\nStaff Reporter\nPublished: November 18, 2024\n\n"
            "LAKKI MARWAT: Two policemen were martyred and another was injured when unidentified motorcyclists "
            "opened fire on a police mobile near a village yesterday.")
    inc = only(run(text, published="2024-11-18"))
    assert inc.location.admin1 == "Khyber Pakhtunkhwa" and inc.location.city is not None
    assert (inc.date, inc.fatalities.best, inc.injuries.best) == ("2024-11-17", 2, 1)


def test_people_taken_are_counted_apart_from_the_dead_and_wounded(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen abducted seven pupils and a teacher from a secondary school in Kumbo on Sunday, police said. "
            "Nobody was hurt.")
    inc = only(run(text, published="2023-11-07"))
    assert (inc.kidnapped.best, inc.fatalities.best, inc.injuries.best) == (8, 0, 0)
    assert any(e.field == "kidnapped" for e in inc.evidence)
    text = ("Gang members hijacked a bus carrying 40 passengers near Croix-des-Bouquets on Sunday, and the driver was "
            "shot dead, police said.")
    inc = only(run(text, published="2024-04-16"))
    assert (inc.kidnapped.best, inc.fatalities.best) == (40, 1)


def test_bulletin_lines_are_separate_incidents(run) -> None:  # type: ignore[no-untyped-def]
    text = ("SAHEL SECURITY BULLETIN - WEEK 11\n\n"
            "- 12 March: An IED struck an army vehicle near Kidal, killing two soldiers. JNIM claimed the attack.\n"
            "- 13 March: Gunmen abducted five traders on the road between Gao and Ansongo. No claim.\n"
            "- 14 March: Suspected ISSP fighters killed 9 civilians in a raid on a village in the Menaka region.\n")
    ex = run(text, published="2024-03-18")
    got = sorted((i.date, i.fatalities.best, i.kidnapped.best, i.perpetrator.claimed) for i in ex.incidents)
    assert got == [("2024-03-12", 2, None, True), ("2024-03-13", 0, 5, False), ("2024-03-14", 9, None, False)]


def test_indian_english_encounter(run) -> None:  # type: ignore[no-untyped-def]
    text = ("DANTEWADA: Five Naxalites, including two women cadres, were killed in an encounter with security forces "
            "in the forests of Dantewada district on Friday morning, police said. A DRG jawan sustained bullet "
            "injuries and was airlifted to Raipur.")
    inc = only(run(text, published="2024-03-04"))
    assert (inc.event_type, inc.sub_event_type) == ("Battles", "Armed clash")
    assert (inc.fatalities.best, inc.fatalities.militants, inc.injuries.best) == (5, 5, 1)


def test_the_office_that_spoke_is_not_the_target(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Six people, among them a three-year-old girl, were killed on Tuesday night when gunmen opened fire on a "
            "family celebration in the town of Celaya, in Mexico's Guanajuato state, the state prosecutor's office "
            "said on Wednesday.")
    assert only(run(text, published="2024-06-12")).target.type == "Private Citizens & Property"


def test_toll_update_article_with_a_strike_told_from_the_capital(run) -> None:  # type: ignore[no-untyped-def]
    text = ("KYIV (Agency) - The death toll from Monday's Russian strike on an apartment block in the north-eastern "
            "Ukrainian city of Sumy rose to nine on Wednesday, regional authorities said.\n\n"
            "Russian aircraft dropped two guided bombs on the city, hitting a five-storey building. Four people were "
            "reported killed on Monday evening, and the toll rose as search and rescue work continued through Tuesday.")
    inc = only(run(text, published="2024-07-03"))
    assert (inc.date, inc.location.city, inc.fatalities.best) == ("2024-07-01", "Sumy", 9)
    assert (inc.sub_event_type, inc.perpetrator.name) == ("Air/drone strike", "Russian forces")


def test_a_sentence_dated_elsewhere_does_not_join_by_its_words(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Previously, on 3 March 2024, militants ambushed a patrol near Djibo, killing eight auxiliaries. "
            "In July, a roadside bomb on the main road into the town destroyed a taxi carrying traders, killing two "
            "people.")
    ex = run(text, published="2024-10-08")
    march = next(i for i in ex.incidents if i.date == "2024-03-03")
    assert march.fatalities.best == 8


def test_the_day_in_a_dateline_is_no_count_of_the_dead(run) -> None:  # type: ignore[no-untyped-def]
    text = ("LOME, Feb 27 (Agency) - Gunmen raided a gendarmerie post near Dapaong on Sunday, killing three "
            "gendarmes, the security ministry said.")
    inc = only(run(text, published="2024-02-27"))
    assert inc.fatalities.best == 3


def test_a_victim_added_later_and_told_on_another_day_is_the_same_event(run) -> None:  # type: ignore[no-untyped-def]
    text = ("LOME, Feb 27 (Agency) - Gunmen raided a gendarmerie post near Dapaong on Sunday, killing three "
            "gendarmes, the security ministry said.\n\n"
            "A driver who was parked beside the post was also killed, a local official told (Agency) on Tuesday.")
    inc = only(run(text, published="2024-02-27"))
    assert inc.fatalities.best == 4 and inc.date == "2024-02-25"


def test_earlier_and_later_tolls_of_one_event_make_one_incident(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen shelled a crowded bus station in Kassala town on Friday, killing twelve people, medics said.\n\n"
            "On Saturday, the authorities had given a provisional toll of eight dead. The toll rose to 15 on "
            "Sunday after three of the wounded died in hospital.\n\n"
            "Twenty wounded people were flown on Saturday morning to the hospital in Port Sudan.")
    inc = only(run(text, published="2024-05-13"))
    assert inc.fatalities.best == 15 and inc.date == "2024-05-10"
    assert inc.injuries.best == 20


def test_a_date_read_on_television_is_when_it_was_told(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Fourteen soldiers were killed when militants ambushed a patrol near Ayorou late on Monday, the "
            "army said on Wednesday. In a first statement, read on state television on Tuesday, the army said "
            "nine soldiers had died after the patrol was attacked on the road north of the town.")
    inc = only(run(text, published="2024-06-12"))
    assert inc.date == "2024-06-10" and inc.fatalities.best == 14


def test_a_day_last_year_is_in_the_year_before(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Militants shot dead two policemen in Bannu on Tuesday. On March 3 last year, a suicide bomber "
            "killed nine people at a checkpoint in Bannu.")
    dates = sorted(i.date or "" for i in run(text, published="2024-09-12").incidents)
    assert dates == ["2023-03-03", "2024-09-10"]


def test_a_claim_in_the_movements_name_is_its_local_branchs(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Militants killed six soldiers at a checkpoint near Bir al-Abd in North Sinai on Thursday, security "
            "sources said.\n\n"
            "Islamic State claimed the attack on Friday through its Amaq agency, saying its fighters had killed "
            "six soldiers.")
    inc = only(run(text, published="2024-02-10"))
    assert inc.perpetrator.name == "Wilayat Sinai" and inc.perpetrator.claimed is True
    assert inc.date == "2024-02-08"


def test_a_conflicts_beginning_is_not_an_incident(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen killed three traders near Palma on Tuesday, residents said. The insurgency began in "
            "October 2017 and has killed thousands of people.")
    assert len(run(text, published="2024-02-10").incidents) == 1


def test_separatists_are_the_one_separatist_movement_of_the_country(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Suspected separatists shot dead two gendarmes at a checkpoint in Kumbo, in Cameroon's North-West "
            "region, on Monday, officials said.")
    inc = only(run(text, published="2024-04-10"))
    assert inc.perpetrator.name == "Ambazonian separatists" and inc.perpetrator.claimed is False


def test_separatists_stay_unnamed_where_several_movements_fight(run) -> None:  # type: ignore[no-untyped-def]
    text = "Suspected separatists shot dead two policemen near Turbat in Balochistan on Monday, officials said."
    assert only(run(text, published="2024-04-10")).perpetrator.name is None


def test_later_claimed_by_a_group_is_a_claim(run) -> None:  # type: ignore[no-untyped-def]
    text = ("A bomb exploded in a market in Jalalabad on Monday, killing five people, in an attack later claimed "
            "by Islamic State.")
    inc = only(run(text, published="2024-04-10"))
    assert inc.perpetrator.claimed is True and inc.perpetrator.name == "Islamic State Khorasan Province"


def test_a_later_reference_to_the_days_blast_is_no_new_event(run) -> None:  # type: ignore[no-untyped-def]
    text = ("A roadside bomb killed three soldiers near Mbengwi on Wednesday, the army said. "
            "Many young men have left for Douala since Wednesday's blast, fearing arrests.")
    assert len(run(text, published="2024-04-12").incidents) == 1


def test_a_bulletins_country_header_places_its_paragraph(run) -> None:  # type: ignore[no-untyped-def]
    text = ("SAHEL AND LAKE CHAD - WEEKLY BULLETIN\n\n"
            "CHAD (Lac) - Gunmen attacked a fishing camp on an island on Saturday night, killing four fishermen.\n")
    inc = only(run(text, published="2024-07-22"))
    assert (inc.location.country_code, inc.location.admin1) == ("TD", "Lac")


def test_an_armys_own_account_of_an_operation_is_an_incident(run) -> None:  # type: ignore[no-untyped-def]
    text = ("On 3 April 2025, security forces conducted an intelligence based operation in the general area of "
            "Mir Ali, North Waziristan District. During the operation, after an intense exchange of fire, four "
            "khwarij were sent to hell.")
    inc = only(run(text, published="2025-04-04"))
    assert inc.date == "2025-04-03" and inc.location.admin1 == "Khyber Pakhtunkhwa" and inc.fatalities.best == 4


def test_the_target_is_what_the_attack_was_aimed_at(run) -> None:  # type: ignore[no-untyped-def]
    # the grenade was thrown at the police; the passers-by were hurt by chance
    text = ("Militants lobbed a grenade at a police picket in Sopore on Monday evening, injuring four passers-by, "
            "officials said.")
    assert only(run(text, published="2024-08-20")).target.type == "Police"
    text = "Gunmen opened fire on a wedding party in Kafanchan on Saturday, killing six guests, police said."
    assert only(run(text, published="2024-08-20")).target.type == "Private Citizens & Property"


def test_a_defused_bomb_with_the_conflicts_toll_beside_it_kills_no_one(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Army engineers defused a roadside bomb on the road to Gwoza on Monday, the army said. The insurgency "
            "in the north-east has killed tens of thousands of people since 2009.")
    inc = only(run(text, published="2024-05-14"))
    assert (inc.fatalities.best, inc.fatalities.low, inc.injuries.best) == (0, 0, 0)


def test_deaths_among_the_wounded_bringing_the_toll_to_a_total(run) -> None:  # type: ignore[no-untyped-def]
    text = ("A bomb tore through a minibus in Jalalabad on Monday evening, killing at least five passengers, police "
            "said. On Tuesday, a doctor, who asked not to be named because staff have been told not to speak to "
            "reporters, said two of the wounded had died overnight, bringing the number of dead to seven.")
    assert only(run(text, published="2024-10-22")).fatalities.best == 7


def test_a_dateline_with_country_and_month_day_is_the_reports(run) -> None:  # type: ignore[no-untyped-def]
    # the dateline's day is when it was filed; "late on Tuesday" is the event's, and the bus was only bound for Quetta
    text = ("QUETTA, Pakistan, Sept 10 (Agency) - Gunmen stopped a Quetta-bound bus near Kishingi, a village in "
            "Nushki district, late on Tuesday and shot dead six passengers, officials said. Police who reached "
            "the scene exchanged fire with the attackers, and two of the gunmen were killed.")
    inc = only(run(text, published="2025-09-10"))
    assert inc.date == "2025-09-09"
    assert (inc.location.city, inc.location.admin1) == ("Kishingi", "Balochistan")
    assert (inc.fatalities.best, inc.fatalities.militants) == (8, 2)


def test_carried_off_are_taken_and_a_fifth_victim_makes_five(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen raided Kurya village in Zamfara state late on Sunday, shooting dead three people and carrying "
            "off 22 others, police said.\n\n"
            "A fourth villager, who was shot in the leg as he fled, died in hospital on Monday, a relative said.")
    inc = only(run(text, published="2024-02-13"))
    assert (inc.fatalities.best, inc.kidnapped.best) == (4, 22)


def test_both_those_attacks_are_the_last_two_told(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Militants ambushed an army truck near Rajouri on Tuesday, killing three soldiers, officials said. "
            "On May 5 last year, five soldiers were killed when militants fired on an army vehicle near Bhata "
            "Dhurian in Poonch. On June 9 last year, four soldiers were killed in an ambush at Dera Ki Gali. "
            "PAFF had claimed both those attacks.")
    incs = sorted(run(text, published="2024-08-14").incidents, key=lambda i: i.date or "")
    assert [i.date for i in incs] == ["2023-05-05", "2023-06-09", "2024-08-13"]
    assert [i.perpetrator.name for i in incs] == ["People's Anti-Fascist Front"] * 2 + [None]
    # "Dera" begins another name here: not the Dera near Delhi
    assert all(i.location.admin1 != "Delhi" for i in incs)


def test_translated_press_idioms_and_a_title_opening_the_sentence(run) -> None:  # type: ignore[no-untyped-def]
    text = ("A woman of 61 years of age lost her life and three minors resulted injured after an attack with drones "
            "on the community of La Ruana, in the municipality of Buenavista, Michoacan, this Tuesday.")
    inc = only(run(text, published="2025-06-17"))
    assert (inc.fatalities.best, inc.injuries.best) == (1, 3)
    text = ("The head of the local council in the town of Nawa, in the western countryside of Daraa, and his "
            "brother were killed on Monday evening by a bomb planted in their car. No party has claimed "
            "responsibility for the bombing.")
    inc = only(run(text, published="2024-04-09"))
    assert (inc.fatalities.best, inc.attack_type, inc.target.type) == (2, "Assassination", "Government (General)")
    assert inc.perpetrator.claimed is False


def test_a_second_victim_dying_later_is_the_same_event(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Fighters attacked an army post near Tame on Monday night, killing one soldier and wounding four, the "
            "army said. A second soldier was flown to a hospital in Arauca, where he died on Tuesday.")
    inc = only(run(text, published="2025-09-03"))
    assert inc.fatalities.best == 2 and inc.date == "2025-09-01"


def test_claiming_the_gunmen_as_its_members_is_a_claim(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Two gunmen shot dead three people at a bus stop in Hadera on Wednesday before police killed them. "
            "The Izz ad-Din al-Qassam Brigades, Hamas's armed wing, claimed the two gunmen as its members.")
    inc = only(run(text, published="2025-02-20"))
    assert inc.perpetrator.name == "Hamas" and inc.perpetrator.claimed is True


def test_a_regional_bureaus_dateline_does_not_place_the_event(run) -> None:  # type: ignore[no-untyped-def]
    text = ("DUBAI, Jan 22 (Agency) - Iranian police found and defused a bomb near a shrine in the city of "
            "Mashhad on Monday and later arrested two men accused of planting it, officials said.")
    inc = only(run(text, published="2025-01-22"))
    assert inc.location.country_code == "IR" and inc.date == "2025-01-20"
    assert (inc.fatalities.best, inc.injuries.best) == (0, 0)


def test_a_ship_struck_is_a_maritime_target(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Two crew members were killed when a missile fired by Yemen's Houthis struck a bulk carrier in the "
            "Gulf of Aden on Tuesday, maritime security sources said.")
    assert only(run(text, published="2024-03-20")).target.type == "Maritime"


def test_a_group_named_for_the_time_of_another_event_is_not_the_doer(run) -> None:  # type: ignore[no-untyped-def]
    text = ("A man armed with a knife killed a teacher and wounded three people at a school in Lens on Friday, "
            "police said. The attack, which came days "
            "after the Hamas assault on Israel, led the government to raise its alert level.")
    assert only(run(text, published="2023-10-14")).perpetrator.name is None


def test_a_car_that_blew_up_and_men_taken_away_are_events(run) -> None:  # type: ignore[no-untyped-def]
    text = ("ECUADOR - Manabi: A car packed with explosives blew up outside the police command in the port city of "
            "Manta in the early hours of Tuesday. Police said no one was killed or injured.")
    inc = only(run(text, published="2025-03-14"))
    assert (inc.location.country_code, inc.attack_type, inc.fatalities.best) == ("EC", "Bombing/Explosion", 0)
    text = ("Fighters stopped a pickup truck near Saravena in Arauca on Monday and took away two contractors "
            "working for an oil company, the army said.")
    inc = only(run(text, published="2025-03-14"))
    assert (inc.location.country_code, inc.attack_type, inc.kidnapped.best) == ("CO", "Hostage Taking (Kidnapping)", 2)


def test_a_leader_acknowledging_his_men_hold_the_hostages_is_a_claim(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen of the Viv Ansanm coalition abducted four aid workers from a clinic in Croix-des-Bouquets on "
            "Sunday, officials said. A gang leader acknowledged in a video posted on social media that his men were "
            "holding the group and demanded a ransom.")
    inc = only(run(text, published="2025-03-11"))
    assert inc.perpetrator.name == "Viv Ansanm" and inc.perpetrator.claimed is True and inc.kidnapped.best == 4


def test_event_months_before_the_report_is_background(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Police defused a bomb outside a church in Makassar on Monday, officials said. No one was hurt.\n\n"
            "On March 28, 2021, two attackers detonated a bomb at the gate of the city's cathedral, "
            "wounding 20 people.")
    ex = run(text, published="2025-01-22")
    by_date = {i.date: i for i in ex.incidents}
    assert by_date["2025-01-20"].background is False
    assert by_date["2021-03-28"].background is True


def test_scene_sentence_dates_and_places_the_event_told_next(run) -> None:  # type: ignore[no-untyped-def]
    text = ("A court in Jakarta jailed four men on Tuesday for helping a cell that bombed a church.\n\n"
            "On March 28, 2021, a couple on a motorcycle rode up to the gate of the cathedral in Makassar. "
            "When a guard stopped them, they detonated a bomb, wounding 20 people.")
    inc = only(run(text, published="2022-01-12"))
    assert inc.date == "2021-03-28"
    assert inc.location.city == "Makassar"
    assert inc.injuries.best == 20


def test_event_with_no_place_of_its_own_is_in_the_reports_province(run) -> None:  # type: ignore[no-untyped-def]
    text = ("At least 23 displaced people were killed on Monday when CODECO militiamen attacked a camp near "
            "Djugu in Ituri province, officials said.\n\n"
            "On 14 December, CODECO militiamen killed eight people in Xolobongo, according to local officials.")
    ex = run(text, published="2025-02-12")
    earlier = next(i for i in ex.incidents if i.date == "2024-12-14")
    assert earlier.location.country_code == "CD"
    assert earlier.location.admin1 == "Ituri"
    # the village no gazetteer lists is named, and placed no finer than its province
    assert earlier.location.city == "Xolobongo"
    assert earlier.location.precision == "province"


def test_numbered_army_press_release_is_one_battle_and_one_bomb_found(run) -> None:  # type: ignore[no-untyped-def]
    text = ("PRESS RELEASE\n\n"
            "1. Troops of the brigade successfully repelled an attack by terrorists on their location at Dikwa, "
            "Borno State.\n\n"
            "2. The terrorists attempted to infiltrate the troops' position at about 0400 hours on Tuesday 4 June 2024. "
            "The troops engaged them with superior fire power.\n\n"
            "3. During the encounter, 9 terrorists were neutralised, while 2 General Purpose Machine Guns and 6 AK-47 "
            "rifles were recovered. Regrettably, 1 soldier paid the supreme price.\n\n"
            "4. In a related development, troops on patrol near Gajiram on Wednesday 5 June 2024 detected an "
            "Improvised Explosive Device planted on the road. The device was safely detonated by the Explosive "
            "Ordnance Disposal team. No casualty was recorded.")
    ex = run(text, published="2024-06-06")
    by_date = {i.date: i for i in ex.incidents}
    assert set(by_date) == {"2024-06-04", "2024-06-05"}
    battle, bomb = by_date["2024-06-04"], by_date["2024-06-05"]
    assert battle.location.city == "Dikwa"
    assert battle.fatalities.best == 10  # nine attackers and one soldier; no gun is a person
    assert bomb.sub_event_type == "Disrupted weapons use"
    assert (bomb.fatalities.best, bomb.injuries.best) == (0, 0)


def test_newest_first_live_blog_gives_the_last_toll(run) -> None:  # type: ignore[no-untyped-def]
    text = ("LIVE: Gunmen attack village in Plateau\n\n"
            "18:20 - The council chairman says the number of bodies recovered has risen to 31. At least 14 wounded "
            "people are being treated at the hospital in Bokkos.\n\n"
            "13:30 - A community leader says 27 bodies have now been recovered.\n\n"
            "10:15 - Police confirmed the attack. A spokesperson said 19 people were killed and several others "
            "injured.\n\n"
            "07:40 - Reports are coming in of an attack late on Sunday night on Hurti village in Bokkos Local "
            "Government Area of Plateau State. At least 12 people are reported to have been killed.")
    inc = only(run(text, published="2025-04-21"))
    assert inc.date == "2025-04-20"
    assert inc.fatalities.best == 31
    assert inc.injuries.best == 14


def test_communique_idioms_and_operation_names(run) -> None:  # type: ignore[no-untyped-def]
    text = ("On Tuesday 17 September 2024, a unit engaged in Operation NIYA was the object of a complex attack by "
            "terrorists in the vicinity of Téra, region of Tillabéri. The enemy was repelled. The provisional "
            "balance sheet is as follows:\n"
            "- On the friendly side: six (06) soldiers fallen on the field of honour, nine (09) wounded, one (01) "
            "vehicle damaged.\n"
            "- On the enemy side: twenty-one (21) terrorists neutralised.")
    inc = only(run(text, published="2024-09-20"))
    assert inc.location.country_code == "NE"
    assert inc.fatalities.best == 27 and inc.injuries.best == 9
    assert inc.event_type == "Battles"


def test_claimants_figure_and_clock_times_are_not_the_toll(run) -> None:  # type: ignore[no-untyped-def]
    text = ("The Islamic State's Khorasan Province has claimed responsibility for a bomb that tore through a minibus "
            "in the west of Kabul on Wednesday evening. The statement claimed that around 30 people had been killed "
            "or wounded.\n\n"
            "The police spokesman for Kabul gave a much lower toll, saying two civilians were killed and 11 wounded "
            "when a magnetic mine stuck to the minibus exploded at about 5:30 pm.")
    inc = only(run(text, published="2024-05-16"))
    assert (inc.fatalities.best, inc.injuries.best) == (2, 11)


def test_bomber_who_also_died_adds_to_the_toll(run) -> None:  # type: ignore[no-untyped-def]
    text = ("MOGADISHU, Aug 5 (Agency) - A suicide bomber blew himself up among army recruits queuing outside a "
            "training camp in Somalia's capital on Tuesday, killing at least 13 of them, an officer said. "
            "The bomber also died. Al Shabaab claimed responsibility, saying it had killed \"more than 40 soldiers\".")
    inc = only(run(text, published="2025-08-05"))
    assert inc.fatalities.best == 14
    assert inc.location.city == "Mogadishu"
    assert inc.perpetrator.claimed is True


def test_digest_entry_dated_by_weekday_and_day_month(run) -> None:  # type: ignore[no-untyped-def]
    text = ("NORTH KIVU WEEKLY SECURITY DIGEST\n\n"
            "1. BENI TERRITORY - Tue 09/09 - Mantumbi village\n"
            "ADF combatants entered the village and attacked residents with machetes. 11 civilians killed.\n\n"
            "2. BUTEMBO (city) - Fri 12/09 - Vulamba neighbourhood\n"
            "IED detonated in a residential street. 4 civilians injured, no deaths.")
    ex = run(text, published="2025-09-15")
    assert {(i.date, i.location.city) for i in ex.incidents} == {("2025-09-09", "Mantumbi"), ("2025-09-12", "Butembo")}


def test_police_release_with_numbered_dates_and_unit_numbers(run) -> None:  # type: ignore[no-untyped-def]
    text = ("On 14.04.2025 at about 09:30 hrs, a joint party of CoBRA 201 Bn CRPF left camp Tadmetla under P.S. "
            "Chintalnar, District Sukma. During the movement, a pressure IED planted by the Maoists exploded. "
            "In the incident, 02 jawans of CoBRA 201 Bn got martyred and 01 DRG jawan received injuries.\n\n"
            "On the night of 15.04.2025, armed Maoists came to village Kutul and took away a villager. "
            "They killed him with sharp-edged weapons on the outskirts of the village.")
    ex = run(text, published="2025-04-16")
    by_date = {i.date: i for i in ex.incidents}
    assert set(by_date) == {"2025-04-14", "2025-04-15"}
    ied, killing = by_date["2025-04-14"], by_date["2025-04-15"]
    assert (ied.fatalities.best, ied.injuries.best) == (2, 1)
    assert ied.target.type == "Police"
    assert killing.fatalities.best == 1


def test_strike_blamed_on_the_military_and_a_town_named_as_one(run) -> None:  # type: ignore[no-untyped-def]
    text = ("ADDIS ABABA, Feb 20 (Agency) - A drone strike hit a wedding gathering in Ethiopia's Amhara region on "
            "Tuesday, killing at least 11 people, residents and a health worker said.\n\n"
            "The strike hit a compound in Wegel Tena, a town in the Delanta district, two residents said. "
            "Residents blamed the federal military, which has used drones against the Fano militia since 2023.")
    inc = only(run(text, published="2025-02-20"))
    assert inc.location.city == "Wegel Tena" and inc.location.admin1 == "Amhara"
    assert inc.perpetrator.name == "Ethiopian National Defense Force"
    assert inc.target.type == "Private Citizens & Property"


def test_live_blog_with_stamps_on_their_own_lines_keeps_the_last_toll(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Live: Car bomb hits market in Jarablus\n\n"
            "18:05\nSummary of the day: a car bomb exploded near the vegetable market in Jarablus this morning. The "
            "latest toll from the health directorate is 11 dead - ten civilians and a policeman - and 26 wounded.\n\n"
            "13:05\nCivil defence teams now say seven people were killed and about 20 wounded.\n\n"
            "11:50\nThe civil defence say three people were killed.\n\n"
            "11:25\nWe're getting reports of a loud explosion in Jarablus.")
    inc = only(run(text, published="2025-01-23"))
    assert (inc.fatalities.best, inc.injuries.best) == (11, 26)


def test_paragraph_on_the_first_of_two_events_told_in_the_lead_goes_back_to_it(run) -> None:  # type: ignore[no-untyped-def]
    text = ("TEHRAN, June 15 (Agency) - Militants attacked a police station in the city of Saravan in Sistan and "
            "Baluchestan province late on Friday, killing four police officers, and a judge was shot dead in the "
            "provincial capital Zahedan on Saturday morning, state media reported.\n\n"
            "The attackers opened fire on the station from several directions. Three of the assailants were killed, "
            "and two police officers were wounded, he said. Jaish al-Adl claimed responsibility for the Saravan "
            "attack in a statement.\n\n"
            "In the second incident, two men on a motorcycle shot a judge as he left his home on Saturday, killing "
            "him instantly. No group has claimed responsibility.")
    ex = run(text, published="2024-06-15")
    by_date = {i.date: i for i in ex.incidents}
    station, judge = by_date["2024-06-14"], by_date["2024-06-15"]
    assert (station.fatalities.best, station.injuries.best) == (7, 2)
    assert station.perpetrator.name == "Jaish al-Adl" and station.perpetrator.claimed is True
    assert judge.fatalities.best == 1 and judge.perpetrator.name is None and judge.perpetrator.claimed is False


def test_group_blamed_as_the_same_faction_is_the_earlier_events_perpetrator(run) -> None:  # type: ignore[no-untyped-def]
    text = ("BOGOTA, June 30 (Agency) - A motorcycle packed with explosives blew up near the police station in the "
            "town of Suárez in Cauca on Saturday, wounding four police officers. The Defence Ministry blamed "
            "the ELN.\n\n"
            "On Sunday, a police patrolman was shot dead by two men on a motorcycle in the centre of Morales. "
            "The governor blamed the same rebel group.")
    ex = run(text, published="2025-06-30")
    by_date = {i.date: i for i in ex.incidents}
    shooting = by_date["2025-06-29"]
    assert shooting.perpetrator.name == by_date["2025-06-28"].perpetrator.name is not None
    assert shooting.fatalities.best == 1 and shooting.event_type == "Battles"


def test_raised_toll_in_the_lead_and_an_earlier_attack_recalled_by_when(run) -> None:  # type: ignore[no-untyped-def]
    text = ("N'DJAMENA, March 7 (Agency) - Chad's army on Friday raised the death toll from an attack on its "
            "position at Ngouboua, on the shores of Lake Chad, to 24 soldiers, up from the 17 it had announced.\n\n"
            "An army spokesman said 19 soldiers had been wounded and that 31 assailants were killed when fighters "
            "arriving by boat attacked the position late on Tuesday. The statement blamed Boko Haram.\n\n"
            "The attack is the deadliest against Chadian forces since late October 2024, when Boko Haram fighters "
            "killed 40 soldiers at the Barka Tolorom base, also in Lac province.")
    ex = run(text, published="2025-03-07")
    assert not ex.statistics  # the 40 soldiers died in one attack, not over a month
    news = next(i for i in ex.incidents if not i.background)
    assert news.date == "2025-03-04" and news.fatalities.best == 55 and news.injuries.best == 19
    assert any(i.background and i.fatalities.best == 40 for i in ex.incidents)


def test_digest_entries_under_dated_headings(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Southern Border Provinces Security Digest - Week 10\n\n"
            "INCIDENTS\n\n"
            "Mon 3 Mar - Narathiwat, Rueso district\n"
            "A roadside bomb hidden in a culvert detonated as a pickup carrying rangers passed. Two rangers were "
            "wounded.\n\n"
            "Sat 8 Mar - Pattani, Sai Buri district\n"
            "A small bomb exploded outside a tea shop in Sai Buri town, killing one customer and wounding three "
            "others.")
    ex = run(text, published="2025-03-10")
    by_date = {i.date: i for i in ex.incidents}
    assert set(by_date) == {"2025-03-03", "2025-03-08"}
    assert by_date["2025-03-03"].location.admin1 == "Narathiwat" and by_date["2025-03-03"].injuries.best == 2
    assert (by_date["2025-03-08"].fatalities.best, by_date["2025-03-08"].injuries.best) == (1, 3)


def test_attack_carried_out_by_a_group_and_a_fourth_victim_dying_in_hospital(run) -> None:  # type: ignore[no-untyped-def]
    text = ("BAGHDAD, Nov 20 (Agency) - Militants attacked a post of the Popular Mobilisation Forces near Jalawla in "
            "Diyala province late on Saturday. Three soldiers were killed at the scene.\n\n"
            "A fourth soldier, who had been shot in the head, died on Sunday morning at the main hospital in Baquba.\n\n"
            "Officials said they believed the attack had been carried out by Islamic State. No group has claimed "
            "responsibility.")
    inc = only(run(text, published="2022-11-20"))
    assert inc.fatalities.best == 4
    assert inc.perpetrator.name == "Islamic State" and inc.perpetrator.claimed is False


def test_workers_of_a_facility_take_its_target_type(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Drones struck the Um Dabakir thermal power station near the city of Kosti in Sudan's White Nile state on "
            "Monday, killing two workers and injuring three others, the electricity company said.\n\n"
            "On Thursday night, unidentified people set fire to tyres piled against the base of a mobile phone tower "
            "in Tak Bai, Narathiwat.")
    ex = run(text, published="2025-01-24")
    types = {i.date: i.target.type for i in ex.incidents}
    assert types["2025-01-20"] == "Utilities"
    assert types["2025-01-23"] == "Telecommunication"  # "the base of a tower" is no military base


def test_a_limb_wound_counts_one_injured_and_a_later_death_one_dead(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen on a motorbike shot dead a council official outside his office in Kharan on Monday. "
            "His driver was shot in the leg and is being treated at the district hospital.")
    inc = only(run(text, published="2024-05-02"))
    assert (inc.fatalities.best, inc.injuries.best) == (1, 1)
    inc = only(run("Gunmen opened fire on a shopkeeper in Kalat on Monday. The shopkeeper escaped with bullet wounds.",
                   published="2024-05-02"))
    assert (inc.fatalities.best, inc.injuries.best) == (0, 1)  # only a wound is told: no one died
    inc = only(run("Gunmen opened fire on a shopkeeper in Kalat on Monday. The shopkeeper was shot in the back "
                   "and died on the way to hospital.", published="2024-05-02"))
    assert (inc.fatalities.best, inc.injuries.best) == (1, None)


def test_a_claim_by_a_groups_branch_is_a_claim(run) -> None:  # type: ignore[no-untyped-def]
    text = ("A suicide bomber blew himself up beside a police vehicle in Jalalabad on Tuesday, killing five people, "
            "officials said, in an attack later claimed by the regional branch of Islamic State.")
    inc = only(run(text, published="2024-05-22"))
    assert inc.perpetrator.claimed is True
    text = ("A suicide bomber blew himself up beside a police vehicle in Jalalabad on Tuesday, killing five people. "
            "Islamic State Khorasan Province said in a statement published by its news agency on Telegram that one of "
            "its fighters had detonated an explosive vest.")
    inc = only(run(text, published="2024-05-22"))
    assert (inc.perpetrator.name, inc.perpetrator.claimed) == ("Islamic State Khorasan Province", True)


def test_a_bomber_who_also_died_is_counted_once(run) -> None:  # type: ignore[no-untyped-def]
    inc = only(run("A female suicide bomber blew herself up at the market in Kolofata on Sunday, killing five "
                   "civilians; she also died.", published="2024-05-02"))
    assert (inc.fatalities.best, inc.fatalities.militants) == (6, 1)
    inc = only(run("A suicide bomber blew himself up beside a police vehicle in Jalalabad on Tuesday, killing seven "
                   "people including the bomber.", published="2024-05-02"))
    assert (inc.fatalities.best, inc.fatalities.militants) == (7, 1)


def test_the_sources_counted_after_a_toll_are_not_more_dead(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Fighters overran parts of an army base at Wajiroko in Borno state late on Monday, killing five soldiers "
            "before troops pushed them out, two military officers said on Tuesday.")
    assert only(run(text, published="2025-03-25")).fatalities.best == 5


def test_an_opinion_piece_still_tells_its_events(run) -> None:  # type: ignore[no-untyped-def]
    text = ("OPINION\n\nThe drones will not win this war\n\n"
            "Last Tuesday, a minibus carrying market-goers was hit by a drone on the road just outside Jiga, a small "
            "town in West Gojjam, Ethiopia. Residents say eleven passengers died, among them a mother and her baby, "
            "and six others were badly burned.\n\n"
            "Peace is made with enemies, not friends. The government should talk to its opponents.\n\n"
            "The author is a researcher who writes under a pseudonym.")
    inc = only(run(text, published="2025-05-26"))
    assert (inc.date, inc.location.city) == ("2025-05-20", "Jiga")
    assert (inc.fatalities.best, inc.injuries.best) == (11, 6)


def test_a_months_killing_in_a_named_town_is_an_event_not_a_tally(run) -> None:  # type: ignore[no-untyped-def]
    text = ("In January 2024, soldiers went door to door in the town of Merawi in Ethiopia and killed at least 45 "
            "civilians, according to the human rights commission.")
    ex = run(text, published="2025-05-26")
    assert ex.statistics == ()
    assert only(ex).fatalities.best == 45


def test_a_martyred_soldier_is_one_dead_of_the_security_forces(run) -> None:  # type: ignore[no-untyped-def]
    text = ("A soldier of the national army was martyred and two others got injuries, yesterday Monday, following "
            "the explosion of a landmine during a combing operation on Jebel Chaambi in the governorate of "
            "Kasserine, Tunisia.")
    inc = only(run(text, published="2023-12-19"))
    assert (inc.fatalities.best, inc.fatalities.security_forces, inc.injuries.best) == (1, 1, 2)
    assert inc.target.type == "Military"


def test_grenades_carried_beside_rifles_do_not_make_a_bombing(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Militants armed with rifles and hand grenades stormed a police checkpost in Lakki Marwat district late on "
            "Sunday, killing three policemen before two of the attackers were shot dead, police said.")
    inc = only(run(text, published="2025-02-17"))
    assert (inc.sub_event_type, inc.attack_type) == ("Armed clash", "Armed Assault")
    text = "Militants threw hand grenades at a police checkpost in Lakki Marwat district late on Sunday, wounding two."
    assert only(run(text, published="2025-02-17")).sub_event_type == "Grenade"


def test_an_area_of_the_neighbouring_district_is_the_place(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Last month, a roadside bomb struck a police van in the Domel area of neighbouring Bannu district, "
            "Pakistan, killing two officers.")
    assert only(run(text, published="2025-02-17")).location.city == "Domel"


def test_military_aircraft_that_bombed_a_school_is_an_air_strike_by_the_armed_forces(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Military aircraft bombed a school in Oe Htein Kwin village in Depayin Township, Sagaing Region, Myanmar, "
            "on Monday while classes were in session, killing 22 people.")
    inc = only(run(text, published="2025-05-14"))
    assert inc.sub_event_type == "Air/drone strike"
    assert inc.perpetrator.name == "Myanmar military"


def test_hours_later_a_clash_by_other_means_is_another_event_of_that_day(run) -> None:  # type: ignore[no-untyped-def]
    text = ("POPAYAN, Colombia, April 8 (Agency) - A motorcycle loaded with explosives blew up near a police post in "
            "the village of El Plateado in Cauca province early on Tuesday, killing a police officer and a civilian.\n\n"
            "Hours later, soldiers clashed with rebels near the hamlet of Sinaí, also in Argelia, the army said. Two "
            "rebels were killed in the fighting.")
    ex = run(text, published="2025-04-08")
    got = sorted((i.date, i.location.city, i.sub_event_type, i.fatalities.best) for i in ex.incidents)
    assert got == [("2025-04-08", "El Plateado", "Remote explosive/landmine/IED", 2),
                   ("2025-04-08", "Sinaí", "Armed clash", 2)]


def test_translated_toll_of_soldiers_named_as_members_of_the_army(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Huamanga. Two members of the Army of Peru lost the life and other three resulted wounded in an ambush "
            "perpetrated by the remnants of Shining Path the past Saturday 16 in the afternoon, near to the town of "
            "Llochegua, province of Huanta.")
    inc = only(run(text, published="2023-09-18"))
    assert (inc.fatalities.best, inc.fatalities.security_forces, inc.injuries.best) == (2, 2, 3)


def test_an_operation_that_killed_militants_is_the_forces_against_the_group(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Troops killed eight al-Shabaab fighters in an operation near Jilib in Somalia on Monday, the army said.")
    inc = only(run(text, published="2024-04-30"))
    assert (inc.perpetrator.name, inc.target.type) == ("Somali National Army", "Terrorists/Non-State Militia")
    text = ("Three members of the Dawlah Islamiyah-Maute Group were killed in an encounter with troops of the 51st "
            "Infantry Battalion in Butig, Lanao del Sur, on Saturday.")
    inc = only(run(text, published="2024-04-30"))
    assert inc.target.type == "Terrorists/Non-State Militia" and inc.perpetrator.name != "Dawlah Islamiyah"
    # the militants attacked: they are the perpetrators, even if only their own men died
    text = "Militants attacked a checkpoint in Bannu on Monday; police repelled the attack and killed three attackers."
    assert only(run(text, published="2024-04-30")).target.type == "Police"


def test_rpgs_fired_beside_small_arms_make_an_armed_assault_and_a_strike_attributed_to_an_army(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Around 22:00 on Monday, gunmen attacked a checkpoint at the northern entrance of al-Busayrah, Syria, with "
            "small arms and rocket-propelled grenades. Two guards were killed and one injured.")
    assert only(run(text, published="2025-02-17")).attack_type == "Armed Assault"
    text = ("A drone strike hit a pick-up on the road near the Tishrin Dam in Aleppo province, Syria, on Thursday, "
            "killing three fighters. Local sources attributed the strike to the Turkish military.")
    assert only(run(text, published="2025-02-17")).perpetrator.name == "Turkish Armed Forces"


def test_the_seat_of_a_speaker_is_not_a_second_scene_and_no_criminal_group_claimed(run) -> None:  # type: ignore[no-untyped-def]
    text = ("BANGUI (Agency) - Gunmen abducted two Chinese nationals working for a gold mining company near Bambari "
            "in the Central African Republic on Sunday, officials said.\n\n"
            "The Chinese embassy in Bangui confirmed that two of its citizens had been abducted.\n\n"
            "No criminal group has claimed responsibility for the abduction.")
    inc = only(run(text, published="2024-03-25"))
    assert inc.location.city == "Bambari"
    assert inc.perpetrator.claimed is False


def test_a_group_only_said_to_operate_in_the_area_is_not_the_perpetrator(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen abducted two Chinese nationals near Bambari in the Central African Republic on Sunday, officials "
            "said. No group has claimed the abduction. Fighters of the Union for Peace in the Central African "
            "Republic (UPC), a rebel group, operate in the area, but a UPC spokesman denied any role.")
    inc = only(run(text, published="2024-03-25"))
    assert (inc.perpetrator.name, inc.perpetrator.claimed) == (None, False)


def test_blame_for_the_attack_after_a_witness_quote_belongs_to_the_attack(run) -> None:  # type: ignore[no-untyped-def]
    text = ("BUNIA, Congo, Feb 12 (Agency) - Militia fighters attacked the displacement site at Lodjo in Ituri "
            "province late on Tuesday, killing 32 people, officials said.\n\n"
            "\"When I came back, my neighbour and her three children were dead,\" said a woman who has lived at the camp "
            "since 2021.\n\n"
            "The army spokesman in Ituri blamed the attack on CODECO, and said troops who intervened had killed one of "
            "the assailants.")
    ex = run(text, published="2025-02-12")
    assert ex.statistics == ()
    inc = only(ex)
    assert (inc.perpetrator.name, inc.fatalities.best, inc.fatalities.militants) == ("CODECO", 33, 1)


def test_counts_with_an_aside_and_counts_of_them(run) -> None:  # type: ignore[no-untyped-def]
    text = ("ILAGA - Two motorcycle-taxi (ojek) drivers were shot dead on Tuesday afternoon on the road to the "
            "airport in Puncak regency, Papua, police said.")
    assert only(run(text, published="2025-03-12")).fatalities.best == 2
    text = ("On Thursday night, militants who had blocked the highway in Musakhel district, Balochistan, forced "
            "passengers off lorries and buses and killed 23 of them.")
    assert only(run(text, published="2025-03-12")).fatalities.best == 23


def test_ages_listed_after_a_count_are_not_more_dead(run) -> None:  # type: ignore[no-untyped-def]
    text = ("LA PAZ, May 25 (Agency) - Two U.S. missionaries -- aged 19 and 21 -- were shot dead last night "
            "by gunmen in a La Paz district, police said.")
    inc = only(run(text, published="2024-05-25"))
    assert inc.fatalities.best == 2  # not 21: "aged 19 and 21" are their ages
    assert inc.location.country_code == "BO"  # "U.S." says who they were, not where it happened


def test_a_toll_of_missionaries_counts_as_civilians(run) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen killed three missionaries and two pastors near Kajuru in Kaduna state on Sunday, police said."
    inc = only(run(text, published="2024-06-03"))
    assert inc.fatalities.best == 5
    assert inc.fatalities.civilians == 5


def test_a_movement_named_by_a_date_and_a_rifle_model_are_not_dead(run) -> None:  # type: ignore[no-untyped-def]
    text = ("A former commander of the 19 April Movement (M-19), which laid down its weapons on 9 March, "
            "was assassinated with an AK-47 aboard a flight to Barranquilla on Thursday, along with two of "
            "his bodyguards.")
    found = [c.count.best for c in casualties_in(text)]
    assert 19 not in found and 9 not in found and 47 not in found


def test_a_toll_told_as_a_state_is_the_toll() -> None:
    found = casualties_in("The authorities confirmed that the number of victims is 59 and not 62, as first reported.")
    assert [(c.kind, c.count.best) for c in found] == [("killed", 59)]


def test_assassinated_and_shot_to_death_are_killings(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Two police officers were assassinated and three farmers were shot to death near Tame in Arauca "
            "on Monday, the army said.")
    inc = only(run(text, published="2024-04-02"))
    assert inc.fatalities.best == 5


def casualties_in(text: str) -> list[Casualty]:
    return find_casualties(text, 0, len(text), ExtractSettings())


def test_al_qaeda_in_yemen_is_its_arabian_branch(run) -> None:  # type: ignore[no-untyped-def]
    text = ("ADEN, Sept 10 (Agency) - Al-Qaida militants attacked a checkpoint of southern forces near Mudiyah in "
            "Abyan province late Monday, killing six soldiers, officials said.")
    inc = only(run(text, published="2024-09-10"))
    assert inc.perpetrator.name == "al-Qaeda in the Arabian Peninsula"


def test_an_event_of_the_day_before_told_after_is_another_event(run) -> None:  # type: ignore[no-untyped-def]
    text = ("ADEN, Sept 10 (Agency) - Militants attacked a checkpoint on the outskirts of Mudiyah in Abyan "
            "province late Monday, killing six soldiers, officials said. Four other soldiers were wounded.\n\n"
            "On Sunday, two soldiers were killed when a roadside bomb struck their vehicle in the Wadi Omran "
            "valley, also in Mudiyah district.")
    ex = run(text, published="2024-09-10")
    assert sorted((i.date, i.fatalities.best) for i in ex.incidents) == [("2024-09-08", 2), ("2024-09-09", 6)]


def test_one_person_named_in_full_who_was_shot_dead_is_one_dead(run) -> None:  # type: ignore[no-untyped-def]
    text = ('TRIPOLI, May 13 (Agency) - Abdulghani al-Kikli, better known as "Ghaniwa", commander of a powerful '
            "militia, was shot dead inside a military camp in southern Tripoli on Monday, security sources said.")
    inc = only(run(text, published="2025-05-13"))
    assert inc.fatalities.best == 1
    text = ("Mir Naseer Ahmed, the chairman of the district council, was killed along with two other people on "
            "Thursday when gunmen opened fire on his vehicle near Kharan, officials said.")
    assert only(run(text, published="2024-05-10")).fatalities.best == 3


def test_a_junta_jet_fighter_is_its_air_strike_and_a_group_quoted_as_source_did_not_do_it(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Tabayin Township, 13 May 2025\n\n"
            "On 12 May at about 10 o'clock, the military council's jet fighter dropped bombs on the school of "
            "Oe Htein Kwin village, Tabayin Township, Sagaing Region. According to the village administration "
            "team and the local People's Defence Force, at least 20 students and two teachers lost their lives.")
    inc = only(run(text, published="2025-05-13"))
    assert inc.sub_event_type == "Air/drone strike"
    assert inc.perpetrator.name == "Myanmar military"


def test_forces_go_by_their_acled_names_too() -> None:
    from sitrep.extract.actors import find_actors
    assert find_actors("Military Forces of Myanmar")[0].actor.name == "Myanmar military"
    assert find_actors("Tajik border troops")[0].actor.name == "Tajik armed forces"


def test_a_passer_by_killed_in_a_police_shootout_adds_to_its_toll(run) -> None:  # type: ignore[no-untyped-def]
    text = ("CAIRO, July 21 - Egyptian security forces killed two suspected members of the Hasm militant group in "
            "an exchange of fire at an apartment in Giza on Sunday, the Interior Ministry said. A passer-by was "
            "killed by stray fire and a police officer was wounded.")
    inc = only(run(text, published="2025-07-21"))
    assert (inc.fatalities.best, inc.fatalities.militants, inc.fatalities.civilians) == (3, 2, 1)
    assert inc.injuries.best == 1
    assert inc.perpetrator.name == "Egyptian police" and inc.target.type == "Terrorists/Non-State Militia"


def test_troops_on_an_operation_who_met_gunmen_are_its_authors_and_a_soldier_named_first_counts(run) -> None:  # type: ignore[no-untyped-def]
    text = ("MARAWI CITY -- A soldier and four suspected members of the Dawlah Islamiyah-Maute group were killed in "
            "a firefight in a remote village of Piagapo town, Lanao del Sur, on Monday, the military said.\n\n"
            "Troops of the Army's 103rd Infantry Brigade were conducting focused military operations when they "
            "encountered around 10 armed men, the brigade commander said in a statement on Tuesday. Two soldiers "
            "were also wounded.")
    inc = only(run(text, published="2024-05-14"))
    assert inc.fatalities.best == 5 and inc.fatalities.militants == 4
    assert inc.perpetrator.name == "Armed Forces of the Philippines"
    assert inc.target.type == "Terrorists/Non-State Militia"


def test_armed_men_who_killed_with_no_weapon_named_made_an_armed_assault(run) -> None:  # type: ignore[no-untyped-def]
    inc = only(run("Militants killed five villagers in Machongani, in Ituri province, on Sunday night, residents said.",
                   published="2025-07-28"))
    assert inc.attack_type == "Armed Assault"
    inc = only(run("Five shepherds were found dead near Baiji in Salahuddin province on Sunday, police said.",
                   published="2025-07-28"))
    assert inc.attack_type == "Unknown"  # no doer and no weapon: how they died is not told


def test_jihadists_who_attacked_an_army_post_fought_a_battle(run) -> None:  # type: ignore[no-untyped-def]
    text = ("N'DJAMENA, Feb 11 - Boko Haram jihadists attacked a Chadian army post at Kaiga-Kindjiria in the Lake "
            "Chad region late on Sunday, killing 17 soldiers, the army said.")
    inc = only(run(text, published="2025-02-11"))
    assert (inc.event_type, inc.sub_event_type, inc.attack_type) == ("Battles", "Armed clash", "Armed Assault")


def test_an_official_named_before_his_title_was_assassinated(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen shot dead Abdullahi Hassan Gedi, a member of the HirShabelle state parliament, outside a mosque "
            "in Jowhar late on Sunday, police said.")
    inc = only(run(text, published="2024-04-08"))
    assert inc.attack_type == "Assassination" and inc.target.type == "Government (General)"
    text = ("KHARAN: Mir Naseer Ahmed, the chairman of the Kharan district council, was killed on Thursday evening "
            "when gunmen opened fire on his vehicle on the outskirts of Kharan, officials said.")
    inc = only(run(text, published="2024-04-08"))
    assert inc.attack_type == "Assassination"


def test_the_attack_a_court_tried_is_an_incident_on_its_own_day(run) -> None:  # type: ignore[no-untyped-def]
    text = ("ISTANBUL, April 16, 2025 - An Istanbul court on Wednesday sentenced two Islamic State militants to life "
            "imprisonment for the shooting at a Catholic church in the city's Sariyer district last year, in which "
            "one man was killed during Sunday Mass.\n\n"
            "According to the indictment, the two gunmen entered the church at about 11:40 a.m. on January 28, 2024, "
            "while some 40 worshippers were attending Mass.")
    inc = only(run(text, published="2025-04-16"))
    assert inc.date == "2024-01-28" and inc.fatalities.best == 1
    assert inc.location.country_code == "TR"


def test_a_statement_condemning_a_drone_strike_on_a_mosque_tells_the_strike(run) -> None:  # type: ignore[no-untyped-def]
    text = ("PRESS STATEMENT\n\nThe Government condemns in the strongest terms the crime committed by the Rapid "
            "Support Forces militia at dawn on Friday, 19 September 2025, when it targeted with a drone worshippers "
            "in a mosque in the city of El Fasher, North Darfur State.\n\n"
            "This cowardly attack claimed the lives of 75 civilians, who had sought refuge from the siege and "
            "shelling that the militia has imposed on the city for more than a year.")
    inc = only(run(text, published="2025-09-20"))
    assert (inc.date, inc.location.city, inc.fatalities.best) == ("2025-09-19", "El Fasher", 75)
    assert inc.sub_event_type == "Air/drone strike" and inc.attack_type == "Bombing/Explosion"  # a city's siege is no barricade


def test_soldiers_named_by_rank_who_embraced_shahadat_are_counted() -> None:
    text = ("During the exchange of fire, Lance Naik Muhammad Saleem (age: 29 years, resident of District Karak) and "
            "Sepoy Zahid Ullah (age: 22 years, resident of District Bannu), having fought gallantly, embraced shahadat.")
    found = casualties_in(text)
    assert [(c.kind, c.count.best, c.category) for c in found] == [("killed", 2, "security_forces")]


def test_a_hospital_named_for_its_province_is_no_scene_and_a_revised_figure_replaces_the_old(run) -> None:  # type: ignore[no-untyped-def]
    text = ("The number of people killed in Sunday's suicide bombing outside a bank in Pul-i-Khumri, the capital of "
            "Baghlan province, has risen to 12, officials said on Tuesday.\n\n"
            "Dr. Abdul Wahid of the Baghlan regional hospital said three of the wounded died overnight on Monday. "
            "The number of wounded was also revised, from 15 to 27, with at least six in critical condition.")
    inc = only(run(text, published="2026-02-10"))
    assert (inc.fatalities.best, inc.injuries.best) == (12, 27)


def test_forces_that_say_they_targeted_someone_own_the_strike(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Thursday 15 May: A drone strike on a motorcycle in Bint Jbeil, in southern Lebanon, killed one man and "
            "wounded a passer-by, Lebanon's health ministry said. The Israeli army said it had targeted a Hezbollah "
            "fighter.")
    inc = only(run(text, published="2025-05-17"))
    assert inc.perpetrator.name == "Israel Defense Forces"


def test_an_official_confirming_the_toll_later_is_the_same_event(run) -> None:  # type: ignore[no-untyped-def]
    text = ("KANO, Feb 17 (Agency) - Armed bandits killed nine villagers and kidnapped more than 40 people in Kaya, a "
            "village in Nigeria's Zamfara state, on Sunday night, residents said on Tuesday.\n\n"
            '"They came around 11 p.m., maybe more than 100 motorcycles," said a farmer who hid in a grain store.\n\n'
            "He said the gunmen also carried away cattle and food.\n\n"
            "Zamfara police spokesman Yazid Abubakar confirmed nine deaths and said more than 40 people had been "
            "abducted, mostly women and children.")
    inc = only(run(text, published="2026-02-17"))
    assert inc.fatalities.best == 9 and inc.location.admin1 == "Zamfara"


def test_fighters_who_overran_a_base_and_burned_its_vehicles_fought_a_battle(run) -> None:  # type: ignore[no-untyped-def]
    text = ("MAIDUGURI, Feb 17 (Agency) - Fighters of the Islamic State West Africa Province attacked a military base "
            "in Marte, in Borno state, before dawn on Monday, killing at least five soldiers, after they briefly took "
            "control of the base and set fire to armoured vehicles, security sources said.")
    inc = only(run(text, published="2026-02-17"))
    assert (inc.event_type, inc.attack_type) == ("Battles", "Armed Assault")


def test_a_lead_with_a_risen_toll_is_the_attack_told_after_it(run) -> None:  # type: ignore[no-untyped-def]
    text = ("N'DJAMENA (Agency) - The number of soldiers killed in an attack on a military base near Bol, the capital "
            "of Chad's Lac province, has risen to 31, the army said on Wednesday, up from an initial toll of 17.\n\n"
            "Fighters arriving in motorised canoes attacked the base on the shore of Lake Chad on Sunday night and "
            "overran part of it before reinforcements arrived, the spokesman said. He blamed Boko Haram.")
    inc = only(run(text, published="2025-03-05"))
    assert (inc.date, inc.location.city, inc.fatalities.best) == ("2025-03-02", "Bol", 31)


def test_a_lawmakers_home_and_a_party_office_are_government_targets(run) -> None:  # type: ignore[no-untyped-def]
    inc = only(run("Unidentified men hurled a grenade at the residence of a member of the Manipur legislative assembly "
                   "in Imphal late on Tuesday, damaging the gate; no injuries were reported, police said.",
                   published="2024-05-08"))
    assert inc.target.type == "Government (General)"
    inc = only(run("A man threw a firebomb into a political party's county headquarters in Spokane early on Friday, "
                   "starting a fire that gutted the front office, police said.", published="2024-05-08"))
    assert inc.target.type == "Government (General)"


def test_the_dead_counted_as_of_them_are_the_people_named_before(run) -> None:  # type: ignore[no-untyped-def]
    text = ("MOGADISHU, Aug 5 (Agency) - A suicide bomber blew himself up among army recruits queuing outside a "
            "military training camp in Somalia's capital on Tuesday, killing at least 13 of them, an officer said. "
            "Twenty-one people were wounded.")
    inc = only(run(text, published="2025-08-05"))
    assert inc.target.type == "Military"


def test_the_weapon_told_right_after_an_attack_is_its_means(run) -> None:  # type: ignore[no-untyped-def]
    text = ("26 November, evening - Khatlon region: A camp housing employees of a Chinese mining company was attacked "
            "from the Afghan side of the river. According to the foreign ministry, a drone carrying grenades and a "
            "firearm was used. Three Chinese citizens were killed.")
    inc = only(run(text, published="2025-12-03"))
    assert inc.sub_event_type == "Air/drone strike" and inc.fatalities.best == 3


def test_a_region_most_attacked_since_a_coup_is_no_event() -> None:
    from sitrep.config import load_settings
    from sitrep.extract.registry import get_extractor
    from sitrep.ingest.files import make_document
    from sitrep.pipeline import run_extraction
    text = ("Since the military coup in February 2021, Sagaing Region is one of the regions most attacked by military "
            "council airstrikes and burning of villages.")
    ex = run_extraction(make_document(text, published="2025-05-13"), get_extractor(load_settings()))
    assert not ex.incidents


def test_one_victim_told_in_telex_capitals_is_counted() -> None:
    found = casualties_in("A POLICEMAN WAS KILLED AND ANOTHER POLICEMAN WOUNDED DURING THE TERRORIST ATTACK.")
    assert sorted((c.kind, c.count.best) for c in found) == [("injured", 1), ("killed", 1)]


def test_no_one_killed_or_injured_is_none_of_either(run) -> None:  # type: ignore[no-untyped-def]
    inc = only(run("Armed men opened fire on a police post in Tlapa, Guerrero, on Monday. Police said no one was killed "
                   "or injured.", published="2024-05-08"))
    assert (inc.fatalities.best, inc.injuries.best) == (0, 0)


def test_a_bomber_said_to_be_left_out_of_the_toll_or_to_have_died_too_is_added(run) -> None:  # type: ignore[no-untyped-def]
    text = ("KABUL, May 20 (Agency) - A suicide bomber blew himself up beside a police vehicle in Jalalabad on "
            "Tuesday, killing seven people, officials said. The figures do not include the bomber.")
    inc = only(run(text, published="2025-05-20"))
    assert (inc.fatalities.best, inc.fatalities.militants) == (8, 1)
    text = ("BAIDOA - A suicide bomber blew himself up inside a crowded tea shop in Baidoa on Thursday evening, "
            "killing nine people, police said. The bomber, a young man wearing an explosive vest, also died.")
    assert only(run(text, published="2025-06-20")).fatalities.best == 10


def test_a_doer_told_by_reference_is_the_group_named_just_before(run) -> None:  # type: ignore[no-untyped-def]
    text = ("BENI, 12 June 2025 - The CODECO militia has killed hundreds of civilians in Ituri over the past decade. "
            "In March 2023, its fighters killed at least 40 people in a night attack on Lopa, a village in Djugu "
            "territory, local officials said.")
    assert only(run(text, published="2025-06-12")).perpetrator.name == "CODECO"
    text = ("Islamic State militants attacked an army outpost near Tuz Khurmatu on Tuesday, killing four soldiers, "
            "officials said.\n\nIn a separate incident on Saturday, two shepherds were killed when a roadside bomb "
            "planted by the militants exploded near Rutba, in Anbar province.")
    found = run(text, published="2023-03-02")
    assert {i.location.admin1: i.perpetrator.name for i in found.incidents}.get("Anbar") == "Islamic State"
    # two groups named just before: the reference is left unresolved
    text = ("ISWAP and Boko Haram have fought each other around Lake Chad for years. On Monday the militants "
            "killed six fishermen near Monguno, residents said.")
    assert only(run(text, published="2025-01-10")).perpetrator.name is None


def test_a_toll_over_a_span_of_years_is_not_an_events_toll(run) -> None:  # type: ignore[no-untyped-def]
    text = ("DAVAO, Aug 20 - Earlier this year, on May 9, a radio reporter was shot and wounded by a gunman in "
            "Koronadal; he survived after surgery. The country is among the most dangerous for journalists, with "
            "dozens of media workers killed since the return of democracy in 1986.")
    inc = only(run(text, published="2024-08-20"))
    assert (inc.fatalities.best, inc.injuries.best) == (0, 1)  # wounded, none dead: not "dozens"


def test_declining_to_say_whether_anyone_was_killed_is_no_event(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen killed nine villagers in Mamove on Sunday, officials said.\n\n"
            "An army spokesman in Beni declined to say whether any rebels had been killed or captured.")
    assert only(run(text, published="2025-06-10")).fatalities.best == 9


def test_the_taliban_before_august_2021_are_insurgents_and_after_it_the_state(run) -> None:  # type: ignore[no-untyped-def]
    text = ("KABUL, May 12 (Agency) - Taliban fighters attacked a police checkpoint in Kunduz province on Tuesday, "
            "killing eight policemen, officials said.")
    assert only(run(text, published="2015-05-12")).perpetrator.name == "Taliban"
    text = ("KABUL, May 12 (Agency) - Taliban forces raided a hideout in Kabul on Tuesday, killing six Islamic State "
            "militants, a spokesman said.")
    inc = only(run(text, published="2023-05-12"))
    assert (inc.perpetrator.name, inc.target.type) == ("Taliban", "Terrorists/Non-State Militia")


def test_forces_raiding_a_groups_hideout_carry_out_an_operation_a_battle(run) -> None:  # type: ignore[no-untyped-def]
    text = ("ISLAMABAD, May 12 (Agency) - Pakistani troops raided a TTP hideout in Bannu on Tuesday, killing six "
            "militants, the army said.")
    inc = only(run(text, published="2023-05-12"))
    assert inc.perpetrator.name == "Pakistani security forces"
    assert (inc.event_type, inc.sub_event_type) == ("Battles", "Armed clash")
    text = ("RAWALPINDI, May 12 - Security forces killed five terrorists in an intelligence-based operation in North "
            "Waziristan on Tuesday, the army said.")
    assert only(run(text, published="2023-05-12")).event_type == "Battles"


def test_groups_of_other_decades_and_regions_are_named(run) -> None:  # type: ignore[no-untyped-def]
    cases = [
        ("COLOMBO - Suspected Tamil Tiger rebels detonated a bomb on a bus near Anuradhapura on Tuesday, killing 12 "
         "passengers, the military said.", "2008-01-16", "Liberation Tigers of Tamil Eelam"),
        ("BELFAST - A car bomb planted by the IRA exploded outside a police station in Newry on Monday, injuring "
         "four officers.", "1992-05-12", "Irish Republican Army"),
        ("ALGIERS - Gunmen of the GIA killed 17 villagers in a night raid near Blida on Saturday, residents said.",
         "1997-08-31", "Armed Islamic Group"),
        # Nepal's Maoists are not India's
        ("KATHMANDU, Feb 17 (Agency) - Maoist rebels attacked a police post in Rolpa district on Sunday, killing 12 "
         "policemen, officials said.", "2002-02-17", "Communist Party of Nepal (Maoist)"),
    ]
    for text, published, name in cases:
        assert only(run(text, published=published)).perpetrator.name == name, text


def test_the_group_an_investigation_points_to_is_the_suspect(run) -> None:  # type: ignore[no-untyped-def]
    text = ("A woman was killed when drones dropped explosives on homes in Aguililla, Michoacan, on Tuesday. "
            "The state prosecutor said the first lines of investigation point to cells of the Jalisco New Generation "
            "Cartel (CJNG).")
    inc = only(run(text, published="2025-06-18"))
    assert (inc.perpetrator.name, inc.perpetrator.claimed) == ("Jalisco New Generation Cartel", False)


def test_suicide_attacks_told_without_the_word_suicide(run) -> None:  # type: ignore[no-untyped-def]
    for text in [
        "Two attackers detonated explosive vests at the entrance of a mosque in Kano on Friday, killing 12 worshippers.",
        "A man wearing a vest packed with explosives set it off among the crowd at a market in Maiduguri on Thursday, "
        "killing 17 people.",
        "A female bomber detonated her explosives in a market in Mozogo on Sunday, killing 14 people.",
        "An attacker rammed an explosives-laden truck into an army base in Mogadishu on Monday, killing 9 soldiers.",
    ]:
        assert only(run(text, published="2024-05-10")).suicide, text
    # a "kamikaze drone" has no one aboard
    assert not only(run("Russian kamikaze drones struck Odesa on Monday, killing two people.",
                        published="2024-05-10")).suicide


def test_a_group_saying_its_men_did_it_claims_it(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Three bombs exploded at a rugby club and a restaurant in Kampala on Sunday night as fans watched the World "
            "Cup final, killing 74 people. Al-Shabaab said two of its martyrdom-seekers carried out the attacks.")
    inc = only(run(text, published="2010-07-12"))
    assert (inc.perpetrator.name, inc.perpetrator.claimed, inc.suicide) == ("al-Shabaab", True, True)


def test_a_number_in_a_groups_name_is_no_count(run) -> None:  # type: ignore[no-untyped-def]
    text = ("PORT-AU-PRINCE - The gang 400 Mawozo kidnapped ten people, among them five Catholic priests, in "
            "Croix-des-Bouquets on Sunday, police said.")
    assert only(run(text, published="2021-04-12")).kidnapped.best == 10


def test_the_same_morning_is_the_day_the_sentence_before_names(run) -> None:  # type: ignore[no-untyped-def]
    text = ("PORT-AU-PRINCE, Oct 19 - Gunmen kidnapped 17 missionaries in Ganthier on Saturday, police said.\n\n"
            "On Monday, transport workers and traders held a general strike against the kidnappings. The same morning, "
            "unidentified men shot dead a minibus driver in Martissant, witnesses said.")
    found = run(text, published="2021-10-19")
    assert sorted((i.date, i.fatalities.best) for i in found.incidents) == [("2021-10-16", 0), ("2021-10-18", 1)]


def test_a_toll_that_rose_twice_not_counting_the_bomber(run) -> None:  # type: ignore[no-untyped-def]
    text = ("QUETTA, Nov 9 - A suicide bomber blew himself up at the main railway station in Quetta on Saturday "
            "morning, killing at least 26 people. The blast went off on a crowded platform shortly before the Jaffar "
            "Express was due to leave for Peshawar. The toll rose to 24 by midday and to 26 by evening, not counting "
            "the bomber, who was also killed. The BLA said in a statement that its \"suicide squad\", the Majeed "
            "Brigade, had carried out the attack.")
    inc = only(run(text, published="2024-11-09"))  # Peshawar, where the train was going, is no second scene
    assert (inc.fatalities.best, inc.location.city) == (27, "Quetta")
    assert (inc.perpetrator.name, inc.perpetrator.claimed) == ("Balochistan Liberation Army", True)


def test_where_the_wounded_came_from_is_a_breakdown_and_a_leaders_visit_no_event(run) -> None:  # type: ignore[no-untyped-def]
    text = ("KAMPALA, July 12 - Two bombs ripped through crowds watching the World Cup final in Kampala late on Sunday, "
            "police said. Mulago hospital said it had admitted 71 wounded, 52 of them from the rugby club and 19 from "
            "Kabalagala, and that several were in a critical condition.\n\nPresident Museveni toured both sites on "
            "Monday morning and called the bombers cowards who had attacked people enjoying themselves.")
    inc = only(run(text, published="2010-07-12"))
    assert (inc.date, inc.injuries.best) == ("2010-07-11", 71)


def test_a_blame_for_the_attack_goes_to_the_attack_not_to_a_bomb_defused_after_it(run) -> None:  # type: ignore[no-untyped-def]
    text = ("NAIROBI - On Tuesday 13 June 2023, a police vehicle struck an improvised explosive device near Fino in "
            "Mandera County. Three officers were killed. The device found the next day was safely detonated by the "
            "Bomb Disposal Unit on Wednesday 14 June 2023. Preliminary investigations indicate that the attack was "
            "carried out by Al-Shabaab militants.")
    found = run(text, published="2023-06-15")
    assert {i.date: i.perpetrator.name for i in found.incidents} == {"2023-06-13": "al-Shabaab", "2023-06-14": None}


def test_a_lead_summing_up_attacks_in_two_cities_gives_each_citys_event(run) -> None:  # type: ignore[no-untyped-def]
    text = ("MAKHACHKALA, June 24 - Gunmen attacked churches and a police post in two cities of Russia's Dagestan region "
            "on Sunday evening, killing at least 19 people, officials said. The attacks, which began as Orthodox "
            "Christians were celebrating the feast of Pentecost, were the deadliest in years.\n\n"
            "In the ancient city of Derbent, armed men burst into a church and shot dead its security guard.\n\n"
            "About 120 km to the north, in Makhachkala, gunmen opened fire on a traffic police post. Fifteen police "
            "officers were killed there.")
    found = run(text, published="2024-06-24")
    assert sorted((i.location.city or "", i.date or "") for i in found.incidents) == [
        ("Derbent", "2024-06-23"), ("Makhachkala", "2024-06-23")]
    assert all(i.perpetrator.name is None for i in found.incidents)  # not Ukraine's forces, nor anyone's


def test_an_assailant_neutralised_is_a_death_not_a_bomb_made_safe(run) -> None:  # type: ignore[no-untyped-def]
    text = ("OWERRI - Armed men stormed the police station in Izombe late on Saturday, killing two officers. Officers "
            "engaged the gunmen in a gun duel and one of the assailants was neutralised, police said.")
    inc = only(run(text, published="2021-05-23"))
    assert (inc.event_type, inc.attack_type) == ("Battles", "Armed Assault")


def test_a_raised_toll_from_sundays_ambush_is_dated_sunday(run) -> None:  # type: ignore[no-untyped-def]
    text = ("PORT MORESBY, Tuesday 20 February 2024 - Police in Papua New Guinea have raised the death toll from "
            "Sunday's ambush near Akom village in Enga Province to 64.")
    assert only(run(text, published="2024-02-20")).date == "2024-02-18"


def test_an_initial_report_replaced_in_the_same_sentence_gives_the_new_figure(run) -> None:  # type: ignore[no-untyped-def]
    text = ("BISHKEK - On Tuesday a suicide bomber drove a minivan through the gate of the Chinese embassy in Bishkek "
            "and detonated explosives in the compound. The driver was killed. Initial reports said two people were "
            "hurt; the Ministry of Health now says three local embassy employees were injured.")
    assert only(run(text, published="2016-08-31")).injuries.best == 3


def test_witnesses_quoted_between_keep_the_event_open_for_its_wounded(run) -> None:  # type: ignore[no-untyped-def]
    text = ("DJIBO, Oct 8 - Twenty-six people were killed on Monday when armed men opened fire on residents queuing at "
            "a water point on the edge of Djibo, officials said. They fired into the crowd for several minutes.\n\n"
            "\"They did not say a word,\" said a woman who survived.\n\n"
            "A health worker at the town's medical centre said 19 wounded people had been admitted.")
    assert only(run(text, published="2024-10-08")).injuries.best == 19


def test_a_crowd_storming_an_airport_is_mob_violence_and_who_the_gunmen_were_no_event(run) -> None:  # type: ignore[no-untyped-def]
    text = ("MAKHACHKALA, Oct 30 - Hundreds of men stormed the airport in Makhachkala on Sunday in search of passengers "
            "arriving from Israel. More than 20 people, most of them police officers, were hurt.")
    inc = only(run(text, published="2023-10-30"))
    assert (inc.sub_event_type, inc.attack_type, inc.injuries.low) == ("Mob violence", "Unarmed Assault", 20)
    text = ("MAKHACHKALA, June 24 - Gunmen killed 15 police officers in Makhachkala on Sunday, officials said. Officials "
            "said two of the gunmen were sons of the head of Sergokala district, who was expelled from his party on Monday.")
    assert only(run(text, published="2024-06-24")).fatalities.best == 15


def test_a_second_attack_on_the_same_day_and_how_it_was_done(run) -> None:  # type: ignore[no-untyped-def]
    text = ("BOGOTA, Aug 23 - The number of people killed by Thursday's truck bombing in Cali has risen to six.\n\n"
            "The toll from a second attack on the same day has also climbed. Thirteen police officers were killed when "
            "the helicopter carrying them was brought down near Amalfi, in Antioquia. Three officers survived with "
            "injuries. Police said the aircraft had been struck by an explosive-laden drone.")
    found = {i.location.admin1: i for i in run(text, published="2025-08-23").incidents}
    amalfi = found["Antioquia"]
    assert (amalfi.date, amalfi.sub_event_type, amalfi.fatalities.best) == ("2025-08-21", "Air/drone strike", 13)


def test_khwarij_in_a_pakistani_army_release_are_the_ttp(run) -> None:  # type: ignore[no-untyped-def]
    text = ("RAWALPINDI, June 18 - On 17 June 2025, khwarij attempted to attack a security forces check post in Spinwam "
            "area of North Waziristan District. Two soldiers embraced shahadat.\n\nSeparately, on the same day, troops "
            "detected and defused an improvised explosive device planted by khwarij on the road between Lakki Marwat "
            "and Bannu.")
    found = run(text, published="2025-06-18")
    assert len(found.incidents) == 2  # "Separately" tells another event, though it names who planted the bomb
    assert {i.perpetrator.name for i in found.incidents} == {"Tehrik-i-Taliban Pakistan"}


def test_translated_copy_keeps_its_balance_and_its_afternoon(run) -> None:  # type: ignore[no-untyped-def]
    text = ("The city of Djibo has lived in the day of Sunday 11 May 2025 one of the most heavy attacks of its history. "
            "Several hundreds of armed individuals have attacked the military camp. The combats have lasted a great "
            "part of the morning. A security source declares to us that the balance is \"more than one hundred dead\".\n\n"
            "In the afternoon, the vectors of the Air force have intervened. According to the official television, "
            "\"several dozens of terrorists\" were neutralised by aerial strikes in their withdrawal to the north of Djibo.")
    found = run(text, published="2025-05-14")
    assert {i.date for i in found.incidents} == {"2025-05-11"}
    assert max(i.fatalities.best or 0 for i in found.incidents) >= 100


def test_those_by_whom_it_was_done_are_not_its_victims(run) -> None:  # type: ignore[no-untyped-def]
    text = ("QUEVEDO - Gunmen abducted a city councillor in Quevedo on Monday, police said. The councillor was seized "
            "by four armed men as he left a meeting.")
    assert only(run(text, published="2024-05-14")).kidnapped.best == 1


def test_a_group_the_headline_names_is_the_lead_events_when_the_body_names_none(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Al-Shabaab claims deadly Mogadishu hotel attack\n\nMOGADISHU, Aug 20 (Agency) - Gunmen stormed a hotel in "
            "Mogadishu on Friday, killing nine people, police said.")
    inc = only(run(text, published="2022-08-20"))
    assert (inc.perpetrator.name, inc.perpetrator.claimed) == ("al-Shabaab", True)
    assert any(e.field == "perpetrator" and e.text == "Al-Shabaab" for e in inc.evidence)
    text = ("Suspected Boko Haram fighters kill 12 farmers in Borno\n\nMAIDUGURI, Aug 20 (Agency) - Gunmen killed 12 "
            "farmers near Dikwa on Friday, residents said.")
    inc = only(run(text, published="2022-08-20"))
    assert (inc.perpetrator.name, inc.perpetrator.claimed) == ("Boko Haram", False)
    # a headline that names a group only as the one hit names no doer
    text = ("Army says it killed Boko Haram commander\n\nMAIDUGURI, Aug 20 - Unknown gunmen killed two traders near "
            "Dikwa on Friday.")
    assert only(run(text, published="2022-08-20")).perpetrator.name is None


def test_a_headline_gives_the_lead_event_its_town_and_toll_when_the_body_does_not(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Bomb kills five at market in Quetta\n\nISLAMABAD, May 6 (Agency) - A bomb exploded near a crowded market on "
            "Monday, killing five people and wounding 12, police said.")
    assert only(run(text, published="2024-05-07")).location.city == "Quetta"  # not the dateline's Islamabad
    text = ("Gunmen kill 12 villagers in Zamfara raid\n\nGUSAU, May 6 (Agency) - Armed bandits on motorcycles raided a "
            "village on Sunday night, shooting residents and burning houses, police said.")
    assert only(run(text, published="2024-05-07")).fatalities.best == 12


def test_a_toll_update_dated_by_its_own_day_and_a_strike_by_jets_beside_a_group(run) -> None:  # type: ignore[no-untyped-def]
    text = ("MOSCOW, Dec 28, 2002 -- The death toll from a double suicide bombing that gutted the government headquarters "
            "in Grozny rose to 55 on Saturday, officials said. A truck and a jeep loaded with explosives smashed through "
            "the perimeter of the building in central Grozny at about 2:30 p.m. on Friday and exploded. He said 121 "
            "people were still being treated. "
            "Officials blamed Chechen separatist rebels.")
    inc = only(run(text, published="2002-12-28"))
    assert (inc.date, inc.perpetrator.name, inc.injuries.best) == ("2002-12-27", "Chechen rebels", 121)
    text = ("COLOMBO, June 16 - Hours after the blast on Thursday, air force Kfir jets struck what the military called "
            "LTTE positions around Kilinochchi, killing three civilians, the Tigers said.")
    inc = only(run(text, published="2006-06-16"))
    assert inc.sub_event_type == "Air/drone strike" and inc.perpetrator.name != "Liberation Tigers of Tamil Eelam"


def test_guests_held_in_a_stormed_residence_are_a_barricade_incident_and_a_street_no_town(run) -> None:  # type: ignore[no-untyped-def]
    text = ("LIMA, Dec 18, 1996 - Guerrillas of the Tupac Amaru Revolutionary Movement stormed the Lima residence of "
            "Japan's ambassador on Tuesday night and were holding more than 400 guests, police said.")
    inc = only(run(text, published="1996-12-18"))
    assert (inc.attack_type, inc.kidnapped.low) == ("Hostage Taking (Barricade Incident)", 400)
    text = ("OMAGH, June 8 - A car bomb exploded in Market Street in Omagh, County Tyrone, killing 29 people, police "
            "said.")
    assert only(run(text, published="1998-08-16")).location.city == "Omagh"


def test_a_live_blog_keeps_its_own_event_and_its_toll_updates(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Refresh this page for the latest updates. All times are Pakistan Standard Time.\n\n"
            "12:55 - Witnesses describe a huge blast in the Meena Bazaar area of the old city of Peshawar.\n\n"
            "13:40 - The death toll has risen to at least 45, police say.\n\n"
            "17:00 - U.S. Secretary of State Hillary Clinton, who arrived in Islamabad today, condemned the attack.\n\n"
            "19:30 - Toll now at 91, says the provincial information minister.\n")
    found = run(text, published="2009-10-28")
    inc = only(found)  # Clinton's condemnation is no event in Islamabad
    assert (inc.location.city, inc.fatalities.best) == ("Peshawar", 91)


def test_an_abduction_dated_from_the_raid_it_followed_and_captives_taken_into_the_forest(run) -> None:  # type: ignore[no-untyped-def]
    text = ("On March 7, gunmen on motorcycles raided a school in Kuriga, in Kaduna state, and marched pupils into the "
            "bush. Two days after the Kuriga raid, 15 pupils were taken from Gidan Bakuso village in Sokoto state.\n\n"
            "On Tuesday, gunmen blocked the Abuja-Kaduna expressway and opened fire on vehicles, killing two passengers "
            "and taking at least 11 others into the forest. Seven workers managed to escape into the forest.")
    found = sorted(run(text, published="2024-07-19").incidents, key=lambda i: i.date or "")
    assert [i.date for i in found][0] == "2024-03-07" and found[-1].date == "2024-07-16"
    assert all(i.attack_type == "Hostage Taking (Kidnapping)" for i in found)
    assert (found[-1].fatalities.best, found[-1].kidnapped.low) == (2, 11)  # those who escaped are not counted


def test_a_second_device_defused_is_an_event_of_its_own_and_blamed_with_the_first(run) -> None:  # type: ignore[no-untyped-def]
    text = ("MAIDUGURI, Nigeria, March 8, 2021 - A bomb hidden in a sack of sorghum exploded on Sunday at the weekly market "
            "in Konduga, Borno State, killing at least five traders. Army engineers later found a second device near the "
            "cattle pen and defused it; police blamed Boko Haram for both devices.")
    found = run(text, published="2021-03-08").incidents
    assert sorted(i.sub_event_type for i in found) == ["Disrupted weapons use", "Remote explosive/landmine/IED"]
    assert {(i.location.city, i.date, i.perpetrator.name) for i in found} == {("Konduga", "2021-03-07", "Boko Haram")}


def test_targets_neutralised_are_no_foiled_bomb_and_no_dead(run) -> None:  # type: ignore[no-untyped-def]
    text = ("ANKARA, Oct 24 - Five people were killed on Wednesday when two assailants attacked the headquarters of "
            "Turkish Aerospace Industries in Kahramankazan, near Ankara. On Thursday, the Defence Ministry said the "
            "number of targets \"neutralised\" in its strikes had risen to 47, including caves and depots.")
    inc = next(i for i in run(text, published="2024-10-24").incidents if i.location.country_code == "TR")
    assert (inc.sub_event_type, inc.fatalities.best) != ("Disrupted weapons use", 47)
    assert inc.fatalities.best == 5


def test_an_attack_said_to_be_the_work_of_a_group_is_blamed_on_it(run) -> None:  # type: ignore[no-untyped-def]
    text = ("MADRID, Dec 31 - A van bomb exploded in a car park at Barajas airport on Saturday, killing two men. The "
            "interior minister said the attack was the work of ETA.")
    inc = only(run(text, published="2006-12-31"))
    assert (inc.perpetrator.name, inc.perpetrator.claimed) == ("ETA", False)


def test_is_names_the_islamic_state_in_ordinary_case_only(run) -> None:  # type: ignore[no-untyped-def]
    from sitrep.extract.actors import find_actors
    assert [a.actor.name for a in find_actors("IS claimed the attack on Sunday.")] == ["Islamic State"]
    assert not find_actors("THE BOMB IS SAID TO HAVE KILLED FIVE PEOPLE.")  # telex capitals: the verb
    text = ("BAQUBA, Oct 28 - Gunmen killed 11 villagers in al-Rashad in Diyala province on Tuesday. IS claimed the "
            "attack in a statement on Wednesday.")
    inc = only(run(text, published="2021-10-28"))
    assert (inc.perpetrator.name, inc.perpetrator.claimed) == ("Islamic State", True)


def test_a_breakdown_after_a_dash_with_no_closing_dash_is_of_the_toll(run) -> None:  # type: ignore[no-untyped-def]
    text = ("PATTANI, Nov 6 - Insurgents raided a checkpoint in Tambon Lam Phaya in Yala province on Tuesday, killing "
            "15 people - 12 volunteers and three villagers who had been sitting nearby.")
    inc = only(run(text, published="2019-11-06"))
    assert inc.fatalities.best == 15
    text = ("A car bomb exploded near the market in Jarablus on Monday. The toll is 11 dead - ten civilians and a "
            "traffic policeman - and 26 wounded.")
    inc = only(run(text, published="2019-11-06"))
    assert (inc.fatalities.best, inc.injuries.best) == (11, 26)


def test_the_second_day_of_a_night_is_no_count(run) -> None:  # type: ignore[no-untyped-def]
    text = ("ALGIERS, Sept. 24 - On the night of Aug. 28-29, attackers killed 98 people in the village of Rais, "
            "near Sidi Moussa, according to the government's figures.")
    inc = only(run(text, published="1997-09-24"))
    assert inc.fatalities.best == 98
    # a dateline's day before a dash is no such range: "Feb 18 - Two soldiers were killed" counts the two
    inc = only(run("SAMARRA, Iraq, Feb 18 - Two Iraqi soldiers were killed late on Monday when a roadside bomb "
                   "tore through their patrol outside al-Ishaqi.", published="2025-02-18"))
    assert inc.fatalities.best == 2


def test_the_time_the_attack_came_dates_a_lead_told_on_the_day_after(run) -> None:  # type: ignore[no-untyped-def]
    text = ("COLOMBO, Feb. 1, 1996 - Rescue workers searched the ruins of the financial district on Thursday after a "
            "suicide bomber rammed a truck loaded with explosives into the Central Bank, killing at least 73 people, "
            "police said.\n\n"
            "The attack came at about 10:45 a.m. Wednesday, at the height of the business day in the Fort district.\n\n"
            "About 100 of the wounded remained in serious condition at Colombo General Hospital.")
    inc = only(run(text, published="1996-02-01"))  # the wounded who remained in hospital are no event of their own
    assert (inc.date, inc.fatalities.best, inc.suicide) == ("1996-01-31", 73, True)


def test_a_claim_far_below_the_only_event_is_its_claim(run) -> None:  # type: ignore[no-untyped-def]
    filler = "Investigators were examining the scene and reviewing camera footage from the street. " * 7
    text = ("JOLO, Sulu - Two bombs exploded minutes apart at a cathedral in this island capital on Sunday morning, "
            "killing at least 20 people.\n\n" + filler + "\n\nLate Sunday, the Islamic State group claimed "
            "responsibility for the attack through its Amaq news agency.")
    inc = only(run(text, published="2019-01-27"))
    assert (inc.perpetrator.name, inc.perpetrator.claimed) == ("Islamic State", True)


def test_a_lead_told_by_the_search_for_the_bomber_takes_the_day_the_device_went_off(run) -> None:  # type: ignore[no-untyped-def]
    text = ("PARIS, July 26, 1995 - Anti-terrorist police on Wednesday searched the wreckage of a commuter train for "
            "clues to who planted the bomb that killed seven people and injured 84 in the French capital.\n\n"
            "The device exploded at about 5:30 p.m. on Tuesday in the sixth carriage of an RER line B train as it "
            "pulled into the underground station at Saint-Michel.\n\n"
            "Paris was last hit by a bombing on this scale on September 17, 1986, when a bomb outside a store on the "
            "rue de Rennes killed seven people. That attack was claimed by the Committee for Solidarity with Arab and "
            "Middle East Political Prisoners (CSPPA).")
    lead, earlier = run(text, published="1995-07-26").incidents
    assert (lead.date, lead.location.city, lead.fatalities.best) == ("1995-07-25", "Paris", 7)
    assert (earlier.date, earlier.perpetrator.claimed) == ("1986-09-17", True)
    assert earlier.perpetrator.name == "Committee for Solidarity with Arab and Middle East Political Prisoners"


def test_others_killed_by_a_bomber_who_blew_himself_up_leave_the_bomber_to_count(run) -> None:  # type: ignore[no-untyped-def]
    text = ("KHAR, July 31 - A suicide bomber blew himself up at a rally of a religious party in Khar in Bajaur on "
            "Sunday, killing 63 others, officials said.")
    assert only(run(text, published="2023-07-31")).fatalities.best == 64
    text = "KHAR, July 31 - A bomb exploded at a rally in Khar in Bajaur on Sunday, killing 63 others, officials said."
    assert only(run(text, published="2023-07-31")).fatalities.best == 63  # no bomber died


def test_some_of_the_dead_named_between_two_tolls_are_of_the_dead(run) -> None:  # type: ignore[no-untyped-def]
    text = ("PESHAWAR, Oct. 28 - A car bomb blew up in a crowded bazaar on Wednesday, killing at least 91 people, many "
            "of them women and children out shopping, and wounding 200, officials said.")
    inc = only(run(text, published="2009-10-28"))
    assert (inc.fatalities.best, inc.injuries.best) == (91, 200)


def test_drones_at_an_anniversary_parade_claimed_by_a_group_calling_itself_so(run) -> None:  # type: ignore[no-untyped-def]
    text = ("CARACAS, 5 Aug 2018 - Two drones carrying explosives blew up near the president as he addressed a National "
            "Guard anniversary parade on Avenida Bolívar on Saturday evening; seven soldiers were injured, officials "
            "said. A little-known group calling itself the National Movement of Soldiers in T-shirts claimed the attack "
            "on social media.")
    inc = only(run(text, published="2018-08-05"))
    assert (inc.location.city, inc.injuries.best, inc.sub_event_type) == ("Caracas", 7, "Air/drone strike")
    assert (inc.perpetrator.name, inc.perpetrator.claimed) == ("National Movement of Soldiers in T-shirts", True)


def test_a_bishop_bludgeoned_to_death_is_an_assassination_in_the_datelines_city(run) -> None:  # type: ignore[no-untyped-def]
    text = ("GUATEMALA CITY, April 27 (1998) - A Roman Catholic bishop who two days earlier had presented a church "
            "report blaming the army for most of the atrocities of Guatemala's civil war was bludgeoned to death in the "
            "garage of his home late Sunday, church officials said.")
    inc = only(run(text, published="1998-04-27"))
    assert (inc.date, inc.location.city, inc.fatalities.best) == ("1998-04-26", "Guatemala City", 1)
    assert (inc.attack_type, inc.target.type) == ("Assassination", "Religious Figures/Institutions")


def test_victims_who_died_in_a_named_hospital_and_a_claim_of_an_earlier_wave(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Staff Correspondent, Jhalakathi\n\n"
            "Two senior assistant judges of Jhalakathi were killed yesterday morning when a young man hurled a bomb into "
            "the microbus carrying them to the court. Jagannath Pandey died on the spot and Sohel Ahmed was declared "
            "dead at Barisal Sher-e-Bangla Medical College Hospital.\n\n"
            "No one has claimed responsibility yet. Police suspect the banned militant outfit Jama'atul Mujahideen "
            "Bangladesh (JMB).\n\n"
            "The JMB came to the nation's attention on August 17, when around 500 small bombs exploded almost "
            "simultaneously across the country, killing two people. Leaflets signed by the JMB were recovered from most "
            "of the blast sites, in which the group claimed the explosions.")
    lead, wave = run(text, published="2005-11-15").incidents
    assert (lead.location.city, lead.fatalities.best, lead.perpetrator.claimed) == ("Jhalakathi", 2, False)
    assert (wave.date, wave.perpetrator.claimed) == ("2005-08-17", True)


def test_stabbings_fatal_wounds_and_victims_told_with_their_ages(run) -> None:  # type: ignore[no-untyped-def]
    text = ("MANNHEIM, June 1 - An Afghan man stabbed five people at a rally on the market square on Friday and fatally "
            "wounded a police officer who tried to intervene.")
    inc = only(run(text, published="2024-06-01"))
    assert (inc.fatalities.best, inc.injuries.best) == (1, 5)
    text = ("Düsseldorf | 10 September 2025\n\n"
            "A man who stabbed people at a street festival in the German city of Solingen last summer was sentenced to "
            "life imprisonment on Wednesday.\n\n"
            "On the evening of 23 August 2024, the defendant walked into the crowd on the Fronhof, a square in the city "
            "centre where a festival marking Solingen's 650th anniversary was under way, and stabbed people with a "
            "kitchen knife. Two men aged 67 and 56 and a woman aged 56 died; eight other people were wounded.")
    inc = only(run(text, published="2025-09-10"))  # a town's anniversary is no remembrance of an attack
    assert (inc.date, inc.location.city, inc.fatalities.best, inc.injuries.best) == ("2024-08-23", "Solingen", 3, 8)


def test_a_toll_risen_since_the_violence_began_and_groups_that_only_operate_there(run) -> None:  # type: ignore[no-untyped-def]
    text = ("OUAGADOUGOU, Sunday 6 June 2021 - The number of people killed when gunmen attacked the village of Solhan "
            "in northeastern Burkina Faso has risen to about 160, local sources said on Sunday, making it the deadliest "
            "attack in the country since jihadist violence began in 2015.\n\n"
            "The government had put the toll at 132 on Saturday evening, with around 40 wounded.\n\n"
            "No group has claimed responsibility. The attack took place in a zone where both JNIM, linked to al-Qaeda, "
            "and the Islamic State in the Greater Sahara operate.")
    inc = only(run(text, published="2021-06-06"))
    assert (inc.location.city, inc.fatalities.best, inc.injuries.best) == ("Solhan", 160, 40)
    assert inc.perpetrator.name is None


def test_head_of_cattle_taken_is_no_prominent_victim(run) -> None:  # type: ignore[no-untyped-def]
    text = ("JUBA, May 20 - Armed youths raided a cattle camp in Tonj North county in Warrap state before dawn on "
            "Saturday. Local authorities reported six herders killed and several hundred head of cattle taken.")
    inc = only(run(text, published="2024-05-20"))
    assert (inc.attack_type, inc.target.type) == ("Armed Assault", "Private Citizens & Property")


def test_staff_held_at_gunpoint_in_a_tv_studio_is_a_barricade_on_the_media(run) -> None:  # type: ignore[no-untyped-def]
    text = ("GUAYAQUIL, Jan 10 - Hooded gunmen burst into the studios of a public television channel in Guayaquil on "
            "Tuesday and held its staff at gunpoint while the station was broadcasting live.")
    inc = only(run(text, published="2024-01-10"))
    assert (inc.attack_type, inc.target.type) == ("Hostage Taking (Barricade Incident)", "Journalists & Media")
    text = ("GWADAR, June 4 - Gunmen stormed a road construction site on Monday, held the workers at gunpoint and set "
            "fire to six trucks, police said.")
    assert only(run(text, published="2024-06-04")).attack_type != "Hostage Taking (Barricade Incident)"


def test_a_communique_on_a_bombing_in_the_capital_attributed_to_the_aforementioned_group(run) -> None:  # type: ignore[no-untyped-def]
    text = ("REPUBLIC OF COLOMBIA\nMINISTRY OF NATIONAL DEFENCE - NATIONAL POLICE\n\n"
            "The Ministry of National Defence informs the public in Colombia and abroad of the following:\n\n"
            "1. On Thursday, 17 January 2019, a vehicle gained access to the premises of a police cadet school, "
            "situated in the south of the capital, and was detonated near the dormitories.\n\n"
            "2. As a consequence of this terrorist act, twenty-one (21) cadets of the National Police lost their lives. "
            "The author of the act, who drove the vehicle, loaded with explosives, perished in the detonation.\n\n"
            "3. The investigation has established the identity of the author, an explosives specialist linked for two "
            "decades to the National Liberation Army (ELN). The National Government attributes this act to the "
            "aforementioned organisation.")
    inc = only(run(text, published="2019-01-18"))
    assert (inc.location.city, inc.fatalities.best) == ("Bogotá", 22)
    assert (inc.perpetrator.name, inc.perpetrator.claimed) == ("National Liberation Army (Colombia)", False)


def test_residents_blame_a_faction_that_operates_in_the_valley(run) -> None:  # type: ignore[no-untyped-def]
    text = ("LIMA, Aug 19 - A patrol of the army fell into an ambush on Tuesday afternoon in the district of Pichari, "
            "leaving three soldiers dead, military sources said. The two wounded were evacuated by helicopter. "
            "Residents of the area blame the column of \"Comrade José\", the faction of Shining Path that operates in "
            "the valley.")
    inc = only(run(text, published="2009-08-19"))
    assert (inc.perpetrator.name, inc.perpetrator.claimed) == ("Shining Path", False)


def test_the_groups_own_account_of_its_fighters_deeds_is_its_claim(run) -> None:  # type: ignore[no-untyped-def]
    text = ("MAPUTO, 9 September 2022 - The Islamic State group has claimed an attack on a Catholic mission in northern "
            "Mozambique in which a nun was killed.\n\n"
            "In a statement carried by its news outlet, the group said its fighters had \"killed four Christians\" and "
            "set fire to a church at Chipene, in Memba district, on Tuesday night.")
    chipene = next(i for i in run(text, published="2022-09-09").incidents if i.location.city == "Chipene")
    assert chipene.perpetrator.claimed is True and chipene.perpetrator.name
    text = ("Two shepherds were killed in western Anbar on Saturday when a roadside bomb that security officials said "
            "had been planted by the militants exploded near Rutba. Islamic State fighters have attacked the area before.")
    assert only(run(text, published="2023-03-02")).perpetrator.claimed is False  # officials said it, not the group


def test_a_lead_dated_by_the_day_after_takes_the_day_its_toll_is_told_on(run) -> None:  # type: ignore[no-untyped-def]
    text = ("LUXOR, Egypt, Nov 18, 1997 - Islamic militants disguised as policemen gunned down foreign tourists at one "
            "of Egypt's most visited monuments, and the tourism industry braced on Tuesday for the worst blow in years.\n\n"
            "Officials said 58 foreigners and four Egyptians were killed on Monday morning when six gunmen opened fire "
            "at the Temple of Hatshepsut at Deir el-Bahari, on the west bank of the Nile opposite Luxor. Sheikh Omar "
            "Abdel-Rahman is serving a life sentence in the United States.")
    inc = only(run(text, published="1997-11-18"))  # "the Temple of Hatshepsut" is no Temple in Texas
    assert (inc.date, inc.location.country_code, inc.location.city) == ("1997-11-17", "EG", "Luxor")


def test_a_speakers_city_is_no_scene_and_the_blasts_told_later_are_the_leads(run) -> None:  # type: ignore[no-untyped-def]
    text = ("KARACHI, Pakistan, Oct. 19, 2007 - Two explosions tore through a crowd of supporters around a motorcade "
            "shortly before midnight on Thursday, killing at least 126 people.\n\n"
            "The former prime minister was unhurt and was taken to her family home. On Friday she said the attack was "
            "aimed at her.\n\n"
            "The blasts went off near the Karsaz bridge. Police said a much larger blast was set off by a suicide bomber "
            "who had walked up to the convoy.\n\n"
            "No group claimed responsibility. Her husband, speaking from Dubai, accused elements of the intelligence "
            "services.")
    inc = only(run(text, published="2007-10-19"))
    assert (inc.location.city, inc.suicide, inc.fatalities.best) == ("Karachi", True, 126)


def test_a_toll_including_the_bombers_is_not_the_bombers_alone(run) -> None:  # type: ignore[no-untyped-def]
    text = ("N'DJAMENA, Oct 12, 2015 - The death toll from Saturday's suicide bombings in Baga Sola, a town on the shores "
            "of Lake Chad, has risen to 41, including the five bombers, the government said on Monday. The spokesman "
            "said 36 civilians had been killed and 48 wounded.")
    inc = only(run(text, published="2015-10-12"))
    assert (inc.fatalities.best, inc.location.admin1) == (41, "Lac")


def test_a_group_that_holds_the_ground_is_not_the_doer(run) -> None:  # type: ignore[no-untyped-def]
    text = ("BEIRUT, Nov 13 (2015) -- Two suicide bombers blew themselves up minutes apart on a busy street in Bourj "
            "al-Barajneh, in the Hezbollah-controlled southern suburbs of Beirut, early Thursday evening, killing 43 "
            "people. Islamic State claimed the attack.")
    inc = only(run(text, published="2015-11-13"))
    assert (inc.perpetrator.name, inc.perpetrator.claimed) == ("Islamic State", True)


def test_blasts_that_tore_through_a_crowd_commemorating_a_commander_are_news(run) -> None:  # type: ignore[no-untyped-def]
    text = ("DUBAI, Jan 4 (wire) - The Islamic State group claimed responsibility on Thursday for the twin explosions "
            "that tore through a crowd commemorating a slain commander in the Iranian city of Kerman, as officials "
            "revised the death toll down to 84.")
    inc = only(run(text, published="2024-01-04"))
    assert (inc.location.city, inc.perpetrator.name, inc.perpetrator.claimed) == ("Kerman", "Islamic State", True)
    assert inc.date != "2024-01-04"  # Thursday is the claim's day, not the blasts'


def test_a_corrected_figure_is_no_count(run) -> None:  # type: ignore[no-untyped-def]
    text = ("CORRECTION TO LAST WEEK'S DIGEST\nThe raid on Mafa town in Borno on Wednesday 12 June killed 14 civilians, "
            "not 9 as we reported.")
    assert only(run(text, published="2024-06-24")).fatalities.best == 14


def test_the_attackers_included_in_a_toll_are_of_the_dead_not_the_wounded(run) -> None:  # type: ignore[no-untyped-def]
    text = ("N'DJAMENA, June 15, 2015 - Suicide bombers struck the police headquarters in N'Djamena on Monday, killing "
            "38 people including the four attackers and wounding more than 100.")
    inc = only(run(text, published="2015-06-15"))
    assert (inc.fatalities.best, inc.injuries.best) == (38, 100)


def test_an_undated_lead_takes_the_day_its_detail_tells_and_it_claimed_names_the_group(run) -> None:  # type: ignore[no-untyped-def]
    text = ("AMMAN, March 9 (wire) - The Islamic State group claimed responsibility on Thursday for the bombing that "
            "killed 31 worshippers at a shrine in the Iraqi city of Samarra. In its statement the group said one of its "
            "members had set off an explosive vest among the pilgrims at the shrine's gate on Tuesday. The group regards "
            "Shi'ite pilgrims as apostates. It claimed an attack on a bus of pilgrims near Karbala on Sept. 14, 2021, "
            "in which nine people were killed.")
    incidents = run(text, published="2023-03-09").incidents
    lead = next(i for i in incidents if not i.background)
    assert (lead.date, lead.perpetrator.name, lead.perpetrator.claimed) == ("2023-03-07", "Islamic State", True)
    past = next(i for i in incidents if i.date == "2021-09-14")
    assert (past.perpetrator.name, past.perpetrator.claimed, past.fatalities.best) == ("Islamic State", True, 9)


def test_jets_over_a_country_whose_own_forces_the_report_names_are_those_forces(run) -> None:  # type: ignore[no-untyped-def]
    text = ("ANALYSIS | Myanmar's military rules the sky\n\nPublished 2 May 2024\n\n"
            "Three years after the coup, Myanmar's military has lost much of the countryside, but not the air.\n\n"
            "On the morning of 9 March this year, a jet dropped two bombs on a crowd gathered in Kinma village, in "
            "Pauk township of Magway Region, for the opening of an office of the People's Defence Force. More than 40 "
            "people died. The military confirmed the air strike.\n\n"
            "Four months earlier, on the night of 12 November 2023, aircraft struck a festival marking the anniversary "
            "of the Kachin Independence Organisation near Hpakant in Kachin State. At least 30 people were killed.")
    incidents = run(text, published="2024-05-02").incidents
    assert len(incidents) == 2
    kinma, festival = incidents
    assert (kinma.location.city, kinma.perpetrator.name) == ("Kinma", "Myanmar military")
    assert (festival.date, festival.fatalities.best, festival.perpetrator.name) == ("2023-11-12", 30, "Myanmar military")
    assert festival.target.type == "Private Citizens & Property"  # the aircraft struck; it was not struck


def test_jets_in_a_report_that_names_another_states_forces_are_no_ones_by_default(run) -> None:  # type: ignore[no-untyped-def]
    text = ("BEIRUT, March 3 (wire) - Jets struck a market in the town of Saraqeb in Idlib province on Sunday, killing "
            "nine people, a monitor said. Russian and Syrian forces have both carried out raids in the area this month.")
    inc = only(run(text, published="2024-03-03"))
    assert inc.perpetrator.name is None


def test_an_attack_told_with_no_means_is_an_armed_assault_and_on_a_camp_a_battle(run) -> None:  # type: ignore[no-untyped-def]
    inc = only(run("In March, the group claimed an attack on the army base at Dioura, in the Mopti region, that killed "
                   "more than 20 soldiers.", published="2019-10-01"))
    assert (inc.attack_type, inc.event_type, inc.sub_event_type) == ("Armed Assault", "Battles", "Armed clash")
    inc = only(run("Police said it was not clear how the three men died near Baiji in Salahuddin province on Sunday.",
                   published="2025-07-28"))
    assert inc.attack_type == "Unknown"  # the text says the means are not known


def test_a_toll_that_included_the_bomber_the_missing_and_an_attack_a_group_claimed(run) -> None:  # type: ignore[no-untyped-def]
    text = ("MOGADISHU, Dec 3 (AP) - A suicide bomber blew himself up at a hotel in Somalia's capital on Thursday, "
            "killing at least 19 people, officials said. A police captain said the toll of 19 included the bomber. About "
            "60 people were wounded and five guests were unaccounted for. In September, two suicide car bombers drove "
            "into the main base of the African Union force in Mogadishu and killed 17 peacekeepers, an attack al-Shabab "
            "claimed.")
    lead, past = run(text, published="2009-12-03").incidents
    assert (lead.fatalities.best, lead.injuries.best) == (19, 60)
    assert (past.perpetrator.name, past.perpetrator.claimed) == ("al-Shabaab", True)


def test_a_one_event_report_tells_more_of_it_after_its_quotes(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Parents in Gidan Bako, a farming community in Chikun Local Government Area of Kaduna State, spent the night "
            "in the open yesterday after gunmen stormed the community's school in the morning and marched away with 140 "
            "pupils.\n\n\"They surrounded the whole school,\" the headmaster said. \"We are only praying.\"\n\n"
            "\"Nobody here has slept,\" said another parent.\n\n"
            "A resident said a farmer was shot dead when he ran towards the school to look for his grandchildren.")
    inc = only(run(text, published="2024-03-08"))
    assert (inc.attack_type, inc.kidnapped.best, inc.fatalities.best) == ("Hostage Taking (Kidnapping)", 140, 1)


def test_an_air_strike_told_after_an_assault_with_no_day_of_its_own_is_another_event(run) -> None:  # type: ignore[no-untyped-def]
    text = ("OUAGADOUGOU, May 14 - Hundreds of gunmen stormed the army camp in Djibo, in Soum province, on Sunday "
            "morning and opened fire, killing more than 100 people, a security source said.\n\n"
            "\"They were shooting at everything,\" "
            "a resident said.\n\nIn the afternoon, the air force intervened. Dozens of terrorists were neutralised by "
            "air strikes as they withdrew north of Djibo, state television said.")
    incidents = run(text, published="2025-05-14").incidents
    assert sorted(i.attack_type for i in incidents) == ["Armed Assault", "Bombing/Explosion"]


def test_a_strike_that_hit_a_house_is_a_strike_from_the_air_and_its_owner_is_read(run) -> None:  # type: ignore[no-untyped-def]
    text = ("In a separate raid on Monday, a strike hit a house in the village of Maarshurin, in Idlib province, killing "
            "a woman and her three children, the Observatory said. It attributed the strike to government aircraft.")
    inc = only(run(text, published="2019-07-22"))
    assert (inc.attack_type, inc.sub_event_type, inc.fatalities.best) == ("Bombing/Explosion", "Air/drone strike", 4)
    text = "Thousands of teachers joined a strike on Monday over unpaid wages in the capital, Niamey."
    assert not run(text, published="2019-07-22").incidents


def test_a_cathedral_named_for_a_holy_place_and_a_breakdown_ending_in_one_more(run) -> None:  # type: ignore[no-untyped-def]
    text = ("MANILA, Jan 28 - Two bombs exploded on Sunday at the Cathedral of Our Lady of Mount Carmel in Jolo, the "
            "capital of Sulu province. The military said the death toll stood at 20 - 14 civilians, five soldiers and "
            "a coast guard member - and that 81 people had been wounded.")
    inc = only(run(text, published="2019-01-28"))
    assert (inc.location.country_code, inc.location.city) == ("PH", "Jolo")
    assert (inc.fatalities.best, inc.injuries.best) == (20, 81)


def test_the_same_remnants_are_the_group_named_before(run) -> None:  # type: ignore[no-untyped-def]
    text = ("LIMA, Feb 18 - A police patrol was ambushed on Saturday in Pichari district, Cusco region, by a column of "
            "remnants of Shining Path; seven officers were killed.\n\nThe ministry recalled the massacre of civilians "
            "committed by the same narco-terrorist remnants in Vizcatan del Ene, Junin region, on 23 May 2021.")
    past = next(i for i in run(text, published="2023-02-18").incidents if i.date == "2021-05-23")
    assert past.perpetrator.name == "Shining Path"


def test_the_states_own_buildings_and_convoys_are_government_targets(run) -> None:  # type: ignore[no-untyped-def]
    inc = only(run("A suicide bomber blew himself up at the gate of the provincial department of public works in "
                   "Pul-e Khumri, in Baghlan province, on Wednesday, killing five people.", published="2024-10-16"))
    assert inc.target.type == "Government (General)"
    inc = only(run("Gunmen opened fire on concertgoers at Crocus City Hall in Krasnogorsk, near Moscow, on Friday, "
                   "killing 145 people.", published="2024-03-23"))
    assert inc.target.type != "Government (General)"  # a concert hall's name


def test_a_live_blogs_entries_after_its_background_note_are_its_own_event(run) -> None:  # type: ignore[no-untyped-def]
    text = ("LIVE: Gunmen storm college campus in Garissa, northeast Kenya\nThursday 2 April 2015\n\n"
            "13:15\nPolice now say at least 15 people have been killed at the college.\n\n"
            "07:35\nReports of heavy gunfire at Garissa University College. Police say people have been wounded.\n\n"
            "BACKGROUND\n- On 2 December 2014, 36 quarry workers were killed at a camp near Mandera. Al-Shabaab again "
            "said it was responsible.")
    incidents = run(text, published="2015-04-02").incidents
    quarry = next(i for i in incidents if i.date == "2014-12-02")
    assert (quarry.fatalities.best, quarry.perpetrator.name, quarry.perpetrator.claimed) == (36, "al-Shabaab", True)


def test_dynamite_victims_with_burns_are_wounded_and_no_group_ever_said_is_no_claim(run) -> None:  # type: ignore[no-untyped-def]
    inc = only(run("At least 45 persons died and other 30 resulted with burns when a dynamite charge exploded the "
                   "pipeline near Segovia, Antioquia, this Sunday.", published="1998-10-19"))
    assert (inc.fatalities.best, inc.injuries.best) == (45, 30)
    inc = only(run("Eight men armed with knives attacked passengers at the railway station in Kunming on Saturday, "
                   "killing 29 people. Officials blamed separatists, though no group ever said it was responsible.",
                   published="2014-03-03"))
    assert inc.perpetrator.claimed is False


def test_a_branch_is_the_movements_only_from_the_day_it_joined(run) -> None:  # type: ignore[no-untyped-def]
    text = ("MOMBASA, Nov 29, 2002 - Suicide bombers drove a car packed with explosives into a hotel at Kikambala on "
            "Thursday, killing 13 people. Police said the attack bore the hallmarks of al-Qaeda.")
    assert only(run(text, published="2002-11-29")).perpetrator.name == "al-Qaeda"
    text = ("MOMBASA, Nov 29, 2014 - Gunmen stormed a quarry at Mandera on Thursday, killing 13 workers. Police said "
            "the attack bore the hallmarks of al-Qaeda.")
    assert only(run(text, published="2014-11-29")).perpetrator.name == "al-Shabaab"


def test_the_mozambique_province_is_named_as_such_only_from_2022(run) -> None:  # type: ignore[no-untyped-def]
    for year, name in (("2021", "Islamic State"), ("2023", "Islamic State Mozambique Province")):
        text = (f"PEMBA, March 28, {year} - Islamic State claimed responsibility for an attack on the town of Palma "
                "in Cabo Delgado province on Wednesday that killed dozens of people.")
        assert only(run(text, published=f"{year}-03-28")).perpetrator.name == name


def test_an_event_days_before_the_lead_is_its_background(run) -> None:  # type: ignore[no-untyped-def]
    text = ("BAKU, Oct 17 - A missile slammed into a residential district of Ganja early on Saturday, killing 13 "
            "civilians, officials said.\n\nGanja has been hit several times since the fighting began. Last Sunday, a "
            "strike on the city destroyed an apartment block and killed 10 people.")
    lead, earlier = run(text, published="2020-10-17").incidents
    assert (lead.background, earlier.background, earlier.date) == (False, True, "2020-10-11")


def test_the_wounded_still_in_intensive_care_are_some_of_the_wounded(run) -> None:  # type: ignore[no-untyped-def]
    text = ("ANKARA, Oct 12 - Two suicide bombers struck a peace rally in Ankara on Saturday, killing 97 people. More "
            "than 400 people were wounded, and health officials said about 65 were still in intensive care on Monday.")
    assert only(run(text, published="2015-10-12")).injuries.best == 400


def test_trains_counted_before_a_toll_are_no_victims(run) -> None:  # type: ignore[no-untyped-def]
    text = ("On 11 March 2004, bombs placed by a jihadist cell tore through four commuter trains in Madrid, killing 191 "
            "people and wounding about 1,800.")
    assert only(run(text, published="2021-03-11")).fatalities.best == 191


def test_another_sources_toll_in_the_same_sentence_is_no_more_dead(run) -> None:  # type: ignore[no-untyped-def]
    text = ("01 Feb (night): CODECO militiamen attacked the Plaine Savo displacement site, Djugu territory, Ituri, "
            "killing at least 60 displaced people, according to the UN; a local civil society leader put the toll at 62.")
    assert only(run(text, published="2022-02-07")).fatalities.best == 60


def test_a_newest_first_blog_over_two_days_is_read_oldest_first(run) -> None:  # type: ignore[no-untyped-def]
    text = ("LIVE: Gunmen attack concert hall in Krasnogorsk, near Moscow\nLast updated Saturday 23 March 2024\n\n"
            "Saturday 23 March\n\n19:52\nThe Investigative Committee now says 133 people are confirmed dead.\n\n"
            "12:40\nToll rises to 115, according to the Investigative Committee.\n\n"
            "Friday 22 March\n\n23:50\nOfficials say the death toll is now at least 60.\n\n"
            "20:15\nGunmen opened fire at a concert hall in Krasnogorsk, just outside Moscow, this evening.\n")
    inc = only(run(text, published="2024-03-23"))
    assert inc.fatalities.best == 133


def test_the_work_of_a_group_told_after_the_quotes_names_it(run) -> None:  # type: ignore[no-untyped-def]
    text = ("OMAGH was a town in mourning last night. Twenty-eight people were killed when a car bomb exploded in Market "
            "Street on Saturday afternoon.\n\n\"We walked right into it,\" said a shopper.\n\n\"It was chaos,\" said "
            "another.\n\nThe police chief said last night there was every indication that the bomb was the work of the "
            "dissident group calling itself the Real IRA, which opposes the Good Friday Agreement.")
    inc = only(run(text, published="1998-08-16"))
    assert inc.perpetrator.name == "Real IRA"


def test_people_whose_name_opens_like_a_month_are_counted() -> None:
    # "Three marines", "two separatists", "four junior officers": not "3 March", "2 September", "4 June"
    for text, noun in (("Three marines were killed when the device went off.", "marines"),
                       ("Two separatists were killed in the clash.", "separatists"),
                       ("Four junior officers were wounded.", "junior officers")):
        found = [c for c in find_casualties(text, 0, len(text), ExtractSettings()) if c.noun == noun]
        assert found and found[0].count.best in {2, 3, 4}, text
    text = "The 19 April Movement said two people died on 9 March."
    assert [c.count.text for c in find_casualties(text, 0, len(text), ExtractSettings())] == ["two"]


def test_one_more_death_after_a_count_adds_to_it(run) -> None:  # type: ignore[no-untyped-def]
    text = ("QUITO, April 14 (wire) - A roadside bomb hit a navy patrol near Mataje on March 20. Three marines were "
            "killed when the device went off under their vehicle and a fourth died of his wounds on the way to "
            "hospital in Esmeraldas; six others were injured.")
    inc = only(run(text, published="2018-04-14"))
    assert (inc.fatalities.best, inc.injuries.best) == (4, 6)
    assert inc.target.type == "Military"


def test_security_victims_of_a_police_force_are_police(run) -> None:  # type: ignore[no-untyped-def]
    text = ("BEIRUT (Agency) - Militants attacked a checkpoint of the internal security forces in Raqqa late on "
            "Sunday, killing four officers, a spokesman for the force said.")
    assert only(run(text, published="2024-02-26")).target.type == "Police"
    text = ("Gunmen attacked a checkpoint near Raqqa late on Sunday, killing four officers and two soldiers, "
            "a spokesman said.")
    assert only(run(text, published="2024-02-26")).target.type == "Military"


def test_target_read_past_the_court_and_by_most_of_the_victims(run) -> None:  # type: ignore[no-untyped-def]
    text = ("A Moroccan anti-terrorism court on Friday sentenced a man to death for the bombing of a cafe in "
            "Marrakesh on 28 April, which killed 17 people, most of them foreign tourists.")
    inc = only(run(text, published="2011-10-29"))
    assert inc.target.type == "Tourists"


def test_market_crowds_and_bus_stop_queues_are_private_citizens(run) -> None:  # type: ignore[no-untyped-def]
    for text in ("A suicide bomber blew himself up among traders at a fish market in Konduga late on Tuesday, "
                 "killing nine people, police said.",
                 "A Palestinian stabbed and wounded two Israelis at a bus stop near Efrat on Tuesday afternoon."):
        assert only(run(text, published="2024-08-14")).target.type == "Private Citizens & Property", text
    text = "A bomb tore through a bus near Kabul on Wednesday, killing two passengers."
    assert only(run(text, published="2024-05-16")).target.type == "Transportation"


def test_one_victim_named_by_role_is_one_dead(run) -> None:  # type: ignore[no-untyped-def]
    text = ("The local treasurer of the Workers' Party (PT) in Foz do Iguaçu, in western Paraná, was shot dead "
            "late on Saturday during a party for his 50th birthday.")
    inc = only(run(text, published="2022-07-11"))
    assert inc.fatalities.best == 1
    assert inc.target.type == "Government (General)"  # a party's officer, as GTD types a politician
    text = "A policeman was shot dead in Kano on Monday. The policeman was shot dead as he left his home."
    assert only(run(text, published="2022-07-12")).fatalities.best == 1  # one man, told twice


def test_wounded_none_fatally_is_no_dead_and_a_police_command_is_police(run) -> None:  # type: ignore[no-untyped-def]
    text = ("A car bomb exploded outside the police command in the town of San Lorenzo, Ecuador, in the early "
            "hours of Saturday, wrecking the building. Twenty-eight people were injured, none of them fatally.")
    inc = only(run(text, published="2018-01-29"))
    assert (inc.fatalities.best, inc.injuries.best) == (0, 28)
    assert inc.target.type == "Police"


def test_victims_listed_before_the_attacker_was_wounded_are_dead(run) -> None:  # type: ignore[no-untyped-def]
    text = ("On 18 July a lone gunman opened fire at a district police station in Almaty, killing eight police "
            "officers and two civilians before he was wounded and captured. Ten other people were injured.")
    inc = only(run(text, published="2016-07-20"))
    assert (inc.fatalities.best, inc.injuries.best) == (10, 10)


def test_a_capitals_dateline_in_ordinary_case_yields_to_the_town_named(run) -> None:  # type: ignore[no-untyped-def]
    for text in ("Bamako, 5 June 2018 - The army post in Tenenkou was attacked yesterday by armed individuals.",
                 "Bamako, June 5 (Agency) - The army post in Tenenkou was attacked yesterday by armed individuals."):
        inc = only(run(text, published="2018-06-05"))
        assert (inc.location.city, inc.location.admin1, inc.date) == ("Ténenkou", "Mopti", "2018-06-04"), text
    # with no other place named, the dateline's town is still the event's
    inc = only(run("Bunia, 17 July 2025 - Armed men attacked a village on Wednesday, killing five people.",
                   published="2025-07-17"))
    assert inc.location.city == "Bunia"


def test_wounded_of_which_some_gravely_are_counted_once(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Armed men attacked the army post in Tenenkou, Mali, on Monday. The provisional toll is three soldiers "
            "killed and five wounded of which two in a grave state.")
    inc = only(run(text, published="2018-06-05"))
    assert (inc.fatalities.best, inc.injuries.best) == (3, 5)


def test_aid_convoys_and_aid_agency_staff_are_ngo_targets(run) -> None:  # type: ignore[no-untyped-def]
    text = ("KHARTOUM, May 13 (Wire) - Gunmen ambushed a convoy of trucks carrying World Food Programme food aid "
            "in South Darfur on Monday, killing two drivers and wounding a third, the U.N. agency said on Tuesday.")
    assert only(run(text, published="2008-05-13")).target.type == "NGO"
    text = ("Unidentified gunmen seized two Sudanese staff members of an international aid agency on Saturday as "
            "they drove back to Kutum in North Darfur, the agency said.")
    assert only(run(text, published="2008-05-13")).target.type == "NGO"
    text = "Gunmen ambushed a military convoy near Kutum in North Darfur on Monday, killing two soldiers."
    assert only(run(text, published="2008-05-13")).target.type == "Military"


def test_taken_district_centre_is_its_own_event_and_a_rejected_claim_none(run) -> None:  # type: ignore[no-untyped-def]
    text = ("KANDAHAR, Afghanistan, 24 August 2006\n\n"
            "A man who identified himself as Qari Yousuf Ahmadi, a spokesman for the Taliban, said a suicide car "
            "bomber had struck a Canadian convoy near Kandahar on Tuesday, killing two civilians. Ahmadi also said "
            "Taliban fighters had taken the district centre of Garmser in southern Helmand on Wednesday night. The "
            "provincial police chief confirmed that police had pulled out of the government compound in Garmser "
            "after several hours of fighting, in which he said three policemen were killed. The spokesman's claim "
            "that fighters had shot down a helicopter in Zabul province on Wednesday was rejected by NATO, which "
            "said the helicopter had made a precautionary landing. No one was hurt, it said.")
    out = run(text, published="2006-08-24")
    got = sorted((i.date, i.location.city, i.location.country_code, i.fatalities.best, i.injuries.best)
                 for i in out.incidents)
    assert got == [("2006-08-22", "Kandahār", "AF", 2, None), ("2006-08-23", "Garmser", "AF", 3, None)]


def test_an_attack_fought_off_is_an_event_of_its_own(run) -> None:  # type: ignore[no-untyped-def]
    text = ("MAIDUGURI, Nigeria, Sept 3 (Wire) - A suicide bomber struck a football viewing centre in Damboa in "
            "Borno state on Sunday night, killing nine people, a militia leader said. In neighbouring Adamawa "
            "state, troops fought off insurgents who tried to overrun a military post in Madagali before dawn on "
            "Monday, the army said. An army spokesman said five of the attackers were killed.")
    got = sorted((i.date, i.location.city, i.fatalities.best) for i in run(text, published="2019-09-03").incidents)
    assert got == [("2019-09-01", "Damboa", 9), ("2019-09-02", "Madagali", 5)]


def test_one_victim_told_with_age_role_or_after_a_digest_day() -> None:
    def dead(text: str) -> list[int | None]:
        return [c.count.best for c in find_casualties(text, 0, len(text), ExtractSettings()) if c.kind == "killed"]

    assert dead("In the other case, a rubber tapper aged 41 years was shot dead while riding to work.") == [1]
    assert dead("In May 2019 two tourists were abducted and their Beninese guide was killed.") == [1]
    # "18/11" is a digest's day, and a motorcycle-taxi driver is a person
    assert dead("18/11 – Gunmen shot dead a motorcycle-taxi (ojek) driver in Sugapa, Central Papua.") == [1]


def test_two_more_who_died_later_add_to_the_dead() -> None:
    text = "Four people died inside the church and two more died later in hospital."
    assert [c.count.best for c in find_casualties(text, 0, len(text), ExtractSettings())] == [4, 2]
    text = "Police said two more attacks were foiled."
    assert not find_casualties(text, 0, len(text), ExtractSettings())


def test_an_attack_in_a_court_report_of_plots_and_a_bomber_who_died(run) -> None:  # type: ignore[no-untyped-def]
    text = ("SANAA, 29 September 2004 - In August, another court jailed 15 men over a series of plots that included "
            "the attack in October 2002 on the French oil tanker Limburg off the port of Mukalla, in which a boat "
            "laden with explosives rammed the ship, killing a Bulgarian crew member and the bomber.")
    inc = only(run(text, published="2004-09-29"))
    assert (inc.date[:7], inc.location.city, inc.target.type, inc.fatalities.best) == ("2002-10", "Mukalla", "Maritime", 2)
    text = ("A car loaded with explosives was driven into a Canadian convoy near Kandahar on Tuesday and exploded, "
            "wounding three soldiers. The bomber also died.")
    assert only(run(text, published="2006-08-24")).suicide is True


def test_tourists_shot_outside_a_hotel_and_a_claim_saying_it_had_done_it(run) -> None:  # type: ignore[no-untyped-def]
    text = ("On Thursday morning four gunmen walked up to a group of Greek tourists as they were climbing into their "
            "coach outside the Europa Hotel in Giza and opened fire. Seventeen of the Greeks and one Egyptian died. "
            "The next day al-Gama'a al-Islamiyya sent a statement to a news agency in Cairo saying that it had done it.")
    inc = only(run(text, published="1996-04-22"))
    assert inc.target.type == "Tourists"
    assert (inc.perpetrator.name, inc.perpetrator.claimed) == ("al-Gama'a al-Islamiyya", True)


def test_a_claim_lead_summing_up_a_months_bombing_is_that_bombing(run) -> None:  # type: ignore[no-untyped-def]
    text = ("BILBAO, 30 May 2008 (wire) - The Basque separatist group ETA has claimed responsibility for the car bomb "
            "that killed a Civil Guard officer at the barracks in Legutiano this month, in a statement published on "
            "Friday.\n\nThe statement refers first to the attack on the night of 14 May, when a van loaded with "
            "explosives was left at the gate of the Civil Guard post in Legutiano, a small town in Alava. It exploded "
            "at about 3 a.m. Juan Manuel Pinuel, a 41-year-old guard on sentry duty, was killed and four of his "
            "colleagues were injured.")
    inc = only(run(text, published="2008-05-30"))
    assert (inc.date, inc.location.city, inc.perpetrator.name, inc.perpetrator.claimed) == ("2008-05-14", "Legutiano", "ETA", True)
    assert inc.target.type == "Police"  # the Civil Guard is Spain's police force


def test_the_event_told_before_as_subject_does_not_type_the_next(run) -> None:  # type: ignore[no-untyped-def]
    text = ("QUITO, April 14 (wire) - Three journalists were kidnapped near the village of Mataje, Ecuador, on "
            "March 26. The abduction came less than a week after a roadside bomb hit a navy patrol near San Lorenzo "
            "on March 20. Three marines were killed.")
    bomb = next(i for i in run(text, published="2018-04-14").incidents if i.date == "2018-03-20")
    assert (bomb.attack_type, bomb.fatalities.best) == ("Bombing/Explosion", 3)


def test_a_toll_update_report_keeps_one_event_and_the_group_held_responsible(run) -> None:  # type: ignore[no-untyped-def]
    text = ("BOGOTA, Feb 10 (Agency) - Three more people injured in Friday night's car bombing at the El Nogal social "
            "club died over the weekend, bringing the number of dead to 35, officials said on Monday.\n\n"
            "Among those who died on Sunday was a 9-year-old girl who had been at a swimming lesson at the club.\n\n"
            "Defence Minister Marta Lucia Ramirez repeated on Monday that the government held the Revolutionary Armed "
            "Forces of Colombia (FARC) responsible.")
    inc = only(run(text, published="2003-02-10"))
    assert (inc.date, inc.fatalities.best, inc.injuries.best) == ("2003-02-07", 35, None)
    assert (inc.perpetrator.name, inc.perpetrator.claimed) == ("Revolutionary Armed Forces of Colombia", False)


def test_patients_still_admitted_are_some_of_the_wounded(run) -> None:  # type: ignore[no-untyped-def]
    text = ("BANNU, March 3, 2022: The number of people killed in Friday's bombing at a mosque in Bannu rose to 12 on "
            "Tuesday, officials said. It rose to 9 on Saturday as several critically injured patients died overnight. "
            '"We received 40 wounded on Friday. Twenty-two are still admitted," said a hospital spokesman.')
    inc = only(run(text, published="2022-03-03"))
    assert (inc.fatalities.best, inc.injuries.best) == (12, 40)


def test_companions_named_beside_the_count_are_counted(run) -> None:  # type: ignore[no-untyped-def]
    text = ("On 3 May 2021, four Italian engineers, together with their Malian interpreter and driver, were killed by "
            "armed men at the Sélingué dam site, around 140 kilometres south-west of Bamako, in the Sikasso region.")
    inc = only(run(text, published="2021-05-04"))
    assert inc.fatalities.best == 6
    assert inc.location.admin1 == "Sikasso"  # a bearing from Bamako names no scene beside the region named


@pytest.mark.parametrize("habit", [
    "Such assassinations have become almost a weekly occurrence in the province since 2018, and residents blame a "
    "mix of security branches, rival factions and Islamic State cells.",
    "The city suffered a series of deadly attacks in 2015 and 2016 blamed on Kurdish militants and Islamic State.",
])
def test_groups_blamed_for_attacks_over_the_years_did_not_do_this_one(run, habit: str) -> None:  # type: ignore[no-untyped-def]
    text = ("Unidentified gunmen on a motorcycle shot dead a member of the local council of Tafas, in the western "
            "countryside of Daraa, on Monday evening as he left a mosque. No one claimed the killing. " + habit)
    inc = only(run(text, published="2021-02-20"))
    assert inc.perpetrator.name is None


def test_the_group_that_admitted_it_not_the_groups_the_victim_investigated(run) -> None:  # type: ignore[no-untyped-def]
    text = ("On the evening of 12 March 2023, Detective Sergeant Mark Doyle was shot several times in a car park in "
            "Dungannon, County Tyrone. The detective, who had led investigations into dissident republican groups, "
            "survived with serious injuries. Days later the New IRA admitted responsibility in a typed statement.")
    inc = only(run(text, published="2023-03-29"))
    assert (inc.perpetrator.name, inc.perpetrator.claimed) == ("New IRA", True)
    assert (inc.target.type, inc.fatalities.best, inc.injuries.best) == ("Police", 0, 1)


def test_a_group_named_in_an_aside_about_the_claimant_did_not_claim(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen killed 12 tourists at a meadow near Pahalgam on Tuesday. The Resistance Front, which agencies "
            "describe as a front for Lashkar-e-Taiba, claimed responsibility in a social media post.")
    assert only(run(text, published="2025-04-23")).perpetrator.name == "The Resistance Front"


def test_a_communique_claiming_three_attacks(run) -> None:  # type: ignore[no-untyped-def]
    text = ("BILBAO, 30 June 2008 (wire) - ETA claimed a string of attacks in a statement published on Friday.\n\n"
            "The statement refers first to the night of 14 June, when a van loaded with explosives blew up at the gate "
            "of the Civil Guard post in Legutiano. One guard was killed and three of his colleagues were injured.\n\n"
            "ETA also admitted killing Juan Ortega, a 51-year-old former councillor of the Socialist party in "
            "Durango, Biscay, who was shot outside his home on 7 March.\n\n"
            "The group further claimed a car bomb that exploded in front of the Civil Guard barracks in Calahorra, "
            "La Rioja, on 21 March. No one was hurt.")
    incidents = run(text, published="2008-06-30").incidents
    legutiano = next(i for i in incidents if i.date == "2008-06-14")
    councillor = next(i for i in incidents if i.date == "2008-03-07")
    calahorra = next(i for i in incidents if i.location.city == "Calahorra")
    assert (legutiano.fatalities.best, legutiano.injuries.best) == (1, 3)
    assert (councillor.fatalities.best, councillor.attack_type, councillor.target.type) == (
        1, "Assassination", "Government (General)")
    assert (calahorra.perpetrator.name, calahorra.perpetrator.claimed) == ("ETA", True)


def test_people_named_one_by_one_were_seized_and_the_lead_told_it_by_its_month(run) -> None:  # type: ignore[no-untyped-def]
    text = ("QUITO, May 2 (wire) - Ecuador's president said on Friday that three aid workers kidnapped on the border "
            "last month had been freed, a relief for a region that has seen bombings and abductions.\n\n"
            "Engineer Marta Ruiz, nurse Pablo Vera and their driver, Luis Cano, all working for a local charity, were "
            "seized on April 12 near the village of Mataje.\n\n"
            "The abduction came less than a week after a roadside bomb hit a navy patrol near Mataje on April 6. "
            "Three marines were killed.")
    abduction, bombing = run(text, published="2018-05-02").incidents
    assert (abduction.date, abduction.kidnapped.best, abduction.attack_type) == ("2018-04-12", 3, "Hostage Taking (Kidnapping)")
    assert (bombing.date, bombing.attack_type, bombing.fatalities.best) == ("2018-04-06", "Bombing/Explosion", 3)


def test_people_arrested_beside_weapons_seized_were_not_taken(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Security forces raided a hideout in Harasta on Monday. Two members of the cell were killed in an exchange "
            "of fire and six were arrested, and explosive belts were seized.")
    inc = only(run(text, published="2025-06-24"))
    assert inc.kidnapped.best is None and inc.attack_type != "Hostage Taking (Kidnapping)"


def test_a_bulletins_toll_line_holds_the_dead_the_narrative_told(run) -> None:  # type: ignore[no-untyped-def]
    text = ("SECURITY BULLETIN\n\n"
            "What happened: At about 10:40 on 14 January, militants attacked the area around a department store in "
            "central Jakarta. Two attackers detonated explosives at a police post, killing themselves. Two more gunmen "
            "exchanged fire with police before both were killed, one by his own bomb.\n\n"
            "Casualties (police, evening 14 Jan): 8 dead - the 4 attackers, 3 civilians (one of them a Canadian "
            "national) and 1 police officer. 24 injured.")
    inc = only(run(text, published="2016-01-15"))
    assert (inc.fatalities.best, inc.injuries.best) == (8, 24)


def test_a_dated_scene_then_the_shooting_and_five_more_wounded(run) -> None:  # type: ignore[no-untyped-def]
    text = ("ANALYSIS | Monday, 24 February 2020\n\n"
            "Last Wednesday night in Hanau should end that comfortable story for good. Shortly before 10 p.m., a man "
            "went into a shisha bar in the centre of the town and started shooting. Nine people were killed. Five more "
            "were wounded.")
    inc = only(run(text, published="2020-02-24"))
    assert (inc.date, inc.fatalities.best, inc.injuries.best) == ("2020-02-19", 9, 5)
    assert inc.location.admin1 == "Hesse"


def test_a_court_report_of_two_bombings_years_before(run) -> None:  # type: ignore[no-untyped-def]
    text = ("KAMPALA, Tuesday 12 March 2024 - The High Court on Tuesday sentenced two men to 35 years in prison each "
            "over a bomb attack on a restaurant in Kampala more than two years ago.\n\n"
            "The bomb, hidden in a bag left under a table, went off on the evening of Saturday, October 23, 2021, at "
            "an eatery in Kampala. It killed a 20-year-old waitress and wounded three customers.\n\n"
            "Two days later, on October 25, a man detonated explosives he was carrying on a passenger bus at Lungala, "
            "in Mpigi district, killing himself and wounding three passengers.")
    restaurant, bus = run(text, published="2024-03-12").incidents
    assert (restaurant.date, restaurant.fatalities.best, restaurant.injuries.best) == ("2021-10-23", 1, 3)
    assert (bus.date, bus.suicide, bus.fatalities.best, bus.injuries.best) == ("2021-10-25", True, 1, 3)


def test_a_gunman_who_killed_himself_made_no_suicide_bombing(run) -> None:  # type: ignore[no-untyped-def]
    text = "A gunman shot dead five people at a school in Kerch on Wednesday before killing himself, police said."
    assert only(run(text, published="2018-10-18")).suicide is False


def test_an_opinion_piece_on_a_drone_attack_and_one_last_year(run) -> None:  # type: ignore[no-untyped-def]
    text = ("OPINION\n\nPublished Thursday 9 August 2018\n\n"
            "On Saturday evening, as the president spoke to troops lined up on an avenue in Caracas, two drones loaded "
            "with explosives flew towards the stage. One device exploded in the air near the parade. Seven soldiers "
            "were wounded. No one was killed.\n\n"
            "Within hours, a group calling itself the Patriotic Air Command, known in Spanish as Comando Aereo "
            "Patriotico, said on social media that it had carried out the operation.\n\n"
            "Last year, on 27 June, a police officer flew a police helicopter over central Caracas, dropping grenades "
            "on the Supreme Court building. No one was hurt.")
    drones, helicopter = run(text, published="2018-08-09").incidents
    assert (drones.date, drones.sub_event_type, drones.injuries.best, drones.perpetrator.claimed) == (
        "2018-08-04", "Air/drone strike", 7, True)
    assert helicopter.date == "2017-06-27"


def test_a_toll_broken_down_after_a_dash_is_not_added_up(run) -> None:  # type: ignore[no-untyped-def]
    text = ("The ministry released a toll on Friday. It says twelve people were killed by the attackers - nine "
            "civilians, among them hotel staff and two businessmen, and three members of the security forces. All "
            "four gunmen were killed in the hotel in Baidoa.")
    assert only(run(text, published="2024-11-22")).fatalities.best == 16


def test_ages_told_about_are_no_count(run) -> None:  # type: ignore[no-untyped-def]
    text = "Two men, aged around 35 and 65, were wounded by gunfire near Huwara on Tuesday, medics said."
    assert only(run(text, published="2024-05-21")).injuries.best == 2


@pytest.mark.parametrize("text, killed", [
    ("A gunman opened fire at a shrine in Shiraz late on Sunday, killing two people and wounding seven, state media "
     "reported, less than a year after an attack on the same shrine left more than a dozen worshippers dead.", 2),
    ("This new attack comes two weeks after the suicide car bombing that targeted the gendarmerie school in Issers on "
     "19 August, which killed 43 people.", 43),
])
def test_the_toll_of_an_earlier_attack_measured_against(run, text: str, killed: int) -> None:  # type: ignore[no-untyped-def]
    incidents = run(text, published="2023-08-14").incidents
    assert incidents[0].fatalities.best == killed


def test_one_of_their_men_left_dead_by_the_attackers(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Two officers were killed when armed men attacked the police station of Karimama, in the department of "
            "Alibori, late on Sunday night. The exchange lasted about forty minutes before the attackers withdrew, "
            "leaving one of their men dead at the scene.")
    inc = only(run(text, published="2024-09-17"))
    assert (inc.fatalities.best, inc.fatalities.militants) == (3, 1)
