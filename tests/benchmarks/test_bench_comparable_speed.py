"""Comparable-mode speed on real news text: 1,000 Spanish × 2,000 English paragraphs.

Spanish: the first 1,000 WMT dev paragraphs (whole articles, in order). English:
one document with the translations of a shuffled 60 % of them, one with
English paragraphs of later articles, 2,000 paragraphs in all, so most
Spanish paragraphs have candidates in both. Timed: ``align_documents(mode=
"comparable")`` (features, candidates, evidence, scores), a first call with
the per-text fact cache empty and the best of two warm calls, without MT and
with cached Apertium MT when available. The script only uses the
public entry points, so it can time an older tree too:
``PYTHONPATH=/tmp/old/desktop python tests/benchmarks/test_bench_comparable_speed.py``.

Reproduce: ``make bench`` or
``.venv/bin/python -m pytest tests/benchmarks/test_bench_comparable_speed.py -s -o addopts=""``
(figures in docs/benchmarks.md, "Comparable linking").
"""

from __future__ import annotations

import os
import random
import shutil
import sys
import time
from pathlib import Path

import pytest

from paralelo.bench.corpus import DEFAULT_JSONL, load_articles
from paralelo.core.align import align_documents
from paralelo.core.importers import document_from_text

JSONL = Path(os.environ.get("PARALELO_WMT_JSONL") or DEFAULT_JSONL)
N_ES, N_EN = 1000, 2000


def inputs(n_es: int = N_ES, n_en: int = N_EN):  # type: ignore[no-untyped-def]
    """(Spanish document, English documents, Spanish paragraph texts)."""
    pairs: list[tuple[str, str]] = []
    for art in load_articles(str(JSONL)):
        pairs += [(" ".join(p["es"]), " ".join(p["en"])) for p in art["paragraphs"]
                  if p["es"] and p["en"]]
    es = [a for a, _ in pairs[:n_es]]
    rng = random.Random(7)
    kept = rng.sample([b for _, b in pairs[:n_es]], int(0.6 * n_es))
    other = [b for _, b in pairs[n_es:n_es + n_en - len(kept)]]
    es_doc = document_from_text("\n\n".join(es) + "\n", "es.txt", "es", fmt="txt")
    en1 = document_from_text("\n\n".join(kept) + "\n", "en1.txt", "en", fmt="txt")
    en2 = document_from_text("\n\n".join(other) + "\n", "en2.txt", "en", fmt="txt")
    en1.id, en2.id = "en1", "en2"
    return es_doc, [en1, en2], [p.text for p in es_doc.paragraphs]


def _forget_facts() -> None:
    """Empty the per-text fact cache (where the tree has one): a first call is cold."""
    try:
        from paralelo.core.facts import match
    except ImportError:
        return
    cached = getattr(match, "_cached", None)
    if cached is not None and hasattr(cached, "cache_clear"):
        cached.cache_clear()


def timed(es_doc, ens, mt) -> tuple[float, float, int, int]:  # type: ignore[no-untyped-def]
    """Wall seconds of a first call (facts cache empty) and of the best of two more,
    links, and hidden candidates (0 where there are none)."""
    _forget_facts()
    times = []
    for _ in range(3):
        t0 = time.perf_counter()
        res = align_documents(es_doc, ens, mode="comparable", es_mt=mt)
        times.append(time.perf_counter() - t0)
    return times[0], min(times[1:]), len(res.links), len(getattr(res, "candidates", []))


def measure() -> list[tuple[str, float, float, int, int]]:
    es_doc, ens, es_texts = inputs()
    rows = [("none", *timed(es_doc, ens, None))]
    if shutil.which("apertium"):
        from paralelo.bench import mt as apertium
        rows.append(("apertium", *timed(es_doc, ens, list(apertium.translate(es_texts)))))
    n_en = sum(len(d.paragraphs) for d in ens)
    for engine, first, warm, links, hidden in rows:
        print(f"{engine}: {len(es_doc.paragraphs)} x {n_en} paragraphs: first call "
              f"{first:.2f} s, warm {warm:.2f} s, {links} links, {hidden} hidden candidates")
    print("command: python -m pytest tests/benchmarks/test_bench_comparable_speed.py -s "
          '-o addopts=""')
    return rows


@pytest.mark.skipif(not JSONL.is_file(), reason=f"{JSONL} not available (research-use data)")
def test_comparable_speed_1000_x_2000() -> None:
    rows = measure()
    assert rows and all(links > 0 for *_, links, _ in rows)


if __name__ == "__main__":
    print(sys.modules["paralelo.core.align"].__file__)
    measure()
