"""Published aggregate figures ("785 attacks in the first ten months"), kept apart from incidents."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from .dates import MONTHS, find_dates
from .numbers import find_counts, word_to_int

_BETWEEN_DATES = re.compile(r"\b(?:between|from)\s+[^;]{0,80}?\b(?:19|20)\d\d\b[^;]{0,60}?\b(?:and|to|until|through)\s+"
                            r"[^;]{0,60}?\b(?:19|20)\d\d\b", re.I)
_MONTH_NAMES = r"January|February|March|April|May|June|July|August|September|October|November|December"
_MON = rf"({_MONTH_NAMES})"
_MON_ANY = rf"({_MONTH_NAMES}|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"  # "since Jan. 1"
_N = r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# a war or an insurgency that "began in 2009", "reignited in January 2004": its figures run from then
_BEGAN = r"(?:began|begun|started|erupted|broke\s+out|reignited|flared\s+up)"
_PERIODS: list[tuple[str, re.Pattern[str]]] = [
    # (or "of the year", "of this year": the report's year)
    ("first_n_months", re.compile(rf"\b(?:first|past|last|final)\s+{_N}\s+months\s+of\s+(?:(?:the\s+)?year\s+((?:19|20)\d\d)|"
                                  rf"((?:19|20)\d\d)|(?:the|this)\s+year\b(?!\s+(?:19|20)\d\d))", re.I)),
    # "in the 12 months to the end of June": the twelve months up to that month's end
    ("months_to", re.compile(rf"\b(?:in|over|during|for)\s+the\s+(?:past\s+|last\s+)?{_N}\s+months\s+(?:to|through|until|ending)\s+"
                             rf"(?:the\s+end\s+of\s+)?{_MON}(?:,?\s+((?:19|20)\d\d))?\b", re.I)),
    ("first_half", re.compile(r"\bfirst\s+(half|quarter|trimester|six\s+months|three\s+months)(?:\s+of\s+(?:the\s+year\s+)?((?:19|20)\d\d))?", re.I)),
    ("second_half", re.compile(r"\bsecond\s+(half|quarter)(?:\s+of\s+((?:19|20)\d\d))?", re.I)),
    # "between April 1 and June 30": two days of the same year; "in the January-March period": two months
    ("between_days", re.compile(rf"\b(?:between|from)\s+{_MON}\s+(\d{{1,2}})(?:,?\s+((?:19|20)\d\d))?\s+(?:and|to|through|until)\s+"
                                rf"{_MON}\s+(\d{{1,2}})(?:,?\s+((?:19|20)\d\d))?\b", re.I)),
    # "between 22 and 26 July 2023": two days of one month
    ("days_of_month", re.compile(rf"\b(?:between|from)\s+(\d{{1,2}})\s+(?:and|to|until)\s+(\d{{1,2}})\s+{_MON}(?:,?\s+((?:19|20)\d\d))?\b",
                                 re.I)),
    ("month_span", re.compile(rf"\b{_MON}\s*[-–]\s*{_MON}(?:\s+((?:19|20)\d\d))?\s+(?:period|quarter)\b", re.I)),
    ("between", re.compile(rf"\b(?:between|from|in)\s+{_MON}(?:\s+((?:19|20)\d\d))?\s+(?:and|to|through|until)\s+(?:the\s+(?:end|middle)\s+of\s+|mid-?\s*|(?:early|late)\s+)?{_MON}(?:,?\s+((?:19|20)\d\d))?"
                           r"(?:\s+(this|last)\s+year)?", re.I)),
    # "between 1980 and 2000", "from 2015 to 2019": those years whole
    ("between_years", re.compile(r"\b(?:between|from)\s+((?:19|20)\d\d)\s+(?:and|to|through|until)\s+((?:19|20)\d\d)\b", re.I)),
    # "since 8 October 2023", "since October 8, 2023": from that day to the report's date
    # (also "since the ceasefire took effect on 27 November 2024")
    ("since_day", re.compile(rf"\bsince\s+(?:(?:the\s+)?(?:[\w'’-]+\s+){{1,14}}?(?:on|of)\s+)?(?:(\d{{1,2}})\s+{_MON}|{_MON}\s+(\d{{1,2}}),?)\s+((?:19|20)\d\d)\b", re.I)),
    # "since Jan. 1", "since 1 January": from that day of the report's year
    ("since_day_ref", re.compile(rf"\bsince\s+(?:(\d{{1,2}})\s+{_MON_ANY}|{_MON_ANY}\s+(\d{{1,2}}))\b(?!,?\s*(?:19|20)\d\d)", re.I)),
    # "since the insurgency reignited in January 2004", "which began in March 2011": from that month on
    # (the clause may name where: "since a separatist insurgency flared in Yala, Pattani and Narathiwat provinces
    # ... in January 2004")
    ("since_month", re.compile(rf"\bsince\s+(?:(?:[\w'’,-]+\s+){{1,18}}?in\s+)?{_MON},?\s+((?:19|20)\d\d)\b|"
                               rf"\b{_BEGAN}\s+in\s+{_MON},?\s+"
                               rf"((?:19|20)\d\d)\b", re.I)),
    # "since the government was approved at the end of April": from that month of the report's year
    ("since_month_ref", re.compile(rf"\bsince\s+(?:[\w'’,-]+\s+){{1,18}}?(?:in|at\s+the\s+(?:end|start|beginning)\s+of)\s+"
                                   rf"(?:late\s+|early\s+|mid-?)?{_MON}\b(?!,?\s*(?:19|20)\d\d)(?!\s+\d)"
                               r"(?P<last>\s+(?:of\s+)?last\s+year)?", re.I)),  # "in May last year"
    ("month_year", re.compile(rf"(?<![0-9]\s)(?<![0-9])\b{_MON},?\s+((?:19|20)\d\d)\b(?!\s*,?\s*\d)", re.I)),
    # "killed since the insurgency reignited in 2004": from that year to the report's date
    # "The insurgency, which began in 2009, has killed ...": the same
    ("since_year", re.compile(r"\bsince\s+(?:(?:the\s+)?(?:start|beginning)\s+of\s+|(?:[\w'’,-]+\s+){1,18}?in\s+)?((?:19|20)\d\d)\b|"
                              rf"\b{_BEGAN}\s+in\s+((?:19|20)\d\d)\b", re.I)),
    ("year", re.compile(r"\b(?:in|during|for|throughout|of)\s+(?:the\s+year\s+)?((?:19|20)\d\d)\b", re.I)),
    ("this_year", re.compile(r"\b(?:so\s+far\s+this\s+year|this\s+year|since\s+the\s+start\s+of\s+the\s+year|since\s+January)\b", re.I)),
    ("last_year", re.compile(r"\b(?:last\s+year|the\s+previous\s+year)\b", re.I)),
    ("the_year", re.compile(r"\b(?:during|in|over|throughout)\s+the\s+(?:same\s+)?year\b", re.I)),
    # "in September" with no year: the last September up to the report's date
    ("month_only", re.compile(rf"\b(?:in|during|throughout|for|over)\s+(?:the\s+month\s+of\s+)?{_MON}\b(?!\s+\d)(?!,?\s+(?:19|20)\d\d)", re.I)),
]
_MEASURES: list[tuple[str, re.Pattern[str]]] = [
    ("attacks", re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:terrorist\s+|militant\s+|violent\s+|separate\s+|armed\s+)?(?:attacks|acts\s+of\s+terrorism|terror\s+attacks|bombings|assassinations|assassination\s+(?:operations|attempts))\b", re.I)),
    # what a monitor counts that is broader than attacks: "412 violent incidents", "1,024 security events"
    ("incidents", re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:terrorist\s+|militant\s+|violent\s+|separate\s+|armed\s+|security\s+)?(?:incidents|violent\s+events|events\s+of\s+violence|security\s+events)\b", re.I)),
    # fighters who gave themselves up: "792 surrendered during the year", "1,562 Maoists surrendered", "792 surrenders"
    ("surrenders", re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:surrenders|(?:have\s+|had\s+)?surrendered)\b", re.I)),
    ("arrests", re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:arrests|people\s+(?:were\s+)?(?:arrested|detained)|suspects\s+(?:were\s+)?(?:arrested|detained))\b|"
                           r"^\s*(?:[\w\"-]+\s+){1,4}?(?:were|have\s+been|had\s+been)\s+(?:arrested|detained|captured)\b|^\s*(?:\w+\s+)?captured\b", re.I)),
    ("deaths", re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:deaths|dead|fatalities|people\s+(?:were\s+)?killed|killed|lives|people\s+died|died|victims|"
                          r"homicides|murders|killings)\b|"
                          r"^\s*(?:(?!(?:have|had|has|were|was|been)\b)[\w-]+\s+){1,7}?(?:were|have\s+been|had\s+been)\s+(?:killed|murdered|slain)\b|"
                          # "74 drivers, fare collectors and helpers killed in 2023": a list of the dead, then its period
                          r"^\s*(?:(?!(?:months?|years?|weeks?|days?|of|with|the|in)\b)[a-z][\w-]*,?\s+(?:and\s+)?){1,6}?"
                          r"killed\s+(?:in|during|since|between|last|over)\b", re.I)),
    ("kidnappings", re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:kidnappings|abductions|people\s+(?:were\s+)?(?:kidnapped|abducted|taken))\b|"
                               r"^\s+(?:kidnapped|abducted)\b(?!\s+(?:by|from)\b)|"  # "four killed and seven abducted in Yemen"
                               r"^\s*(?:(?!(?:have|had|has|were|was|been)\b)[\w-]+\s+){1,7}?(?:were|have\s+been|had\s+been)\s+(?:kidnapped|abducted)\b", re.I)),
    # vehicles seized on the road: "60 trucks carrying its food have been hijacked"
    ("hijackings", re.compile(r"^\s*(?:[\w-]+\s+){0,2}?hijackings\b|^\s*(?:(?!(?:have|had|has|were|was|been)\b)[\w-]+\s+){1,5}?(?:were|have\s+been|had\s+been)\s+hijacked\b", re.I)),
    ("injuries", re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:injuries|injured|wounded|people\s+(?:were\s+)?(?:injured|wounded))\b|"
                            r"^\s*(?:(?!(?:have|had|has|were|was|been)\b)[\w-]+\s+){1,7}?(?:were|have\s+been)\s+(?:injured|wounded)\b", re.I)),
]
_TOLL_TO = re.compile(r"\b(?:number\s+of\s+(?:victims|deaths|dead|fatalities|people\s+killed)|death\s+toll|fatalities|victims)\s+(?:\w+\s+){0,3}?(?:to|at|reached|of|stood\s+at|hit|was)\s+$", re.I)
AGGREGATE = re.compile(r"\b(?:hit\s+by|witnessed|recorded|registered|documented|saw|total(?:led)?|in\s+all|overall|"
                       # "one of the deadliest single attacks" praises one event; "the deadliest month" tallies
                       # (nor "The deadliest in recent years was the August 2018 car bombing", which names one)
                       r"deadliest(?!\s+(?:single\s+)?(?:attacks?|bombings?|assaults?|incidents?|ambush(?:es)?|raids?)\b)"
                       r"(?!(?:\s+[\w-]+){0,6}?\s+(?:was|remains|remained)\s+(?:the|a|an)\s)|"
                       r"violence\s+(?:killed|claimed)|conflict\s+(?:killed|claimed)|across\s+the\s+region|"
                        r"report(?:ed)?|data|figures|statistics|tally|monthly|annual|compared|increase|"
                        # (not "according to the authorities", who tell one event's toll)
                        r"according(?!\s+to\s+(?:the\s+)?(?:local\s+)?(?:authorities|police|officials|witnesses|residents|"
                        r"army|military|sources|hospital|governor|mayor))|"
                        r"decrease|rose|rise|fell|across\s+the\s+country|nationwide|number\s+of|"
                        r"(?:most\s+violent|deadliest|worst|bloodiest|quietest)\s+(?:month|year|quarter|week|period)s?)\b", re.I)
_SOURCE = re.compile(
    r"\baccording\s+to\s+(?:(?:a|an|the|its|their)\s+)?(?:(?:new|latest|recent|monthly|annual|quarterly|security)\s+)*"
    r"(?:(?:report|data|figures|statistics|tally|study|survey|count|review|assessment)\s+"
    r"(?:(?:released|published|compiled|issued)\s+(?:\w+\s+){0,3}?)?(?:by|from|of)\s+)?(?:the\s+)?"
    r"(?P<org>[A-Z][\w'’&-]*(?:\s+(?:for|of|and|on|in|&|the)?\s*[A-Z][\w'’&-]*)*)"
    r"|\b(?:data|figures|report|statistics|tally)\s+(?:released\s+|published\s+|compiled\s+|issued\s+)?(?:by|from)\s+(?:the\s+)?"
    r"(?P<org2>[A-Z][\w'’&-]*(?:\s+(?:for|of|and|on|in|&|the)?\s*[A-Z][\w'’&-]*)*)"
    r"|(?:the\s+)?(?P<org3>[A-Z][\w'’&-]*(?:\s+(?:for|of|and|on|in|&|the)?\s*[A-Z][\w'’&-]*)*),?\s+(?:an?\s+[\w -]+,\s+)?"
    r"(?:said|says|reported|recorded|documented|counted|noted)\s+in\s+(?:its|a|their)\s+(?:\w+\s+)?(?:report|review|tally)",
)
_COMPARED = re.compile(r"\b(?:up|down)\s+from\s+$|"
                       # (and the figure compared after it: "down from 17 in 2023 and 25 in 2022")
                       r"\b(?:up|down)\s+from\s+[\d,]+\s+in\s+(?:19|20)\d\d,?\s+and\s+$|\bcompared\s+(?:with|to)\s+(?:the\s+)?$|\bagainst\s+$|\bversus\s+$|"
                       r"\bvs\.?\s+$|\bas\s+many\s+as\s+the\s+$|\bthan\s+the\s+$|\bfrom\s+$", re.I)
_BRINGS_TO = re.compile(r"\b(?:bring|brings|brought|bringing|raise|raises|raised|raising|take|takes|took|taking)\s+"
                        r"(?:the\s+(?:total|tally)\s+)?to\s+(?:at\s+least\s+|more\s+than\s+|nearly\s+|some\s+|over\s+|almost\s+)?$", re.I)
_BRINGS_NUMBER = re.compile(r"\s+the\s+(?:total\s+)?number\s+of\s+(?:[\w-]+\s+){0,5}?"
                            r"(?P<w>killed|dead|deaths|wounded|injured|kidnapped|abducted|attacks|incidents)\b", re.I)
_NUMBER_OF = re.compile(r"\bnumber\s+of\s+((?:[\w-]+\s+){0,2}?(?:attacks|incidents|deaths|people\s+killed|"
                        r"kidnappings|abductions|arrests|bombings|shootings)\b)", re.I)
_CHANGED_TO = re.compile(r"\b(?P<noun>incidents|attacks|deaths|fatalities|killings|kidnappings|abductions|injuries|homicides|"
                         r"murders|number\s+of\s+(?:[\w-]+\s+){0,5}?(?:killed|dead|deaths|wounded|injured|homicides|murders))\s+"
                         r"(?:[\w-]+\s+){0,4}?(?:dropping|dropped|fell|falling|rose|rising|declined|declining|increased|increasing|"
                         r"decreased|decreasing|climbed|climbing|jumped|jumping|came\s+down|went\s+up)\b"
                         # ("fell slightly during the first nine months of the year, to 1,012")
                         r"[^.;\d]{0,70}?\bto\s+$", re.I)
_VERB_BEFORE = re.compile(r"\b(killed|killing|claimed\s+the\s+lives\s+of|wounded|wounding|injured|injuring|abducted|abducting|"
                          r"kidnapped|kidnapping|arrested|captured|detained|apprehended|the\s+abduction\s+of|"
                          r"the\s+deaths?\s+of|the\s+killing\s+of|the\s+injury\s+of|injuries\s+to|the\s+wounding\s+of)\s+"
                          r"(?:at\s+least\s+|more\s+than\s+|nearly\s+|some\s+|over\s+)?$", re.I)
_NOT_PEOPLE_AFTER = re.compile(r"^\s*(?:percent|per\s+cent|%|times|attacks?|incidents?)\b", re.I)
# a figure told with the one event behind it is an incident's toll: "nearly 30 were killed when the rebels raided farms"
# "..., when Boko Haram fighters killed 40 soldiers at the Barka Tolorom base": a named place's one event
ONE_EVENT_AT = re.compile(r"\bwhen\s+(?:[\w-]+\s+){1,4}?(?:killed|shot\s+dead|massacred)\s+[^.;]{0,60}?\b(?:at|in)\s+the\s+"
                          r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*\s+(?:base|camp|village|town|market|barracks|post)\b")
# the yardstick an event is measured by: "the deadliest since September, when Islamic State fighters overran another
# police position ... and killed 13 officers" (whatever else of this year the sentence says)
# a figure whose sentence names it one attack: "gunmen killed seven pupils inside their classroom in Kumba, in the South
# West Region, an attack the government blamed on separatists" (however coarse its date)
APPOSED_EVENT = re.compile(r",\s+(?:in\s+)?an?\s+(?:[\w-]+\s+)?(?:attack|bombing|massacre|ambush|raid|assault)\s+"
                           r"(?:that|which|the|claimed|blamed|for\s+which|later\s+claimed)\b")
YARDSTICK_EVENT = re.compile(r"\bsince\s+[^,;]{1,30},\s+when\s+(?:[\w'’-]+\s+){1,5}?(?:attacked|raided|ambushed|stormed|overran|"
                          r"killed|shot|bombed|struck|detonated|abducted|kidnapped|massacred)\b")
ONE_EVENT = re.compile(r"\b(?:(?:when|as)\s+(?:\w+\s+){0,4}?|(?:gunmen|militants|attackers|rebels|fighters|bandits|assailants|"
                       r"soldiers|troops|bombers)\s+(?:\w+\s+){0,2}?)(?:attacked|raided|ambushed|stormed|overran|overwhelmed|opened\s+fire|exploded|"
                       r"went\s+(?:from\s+)?(?:door|house)\s+to\s+(?:door|house)|drove|rammed|"
                       r"struck|detonated|set\s+fire|abducted|kidnapped|blew\s+(?:himself|herself|themselves)\s+up)\b|"
                       r"\bin\s+an?\s+(?:[\w-]+\s+){0,2}(?:attack|raid|ambush|bombing|explosion|massacre)\s+(?:on|at|in)\b|"
                       # "a suicide bomber struck a camp", "a double suicide bombing in a crowded market ... that killed 32"
                       r"\ban?\s+(?:[\w-]+\s+){0,2}(?:bomb|blast|explosion|attack|raid|ambush|grenade|bomber|gunman|IED|drone|"
                       r"missile|rocket|shell|strike|airstrike|bombing|shooting|massacre)\s+(?:[^,.;]{0,80}?\s)?(?:struck|hit|"
                       r"exploded|went\s+off|killed|wounded|targeted|tore|ripped|landed)\b", re.I)
SAME_PERIOD = re.compile(r"\b(?:over|in|during|for)\s+(?:the\s+)?(?:same|that)\s+(?:period|time|(?:\w+\s+)?months|year)\b|"
                         r"\b(?:over|in|during|for)\s+the\s+(?:two|three|four|five|six|nine|twelve|\d+)\s+months\b|"
                         r"\b(?:over|in|during)\s+the\s+period\b|"
                         # "At least 1,082 people were killed in those attacks": the tally just given
                         r"\b(?:in|by|during)\s+(?:those|these|the\s+same)\s+(?:attacks|incidents|raids|operations)\b|"
                         # "Of the Maoists killed, 217 died in the Bastar division": a part of the tally just given
                         r"^\W*of\s+(?:the|those|them|these)\b(?:\s+[\w-]+){0,3}?\s+(?:killed|dead|wounded|injured|"
                         r"arrested|abducted|kidnapped|attacks|incidents)\s*,", re.I)
CONTINUATION = re.compile(r"^\W*(?:the|these|those|such)\s+(?:\w+\s+)?(?:attacks|incidents|violence|assaults|bombings|shootings|"
                          r"killings|explosions|blasts|raids|clashes)\b|^\W*(?:they|in\s+all|in\s+total|overall|altogether)\b|"
                          r"^\W*(?:it|the\s+(?:report|group|association|project|monitor|organi[sz]ation|study|survey|agency|ministry|consultancy|"
                          r"centre|center|institute|tally|data))\s+(?:also\s+)?(?:recorded|documented|counted|registered|listed|reported|found|noted|"
                          r"logged|showed)\b", re.I)
def month_period(year: int, month_name: str, span: tuple[int, int]) -> Period:
    month = MONTHS[month_name.lower()]
    return Period(date(year, month, 1), _month_end(year, month), span, 1)


# "almost three times the figure of the previous twelve months": the period before the one just given
PRIOR_PERIOD = re.compile(r"\b(?:the\s+)?(?:previous|preceding|prior)\s+(?:(?P<year>twelve\s+months|12\s+months|year)|"
                          r"(?:\w+\s+)?(?:months|period|week))\b", re.I)
MONTH_ONLY = re.compile(rf"\b{_MON}\b(?!\s+\d)(?:,?\s+(?:19|20)\d\d)?", re.I)
BREAKDOWN_CUE = re.compile(r"\b(?:dead|deaths|killed|victims|fatalities)\b.{0,40}\b(?:included|including|comprised|were|among)\b|\bamong\s+the\s+(?:dead|victims|killed)\b", re.I)


@dataclass(frozen=True, slots=True)
class Period:
    start: date
    end: date
    span: tuple[int, int]
    grain: int  # 1 month, 2 multi-month, 3 year


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _last_year_with(month: int, ref: date | None) -> int:
    """The year of the last such month up to the report's date (a month later than the report's is last year's)."""
    assert ref is not None
    return ref.year if month <= ref.month else ref.year - 1


_AVERAGE_BEFORE = re.compile(r"\baverages?\s+(?:[\w-]+\s+){0,2}$", re.I)
_LIVED = re.compile(r"\b(?:lived|living|lives|worked|working|works|stayed|staying|served|serving|taught|teaching|"
                    r"married|known|run|ran|owned|resident)\b[^.;]{0,30}$", re.I)


def find_periods(text: str, ref: date | None, year_hint: int | None = None) -> list[Period]:
    """Periods a sentence names; one without a year ("the first quarter") takes ``year_hint``,
    the year of the figures just given, or is skipped when there is none."""
    out: list[Period] = []
    taken: list[tuple[int, int]] = []
    hint = year_hint
    for kind, pat in _PERIODS:
        for m in pat.finditer(text):
            if any(m.start() < b and m.end() > a for a, b in taken):
                continue
            if kind.startswith("since") and _LIVED.search(text[max(0, m.start() - 40):m.start()]):
                continue  # "said a woman who has lived at the camp since 2021": her years there, not a tally's
            if _AVERAGE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                continue  # "Four attacks ..., in line with the weekly average so far this year": the average's span
            g = m.groups()
            # a period without its year takes the year named just before it in the sentence
            # ("in the first three months of 2025, with 41 killed between January and March"), else the hint
            earlier = re.findall(r"\b((?:19|20)\d\d)\b", text[:m.start()])
            year_hint = int(earlier[-1]) if earlier else hint
            p: tuple[date, date, int] | None = None
            if kind == "first_n_months":
                n = int(g[0]) if g[0].isdigit() else word_to_int(g[0])
                if not (g[1] or g[2]) and ref is None:
                    continue
                y = int(g[1] or g[2]) if g[1] or g[2] else _last_year_with(n or 12, ref)
                if n and 1 <= n <= 12 and re.match(r"\W*(?:last|final)\b", m.group(0), re.I):
                    # "the last three months of 2023": October to December
                    y = int(g[1] or g[2]) if g[1] or g[2] else ref.year if ref else y
                    p = (date(y, 13 - n, 1), date(y, 12, 31), 2)
                elif n and 1 <= n <= 12:
                    p = (date(y, 1, 1), _month_end(y, n), 2)
            elif kind == "months_to":
                n = int(g[0]) if g[0].isdigit() else word_to_int(g[0])
                mo = MONTHS[g[1].lower()]
                if not n or not 1 <= n <= 36 or (not g[2] and ref is None):
                    continue
                y = int(g[2]) if g[2] else _last_year_with(mo, ref)
                end_day = _month_end(y, mo)
                first_month = (y * 12 + mo - 1) - n + 1
                p = (date(first_month // 12, first_month % 12 + 1, 1), end_day, 2)
            elif kind == "first_half":
                what = g[0].lower()
                n = 6 if what in {"half", "six months"} else 3
                if not g[1] and year_hint is None:
                    if ref is None:
                        continue
                    year_hint = _last_year_with(n, ref)  # the last such half or quarter up to the report's date
                y = int(g[1]) if g[1] else year_hint  # type: ignore[assignment]
                p = (date(y, 1, 1), _month_end(y, n), 2)
            elif kind == "second_half":
                if not g[1] and year_hint is None:
                    if ref is None:
                        continue
                    year_hint = _last_year_with(12 if g[0].lower() == "half" else 6, ref)
                y = int(g[1]) if g[1] else year_hint  # type: ignore[assignment]
                p = (date(y, 7, 1), date(y, 12, 31), 2) if g[0].lower() == "half" else (date(y, 4, 1), date(y, 6, 30), 2)
            elif kind == "between":
                if not g[3] and not g[4] and year_hint is None and ref is None:
                    continue
                m1, y1, m2 = MONTHS[g[0].lower()], g[1], MONTHS[g[2].lower()]
                if g[4] and ref is not None:  # "between January and June this year"
                    y2 = ref.year - (1 if g[4].lower() == "last" else 0)
                else:
                    y2 = int(g[3]) if g[3] else int(year_hint or _last_year_with(m2, ref))
                y1i = int(y1) if y1 else (y2 if m1 <= m2 else y2 - 1)
                p = (date(y1i, m1, 1), _month_end(y2, m2), 2)
            elif kind == "between_days":
                m1, d1, m2, d2 = MONTHS[g[0].lower()], int(g[1]), MONTHS[g[3].lower()], int(g[4])
                if not (g[2] or g[5]) and year_hint is None and ref is None:
                    continue
                y2 = int(g[5] or g[2]) if (g[5] or g[2]) else int(year_hint or _last_year_with(m2, ref))
                y1 = int(g[2]) if g[2] else (y2 if m1 <= m2 else y2 - 1)
                if 1 <= d1 <= calendar.monthrange(y1, m1)[1] and 1 <= d2 <= calendar.monthrange(y2, m2)[1]:
                    p = (date(y1, m1, d1), date(y2, m2, d2), 2)
            elif kind == "days_of_month":
                d1, d2, mo = int(g[0]), int(g[1]), MONTHS[g[2].lower()]
                if not g[3] and year_hint is None and ref is None:
                    continue
                y = int(g[3]) if g[3] else int(year_hint or _last_year_with(mo, ref))
                if 1 <= d1 <= d2 <= calendar.monthrange(y, mo)[1]:
                    p = (date(y, mo, d1), date(y, mo, d2), 2)
            elif kind == "month_span":
                m1, m2 = MONTHS[g[0].lower()], MONTHS[g[1].lower()]
                if not g[2] and year_hint is None and ref is None:
                    continue
                y2 = int(g[2]) if g[2] else int(year_hint or _last_year_with(m2, ref))
                y1 = y2 if m1 <= m2 else y2 - 1
                p = (date(y1, m1, 1), _month_end(y2, m2), 2)
            elif kind == "between_years" and int(g[0]) <= int(g[1]):
                p = (date(int(g[0]), 1, 1), date(int(g[1]), 12, 31), 2)
            elif kind == "since_day" and ref:
                day, mo = int(g[0] or g[3]), MONTHS[(g[1] or g[2]).lower()]
                if 1 <= day <= calendar.monthrange(int(g[4]), mo)[1]:
                    p = (date(int(g[4]), mo, day), ref, 3)
            elif kind == "since_day_ref" and ref:
                day, mo = int(g[0] or g[3]), MONTHS[(g[1] or g[2]).lower().rstrip(".")]
                y = ref.year if (mo, day) <= (ref.month, ref.day) else ref.year - 1
                if 1 <= day <= calendar.monthrange(y, mo)[1]:
                    p = (date(y, mo, day), ref, 3)
            elif kind == "since_month" and ref:
                mo, y = MONTHS[(g[0] or g[2]).lower()], int(g[1] or g[3])
                p = (date(y, mo, 1), ref, 3)
            elif kind == "since_month_ref" and ref:
                mo = MONTHS[g[0].lower()]
                start_year = ref.year - 1 if g[1] else _last_year_with(mo, ref)
                p = (date(start_year, mo, 1), ref, 3)
            elif kind == "month_year":
                mo, y = MONTHS[g[0].lower()], int(g[1])
                p = (date(y, mo, 1), _month_end(y, mo), 1)
            elif kind == "since_year" and ref:
                p = (date(int(g[0] or g[1]), 1, 1), ref, 3)
            elif kind == "year":
                y = int(g[0])
                p = (date(y, 1, 1), date(y, 12, 31), 3)
            elif kind == "this_year" and ref:
                p = (date(ref.year, 1, 1), ref, 2)
            elif kind == "the_year" and year_hint is not None:
                p = (date(year_hint, 1, 1), date(year_hint, 12, 31), 3)
            elif kind == "month_only" and ref:
                mo = MONTHS[g[0].lower()]
                y = _last_year_with(mo, ref)
                p = (date(y, mo, 1), _month_end(y, mo), 1)
            elif kind == "last_year" and ref:
                p = (date(ref.year - 1, 1, 1), date(ref.year - 1, 12, 31), 3)
            if p:
                out.append(Period(p[0], p[1], (m.start(), m.end()), p[2]))
                taken.append((m.start(), m.end()))
    # "between ... on 7 September 2023 and election day on 2 June 2024": a range of two full dates
    for m in _BETWEEN_DATES.finditer(text):
        days = [d for d in find_dates(m.group(0)) if d.is_full]
        if len(days) == 2:
            a, b = (date(d.year, d.month, d.day) for d in days)  # type: ignore[arg-type]
            if a < b:
                out.append(Period(a, b, (m.start(), m.end()), 2))
    return out


def dated_range(text: str) -> bool:
    """The sentence's full dates bound a period rather than date an event."""
    return _BETWEEN_DATES.search(text) is not None


_MONTH_WORD = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
               r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
_WDAY = r"(?:(?:Mon|Tues?|Wed|Thu|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
# the period a digest or brief covers, as its header gives it: "Reporting period: 14-20 July 2025",
# "Week 49 | 2-8 December 2024", "Coverage: Monday 10 March - Sunday 16 March 2025"
_COVERAGE = re.compile(
    rf"\b{_WDAY}(?P<d1>[0-3]?\d)(?:\s+(?P<m1>{_MONTH_WORD}))?\s*(?:-|–|—|to)\s*{_WDAY}(?P<d2>[0-3]?\d)\s+"
    rf"(?P<m2>{_MONTH_WORD}),?\s+(?P<y>(?:19|20)\d\d)\b", re.I)
# a figure told for that period: "during the reporting period", "this week", "over the period"
REPORT_PERIOD = re.compile(r"\b(?:during|in|over|for|throughout)\s+(?:the\s+)?(?:reporting\s+period|period\s+under\s+review|"
                           r"review\s+period|period|week)\b|\bthis\s+week\b", re.I)


def coverage_period(text: str) -> Period | None:
    """The period a report covers, from a date range in its first lines."""
    head = text[:400]
    m = _COVERAGE.search(head)
    if m is None:
        return None
    m2 = MONTHS[m.group("m2").lower().rstrip(".")]
    m1 = MONTHS[m.group("m1").lower().rstrip(".")] if m.group("m1") else m2
    y = int(m.group("y"))
    try:
        start, end = date(y if m1 <= m2 else y - 1, m1, int(m.group("d1"))), date(y, m2, int(m.group("d2")))
    except ValueError:
        return None
    if not 0 <= (end - start).days <= 93:
        return None
    return Period(start, end, m.span(), 1)


@dataclass(frozen=True, slots=True)
class Figure:
    measure: str
    value: int
    start: int
    end: int


def find_figures(text: str, base: int) -> list[Figure]:
    """Counts followed by a measure noun, or introduced by 'the number of victims rose to'."""
    out: list[Figure] = []
    for c in find_counts(text):
        value = c.best  # a published figure is the one printed: "more than 40,000 people" is 40,000, as counts keep it
        if value is None:
            continue
        after = text[c.end:]
        before = text[max(0, c.start - 60):c.start]
        compared = _COMPARED.search(before) is not None
        if out and compared and not any(pat.match(after) for _, pat in _MEASURES):
            # "up from 8,150 in 2023", "compared with 287", "as many as the 164 recorded": the same measure
            out.append(Figure(out[-1].measure, value, base + c.start, base + c.end))
            continue
        counted = _NUMBER_OF.search(text[:c.start]) if compared else None
        if counted and not any(pat.match(after) for _, pat in _MEASURES):
            # "The number of bomb attacks ... rose from 90 in 2022": the measure the sentence counts
            measure = next((name for name, pat in _MEASURES if pat.match(" " + counted.group(1))), None)
            if measure:
                out.append(Figure(measure, value, base + c.start, base + c.end))
                continue
        if _TOLL_TO.search(before):
            out.append(Figure("deaths", value, base + c.start, base + c.end))
            continue
        brought = _BRINGS_NUMBER.match(after) if _BRINGS_TO.search(before) else None
        if brought:
            # "The latest killings bring to at least 17 the number of security officers killed in Lamu County since
            # January": the count so far, of the measure its last word names
            word = brought.group("w").lower()
            measure = ("deaths" if word in {"killed", "dead", "deaths"} else "injuries" if word in {"wounded", "injured"}
                       else "kidnappings" if word in {"kidnapped", "abducted"} else word)
            out.append(Figure(measure, value, base + c.start, base + c.end))
            continue
        changed = _CHANGED_TO.search(text[max(0, c.start - 160):c.start])
        if changed and not any(pat.match(after) for _, pat in _MEASURES):
            # "with incidents dropping to 509 in 2021", "The number of civilians and security personnel killed in
            # such violence declined to 147": the measure named before the change
            # (read by its last word, as the measures are: "killed" is deaths, "wounded" injuries)
            measure = next((name for name, pat in _MEASURES if pat.match(" " + changed.group("noun").split()[-1])), None)
            if measure:
                out.append(Figure(measure, value, base + c.start, base + c.end))
                continue
        verb = _VERB_BEFORE.search(before)
        if verb and not _NOT_PEOPLE_AFTER.match(after):
            v = verb.group(1).lower()
            measure = ("deaths" if v.startswith(("kill", "claim", "the death", "the killing")) else
                       "injuries" if v.startswith(("the injury", "injuries", "the wounding")) else
                       "kidnappings" if v.startswith(("abduct", "kidnap", "the abduction")) else
                       "arrests" if v.startswith(("arrest", "captur", "detain", "apprehend")) else "injuries")
            out.append(Figure(measure, value, base + c.start, base + c.end))
            continue
        # (past an aside on who they were: "100 people, most of them security personnel, were killed")
        after = _ASIDE.sub(r"\1", after, count=1)
        for measure, pat in _MEASURES:
            if pat.match(after):
                out.append(Figure(measure, value, base + c.start, base + c.end))
                break
    return out


_ASIDE = re.compile(r"^(\s+[\w-]+),\s+(?:most|many|some|all|half|several|none|one|two|three|\d+)\s+of\s+(?:them|whom)\s+"
                    r"[^,.;]{1,60},")


def find_source(text: str) -> tuple[str, int, int] | None:
    m = _SOURCE.search(text)
    if not m:
        return None
    for g in ("org", "org2", "org3"):
        if m.group(g):
            org = m.group(g).strip()
            if len(org.split()) >= 2 or org.isupper():
                return org, m.start(g), m.end(g)
    return None
