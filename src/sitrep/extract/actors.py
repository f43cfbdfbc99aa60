"""Armed groups and state forces named in text, from an extendable dictionary."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import ConfigError


@dataclass(frozen=True, slots=True)
class Actor:
    name: str
    aliases: tuple[str, ...]
    countries: tuple[str, ...]
    type: str


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
            Actor(a["name"], tuple(a.get("aliases", [])), tuple(a.get("countries", [])), a.get("type", "militant"))
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


@lru_cache(maxsize=4)
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
                folded.setdefault(alias.lower(), actor)
    def alt(names: list[str]) -> str:
        return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    case_pat = re.compile(rf"(?<![\w-])(?:{alt(list(exact))})(?![\w-])")
    fold_pat = re.compile(rf"(?<![\w-])(?:{alt(list(folded))})(?![\w])", re.I)
    table = {**{k: v for k, v in exact.items()}, **{k: v for k, v in folded.items()}}
    return case_pat, fold_pat, table


def find_actors(text: str, start: int = 0, end: int | None = None,
                actors: tuple[Actor, ...] | None = None) -> list[ActorMention]:
    """Actor mentions in ``text[start:end]``, longest match first."""
    actors = actors or load_actors()
    end = len(text) if end is None else end
    chunk = text[start:end]
    case_pat, fold_pat, table = _matchers(actors)
    upper = sum(c.isupper() for c in chunk) > 0.6 * max(1, sum(c.isalpha() for c in chunk))
    found: list[ActorMention] = []
    taken: list[tuple[int, int]] = []
    for m in fold_pat.finditer(chunk):
        found.append(ActorMention(table[m.group(0).lower()], start + m.start(), start + m.end(), m.group(0)))
        taken.append((m.start(), m.end()))
    for m in case_pat.finditer(chunk.upper() if upper else chunk):
        if any(m.start() < e and m.end() > s for s, e in taken):
            continue
        key = m.group(0)
        actor = table.get(key)
        if actor is None:
            continue
        found.append(ActorMention(actor, start + m.start(), start + m.end(), chunk[m.start() : m.end()]))
    found.sort(key=lambda a: a.start)
    return found
