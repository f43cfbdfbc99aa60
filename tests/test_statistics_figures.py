"""Published figures: their measure and their period, kept apart from incidents (reports written for these tests)."""

from __future__ import annotations


def figures(ex) -> set[tuple[str, int, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return {(s.measure, s.value, s.period_start, s.period_end) for s in ex.statistics}


def test_comparison_takes_the_measure_and_its_own_year(run) -> None:  # type: ignore[no-untyped-def]
    text = ("DAKAR - Political violence killed 10,412 people in Burkina Faso, Mali and Niger in 2024, up from 8,150 "
            "in 2023, a monitoring project said. It recorded 3,806 violent events in the three countries last year.")
    ex = run(text, published="2025-01-29")
    assert ex.incidents == ()
    assert figures(ex) == {("deaths", 10412, "2024-01-01", "2024-12-31"), ("deaths", 8150, "2023-01-01", "2023-12-31"),
                           ("incidents", 3806, "2024-01-01", "2024-12-31")}  # the monitor's own word


def test_each_figure_takes_the_period_that_follows_it(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Militant attacks rose in the first half of 2024, a think tank said in its report. Researchers counted "
            "211 attacks between April and June, up from 169 in the first quarter.")
    got = figures(run(text, published="2024-07-05"))
    assert ("attacks", 211, "2024-04-01", "2024-06-30") in got
    assert ("attacks", 169, "2024-01-01", "2024-03-31") in got


def test_range_between_two_full_dates_is_a_period(run) -> None:  # type: ignore[no-untyped-def]
    text = ("The consultancy counted 574 attacks against political figures between the start of the electoral "
            "process on 7 September 2023 and election day on 2 June 2024.")
    ex = run(text, published="2024-06-10")
    assert ex.incidents == ()
    assert figures(ex) == {("attacks", 574, "2023-09-07", "2024-06-02")}


def test_deadliest_month_takes_the_year_of_the_report(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Militants carried out 521 attacks in Pakistan in 2024, the institute said in its annual report. "
            "December was the most violent month of the year, with 243 people killed.")
    ex = run(text, published="2025-01-05")
    assert ex.incidents == ()
    assert ("deaths", 243, "2024-12-01", "2024-12-31") in figures(ex)


def test_cumulative_toll_since_a_year(run) -> None:  # type: ignore[no-untyped-def]
    text = "More than 7,000 people have been killed since the insurgency reignited in the region in 2004."
    # a published figure is the number printed, "more than" or not
    assert figures(run(text, published="2025-07-16")) == {("deaths", 7000, "2004-01-01", "2025-07-16")}


def test_cumulative_toll_since_a_war_began_in_a_month(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen killed two rangers in Yala on Monday. More than 7,600 people have been killed in the region "
            "since the insurgency reignited in January 2004. The conflict, which began in 2009 in Nigeria, has "
            "killed more than 40,000 people.")
    assert {("deaths", 7600, "2004-01-01", "2025-07-16"), ("deaths", 40000, "2009-01-01", "2025-07-16")} <= figures(
        run(text, published="2025-07-16"))


def test_same_period_and_report_continuations(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Armed groups abducted at least 312 people in central Mali between January and June this year, almost "
            "twice as many as the 164 recorded in the first six months of 2023, a rights group said in a report. "
            "It also counted 486 civilians killed over the same six months. It documented 97 attacks on villages.")
    got = figures(run(text, published="2024-07-10"))
    assert got == {("kidnappings", 312, "2024-01-01", "2024-06-30"), ("kidnappings", 164, "2023-01-01", "2023-06-30"),
                   ("deaths", 486, "2024-01-01", "2024-06-30"), ("attacks", 97, "2024-01-01", "2024-06-30")}


def test_a_coarser_period_right_after_a_compared_figure_is_its_own(run) -> None:  # type: ignore[no-untyped-def]
    text = ("The monitoring network recorded 512 violent incidents in the province between January and December "
            "2024, up from 377 in 2023, and documented the abduction of at least 140 people in 2024.")
    got = figures(run(text, published="2025-02-03"))
    assert got == {("incidents", 512, "2024-01-01", "2024-12-31"), ("incidents", 377, "2023-01-01", "2023-12-31"),
                   ("kidnappings", 140, "2024-01-01", "2024-12-31")}


def test_arrests_are_a_measure_of_their_own(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Security forces killed 12 militants and arrested 310 suspected collaborators during operations across "
            "the country last year, the defence ministry said in its annual review. In 2023, it had reported 20 "
            "militants killed and 41 captured.")
    got = figures(run(text, published="2025-01-15"))
    assert ("arrests", 310, "2024-01-01", "2024-12-31") in got
    assert ("arrests", 41, "2023-01-01", "2023-12-31") in got
    assert ("deaths", 12, "2024-01-01", "2024-12-31") in got


def test_a_yearly_summary_datelined_with_a_day(run) -> None:  # type: ignore[no-untyped-def]
    text = ("OSLO, Jan 12 (Agency) - Police recorded 74 bomb attacks in 2023, according to figures published on "
            "Thursday. The shootings killed 21 people and wounded 40. The number of bomb attacks rose from 51 in "
            "2022.")
    ex = run(text, published="2024-01-12")
    assert ex.incidents == ()
    assert figures(ex) == {("attacks", 74, "2023-01-01", "2023-12-31"), ("deaths", 21, "2023-01-01", "2023-12-31"),
                           ("injuries", 40, "2023-01-01", "2023-12-31"), ("attacks", 51, "2022-01-01", "2022-12-31")}


def test_homicides_are_deaths_even_with_no_word_of_an_attack(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Between 1 January 2024 and 31 December 2024 a total of 912 intentional homicides were registered in "
            "the state, according to the prosecutor's office.")
    assert figures(run(text, published="2025-01-20")) == {("deaths", 912, "2024-01-01", "2024-12-31")}


def test_a_monitors_month_of_assassinations_and_their_toll(run) -> None:  # type: ignore[no-untyped-def]
    text = ("The Daraa monitoring office said in its monthly report that it had documented 37 assassination "
            "operations and attempts in the governorate during May, which resulted in the death of 22 people and "
            "the injury of 14 others.")
    assert figures(run(text, published="2024-06-04")) == {
        ("attacks", 37, "2024-05-01", "2024-05-31"), ("deaths", 22, "2024-05-01", "2024-05-31"),
        ("injuries", 14, "2024-05-01", "2024-05-31")}


def test_figure_of_the_previous_twelve_months_and_the_worst_months(run) -> None:  # type: ignore[no-untyped-def]
    text = ("According to the state prosecutor's figures, between 9 September 2024 and 8 September 2025 a total of "
            "1,734 homicides were registered in the state. This is almost three times the figure of the previous "
            "twelve months, when 612 homicides were recorded. August was one of the worst months of the year, "
            "with 158 homicides.")
    got = {(s.measure, s.value, s.period_start, s.period_end) for s in run(text, published="2025-09-09").statistics}
    assert ("deaths", 612, "2023-09-09", "2024-09-08") in got
    assert ("deaths", 1734, "2024-09-09", "2025-09-08") in got
    assert ("deaths", 158, "2025-08-01", "2025-08-31") in got


def test_a_years_deaths_by_kind_of_victim_are_each_kept(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Security forces in Chhattisgarh killed 219 Maoists in 2024, the highest number in a single year, "
            "according to figures released by the state police headquarters on Thursday. "
            "Maoists killed 68 civilians in the state in 2024. "
            "Nineteen security personnel were killed in Maoist-related violence during the year, the figures show.")
    ex = run(text, published="2025-01-10")
    assert ex.incidents == ()
    got = {(s.measure, s.value, s.period_start, tuple(sorted((s.breakdown or {}).items()))) for s in ex.statistics}
    assert got == {("deaths", 219, "2024-01-01", (("militants", 219),)),
                   ("deaths", 68, "2024-01-01", (("civilians", 68),)),
                   ("deaths", 19, "2024-01-01", (("security_forces", 19),))}


def test_a_toll_since_an_event_on_a_day_is_a_figure(run) -> None:  # type: ignore[no-untyped-def]
    text = ("The health ministry says more than 190 people have been killed by Israeli strikes in Lebanon "
            "since the ceasefire took effect on 27 November 2024.")
    ex = run(text, published="2025-05-17")
    assert not ex.incidents
    assert [(s.measure, s.value, s.period_start, s.period_end) for s in ex.statistics] == [
        ("deaths", 190, "2024-11-27", "2025-05-17")]


def test_a_month_dated_background_attack_is_an_incident_not_a_statistic(run) -> None:  # type: ignore[no-untyped-def]
    text = ("MAROUA, Jan 9 - A suicide bomber killed 14 people in Mozogo on Friday, officials said.\n\n"
            "The attack comes five months after one of the deadliest in the region. In early August 2020, a suicide "
            "bomber struck a camp for displaced people in Nguetechewe, killing 17 people, according to the authorities.")
    ex = run(text, published="2021-01-09")
    assert not ex.statistics
    assert sorted(i.fatalities.best for i in ex.incidents) == [14, 17]


def test_an_attack_of_another_month_that_a_group_claimed_is_its_own_event(run) -> None:  # type: ignore[no-untyped-def]
    text = ("BAQUBA, Oct 28 - Gunmen killed 11 villagers in al-Rashad in Diyala province on Tuesday, officials said.\n\n"
            "IS was declared defeated in Iraq in 2017, but its cells continue to carry out attacks in Diyala and Kirkuk. "
            "The group's deadliest attack this year came in January, when it claimed a double suicide bombing in a "
            "crowded market in central Baghdad that killed 32 people.")
    found = run(text, published="2021-10-28")
    assert sorted((i.date, i.fatalities.best) for i in found.incidents) == [("2021-01-01", 32), ("2021-10-26", 11)]
    assert not found.statistics


def test_a_tally_over_the_months_to_a_month_and_a_part_told_inside_it(run) -> None:  # type: ignore[no-untyped-def]
    text = ("ABUJA, July 19, 2024 - Gunmen abducted at least 7,568 people in Nigeria in the 12 months to the end of June, "
            "a research group said on Friday. In the first three months of 2024 alone, the centre counted 2,119 "
            "abductions, including two mass kidnappings from schools in March.")
    ex = run(text, published="2024-07-19")
    assert not ex.incidents
    assert sorted((s.value, s.period_start, s.period_end) for s in ex.statistics) == [
        (2119, "2024-01-01", "2024-03-31"), (7568, "2023-07-01", "2024-06-30")]


def test_a_toll_since_an_insurgency_flared_in_several_provinces_runs_to_the_report(run) -> None:  # type: ignore[no-untyped-def]
    text = ("More than 7,000 people have been killed since a separatist insurgency flared in Yala, Pattani and "
            "Narathiwat provinces and parts of neighbouring Songkhla in January 2004, according to a monitoring group.")
    assert ("deaths", 7000, "2004-01-01", "2019-11-06") in figures(run(text, published="2019-11-06"))


def test_a_district_wise_breakdown_is_no_incident(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Security forces killed 285 Maoist cadres in Chhattisgarh in 2025, the state police said. District-wise, "
            "Bijapur was followed by Narayanpur with 61 cadres killed, Sukma with 42 and Dantewada with 19.")
    assert run(text, published="2026-01-05").incidents == ()


def test_a_tally_since_a_day_of_this_year(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Provincial police figures show 127 police officers have been killed in militant attacks in the province "
            "since Jan. 1.")
    stats = run(text, published="2023-08-21").statistics
    assert [(s.measure, s.value, s.period_start, s.period_end) for s in stats] == [
        ("deaths", 127, "2023-01-01", "2023-08-21")]


def test_the_deadliest_since_a_day_when_a_bomb_killed_is_that_event(run) -> None:  # type: ignore[no-untyped-def]
    text = ("A roadside bomb killed four soldiers near Tarmiyah on Monday. The attack was the deadliest on Iraqi forces "
            "since Dec. 29, when a similar bomb killed three soldiers in the Hamrin mountains.")
    ex = run(text, published="2025-02-18")
    assert not ex.statistics
    assert [i.fatalities.best for i in ex.incidents] == [4, 3]


def test_a_measure_named_before_its_change_counts_what_follows(run) -> None:  # type: ignore[no-untyped-def]
    text = ("NEW DELHI, March 16: Violence linked to Left-wing extremism fell further last year, with incidents dropping "
            "to 412 in 2023 from 530 in 2022, according to figures the Home Ministry placed before Parliament.\n\n"
            "The number of civilians and security personnel killed in such violence declined to 121 in 2023, the "
            "Ministry said in a written reply in the Rajya Sabha on Wednesday.")
    ex = run(text, published="2024-03-16")
    assert not ex.incidents  # the day of the reply dates no event
    got = {(s.measure, s.value, s.period_start) for s in ex.statistics}
    assert {("incidents", 412, "2023-01-01"), ("incidents", 530, "2022-01-01"), ("deaths", 121, "2023-01-01")} <= got


def test_homicides_that_fell_over_a_period_to_a_figure(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Meanwhile, the number of homicides in the state fell slightly during the first nine months of the year, to "
            "1,012, according to the national public security system.")
    stats = run(text, published="2024-11-08").statistics
    assert [(s.measure, s.value, s.period_start, s.period_end) for s in stats] == [
        ("deaths", 1012, "2024-01-01", "2024-09-30")]


def test_a_count_told_by_its_change_takes_its_measure_from_its_noun(run) -> None:  # type: ignore[no-untyped-def]
    text = ("The number of wounded in such attacks rose to 240 in 2023, the provincial health department said in its "
            "annual report.")
    stats = run(text, published="2024-02-10").statistics
    assert [(s.measure, s.value, s.period_start) for s in stats] == [("injuries", 240, "2023-01-01")]


def test_a_span_of_years_is_the_period_not_the_year_of_the_estimate(run) -> None:  # type: ignore[no-untyped-def]
    text = ("The truth commission estimated in 2003 that about 69,000 people died or disappeared in the internal "
            "conflict between 1980 and 2000.")
    got = figures(run(text, published="2018-09-11"))
    assert ("deaths", 69000, "1980-01-01", "2000-12-31") in got


def test_since_a_month_of_the_reports_year(run) -> None:  # type: ignore[no-untyped-def]
    text = ("More than 700 people have been killed in violence across the country since the new cabinet was sworn in "
            "at the end of April.")
    got = figures(run(text, published="2005-06-14"))
    assert ("deaths", 700, "2005-04-01", "2005-06-14") in got


def test_surrenders_are_a_measure_of_their_own(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Police said 640 cadres were arrested in 2024 and 512 surrendered during the year, against 390 the year "
            "before.")
    got = figures(run(text, published="2025-01-05"))
    assert ("surrenders", 512, "2024-01-01", "2024-12-31") in got
    assert not any(m == "deaths" for m, *_ in got)


def test_tally_said_in_a_review_on_a_weekday_is_no_incident(run) -> None:  # type: ignore[no-untyped-def]
    text = ("ASTANA, 28 December 2016 - Kazakhstan suffered two terrorist attacks this year, in which 35 people "
            "died, among them 18 attackers, the Prosecutor-General's Office said in an end-of-year review on "
            "Wednesday.")
    out = run(text, published="2016-12-28")
    assert not out.incidents
    assert {(s.measure, s.value) for s in out.statistics} >= {("attacks", 2), ("deaths", 35)}


def test_a_tally_up_to_the_days_attack_is_kept_apart_from_it(run) -> None:  # type: ignore[no-untyped-def]
    text = ("KHARTOUM, May 13 (Wire) - Gunmen ambushed a convoy of food trucks in South Darfur on Monday, killing "
            "two drivers, the agency said on Tuesday. Since January, 60 trucks carrying its food have been hijacked, "
            "39 drivers have been abducted and seven drivers had been killed before Monday's attack, the agency said.")
    out = run(text, published="2008-05-13")
    assert len(out.incidents) == 1
    inc = out.incidents[0]
    assert inc.kidnapped.best is None and inc.attack_type == "Armed Assault" and inc.fatalities.best == 2
    got = {(s.measure, s.value, s.period_start, s.period_end) for s in out.statistics}
    assert got == {("hijackings", 60, "2008-01-01", "2008-05-12"), ("kidnappings", 39, "2008-01-01", "2008-05-12"),
                   ("deaths", 7, "2008-01-01", "2008-05-12")}


def test_a_list_of_the_dead_counted_by_year_against_the_year_before(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Killings of bus workers rose last year, according to figures released on Tuesday. The association counted "
            "74 drivers, fare collectors and helpers killed in 2023, against 61 in 2022.")
    ex = run(text, published="2024-01-24")
    assert not ex.incidents
    assert {(s.measure, s.value, s.period_start) for s in ex.statistics} == {
        ("deaths", 74, "2023-01-01"), ("deaths", 61, "2022-01-01")}


def test_a_figure_over_two_months_named_together(run) -> None:  # type: ignore[no-untyped-def]
    text = ("According to the Federal Prosecutor's Office, 15 people were arrested in terrorism-related raids in "
            "Belgium in January and February 2024.")
    (stat,) = run(text, published="2024-03-10").statistics
    assert (stat.measure, stat.value, stat.period_start, stat.period_end) == ("arrests", 15, "2024-01-01", "2024-02-29")


def test_figures_over_two_days_of_a_year_and_a_span_of_months(run) -> None:  # type: ignore[no-untyped-def]
    text = ("ISLAMABAD, July 5, 2024 - The institute recorded 240 militant attacks across the country between April 1 "
            "and June 30, up from 211 in the January-March period.")
    found = {(s.value, s.period_start, s.period_end) for s in run(text, published="2024-07-05").statistics}
    assert found == {(240, "2024-04-01", "2024-06-30"), (211, "2024-01-01", "2024-03-31")}


def test_periods_of_days_of_one_month_and_of_a_span_of_months() -> None:
    from datetime import date

    from sitrep.extract.statistics import find_periods

    ref = date(2023, 7, 27)
    days = find_periods("In the operations conducted between 22 and 26 July 2023, 171 suspects were captured.", ref)
    assert [(p.start, p.end) for p in days] == [(date(2023, 7, 22), date(2023, 7, 26))]
    span = find_periods("up from 211 in the January-March period", ref)
    assert [(p.start, p.end) for p in span] == [(date(2023, 1, 1), date(2023, 3, 31))]


def test_a_period_that_belongs_to_an_average_is_not_the_figures(run) -> None:  # type: ignore[no-untyped-def]
    text = ("TEMUCO, 30 June 2025 - Four attacks were recorded in the province this week, in line with the weekly "
            "average so far this year.\n\n"
            "According to the regional business association, 47 attacks on property and people were recorded in the "
            "region in the first half of 2025.\n")
    figures = {(s.value, s.period_start, s.period_end) for s in run(text, published="2025-06-30").statistics}
    assert (47, "2025-01-01", "2025-06-30") in figures
    assert (4, "2025-01-01", "2025-06-30") not in figures  # the four are the week's, not the half-year's
