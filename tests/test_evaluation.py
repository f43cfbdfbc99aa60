"""Scoring against answer keys: how predicted incidents are paired with a key's."""

from __future__ import annotations


def test_incidents_alike_in_day_and_town_pair_by_what_happened() -> None:
    from sitrep.evaluation import Score, score_document
    from sitrep.records import Fatalities, Incident, Location

    where = {"date": "2006-06-15", "city": "Kebithigollewa", "country_code": "LK"}
    gold = [{**where, "event_type": "Explosions/Remote violence", "attack_type": "Bombing/Explosion", "fatalities_best": 64},
            {**where, "event_type": "Riots", "attack_type": "Facility/Infrastructure Attack", "fatalities_best": 0}]
    place = Location(name="Kebithigollewa", city="Kebithigollewa", country_code="LK")
    bombing = Incident(id="a", document_id="d", date="2006-06-15", location=place, event_type="Explosions/Remote violence",
                       attack_type="Bombing/Explosion", fatalities=Fatalities(best=64))
    score = Score()
    score_document(gold, [bombing], score, "x")
    assert (score.tp, score.fn) == (1, 1)
    assert score.accuracy("attack_type") == 1.0 and score.accuracy("fatalities_best") == 1.0
    assert score.errors == ["x: missed incident 2006-06-15 Kebithigollewa"]


def test_a_keys_month_for_a_published_figure_is_matched_by_any_day_of_it() -> None:
    from sitrep.evaluation import Score, score_statistics
    from sitrep.records import Statistic

    told = Statistic("deaths", 7000, "2004-01-01", "2019-11-06", None, None, None, 0, 10)
    score = Score()
    score_statistics([{"measure": "deaths", "value": 7000, "period_start": "2004-01", "period_end": "2019-11"}], [told],
                     score, "x")
    assert score.stats == [1, 0, 0]
    score = Score()
    score_statistics([{"measure": "deaths", "value": 7000, "period_start": "2004-01", "period_end": "2004-01"}], [told],
                     score, "x")
    assert score.stats == [0, 1, 1]


def test_a_keys_movement_is_answered_by_its_local_branch_but_not_the_reverse() -> None:
    from sitrep.evaluation import _same

    assert _same("perpetrator", "Islamic State", "Islamic State Mozambique Province", "2024-05-01")
    assert _same("perpetrator", "ISIS", "Islamic State Khorasan Province", "2022-09-30")
    assert not _same("perpetrator", "Islamic State Mozambique Province", "Islamic State", "2024-05-01")
    assert not _same("perpetrator", "Islamic State", "al-Shabaab", "2024-05-01")  # no branch of it
