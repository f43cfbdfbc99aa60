"""Merging end to end: two reports of one bombing become one event; split and merge are remembered."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

FIRST = """Bomb kills 26 at Quetta railway station

QUETTA, Pakistan (Agency) — At least 26 people were killed when a bomb exploded at the railway station
in Quetta on Saturday, police said.
"""
LATER = """Quetta station bombing toll rises to 32

The death toll from Saturday's bomb explosion at Quetta's railway station has risen to 32, hospital
officials said on Monday.

A bomb exploded at the railway station in Quetta on Saturday, killing 32 people, officials said.
"""
OTHER = """Grenade wounds two in Karachi

KARACHI — Attackers threw a grenade at a shop in Karachi on Saturday, wounding two people, police said.
"""


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sitrep", *args], env=env, capture_output=True, text=True, timeout=120)


def test_two_reports_one_event(tmp_path: Path) -> None:
    env = {**os.environ, "SITREP_DB": str(tmp_path / "t.db"), "XDG_CONFIG_HOME": str(tmp_path / "cfg")}
    (tmp_path / "a.txt").write_text(FIRST, encoding="utf-8")
    (tmp_path / "b.txt").write_text(LATER, encoding="utf-8")
    (tmp_path / "c.txt").write_text(OTHER, encoding="utf-8")
    assert run(env, "ingest", str(tmp_path / "a.txt"), "--published", "2024-11-09").returncode == 0
    assert run(env, "ingest", str(tmp_path / "b.txt"), "--published", "2024-11-11").returncode == 0
    assert run(env, "ingest", str(tmp_path / "c.txt"), "--published", "2024-11-09").returncode == 0

    events = json.loads(run(env, "incidents", "--format", "json").stdout)
    quetta = [e for e in events if e["location"]["city"] == "Quetta"]
    assert len(quetta) == 1 and len(events) == 2
    event = quetta[0]
    assert event["id"].startswith("evt-")
    assert (event["fatalities"]["low"], event["fatalities"]["best"], event["fatalities"]["high"]) == (26, 32, 32)
    per_report = json.loads(run(env, "incidents", "--per-report", "--format", "json").stdout)
    assert len([e for e in per_report if e["location"]["city"] == "Quetta"]) == 2

    table = run(env, "incidents").stdout
    assert "SOURCES" in table.splitlines()[0]

    shown = run(env, "show", event["id"]).stdout
    assert "2 source(s)" in shown and "a.txt" in shown and "b.txt" in shown
    assert "26 (2024-11-09) -> 32 (2024-11-11)" in shown

    # re-ingesting changes nothing
    again = run(env, "ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--published", "2024-11-09")
    assert "duplicate" in again.stdout
    assert json.loads(run(env, "incidents", "--format", "json").stdout) == events

    # a user splits the later report off, then merges it back; the store remembers both
    later_id = next(r["id"] for r in per_report if r["location"]["city"] == "Quetta" and r["fatalities"]["best"] == 32)
    assert run(env, "split", later_id).returncode == 0
    assert len(json.loads(run(env, "incidents", "--format", "json").stdout)) == 3
    first_id = next(r["id"] for r in per_report if r["location"]["city"] == "Quetta" and r["id"] != later_id)
    assert run(env, "merge", first_id, later_id).returncode == 0
    merged = json.loads(run(env, "incidents", "--format", "json").stdout)
    assert len(merged) == 2
    karachi = next(e for e in merged if e["location"]["city"] == "Karachi")
    assert run(env, "merge", karachi["id"], first_id).returncode == 0  # a forced merge overrides the rules
    assert len(json.loads(run(env, "incidents", "--format", "json").stdout)) == 1
