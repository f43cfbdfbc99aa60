"""Readers for annotated data sets, turned into the answer-key shape that ``sitrep.evaluation`` scores.

Each reader yields ``AnnotatedDoc`` records: an id, the text, a publication date
when the source gives one, and gold incidents as dicts with the keys of our own
answer keys (date, country_code, city, attack_type, perpetrator, claimed,
fatalities_best). Fields a data set does not annotate are left out, so they are
not scored.

- MUC-3/4 (``muc4-dev/raw``): the original texts and answer-key templates of the
  DEV, TST1 and TST2 sets. Templates whose stage is THREATENED, and messages whose
  only template is ``*`` (about half: irrelevant news), give no incident, which is
  what measures precision.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .extract.actors import find_actors
from .extract.dates import MONTHS
from .resolve.gazetteer import default_gazetteer


@dataclass
class AnnotatedDoc:
    id: str
    text: str
    published: str | None
    incidents: list[dict[str, Any]] = field(default_factory=list)


# MUC incident types to GTD attack types (ROBBERY and the rest have no GTD twin and are not scored)
MUC_TYPES = {
    "BOMBING": "Bombing/Explosion",
    "KIDNAPPING": "Hostage Taking (Kidnapping)",
    "ARSON": "Facility/Infrastructure Attack",
    "ATTACK": "Armed Assault",
}
_MUC_DATE = re.compile(r"(\d{1,2})\s+([A-Z]{3})\s+(\d{2})")
_MUC_ID = re.compile(r"^((?:DEV|TST\d)-MUC\d-\d{4})\b", re.M)


def _muc_date(value: str) -> date | None:
    m = _MUC_DATE.search(value)
    if not m:
        return None
    month = MONTHS.get(m.group(2).lower())
    if month is None:
        return None
    try:
        return date(1900 + int(m.group(3)), month, int(m.group(1)))
    except ValueError:
        return None


def _muc_texts(path: Path) -> dict[str, str]:
    raw = path.read_text(encoding="latin-1")
    marks = list(_MUC_ID.finditer(raw))
    out = {}
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(raw)
        body = raw[m.end(): end]
        body = body.split("\n", 1)[1] if "\n" in body else body
        out[m.group(1)] = body.strip("\n")
    return out


def _muc_templates(path: Path) -> Iterator[dict[str, str]]:
    current: dict[str, str] = {}
    slot = None
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith(";"):
            continue
        if not line.strip():
            if current:
                yield current
            current, slot = {}, None
            continue
        m = re.match(r"\s*\d+\.\s+([A-Z ]+?:\s*[A-Z ]+?)\s{2,}(.*)$", line)
        if m:
            slot = " ".join(m.group(1).split())
            current[slot] = m.group(2).strip()
        elif slot:
            current[slot] += "\n" + line.strip()
    if current:
        yield current


def _muc_gold(t: dict[str, str]) -> dict[str, Any] | None:
    kind = t.get("INCIDENT: TYPE", "*").split()[0] if t.get("INCIDENT: TYPE") else "*"
    if kind in {"*", "-"} or "THREATENED" in t.get("INCIDENT: STAGE OF EXECUTION", ""):
        return None
    gold: dict[str, Any] = {}
    when = _muc_date(t.get("INCIDENT: DATE", ""))
    if when and "-" not in t.get("INCIDENT: DATE", "").strip()[:2]:
        gold["date"] = when.isoformat()
    loc = t.get("INCIDENT: LOCATION", "").split("\n")[0]
    if loc and loc not in {"-", "*"}:
        parts = [p.strip() for p in loc.split(":")]
        gaz = default_gazetteer()
        country = next((p for p in gaz.lookup(parts[0].title()) if p.kind == "country"), None)
        if country:
            gold["country_code"] = country.country_code
        if len(parts) > 1:
            city = re.sub(r"\s*\(.*?\)", "", parts[1].split("/")[0].split("-")[0]).strip().title()
            if city:
                gold["city"] = city
    if kind in MUC_TYPES:
        gold["attack_type"] = MUC_TYPES[kind]
    org = t.get("PERP: ORGANIZATION ID", "-")
    names = re.findall(r'"([^"]+)"', org)
    if names:
        found = next((a for n in names for a in find_actors(n)), None)
        if found:
            gold["perpetrator"] = found.actor.name
    conf = t.get("PERP: ORGANIZATION CONFIDENCE", "")
    if "CLAIMED OR ADMITTED" in conf:
        gold["claimed"] = True
    deaths = 0
    exact = True
    effects = t.get("HUM TGT: EFFECT OF INCIDENT", "")
    numbers = t.get("HUM TGT: NUMBER", "")
    num_by_name = {n: v for v, n in re.findall(r'(\S+): "([^"]+)"', numbers)}
    for line in effects.split("\n"):
        m = re.match(r'\s*DEATH:\s*"([^"]+)"', line)
        if m:
            value = num_by_name.get(m.group(1), "1")
            if value.isdigit():
                deaths += int(value)
            else:
                exact = False
    if exact and deaths and effects not in {"-", "*"}:
        gold["fatalities_best"] = deaths
    return gold


def muc4(folder: Path, splits: tuple[str, ...] = ("tst1", "tst2")) -> Iterator[AnnotatedDoc]:
    """The MUC-3/4 texts and keys of the given splits, one annotated document per message."""
    raw = folder / "raw"
    for split in splits:
        texts: dict[str, str] = {}
        for path in sorted((raw / split).glob(f"{split}-muc*")):
            texts.update(_muc_texts(path))
        gold: dict[str, list[dict[str, Any]]] = {}
        for path in sorted((raw / split).glob("key-*")):
            for t in _muc_templates(path):
                mid = (t.get("MESSAGE: ID", "").split() or [""])[0]
                if not mid:
                    continue
                gold.setdefault(mid, [])
                g = _muc_gold(t)
                if g is not None:
                    gold[mid].append(g)
        for mid, text in texts.items():
            head = _MUC_DATE.search(text[:200])
            when = _muc_date(head.group(0)) if head else None
            published = when.isoformat() if when else None
            yield AnnotatedDoc(mid, text, published, gold.get(mid, []))


def is_muc4(folder: Path) -> bool:
    return (folder / "raw" / "tst1").is_dir()


@dataclass
class MentionDoc:
    """A document annotated at the level of event mentions (WikiEvents)."""

    id: str
    text: str
    attack_spans: list[tuple[int, int]]  # sentences that hold a Conflict.Attack trigger
    attack_places: list[str]  # Place arguments of those attacks


def is_wikievents(folder: Path) -> bool:
    return (folder / "dev.jsonl").is_file() and (folder / "dev_info.jsonl").is_file()


def wikievents(folder: Path) -> Iterator[MentionDoc]:
    """WikiEvents documents with the sentences and places of their attack events."""
    import json

    for line in (folder / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        text = d["text"]
        bounds = []
        for sent in d["sentences"]:
            tokens = sent[0]
            bounds.append((tokens[0][1], tokens[-1][2]) if tokens else (0, 0))
        spans: list[tuple[int, int]] = []
        places: list[str] = []
        for ev in d["event_mentions"]:
            if not ev["event_type"].startswith("Conflict.Attack"):
                continue
            idx = ev["trigger"]["sent_idx"]
            if 0 <= idx < len(bounds):
                spans.append(bounds[idx])
            places.extend(a["text"] for a in ev["arguments"] if a["role"] == "Place")
        yield MentionDoc(d["doc_id"], text, spans, places)


@dataclass
class PlaceCase:
    """One UCDP GED event: a place description and where UCDP put it."""

    id: str
    description: str
    admin1: str | None
    lat: float
    lon: float
    precision: int  # UCDP where_prec: 1 exact place ... 7 international waters


def is_ucdp(folder: Path) -> bool:
    return any(folder.glob("conflict_data_*.csv"))


def ucdp(folder: Path) -> Iterator[PlaceCase]:
    """UCDP GED rows (the HDX export's second row of HXL tags is skipped)."""
    import csv

    for path in sorted(folder.glob("conflict_data_*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                if (row.get("id") or "").startswith("#") or not row.get("latitude", "").strip() or row.get("year", "").startswith("#"):
                    continue
                try:
                    lat, lon, prec = float(row["latitude"]), float(row["longitude"]), int(row["where_prec"])
                except ValueError:
                    continue
                yield PlaceCase(row["id"], row.get("where_description") or "", row.get("adm_1") or None, lat, lon, prec)
