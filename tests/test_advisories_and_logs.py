"""Security advisories and incident logs: their key points, the days of their communiqués; short reports written
for these tests."""

from __future__ import annotations

ADVISORY = """SAHEL RISK ADVISORY | NIGER
Ref: NE-25-011 | Issued: 21 March 2025 | Country risk: HIGH (unchanged)

KEY POINTS
- A roadside bomb on a lorry north of Tillabéri confirms continued use of explosive devices on secondary roads.
We are raising our road travel rating for the region.
- Credible reports of civilian casualties from a drone strike near Abala, in the far west.

INCIDENTS (14-20 March)

15 Mar - Tillabéri region. A lorry carrying onions struck an improvised explosive device on the road north of
Tillabéri. Local sources reported three people killed.

17 Mar - Tahoua region. Armed forces clashed with fighters near Tassara after a patrol came under fire. In a
communiqué on 18 March, the army said it had "neutralised" 9 terrorists.

18 Mar - Tillabéri region. A drone strike hit a water point outside Banibangou, close to the Malian border. Local sources
and a spokesman for a local militia said six civilians were killed.
"""


def test_the_key_points_of_an_advisory_are_no_events_of_their_own(run) -> None:  # type: ignore[no-untyped-def]
    incs = run(ADVISORY, published="2025-03-21").incidents
    assert [i.date for i in incs] == ["2025-03-15", "2025-03-17", "2025-03-18"]  # no undated point above them


def test_the_day_of_a_communique_is_not_the_day_of_the_next_entry(run) -> None:  # type: ignore[no-untyped-def]
    incs = run(ADVISORY, published="2025-03-21").incidents
    clash, strike = incs[1], incs[2]
    assert clash.fatalities.best == 9
    assert strike.fatalities.best == 6  # not the clash's nine added to it


def test_an_incident_logs_dotted_dates_and_cells_head_its_entries(run) -> None:  # type: ignore[no-untyped-def]
    text = ("IRAQ - DAILY INCIDENT LOG\n"
            "03.04.2024 - 05.04.2024 | Compiled 06.04.2024 | Sources: local monitors, media\n\n"
            "03.04.2024 | DIYALA | Muqdadiyah\n"
            "Gunmen opened fire on a checkpoint of the Popular Mobilization Forces at night. 2 fighters killed, "
            "3 injured.\n\n"
            "05.04.2024 | KIRKUK | Hawija\n"
            "A roadside bomb struck an army vehicle on the road west of Hawija. 1 soldier killed.\n")
    incs = run(text, published="2024-04-06").incidents
    assert [(i.date, i.location.admin1) for i in incs] == [("2024-04-03", "Diyala"), ("2024-04-05", "Kirkuk")]
    assert [i.fatalities.best for i in incs] == [2, 1]


def test_a_paragraph_under_this_week_in_brief_is_no_event_of_its_own(run) -> None:  # type: ignore[no-untyped-def]
    text = ("SOUTHERN ZONE: THE WEEK IN REVIEW\n23-29 June 2025\n\n"
            "A weekly round-up of security incidents in the Araucanía and Biobío regions.\n\n"
            "THIS WEEK IN BRIEF\n"
            "Three attacks were recorded in the area under the state of emergency. For the first time in a month, a "
            "Carabineros officer was wounded by gunfire. One of the attacks was claimed by a Mapuche group.\n\n"
            "INCIDENTS\n\n"
            "Monday 23 June - Collipulli (Malleco province, Araucanía)\n"
            "Hooded men set fire to three log trucks at a forestry site.\n\n"
            "Wednesday 25 June - Ercilla (Malleco province, Araucanía)\n"
            "A police patrol came under fire on a rural road. An officer was hit in the arm.\n")
    incs = run(text, published="2025-06-30").incidents
    assert [i.date for i in incs] == ["2025-06-23", "2025-06-25"]


def test_an_attack_said_to_be_highly_likely_is_no_event(run) -> None:  # type: ignore[no-untyped-def]
    text = ("LONDON, 29 March 2023 - The threat level in Northern Ireland from Northern Ireland-related terrorism was "
            "raised from SUBSTANTIAL to SEVERE on Tuesday, meaning that an attack is highly likely.\n")
    assert run(text, published="2023-03-29").incidents == ()


def test_a_timeline_entry_opened_by_its_month_dates_and_places_the_deed_told_after(run) -> None:  # type: ignore[no-untyped-def]
    text = ("TIMELINE: Enga's cycle of tribal killings\n\nPublished 18 November 2025\n\n"
            "14 July 2025 — Gunmen raid a hamlet near Wabag before dawn and kill seven people.\n\n"
            "Early September 2025 — A police mobile squad exchanges fire with clan fighters near Kandep while trying "
            "to enforce a ceasefire. Two fighters are killed and one police officer is wounded.\n\n"
            "January 2026 — Relatives of the dead gather in Wabag. Many say they still do not know how their family "
            "members died.\n")
    incs = run(text, published="2025-11-18").incidents
    assert [(i.date, i.location.city, i.fatalities.best) for i in incs] == [
        ("2025-07-14", "Wabag", 7), ("2025-09-01", "Kandep", 2)]  # the gathering tells no death of its month
    assert incs[1].date_precision == "month"
