"""An ingest killed with SIGKILL part way, then run again: nothing lost, nothing doubled."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

PLACES = ["Kohat", "Bannu", "Gao", "Mopti", "Kismayo", "Baidoa", "Mardan", "Kidal", "Diffa", "Marawi"]
WHO = ["gunmen", "militants", "unknown attackers", "armed men on motorbikes", "insurgents", "a suicide bomber"]
WHAT = ["a police post", "a market", "a bus", "a checkpoint", "a village council office", "a school gate",
        "a convoy", "a mosque", "a bridge camp", "a bank branch"]
VERBS = ["attacked", "raided", "fired on", "ambushed", "set fire to", "bombed"]
FILLER = ("officials residents witnesses police doctors elders soldiers traders drivers farmers teachers "
          "said reported confirmed added described warned urged feared").split()


def report(rng: random.Random, n: int) -> str:
    place = rng.choice(PLACES)
    lines = [f"Report {n}: {rng.choice(WHO)} {rng.choice(VERBS)} {rng.choice(WHAT)} near {place}", ""]
    lines.append(f"{place.upper()}: {rng.choice(WHO).capitalize()} {rng.choice(VERBS)} {rng.choice(WHAT)} near "
                 f"{place} on {rng.randint(1, 28)} May 2024, killing {rng.randint(1, 30)} people, officials said.")
    lines.append(" ".join(rng.choice(FILLER) for _ in range(40)) + ".")
    return "\n".join(lines) + "\n"


def count(db: Path, table: str) -> int:
    try:
        with sqlite3.connect(str(db), timeout=10) as con:
            return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    except sqlite3.Error:
        return 0


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_ingest_resumes_without_loss_or_doubles(tmp_path: Path,
                                                       tmp_path_factory: pytest.TempPathFactory) -> None:
    rng = random.Random(7)
    total = 200
    batch = tmp_path / "batch.jsonl"
    with batch.open("w", encoding="utf-8") as fh:
        for n in range(total):
            fh.write(json.dumps({"id": f"r{n}", "text": report(rng, n)}) + "\n")
        fh.write("{not json\n")  # one bad line, rejected each run
    cache = tmp_path_factory.getbasetemp() / "sitrep-cache"
    cache.mkdir(exist_ok=True)
    db = tmp_path / "resume.db"
    env = {k: v for k, v in os.environ.items() if not k.startswith("SITREP_")}
    env.update(SITREP_DB=str(db), XDG_CONFIG_HOME=str(tmp_path / "cfg"), XDG_CACHE_HOME=str(cache),
               XDG_DATA_HOME=str(tmp_path / "data"))
    cmd = [sys.executable, "-m", "sitrep", "ingest", str(batch)]

    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 90
    while count(db, "documents") < 20 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    stored = count(db, "documents")
    assert proc.returncode == -signal.SIGKILL
    assert 20 <= stored < total, f"the first run was not interrupted part way ({stored} stored)"

    again = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=180)
    assert again.returncode == 1, again.stderr  # the bad line
    summary = again.stderr.strip().splitlines()[-1]
    assert summary == (f"read {total + 1}, new {total - stored}, duplicate {stored} (exact {stored}, near 0), "
                       "rejected 1 (invalid record 1)"), summary
    assert count(db, "documents") == total
    assert count(db, "document_sources") == total
    with sqlite3.connect(str(db)) as con:
        sources = {r[0] for r in con.execute("SELECT source FROM document_sources")}
        assert sources == {f"{batch}#r{n}" for n in range(total)}
        orphans = con.execute("SELECT count(*) FROM documents d WHERE NOT EXISTS "
                              "(SELECT 1 FROM document_minhash m WHERE m.document_id = d.id)").fetchone()[0]
        assert orphans == 0  # each document was written with its signature, in one transaction
        assert con.execute("SELECT count, kind FROM rejections").fetchall() == [(1, "InputError")]  # killed before it
