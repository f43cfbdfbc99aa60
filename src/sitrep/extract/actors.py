"""Armed groups and state forces named in text, from an extendable dictionary."""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..clean.text import mostly_capitals
from ..errors import ConfigError


@dataclass(frozen=True, slots=True)
class Actor:
    name: str
    aliases: tuple[str, ...]
    countries: tuple[str, ...]
    type: str
    # where a movement acts through local branches: "CC" or "CC/admin1" -> the branch's name
    branches: tuple[tuple[str, str], ...] = ()
    # a movement that became a state's forces ("YYYY-MM-DD"): before that day it is an armed group
    state_since: str | None = None
    # the day each branch became the movement's ("YYYY-MM-DD"): before it, a claim is the movement's own
    branches_since: tuple[tuple[str, str], ...] = ()
    # a name that meant another group before a day: "FARC" names the dissidents since the 2016 peace accord, the
    # guerrilla itself before it ("YYYY-MM-DD", the earlier group's canonical name)
    since: str | None = None
    formerly: str | None = None

    def as_of(self, day: str | None) -> Actor:
        """The actor as it was on ``day`` (ISO): the Taliban of 2015 are insurgents, not a state's forces."""
        if self.state_since and day and day < self.state_since:
            return replace(self, type="militant")
        if self.since and self.formerly and day and day < self.since:
            return replace(self, name=self.formerly)  # the FARC of 2003 are the guerrilla, not its dissidents
        return self


@dataclass(frozen=True, slots=True)
class ActorMention:
    actor: Actor
    start: int
    end: int
    text: str


def _load(text: str, origin: str) -> list[Actor]:
    try:
        data = json.loads(text)
        return [
            Actor(a["name"], tuple(a.get("aliases", [])), tuple(a.get("countries", [])), a.get("type", "militant"),
                  tuple(sorted(dict(a.get("branches", {})).items())), a.get("state_since"),
                  tuple(sorted(dict(a.get("branches_since", {})).items())), a.get("since"), a.get("formerly"))
            for a in data["actors"]
        ]
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        raise ConfigError(f"{origin}: not a valid actor dictionary ({exc})") from None


@lru_cache(maxsize=4)
def load_actors(extra_path: str | None = None) -> tuple[Actor, ...]:
    """The packaged dictionary plus the user's file (``SITREP_ACTORS`` or ~/.config/sitrep/actors.json)."""
    actors = _load(
        resources.files("sitrep").joinpath("data/actors.json").read_text(encoding="utf-8"), "actors.json"
    )
    path = extra_path or os.environ.get("SITREP_ACTORS")
    if not path:
        candidate = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "sitrep/actors.json"
        path = str(candidate) if candidate.is_file() else None
    if path:
        try:
            actors = _load(Path(path).read_text(encoding="utf-8"), path) + actors
        except OSError as exc:
            raise ConfigError(f"{path}: {exc.strerror}") from None
    return tuple(actors)


def local_branch(name: str, country_code: str | None, admin1: str | None,
                 actors: tuple[Actor, ...] | None = None, day: str | None = None) -> str:
    """The branch of a movement that acts where the incident took place: a claim by "Islamic State"
    in Cabo Delgado is its Mozambique province's, as coders record it; other names come back as given.
    On ``day`` (ISO) before the branch joined the movement, it is the movement's own: al-Qaeda in Kenya in
    2002 is not al-Shabaab, which pledged to it in 2012."""
    if not country_code:
        return name
    for actor in actors if actors is not None else load_actors():
        if actor.name == name and actor.branches:
            found = dict(actor.branches)
            branch = found.get(f"{country_code}/{admin1}") or found.get(country_code) or name
            since = dict(actor.branches_since).get(branch)
            return name if since and day and day < since else branch
    return name


def _fold(name: str) -> str:
    return re.sub(r"[\s-]+", " ", name.translate(_UNACCENTED).lower())


def _unaccented_letters() -> dict[int, str]:
    """Latin letters with an accent, each to its plain letter, one for one ("á" -> "a"), so that "Weichán Auka
    Mapu" and "Weichan Auka Mapu" meet and offsets stay those of the text."""
    out = {}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base != chr(code) and base.isascii() and base.isalpha():
            out[code] = base
    return out


_UNACCENTED = _unaccented_letters()
_SPACED = str.maketrans({"-": " ", "\n": " ", "\t": " ", "\r": " ", "\u00a0": " ", **{chr(k): v for k, v in _UNACCENTED.items()}})
_BUILT: dict[int, tuple[tuple[Actor, ...], tuple[re.Pattern[str], re.Pattern[str], dict[str, Actor]]]] = {}


def _matchers_for(actors: tuple[Actor, ...]) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, Actor]]:
    """The matchers of a dictionary, built once (hashing 200+ actors on every call costs more than matching)."""
    hit = _BUILT.get(id(actors))
    if hit is None or hit[0] is not actors:
        if len(_BUILT) >= 4:  # a few dictionaries at most: the packaged one, a user's, a test's
            _BUILT.clear()
        hit = (actors, _matchers(actors))
        _BUILT[id(actors)] = hit
    return hit[1]


def _trie_pattern(words: list[str]) -> str:
    """One regex for many names, shared prefixes factored out: Python's re tries alternatives one by one,
    so a trie of 600 aliases matches several times faster than their plain alternation (longest first)."""
    trie: dict[str, dict] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


def _matchers(actors: tuple[Actor, ...]) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, Actor]]:
    exact: dict[str, Actor] = {}
    folded: dict[str, Actor] = {}
    for actor in actors:
        for alias in (actor.name, *actor.aliases):
            alias = re.sub(r"\s*\(.*?\)\s*$", "", alias) if alias != actor.name else alias
            if not alias:
                continue
            if alias.isupper() or len(alias) <= 4:
                exact.setdefault(alias, actor)
            else:
                folded.setdefault(_fold(alias), actor)
    def alt(names: list[str]) -> str:
        return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    case_pat = re.compile(rf"(?<![\w-])(?:{alt(list(exact))})(?![\w-])")
    # matched against the text with hyphens and line breaks made spaces, one for one, so that "al Qaeda" and
    # "al-Qaeda", "Tehrik-i-Taliban" and "Tehrik i Taliban" are alike and offsets stay those of the text
    fold_pat = re.compile(rf"(?<!\w)(?:{_trie_pattern(list(folded))})(?!\w)", re.I)
    table = {**{k: v for k, v in exact.items()}, **{k: v for k, v in folded.items()}}
    return case_pat, fold_pat, table


def find_actors(text: str, start: int = 0, end: int | None = None,
                actors: tuple[Actor, ...] | None = None) -> list[ActorMention]:
    """Actor mentions in ``text[start:end]``, longest match first."""
    actors = actors or load_actors()
    end = len(text) if end is None else end
    chunk = text[start:end]
    case_pat, fold_pat, table = _matchers_for(actors)
    upper = mostly_capitals(chunk)
    found: list[ActorMention] = []
    taken: list[tuple[int, int]] = []
    for m in fold_pat.finditer(chunk.translate(_SPACED)):
        if m.start() and chunk[m.start() - 1] == "-":
            continue  # "pro-Hamas": part of another word
        found.append(ActorMention(table[_fold(m.group(0))], start + m.start(), start + m.end(), chunk[m.start():m.end()]))
        taken.append((m.start(), m.end()))
    for m in case_pat.finditer(chunk.upper() if upper else chunk):
        if any(m.start() < e and m.end() > s for s, e in taken):
            continue
        key = m.group(0)
        actor = table.get(key)
        if actor is None or (key in _ENGLISH_WORDS and (upper or chunk[m.start():m.end()] != key)):
            continue  # "IS" names the Islamic State in ordinary case; in telex capitals it is the verb
        if _FILE_AFTER.match(chunk, m.end()):
            continue  # "download the report as a PDF file": a file's format, not the group of that abbreviation
        found.append(ActorMention(actor, start + m.start(), start + m.end(), chunk[m.start() : m.end()]))
    found.sort(key=lambda a: a.start)
    return found


# abbreviations that are English words too, read only in ordinary case
_ENGLISH_WORDS = {"IS"}
# a file's format named by the same letters as a group: "a PDF file", "(PDF, 2.4 MB)"
_FILE_AFTER = re.compile(r"\s+(?:files?|documents?|format|version|reader|download|attachment)\b|\s*,?\s*\d+(?:\.\d+)?\s*[KMG]B\b",
                         re.I)


# A group the dictionary does not know, named by what it is: "the Gran Grif gang", "the Dagoberto Ramos column",
# "the National Salvation Front (NAS) rebel group", "Los Choneros, one of the gangs ...".
_NAME = (r"(?P<name>(?:[A-Z0-9][\w'’.-]*)(?:\s+(?:(?:de|del|la|las|los|el|al|of|wal|and)\s+)?[A-Z0-9][\w'’.-]*){0,5})"
         r"(?P<abbr>\s+\([A-Z][A-Za-z0-9-]{1,9}\))?")
_KIND = r"(?P<kind>gang|rebel\s+group|rebels|militia|cartel|armed\s+group|guerrilla\s+group|column|faction|insurgent\s+group)"
_UNLISTED = (
    re.compile(rf"(?<![\w-]){_NAME}\s+{_KIND}\b"),
    re.compile(rf"(?<![\w-]){_NAME},\s+(?:a|an|the|one\s+of\s+(?:the|several|many))\s+(?:[\w-]+\s+){{0,3}}?"
               r"(?P<kind>gangs?|factions?|militias?|armed\s+groups?|rebel\s+groups?|cartels?|guerrilla\s+groups?)\b"),
    re.compile(rf"\b(?:belong(?:ed|s|ing)?\s+to|members\s+of|fighters\s+(?:of|from))\s+(?:the\s+)?{_NAME}"),
    # "a little-known group calling itself the National Movement of Soldiers in T-shirts claimed the attack"
    re.compile(r"\b(?:group|movement|organi[sz]ation|faction|cell|outfit)\s+(?:calling\s+(?:itself|themselves)|"
               r"that\s+calls\s+itself|which\s+calls\s+itself)\s+(?:the\s+)?"
               r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:(?:de|del|la|las|los|el|al|of|wal|and|in|for|the)\s+){0,2}[A-Z0-9][\w'’.-]*){0,7})"),
)
# capitalised words that start a sentence or describe a group without naming it
_NOT_A_NAME = frozenset(
    "the a an armed suspected local rival criminal police officials several other another one two three some many "
    "unknown masked this that these those its their his her our islamist jihadist militant rebel separatist drug "
    "gang heavily powerful notorious feared main largest dominant new same government state security army military "
    "it they he she we gunmen attackers men members leader leaders residents witnesses authorities".split())
# names of state bodies and other institutions, which "members of ..." also precedes
_INSTITUTION = re.compile(
    r"\b(?:Guards?|Police|Army|Forces|Military|Navy|Air\s+Force|Ministry|Corps|Rangers|Government|Department|Agency|"
    r"Commission|Council|Court|Office|Station|University|Hospital|Committee|Bureau|Service|Administration|Authority|"
    r"Parliament|Assembly|Congress|Senate|Party|Union|Church|Association|Red\s+Cross|Crescent|Nations)\b")
_KEEPS_KIND = {"cartel", "column"}  # part of the name: "Santa Rosa de Lima cartel"; a gang is named without "gang"


def find_unlisted_groups(text: str, start: int = 0, end: int | None = None,
                         is_place: Callable[[str], bool] | None = None) -> list[ActorMention]:
    """Named armed groups that are not in the dictionary, by the word that says what they are."""
    end = len(text) if end is None else end
    chunk = text[start:end]
    found: list[ActorMention] = []
    if mostly_capitals(chunk):
        return found  # in text set in capitals a name cannot be told from any other word
    for pattern in _UNLISTED:
        for m in pattern.finditer(chunk):
            name = m.group("name")
            words = name.split()
            while words and words[0].lower() in _NOT_A_NAME:
                words.pop(0)
            if not words or words[0].lower() in _NOT_A_NAME or words[-1].lower() in _NOT_A_NAME:
                continue
            name = " ".join(words)
            if len(name) < 3 or (is_place is not None and is_place(name)) or _INSTITUTION.search(name):
                continue
            kind = (m.groupdict().get("kind") or "").lower()
            label = name + (m.groupdict().get("abbr") or "")
            if kind in _KEEPS_KIND and pattern is _UNLISTED[0]:
                label = f"{label} {kind}"
            a = start + m.start("name") + m.group("name").index(words[0])
            found.append(ActorMention(Actor(label, (), (), "unlisted"), a, start + m.end("name"), text[a:start + m.end("name")]))
    found.sort(key=lambda x: x.start)
    return found
