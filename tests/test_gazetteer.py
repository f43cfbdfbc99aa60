import pytest

from sitrep.resolve.gazetteer import default_gazetteer, name_key


@pytest.mark.parametrize(
    "name, kind, cc, admin1",
    [
        ("Quetta", "city", "PK", "Balochistan"),
        ("Kwatah", "city", "PK", "Balochistan"),
        ("Miranshah", "city", "PK", "Khyber Pakhtunkhwa"),  # former FATA, renamed since 2018
        ("D.I. Khan", "city", "PK", "Khyber Pakhtunkhwa"),
        ("Jinnah International Airport", "landmark", "PK", "Sindh"),
        ("Maiduguri", "city", "NG", "Borno"),
        ("Balochistan", "admin1", "PK", "Balochistan"),
        ("Pakistan", "country", "PK", None),
        # districts (admin2), with and without the word for the unit, on current provinces
        ("North Waziristan", "admin2", "PK", "Khyber Pakhtunkhwa"),
        ("Bajaur Agency", "admin2", "PK", "Khyber Pakhtunkhwa"),
        ("Monguno", "admin2", "NG", "Borno"),
        ("Ituri", "admin1", "CD", "Ituri"),  # a province since 2015, not "Eastern Province"
        ("Bunia", "city", "CD", "Ituri"),
        ("Hebron", "city", "PS", "West Bank"),  # GeoNames' provinces, not ISO's governorates
        ("Mir Ali", "landmark", "PK", "Khyber Pakhtunkhwa"),  # a town we added: GeoNames on PyPI lacks it
    ],
)
def test_lookup(name: str, kind: str, cc: str, admin1: str | None) -> None:
    places = default_gazetteer().lookup(name)
    assert any(p.kind == kind and p.country_code == cc and p.admin1 == admin1 for p in places), places


def test_name_key_folds_accents_and_punctuation() -> None:
    assert name_key("Cúcuta") == name_key("cucuta")
    assert name_key("D.I. Khan") == "d i khan"


def test_demonyms() -> None:
    assert default_gazetteer().demonyms["Chinese"] == "CN"


def test_every_place_carries_its_district() -> None:
    miranshah = next(p for p in default_gazetteer().lookup("Miran Shah") if p.kind == "city")
    assert miranshah.admin2 == "North Waziristan District"


def test_a_district_without_a_listed_town_has_no_invented_point() -> None:
    units = [p for p in default_gazetteer().lookup("Ajristan") if p.kind == "admin2"]
    assert units and all(p.lat is None for p in units)


@pytest.mark.parametrize("word", ["Lake", "Central", "North", "Eastern"])
def test_generic_words_name_no_unit(word: str) -> None:
    assert not [p for p in default_gazetteer().lookup(word) if p.kind in {"admin1", "admin2"} and p.name != word]


def test_units_known_by_their_english_names() -> None:
    from sitrep.resolve.gazetteer import default_gazetteer

    gaz = default_gazetteer()
    for name, cc in (("Districts of Republican Subordination", "TJ"), ("Capital District", "VE")):
        assert any(p.kind == "admin1" and p.country_code == cc for p in gaz.lookup(name)), name


def test_english_names_of_first_level_units() -> None:
    from sitrep.resolve.gazetteer import default_gazetteer
    g = default_gazetteer()
    for english, local, cc in [("Nabatieh Governorate", "An Nabatiyah", "LB"), ("North Governorate", "Ash Shimal", "LB"),
                               ("Aktobe Region", "Aqtobe oblysy", "KZ")]:
        assert any(p.kind == "admin1" and p.name == local and p.country_code == cc for p in g.lookup(english))


@pytest.mark.parametrize("name, local, cc", [("Hodeidah", "Al Hudaydah", "YE"), ("Benghazi", "Banghazi", "LY"),
                                             ("Derna", "Darnah", "LY")])
def test_a_province_named_after_its_seat_takes_the_seats_spellings(name: str, local: str, cc: str) -> None:
    assert any(p.kind == "admin1" and p.name == local and p.country_code == cc
               for p in default_gazetteer().lookup(name))


def test_a_romanisation_written_in_lower_case_names_no_province() -> None:
    # GeoNames lists "media" among the spellings of Médéa: a word of English, not the Algerian province
    assert not [p for p in default_gazetteer().lookup("media") if p.kind == "admin1"]


@pytest.mark.parametrize("spelt, listed", [("Sheikh Zuweid", "Ash Shaykh Zuwayd"), ("Maaret al-Noman", "Ma‘arrat an Nu‘mān"),
                                            ("Khan Sheikhoun", "Khān Shaykhūn")])
def test_an_arabic_name_spelt_otherwise_finds_the_one_place_with_its_consonants(spelt: str, listed: str) -> None:
    places = default_gazetteer().lookup(spelt)
    assert [p.name for p in places if p.kind == "city"] == [listed]


def test_consonants_alone_find_no_name_of_one_word_nor_a_name_elsewhere() -> None:
    gaz = default_gazetteer()
    assert gaz.lookup("Zuweid") == []  # one word: too many names share its letters
    assert gaz.lookup("Shekh Zawad Street") == []  # not a name of the place
