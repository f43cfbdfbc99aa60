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
