"""Dates in text: absolute, partial (no year), numeric, weekday and relative forms.

Every match keeps its span so that a resolved date can cite its evidence.
Partial dates resolve against a reference date: the publication date when
known, else the latest full date the document itself gives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
_WD_SHORT = {w: n for name, n in WEEKDAYS.items() for w in (name[:3], name[:4], name[:5])}
_MON = r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "a": 1, "eight": 8,
              "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    # "on the night of 16/17 June 2025", "the night of 3-4 May": the night began on the first day
    ("night", re.compile(rf"\bnight\s+of\s+(?:the\s+)?{_DAY}\s*(?:/|-|–|to|and)\s*[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}"
                         rf"(?:,?\s+{_YEAR})?\b", re.I)),
    ("mdy", re.compile(rf"\b(?:{_WD},?\s+)?{_MON}\s+{_DAY}(?:,\s*|\s+){_YEAR}\b", re.I)),
    # "On Christmas Eve 2022", "on New Year's Day": the day the holiday falls on
    ("holiday", re.compile(rf"\b(?P<h>Christmas\s+Eve|Christmas\s+Day|New\s+Year['’]s\s+Eve|New\s+Year['’]s\s+Day)"
                           rf"(?:,?\s+{_YEAR})?\b")),
    ("dmy", re.compile(rf"\b(?:{_WD},?\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MON},?\s+{_YEAR}\b", re.I)),
    ("numeric", re.compile(r"\b(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.](?P<year>(?:19|20)?\d\d)\b")),
    ("wd_numeric", re.compile(rf"\b{_WD}\s*\(\s*(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)\s*\)", re.I)),
    # a digest's "Tue 09/09", "Sat. 13/09": a weekday, then a day and month with no year
    ("wd_numeric", re.compile(r"\b(?P<wd>Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|"
                              r"Friday|Saturday|Sunday)\.?,?\s+(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)\b(?![/.]\d)")),
    # a digest entry that opens on a day and month with no year: "- 11/03 - Narathiwat: A roadside bomb ..."
    ("wd_numeric", re.compile(r"(?m)^[ \t]*(?:[-•*–][ \t]*)?(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)\b(?![/.]\d)(?=[ \t]*[-–—:|),])")),
    # "On April 20 last year", "the 3rd of May last year": a day of the year before the report's
    ("mdly", re.compile(rf"\b(?:{_WD},?\s+)?{_MON}\s+{_DAY}\s+(?:of\s+)?last\s+year\b", re.I)),
    ("dmly", re.compile(rf"\b(?:{_WD},?\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MON}\s+(?:of\s+)?last\s+year\b", re.I)),
    ("md", re.compile(rf"\b(?:{_WD},?\s+)?{_MON}\s+{_DAY}\b(?!\s*(?:,\s*)?(?:19|20)\d\d)(?![:\d])", re.I)),
    ("dm", re.compile(rf"\b(?:{_WD},?\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MON}\b(?!,?\s*(?:19|20)\d\d)", re.I)),
    ("my", re.compile(rf"\b(?:(?:in|during|of|since)\s+)?{_MON},?\s+{_YEAR}\b", re.I)),
    # "In May last year", "in March of last year": that month of the year before the report's
    ("monly", re.compile(rf"\b(?:in|during|since|early|late|mid-?|earlier\s+in|until)\s+(?:early\s+|late\s+|mid-?)?{_MON}"
                         r"\s+(?:of\s+)?last\s+year\b", re.I)),
    # a month with no year after a preposition ("In June, ..."): the last such month up to the report's date
    ("mon", re.compile(rf"\b(?:in|during|since|early|late|mid-?|earlier\s+in|until)\s+(?:early\s+|late\s+|mid-?)?{_MON}\b"
                       r"(?!\s*\d)(?!,?\s*(?:19|20)\d\d)", re.I)),
    # "since last October's attack", "last March": the last such month before the report's
    ("lastmon", re.compile(rf"\b(?:last|this\s+past)\s+{_MON}(?:['’]s)?(?!\s*\d)(?!,?\s*(?:19|20)\d\d)\b", re.I)),
    # "Eight years ago today": that day of a past year (an anniversary piece); "five years ago" alone is no day
    ("yearsago", re.compile(r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
                            r"twenty|a)\s+years?\s+ago\s+(?:today|this\s+day)\b", re.I)),
    ("yesterday", re.compile(r"\b(?:yesterday|last night)\b", re.I)),
    ("today", re.compile(r"\b(?:today|this morning|tonight|earlier today|this afternoon|this evening)\b", re.I)),
    ("ago", re.compile(r"\b(?P<n>\d+|one|two|three|four|five|six|seven|a)\s+(?P<unit>days?|weeks?)\s+ago\b", re.I)),
    ("lastweek", re.compile(r"\blast\s+week\b", re.I)),
    ("lastmonth", re.compile(r"\blast\s+month\b", re.I)),
    ("thismonth", re.compile(r"\b(?:earlier\s+)?this\s+month\b", re.I)),
    ("weekday", re.compile(rf"\b(?P<rel>last|this\s+past|on|late\s+on|early\s+on|late|early|overnight|since)?\s*{_WD}(?:\s+(?:night|morning|evening|afternoon))?\b", re.I)),
]

_NEEDS = {"iso": "digit", "night": "digit", "mdy": "digit", "dmy": "digit", "numeric": "digit", "wd_numeric": "digit", "mdly": "digit",
          "dmly": "digit", "md": "digit", "dm": "digit", "my": "digit", "monly": "month", "mon": "month", "lastmon": "month",
          "weekday": "weekday", "holiday": "holiday"}
_HOLIDAYS = {"Christmas Eve": (12, 24), "Christmas Day": (12, 25), "New Year's Eve": (12, 31), "New Year's Day": (1, 1)}
_MONTH_HINT = re.compile(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", re.I)
_WEEKDAY_HINT = re.compile(r"monday|tuesday|wednesday|thursday|friday|saturday|sunday", re.I)


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    text: str
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    offset_days: int | None = None  # for relative forms
    strict_past: bool = False

    @property
    def is_full(self) -> bool:
        return self.year is not None and self.month is not None and self.day is not None


# a weekday that is part of a name: "the Good Friday Agreement", "the Bloody Sunday inquiry", "Black Friday sales"
_NAMED_FOR_A_DAY = re.compile(r"\s+(?:Agreement|Accords?|Treaty|Inquiry|inquiry|Sales|sales)\b")
_NAMED_FOR_A_DATE = re.compile(r"\s+(?:(?:Youth|Revolutionary|Popular|Patriotic|National)\s+)?(?:alliance|Alliance|coalition|"
                               r"Coalition|movement|Movement|bloc|Bloc|camp|Camp|Front|Brigades?|Group)\b")

_SOME_DAY = re.compile(r"\b(?:[Aa]|[Oo]ne|[Ee]very|[Ee]ach|[Aa]ny)\s+$")
_ON_SOME_DAY = re.compile(r"\b(?:[Oo]n\s+(?:a|one)|[Oo]ne|[Ee]very|[Ee]ach)\s+(?:[a-z]+\s+)?$")
_IN_A_MONTH = re.compile(r",?\s+(?:in|of)\s+(?:late\s+|early\s+|mid-?)?(?:January|February|March|April|May|June|July|August|"
                         r"September|October|November|December)\b")


def _valid(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def find_dates(text: str, start: int = 0, end: int | None = None, *, dayfirst: bool = True) -> list[DateMention]:
    """All date mentions in ``text[start:end]``, longest first where they overlap."""
    end = len(text) if end is None else end
    found = _dates_in(text[start:end], dayfirst)  # a sentence is read for dates more than once
    if not start:
        return list(found)
    return [replace(d, start=d.start + start, end=d.end + start) for d in found]


@lru_cache(maxsize=4096)
def _dates_in(chunk: str, dayfirst: bool) -> tuple[DateMention, ...]:
    start = 0
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    digit = any(map(str.isdigit, chunk))
    month = bool(_MONTH_HINT.search(chunk))
    weekday = bool(_WEEKDAY_HINT.search(chunk))
    holiday = "Christmas" in chunk or "New Year" in chunk
    for kind, pat in _PATTERNS:
        need = _NEEDS.get(kind)  # skip the patterns whose every match needs what the chunk lacks
        if (need == "digit" and not digit) or (need == "month" and not month) or (need == "weekday" and not weekday) \
                or (need == "holiday" and not holiday):
            continue
        for m in pat.finditer(chunk):
            s, e = m.start(), m.end()
            if m.group(0)[:1].isspace():
                s += len(m.group(0)) - len(m.group(0).lstrip())
            if not free(s, e):
                continue
            if kind == "weekday" and _NAMED_FOR_A_DAY.match(chunk, e):
                continue  # "the Good Friday Agreement", "the Bloody Sunday inquiry": a name, not a day
            if kind == "weekday" and ((_SOME_DAY.search(chunk, 0, s) and _IN_A_MONTH.match(chunk, e))
                                      or (_ON_SOME_DAY.search(chunk, 0, s) and not _IN_A_MONTH.match(chunk, e))):
                # "on a Sunday morning in January", "on a busy Saturday afternoon", "On a Saturday night that
                # month": some such day, not the last one (but "at a Sunday market" is the market of that Sunday)
                continue
            if kind in {"md", "dm"} and _NAMED_FOR_A_DATE.match(chunk, e):
                continue  # "the anti-Assad March 14 alliance", "the April 6 Youth Movement": a name, not a day
            mention = _interpret(kind, m, dayfirst)
            if mention is None:
                continue
            taken.append((s, e))
            found.append(
                DateMention(
                    start + s, start + e, chunk[s:e], kind, mention[0], mention[1], mention[2],
                    mention[3], mention[4], mention[5],
                )
            )
    found.sort(key=lambda d: d.start)
    return tuple(found)


_Parts = tuple[int | None, int | None, int | None, int | None, int | None, bool]


def _interpret(kind: str, m: re.Match[str], dayfirst: bool) -> _Parts | None:
    """(year, month, day, weekday, days_back, strictly_past) for one match, or None when invalid."""
    g = m.groupdict()
    y: int | None
    wd_name = (g.get("wd") or "").lower()
    wd = WEEKDAYS.get(wd_name, _WD_SHORT.get(wd_name))
    if kind == "holiday":
        mo, d = _HOLIDAYS[re.sub(r"\s+", " ", g["h"]).replace("’", "'")]
        return (int(g["year"]) if g.get("year") else None, mo, d, None, None, False)
    if kind == "iso":
        y, mo, d = int(g["year"]), int(g["m"]), int(g["d"])
        return (y, mo, d, None, None, False) if _valid(y, mo, d) else None
    if kind == "night":
        mo, d = MONTHS[g["mon"].lower().rstrip(".")], int(g["day"])
        if g.get("year"):
            y = int(g["year"])
            return (y, mo, d, None, None, False) if _valid(y, mo, d) else None
        return (None, mo, d, None, None, False) if 1 <= d <= 31 else None
    if kind in {"mdy", "dmy"}:
        y, mo, d = int(g["year"]), MONTHS[g["mon"].lower().rstrip(".")], int(g["day"])
        return (y, mo, d, wd, None, False) if _valid(y, mo, d) else None
    if kind in {"numeric", "wd_numeric"}:
        a, b = int(g["a"]), int(g["b"])
        d, mo = (a, b) if dayfirst else (b, a)
        if mo > 12 and d <= 12:
            d, mo = mo, d
        if mo > 12 or d > 31 or mo < 1 or d < 1:
            return None
        y = None
        if g.get("year"):
            y = int(g["year"])
            y = y + 2000 if y < 100 else y
            if not _valid(y, mo, d):
                return None
        return (y, mo, d, wd, None, False)
    if kind in {"md", "dm", "mdly", "dmly"}:
        mon = g["mon"]
        if mon.lower() in {"may", "mar"} and mon[0].islower():
            return None
        d = int(g["day"])
        if not 1 <= d <= 31:
            return None
        return (None, MONTHS[mon.lower().rstrip(".")], d, wd, None, False)
    if kind == "my":
        return (int(g["year"]), MONTHS[g["mon"].lower().rstrip(".")], None, None, None, False)
    if kind == "monly":
        if not g["mon"][0].isupper():
            return None
        return (None, MONTHS[g["mon"].lower().rstrip(".")], None, None, None, True)
    if kind == "lastmon":
        if not g["mon"][0].isupper():
            return None  # "last may" is no month
        return (None, MONTHS[g["mon"].lower().rstrip(".")], None, None, None, True)
    if kind == "mon":
        if not g["mon"][0].isupper():
            return None  # "in may" is not a month
        return (None, MONTHS[g["mon"].lower().rstrip(".")], None, None, None, False)
    if kind == "yesterday":
        return (None, None, None, None, 1, False)
    if kind == "today":
        return (None, None, None, None, 0, False)
    if kind == "ago":
        n = g["n"].lower()
        num = int(n) if n.isdigit() else _NUM_WORDS[n]
        days = num * (7 if g["unit"].lower().startswith("week") else 1)
        return (None, None, None, None, days, False)
    if kind == "yearsago":  # the years back, kept where the days back go
        n = g["n"].lower()
        years = int(n) if n.isdigit() else _NUM_WORDS[n]
        return (None, None, None, None, years, False)
    if kind == "lastweek":
        return (None, None, None, None, 7, False)
    if kind in {"lastmonth", "thismonth"}:
        return (None, None, None, None, None, False)
    if kind == "weekday":
        rel = (g.get("rel") or "").lower()
        return (None, None, None, wd, None, rel.startswith("last") or "past" in rel)
    return None


def infer_reference(mentions: list[DateMention]) -> date | None:
    """The latest full date a document gives: the best guess of when it was written."""
    full = [date(m.year, m.month, m.day) for m in mentions if m.is_full]  # type: ignore[arg-type]
    return max(full) if full else None


def resolve(m: DateMention, ref: date | None) -> tuple[date | None, str | None]:
    """Resolve a mention against a reference date into ``(date, precision)``."""
    if m.is_full:
        return date(m.year, m.month, m.day), "day"  # type: ignore[arg-type]
    if m.kind == "my":
        return date(m.year, m.month, 1), "month"  # type: ignore[arg-type]
    if ref is None:
        return None, None
    if m.kind in {"lastmonth", "thismonth"}:
        first = ref.replace(day=1)
        if m.kind == "lastmonth":
            first = (first - timedelta(days=1)).replace(day=1)
        return first, "month"
    if m.kind == "monly" and m.month is not None:
        return date(ref.year - 1, m.month, 1), "month"
    if m.kind == "lastmon" and m.month is not None:
        return date(ref.year if m.month < ref.month else ref.year - 1, m.month, 1), "month"
    if m.kind == "mon" and m.month is not None:
        return date(ref.year if m.month <= ref.month else ref.year - 1, m.month, 1), "month"
    if m.kind == "yearsago" and m.offset_days is not None:
        return date(ref.year - m.offset_days, ref.month, 28 if (ref.month, ref.day) == (2, 29) else ref.day), "day"
    if m.offset_days is not None:
        if m.kind == "lastweek":
            return ref - timedelta(days=7), "week"
        return ref - timedelta(days=m.offset_days), "day" if m.offset_days < 7 else "week"
    if m.kind in {"mdly", "dmly"} and m.month is not None and m.day is not None:
        return (date(ref.year - 1, m.month, m.day), "day") if _valid(ref.year - 1, m.month, m.day) else (None, None)
    if m.month is not None and m.day is not None:
        best: date | None = None
        for y in (ref.year - 1, ref.year, ref.year + 1):
            if not _valid(y, m.month, m.day):
                continue
            cand = date(y, m.month, m.day)
            if m.weekday is not None and cand.weekday() != m.weekday:
                continue
            if best is None or abs((cand - ref).days) < abs((best - ref).days):
                best = cand
        if best is None and _valid(ref.year, m.month, m.day):
            best = date(ref.year, m.month, m.day)
        if best is not None and m.weekday is None and (best - ref).days > 7:
            earlier = date(best.year - 1, m.month, m.day) if _valid(best.year - 1, m.month, m.day) else None
            best = earlier or best
        return best, "day" if best else None
    if m.weekday is not None:
        back = (ref.weekday() - m.weekday) % 7
        if back == 0 and m.strict_past:
            back = 7
        return ref - timedelta(days=back), "day"
    return None, None
