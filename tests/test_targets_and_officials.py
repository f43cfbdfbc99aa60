"""Who was aimed at: officials named at length, heads of state in the craft that carried them; short reports
written for these tests."""

from __future__ import annotations

from conftest import only


def test_an_official_named_with_a_long_apposition_before_the_shooting_was_assassinated(run) -> None:  # type: ignore[no-untyped-def]
    text = ("SANTA ROSA DE COPAN, 9 March 2025 - Marta Elena Reyes, a municipal councillor in Corquín and a "
            "founding member of the committee opposing a hydroelectric dam on the river, was shot several times "
            "outside her home on Saturday evening. She died on the way to hospital. No arrests were reported.\n")
    inc = only(run(text, published="2025-03-09"))
    assert inc.attack_type == "Assassination"
    assert inc.fatalities.best == 1


def test_gunfire_at_a_helicopter_carrying_a_president_is_an_assassination_attempt(run) -> None:  # type: ignore[no-untyped-def]
    text = ("CUCUTA, Colombia, 26 June 2021 - Gunmen opened fire on a helicopter carrying President Iván Duque "
            "and two of his ministers as it approached Cúcuta airport on Friday afternoon, the defence ministry "
            "said. The aircraft was hit six times but landed safely and no one was hurt.\n")
    inc = only(run(text, published="2021-06-26"))
    assert inc.attack_type == "Assassination"
    assert inc.fatalities.best == 0


def test_a_president_who_speaks_of_an_attack_is_not_its_victim(run) -> None:  # type: ignore[no-untyped-def]
    text = ("N'DJAMENA, 12 May 2025 - Gunmen attacked an army post near the village of Kaiga Kindjiria on "
            "Sunday, killing nine soldiers. After the attack on the post President Mahamat Idriss Deby ordered "
            "reinforcements to the area, his office said.\n")
    inc = only(run(text, published="2025-05-12"))
    assert inc.attack_type == "Armed Assault"
    assert inc.target.type == "Military"
