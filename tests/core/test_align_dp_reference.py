"""The banded DP's vectorised row loop against a plain per-cell version of the same recurrence.

`dp._fill` reads the previous rows through strided windows and computes a
chunk's argmax at once; the reference below walks the band cell by cell in
Python floats (same IEEE operations in the same order), so the move tables must
be equal element for element, ties included. Features come from real
`align_parallel` runs; the bands are random non-decreasing starts, narrow
enough that the band steps and clips at both ends.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

from paralelo.core.align import align_parallel, dp

WORDS = [f"w{i}" for i in range(60)]


def _contexts(monkeypatch: pytest.MonkeyPatch, seed: int) -> list[dp._Ctx]:
    rng = random.Random(seed)
    n, m = rng.randint(2, 30), rng.randint(2, 30)

    def para() -> str:
        return " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 12))) + "."

    es = [para() for _ in range(n)]
    en = [es[i] if i < n and rng.random() < 0.6 else para() for i in range(m)]
    seen: list[dp._Ctx] = []
    real_run = dp._run

    def spy(ctx: dp._Ctx, lo: np.ndarray, width: int, cancel: object) -> object:
        seen.append(ctx)
        return real_run(ctx, lo, width, None)

    monkeypatch.setattr(dp, "_run", spy)
    align_parallel(es, en, sentences=False)
    monkeypatch.undo()
    return seen[:1]


def _random_band(rng: random.Random, n: int, m: int) -> tuple[np.ndarray, int]:
    width = min(rng.randint(1, 9), m + 1)
    top = max(m + 1 - width, 0)
    lo = np.sort(np.array([rng.randint(0, top) for _ in range(n + 1)], dtype=np.int64))
    if rng.random() < 0.5:  # small steps, like a real band
        lo = np.minimum(np.arange(n + 1) * rng.randint(0, 2), top).astype(np.int64)
    return lo, width


def _reference_moves(ctx: dp._Ctx, lo: np.ndarray, width: int) -> np.ndarray:
    n, m, p = ctx.fa.n, ctx.fb.n, ctx.p
    neg = dp.NEG
    skip_a = (p.skip + p.skip_per_char * ctx.fa.lengths / 100.0).tolist()
    skip_b = p.skip + p.skip_per_char * ctx.fb.lengths / (100.0 * ctx.ratio)
    cum_b = np.concatenate(([0.0], np.cumsum(skip_b))).tolist()
    cols = np.arange(width)
    rows, cells = np.arange(1, n + 1)[:, None], lo[1:, None] + cols[None, :]
    vals = {k: ctx.evaluate(rows, cells, k)[0].tolist() for k in (3, 4, 5, 6)}
    starts = lo.tolist()
    score = [[neg] * width for _ in range(n + 1)]
    move = np.zeros((n + 1, width), dtype=np.int8)
    move[0] = 2

    def at(r: int, j: int) -> float:
        k = j - starts[r]
        return score[r][k] if 0 <= k < width else neg

    for k in range(width):
        j = starts[0] + k
        score[0][k] = cum_b[min(j, m)] if j <= m else neg
    for i in range(1, n + 1):
        best, code, lin = [], [], []
        for k in range(width):
            j = starts[i] + k
            cands = [(at(i - 1, j) + skip_a[i - 1], 1), (at(i - 1, j - 1) + vals[3][i - 1][k], 3),
                     (at(i - 1, j - 2) + vals[4][i - 1][k], 4)]
            if i >= 2:
                cands += [(at(i - 2, j - 1) + vals[5][i - 1][k], 5),
                          (at(i - 2, j - 2) + vals[6][i - 1][k], 6)]
            else:
                cands += [(neg, 5), (neg, 6)]
            top = max(c for c, _ in cands)
            best.append(top)
            code.append(next(mv for c, mv in cands if c == top))  # first of equal maxima
            lin.append(cum_b[min(j, m)])
        acc = -np.inf
        for k in range(width):
            acc = max(acc, best[k] - lin[k])
            run = acc + lin[k]
            move[i, k] = 2 if run > best[k] + 1e-9 else code[k]
            score[i][k] = run if starts[i] + k <= m else neg
    return move


@pytest.mark.parametrize("seed", range(12))
def test_vectorised_rows_match_the_per_cell_recurrence(monkeypatch: pytest.MonkeyPatch,
                                                       seed: int) -> None:
    rng = random.Random(1000 + seed)
    for ctx in _contexts(monkeypatch, seed):
        n, m = ctx.fa.n, ctx.fb.n
        for params in (ctx.p, dp.Params(skip=-2.0, w_part=0.0), dp.MT_PARAMS):
            lo, width = _random_band(rng, n, m)
            base, dots = dp._dots(ctx.fa, ctx.fb, lo, width, None)
            c = dp._Ctx(ctx.fa, ctx.fb, base, dots, ctx.adj_a, ctx.adj_b, ctx.ratio, params)
            assert np.array_equal(dp._fill(c, lo, width, None), _reference_moves(c, lo, width))


def test_evaluate_kinds_equals_one_kind_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    (ctx,) = _contexts(monkeypatch, 3)
    rng = np.random.default_rng(0)
    i = rng.integers(0, ctx.fa.n + 2, size=(40, 1))
    j = rng.integers(-1, ctx.fb.n + 2, size=(40, 7))
    together = ctx.evaluate_kinds(i, j, (3, 4, 5, 6))
    for kind, (v, cos) in zip((3, 4, 5, 6), together, strict=True):
        alone_v, alone_cos = ctx.evaluate_kinds(i, j, (kind,))[0]
        assert np.array_equal(v, alone_v) and np.array_equal(cos, alone_cos)
        assert (v[(i < 1) | (j < 1) | (j > ctx.fb.n)] == dp.NEG).all()


def test_a_decreasing_band_start_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    (ctx,) = _contexts(monkeypatch, 5)
    n = ctx.fa.n
    lo = np.zeros(n + 1, dtype=np.int64)
    lo[1] = 1
    with pytest.raises(ValueError, match="must not decrease"):
        dp._fill(ctx, lo, 1, None)


def test_opposite_neighbours_give_no_nan_warning() -> None:
    """Two paragraphs whose hashed vectors point opposite ways: the 2-x groups before
    row 2 combine clipped indices into a negative 'norm'; that must not warn (the
    suite turns warnings into errors) and the valid alignment must stand."""
    from paralelo.core.align.features import Features

    def feats(vals: list[float]) -> Features:
        v = np.asarray(vals, dtype=np.float32)
        return Features(indptr=np.arange(len(v) + 1), idx=np.full(len(v), 5),
                        val=v, anchors=[[] for _ in v],
                        lengths=np.full(len(v), 100.0), sq=v.astype(np.float64) ** 2)

    path = dp.align_dp(feats([1.0, -3.0, 2.0]), feats([1.0, -3.0, 2.0]))
    assert [(a, b) for a, b, _ in path] == [([0], [0]), ([1], [1]), ([2], [2])]
