"""Facts and diffs: speed and cross-language agreement on the WMT dev set (research use only).

On /work/shared/benchmarks/wmt-newstest-es-en.dev.jsonl (3,186 paragraph pairs
that are true translations of each other):

* extraction speed per paragraph (both languages), against a bare
  ``re.findall(r"\\w+")`` pass over the same texts in the same run;
* agreement: share of facts of each side that compare_facts reports as shared
  with the true partner paragraph, against the same paragraph paired with a
  random other paragraph (chance agreement), for quantities (number, percent,
  money, date, year) and names (person, org, place, topic);
* compare_facts per link, and char_diff per link on the first 300 pairs (Spanish
  against English text: the worst case for a diff, an MT is closer to the English).

Reproduce: ``make bench`` or
``.venv/bin/python -m pytest tests/benchmarks/test_bench_facts.py -s -o addopts=""``
"""

from __future__ import annotations

import json
import random
import re
import time
from pathlib import Path

import pytest

from paralelo.core.diff import char_diff
from paralelo.core.facts import compare_facts, extract_facts
from paralelo.core.facts.match import GROUP

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "benchmarks" / \
    "wmt-newstest-es-en.dev.jsonl"


@pytest.fixture(scope="module")
def pairs() -> list[tuple[str, str]]:
    if not DATA.is_file():
        pytest.skip("benchmark data not present")
    with DATA.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    return [(" ".join(p["es"]), " ".join(p["en"])) for r in rows for p in r["paragraphs"]]


def _agreement(pairs: list[tuple[str, str]]) -> dict[str, tuple[int, int]]:
    """group -> (facts of either side reported shared, all facts of both sides)."""
    out = {"quantity": [0, 0], "name": [0, 0]}

    def group(kind: str) -> str:
        return "name" if GROUP[kind] == "name" else "quantity"

    for es, en in pairs:
        cmp = compare_facts([es], [en])
        seen_es = {(s.es.fact.start, s.es.fact.kind) for s in cmp.shared}
        seen_en = {(s.en.fact.start, s.en.fact.kind) for s in cmp.shared}
        for _, kind in [*seen_es, *seen_en]:
            out[group(kind)][0] += 1
            out[group(kind)][1] += 1
        for lf in cmp.only_es + cmp.only_en:
            out[group(lf.fact.kind)][1] += 1
    return {g: (a, b) for g, (a, b) in out.items()}


def test_bench_facts(pairs: list[tuple[str, str]]) -> None:
    texts = [t for p in pairs for t in p]
    t0 = time.perf_counter()
    words = sum(len(re.findall(r"\w+", t)) for t in texts)
    base = time.perf_counter() - t0
    t0 = time.perf_counter()
    n_facts = sum(len(extract_facts(es, "es")) + len(extract_facts(en, "en")) for es, en in pairs)
    extract = time.perf_counter() - t0
    per_para = 1000 * extract / len(texts)
    print(f"\nextract_facts: {len(texts)} paragraphs ({words} words), {n_facts} facts, "
          f"{extract:.2f} s = {per_para:.2f} ms/paragraph "
          f"({extract / max(base, 1e-9):.0f}× a bare regex word pass)")

    t0 = time.perf_counter()
    true = _agreement(pairs)
    cmp_time = time.perf_counter() - t0
    shuffled_en = [en for _, en in pairs]
    random.Random(4).shuffle(shuffled_en)
    chance = _agreement([(es, en) for (es, _), en in zip(pairs, shuffled_en, strict=True)])
    print(f"compare_facts: {1000 * cmp_time / len(pairs):.2f} ms/link (extraction included)")
    for g in ("quantity", "name"):
        a, b = true[g]
        c, d = chance[g]
        print(f"  {g:<8} shared with the true partner {a}/{b} = {a / b:.1%}; "
              f"with a random paragraph {c}/{d} = {c / max(d, 1):.1%}")
        assert a / b > 3 * c / max(d, 1)

    sample = pairs[:300]
    t0 = time.perf_counter()
    for es, en in sample:
        char_diff(es, en)
    diff_time = time.perf_counter() - t0
    print(f"char_diff: {1000 * diff_time / len(sample):.2f} ms/link "
          f"(first {len(sample)} pairs, Spanish vs English text)")


def _names_shared(triples: list[tuple[str, str, str | None]]) -> tuple[int, int, int]:
    """(Spanish name facts shared, all Spanish name facts, shared through the MT)."""
    shared = total = via_mt = 0
    for es, en, mt in triples:
        cmp = compare_facts([es], [en], [mt] if mt else None)
        names = {s.es.fact.start for s in cmp.shared if GROUP[s.es.fact.kind] == "name"}
        shared += len(names)
        total += len(names) + sum(1 for o in cmp.only_es if GROUP[o.fact.kind] == "name")
        via_mt += sum(1 for s in cmp.shared if s.via == "mt")
    return shared, total, via_mt


def test_bench_facts_through_mt(pairs: list[tuple[str, str]]) -> None:
    import shutil
    import subprocess

    if shutil.which("apertium") is None:
        pytest.skip("apertium not installed")
    sample = [(es.replace("\n", " "), en) for es, en in pairs[:400]]
    r = subprocess.run(["apertium", "-u", "spa-eng_US"], input="\n".join(es for es, _ in sample),
                       text=True, capture_output=True, timeout=600, check=True)
    mt = r.stdout.rstrip("\n").split("\n")
    assert len(mt) == len(sample)
    plain = _names_shared([(es, en, None) for es, en in sample])
    with_mt = _names_shared([(es, en, m) for (es, en), m in zip(sample, mt, strict=True)])
    shuffled = [en for _, en in sample]
    random.Random(3).shuffle(shuffled)
    chance = _names_shared([(es, en, m) for (es, _), en, m in
                            zip(sample, shuffled, mt, strict=True)])
    print(f"\nSpanish name facts shared with the true partner, first {len(sample)} pairs:")
    print(f"  without MT {plain[0]}/{plain[1]} = {plain[0] / plain[1]:.1%}; with Apertium MT "
          f"{with_mt[0]}/{with_mt[1]} = {with_mt[0] / with_mt[1]:.1%} ({with_mt[2]} through MT)")
    print(f"  random partner with MT: {chance[0]}/{chance[1]} ({chance[2]} through MT)")
    assert with_mt[0] >= plain[0]
