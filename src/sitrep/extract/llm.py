"""An extractor that asks a language model through an OpenAI-compatible endpoint.

Works with any server that speaks ``POST /v1/chat/completions`` with a JSON schema
response format (vLLM, llama.cpp's server, Ollama, hosted APIs). The model only
proposes: every value must come with a quote that really occurs in a reporting
segment of the document, and the quote must support the value (a number must
appear in its quote, a place must resolve in our gazetteer from its quote). A
value whose quote is missing or does not support it is dropped; an incident with
no supported event quote is dropped whole.
"""

from __future__ import annotations

import hashlib
import json
import re
import urllib.error
import urllib.request
from dataclasses import replace
from typing import Any

from ..clean import segment_document
from ..config import Settings
from ..errors import ExtractionError
from ..records import (
    Document,
    Evidence,
    Extraction,
    Fatalities,
    Incident,
    Injuries,
    Location,
    Perpetrator,
    Target,
)
from ..resolve.gazetteer import default_gazetteer
from ..resolve.geocode import Geocoder, most_specific, to_location
from .actors import find_actors
from .numbers import find_counts
from .taxonomy import ATTACK_TYPES, EVENT_TYPES, TARGET_TYPES

_QUOTED = {"type": ["string", "null"]}
SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["incidents"],
    "properties": {
        "incidents": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["event_quote"],
                "properties": {
                    "event_quote": {"type": "string", "description": "verbatim words that report the event"},
                    "date": {"type": ["string", "null"], "description": "YYYY-MM-DD"},
                    "date_quote": _QUOTED,
                    "event_type": {"type": ["string", "null"], "enum": [*EVENT_TYPES, None]},
                    "sub_event_type": {"type": ["string", "null"]},
                    "attack_type": {"type": ["string", "null"], "enum": [*ATTACK_TYPES, None]},
                    "suicide": {"type": "boolean"},
                    "place_quote": _QUOTED,
                    "perpetrator_quote": _QUOTED,
                    "claimed": {"type": ["boolean", "null"]},
                    "claim_quote": _QUOTED,
                    "target_type": {"type": ["string", "null"], "enum": [*TARGET_TYPES, None]},
                    "target_quote": _QUOTED,
                    "killed": {"type": ["integer", "null"]},
                    "killed_quote": _QUOTED,
                    "injured": {"type": ["integer", "null"]},
                    "injured_quote": _QUOTED,
                    "kidnapped": {"type": ["integer", "null"]},
                    "kidnapped_quote": _QUOTED,
                },
            },
        }
    },
}
PROMPT = (
    "Extract every real violent incident (attack, bombing, kidnapping, armed clash...) that this news text "
    "reports, including earlier incidents mentioned as background. Leave out threats, plans, statistics and "
    "opinions. For every value give a *_quote field that copies the exact words of the text supporting it; "
    "use null when the text does not say. Dates as YYYY-MM-DD; the text was published {published}.\n\nTEXT:\n{text}"
)


class LLMExtractor:
    """Model-proposed incidents, kept only where the text backs them."""

    name = "llm"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        cfg = settings.llm
        if not cfg.endpoint or not cfg.model:
            raise ExtractionError("extract.backend=llm needs llm.endpoint and llm.model in the settings")
        self.url = cfg.endpoint.rstrip("/") + "/chat/completions"
        self.geocoder = Geocoder(default_gazetteer(settings.geo))

    def _ask(self, doc: Document, text: str) -> dict[str, Any]:
        body = {
            "model": self.settings.llm.model,
            "temperature": 0,
            "messages": [{"role": "user", "content": PROMPT.format(published=doc.published or "unknown", text=text)}],
            "response_format": {"type": "json_schema", "json_schema": {"name": "incidents", "schema": SCHEMA}},
        }
        headers = {"Content-Type": "application/json"}
        if self.settings.llm.api_key:
            headers["Authorization"] = f"Bearer {self.settings.llm.api_key}"
        request = urllib.request.Request(self.url, json.dumps(body).encode(), headers)
        try:
            with urllib.request.urlopen(request, timeout=self.settings.llm.timeout) as resp:  # noqa: S310
                payload = json.loads(resp.read().decode("utf-8"))
            content = payload["choices"][0]["message"]["content"]
            data = json.loads(content) if isinstance(content, str) else content
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            raise ExtractionError(f"{self.url}: the model server did not answer ({exc})") from None
        except (KeyError, IndexError, TypeError, json.JSONDecodeError) as exc:
            raise ExtractionError(f"{self.url}: the answer is not the expected JSON ({exc})") from None
        if not isinstance(data, dict) or not isinstance(data.get("incidents"), list):
            raise ExtractionError(f"{self.url}: the answer has no list of incidents")
        return data

    def extract(self, doc: Document) -> Extraction:
        if not doc.segments:
            doc = segment_document(doc)
        spans = doc.reporting_spans()
        if doc.language not in (None, "en") or not spans:
            return Extraction(doc)
        reporting = "\n\n".join(doc.text[s:e] for s, e in spans)
        data = self._ask(doc, reporting)
        incidents = []
        for item in data["incidents"]:
            if isinstance(item, dict):
                inc = self._incident(doc, item)
                if inc is not None:
                    incidents.append(inc)
        return Extraction(replace(doc), tuple(incidents))

    def _find(self, doc: Document, quote: object) -> tuple[int, int] | None:
        """Where a quote occurs in a reporting segment, ignoring differences of spacing."""
        if not isinstance(quote, str) or len(quote.strip()) < 2:
            return None
        pattern = r"\s+".join(re.escape(w) for w in quote.split())
        for s, e in doc.reporting_spans():
            m = re.search(pattern, doc.text[s:e])
            if m:
                return s + m.start(), s + m.end()
        return None

    def _incident(self, doc: Document, item: dict[str, Any]) -> Incident | None:
        text = doc.text
        event = self._find(doc, item.get("event_quote"))
        if event is None:
            return None
        ev = [Evidence("incident", *event, text[event[0]:event[1]])]

        def backed(field: str, quote_key: str) -> tuple[int, int] | None:
            span = self._find(doc, item.get(quote_key))
            if span:
                ev.append(Evidence(field, *span, text[span[0]:span[1]]))
            return span

        def count(value: object, quote_key: str, field: str) -> int | None:
            span = self._find(doc, item.get(quote_key))
            if not isinstance(value, int) or span is None:
                return None
            if not any(c.best == value for c in find_counts(text, *span)) and not (value == 0 and re.search(r"\bno\b", text[span[0]:span[1]], re.I)):
                return None  # the quote does not say this number
            ev.append(Evidence(field, *span, text[span[0]:span[1]]))
            return value

        date_value = item.get("date") if isinstance(item.get("date"), str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", item["date"]) else None
        if date_value and not backed("date", "date_quote"):
            date_value = None
        location = Location()
        place_span = self._find(doc, item.get("place_quote"))
        if place_span:
            best = most_specific(self.geocoder.mentions(text, [place_span]))
            if best is not None:
                location = to_location(best)
                ev.append(Evidence("location", best.start, best.end, text[best.start:best.end]))
        perp_name = None
        perp_span = self._find(doc, item.get("perpetrator_quote"))
        if perp_span:
            actors = find_actors(text, *perp_span)
            if actors:
                perp_name = actors[0].actor.name
                ev.append(Evidence("perpetrator", actors[0].start, actors[0].end, actors[0].text))
        claimed = item.get("claimed") if isinstance(item.get("claimed"), bool) else None
        if claimed is not None and not backed("perpetrator.claimed", "claim_quote"):
            claimed = None
        labels = {}
        for key, allowed in (("event_type", EVENT_TYPES), ("attack_type", ATTACK_TYPES), ("target_type", TARGET_TYPES)):
            value = item.get(key)
            labels[key] = value if isinstance(value, str) and value in allowed else None
        sub = item.get("sub_event_type")
        if not (labels["event_type"] and isinstance(sub, str) and sub in EVENT_TYPES[labels["event_type"]]):
            sub = None
        for key in ("event_type", "attack_type"):
            if labels[key]:
                ev.append(Evidence(key, *event, text[event[0]:event[1]]))
        if sub:
            ev.append(Evidence("sub_event_type", *event, text[event[0]:event[1]]))
        target_span = self._find(doc, item.get("target_quote"))
        if target_span and labels["target_type"]:
            ev.append(Evidence("target", *target_span, text[target_span[0]:target_span[1]]))
        else:
            labels["target_type"] = None
        killed = count(item.get("killed"), "killed_quote", "fatalities")
        injured = count(item.get("injured"), "injured_quote", "injuries")
        taken = count(item.get("kidnapped"), "kidnapped_quote", "kidnapped")
        suicide = bool(item.get("suicide")) and bool(re.search(r"suicide|blew (?:him|her)self up", text[event[0]:event[1]], re.I))
        iid = "inc-" + hashlib.sha256(f"{doc.id}:{event[0]}".encode()).hexdigest()[:16]
        return Incident(
            id=iid, document_id=doc.id, date=date_value, date_precision="day" if date_value else None,
            event_type=labels["event_type"], sub_event_type=sub, attack_type=labels["attack_type"], suicide=suicide,
            location=location, perpetrator=Perpetrator(perp_name, claimed if perp_name or claimed is False else None),
            target=Target(labels["target_type"], text[target_span[0]:target_span[1]] if target_span and labels["target_type"] else None, None),
            fatalities=Fatalities(killed, killed, killed), injuries=Injuries(injured, injured, injured),
            kidnapped=Injuries(taken, taken, taken),
            summary=text[event[0]:event[1]][:300], evidence=tuple(ev),
        )
