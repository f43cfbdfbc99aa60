"""Tolls in text: who was killed, injured or kidnapped, how many, and in which category."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..config import ExtractSettings
from .numbers import Count, find_counts
from .taxonomy import victim_category

KILL = re.compile(r"\b(?:killed|killing|kill|dead|died|die|deaths?|death\s+toll|lost\s+(?:their|his|her)\s+lives|lives|"
                  r"slain|massacred|shot\s+dead|gunned\s+down|beheaded|executed|perished|fatalit(?:y|ies)|bodies|"
                  r"murdered|lifeless|succumbed)\b", re.I)
INJURE = re.compile(r"\b(?:injur(?:ed|ing|ies|y|e)|wound(?:ed|ing|s)?|hurt|hospitali[sz]ed|casualties)\b", re.I)
KIDNAP = re.compile(r"\b(?:kidnapp?(?:ed|ing)|abduct(?:ed|ing)|taken\s+hostage|held\s+hostage|missing|seized|captives?)\b", re.I)
_BEFORE = re.compile(
    r"(?P<verb>killing|killed|kill|left|leaving|deaths?\s+of|death\s+toll\s+(?:\w+\s+){0,3}(?:to|at|of)|toll\s+(?:\w+\s+){0,3}(?:to|at|of)|"
    r"claimed\s+the\s+lives\s+of|claiming\s+the\s+lives\s+of|lives\s+of|injuring|injured|wounding|wounded|hurting|"
    r"kidnapping|kidnapped|abducting|abducted|seized|shot\s+dead|gunned\s+down|bodies\s+of)\s+(?:(?:at\s+least|another|a\s+further|some|about|around)\s+)?$",
    re.I,
)
_NOT_PEOPLE = re.compile(
    r"^\s*(?:-|–)?\s*(?:km|kilomet\w+|miles?|metres?|meters?|years?|year-old|-year-old|yrs|pm|am|a\.m\.|p\.m\.|"
    r"percent|per\s+cent|%|hours?|minutes?|seconds?|days?|weeks?|months?|dollars?|rupees?|naira|shillings?|"
    r"pesos?|euros?|billion|million|vehicles?|cars?|trucks?|houses?|homes?|shops?|buildings?|rounds?|"
    r"times|kg|kilograms?|tons?|tonnes?|o'clock|attacks?|incidents?|bombs?|rockets?|grenades?|groups?|"
    r"provinces?|districts?|villages?|countries|cases?|suspects?|arrests?|motorcycles?|points?|goals?|"
    r"of\s+them|of\s+the\s+\w+\s+(?:attacks|incidents)|cents?)\b",
    re.I,
)
_NONE = re.compile(
    r"\b(?:no\s+(?:casualties|injuries|deaths|fatalities|loss\s+of\s+life)|no\s*(?:one|body)\s+(?:was|were)\s+"
    r"(?:killed|hurt|injured|harmed|wounded)|nobody\s+(?:was\s+)?(?:killed|hurt|injured|harmed)|"
    r"without\s+(?:causing\s+)?(?:casualties|injuries)|escaped\s+unhurt|caused\s+no\s+(?:casualties|injuries))\b",
    re.I,
)
_ATTACKER_INCL = re.compile(
    r"\b(?P<incl>including|among\s+them|among\s+whom|as\s+well\s+as|and|plus)\s+(?:the\s+)?(?P<n>\w+\s+)?"
    r"(?P<who>(?:suicide\s+)?bombers?|attackers?|assailants?|gunm[ae]n|militants?|perpetrators?)\b",
    re.I,
)
_ATTACKER_ALSO = re.compile(
    r"\b(?:the\s+)?(?:suicide\s+)?(?:bomber|attacker|assailant|gunman)\s+(?:was|were)\s+(?:also\s+)?killed|"
    r"\b(?:the\s+)?(?:bomber|attacker)\s+(?:also\s+)?died\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Casualty:
    kind: str  # killed | injured | kidnapped
    count: Count
    noun: str  # the words naming the victims
    noun_start: int
    noun_end: int
    category: str | None
    plus_one: bool  # "the councillor and two others"


@dataclass
class Toll:
    best: int | None = None
    low: int | None = None
    high: int | None = None
    civilians: int | None = None
    security_forces: int | None = None
    militants: int | None = None
    spans: list[tuple[int, int]] | None = None


_NOUN_STOP = {
    "were", "was", "have", "has", "had", "are", "is", "who", "that", "which", "killed", "dead", "died",
    "injured", "wounded", "hurt", "kidnapped", "abducted", "in", "at", "on", "near", "during", "from",
    "and", "when", "after", "by", "as", "with", "while", "lost", "also", "including", "to",
}


def _noun_after(window: str, base: int) -> tuple[str, int]:
    """The words naming the counted people ("Chinese nationals", "other passengers")."""
    m = re.match(r"\s*(?:of\s+(?:the\s+|them\s*)?)?", window)
    pos = m.end() if m else 0
    words = []
    first = None
    for w in re.finditer(r"[\w'’-]+|[^\w\s]", window[pos:]):
        token = w.group(0)
        if not re.match(r"[\w]", token) or token.lower() in _NOUN_STOP or len(words) >= 4:
            break
        if first is None:
            first = pos + w.start()
        words.append(token)
    if not words or first is None:
        return "", base
    noun = " ".join(words)
    return noun, base + first


def _noun_end(text: str, start: int, noun: str) -> int:
    """End offset of ``noun`` in ``text`` from ``start``, spaces as the text has them."""
    if not noun:
        return start
    pos = start
    for word in noun.split(" "):
        idx = text.find(word, pos)
        if idx < 0:
            return start
        pos = idx + len(word)
    return pos


def _verb_class(text: str) -> str | None:
    hits = []
    for kind, pattern in (("killed", KILL), ("injured", INJURE), ("kidnapped", KIDNAP)):
        m = pattern.search(text)
        if m:
            hits.append((m.start(), kind))
    return min(hits)[1] if hits else None


def find_casualties(text: str, start: int, end: int, settings: ExtractSettings,
                    skip: list[tuple[int, int]] | None = None) -> list[Casualty]:
    """Counts of victims in one sentence, each tied to killed, injured or kidnapped."""
    skip = skip or []
    counts = [c for c in find_counts(text, start, end, settings)
              if not any(c.start < b and c.end > a for a, b in skip)]
    out: list[Casualty] = []
    for i, c in enumerate(counts):
        after_end = counts[i + 1].start if i + 1 < len(counts) else end
        after = text[c.end:after_end]
        if _NOT_PEOPLE.match(after) or re.match(r"^\s*(?:-|–)\s*\w", after):
            continue
        if text[max(start, c.start - 1):c.start] in {"$", "#"}:
            continue
        clause_cut = re.search(r"[;:]|\bwhile\b|\bbut\b|\bwhereas\b|\bafter\b|\bwhen\b|\bsince\b|\bas\s+(?=\w+\s+(?:said|told))", after)
        window = after[: clause_cut.start()] if clause_cut else after
        noun, noun_start = _noun_after(window, c.end)
        before = text[max(start, c.start - 60):c.start]
        bm = _BEFORE.search(before)
        kind = _verb_class(bm.group("verb")) if bm else None
        if kind is None:
            kind = _verb_class(window[:120])
        if kind is None:
            continue
        if re.match(r"\s*(?:of\s+)?(?:attacks?|incidents?|bombings?)\b", after, re.I):
            continue
        category = victim_category(noun) if noun else None
        if category is None and bm is None:
            category = victim_category(window[:60])
        prefix = text[start:c.start]
        plus_one = bool(
            re.search(r"\band\s+(?:at\s+least\s+)?$", prefix)
            and re.match(r"\s*other", after)
            and not KILL.search(prefix) and not INJURE.search(prefix)
            and not re.search(r"\d", prefix[-60:])
        )
        noun_end = _noun_end(text, noun_start, noun)
        out.append(Casualty(kind, c, noun, noun_start, noun_end, category, plus_one))
    return out


def no_casualties(text: str) -> re.Match[str] | None:
    return _NONE.search(text)


def _add(a: int | None, b: int | None) -> int | None:
    if a is None and b is None:
        return None
    return (a or 0) + (b or 0)


def combine(casualties: list[Casualty], sentence_of: dict[int, int], kind: str,
            attacker_text: list[tuple[int, str]]) -> Toll | None:
    """One toll from the counts of one kind: summed within a sentence, the largest across sentences."""
    items = [c for c in casualties if c.kind == kind]
    if not items:
        return None
    per_sentence: dict[int, Toll] = {}
    for c in items:
        sid = sentence_of.get(c.count.start, 0)
        t = per_sentence.setdefault(sid, Toll(spans=[]))
        extra = 1 if c.plus_one else 0
        best = None if c.count.best is None else c.count.best + extra
        low = None if c.count.low is None else c.count.low + extra
        high = None if c.count.high is None else c.count.high + extra
        if t.best is None and t.low is None and t.high is None:
            t.best, t.low, t.high = best, low, high
        else:
            t.best = _add(t.best, best) if (t.best is not None and best is not None) else None
            t.low = _add(t.low, low)
            t.high = _add(t.high, high) if (t.high is not None and high is not None) else None
        if c.category and best is not None:
            setattr(t, c.category, _add(getattr(t, c.category), best))
        assert t.spans is not None
        t.spans.append((c.count.start, c.count.end))
    if kind == "killed":
        for sid, text in attacker_text:
            t = per_sentence.get(sid)
            if t is None:
                continue
            for m in _ATTACKER_INCL.finditer(text):
                n_raw = (m.group("n") or "").strip()
                from .numbers import word_to_int
                n = word_to_int(n_raw) if n_raw else 1
                if n is None:
                    continue
                if m.group("incl").lower() == "including" or m.group("incl").lower().startswith("among"):
                    t.militants = _add(t.militants, n)
                elif KILL.search(text[m.end(): m.end() + 40]) or KILL.search(text[: m.start()]):
                    t.best = _add(t.best, n) if t.best is not None else None
                    t.low = _add(t.low, n)
                    t.high = _add(t.high, n) if t.high is not None else None
                    t.militants = _add(t.militants, n)
            if _ATTACKER_ALSO.search(text):
                t.best = _add(t.best, 1) if t.best is not None else None
                t.low = _add(t.low, 1)
                t.high = _add(t.high, 1) if t.high is not None else None
                t.militants = _add(t.militants, 1)

    def size(t: Toll) -> int:
        return max(v for v in (t.best, t.low, t.high, 0) if v is not None)

    chosen = max(per_sentence.values(), key=size)
    spans = [s for t in per_sentence.values() for s in (t.spans or [])]
    low = [t.low for t in per_sentence.values() if t.low is not None]
    highs = [t.high for t in per_sentence.values()]
    return Toll(
        best=chosen.best,
        low=chosen.low if chosen.low is not None else (min(low) if low else None),
        high=None if any(h is None for h in highs) else max(h for h in highs if h is not None),
        civilians=chosen.civilians,
        security_forces=chosen.security_forces,
        militants=chosen.militants,
        spans=spans,
    )
