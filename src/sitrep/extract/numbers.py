"""Counts in text: digits, number words and vague quantities, as (best, low, high)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..config import ExtractSettings

_UNITS = {
    "zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "dozen": 12, "both": 2, "couple": 2, "pair": 2,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000}
_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen)(?:\s+(?:hundred|thousand)(?:\s+(?:and\s+)?(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?)?"
)
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+"
_QUALIFIER = (
    r"(?P<q>at\s+least|a\s+minimum\s+of|no\s+fewer\s+than|no\s+less\s+than|not\s+(?:fewer|less)\s+than|more\s+than|over|"
    r"upwards\s+of|in\s+excess\s+of|nearly|almost|close\s+to|up\s+to|as\s+many\s+as|at\s+most|"
    r"about|around|some|roughly|approximately|an\s+estimated|estimated|fewer\s+than|less\s+than|"
    r"a\s+total\s+of|another|a\s+further|an?\s+additional)\s+"
)
_RANGE = re.compile(
    rf"\b(?:between\s+)?(?P<a>{_DIGITS}|{_WORD})\s*(?:-|–|to|and|or)\s*(?P<b>{_DIGITS}|{_WORD})\b(?=\s+(?:other\s+)?[a-z])",
    re.I,
)
_COUNT = re.compile(
    rf"\b(?:{_QUALIFIER})?(?P<n>{_DIGITS}|{_WORD}|a\s+(?:hundred|thousand)|a\s+dozen|half\s+a\s+dozen|a\s+couple\s+of|a\s+handful\s+of|"
    rf"dozens|scores|hundreds|thousands|several|a\s+few|few|many|numerous|multiple|two\s+dozen|three\s+dozen|"
    # "Both bombers were killed": the two attackers already told of
    rf"both(?=\s+(?:of\s+the\s+)?(?:suicide\s+)?(?:bombers|attackers|gunmen|assailants)\b))\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Count:
    start: int
    end: int
    text: str
    best: int | None
    low: int | None
    high: int | None


def word_to_int(words: str) -> int | None:
    """Parse an English number phrase ("twenty-six", "two hundred and five")."""
    total, current = 0, 0
    seen = False
    for w in re.split(r"[\s-]+", words.lower().replace(",", "")):
        if not w or w == "and":
            continue
        if w.isdigit():
            current += int(w)
        elif w in _UNITS:
            current += _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w in _SCALES:
            current = max(current, 1) * _SCALES[w]
            if _SCALES[w] >= 1000:
                total, current = total + current, 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _vague(n: str, s: ExtractSettings) -> tuple[int | None, int | None, int | None] | None:
    n = " ".join(n.lower().split())
    table = {
        "dozens": (None, s.dozens_low, None),
        "scores": (None, s.scores_low, None),
        "hundreds": (None, 200, None),
        "thousands": (None, 2000, None),
        "several": (None, s.several_low, None),
        "a few": (None, 2, None),
        "few": (None, 2, None),
        "a handful of": (None, 3, None),
        "a couple of": (2, 2, 2),
        "many": (None, 2, None),
        "numerous": (None, 2, None),
        "multiple": (None, 2, None),
        "a dozen": (12, 12, 12),
        "half a dozen": (6, 6, 6),
        "two dozen": (24, 24, 24),
        "three dozen": (36, 36, 36),
    }
    return table.get(n)


# "more than 20": the figure printed, 20, is the count kept (ACLED keeps the most conservative figure reported,
# and annotators key "more than 200 wounded" as 200); it is no upper bound
ABOVE = ("more than", "over", "upwards of", "in excess of")


def find_counts(text: str, start: int = 0, end: int | None = None,
                settings: ExtractSettings | None = None) -> list[Count]:
    """Every count in ``text[start:end]`` with its qualifier folded into a range."""
    settings = settings or ExtractSettings()
    end = len(text) if end is None else end
    # (a sentence is read for counts more than once: for figures, for an event's victims, for its toll)
    found = _counts_in(text[start:end], settings)
    out = [Count(c.start + start, c.end + start, c.text, c.best, c.low, c.high) for c in found] if start else list(found)
    # "twenty-six (26) terrorists", "four (04) soldiers": the figure in brackets repeats the word
    return [c for i, c in enumerate(out)
            if not (i and _OPEN_BRACKET.fullmatch(text[out[i - 1].end:c.start]) and c.best == out[i - 1].best
                    and text[c.end:c.end + 3].lstrip().startswith(")"))]


_OPEN_BRACKET = re.compile(r"\s*\(\s*")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@lru_cache(maxsize=4096)
def _counts_in(chunk: str, settings: ExtractSettings) -> tuple[Count, ...]:
    """The counts of one chunk of text, by their offsets in it, in order."""
    start = 0
    out: list[Count] = []
    taken: list[tuple[int, int]] = []
    for m in _RANGE.finditer(chunk):
        a, b = word_to_int(m.group("a")), word_to_int(m.group("b"))
        if a is None or b is None or not a < b or b > 100000:
            continue
        if _YEAR.search(m.group(0)):
            continue
        taken.append((m.start(), m.end()))
        # "between 18 and 23": the best figure is the most conservative one reported, as ACLED codes it
        out.append(Count(start + m.start(), start + m.end(), m.group(0), a, a, b))
    for m in _COUNT.finditer(chunk):
        if any(m.start() < e and m.end() > s for s, e in taken):
            continue
        raw = m.group("n")
        q = " ".join((m.group("q") or "").lower().split())
        vague = _vague(raw, settings)
        if vague is not None:
            best, low, high = vague
            if q in {"at least", "more than", "over"} and low is not None:
                best = None
        else:
            value = int(raw.replace(",", "")) if raw[0].isdigit() else word_to_int(raw)
            if value is None:
                continue
            if raw[0].isdigit() and 1900 <= value <= 2100 and "," not in raw:
                continue  # a year
            best, low, high = value, value, value
            if q in {"at least", "a minimum of", "no fewer than", "no less than", "not fewer than", "not less than"}:
                high = None
            elif q in ABOVE:
                best, low, high = value, value, None
            elif q in {"nearly", "almost", "close to", "fewer than", "less than"}:
                best, low, high = (value - 1 if q in {"fewer than", "less than"} else value), None, value
            elif q in {"up to", "as many as", "at most"}:
                best, low, high = value, None, value
            elif q in {"about", "around", "some", "roughly", "approximately", "an estimated", "estimated"}:
                low, high = None, None
        out.append(Count(start + m.start(), start + m.end(), m.group(0), best, low, high))
    out.sort(key=lambda c: c.start)
    return tuple(out)
