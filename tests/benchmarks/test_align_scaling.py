"""Parallel alignment scaling: 500 → 20,000 paragraphs a side (synthetic).

Synthetic paragraphs: 30-90 Zipf-distributed pseudo-words in two sentences,
identical on both sides except for ~3% paragraphs dropped on each side, so the
path wanders off the diagonal like a real document pair. Times are for
`align_parallel` (features, band guide from rare shared keys, banded DP, group
evidence with sentence pairs), translation excluded; sizes run in order in one
process, so the token cache is warm from the smaller sizes (as in an app
session); wall and CPU time are both reported because our CI
machines are shared. Peak memory is measured in a second run under tracemalloc
(numpy reports its buffers to it).

Reproduce: ``make bench`` or
``.venv/bin/python -m pytest tests/benchmarks/test_align_scaling.py -s -o addopts=""``
"""

from __future__ import annotations

import itertools
import random
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest

from paralelo.core.align import align_parallel

SIZES = [500, 1000, 2000, 5000, 10000, 20000]


def synthetic(n: int, seed: int = 7) -> tuple[list[str], list[str]]:
    rng = random.Random(seed)
    vocab: list[str] = []
    while len(vocab) < 20000:
        vocab.append("".join(rng.choice("bcdfglmnprstv") + rng.choice("aeiou")
                             for _ in range(rng.randint(2, 4))))
    cum = list(itertools.accumulate(1 / (i + 1) for i in range(len(vocab))))
    es: list[str] = []
    en: list[str] = []
    for _ in range(n):
        words = rng.choices(vocab, cum_weights=cum, k=rng.randint(30, 90))
        half = len(words) // 2
        text = (" ".join(words[:half]).capitalize() + ". "
                + " ".join(words[half:]).capitalize() + ".")
        r = rng.random()
        if r >= 0.03:
            es.append(text)
        if r < 0.03 or r >= 0.06:
            en.append(text)
    return es, en


@pytest.mark.timeout(1800)
def test_align_scaling() -> None:
    rows = []
    for n in SIZES:
        es, en = synthetic(n)
        t0, c0 = time.perf_counter(), time.process_time()
        groups = align_parallel(es, en)
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        linked = sum(1 for a, b, _, _ in groups if a and b)
        tracemalloc.start()
        align_parallel(es, en)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        rows.append((n, len(es), len(en), wall, cpu, peak / 2**20, linked))
    print("\nparagraphs  es      en      wall s   cpu s   peak MiB  µs cpu/para  KiB/para")
    for n, ne, nn, wall, cpu, mib, _ in rows:
        print(f"{n:>10}  {ne:<6}  {nn:<6}  {wall:7.2f}  {cpu:6.2f}  {mib:8.1f}  "
              f"{1e6 * cpu / n:11.0f}  {1024 * mib / n:8.1f}")
    print('command: .venv/bin/python -m pytest tests/benchmarks/test_align_scaling.py -s '
          '-o addopts=""')
    by = {r[0]: r for r in rows}
    # every kept paragraph pair is found (they are identical texts)
    for n, ne, nn, *_, linked in rows:
        assert linked >= 0.97 * min(ne, nn), (n, linked)
    # near-linear: per-paragraph cost at 20k within 3x of that at 2k
    assert by[20000][4] / 20000 <= 3 * by[2000][4] / 2000
    assert by[20000][5] / 20000 <= 3 * by[2000][5] / 2000


_COLD = """
import sys, time
sys.path.insert(0, {here!r})
from test_align_scaling import synthetic
es, en = synthetic(5000)
t0 = time.perf_counter()
from paralelo.core.align import align_parallel
align_parallel(es, en)
print(time.perf_counter() - t0)
"""


@pytest.mark.timeout(600)
def test_align_5000_variants() -> None:
    """5,000 x 5,000: first call in a new process, with MT, without sentence evidence.

    The plain warm run is the baseline measured in the same run; the others are
    reported as ratios to it (with MT the Spanish side is tokenised twice).
    """
    es, en = synthetic(5000)
    align_parallel(*synthetic(500))  # warm: lexicon, token cache for the vocabulary

    def best(**kw: object) -> float:
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            align_parallel(es, en, **kw)  # type: ignore[arg-type]
            times.append(time.perf_counter() - t0)
        return min(times)

    base = best()
    mt = best(es_mt=list(es))
    nosent = best(sentences=False)
    out = subprocess.run([sys.executable, "-c", _COLD.format(here=str(Path(__file__).parent))],
                         capture_output=True, text=True, check=True, timeout=300)
    cold = float(out.stdout.strip().splitlines()[-1])
    print(f"\n5,000 x 5,000, best of 3 (s): warm {base:.2f}; with MT {mt:.2f} "
          f"({mt / base:.2f}x); sentences=False {nosent:.2f} ({nosent / base:.2f}x); "
          f"first call in a new process {cold:.2f} ({cold / base:.2f}x)")
    print('command: .venv/bin/python -m pytest tests/benchmarks/test_align_scaling.py -s '
          '-o addopts=""')
    assert nosent < base  # sentence evidence is real work, not a no-op
    assert mt / base < 3 and cold / base < 5
