"""Export throughput on a 10,000-link session built from the seed paragraphs.

Reproduce: .venv/bin/pytest tests/benchmarks/test_bench_export.py -s -p no:cacheprovider \
    -o addopts=""
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from paralelo.core.diff import char_diff
from paralelo.core.importers import load_document
from paralelo.core.seeds import seed_paths
from paralelo.export import ExportOptions, export_result

N_LINKS = 10_000


def _diff(mt: str, en: str) -> list[dict[str, Any]]:
    """The pipeline's own MT-vs-English diff ops (core.diff), as stored in results."""
    return [op.to_json() for op in char_diff(mt, en)]


def synthetic_result() -> dict[str, Any]:
    es_path, en_paths = seed_paths()
    es = [p.text for p in load_document(es_path, lang="es").paragraphs]
    en = [p.text for p in load_document(en_paths[2], lang="en").paragraphs]
    n = N_LINKS
    es_paras = [{"index": i, "text": es[i % len(es)], "boilerplate": False, "kind": "text",
                 "mt": en[(i + 1) % len(en)], "mt_error": None} for i in range(n)]
    en_paras = [{"index": i, "text": en[i % len(en)], "boilerplate": False, "kind": "text"}
                for i in range(n)]
    diffs = {k: _diff(en[(k + 1) % len(en)], en[k % len(en)]) for k in range(len(en))}
    links = []
    for i in range(n):
        word = es_paras[i]["text"].split()[0]
        links.append({"id": i + 1, "es": [i], "en": [{"doc": "en1", "para": i}], "score": 0.8,
                      "kind": "1-1", "mode": "parallel", "evidence": {},
                      "facts": [{"kind": "org", "es": word, "en": word,
                                 "es_loc": {"para": i, "span": [0, len(word)]},
                                 "en_loc": {"doc": "en1", "para": i, "span": [0, 1]}}],
                      "only_es": [], "only_en": [], "diff": diffs[i % len(en)],
                      "review": {"status": "unreviewed", "note": "", "by": None, "at": None}})
    return {"format": 1, "generator": "bench", "created": "2026-11-25T12:00:00+00:00",
            "engine": {"name": "none", "model": None, "version": None},
            "documents": [{"id": "es", "name": "es.txt", "lang": "es", "paragraphs": es_paras},
                          {"id": "en1", "name": "en.txt", "lang": "en", "mode": "parallel",
                           "paragraphs": en_paras}],
            "links": links}


def test_bench_export(tmp_path: Path) -> None:
    result = synthetic_result()
    print(f"\nexport of {N_LINKS} links (seed paragraphs, dmp diffs):")
    for fmt in ("tmx", "csv", "tsv", "xlsx", "json", "html"):
        out = tmp_path / f"bench.{fmt}"
        t0 = time.perf_counter()
        n = export_result(result, fmt, out, ExportOptions(with_mt=True))
        dt = time.perf_counter() - t0
        print(f"  {fmt:5s} {dt:6.2f} s  {n} units  {out.stat().st_size / 1e6:6.1f} MB")
        assert n == N_LINKS
    print("command: .venv/bin/pytest tests/benchmarks/test_bench_export.py -s "
          "-p no:cacheprovider -o addopts=\"\"")
