"""Field-by-field scoring of extractions against annotated reports.

An annotated set is a folder of ``NAME.txt`` reports, each with ``NAME.json``
(or ``NAME.expected.json``) holding ``published`` and the ``incidents`` a
reader finds in it (see ``tests/fixtures`` and ``src/sitrep/demo/corpus``).
Gold and predicted incidents in one document are paired greedily by date,
city and country; unpaired ones count against recall or precision.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .datasets import AnnotatedDoc
from .extract.actors import find_actors
from .extract.registry import Extractor
from .ingest import make_document
from .pipeline import run_extraction
from .records import Incident, Statistic
from .resolve.gazetteer import default_gazetteer, name_key

FIELDS = (
    "date", "country_code", "admin1", "city", "event_type", "sub_event_type", "attack_type", "suicide",
    "perpetrator", "claimed", "fatalities_best", "fatalities_range", "injuries_best", "kidnapped", "target_type",
    "background",
)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    fields: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    errors: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # documents not in English: stored, not extracted (yet)
    docs: list[int] = field(default_factory=lambda: [0, 0, 0])  # document level: tp, fp, fn ("reports any incident")
    extra: dict[str, float] = field(default_factory=dict)  # data-set specific measures
    stats: list[int] = field(default_factory=lambda: [0, 0, 0])  # published figures: tp, fp, fn

    @property
    def doc_f1(self) -> float:
        tp, fp, fn = self.docs
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, name: str) -> float | None:
        right, total = self.fields[name]
        return right / total if total else None

    def as_dict(self) -> dict[str, Any]:
        return {
            "detection": {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                          "recall": round(self.recall, 4), "f1": round(self.f1, 4)},
            "skipped_non_english": len(self.skipped),
            **({"measures": {k: round(v, 4) for k, v in self.extra.items()}} if self.extra else {}),
            "documents": {"tp": self.docs[0], "fp": self.docs[1], "fn": self.docs[2], "f1": round(self.doc_f1, 4)},
            "fields": {k: {"accuracy": round(v[0] / v[1], 4), "n": v[1]} for k, v in sorted(self.fields.items()) if v[1]},
        }


def _canon_actor(name: str | None, day: str | None = None) -> str | None:
    """A key's or a prediction's group by its canonical name, as the name meant on ``day`` (a key's "FARC" of 1998
    is the guerrilla, not the dissidents of today)."""
    if not name:
        return None
    found = find_actors(name)
    return found[0].actor.as_of(day).name if found else name


def _branches(name: str | None) -> set[str]:
    """The local branches of the movement a key names: a key's "Islamic State" is answered by its Mozambique
    Province, which is the movement there (the reverse, a key's branch answered by the movement, is not)."""
    found = find_actors(name) if name else []
    return {branch for _, branch in found[0].actor.branches} if found else set()


def _pred_value(inc: Incident, key: str) -> Any:
    loc = inc.location
    return {
        "date": inc.date, "country_code": loc.country_code, "admin1": loc.admin1, "city": loc.city,
        "event_type": inc.event_type, "sub_event_type": inc.sub_event_type, "attack_type": inc.attack_type,
        "suicide": inc.suicide, "perpetrator": _canon_actor(inc.perpetrator.name),
        "claimed": inc.perpetrator.claimed, "fatalities_best": inc.fatalities.best,
        "injuries_best": inc.injuries.best, "kidnapped": inc.kidnapped.best, "target_type": inc.target.type,
        "background": inc.background,
    }[key]


def _same(key: str, gold: Any, pred: Any, day: str | None = None) -> bool:
    if key in {"admin1", "city"} and isinstance(gold, str) and isinstance(pred, str):
        g, p = name_key(gold), name_key(pred)
        if g == p or g in p or p in g:
            return True
        g_joined, p_joined = g.replace(" ", ""), p.replace(" ", "")  # "Northwest" and "North-West Province"
        if g_joined in p_joined or p_joined in g_joined:
            return True
        # another spelling of the same place ("Palmyra" for Tadmur, "North Kivu" for Nord Kivu)
        kinds = {"admin1"} if key == "admin1" else {"city", "landmark"}
        return any(name_key(pl.name) == p for pl in default_gazetteer().lookup(gold) if pl.kind in kinds)
    if key == "perpetrator":
        return _canon_actor(gold, day) == pred or pred in _branches(gold)
    if key == "date" and isinstance(gold, str) and len(gold) in {4, 7} and isinstance(pred, str):
        return pred[:len(gold)] == gold  # a key's "2025-02" (a month) is matched by any day of it
    if key == "claimed":
        # a claim was reported or it was not: a key's null ("nothing said of a claim") and false ("no claim")
        # are one answer, as GTD codes both 0; sitrep writes false for both
        return bool(gold) == bool(pred)
    return bool(gold == pred)


def _pair_score(gold: dict[str, Any], inc: Incident) -> int:
    s = 0
    if gold.get("date") and _same("date", gold["date"], inc.date):
        s += 2
    if gold.get("city") and inc.location.city and _same("city", gold["city"], inc.location.city):
        s += 2
    if gold.get("country_code") and gold["country_code"] == inc.location.country_code:
        s += 1
    return s


def _likeness(gold: dict[str, Any], inc: Incident) -> int:
    """How many of a key's fields a predicted incident agrees on (as MUC's scorer maps a response's templates
    to the key's that make the best score)."""
    return sum(_same(k, gold[k], _pred_value(inc, k), gold.get("date")) for k in FIELDS
               if k in gold and k != "fatalities_range")


def score_document(gold_incidents: list[dict[str, Any]], predicted: list[Incident], score: Score, name: str) -> None:
    if gold_incidents and predicted:
        score.docs[0] += 1
    elif predicted:
        score.docs[1] += 1
    elif gold_incidents:
        score.docs[2] += 1
    # the best pairs by date and place first; of pairs alike on those, the ones that agree on what happened
    # (a bombing and an arson told of one town and day pair each with their own), then in the order told
    pairs = sorted(((_pair_score(g, p), _likeness(g, p), -gi, -pi) for gi, g in enumerate(gold_incidents)
                    for pi, p in enumerate(predicted)), reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    single = len(gold_incidents) == 1 and len(predicted) == 1
    for s, _, neg_gi, neg_pi in pairs:
        gi, pi = -neg_gi, -neg_pi
        if gi in used_g or pi in used_p or (s < 2 and not single):
            continue
        used_g.add(gi)
        used_p.add(pi)
        score.tp += 1
        gold, inc = gold_incidents[gi], predicted[pi]
        for key in FIELDS:
            if key == "fatalities_range":
                if gold.get("fatalities_best") is None and gold.get("fatalities_low") is None:
                    continue
                g_lo = gold.get("fatalities_low", gold.get("fatalities_best"))
                g_hi = gold.get("fatalities_high", gold.get("fatalities_best"))
                p_best = inc.fatalities.best if inc.fatalities.best is not None else inc.fatalities.low
                ok = p_best is not None and (g_lo is None or p_best >= g_lo) and (g_hi is None or p_best <= g_hi)
                score.fields[key][0] += ok
                score.fields[key][1] += 1
                continue
            if key not in gold:
                continue
            g = gold[key]
            p = _pred_value(inc, key)
            ok = _same(key, g, p, gold.get("date"))
            score.fields[key][0] += ok
            score.fields[key][1] += 1
            if not ok:
                score.errors.append(f"{name}: {key}: gold {g!r} predicted {p!r}")
    for gi, g in enumerate(gold_incidents):
        if gi not in used_g:
            score.fn += 1
            score.errors.append(f"{name}: missed incident {g.get('date')} {g.get('city')}")
    for pi, p in enumerate(predicted):
        if pi not in used_p:
            score.fp += 1
            score.errors.append(f"{name}: spurious incident {p.date} {p.location.name}: {(p.summary or '')[:90]}")


def annotated_pairs(folder: Path) -> list[tuple[Path, dict[str, Any]]]:
    out = []
    for txt in sorted(folder.glob("*.txt")):
        for meta in (txt.with_suffix(".json"), txt.with_name(txt.stem + ".expected.json")):
            if meta.exists():
                out.append((txt, json.loads(meta.read_text(encoding="utf-8"))))
                break
    return out


def evaluate_folder(folder: Path, extractor: Extractor) -> Score:
    """Score a folder of our answer keys, or a known data set (MUC-3/4) recognised by its layout."""
    from .datasets import is_muc4, is_ucdp, is_wikievents, muc4

    if is_ucdp(folder):
        return evaluate_places(folder)
    if is_muc4(folder):
        return evaluate_docs(muc4(folder), extractor)
    if is_wikievents(folder):
        return evaluate_mentions(folder, extractor)
    score = Score()
    for txt, gold in annotated_pairs(folder):
        if gold.get("language", "en") != "en":
            score.skipped.append(txt.name)
            continue
        doc = make_document(txt.read_text(encoding="utf-8"), source=str(txt), published=gold.get("published"))
        extraction = run_extraction(doc, extractor)
        score_document(gold.get("incidents", []), list(extraction.incidents), score, txt.name)
        score_statistics(gold.get("statistics", []), list(extraction.statistics), score, txt.name)
    tp, fp, fn = score.stats
    if tp + fp + fn:
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        score.extra.update({"statistics_precision": p, "statistics_recall": r,
                            "statistics_f1": 2 * p * r / (p + r) if p + r else 0.0})
    return score


# counts of events: annotators write "attacks" for a monitor's "violent incidents" and the reverse, so
# the two are one measure when scoring (sitrep itself keeps the word the text uses)
# the same measure under another label (a key's "militants killed" is a count of deaths, of one kind of victim)
_SAME_MEASURE = {"incidents": "attacks", "militants killed": "deaths", "civilians killed": "deaths",
                 "security forces killed": "deaths", "candidates killed": "deaths", "killed": "deaths",
                 "fatalities": "deaths", "wounded": "injuries", "injured": "injuries", "kidnapped": "kidnappings",
                 "abductions": "kidnappings", "homicides": "deaths", "murders": "deaths", "civilian deaths": "deaths",
                 "killings": "deaths"}


def _measure(label: str) -> str:
    """A measure's label as scored: its head, under one name ("attacks on security forces" counts attacks,
    "extremist-related killings" and "killings by right-wing extremists" count deaths; "prevented attacks" stays)."""
    head = re.sub(r"\s+(?:on|against|by)\s+.*$", "", label.strip().lower())
    if head in _SAME_MEASURE:
        return _SAME_MEASURE[head]
    words = head.split()
    if len(words) > 1 and words[-1] in _HEAD_NOUNS and not _NOT_DONE.search(head):
        head = words[-1]
    return _SAME_MEASURE.get(head, head)


# the nouns a measure is counted by, and the words that make a count of them another thing
_HEAD_NOUNS = {"attacks", "incidents", "deaths", "killings", "fatalities", "injuries", "kidnappings", "abductions",
               "arrests", "homicides", "murders", "bombings"}
_NOT_DONE = re.compile(r"\b(?:prevented|foiled|thwarted|failed|attempted|disrupted|averted)\b")


def score_statistics(gold: list[dict[str, Any]], predicted: list[Statistic], score: Score, name: str) -> None:
    """Published figures: right when the measure, the value and the period all agree."""
    left = list(predicted)
    for g in gold:
        measure = _measure(g.get("measure") or "")
        # (a key's month or year is matched by any day of it, as for an incident's date: "2019-11" by "2019-11-06")
        hit = next((s for s in left if _measure(s.measure) == measure and s.value == g.get("value")
                    and all(g.get(k) is None or (getattr(s, k) or "").startswith(g[k]) for k in ("period_start", "period_end"))),
                   None)
        if hit is None:
            score.stats[2] += 1
            score.errors.append(f"{name}: missed statistic {g.get('measure')} {g.get('value')} "
                                f"{g.get('period_start')}..{g.get('period_end')}")
        else:
            score.stats[0] += 1
            left.remove(hit)
    for s in left:
        score.stats[1] += 1
        score.errors.append(f"{name}: spurious statistic {s.measure} {s.value} {s.period_start}..{s.period_end}")


def evaluate_mentions(folder: Path, extractor: Extractor) -> Score:
    """WikiEvents: how many attack-event sentences our incidents cover, and how many attack places they name."""
    from .datasets import wikievents

    score = Score()
    covered = total = places_hit = places_total = 0
    for item in wikievents(folder):
        ex = run_extraction(make_document(item.text, source=item.id, doc_id=item.id), extractor)
        ev_spans = [(e.start, e.end) for inc in ex.incidents for e in inc.evidence]
        for s, e in item.attack_spans:
            total += 1
            covered += any(a < e and s < b for a, b in ev_spans)
        names = {name_key(v) for inc in ex.incidents
                 for v in (inc.location.name, inc.location.city, inc.location.admin1, inc.location.country) if v}
        for place in item.attack_places:
            places_total += 1
            places_hit += any(name_key(place) in n or n in name_key(place) for n in names if n)
        score_document([{}] if item.attack_spans else [], list(ex.incidents)[:1], score, item.id)
    score.extra = {
        "attack_sentence_recall": covered / total if total else 0.0,
        "attack_place_recall": places_hit / places_total if places_total else 0.0,
    }
    return score


_UCDP_ADMIN1 = {  # UCDP's pre-2018 and variant province names, on today's boundaries as GeoNames names them
    "federally administered tribal areas": "khyber pakhtunkhwa",
    "khyber pakhtunkwa": "khyber pakhtunkhwa",
    "azad kashmir": "azad jammu kashmir",
    "islamabad capital": "islamabad",
}


def _admin1_key(name: str) -> str:
    key = name_key(name).replace(" and ", " ")
    for suffix in (" province", " territory", " region", " state"):
        key = key.removesuffix(suffix)
    return _UCDP_ADMIN1.get(key, key)


def evaluate_places(folder: Path, limit: int | None = None) -> Score:
    """UCDP GED: geocode each event's place description; admin1 accuracy and distance to UCDP's point."""
    from .datasets import ucdp
    from .resolve.gazetteer import haversine_km
    from .resolve.geocode import Geocoder, geocode_phrase

    geocoder = Geocoder(default_gazetteer())
    score = Score()
    admin_ok = admin_n = placed = 0
    near = {5: 0, 25: 0, 100: 0}
    points = 0
    for n, case in enumerate(ucdp(folder)):
        if limit is not None and n >= limit:
            break
        loc = geocode_phrase(geocoder, case.description, "PK")
        if case.admin1:
            admin_n += 1
            admin_ok += bool(loc and loc.admin1 and _admin1_key(loc.admin1) == _admin1_key(case.admin1))
        if case.precision == 1:
            points += 1
            if loc and loc.lat is not None and loc.lon is not None:
                placed += 1
                km = haversine_km(loc.lat, loc.lon, case.lat, case.lon)
                for limit_km in near:
                    near[limit_km] += km <= limit_km
    score.extra = {"admin1_accuracy": admin_ok / admin_n if admin_n else 0.0,
                   "points_placed": placed / points if points else 0.0,
                   **{f"within_{k}km": v / points if points else 0.0 for k, v in near.items()}}
    return score


def evaluate_docs(docs: Iterable[AnnotatedDoc], extractor: Extractor) -> Score:
    score = Score()
    for item in docs:
        doc = make_document(item.text, source=item.id, published=item.published, doc_id=item.id)
        score_document(item.incidents, list(run_extraction(doc, extractor).incidents), score, item.id)
    return score


def format_table(name: str, score: Score) -> str:
    if not (score.tp or score.fp or score.fn or any(score.docs)):
        return "\n".join([f"{name}:"] + [f"  {k:18} {v:.3f}" for k, v in score.extra.items()])
    lines = [f"{name}: incidents P {score.precision:.3f}  R {score.recall:.3f}  F1 {score.f1:.3f}  "
             f"(tp {score.tp}, fp {score.fp}, fn {score.fn})"
             + (f"; {len(score.skipped)} non-English documents skipped" if score.skipped else ""),
             f"  documents reporting any incident: F1 {score.doc_f1:.3f} (tp {score.docs[0]}, fp {score.docs[1]}, fn {score.docs[2]})"]
    for key, value in score.extra.items():
        lines.append(f"  {key:18} {value:.3f}")
    for key in FIELDS:
        acc = score.accuracy(key)
        if acc is not None:
            lines.append(f"  {key:18} {acc:.3f}  (n={score.fields[key][1]})")
    return "\n".join(lines)
