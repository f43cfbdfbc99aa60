"""Officials' statements: quoted words with a named speaker, role and organisation."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..clean.text import Sentence

_QUOTE = re.compile(r"[“\"]([^”\"]{15,})[”\"]")
_VERBS = r"(?:said|says|added|stated|told|noted|continued|stressed|explained|declared|warned|insisted|emphasi[sz]ed|asserted|remarked|affirmed|announced)"
_AFTER = re.compile(rf"^\s*[,.]?\s*(?P<who3>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{1,3}},\s*[^,“\"]{{2,80}}),\s+{_VERBS}\b|"
                    rf"^\s*[,.]?\s*(?:{_VERBS})\s+(?P<who>[^,.;]+)|^\s*[,.]?\s*(?P<who2>[\w][^,.;“\"]{{1,90}}?)\s+{_VERBS}\b")
_BEFORE = re.compile(rf"(?P<who>[A-Z][^,.;“\"]{{1,90}}?)\s+{_VERBS}\s*(?:that\s*)?[:,]?\s*$")
_INLINE = re.compile(rf",\s*(?:{_VERBS})\s+(?P<a>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){{0,3}})\s*,|,\s*(?P<b>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){{0,3}})\s+{_VERBS}\s*,|^(?P<c>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){{1,3}})\s+(?:also\s+)?{_VERBS}\s+(?:that\b)?")
_REPORTED = re.compile(
    r"(?:^|,\s*)(?P<who>(?:[\w-]+\s+){0,4}?(?:spokes(?:person|man|woman)|minister|president|governor|ambassador|"
    r"commander|secretary|director|chief|official|mayor|envoy|chairman|leader)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})"
    r"\s+(?:said|says|told|stated|announced|added)\s+(?:that\s+)?(?P<what>.+)$"
)
_ROLE = re.compile(
    r"\b(?P<role>(?:deputy\s+|vice\s+|chief\s+|senior\s+|acting\s+|provincial\s+|district\s+)?"
    r"(?:spokes(?:person|man|woman)|prime\s+minister|minister|president|governor|ambassador|commander|"
    r"secretary(?:-general)?|director(?:-general)?|inspector(?:-general|\s+general)|superintendent|police\s+chief|"
    r"chief|head|official|officer|mayor|senator|envoy|coordinator|chairman|chairperson|leader|administrator|"
    r"commissioner|general|colonel|major|captain|analyst))\b",
    re.I,
)
_CUT = re.compile(r"\s+(?:at|in|on|during|to|while|after|before|from|when|of\s+the\s+\w+\s+(?:said|told))\b.*$|\s*\(.*$")
_PRONOUN = re.compile(r"^(?:he|she|they|it|we|i)$", re.I)


@dataclass
class _Speaker:
    name: str
    role: str | None
    organization: str | None
    quote_start: int
    quote_end: int
    quote: str
    sentence: Sentence
    others: list[tuple[int, int]] = field(default_factory=list)


def parse_speaker(phrase: str) -> tuple[str | None, str | None, str | None]:
    """(name, role, organisation) from a phrase like 'Foreign Ministry Spokesperson Lin Jian'."""
    phrase = _CUT.sub("", phrase.strip()).strip(" ,")
    phrase = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.I)
    if not phrase or _PRONOUN.match(phrase):
        return None, None, None
    roles = list(_ROLE.finditer(phrase))
    if roles:
        r = roles[-1]
        after = phrase[r.end():].strip(" ,")
        before = phrase[: r.start()].strip(" ,")
        name = after if _is_name(after) else None
        org = re.sub(r"^(?:the|a|an)\s+", "", before, flags=re.I) or None
        if name is None and "," in phrase:
            head = phrase.split(",")[0].strip()
            if _is_name(head):
                name = head
                org = re.sub(r"^(?:for|of|at|with|from)\s+(?:the\s+)?", "", after, flags=re.I).strip(" ,") or None
        if org and name and org.endswith(name):
            org = org[: -len(name)].strip(" ,") or None
        return name, r.group("role").lower(), org
    if _is_name(phrase):
        return phrase, None, None
    return None, None, None


def _is_name(text: str) -> bool:
    tokens = text.split()
    return 1 <= len(tokens) <= 4 and all(t[:1].isupper() for t in tokens) and not any(
        t.lower() in {"police", "army", "ministry", "government", "officials", "sources", "witnesses"} for t in tokens
    )


def _same(a: str, b: str) -> bool:
    ta, tb = a.lower().split(), b.lower().split()
    return a.lower() == b.lower() or ta[-1] == tb[-1] or set(ta) <= set(tb) or set(tb) <= set(ta)


def find_statements(text: str, sents: list[Sentence]) -> list[_Speaker]:
    """One entry per speaker, carrying the first quote; later quotes by the same speaker merge into it."""
    speakers: list[_Speaker] = []
    last: _Speaker | None = None
    for s in sents:
        quotes = list(_QUOTE.finditer(s.text))
        who_phrase = None
        if quotes:
            q = quotes[0]
            after = s.text[q.end():]
            m = _AFTER.match(after)
            if m:
                who_phrase = m.group("who3") or m.group("who") or m.group("who2")
            else:
                b = _BEFORE.search(s.text[: q.start()])
                if b:
                    who_phrase = b.group("who")
        else:
            m2 = _INLINE.search(s.text)
            rep = _REPORTED.search(s.text)
            if rep:
                who_phrase = rep.group("who")
            elif m2:
                who_phrase = m2.group("a") or m2.group("b") or m2.group("c")
        if who_phrase is None:
            if quotes and last is not None and re.match(r"^\s*[,.]?\s*(?:he|she)\s+" + _VERBS, s.text[quotes[0].end():]):
                last.others.append((s.start + quotes[0].start(1), s.start + quotes[0].end(1)))
            continue
        name, role, org = parse_speaker(who_phrase)
        if name is None:
            if quotes and last is not None and _PRONOUN.match(who_phrase.strip()):
                last.others.append((s.start + quotes[0].start(1), s.start + quotes[0].end(1)))
            continue
        match = next((sp for sp in speakers if _same(sp.name, name)), None)
        if match is not None:
            if quotes:
                match.others.append((s.start + quotes[0].start(1), s.start + quotes[0].end(1)))
            match.role = match.role or role
            match.organization = match.organization or org
            last = match
            continue
        if not quotes:
            rep = _REPORTED.search(s.text)
            if rep is None or role is None:
                continue  # reported speech opens a statement only from a named official
            what = rep.group("what").strip()
            ws = s.start + rep.start("what")
            sp = _Speaker(name, role, org, ws, ws + len(what), what, s)
            speakers.append(sp)
            last = sp
            continue
        q = quotes[0]
        sp = _Speaker(name, role, org, s.start + q.start(1), s.start + q.end(1), q.group(1).strip(), s)
        speakers.append(sp)
        last = sp
    return speakers
