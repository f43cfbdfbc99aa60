"""The model-backed extractor against a real HTTP server on 127.0.0.1 that speaks the
OpenAI chat-completions protocol and answers what a model might: some values backed
by the text, some invented. Only the backed ones may survive."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from sitrep.config import LLMSettings, Settings
from sitrep.errors import ExtractionError
from sitrep.extract import get_extractor
from sitrep.ingest import make_document

TEXT = (
    "Bomb kills four at bus stop in Kaduna\n\n"
    "KADUNA, Nigeria — A bomb hidden in a bag exploded at a crowded bus stop in Kaduna on Tuesday, "
    "killing four people and wounding nine others, police said. No group has claimed the attack."
)

ANSWER = {
    "incidents": [
        {
            "event_quote": "A bomb hidden in a bag exploded at a crowded bus stop in Kaduna",
            "date": "2024-05-14", "date_quote": "on Tuesday",
            "event_type": "Explosions/Remote violence", "sub_event_type": "Remote explosive/landmine/IED",
            "attack_type": "Bombing/Explosion", "suicide": True,
            "place_quote": "bus stop in Kaduna",
            "perpetrator_quote": "Boko Haram fighters",  # invented: not in the text
            "claimed": False, "claim_quote": "No group has claimed the attack",
            "target_type": "Transportation", "target_quote": "crowded bus stop",
            "killed": 4, "killed_quote": "killing four people",
            "injured": 12, "injured_quote": "wounding nine others",  # wrong number for its quote
            "kidnapped": 2, "kidnapped_quote": "two passengers were taken",  # not in the text
        },
        {"event_quote": "Gunmen stormed a church in Zaria", "killed": 7},  # no such event in the text
    ]
}


class _Handler(BaseHTTPRequestHandler):
    requests: list[dict] = []

    def do_POST(self) -> None:  # noqa: N802
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        _Handler.requests.append(body)
        if body.get("model") == "broken":
            payload = b"not json at all"
        else:
            payload = json.dumps({"choices": [{"message": {"content": json.dumps(ANSWER)}}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    httpd.shutdown()


def _settings(settings: Settings, endpoint: str, model: str = "test-model") -> Settings:
    return replace(settings, extract=replace(settings.extract, backend="llm"),
                   llm=LLMSettings(endpoint=endpoint, model=model, timeout=5))


def test_only_values_backed_by_the_text_survive(server: str, settings: Settings) -> None:
    extractor = get_extractor(_settings(settings, server))
    ex = extractor.extract(make_document(TEXT, published="2024-05-15"))
    assert len(ex.incidents) == 1  # the invented Zaria event is dropped
    inc = ex.incidents[0]
    assert inc.date == "2024-05-14"
    assert inc.location.city == "Kaduna" and inc.location.country_code == "NG"
    assert inc.attack_type == "Bombing/Explosion"
    assert inc.fatalities.best == 4
    assert inc.injuries.best is None  # 12 is not what "wounding nine others" says
    assert inc.kidnapped.best is None  # its quote is nowhere in the text
    assert inc.perpetrator.name is None  # Boko Haram is nowhere in the text
    assert inc.perpetrator.claimed is False
    assert inc.suicide is False  # the event quote says nothing of a suicide attack
    assert inc.target.type == "Transportation"
    for e in inc.evidence:
        assert ex.document.text[e.start : e.end] == e.text
        assert ex.document.in_reporting(e.start, e.end)
    sent = _Handler.requests[-1]
    assert sent["model"] == "test-model"
    assert sent["response_format"]["type"] == "json_schema"
    assert "Kaduna" in sent["messages"][0]["content"]


def test_a_bad_answer_is_a_one_line_error(server: str, settings: Settings) -> None:
    extractor = get_extractor(_settings(settings, server, model="broken"))
    with pytest.raises(ExtractionError, match="not the expected JSON") as info:
        extractor.extract(make_document(TEXT, published="2024-05-15"))
    assert "\n" not in str(info.value)


def test_unreachable_server_and_missing_settings(settings: Settings) -> None:
    with pytest.raises(ExtractionError, match="llm.endpoint"):
        get_extractor(replace(settings, extract=replace(settings.extract, backend="llm")))
    extractor = get_extractor(_settings(settings, "http://127.0.0.1:9/v1"))
    with pytest.raises(ExtractionError, match="did not answer"):
        extractor.extract(make_document(TEXT))
