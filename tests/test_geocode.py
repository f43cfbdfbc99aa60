"""Toponyms in context: cue words set the precision, and no precision is invented."""

from __future__ import annotations

import pytest

from conftest import only


def loc(run, text: str):  # type: ignore[no-untyped-def]
    ex = run(text, published="2024-05-20")
    assert len(ex.incidents) == 1, [i.summary for i in ex.incidents]
    return ex.incidents[0].location


@pytest.mark.parametrize(
    "text, name, precision",
    [
        ("A bomb exploded in a market in Peshawar on Monday, killing three people.", "Peshawar", "city"),
        ("Gunmen killed two farmers on the outskirts of Kaduna on Monday.", "Kaduna", "near"),
        ("A roadside bomb killed four soldiers near Mandera on Monday.", "Mandera", "near"),
        ("A suicide bomber killed five people near Jinnah International Airport on Monday.",
         "Jinnah International Airport", "near"),
        ("Militants attacked a police post in Balochistan province on Monday, killing two policemen.",
         "Balochistan", "province"),
        ("Militants attacked a checkpoint in Bajaur Agency on Monday, killing two soldiers.",
         "Bajaur Agency", "district"),
        ("A bomb killed three people in Peshawar district on Monday.", "Peshawar", "district"),
        ("Troops killed four militants in the Tirah Valley on Monday.", "Tirah Valley", "district"),
    ],
)
def test_precision_follows_the_words(run, text: str, name: str, precision: str) -> None:  # type: ignore[no-untyped-def]
    place = loc(run, text)
    assert (place.name, place.precision) == (name, precision)


def test_a_province_only_report_is_placed_at_the_province(run) -> None:  # type: ignore[no-untyped-def]
    place = loc(run, "Militants attacked a police post in Balochistan province on Monday, killing two policemen.")
    assert place.city is None and place.admin1 == "Balochistan" and place.country_code == "PK"


def test_between_two_towns_is_their_midpoint(run) -> None:  # type: ignore[no-untyped-def]
    place = loc(run, "Gunmen ambushed a bus on the highway between Kaduna and Zaria on Monday, killing six passengers.")
    assert place.precision == "near" and place.name == "between Kaduna and Zaria"
    # the town named first is the road's town, as coders name the nearest settlement
    assert place.country_code == "NG" and place.city == "Kaduna"
    assert place.lat is not None and 10.5 < place.lat < 11.1


def test_an_outlet_is_not_a_place(run) -> None:  # type: ignore[no-untyped-def]
    place = loc(run, "A missile struck a petrol station in Marib on Monday, killing four people, Saba news agency said.")
    assert place.country_code == "YE"


@pytest.mark.parametrize(
    "description, admin1, admin2",
    [
        ("Torghandi, Bajaur agency", "Khyber Pakhtunkhwa", "Bajaur Agency"),  # unknown village: its district
        ("Khar, Bajaur agency", "Khyber Pakhtunkhwa", "Bajaur Agency"),  # the Khar inside the named district
        ("Mir Ali town, North Waziristan", "Khyber Pakhtunkhwa", "North Waziristan District"),
        ("Safi tehsil", None, None),  # only a Moroccan Safi is known: no place rather than another country
    ],
)
def test_a_place_description_is_read_inside_the_units_it_names(description: str, admin1, admin2) -> None:  # type: ignore[no-untyped-def]
    from sitrep.resolve.gazetteer import default_gazetteer
    from sitrep.resolve.geocode import Geocoder, geocode_phrase

    place = geocode_phrase(Geocoder(default_gazetteer()), description, "PK")
    assert (place.admin1 if place else None) == admin1
    assert (place.admin2 if place else None) == admin2


def test_a_district_in_another_province_gives_way_to_the_named_province(run) -> None:  # type: ignore[no-untyped-def]
    place = loc(run, "Taliban fighters attacked Camp Shorabak in Helmand Province on Friday, killing 23 soldiers.")
    assert place.admin1 == "Helmand" and place.precision == "province"


def test_a_neighbourhood_is_not_a_namesake_town_abroad(run) -> None:  # type: ignore[no-untyped-def]
    # there is a San Joaquin in California; "the San Joaquin neighbourhood" of a Salvadoran report is not it
    ex = run("SAN SALVADOR, Nov 11 (Radio) - Rebels attacked the National Guard barracks in the San Joaquin "
             "neighbourhood tonight, killing two guardsmen. The United States embassy was closed.",
             published="1989-11-11")
    assert [i.location.country_code for i in ex.incidents] == ["SV"]


def test_all_capitals_common_words_are_not_small_towns_abroad(run) -> None:  # type: ignore[no-untyped-def]
    # in telex capitals "EARLY" and "LEADER" look like names, and the report names the United States
    ex = run("SAN SALVADOR, 12 NOV 89 (RADIO) -- [TEXT] EARLY THIS MORNING URBAN COMMANDOS ATTACKED A POLICE "
             "POST, KILLING THREE POLICEMEN, A REBEL LEADER SAID.  THE UNITED STATES EMBASSY CONDEMNED THE ATTACK.",
             published="1989-11-12")
    assert [i.location.country_code for i in ex.incidents] == ["SV"]
    assert ex.incidents[0].location.city == "San Salvador"


def test_the_target_of_an_attack_is_an_event(run) -> None:  # type: ignore[no-untyped-def]
    ex = run("SAN SALVADOR, Nov 11 (Radio) - The presidential residence was the target of an attack tonight, "
             "officials said.", published="1989-11-11")
    assert len(ex.incidents) == 1 and ex.incidents[0].date == "1989-11-11"
    assert ex.incidents[0].location.city == "San Salvador"


@pytest.mark.parametrize(
    "text, city, admin",
    [
        # villages no gazetteer carries, named as such inside a unit or beside a town it does carry
        ("Gunmen killed five people in the village of Kouloungou, in Kpendjal prefecture, on Sunday.",
         "Kouloungou", "Savanes"),
        ("Jihadists killed nine people on Sunday in Tangaye-Peulh, a village in the commune of Pissila.",
         "Tangaye-Peulh", "Centre-Nord"),
        ("A bomb killed three traders at the market in Mabass, Mayo-Tsanaga department, on Sunday.",
         "Mabass", "Far North"),
    ],
)
def test_a_named_village_is_the_city(run, text: str, city: str, admin: str) -> None:  # type: ignore[no-untyped-def]
    place = loc(run, text)
    assert place.city == city and place.admin1 == admin


def test_one_small_town_abroad_does_not_pull_the_report_away(run) -> None:  # type: ignore[no-untyped-def]
    # "Karari" is also a town in India; here it is a district of Omdurman
    place = loc(run, "PORT SUDAN, June 10 (Agency) - Shells hit a market in the Karari district of Omdurman on "
                     "Sunday, killing 19 people, Sudanese health officials said.")
    assert (place.country_code, place.city) == ("SD", "Omdurman")


def test_a_place_spelled_otherwise_is_kept_beside_a_small_town_abroad(run) -> None:  # type: ignore[no-untyped-def]
    # "Rajouri" is GeoNames' "Rajauri"; one small Pakistani town named later must not veto it
    ex = run("Militants ambushed an army truck near Rajouri on Tuesday, killing three soldiers. Last year militants "
             "fired on a bus near Bhata, officials said.", published="2024-08-14")
    assert ex.incidents[0].location.admin1 == "Kashmir"


def test_a_word_of_a_persons_name_is_no_town(run) -> None:  # type: ignore[no-untyped-def]
    place = loc(run, "Gunmen shot dead Abdullahi Hassan Gedi, a regional lawmaker, outside a mosque in Jowhar on "
                     "Sunday, police said.")
    assert (place.country_code, place.admin1) == ("SO", "Middle Shabele")


def test_a_province_header_named_like_its_capital_gives_way_to_the_town(run) -> None:  # type: ignore[no-untyped-def]
    place = loc(run, "MEXICO - Guanajuato: Gunmen stormed a bar in the centre of Salamanca late on Saturday, killing "
                     "seven people.")
    assert (place.city, place.admin1) == ("Salamanca", "Guanajuato")


def test_a_district_name_shared_by_two_states_takes_the_state_the_text_names(run) -> None:  # type: ignore[no-untyped-def]
    # India has a Bijapur district in Karnataka and another in Chhattisgarh: the district's name alone
    # is no hint, the state named in the report is
    text = ("Maoists killed two villagers they accused of being police informers in Bijapur on Monday night, "
            "police said. Chhattisgarh has seen a rise in such killings this year.")
    place = loc(run, text)
    assert (place.admin1, place.city) == ("Chhattisgarh", "Bījāpur")


def test_village_known_only_abroad_is_not_taken_beside_a_province_named(run) -> None:  # type: ignore[no-untyped-def]
    # a Largu lies in Romania; this one is a displacement site in Ituri, which the sentence names
    text = ("Armed men attacked the displacement site at Largu, in the Djugu territory of Ituri province, "
            "on Tuesday, killing 14 people.")
    place = loc(run, text)
    assert place.country_code == "CD"
    assert place.admin1 == "Ituri"


def test_a_units_part_named_by_a_word_for_it_is_in_that_unit() -> None:
    from sitrep.resolve.gazetteer import default_gazetteer
    from sitrep.resolve.geocode import Geocoder, geocode_phrase

    place = geocode_phrase(Geocoder(default_gazetteer()), "Upper Orakzai Agency", "PK")
    assert place is not None and place.admin1 == "Khyber Pakhtunkhwa"


def test_where_flights_were_diverted_to_is_no_scene(run) -> None:  # type: ignore[no-untyped-def]
    place = loc(run, "Heavy fighting broke out between two militias around Mitiga airport in Tripoli on Tuesday, "
                     "killing at least eight civilians. Flights at Mitiga were diverted to Misrata.")
    assert place.city == "Tripoli"


def test_a_city_that_names_a_building_abroad_is_no_scene(run) -> None:  # type: ignore[no-untyped-def]
    text = ("ISTANBUL - Two gunmen opened fire in the Santa Maria church in the Sariyer district on Sunday, killing "
            "one man, the governor's office said.")
    inc = only(run(text, published="2024-01-30"))
    assert inc.location.country_code == "TR"  # not Santa Maria in Brazil


def test_where_a_spokesman_told_reporters_is_no_scene(run) -> None:  # type: ignore[no-untyped-def]
    text = ("PEMBA, April 1 - The number of people killed in last week's insurgent assault on the town of Palma has "
            "climbed to 55, officials said.\n\nOn Sunday, a defence ministry spokesman told reporters in Maputo that "
            "dozens of people had been killed.")
    inc = only(run(text, published="2021-04-01"))
    assert inc.location.city == "Palma"


def test_the_country_a_place_borders_is_not_where_it_lies(run) -> None:  # type: ignore[no-untyped-def]
    text = ("RIYADH, Sept 14 - Drones struck oil facilities in Abqaiq in Saudi Arabia's Eastern Province on Saturday. "
            "On 17 August, drones struck the Shaybah gas facility near the border with the UAE, causing a fire but no "
            "injuries.")
    found = run(text, published="2019-09-14")
    assert {i.location.country_code for i in found.incidents} == {"SA"}


def test_the_capital_named_by_its_people_is_the_capital(run) -> None:  # type: ignore[no-untyped-def]
    text = ("The number of people killed in Saturday's double car bombing at a busy junction in the Somali capital has "
            "risen to 121, the health minister said on Monday.")
    inc = only(run(text, published="2022-10-31"))
    assert (inc.location.country_code, inc.location.city) == ("SO", "Mogadishu")  # not Ethiopia's Somali Region
    # the capital named after it is read as itself
    inc = only(run("A bomb exploded in the Afghan capital, Kabul, on Monday, killing four people.", published="2024-05-07"))
    assert inc.location.city == "Kabul"


def test_the_province_the_headline_names_settles_a_town_the_body_names_alone(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Office of the Superintendent of Police, District Bijapur (C.G.)\n\n"
            "Maoists opened fire on the security forces near village Pidia under police station Gangaloor in "
            "Bijapur on 11.06.2025, killing a jawan.")
    assert loc(run, text).admin1 == "Chhattisgarh"  # not the Bijapur (Vijayapura) of Karnataka


def test_names_with_the_arabic_article_and_units_named_after_a_township(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Weekly digest, 20 November 2023.\n\n"
            "15/11 - A roadside IED struck an army vehicle near al-Shoula on the Deir ez-Zor–Palmyra highway (Deir ez-Zor "
            "governorate), killing four soldiers.")
    assert loc(run, text).admin1 == "Deir ez-Zor"  # not Palmyra in Homs, nor Palmyra in Pennsylvania
    text = ("Weekly digest, 20 November 2023.\n\n"
            "A military aircraft bombed Ywar Thit village in Kani township, Sagaing region, shortly after midnight on "
            "Friday, killing nine villagers.")
    where = loc(run, text)
    assert (where.country_code, where.admin1) == ("MM", "Sagaing")  # Kani in Japan is no township of Sagaing


def test_a_province_in_brackets_after_a_country_is_the_province(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Regional roundup, 15 September 2022.\n\n"
            "SYRIA (Deir ez-Zor) - Gunmen shot dead a man in the town of al-Shuhayl, on the east bank of the Euphrates, "
            "on Tuesday night.")
    where = loc(run, text)
    assert where.admin1 == "Deir ez-Zor" and where.city != "Deir ez-Zor"


def test_this_city_and_the_citys_market_are_the_datelines_town(run) -> None:  # type: ignore[no-untyped-def]
    text = ("PESHAWAR, Pakistan, Oct. 28 (wire) -- A car bomb blew up in a crowded bazaar in the heart of this "
            "northwestern city on Wednesday, killing at least 91 people. No one claimed it. The minister said the "
            "Taliban wanted revenge for an army offensive against their strongholds in South Waziristan.")
    assert loc(run, text).city == "Peshawar"
    text = "PESHAWAR, Pakistan, Oct. 10 (wire) -- A car bomb in the city's Khyber Bazaar killed 49 people on Friday."
    assert loc(run, text).city == "Peshawar"  # not the Khyber district


def test_common_words_cars_streets_and_hospital_lists_are_no_scenes(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Sunday August 16, 1998\n\n"
            "Twenty-eight people were killed when a car bomb exploded in Market Street in Omagh on Saturday afternoon. "
            "More than 200 people were injured, and the injured were ferried to hospitals in Belfast, Enniskillen and "
            "Derry. The bomb, packed into a maroon Vauxhall Cavalier, went off at around 3.10pm.")
    where = loc(run, text)
    assert (where.country_code, where.city) == ("GB", "Omagh")  # not Morez ("More"), Vauxhall, Cavalier or Enniskillen


def test_a_strike_on_the_city_is_in_the_town_named_just_before(run) -> None:  # type: ignore[no-untyped-def]
    text = ("BAKU, Oct 17 - A missile slammed into a residential district of Ganja early on Saturday, killing 13 "
            "civilians, officials said.\n\nGanja, which lies far from the front line, has been hit several times since "
            "the fighting began. Last Sunday, a strike on the city destroyed an apartment block and killed 10 people, an "
            "attack that Baku also blamed on the Armenian military.")
    incidents = run(text, published="2020-10-17").incidents
    assert [i.location.city for i in incidents] == ["Ganja", "Ganja"]


def test_a_neighbourhood_named_for_a_foreign_town_and_the_country_the_gunmen_came_from(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Residents of Divo Naselje began returning home on Monday after fighting between police and an armed group "
            "that left 22 people dead in this neighbourhood of Kumanovo, in Macedonia. Police said the group had entered "
            "the country from Kosovo. NATO urged calm.")
    inc = run(text, published="2015-05-11").incidents[0]
    assert (inc.location.country_code, inc.location.city) == ("MK", "Kumanovo")


def test_an_unlisted_town_takes_the_one_province_named_and_a_capital_that_denies_is_no_scene(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Air strikes on Idlib market kill 31, monitor says\n\n"
            "[Image: Rescuers search the rubble of the market in Maaret al-Numan, Idlib province.]\n\n"
            "Air strikes on a busy vegetable market in the rebel-held town of Maaret al-Numan in northwest Syria killed "
            "at least 31 civilians on Monday, a war monitor said. In a separate raid on Monday, a strike hit a house in "
            "the village of Maarshurin, killing a woman and her three children. Damascus and its ally Moscow deny "
            "targeting civilians.")
    incidents = run(text, published="2019-07-22").incidents
    # (Maaret al-Numan is GeoNames' Ma'arrat an Nu'man, found by its consonants; Maarshurin is listed nowhere)
    assert [(i.location.city, i.location.admin1) for i in incidents] == [("Ma‘arrat an Nu‘mān", "Idlib"),
                                                                          ("Maarshurin", "Idlib")]


def test_a_street_named_after_a_town_in_lower_case_is_no_town(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Kharkiv, Tuesday 24 February 2015\n\nA boy wounded in Sunday's bomb attack on a march in Kharkiv died in "
            "hospital overnight, raising the number of dead to four. The device went off on Sumska street, near the "
            "Palace of Sport, on Sunday. Of the ten people wounded, nine remain in hospital.")
    inc = only(run(text, published="2015-02-24"))
    assert (inc.location.city, inc.fatalities.best, inc.injuries.best) == ("Kharkiv", 4, 10)


def test_where_victims_families_came_from_is_not_the_scene(run) -> None:  # type: ignore[no-untyped-def]
    text = ("BERLIN, 21 February 2020 - A gunman shot dead nine people at two bars in Hanau on Wednesday night, "
            "most of them with family roots in Turkey, Kosovo, Bosnia, Romania and elsewhere.")
    inc = only(run(text, published="2020-02-21"))
    assert (inc.location.country_code, inc.location.city) == ("DE", "Hanau am Main")


def test_a_header_naming_the_country_points_to_it(run) -> None:  # type: ignore[no-untyped-def]
    text = ("CLAIMS MONITOR - MYANMAR\nThursday, 24 November 2022\n\n"
            "The People's Defence Force said on Tuesday that its drone unit dropped four bombs on the police station "
            "in Kani town on Monday afternoon, killing three police officers.")
    inc = only(run(text, published="2022-11-24"))
    # Kani in Sagaing is in no GeoNames file on PyPI: the town stays unplaced rather than Kani in Gifu, Japan
    assert inc.location.country_code != "JP" and inc.location.admin1 != "Gifu"
