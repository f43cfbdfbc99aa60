"""The command line end to end, run as ``python -m sitrep`` in a subprocess."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

PESHAWAR = (
    "Motorcycle bomb kills nine near Peshawar bus stand\n"
    "\n"
    "PESHAWAR: At least nine people were killed and 23 others wounded when a bomb fitted to a "
    "parked motorcycle went off beside a busy bus stand in Peshawar on Tuesday, 14 May 2024, "
    "police officials said.\n"
    "\n"
    "Rescue workers carried the injured to Lady Reading Hospital. No group has claimed responsibility.\n"
)

QUETTA = (
    "Gunmen kill two policemen in Quetta\n"
    "\n"
    "QUETTA: Unknown gunmen opened fire on a police patrol in Quetta on 3 June 2024, killing two "
    "policemen, officials said. The attackers escaped on foot.\n"
)

MAIDUGURI = (
    "Insurgents storm village near Maiduguri, killing twelve\n"
    "\n"
    "MAIDUGURI: Twelve villagers were shot dead when armed insurgents raided a farming settlement "
    "outside Maiduguri, Borno State, on 21 August 2024, a local official said.\n"
)

PNG_HEAD = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"


@dataclass
class Result:
    rc: int
    out: str
    err: str

    @property
    def error_lines(self) -> list[str]:
        return [ln for ln in self.err.splitlines() if ln.startswith("sitrep: error:")]


@pytest.fixture(scope="session")
def geo_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One place index per test session (shared by name with the other modules)."""
    cache = tmp_path_factory.getbasetemp() / "sitrep-cache"
    cache.mkdir(exist_ok=True)
    return cache


@pytest.fixture
def env(tmp_path: Path, geo_cache: Path) -> dict[str, str]:
    config = tmp_path / "xdg-config"
    config.mkdir()
    base = {k: v for k, v in os.environ.items() if not k.startswith("SITREP_")}
    base.update(
        SITREP_DB=str(tmp_path / "db" / "env.db"),
        XDG_CONFIG_HOME=str(config),
        XDG_CACHE_HOME=str(geo_cache),
        XDG_DATA_HOME=str(tmp_path / "xdg-data"),
    )
    return base


def sitrep(env: dict[str, str], *args: str, cwd: Path | None = None) -> Result:
    proc = subprocess.run([sys.executable, "-m", "sitrep", *args], capture_output=True, text=True,
                          env=env, cwd=cwd, timeout=120)
    return Result(proc.returncode, proc.stdout, proc.stderr)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def doc_count(db: Path) -> int:
    with sqlite3.connect(str(db)) as con:
        return con.execute("SELECT count(*) FROM documents").fetchone()[0]


# --------------------------------------------------------------------------- extract


def test_extract_one_file_prints_one_json_object(tmp_path: Path, env: dict[str, str]) -> None:
    report = write(tmp_path / "peshawar.txt", PESHAWAR)
    r = sitrep(env, "extract", str(report))
    assert r.rc == 0, r.err
    assert r.error_lines == []
    data = json.loads(r.out)
    assert isinstance(data, dict)
    assert set(data) == {"document", "incidents", "statements", "statistics"}
    doc = data["document"]
    assert doc["text"] == PESHAWAR
    assert doc["source"] == str(report)
    assert doc["title"] == "Motorcycle bomb kills nine near Peshawar bus stand"
    kinds = [s["kind"] for s in doc["segments"]]
    assert "reporting" in kinds and kinds[0] == "title"
    for s in doc["segments"]:
        assert 0 <= s["start"] < s["end"] <= len(PESHAWAR) and s["reason"]

    assert len(data["incidents"]) == 1
    inc = data["incidents"][0]
    assert inc["document_id"] == doc["id"]
    assert inc["date"] == "2024-05-14"
    assert inc["location"]["city"] == "Peshawar"
    assert inc["location"]["country_code"] == "PK"
    assert inc["fatalities"]["low"] == 9
    assert inc["injuries"]["best"] == 23
    assert inc["evidence"], "an incident without evidence"
    for ev in inc["evidence"]:
        assert PESHAWAR[ev["start"]:ev["end"]] == ev["text"]
    # nothing was stored by extract
    assert not Path(env["SITREP_DB"]).exists()


def test_extract_jsonl_output_keeps_input_order(tmp_path: Path, env: dict[str, str]) -> None:
    first = write(tmp_path / "b-quetta.txt", QUETTA)
    second = write(tmp_path / "a-maiduguri.txt", MAIDUGURI)
    r = sitrep(env, "extract", "--format", "jsonl", str(first), str(second))
    assert r.rc == 0, r.err
    lines = r.out.splitlines()
    assert len(lines) == 2
    docs = [json.loads(line)["document"] for line in lines]
    assert [d["source"] for d in docs] == [str(first), str(second)]
    assert [d["text"] for d in docs] == [QUETTA, MAIDUGURI]


def test_extract_with_a_bad_file_reports_it_and_goes_on(tmp_path: Path, env: dict[str, str]) -> None:
    good = write(tmp_path / "quetta.txt", QUETTA)
    empty = write(tmp_path / "empty.txt", "")
    missing = tmp_path / "missing.txt"
    r = sitrep(env, "extract", "--format", "jsonl", str(empty), str(good), str(missing))
    assert r.rc == 1
    assert len(r.error_lines) == 2
    assert str(empty) in r.error_lines[0] and "empty" in r.error_lines[0]
    assert str(missing) in r.error_lines[1]
    lines = r.out.splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["document"]["source"] == str(good)


def test_extract_input_jsonl_one_line_per_input_line(tmp_path: Path, env: dict[str, str]) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        json.dumps({"id": "q-1", "text": QUETTA}) + "\n"
        + '{"id": "broken", "text": \n'
        + json.dumps({"id": "m-2", "text": MAIDUGURI, "published": "2024-08-22"}) + "\n"
        + json.dumps({"id": "p-3", "text": PESHAWAR, "title": "Given title"}) + "\n",
        encoding="utf-8",
    )
    r = sitrep(env, "extract", "--input-format", "jsonl", str(batch))
    assert r.rc != 0
    lines = r.out.splitlines()
    assert len(lines) == 4
    rows = [json.loads(line) for line in lines]
    assert [row["id"] for row in rows] == ["q-1", None, "m-2", "p-3"]
    assert "error" in rows[1] and "invalid JSON" in rows[1]["error"] and f"{batch}:2" in rows[1]["error"]
    for row in (rows[0], rows[2], rows[3]):
        assert "error" not in row
        assert set(row) == {"id", "document", "incidents", "statements", "statistics"}
    assert rows[0]["document"]["text"] == QUETTA
    assert rows[2]["document"]["published"] == "2024-08-22"
    assert rows[3]["document"]["title"] == "Given title"
    assert len(r.error_lines) == 1 and f"{batch}:2" in r.error_lines[0]


def test_extract_input_jsonl_empty_text_is_an_error_line(tmp_path: Path, env: dict[str, str]) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        json.dumps({"id": "e-1", "text": ""}) + "\n"
        + json.dumps({"id": "q-2", "text": QUETTA}) + "\n"
        + json.dumps({"id": "e-3", "text": "  \n\t "}) + "\n",
        encoding="utf-8",
    )
    r = sitrep(env, "extract", "--input-format", "jsonl", str(batch))
    rows = [json.loads(line) for line in r.out.splitlines()]
    assert [row["id"] for row in rows] == ["e-1", "q-2", "e-3"]
    # an empty text is refused like an empty file, not turned into a document
    assert "error" in rows[0] and "empty" in rows[0]["error"].lower(), rows[0]
    assert "error" in rows[2] and "empty" in rows[2]["error"].lower(), rows[2]
    assert rows[1]["document"]["text"] == QUETTA
    assert r.rc != 0
    assert len(r.error_lines) == 2


def test_extract_input_jsonl_all_good_exits_zero(tmp_path: Path, env: dict[str, str]) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text(json.dumps({"id": 7, "text": QUETTA}) + "\n", encoding="utf-8")
    r = sitrep(env, "extract", "--input-format", "jsonl", str(batch))
    assert r.rc == 0, r.err
    rows = [json.loads(line) for line in r.out.splitlines()]
    assert len(rows) == 1 and rows[0]["id"] == 7


def test_extract_input_jsonl_reads_common_field_names_and_date_forms(tmp_path: Path, env: dict[str, str]) -> None:
    # exports of news scrapers name their fields otherwise and write dates in many forms
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        json.dumps({"id": "b", "headline": "Village raid", "body": MAIDUGURI, "date": "Thu, 22 Aug 2024 09:30:00 GMT"})
        + "\n" + json.dumps({"id": "c", "Content": QUETTA, "publish_date": "4 June 2024"}) + "\n"
        + json.dumps({"id": "e", "content": QUETTA, "published_at": 1717632000}) + "\n"
        + json.dumps({"id": "n", "title": "only a title", "date": "2024-06-04"}) + "\n",
        encoding="utf-8",
    )
    r = sitrep(env, "extract", "--input-format", "jsonl", str(batch))
    rows = [json.loads(line) for line in r.out.splitlines()]
    assert [row["id"] for row in rows] == ["b", "c", "e", "n"]
    assert rows[0]["document"]["title"] == "Village raid"
    assert rows[0]["document"]["published"] == "2024-08-22"
    assert rows[0]["incidents"][0]["location"]["admin1"] == "Borno"
    assert rows[1]["document"]["published"] == "2024-06-04"
    assert rows[2]["document"]["published"] == "2024-06-06"
    assert rows[1]["incidents"][0]["fatalities"]["best"] == 2
    assert "error" in rows[3] and '"text"' in rows[3]["error"]
    assert r.rc != 0 and len(r.error_lines) == 1


# --------------------------------------------------------------------------- ingest


@pytest.fixture
def mixed_dir(tmp_path: Path) -> Path:
    d = tmp_path / "inbox"
    write(d / "peshawar.txt", PESHAWAR)
    write(d / "nested" / "quetta.md", QUETTA)
    write(d / "zz-empty.txt", "")
    (d / "photo.txt").write_bytes(PNG_HEAD)
    (d / "latin.txt").write_bytes("Grenade thrown at a caf\u00e9 in Quetta.\n".encode("latin-1"))
    write(d / "notes.csv", "not,read\n")
    return d


def test_ingest_directory_with_bad_files(mixed_dir: Path, env: dict[str, str]) -> None:
    r = sitrep(env, "ingest", str(mixed_dir))
    assert r.rc == 1
    bad = {"zz-empty.txt": "empty", "photo.txt": "binary", "latin.txt": "UTF-8"}
    assert len(r.error_lines) == len(bad), r.err
    for name, reason in bad.items():
        matching = [ln for ln in r.error_lines if str(mixed_dir / name) in ln]
        assert len(matching) == 1, (name, r.error_lines)
        assert reason.lower() in matching[0].lower()
    assert "notes.csv" not in r.err + r.out
    new = [ln for ln in r.out.splitlines() if ln.startswith("new")]
    assert len(new) == 2
    assert any(str(mixed_dir / "peshawar.txt") in ln for ln in new)
    assert any(str(mixed_dir / "nested" / "quetta.md") in ln for ln in new)
    assert "new 2" in r.err and "rejected 3" in r.err
    assert doc_count(Path(env["SITREP_DB"])) == 2

    listed = json.loads(sitrep(env, "incidents", "--format", "json").out)
    assert {i["location"]["city"] for i in listed} == {"Peshawar", "Quetta"}


def test_ingest_twice_stores_nothing_new(mixed_dir: Path, env: dict[str, str]) -> None:
    first = sitrep(env, "ingest", str(mixed_dir))
    assert "new 2" in first.err
    db = Path(env["SITREP_DB"])
    with sqlite3.connect(str(db)) as con:
        before = [con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("documents", "incidents", "evidence", "statements", "statistics")]
    again = sitrep(env, "ingest", str(mixed_dir))
    assert again.rc == 1  # the bad files are still bad
    assert not [ln for ln in again.out.splitlines() if ln.startswith("new")]
    dup = [ln for ln in again.out.splitlines() if ln.startswith("duplicate")]
    assert len(dup) == 2
    assert "new 0" in again.err and "duplicate 2" in again.err
    with sqlite3.connect(str(db)) as con:
        after = [con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                 for t in ("documents", "incidents", "evidence", "statements", "statistics")]
    assert after == before


def test_ingest_good_files_exits_zero(tmp_path: Path, env: dict[str, str]) -> None:
    report = write(tmp_path / "quetta.txt", QUETTA)
    r = sitrep(env, "ingest", str(report))
    assert r.rc == 0, r.err
    assert r.error_lines == []
    assert r.out.startswith("new")


# --------------------------------------------------------------------------- incidents, show


@pytest.fixture(scope="module")
def three_env(tmp_path_factory: pytest.TempPathFactory, geo_cache: Path) -> dict[str, str]:
    """An environment whose database holds the three reports (built once for this module)."""
    root = tmp_path_factory.mktemp("three")
    config = root / "xdg-config"
    config.mkdir()
    base = {k: v for k, v in os.environ.items() if not k.startswith("SITREP_")}
    base.update(SITREP_DB=str(root / "db" / "three.db"), XDG_CONFIG_HOME=str(config),
                XDG_CACHE_HOME=str(geo_cache), XDG_DATA_HOME=str(root / "xdg-data"))
    d = root / "reports"
    write(d / "peshawar.txt", PESHAWAR)
    write(d / "quetta.txt", QUETTA)
    write(d / "maiduguri.txt", MAIDUGURI)
    r = sitrep(base, "ingest", str(d))
    assert r.rc == 0, r.err
    return base


@pytest.fixture(scope="module")
def three(three_env: dict[str, str]) -> dict[str, str]:
    """The incident id of each of the three reports, by city."""
    found = json.loads(sitrep(three_env, "incidents", "--format", "json").out)
    ids = {i["location"]["city"]: i["id"] for i in found}
    assert set(ids) == {"Peshawar", "Quetta", "Maiduguri"}
    return ids


def _listed(env: dict[str, str], *args: str) -> list[str]:
    r = sitrep(env, "incidents", "--format", "json", *args)
    assert r.rc == 0, r.err
    return [i["location"]["city"] for i in json.loads(r.out)]


def test_incidents_json(three: dict[str, str], three_env: dict[str, str]) -> None:
    r = sitrep(three_env, "incidents", "--format", "json")
    data = json.loads(r.out)
    assert [i["date"] for i in data] == ["2024-08-21", "2024-06-03", "2024-05-14"]
    assert all(i["evidence"] for i in data)


def test_incidents_csv(three: dict[str, str], three_env: dict[str, str]) -> None:
    r = sitrep(three_env, "incidents", "--format", "csv")
    assert r.rc == 0, r.err
    rows = list(csv.DictReader(io.StringIO(r.out)))
    assert [row["id"] for row in rows] == [three["Maiduguri"], three["Quetta"], three["Peshawar"]]
    by_id = {row["id"]: row for row in rows}
    pesh = by_id[three["Peshawar"]]
    assert pesh["date"] == "2024-05-14"
    assert pesh["country_code"] == "PK"
    assert pesh["location"] == "Peshawar"
    assert pesh["injuries_best"] == "23"
    assert by_id[three["Maiduguri"]]["admin1"] == "Borno"


def test_incidents_table(three: dict[str, str], three_env: dict[str, str]) -> None:
    r = sitrep(three_env, "incidents")
    assert r.rc == 0, r.err
    lines = r.out.splitlines()
    assert lines[0].split()[:3] == ["ID", "DATE", "TYPE"]
    assert len(lines) == 4
    for line, city in zip(lines[1:], ["Maiduguri", "Quetta", "Peshawar"], strict=True):
        assert line.startswith(three[city][:12])
        assert city in line


def test_incidents_filters(three: dict[str, str], three_env: dict[str, str]) -> None:
    assert _listed(three_env, "--since", "2024-06-01") == ["Maiduguri", "Quetta"]
    assert _listed(three_env, "--until", "2024-06-03") == ["Quetta", "Peshawar"]
    assert _listed(three_env, "--since", "2024-06-01", "--until", "2024-07-01") == ["Quetta"]
    assert _listed(three_env, "--country", "PK") == ["Quetta", "Peshawar"]
    assert _listed(three_env, "--country", "nigeria") == ["Maiduguri"]
    assert _listed(three_env, "--admin1", "balochistan") == ["Quetta"]
    assert _listed(three_env, "--type", "bomb") == ["Peshawar"]
    assert _listed(three_env, "--country", "IN") == []


def test_incidents_bad_date_is_a_usage_error(three: dict[str, str], three_env: dict[str, str]) -> None:
    r = sitrep(three_env, "incidents", "--since", "14/05/2024")
    assert r.rc == 2
    assert "YYYY-MM-DD" in r.err
    assert r.out == ""


def test_show_prints_the_evidence(three: dict[str, str], three_env: dict[str, str]) -> None:
    full = three["Peshawar"]
    inc = next(i for i in json.loads(sitrep(three_env, "incidents", "--format", "json").out) if i["id"] == full)
    r = sitrep(three_env, "show", full[:12])
    assert r.rc == 0, r.err
    assert r.out.splitlines()[0].startswith(full)
    assert "evidence:" in r.out
    evidence_part = r.out.split("evidence:", 1)[1]
    shown = [ev for ev in inc["evidence"] if ev["field"] != "incident"]
    assert shown
    for ev in shown:
        assert f"[[{ev['text']}]]" in evidence_part, ev
    assert "peshawar.txt" in r.out


def test_show_json(three: dict[str, str], three_env: dict[str, str]) -> None:
    r = sitrep(three_env, "show", "--format", "json", three["Quetta"])
    assert r.rc == 0, r.err
    data = json.loads(r.out)
    assert data["incident"]["id"] == three["Quetta"]
    assert data["source"].endswith("quetta.txt")
    assert data["title"] == "Gunmen kill two policemen in Quetta"


def test_show_unknown_id(three: dict[str, str], three_env: dict[str, str]) -> None:
    r = sitrep(three_env, "show", "inc-doesnotexist")
    assert r.rc == 1
    assert r.out == ""
    assert len(r.error_lines) == 1 and "inc-doesnotexist" in r.error_lines[0]
    assert len(r.err.splitlines()) == 1


# --------------------------------------------------------------------------- --db, demo


def test_db_option_overrides_env(tmp_path: Path, env: dict[str, str]) -> None:
    report = write(tmp_path / "maiduguri.txt", MAIDUGURI)
    other = tmp_path / "elsewhere" / "other.db"
    r = sitrep(env, "ingest", "--db", str(other), str(report))
    assert r.rc == 0, r.err
    assert doc_count(other) == 1
    env_db = Path(env["SITREP_DB"])
    assert not env_db.exists() or doc_count(env_db) == 0
    assert len(json.loads(sitrep(env, "incidents", "--db", str(other), "--format", "json").out)) == 1
    assert json.loads(sitrep(env, "incidents", "--format", "json").out) == []


def test_sitrep_db_env_is_used(tmp_path: Path, env: dict[str, str]) -> None:
    report = write(tmp_path / "quetta.txt", QUETTA)
    assert sitrep(env, "ingest", str(report)).rc == 0
    assert doc_count(Path(env["SITREP_DB"])) == 1
    assert not (Path(env["XDG_DATA_HOME"]) / "sitrep" / "sitrep.db").exists()


def test_demo(tmp_path: Path, env: dict[str, str]) -> None:
    db = tmp_path / "demo.db"
    r = sitrep(env, "demo", "--db", str(db))
    assert r.rc == 0, r.err
    assert r.error_lines == []
    lines = r.out.splitlines()
    header = next(i for i, ln in enumerate(lines) if ln.startswith("ID "))
    assert lines[header].split()[:3] == ["ID", "DATE", "TYPE"]
    assert lines[header + 1].startswith("inc-")
    assert any(ln.startswith("# Situation report") for ln in lines[header:])
    assert str(db) in r.out
    assert doc_count(db) > 0
    # running it again adds nothing
    again = sitrep(env, "demo", "--db", str(db))
    assert again.rc == 0
    assert "demo: 0 new documents" in again.out
