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
import time
import tracemalloc

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
