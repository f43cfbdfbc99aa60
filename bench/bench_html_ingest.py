"""Throughput of HTML ingest without incident extraction: documents per second per core.

    .venv/bin/python bench/bench_html_ingest.py [--shared ../shared] [--rounds 3]

Runs the real pages of ``<shared>/data/article-extraction-benchmark/html/*.html.gz`` through
sitrep's ingest in one process (one core): main text and metadata (trafilatura, htmldate),
segmentation and language, the near-duplicate signature and lookup, and the write to a fresh
SQLite store, with an extractor that extracts nothing. Prints pages per wall second and per
CPU second, for the stages apart and for the whole. Exits 0 with a message when the data is absent.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class NoExtraction:
    name = "none"

    def extract(self, doc):  # type: ignore[no-untyped-def]
        from sitrep.records import Extraction

        return Extraction(doc)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    html_dir = Path(args.shared) / "data" / "article-extraction-benchmark" / "html"
    if not html_dir.is_dir():
        print(f"skipped: {html_dir} is absent (the pages live in ../shared, outside the repo)")
        return 0
    try:
        from sitrep.clean import segment_document
        from sitrep.clean.dedup import signature
        from sitrep.config import load_settings
        from sitrep.errors import InputError
        from sitrep.ingest.html import html_to_document
        from sitrep.pipeline import store_document
        from sitrep.store import SQLStore
    except ImportError as exc:
        print(f"skipped: {exc}; install with pip install -e '.[web]'")
        return 0
    pages = [(p.name, gzip.decompress(p.read_bytes())) for p in sorted(html_dir.glob("*.html.gz"))]
    settings = load_settings(env={})
    ingest = settings.ingest
    stages = {"html -> document": 0.0, "segment + language": 0.0, "minhash signature": 0.0}
    docs = []
    for name, data in pages:  # stage timings, one pass
        t0 = time.process_time()
        try:
            doc = html_to_document(data, source=name, settings=ingest)
        except InputError:
            continue
        t1 = time.process_time()
        segment_document(doc)
        t2 = time.process_time()
        signature(doc.text)
        t3 = time.process_time()
        stages["html -> document"] += t1 - t0
        stages["segment + language"] += t2 - t1
        stages["minhash signature"] += t3 - t2
        docs.append(doc)
    print(f"{len(pages)} pages ({sum(len(d) for _, d in pages) / 1e6:.1f} MB of HTML), {len(docs)} kept")
    for stage, cpu in stages.items():
        print(f"  {stage:22} {len(docs) / cpu:8.1f} docs per CPU second")
    best_wall = best_cpu = 0.0
    for _ in range(args.rounds):
        with tempfile.TemporaryDirectory() as tmp:
            store = SQLStore(str(Path(tmp) / "bench.db"))
            extractor = NoExtraction()
            w0, c0 = time.perf_counter(), time.process_time()
            n = 0
            for name, data in pages:
                try:
                    doc = html_to_document(data, source=name, settings=ingest)
                except InputError:
                    continue
                store_document(doc, settings, extractor, store, name)  # type: ignore[arg-type]
                n += 1
            wall, cpu = time.perf_counter() - w0, time.process_time() - c0
            store.close()
        best_wall, best_cpu = max(best_wall, n / wall), max(best_cpu, n / cpu)
    print(f"whole ingest without extraction (best of {args.rounds}): {best_wall:.1f} docs/s wall, "
          f"{best_cpu:.1f} docs per CPU second (= per core, one process)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
