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


def test_a_group_is_named_with_or_without_its_accents_and_offsets_stay_the_texts() -> None:
    from sitrep.extract.actors import find_actors

    text = "Pamphlets signed by the Weichán Auka Mapu were left at the site; the Weichan Auka Mapu denied it."
    found = find_actors(text)
    assert [a.actor.name for a in found] == ["Weichan Auka Mapu", "Weichan Auka Mapu"]
    assert [text[a.start:a.end] for a in found] == ["Weichán Auka Mapu", "Weichan Auka Mapu"]


def test_a_countrys_forces_by_the_common_words_for_them() -> None:
    from sitrep.extract.actors import find_actors

    for words, name in (("the Malian military", "Malian Armed Forces"), ("Kenyan forces", "Kenya Defence Forces"),
                        ("Mozambican troops", "Mozambique Defence Armed Forces")):
        assert [a.actor.name for a in find_actors(f"A patrol of {words} was ambushed.")] == [name]


def test_government_forces_that_shelled_a_town_are_the_countrys_forces(run) -> None:  # type: ignore[no-untyped-def]
    text = ("IDLIB, Syria, 4 May 2024 - Government forces shelled the market of Ariha with artillery and rockets on "
            "Friday morning, killing three civilians and wounding seven, the civil defence said.\n")
    inc = only(run(text, published="2024-05-04"))
    assert inc.perpetrator.name == "Syrian government forces"
    assert inc.perpetrator.claimed is not True


def test_he_was_shot_dead_after_a_clause_counts_one_death_but_not_the_attacker_shot_by_police() -> None:
    from sitrep.config import load_settings
    from sitrep.extract.casualties import find_casualties

    settings = load_settings().extract
    text = ("On Tuesday evening, two days after he had told parents that classes would start again, he was shot dead "
            "outside his home.")
    assert [(c.kind, c.count.best) for c in find_casualties(text, 0, len(text), settings)] == [("killed", 1)]
    text = "The gunman fired on tourists for half an hour; he was shot dead by police on the beach."
    assert [c for c in find_casualties(text, 0, len(text), settings) if c.count.text.lower() == "he"] == []


def test_he_sustained_injuries_is_one_wounded() -> None:
    from sitrep.config import load_settings
    from sitrep.extract.casualties import find_casualties

    text = "A detective was shot several times in a car park on Wednesday evening. He sustained life-changing injuries."
    found = [(c.kind, c.count.best) for c in find_casualties(text, 0, len(text), load_settings().extract)]
    assert ("injured", 1) in found
    assert not any(k == "killed" for k, _ in found)


def test_the_group_blamed_for_an_earlier_bombing_is_the_one_just_named(run) -> None:  # type: ignore[no-untyped-def]
    text = ("HAKKARI, Turkey, 21 August 2023 - Militants attacked a checkpoint outside Yüksekova on Sunday night, "
            "killing four soldiers. The Interior Ministry blamed the Kurdistan Workers' Party (PKK) for the attack.\n\n"
            "Officials have also blamed the group for the bombing on Istanbul's Istiklal Avenue on 13 November 2022, "
            "which killed six people. The PKK denied any involvement in that attack.\n")
    incs = run(text, published="2023-08-21").incidents
    assert [i.perpetrator.name for i in incs] == ["Kurdistan Workers' Party", "Kurdistan Workers' Party"]
    assert incs[1].perpetrator.claimed is not True
