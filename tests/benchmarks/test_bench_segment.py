"""Import and segmentation: speed and accuracy on the WMT dev set (research use only).

Measures, on /work/shared/benchmarks/wmt-newstest-es-en.dev.jsonl (345 articles,
3,186 paragraphs per language):

* sentence boundaries: gold sentences of each paragraph joined with one space,
  split again; precision/recall of the boundaries (WMT segments sometimes hold
  two sentences, which caps measurable precision);
* paragraph contract: each article written as blank-line-separated paragraphs
  and loaded with `load_document`; paragraph i must be the i-th block;
* language detection per paragraph and per article;
* speed: segmenting every article (paragraphs + sentences), per-paragraph cost,
  against a baseline of ``str.split`` over the same text in the same run.

Reproduce: ``make bench`` or
``.venv/bin/python -m pytest tests/benchmarks/test_bench_segment.py -s -o addopts=""``
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from paralelo.bench.sentences import boundary_counts
from paralelo.core.importers import detect_language, load_document
from paralelo.core.segment import split_paragraphs

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "benchmarks" / \
    "wmt-newstest-es-en.dev.jsonl"


@pytest.fixture(scope="module")
def articles() -> list[dict]:
    if not DATA.is_file():
        pytest.skip("benchmark data not present")
    with DATA.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def test_segmentation_benchmark(articles: list[dict], tmp_path: Path) -> None:
    tp = fp = fn = 0
    n_par = 0
    para_lang = {"right": 0, "other": 0, "wrong": 0}
    doc_lang_ok = contract_ok = 0
    texts: list[tuple[str, str]] = []
    for art in articles:
        for lang in ("es", "en"):
            paras = [" ".join(p[lang]) for p in art["paragraphs"]]
            texts.append((lang, "\n\n".join(paras) + "\n"))
            for p in art["paragraphs"]:
                sents = p[lang]
                text = " ".join(sents)
                t, f, n = boundary_counts(sents, lang)
                tp, fp, fn = tp + t, fp + f, fn + n
                got = detect_language(text)
                para_lang["right" if got == lang else "other" if got == "other" else "wrong"] += 1
                n_par += 1
    for i, (lang, text) in enumerate(texts):
        path = tmp_path / f"a{i}.txt"
        path.write_text(text, encoding="utf-8")
        doc = load_document(path)
        doc_lang_ok += doc.lang == lang
        contract_ok += [p.text for p in doc.paragraphs] == [
            b.strip() for b in text.split("\n\n") if b.strip()]
    start = time.perf_counter()
    for lang, text in texts:
        split_paragraphs(text, lang)
    seg = time.perf_counter() - start
    start = time.perf_counter()
    for _lang, text in texts:
        [b.split() for b in text.split("\n\n")]
    base = time.perf_counter() - start
    print(f"\nsentence boundaries: precision {tp / (tp + fp):.4f} recall {tp / (tp + fn):.4f} "
          f"({tp + fn} gold boundaries, {n_par} paragraphs)")
    print(f"paragraph language: {para_lang['right'] / n_par:.4f} right, "
          f"{para_lang['other'] / n_par:.4f} 'other', {para_lang['wrong'] / n_par:.4f} wrong")
    print(f"article language: {doc_lang_ok}/{len(texts)}; blank-line contract: "
          f"{contract_ok}/{len(texts)} articles")
    print(f"segmentation of {len(texts)} articles ({n_par} paragraphs): {seg:.3f} s, "
          f"{seg / n_par * 1e6:.0f} µs/paragraph; str.split baseline {base:.3f} s "
          f"(x{seg / max(base, 1e-9):.0f})")
    assert contract_ok == len(texts) and doc_lang_ok == len(texts)
