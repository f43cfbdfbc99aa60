"""Where an event happened when the text names it in passing, and what the attack was when several means are told:
short reports written for these tests."""

from __future__ import annotations

import pytest

from conftest import only


def test_a_street_named_after_a_town_is_not_that_town(run) -> None:  # type: ignore[no-untyped-def]
    text = ("POLICE SERVICE OF NORTHERN IRELAND\n\nA pipe bomb exploded outside a house in Bishop Street, Derry, on "
            "Friday night. No one was hurt. Bishop Street was sealed off until Saturday morning. Two men were "
            "arrested under the Terrorism Act and taken to Belfast for questioning.")
    inc = only(run(text, published="2021-03-06"))
    assert inc.location.country_code == "GB"  # not Bishop, California, nor the ACT of the Terrorism Act
    assert inc.location.admin1 == "Northern Ireland"


def test_the_event_takes_the_place_another_sentence_gives_it_in_passing(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Detectives investigating last night's explosion in Bishop Street, Derry, have arrested two men.\n\n"
            "The device, inside a vehicle parked outside the courthouse, exploded at about 8.10pm on Saturday. "
            "Nobody was injured. "
            "The vehicle had been hijacked by armed men from a delivery driver earlier in the evening.")
    inc = only(run(text, published="2019-01-20"))
    assert inc.location.country_code == "GB"
    assert inc.location.city in {"Derry", "Londonderry"}
    assert inc.attack_type == "Bombing/Explosion"  # the hijacking was its means


def test_a_car_hijacked_to_carry_a_bomb_makes_a_bombing(run) -> None:  # type: ignore[no-untyped-def]
    text = ("A car bomb exploded outside a police station in Newry on Sunday night, causing damage but no injuries. "
            "Police said the car had been hijacked at gunpoint in a nearby village an hour earlier.")
    inc = only(run(text, published="2010-02-22"))
    assert inc.attack_type == "Bombing/Explosion"
    assert inc.event_type == "Explosions/Remote violence"


def test_a_hijacking_told_as_the_event_stays_a_hijacking(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen hijacked a bus carrying 40 passengers on the highway near Kandahar on Monday and drove it into "
            "the desert, officials said.")
    inc = only(run(text, published="2012-05-08"))
    assert inc.attack_type == "Hijacking"


def test_petrol_bombs_thrown_at_a_bus_are_arson_not_an_explosion(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Six passengers were burnt to death and 11 others injured when attackers hurled petrol bombs at a night "
            "coach on the highway near Feni early on Tuesday, police said.")
    inc = only(run(text, published="2015-01-28"))
    assert inc.attack_type == "Facility/Infrastructure Attack"
    assert (inc.event_type, inc.sub_event_type) == ("Violence against civilians", "Attack")  # people were in it


def test_a_petrol_bomb_that_hurt_no_one_is_property_destruction(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Unidentified men threw a petrol bomb at the district election office in Feni on Tuesday night, "
            "damaging its front room. No one was hurt, police said.")
    inc = only(run(text, published="2015-01-28"))
    assert inc.attack_type == "Facility/Infrastructure Attack"
    assert inc.sub_event_type == "Looting/property destruction"


def test_a_suicide_bombing_told_by_the_forces_is_not_their_operation(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Two suicide bombers blew themselves up in a crowded market in central Baghdad on Thursday, killing 28 "
            "people, the health ministry said.\n\nThe Joint Operations Command said the first attacker detonated his "
            "explosive vest when people gathered around him. A security official blamed Islamic State sleeper cells.")
    inc = only(run(text, published="2021-01-22"))
    assert inc.perpetrator.name == "Islamic State"
    assert inc.target.type == "Private Citizens & Property"


def test_a_group_said_further_down_to_have_carried_out_the_attack(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Seven passengers were burnt to death when attackers hurled petrol bombs at a bus near Comilla early "
            "yesterday.\n\nWitnesses said a group of young men ran into the paddy fields.\n\nFire fighters doused the "
            "flames after an hour.\n\nThe officer-in-charge of the police station said local activists of "
            "Jamaat-e-Islami had carried out the attack to enforce the blockade. A Jamaat leader denied it.")
    inc = only(run(text, published="2015-02-04"))
    assert inc.perpetrator.name == "Jamaat-e-Islami"
    assert inc.perpetrator.claimed is False


def test_a_gang_named_for_its_leaders_escape_is_not_the_doer(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen stormed a radio station in Esmeraldas on Tuesday and wounded two employees, police said.\n\n"
            "The raid came a day after Luis Pérez, the leader of the Los Lobos gang, escaped from a prison in the city.")
    inc = only(run(text, published="2024-01-10"))
    assert inc.perpetrator.name is None


def test_a_gang_leaders_word_that_his_men_did_it_still_names_the_gang(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen killed 12 people in Pont-Sondé on Thursday, officials said.\n\nThe leader of the Gran Grif gang "
            "said in a video that his men had carried out the attack.")
    inc = only(run(text, published="2024-10-04"))
    assert inc.perpetrator.name == "Gran Grif"


def test_staff_of_a_television_channel_are_media_targets(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Armed men burst onto the set of a public television channel in Guayaquil on Tuesday and held its staff at "
            "gunpoint until police stormed the building. Two employees were wounded.")
    inc = only(run(text, published="2024-01-10"))
    assert inc.target.type == "Journalists & Media"


def test_a_wave_of_burning_oil_is_no_wave_of_attacks(run) -> None:  # type: ignore[no-untyped-def]
    text = ("At least 45 people were burned to death and more than 30 injured when rebels dynamited an oil pipeline "
            "above Machuca, in Antioquia, Colombia, sending a wave of burning crude through the village, officials "
            "said on Monday.\n\nThe governor's office put the death toll at 45 on Monday afternoon.")
    inc = only(run(text, published="1998-10-19"))
    assert inc.fatalities.best == 45 and inc.injuries.best == 30
    assert inc.attack_type == "Bombing/Explosion"  # dynamited


def test_a_risen_toll_under_a_dateline_joins_the_attack_told_below(run) -> None:  # type: ignore[no-untyped-def]
    text = ("PORT-AU-PRINCE, Oct 7 (AFP) - The number of people killed when gang members rampaged through the town of "
            "Pont-Sonde last week has risen to 115, local authorities said Monday.\n\n"
            "The UN had reported on Friday that at least 70 people were killed in the attack, which began before dawn "
            "on Thursday in Pont-Sonde, in the Artibonite department.\n\n"
            "The Gran Grif gang, which has been accused of killings, kidnappings and rapes, controls the area.")
    inc = only(run(text, published="2024-10-07"))
    assert inc.fatalities.best == 115
    assert inc.date == "2024-10-03"
    assert inc.attack_type == "Armed Assault"  # what the gang is known for is not what it did


def test_an_acronym_in_brackets_is_no_town(run) -> None:  # type: ignore[no-untyped-def]
    text = ("MAIDUGURI, Nigeria, June 17 (Reuters) - Three suicide bombers killed 30 people at a hall in the town of "
            "Konduga in Borno state late on Sunday, said an official of the State Emergency Management Agency (SEMA). "
            "Rescuers recovered 30 bodies, not counting the three bombers, and 42 people were taken to hospital with "
            "injuries.")
    inc = only(run(text, published="2019-06-17"))  # not a second event in Séma, Côte d'Ivoire
    assert inc.location.city == "Konduga"
    assert inc.injuries.best == 42  # the bombers set aside are not more of the wounded


def test_a_defence_release_with_two_clashes_at_unlisted_places(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Security forces deployed in the Vavuniya general area repulsed an attempt by LTTE terrorists to break "
            "through the defence lines at Palamoddai, north of Vavuniya, in the early hours of yesterday (18 April).\n\n"
            "Troops recovered the bodies of 22 LTTE terrorists from the battle area. Three soldiers made the supreme "
            "sacrifice and 11 others sustained injuries.\n\n"
            "In a separate incident on the same day, an Army patrol came under fire from LTTE cadres in the Omanthai "
            "area, Vavuniya. Two terrorists were killed in the troops' retaliatory fire.")
    incs = run(text, published="2008-04-19").incidents
    assert [(i.location.city, i.fatalities.best) for i in incs] == [("Palamoddai", 25), ("Omanthai", 2)]
    assert all(i.event_type == "Battles" for i in incs)


def test_a_strike_the_rebels_blame_on_government_forces(run) -> None:  # type: ignore[no-untyped-def]
    text = ("NAIROBI, Jan 8 (Reuters) - An air strike on a camp for displaced people in Ethiopia's northern Tigray "
            "region killed 56 people and wounded 30 late on Friday, aid workers said.\n\n"
            "The strike hit a camp in the town of Dedebit. A spokesman for the Tigray People's Liberation Front (TPLF) "
            "said the camp had been hit by a drone operated by government forces.\n\n"
            "On Wednesday, an air strike on the Mai Aini refugee camp in Tigray killed three refugees. The agency did "
            "not say who carried out that strike. The war between the federal government and the TPLF has killed "
            "thousands.")
    lead, earlier = run(text, published="2022-01-08").incidents
    assert lead.injuries.best == 30  # "wounded 30 late on Friday"
    assert lead.perpetrator.name == "Ethiopian National Defense Force"  # not the TPLF, whose spokesman accused it
    assert earlier.location.country_code == "ET"  # "Mai" of "Mai Aini" is no town of Kenya's
    assert earlier.perpetrator.name is None  # a party to the war is not the doer of this strike


def test_friday_prayers_give_no_day_when_the_month_is_told(run) -> None:  # type: ignore[no-untyped-def]
    text = ("The bombing at the police mosque in Peshawar on Monday killed 100 people. It is the deadliest in the city "
            "since last March, when a suicide bomber struck a Shia mosque in Peshawar during Friday prayers, "
            "killing himself and more than 60 worshippers.")
    incs = run(text, published="2023-02-01").incidents
    earlier = next(i for i in incs if i.date and i.date.startswith("2022"))
    assert earlier.date[:7] == "2022-03"
    assert earlier.fatalities.best == 61  # the bomber and the 60


def test_a_dateline_on_a_line_of_its_own_and_a_toll_without_the_bomber(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Staff Reporter\nPESHAWAR, February 1, 2023\n\nThe death toll from Monday's suicide bombing at a mosque "
            "rose to 100 by Tuesday night, officials said. It does not include the bomber.")
    inc = only(run(text, published="2023-02-01"))
    assert inc.location.city == "Peshawar"
    assert inc.fatalities.best == 101


def test_a_monitors_running_tally_since_a_day_is_a_statistic(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Air strikes on a market in Maarat al-Numan, Idlib, killed 39 civilians this morning.\n\n"
            "With today's deaths, the monitor has documented the killing of 781 civilians in Idlib and Hama since the "
            "start of the military escalation by regime forces and their Russian ally on 30 April 2019.\n\n"
            "READ ALSO\n> Daily toll, 21 July 2019: 17 civilians among 64 people killed across Syria\n"
            "> Hama countryside: regime forces fail to advance for the third day")
    ex = run(text, published="2019-07-22")
    assert [i.fatalities.best for i in ex.incidents] == [39]  # not 781, nor a related link's 64
    assert [(s.value, s.period_start) for s in ex.statistics] == [(781, "2019-04-30")]


def test_warplanes_believed_to_be_a_countrys(run) -> None:  # type: ignore[no-untyped-def]
    text = ("The monitor documented the deaths of 39 civilians in air strikes carried out this morning by warplanes "
            "which its sources believe to be Russian on a market in Maarat al-Numan, in Idlib province.")
    inc = only(run(text, published="2019-07-22"))
    assert inc.perpetrator.name is not None and "Russia" in inc.perpetrator.name


@pytest.mark.parametrize(("text", "taken"), [
    ("On February 17, gunmen invaded the Government Science College in Kagara, Niger State, killing a student and "
     "carrying away 42 people, among them 27 students.", 42),
    ("In December, more than 300 boys were seized from the Government Science Secondary School in Kankara, Katsina "
     "State. They were released six days later.", 300),
])
def test_people_carried_away_or_seized_from_a_school_were_abducted(run, text: str, taken: int) -> None:  # type: ignore[no-untyped-def]
    inc = only(run(text, published="2021-02-27"))
    assert inc.attack_type == "Hostage Taking (Kidnapping)"
    assert inc.kidnapped.best == taken


def test_the_police_line_of_enquiry_names_the_suspected_group(run) -> None:  # type: ignore[no-untyped-def]
    text = ("A car bomb exploded outside the courthouse in Bishop Street, Derry, at 8.10pm on Saturday. Nobody was "
            "injured.\n\nResidents were allowed back into their homes on Sunday.\n\nThe senior investigating officer "
            "said: \"Our main line of enquiry at this time is that the New IRA was responsible.\"")
    inc = only(run(text, published="2019-01-20"))
    assert inc.perpetrator.name == "New IRA"
    assert inc.perpetrator.claimed is False


def test_mozambiques_insurgents_by_their_own_name(run) -> None:  # type: ignore[no-untyped-def]
    text = "Insurgents of Ahlu Sunnah Wa-Jama'a killed four villagers in Macomia district, Cabo Delgado, on Monday."
    inc = only(run(text, published="2018-06-05"))
    assert inc.perpetrator.name == "Ahlu Sunnah Wa-Jama"  # not Somalia's Ahlu Sunna Wal Jama'a


def test_a_brigade_by_its_other_name() -> None:
    from sitrep.extract.actors import find_actors

    text = "The 444 Combat Brigade deployed to the airport road."
    assert [a.actor.name for a in find_actors(text, 0, len(text))] == ["444 Brigade"]


def test_the_place_attacked_is_found_behind_the_forces_who_ended_it(run) -> None:  # type: ignore[no-untyped-def]
    text = ("WAJIR - Security forces on Saturday night ended a five-hour siege at a hotel in Wajir town after militants "
            "stormed the building, leaving eight people dead, county officials said.")
    inc = only(run(text, published="2024-03-10"))
    assert inc.target.type == "Business"


def test_rounds_fired_at_a_police_party_make_a_clash(run) -> None:  # type: ignore[no-untyped-def]
    text = ("SOPORE, June 14: Militants fired a few rounds at a CRPF road opening party near Kanispora in Baramulla on "
            "Wednesday evening. The troopers retaliated and the militants fled. No one was hurt in the firing.")
    inc = only(run(text, published="2018-06-14"))
    assert inc.attack_type == "Armed Assault"
    assert (inc.event_type, inc.sub_event_type) == ("Battles", "Armed clash")  # the fire was aimed at the forces
    assert inc.target.type == "Police"  # the CRPF, fired at, is the target


def test_a_grenade_lobbed_by_militants_tied_to_a_group_is_that_groups(run) -> None:  # type: ignore[no-untyped-def]
    text = ("SOPORE, June 14: Two policemen were injured on Thursday when militants lobbed a grenade at a police party "
            "in the Main Chowk area of the town.\n\n"
            "A senior police officer said the investigation pointed towards Lashkar-e-Taiba militants active in the "
            "area.")
    inc = only(run(text, published="2018-06-14"))
    assert inc.perpetrator.name == "Lashkar-e-Taiba"
    assert inc.perpetrator.claimed is False


def test_the_event_told_after_its_claim_takes_the_day_it_tells(run) -> None:  # type: ignore[no-untyped-def]
    text = ("DUSHANBE, July 31 (Agency) - Islamic State has claimed responsibility for an attack in southern Tajikistan "
            "in which four foreign cyclists were killed, though the government said on Tuesday that a banned party "
            "had directed the assailants.\n\n"
            "The cyclists, part of a group of seven touring the country, were struck by a car on a road in Danghara "
            "district on Sunday afternoon. Two Americans and a Dutch man were among the dead.")
    inc = only(run(text, published="2018-07-31"))
    assert inc.date == "2018-07-29"
    assert inc.target.type == "Tourists"  # foreign cyclists touring the country
    assert inc.perpetrator.claimed is True


def test_suspects_shot_dead_by_police_are_the_forces_operation(run) -> None:  # type: ignore[no-untyped-def]
    text = "Police said they shot dead four suspects in the Danghara area of Tajikistan on Monday after they resisted arrest."
    inc = only(run(text, published="2018-07-31"))
    assert inc.fatalities.best == 4 and inc.fatalities.militants == 4
    assert (inc.event_type, inc.sub_event_type) == ("Battles", "Armed clash")
    assert inc.target.type == "Terrorists/Non-State Militia"


def test_suspects_arrested_are_no_dead(run) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen killed two shopkeepers in Danghara on Monday. Police later arrested four suspects."
    inc = only(run(text, published="2018-07-31"))
    assert inc.fatalities.best == 2


def test_a_town_seized_and_retaken(run) -> None:  # type: ignore[no-untyped-def]
    text = ("On 12 August 2020 the insurgents overran army positions and seized Mocímboa da Praia itself, in Mozambique's "
            "Cabo Delgado province.\n\n"
            "Rwandan and Mozambican troops retook Mocímboa da Praia on 8 August 2021 with little resistance.")
    incs = run(text, published="2023-08-22").incidents
    assert [(i.date, i.sub_event_type) for i in incs] == [
        ("2020-08-12", "Non-state actor overtakes territory"), ("2021-08-08", "Government regains territory")]


def test_a_pistol_seized_and_a_man_captured_take_no_town(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen shot dead a policeman in Quetta on Monday. Police later seized a pistol and captured Abdul Karim, "
            "a suspect, near the scene.")
    inc = only(run(text, published="2023-08-22"))
    assert inc.sub_event_type not in {"Non-state actor overtakes territory", "Government regains territory"}


def test_fighters_who_rounded_up_villagers_and_killed_are_the_attack(run) -> None:  # type: ignore[no-untyped-def]
    text = ("When fighters walked into Nacate, a farming village in Mozambique's Macomia district, early last Wednesday, "
            "they did not come to hold it. According to residents who fled, a group of about 15 men rounded up people "
            "near the market, beheaded three men and shot dead a woman. They were gone before the army patrol from "
            "Macomia arrived.")
    inc = only(run(text, published="2023-08-22"))
    assert inc.date == "2023-08-16"  # the day the scene's clause tells
    assert inc.fatalities.best == 4  # the 15 men were the attackers
    assert inc.location.city == "Nacate"  # not the town the patrol came from


def test_an_official_the_group_says_it_aimed_at_makes_an_assassination(run) -> None:  # type: ignore[no-untyped-def]
    text = ("BELEDWEYNE, Somalia, June 19 - The regional security minister was among 25 people killed when a suicide "
            "bomber rammed a car packed with explosives into a hotel in Beledweyne on Thursday.\n\n"
            "Al Shabaab said it carried out the attack and that the minister had been its target.\n\n"
            "In Mogadishu, a mortar shell hit a market on Thursday, killing four people.")
    incs = run(text, published="2009-06-19").incidents
    assert [i.attack_type for i in incs] == ["Assassination", "Bombing/Explosion"]  # only the event aimed at him
    assert incs[0].target.type == "Government (General)"
    assert incs[0].suicide


def test_people_killed_at_a_cathedral_or_monastery_target_it(run) -> None:  # type: ignore[no-untyped-def]
    text = ("An air strike on a Buddhist monastery sheltering displaced villagers near Shwebo, Myanmar, killed 24 people on "
            "Sunday, residents said.")
    inc = only(run(text, published="2024-02-12"))
    assert inc.target.type == "Religious Figures/Institutions"


def test_a_monastery_school_is_a_school(run) -> None:  # type: ignore[no-untyped-def]
    text = "Helicopters opened fire on a monastery school in Let Yet Kone village, Myanmar, on Friday, killing 11 children."
    inc = only(run(text, published="2022-09-17"))
    assert inc.target.type == "Educational Institution"


@pytest.mark.parametrize("told", [
    "The man who died in an explosion in the city centre on Saturday was carrying several pipe bombs, and police "
    "believe he set off one of the devices himself.",
    "A boat laden with explosives rammed the tanker off the port on Saturday, killing a crew member and the bomber.",
])
def test_the_bomber_who_died_by_his_own_device_is_a_suicide_attack(run, told: str) -> None:  # type: ignore[no-untyped-def]
    inc = only(run(told, published="2010-12-12"))
    assert inc.suicide and inc.sub_event_type == "Suicide bomb"
    assert inc.fatalities.best is not None and inc.fatalities.best >= 1


def test_gunmen_who_seized_staff_members_took_hostages(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Unidentified gunmen seized two Sudanese staff members of an international aid agency on Saturday as they "
            "drove back to Kutum in North Darfur, the agency said. They were released unhurt on Sunday evening.")
    inc = only(run(text, published="2008-05-13"))
    assert (inc.attack_type, inc.sub_event_type) == ("Hostage Taking (Kidnapping)", "Abduction/forced disappearance")


def test_a_truck_bomb_driven_into_a_gate_whose_driver_died_with_them(run) -> None:  # type: ignore[no-untyped-def]
    text = ("The checkpoint stands a few kilometres from a compound where, on Dec. 12, a bomber drove a truck full of "
            "explosives into the gate of a building used by army troops near Tank. Twenty-three soldiers were killed "
            "in that attack, and the driver died with them.")
    inc = only(run(text, published="2023-12-20"))
    assert (inc.date, inc.suicide, inc.fatalities.best) == ("2023-12-12", True, 24)


def test_a_scene_set_two_sentences_before_the_deed(run) -> None:  # type: ignore[no-untyped-def]
    text = ("OPINION\n\nPublished 3 May 2024\n\n"
            "Six years ago, on 2 May 2018, two men walked into the headquarters of the electoral commission in "
            "Tripoli. They were wearing explosive belts and carrying rifles. By the time they blew themselves up, they "
            "had shot dead 12 members of staff. The Islamic State group claimed the attack within hours.")
    inc = only(run(text, published="2024-05-03"))
    assert (inc.date, inc.location.city, inc.background) == ("2018-05-02", "Tripoli", True)


def test_the_drones_of_the_first_blast_and_witnesses_who_saw_the_bodies(run) -> None:  # type: ignore[no-untyped-def]
    text = ("On Sunday afternoon, residents of Ye-U, a market town in Myanmar's Sagaing Region, heard the buzz of small "
            "aircraft a few seconds before the first blast. Two commercial drones, each modified to drop a mortar "
            "round, had been flown over the town's police station. Three policemen were killed and two were wounded, "
            "according to a statement from the local People's Defence Force. Two residents reached by phone said they "
            "had seen the bodies carried out.")
    inc = only(run(text, published="2023-07-12"))
    assert (inc.sub_event_type, inc.fatalities.best, inc.injuries.best) == ("Air/drone strike", 3, 2)


def test_residents_returning_to_find_roofs_burned_is_the_aftermath(run) -> None:  # type: ignore[no-untyped-def]
    text = ("KUMANOVO, Macedonia, May 12, 2015 - Residents of Divo Naselje began returning to their homes on Monday to "
            "find roofs burned and walls pocked by bullets, after a weekend of fighting between police and an armed "
            "group that left 22 people dead in this neighbourhood of Kumanovo.\n\n"
            "Eight police officers and 14 gunmen were killed in the clashes on Saturday and Sunday, the interior "
            "ministry said.")
    inc = only(run(text, published="2015-05-12"))
    assert (inc.date, inc.fatalities.best) == ("2015-05-09", 22)



def test_a_police_search_of_addresses_is_no_attack(run) -> None:  # type: ignore[no-untyped-def]
    text = ("ISTANBUL (Agency) - Turkish police detained 25 people suspected of links to Islamic State in dawn raids "
            "across Istanbul on Thursday, state media reported.\n\n"
            "Counter-terrorism teams raided addresses in 11 districts of the city, seizing weapons, digital material "
            "and documents, the prosecutor's office said in a statement. It said the suspects had been gathering "
            "information on churches.")
    assert not run(text, published="2021-12-30").incidents


def test_a_minute_of_silence_for_the_dead_is_no_attack(run) -> None:  # type: ignore[no-untyped-def]
    text = ("COLOMBO, April 21 (Wire) - Sri Lanka marked five years since the Easter Sunday bombings on Sunday.\n\n"
            "Bells rang and worshippers observed two minutes of silence at St. Anthony's Shrine in Colombo, one of "
            "three churches attacked along with three luxury hotels, at the moment the first bomb went off.")
    assert not run(text, published="2024-04-21").incidents
