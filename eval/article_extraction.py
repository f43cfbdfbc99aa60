"""Main-text quality of sitrep's HTML ingest on the article-extraction benchmark, side by side with
trafilatura's plain output, in one run.

    .venv/bin/python eval/article_extraction.py [--shared ../shared] [--limit N]

Reads ``<shared>/data/article-extraction-benchmark/{ground-truth.json,html/*.html.gz}`` (never
copied into this repository) and prints precision, recall and F1 of the extracted body against
each page's true ``articleBody``, scored as the benchmark does: tokens are split on non-word
characters, matched as multisets (here both single tokens and 4-token shingles), each page's
TP/FP/FN normalised to sum to one so long pages weigh no more than short ones, then summed over
pages. Exits 0 with a message when the data is absent.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def tokens(text: str) -> list[str]:
    return [t for t in re.split(r"\W+", text or "") if t]


def shingles(toks: list[str], n: int) -> Counter[tuple[str, ...]]:
    if n == 1:
        return Counter((t,) for t in toks)
    return Counter(tuple(toks[i : i + n]) for i in range(max(len(toks) - n + 1, 0)))


def match(true: str, pred: str, n: int) -> tuple[float, float, float]:
    t, p = shingles(tokens(true), n), shingles(tokens(pred), n)
    tp = sum(min(c, p[k]) for k, c in t.items())
    fp = sum(p.values()) - tp
    fn = sum(t.values()) - tp
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def prf(rows: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    tp, fp, fn = (sum(r[i] for r in rows) for i in range(3))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    bench = Path(args.shared) / "data" / "article-extraction-benchmark"
    if not (bench / "ground-truth.json").is_file():
        print(f"skipped: {bench} is absent (the benchmark lives in ../shared, outside the repo)")
        return 0
    try:
        import trafilatura

        from sitrep.config import IngestSettings
        from sitrep.errors import InputError
        from sitrep.ingest.html import html_to_document
    except ImportError as exc:
        print(f"skipped: {exc}; install with pip install -e '.[web]'")
        return 0
    truth = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(truth)[: args.limit or None]
    settings = IngestSettings(min_text_chars=0)
    systems: dict[str, dict[str, str]] = {"sitrep (body)": {}, "sitrep (stored text)": {}, "trafilatura.extract": {}}
    timings = dict.fromkeys(systems, 0.0)
    refused = 0
    for key in keys:
        html = gzip.decompress((bench / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8", "replace")
        url = truth[key].get("url")
        t0 = time.perf_counter()
        try:
            doc = html_to_document(html, source=key, settings=settings, url=url)
            stored = doc.text
            body = stored.split("\n\n", 1)[1] if doc.title and stored.startswith(doc.title + "\n\n") else stored
        except InputError:
            refused += 1
            stored = body = ""
        t1 = time.perf_counter()
        plain = trafilatura.extract(html, url=url) or ""
        t2 = time.perf_counter()
        systems["sitrep (body)"][key], systems["sitrep (stored text)"][key] = body, stored
        systems["trafilatura.extract"][key] = plain
        timings["sitrep (body)"] += t1 - t0
        timings["trafilatura.extract"] += t2 - t1
    print(f"article-extraction-benchmark: {len(keys)} pages; sitrep refused {refused} "
          f"(trafilatura {trafilatura.__version__})")
    print(f"{'system':24} {'tok P':>6} {'tok R':>6} {'tok F1':>6}   {'4g P':>6} {'4g R':>6} {'4g F1':>6}  {'s/page':>7}")
    for name, out in systems.items():
        one = prf([match(truth[k]["articleBody"], out[k], 1) for k in keys])
        four = prf([match(truth[k]["articleBody"], out[k], 4) for k in keys])
        per = timings.get(name, 0.0) / len(keys) if timings.get(name) else float("nan")
        print(f"{name:24} {one[0]:6.3f} {one[1]:6.3f} {one[2]:6.3f}   {four[0]:6.3f} {four[1]:6.3f} {four[2]:6.3f}"
              f"  {per:7.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
