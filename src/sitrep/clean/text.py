"""Sentence splitting with character offsets (no model needed)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_ABBREV = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "gov", "sen",
    "rep", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jr", "sr", "rev", "brig", "cdr",
    "u.s", "u.n", "u.k", "e.g", "i.e", "approx", "dept", "govt", "km", "insp", "supt",
    # South Asian police style: "under P.S. Chintalnar", "Vill. Kutul", "Dist. Sukma"
    "p.s", "p.o", "vill", "dist", "teh",
    # ranks and titles: Thai police's "Pol. Lt. Col.", "Cpl.", "Pvt.", "Adm.", "Fr." (a priest), "Mt." (a mountain)
    "pol", "cpl", "pvt", "pte", "adm", "lieut", "cmdr", "cpt", "hon", "fr", "mt",
}
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=\s*\S)")

# what may follow "a.m." or "p.m." inside the sentence: a day, a month, a time zone
_TIME_GOES_ON = re.compile(r"\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
                           r"August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|"
                           r"GMT|UTC|IST|PKT|EAT|WAT|CAT|EST|EDT|PST|PDT|CET|CEST|BST)\b")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


# a line that opens a list item: "* Thu 5 Jun - North Waziristan", "- Gunmen ...", "• Kano:"
LIST_ITEM = re.compile(r"[ \t]*[-*•‣▪–][ \t]+\S")


def sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Split ``text[start:end]`` into sentences whose offsets index into ``text``."""
    end = len(text) if end is None else end
    chunk = text[start:end]
    out: list[Sentence] = []
    pos = 0
    wrapped = is_wrapped(chunk.splitlines())
    for m in _BOUNDARY.finditer(chunk):
        if wrapped and m.group(0) == "\n" and not LIST_ITEM.match(chunk, m.end()):
            continue  # a hard line break inside a wrapped paragraph is only a space (but not before a list item)
        cut = m.end() if not m.group(0).startswith("\n") else m.start()
        candidate = chunk[pos:cut]
        if m.group(0)[0] == ".":
            # (the whole last word, accents and all: "Boumerdès." ends a sentence; it is no initial "s.")
            word = re.search(r"((?:[^\W\d_]|\.)+)\.*$", chunk[pos : m.start() + 1].rstrip("."))
            tail = (word.group(1) if word else "").lower().rstrip(".")
            if tail in _ABBREV or (len(tail) == 1 and tail.isalpha()):
                continue
            if tail in {"a.m", "p.m"} and _TIME_GOES_ON.match(chunk, m.end()):
                continue  # "at about 10:45 a.m. Wednesday", "at 7 p.m. local time": the clause goes on
        if _open_quote(candidate) and not m.group(0).startswith("\n"):
            continue  # never split inside a quotation
        if candidate.strip():
            _emit(out, text, start + pos, start + cut)
        pos = m.end()
    if chunk[pos:].strip():
        _emit(out, text, start + pos, end)
    return out


def is_wrapped(lines: list[str]) -> bool:
    """True for a paragraph hard-wrapped at a fixed width (long lines that stop mid-sentence)."""
    lines = [ln.strip() for ln in lines if ln.strip()]
    if len(lines) < 2:
        return False
    body = lines[:-1]
    long = sum(len(ln) >= 45 for ln in body)
    open_end = sum(not re.search(r"[.!?:\"”]$", ln) for ln in body)
    return long >= 0.7 * len(body) and open_end >= 0.5 * len(body)


def _open_quote(text: str) -> bool:
    """True when the text opens a quotation that it does not close."""
    if text.count("“") > text.count("”"):
        return True
    return text.count('"') % 2 == 1


def _emit(out: list[Sentence], text: str, s: int, e: int) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append(Sentence(s, e, text[s:e]))


def normalise(text: str) -> str:
    """Lower-case, collapse whitespace and strip punctuation, for comparing lines."""
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


@lru_cache(maxsize=256)
def blank(pattern: re.Pattern[str], text: str) -> str:
    """``text`` with what ``pattern`` finds turned to spaces, every offset kept."""
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def mostly_capitals(text: str) -> bool:
    """True for text written in capitals (old wire copy, telex): names cannot be told by case."""
    letters = sum(map(str.isalpha, text))
    return letters > 0 and sum(map(str.isupper, text)) > 0.6 * letters
