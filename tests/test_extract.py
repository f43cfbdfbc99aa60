"""Behaviour of the rule extractor on short reports written for these tests."""

from __future__ import annotations

import pytest

from conftest import only


def test_wire_report_fields(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Blast kills five in Peshawar market\n\n"
        "PESHAWAR, Pakistan (Agency) — A remote-controlled bomb hidden in a motorcycle exploded in a crowded "
        "market in Peshawar on Tuesday, killing five civilians and wounding 17 others, police said.\n\n"
        "The banned Tehrik-i-Taliban Pakistan (TTP) claimed responsibility for the bombing."
    )
    inc = only(run(text, published="2024-05-16"))
    assert inc.date == "2024-05-14" and inc.date_precision == "day"
    assert inc.location.city == "Peshawar"
    assert inc.location.admin1 == "Khyber Pakhtunkhwa"
    assert inc.location.country_code == "PK"
    assert inc.attack_type == "Bombing/Explosion"
    assert inc.sub_event_type == "Remote explosive/landmine/IED"
    assert inc.suicide is False
    assert (inc.fatalities.best, inc.fatalities.civilians) == (5, 5)
    assert inc.injuries.best == 17
    assert inc.perpetrator.name == "Tehrik-i-Taliban Pakistan"
    assert inc.perpetrator.claimed is True


def test_no_group_claimed_gives_false_and_no_perpetrator(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen opened fire on a bus near Maiduguri on Friday, killing three passengers, officials said. "
            "No group has claimed responsibility for the attack.")
    inc = only(run(text, published="2024-02-10"))
    assert inc.perpetrator.name is None
    assert inc.perpetrator.claimed is False


def test_suspected_is_not_claimed(run) -> None:  # type: ignore[no-untyped-def]
    text = ("A roadside bomb struck a police vehicle in Mandera on Monday, killing two officers. "
            "Police suspect al-Shabaab fighters planted the device.")
    inc = only(run(text, published="2024-06-12"))
    assert inc.perpetrator.name == "al-Shabaab"
    assert inc.perpetrator.claimed is False


def test_sum_across_clauses(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen ambushed the car of a local councillor in Kaduna on Sunday. "
            "The councillor and two other passengers were killed, police said.")
    inc = only(run(text, published="2024-03-12"))
    assert inc.fatalities.best == 3


def test_attackers_count_in_best_and_militants(run) -> None:  # type: ignore[no-untyped-def]
    text = ("A suicide bomber blew himself up at a checkpoint in Kabul on Saturday, killing four people "
            "including the bomber, officials said.")
    inc = only(run(text, published="2024-04-07"))
    assert inc.suicide is True
    assert inc.sub_event_type == "Suicide bomb"
    assert inc.fatalities.best == 4
    assert inc.fatalities.militants == 1


def test_bomber_added_when_named_apart(run) -> None:  # type: ignore[no-untyped-def]
    text = ("A suicide bomber blew himself up at a market in Quetta on Saturday, killing six people and the bomber.")
    inc = only(run(text, published="2024-04-07"))
    assert inc.fatalities.best == 7
    assert inc.fatalities.militants == 1


def test_vague_tolls_are_ranges(run) -> None:  # type: ignore[no-untyped-def]
    text = ("At least 12 people were killed and dozens were injured when a car bomb exploded outside "
            "a hotel in Mogadishu on Thursday.")
    inc = only(run(text, published="2024-08-03"))
    assert (inc.fatalities.best, inc.fatalities.low, inc.fatalities.high) == (12, 12, None)
    assert inc.injuries.best is None and inc.injuries.low == 24


def test_no_casualties_gives_zero(run) -> None:  # type: ignore[no-untyped-def]
    text = ("An explosive device went off near a mobile phone tower in Bannu on Wednesday. "
            "No casualties were reported.")
    inc = only(run(text, published="2024-07-12"))
    assert inc.fatalities.best == 0
    assert inc.injuries.best == 0


def test_kidnapping(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Armed men abducted 14 passengers from a bus on the outskirts of Kaduna on Sunday, police said.")
    inc = only(run(text, published="2024-02-27"))
    assert inc.attack_type == "Hostage Taking (Kidnapping)"
    assert inc.sub_event_type == "Abduction/forced disappearance"


def test_grenade_is_bombing(run) -> None:  # type: ignore[no-untyped-def]
    text = "Militants hurled a grenade at a police checkpost in Bannu on Monday, injuring two constables."
    inc = only(run(text, published="2024-08-06"))
    assert inc.attack_type == "Bombing/Explosion"
    assert inc.sub_event_type == "Grenade"
    assert inc.target.type == "Police"
    assert inc.injuries.best == 2


def test_named_official_shot_is_assassination(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen on a motorcycle shot dead deputy commissioner Ahmed Raza Khan in Dera Ismail Khan on Friday, "
            "police said.")
    inc = only(run(text, published="2024-03-16"))
    assert inc.attack_type == "Assassination"
    assert inc.target.type == "Government (General)"


def test_defused_bomb_is_disrupted_weapons_use(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Police defused a bomb planted under a bridge in Diyarbakir on Tuesday, officials said.")
    inc = only(run(text, published="2024-10-30"))
    assert inc.sub_event_type == "Disrupted weapons use"


@pytest.mark.parametrize(
    "text",
    [
        "The militant group vowed to attack government buildings in Peshawar next week.",
        "Officials feared a blast could hit the rally in Lahore on Friday.",
        "Police said no blast occurred at the Karachi airport on Monday despite the warning.",
        "Terrorism is a common enemy of mankind, the minister said in Beijing on Monday.",
        "Insurgents have frequently attacked convoys in the region in recent years.",
    ],
)
def test_threats_negations_and_generic_text_are_not_incidents(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert run(text, published="2024-05-01").incidents == ()


def test_statistic_is_not_an_incident(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Nigeria recorded 1,204 attacks in 2023, which killed 3,150 people, according to data from "
            "the West Africa Conflict Observatory.")
    ex = run(text, published="2024-01-20")
    assert ex.incidents == ()
    by_measure = {s.measure: s for s in ex.statistics}
    assert by_measure["attacks"].value == 1204
    assert by_measure["deaths"].value == 3150
    assert by_measure["attacks"].period_start == "2023-01-01"
    assert by_measure["attacks"].period_end == "2023-12-31"
    assert by_measure["attacks"].source == "West Africa Conflict Observatory"


def test_two_incidents_and_one_mention_merged(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A bomb exploded at a bus terminal in Quetta on 3 March 2024, killing four people.\n\n"
        "In a separate attack, gunmen killed two soldiers at a checkpoint near Turbat on 5 March 2024.\n\n"
        "The Quetta blast on 3 March 2024 was the deadliest this month."
    )
    ex = run(text, published="2024-03-06")
    dates = sorted((i.date, i.location.city) for i in ex.incidents)
    assert dates == [("2024-03-03", "Quetta"), ("2024-03-05", "Turbat")]


def test_statement_merges_quotes_of_one_speaker(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“We will protect our citizens abroad,” said Interior Ministry spokesperson Amina Yusuf at a press "
        "conference in Abuja on Tuesday.\n\n"
        "“The attackers will be found,” Amina Yusuf added."
    )
    ex = run(text, published="2024-10-10")
    assert len(ex.statements) == 1
    st = ex.statements[0]
    assert (st.speaker, st.role, st.organization) == ("Amina Yusuf", "spokesperson", "Interior Ministry")
    assert st.location == "Abuja"
    assert st.date == "2024-10-08"
    assert ex.document.text[st.start : st.end] == st.text


def test_every_value_has_evidence_in_reporting(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Bomb kills 3 in Kabul\n\nPhoto: Agency\n\n"
        "A roadside bomb killed three soldiers in Kabul on Monday, officials said. "
        "Islamic State Khorasan Province claimed responsibility.\n\n#Kabul #Blast"
    )
    ex = run(text, published="2024-06-04")
    inc = only(ex)
    fields = {e.field for e in inc.evidence}
    for name in ("date", "location", "attack_type", "event_type", "perpetrator", "perpetrator.claimed", "fatalities"):
        assert name in fields, name
    for e in inc.evidence:
        assert ex.document.text[e.start : e.end] == e.text
        assert ex.document.in_reporting(e.start, e.end), e


def test_non_english_is_stored_not_extracted(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Au moins douze personnes ont été tuées dans une attaque contre un marché de Gao, "
            "a indiqué la police dans un communiqué publié mardi.")
    ex = run(text, published="2024-05-01")
    assert ex.document.language == "fr"
    assert ex.incidents == ()


def test_claimant_outside_the_dictionary(run) -> None:  # type: ignore[no-untyped-def]
    text = ("A group calling itself \"Red Dawn Cell\" has claimed responsibility for an arson attack that "
            "destroyed a telecom mast in Lyon early on Wednesday, police said.")
    inc = only(run(text, published="2024-10-10"))
    assert inc.perpetrator.name == "Red Dawn Cell" and inc.perpetrator.claimed is True
    assert inc.attack_type == "Facility/Infrastructure Attack"
    assert inc.target.type == "Telecommunication"


def test_wounded_only_means_no_deaths(run) -> None:  # type: ignore[no-untyped-def]
    text = "An unknown assailant threw a grenade at a party office in Tripoli on Monday, wounding three people."
    inc = only(run(text, published="2024-06-11"))
    assert inc.injuries.best == 3
    assert inc.fatalities.best == 0
    assert any(e.field == "fatalities" for e in inc.evidence)


def test_claim_sentence_joins_its_incident(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Militants stormed a hotel in Wajir on Saturday night, killing eight people, police said.\n\n"
            "Residents described hours of gunfire.\n\n"
            "Al-Shabaab claimed responsibility for the attack on Sunday morning.")
    inc = only(run(text, published="2025-06-09"))
    assert inc.perpetrator.name == "al-Shabaab" and inc.perpetrator.claimed is True
