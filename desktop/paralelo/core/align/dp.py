"""Banded monotonic dynamic programming over two sequences of texts.

Groups 1-1, 1-2, 2-1, 2-2, 1-0 and 0-1. Each group's value is a log-odds-like
sum of (similarity − threshold), a length-ratio term (Gale–Church in log
space) and a per-type prior; skipped items cost a little, so an item is only
linked when the evidence beats "no partner". Similarities of merged items are
exact sums of precomputed dot products, so every cell is O(1) numpy work and a
row of the band is processed at once (the 0-1 chain inside a row with a
running maximum). The band follows the diagonal scaled by the length ratio and
is widened and rerun when the best path touches its edge.
"""

from __future__ import annotations

import math
import statistics

import numpy as np

from paralelo.core.align.cells import CHUNK_CELLS, KIND_OF, MOVES, MT_PARAMS, NEG, Params
from paralelo.core.align.cells import Ctx as _Ctx
from paralelo.core.align.cells import clamp as _clamp
from paralelo.core.align.features import Features
from paralelo.core.progress import CancelToken, check

__all__ = ["CHUNK_CELLS", "KIND_OF", "MOVES", "MT_PARAMS", "NEG", "Params", "align_dp"]


def _band(n: int, m: int, half: int) -> tuple[np.ndarray, int]:
    width = 2 * half + 1
    centre = np.round(np.arange(n + 1) * (m / max(n, 1))).astype(np.int64)
    lo = _clamp(centre - half, 0, max(m + 1 - width, 0))
    return lo, min(width, m + 1)


def _band_around(path: list[tuple[list[int], list[int]]], n: int, m: int,
                 half: int) -> tuple[np.ndarray, int]:
    """A band of the same half-width centred on ``path`` (column where it crosses each row)."""
    width = min(2 * half + 1, m + 1)
    centre = np.zeros(n + 1, dtype=np.int64)
    i = j = 0
    for ga, gb in path:
        i, j = i + len(ga), j + len(gb)
        centre[i] = j
    centre = np.maximum.accumulate(centre)
    return _clamp(centre - half, 0, max(m + 1 - width, 0)), width


def _dots(fa: Features, fb: Features, lo: np.ndarray, width: int,
          cancel: CancelToken | None) -> tuple[np.ndarray, np.ndarray]:
    """dots[a, k] = fa[a] · fb[base[a] + k], covering every column rows a+1, a+2 use."""
    n, m = fa.n, fb.n
    base = lo[1:] - 2 if n else np.zeros(0, np.int64)
    span = int(lo[min(2, n):].max(initial=0) - lo.min(initial=0)) if n else 0
    step = int(np.max(np.diff(lo), initial=0)) if n > 1 else 0
    dwidth = width + 2 + 2 * step + 1
    del span
    out = np.zeros((n, dwidth), dtype=np.float32)
    block = 64
    for s in range(0, n, block):
        check(cancel)
        e = min(s + block, n)
        c0 = max(int(base[s:e].min()), 0)
        c1 = min(int(base[s:e].max()) + dwidth, m)
        if c1 <= c0:
            continue
        prod = _block_dots(fa.dense64(s, e), fb, c0, c1)  # (rows, c1-c0)
        cols = base[s:e, None] + np.arange(dwidth)[None, :] - c0
        ok = (cols >= 0) & (cols < c1 - c0)
        vals = np.take_along_axis(prod, _clamp(cols, 0, c1 - c0 - 1), axis=1)
        out[s:e] = np.where(ok, vals, 0.0)
    return base, out


def _block_dots(dense_a: np.ndarray, fb: Features, c0: int, c1: int) -> np.ndarray:
    """dense_a @ fb[c0:c1].T as one BLAS product (float64: same sums as exact arithmetic
    up to rounding far below the float32 the dots are stored in)."""
    return dense_a @ fb.dense64(c0, c1).T


def _adjacent(f: Features) -> np.ndarray:
    """f[i] · f[i+1] (needed for the norm of a merged pair)."""
    if f.n < 2:
        return np.zeros(max(f.n, 0))
    out = np.zeros(f.n)
    block = 256
    for s in range(0, f.n - 1, block):
        e = min(s + block, f.n - 1)
        a = f.dense(s, e + 1)
        out[s:e] = np.einsum("ij,ij->i", a[:-1], a[1:])
    return out


def align_dp(fa: Features, fb: Features, params: Params | None = None,
             cancel: CancelToken | None = None, centre: np.ndarray | None = None,
             ) -> list[tuple[list[int], list[int], float]]:
    """Best monotonic grouping of items of ``fa`` (es) and ``fb`` (en), with group cosines.

    ``centre`` (column per row 0..n, e.g. from `guide.guide`) replaces the
    diagonal as the first band's centre line.
    """
    p = params or Params()
    n, m = fa.n, fb.n
    if n == 0 or m == 0:
        return [([i], [], 0.0) for i in range(n)] + [([], [j], 0.0) for j in range(m)]
    ratio = float(np.clip(fb.lengths.sum() / max(fa.lengths.sum(), 1.0), 0.5, 2.0))
    adj_a, adj_b = _adjacent(fa), _adjacent(fb)
    # Each row must overlap the next: with many more English items than Spanish
    # ones (one line against a long document) the band grows to the step between
    # rows, so the cells stay about n * half + m (linear), never n * m.
    half = max(p.half_band, -(-m // n) + 2)
    lo, width = _band(n, m, half)
    if centre is not None and len(centre) == n + 1 and width < m + 1:
        lo = _clamp(centre - half, 0, max(m + 1 - width, 0))
    last: tuple[np.ndarray, int, np.ndarray, np.ndarray] | None = None
    for _ in range(2):
        for attempt in range(6):
            # the length-ratio rerun mostly keeps the band (always on small documents,
            # whose band is the whole table): its dot products are the same then
            if last is not None and last[1] == width and np.array_equal(last[0], lo):
                base, dots = last[2], last[3]
            else:
                base, dots = _dots(fa, fb, lo, width, cancel)
                last = (lo, width, base, dots)
            ctx = _Ctx(fa, fb, base, dots, adj_a, adj_b, ratio, p)
            path, touched = _run(ctx, lo, width, cancel)
            if not touched or width >= m + 1:
                break
            # Re-centre the band on the path found (keeps the cost linear when a
            # long document drifts off the diagonal); widen only if that fails too.
            if attempt >= 2:
                half *= 2
            lo, width = _band_around(path, n, m, half)
        lo, width = _band_around(path, n, m, half)
        # Drops and insertions skew the total length ratio: re-estimate it from
        # the 1-1 links of this first pass and rerun when it moved noticeably.
        ones = [(a[0], b[0]) for a, b in path if len(a) == 1 and len(b) == 1]
        if len(ones) < 3:
            break
        # statistics.median: np.median's value ((a + b) / 2 of the middle pair), less overhead
        est = float(statistics.median([fb.lengths[j] / max(fa.lengths[i], 1.0)
                                       for i, j in ones]))
        est = min(max(est, 0.5), 2.0)
        if abs(math.log(est / ratio)) < 0.05:
            break
        ratio = est
    return [(a, b, cos) for (a, b), cos in zip(path, ctx.path_cosines(path), strict=True)]


def _run(ctx: _Ctx, lo: np.ndarray, width: int,
         cancel: CancelToken | None) -> tuple[list[tuple[list[int], list[int]]], bool]:
    return _trace(_fill(ctx, lo, width, cancel), lo, width, ctx.fa.n, ctx.fb.n)


def _fill(ctx: _Ctx, lo: np.ndarray, width: int, cancel: CancelToken | None) -> np.ndarray:
    """Move codes of the best path into every band cell (row i, column lo[i] + k).

    The row loop is the hot spot (one pass per paragraph), so each row is a
    handful of numpy calls on preallocated buffers: the three candidates from
    row i-1 and the two from row i-2 are read through strided windows of the
    score table, and everything that does not depend on the scores (group
    values, skip values, the 0-1 chain's baseline) is computed per chunk of rows.
    """
    n, m = ctx.fa.n, ctx.fb.n
    p = ctx.p
    if bool((np.diff(lo) < 0).any()):  # the windows below rely on it
        raise ValueError("band start must not decrease")
    # value of leaving each item unmatched; cumulative along the English side
    skip_a = p.skip + p.skip_per_char * ctx.fa.lengths / 100.0
    skip_b = p.skip + p.skip_per_char * ctx.fb.lengths / (100.0 * ctx.ratio)
    cum_b = np.concatenate(([0.0], np.cumsum(skip_b)))  # cum_b[j] = value of skipping en[:j]
    cols = np.arange(width)
    step = int(np.max(np.diff(lo), initial=0))
    pad = 2 * step + 3
    wide = width + 2 * pad
    score = np.full((n + 1, wide), NEG)
    move = np.zeros((n + 1, width), dtype=np.int8)
    j0 = lo[0] + cols
    score[0, pad:pad + width] = np.where(j0 <= m, cum_b[np.minimum(j0, m)], NEG)
    move[0] = 2
    # win1[r, o, t] = score[r, o + 2 - t:][:width]: candidates 1-0, 1-1, 1-2 from row r;
    # win2[r, o, t] = score[r, o + 1 - t:][:width]: candidates 2-1, 2-2 from row r.
    rs, cs = score.strides
    win1 = np.lib.stride_tricks.as_strided(score[:, 2:], (n + 1, wide - width - 1, 3, width),
                                           (rs, cs, -cs, cs), writeable=False)
    win2 = np.lib.stride_tricks.as_strided(score[:, 1:], (n + 1, wide - width, 2, width),
                                           (rs, cs, -cs, cs), writeable=False)
    starts: list[int] = lo.tolist()
    rows_out = score[:, pad:pad + width]
    codes = np.array([1, 3, 4, 5, 6], dtype=np.int8)
    # offsets of the windows row i reads in rows i-1 and i-2
    off1 = [0, *(pad + lo[1:] - lo[:-1] - 2).tolist()]
    off2 = [0, 0, *(pad + lo[2:] - lo[:-2] - 2).tolist()]
    chunk = max(CHUNK_CELLS // width, 1)
    for s in range(0, n, chunk):
        check(cancel)
        e = min(s + chunk, n)
        rows = np.arange(s + 1, e + 1)[:, None]
        cells = lo[s + 1:e + 1, None] + cols[None, :]
        kinds = ctx.evaluate_kinds(rows, cells, (3, 4, 5, 6))
        v3, v4, v5, v6 = (v for v, _ in kinds)
        if e - s == n:
            ctx.cell_cos = (np.stack([c for _, c in kinds]), lo)
        # gain1[r] = added value of candidates 1-0, 1-1, 1-2 for row s+1+r; gain2: 2-1, 2-2
        gain1 = np.stack((np.broadcast_to(skip_a[s:e, None], v3.shape), v3, v4), axis=1)
        gain2 = np.stack((v5, v6), axis=1)
        lin = cum_b[np.minimum(cells, m)]  # 0-1 chain baseline per cell
        # stack[r] = the five candidates (in `codes` order) of every cell of row s+1+r
        stack = np.empty((e - s, 5, width))
        if s == 0:
            stack[0, 3:] = NEG  # row 1 has no row i-2
        best = np.empty((e - s, width))
        i = s
        for st, near, far, g1, g2, b, ln in zip(stack, stack[:, :3], stack[:, 3:], gain1, gain2,
                                               best, lin, strict=True):
            i += 1
            np.add(win1[i - 1, off1[i]], g1, out=near)
            if i >= 2:
                np.add(win2[i - 2, off2[i]], g2, out=far)
            np.maximum.reduce(st, axis=0, out=b)  # st.max without its Python wrapper
            # 0-1 chain along the row: D[j] = max_k best[k] + (cum_b[j] - cum_b[k])
            out = rows_out[i]
            np.subtract(b, ln, out=out)
            np.maximum.accumulate(out, out=out)
            np.add(out, ln, out=out)
            if starts[i] + width - 1 > m:
                out[m + 1 - starts[i]:] = NEG
        move[s + 1:e + 1] = np.where(rows_out[s + 1:e + 1] > best + 1e-9, 2,
                                     codes[stack.argmax(axis=1)])
    return move


def _trace(move: np.ndarray, lo: np.ndarray, width: int, n: int,
           m: int) -> tuple[list[tuple[list[int], list[int]]], bool]:
    groups: list[tuple[list[int], list[int]]] = []
    i, j = n, m
    touched = False
    starts: list[int] = lo.tolist()
    item = move.item
    while i > 0 or j > 0:
        k = j - starts[i]
        if not 0 <= k < width:
            raise RuntimeError("alignment path left the band")  # pragma: no cover
        if (k == 0 and starts[i] > 0) or (k == width - 1 and j < m):
            touched = True
        mv = item(i, k) if i > 0 else 2
        da, db = MOVES[mv]
        groups.append((list(range(i - da, i)), list(range(j - db, j))))
        i, j = i - da, j - db
    groups.reverse()
    return groups, touched
