"""The band guide: rare shared keys put the DP band where a drifting path is."""

from __future__ import annotations

import itertools
import random

import numpy as np

from paralelo.core.align import align_parallel
from paralelo.core.align.guide import _increasing_chain, guide
from paralelo.core.align.tokens import spanish_side, tokenise


def _docs(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    vocab = ["".join(rng.choice("bcdfglmnprstv") + rng.choice("aeiou") for _ in range(3))
             for _ in range(5000)]
    return [" ".join(rng.choices(vocab, k=rng.randint(20, 50))).capitalize() + "."
            for _ in range(n)]


def test_increasing_chain_is_longest_and_strict() -> None:
    rng = random.Random(3)
    for _ in range(200):
        pts = sorted((rng.randrange(8), rng.randrange(8)) for _ in range(rng.randint(0, 9)))
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        chain = _increasing_chain(xs, ys)
        assert all(xs[a] < xs[b] and ys[a] < ys[b] for a, b in itertools.pairwise(chain))
        best = 0
        for r in range(len(pts), 0, -1):
            if any(all(p[0] < q[0] and p[1] < q[1] for p, q in itertools.pairwise(c))
                   for c in itertools.combinations(pts, r)):
                best = r
                break
        assert len(chain) == best


def test_guide_follows_drift_and_steps_aside_for_jumps() -> None:
    es = _docs(600, 1)
    # 3 % dropped on each side: the offset wanders off the diagonal
    rng = random.Random(5)
    keep_es = [i for i in range(600) if rng.random() >= 0.03]
    keep_en = [i for i in range(600) if rng.random() >= 0.03]
    a, b = [es[i] for i in keep_es], [es[i] for i in keep_en]
    centre = guide(spanish_side(a).rows, tokenise(b, "en").rows)
    assert centre is not None and len(centre) == len(a) + 1
    assert np.all(np.diff(centre) >= 0)
    where = {p: k for k, p in enumerate(keep_en)}
    for row, para in enumerate(keep_es):
        if para in where:
            assert abs(int(centre[row + 1]) - (where[para] + 1)) <= 3
    assert guide(spanish_side(a[:50]).rows, tokenise(b[:50], "en").rows) is None
    # 150 foreign paragraphs inserted: no band of ±30 can jump that far in one row
    en = es[:200] + _docs(150, 2) + es[200:]
    assert guide(spanish_side(es).rows, tokenise(en, "en").rows) is None
    groups = align_parallel(es, en)
    pairs = {(x[0], y[0]) for x, y, _, _ in groups if len(x) == 1 and len(y) == 1}
    assert pairs == {(i, i if i < 200 else i + 150) for i in range(600)}
