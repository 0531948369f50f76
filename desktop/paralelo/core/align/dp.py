"""Banded monotonic dynamic programming over two sequences of texts.

Groups 1-1, 1-2, 2-1, 2-2, 1-0 and 0-1. Each group's value is a log-odds-like
sum of (similarity − threshold), a length-ratio term (Gale–Church in log
space) and a per-type prior; skipped items cost nothing, so an item is only
linked when the evidence beats "no partner". Similarities of merged items are
exact sums of precomputed dot products, so every cell is O(1) numpy work and a
row of the band is processed at once (the 0-1 chain inside a row with a
running maximum). The band follows the diagonal scaled by the length ratio and
is widened and rerun when the best path touches its edge.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from paralelo.core.align.features import Features
from paralelo.core.progress import CancelToken, check

NEG = -1e18
# move codes: (es items, en items)
MOVES = {1: (1, 0), 2: (0, 1), 3: (1, 1), 4: (1, 2), 5: (2, 1), 6: (2, 2)}


@dataclass(frozen=True, slots=True)
class Params:
    """Group scoring; defaults tuned on WMT news (see docs/benchmarks.md)."""

    w_sim: float = 20.0  # weight of (cosine - tau) per group
    tau: float = 0.0  # cosine at which linking is as good as leaving both unmatched
    w_len: float = 1.0  # weight of the log-ratio length term
    len_sigma: float = 0.25  # std-dev of log(length ratio) for long true pairs
    len_k: float = 20.0  # extra variance of log(length ratio): len_k / (chars of the group)
    w_part: float = 10.0  # penalty weight when a member of a 1-2 / 2-1 group is unrelated
    tau_part: float = 0.1  # rescaled member cosine below which that penalty starts
    prior: dict[int, float] = field(default_factory=lambda: {3: 0.0, 4: 0.3, 5: 0.3, 6: -2.5})
    skip: float = -0.25  # value of leaving one item unmatched
    half_band: int = 30


@dataclass(slots=True)
class Band:
    lo: np.ndarray  # first DP column of each DP row (0..n)
    width: int
    base: np.ndarray  # first en column stored in dots[a] for es item a
    dots: np.ndarray  # (n, dwidth) dot products es item a · en item base[a]+k


def _band(n: int, m: int, half: int) -> tuple[np.ndarray, int]:
    width = 2 * half + 1
    centre = np.round(np.arange(n + 1) * (m / max(n, 1))).astype(np.int64)
    lo = np.clip(centre - half, 0, max(m + 1 - width, 0))
    return lo, min(width, m + 1)


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
        prod = fa.dense(s, e) @ fb.dense(c0, c1).T  # (rows, c1-c0)
        cols = base[s:e, None] + np.arange(dwidth)[None, :] - c0
        ok = (cols >= 0) & (cols < c1 - c0)
        vals = np.take_along_axis(prod, np.clip(cols, 0, c1 - c0 - 1), axis=1)
        out[s:e] = np.where(ok, vals, 0.0)
    return base, out


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
             cancel: CancelToken | None = None) -> list[tuple[list[int], list[int]]]:
    """Best monotonic grouping of items of ``fa`` (es) and ``fb`` (en)."""
    p = params or Params()
    n, m = fa.n, fb.n
    if n == 0 or m == 0:
        return [([i], []) for i in range(n)] + [([], [j]) for j in range(m)]
    ratio = float(np.clip(fb.lengths.sum() / max(fa.lengths.sum(), 1.0), 0.5, 2.0))
    adj_a, adj_b = _adjacent(fa), _adjacent(fb)
    half = p.half_band
    for _ in range(2):
        lo, width = _band(n, m, half)
        base, dots = _dots(fa, fb, lo, width, cancel)
        while True:
            path, touched = _run(fa, fb, lo, width, base, dots, adj_a, adj_b, ratio, p, cancel)
            if not touched or width >= m + 1:
                break
            half *= 2
            lo, width = _band(n, m, half)
            base, dots = _dots(fa, fb, lo, width, cancel)
        # Drops and insertions skew the total length ratio: re-estimate it from
        # the 1-1 links of this first pass and rerun when it moved noticeably.
        ones = [(a[0], b[0]) for a, b in path if len(a) == 1 and len(b) == 1]
        if len(ones) < 3:
            break
        est = float(np.median([fb.lengths[j] / max(fa.lengths[i], 1.0) for i, j in ones]))
        est = float(np.clip(est, 0.5, 2.0))
        if abs(math.log(est / ratio)) < 0.05:
            break
        ratio = est
    return path


def _run(fa: Features, fb: Features, lo: np.ndarray, width: int, base: np.ndarray,
         dots: np.ndarray, adj_a: np.ndarray, adj_b: np.ndarray, ratio: float, p: Params,
         cancel: CancelToken | None) -> tuple[list[tuple[list[int], list[int]]], bool]:
    n, m = fa.n, fb.n
    sq_a, sq_b = fa.sq, fb.sq
    la, lb = fa.lengths, fb.lengths * (1.0 / ratio)
    dwidth = dots.shape[1]
    score = np.full((n + 1, width), NEG)
    move = np.zeros((n + 1, width), dtype=np.int8)
    cols0 = np.arange(width)

    def dot(a: int, j: np.ndarray) -> np.ndarray:
        k = j - base[a]
        ok = (k >= 0) & (k < dwidth)
        return np.where(ok, dots[a, np.clip(k, 0, dwidth - 1)], 0.0)

    def value(d: np.ndarray, na: float | np.ndarray, nb: np.ndarray, lena: float | np.ndarray,
              lenb: np.ndarray, kind: int,
              parts: tuple[np.ndarray, ...] = ()) -> np.ndarray:
        cos = np.maximum(d, 0.0) / np.sqrt(np.maximum(na * nb, 1e-9))
        r = np.log((lenb + 20.0) / (lena + 20.0))
        var = p.len_sigma**2 + p.len_k / (lena + lenb + 20.0)
        v = p.w_sim * (cos - p.tau) - p.w_len * r * r / (2.0 * var) + p.prior[kind]
        if parts and p.w_part:
            v = v + p.w_part * np.minimum(np.minimum(*parts) - p.tau_part, 0.0)
        return v

    def part(d_i: np.ndarray, n_one: float | np.ndarray, n_i: np.ndarray | float,
             n_sum: np.ndarray | float) -> np.ndarray:
        """cos(one, member) rescaled by |sum| / |member|: ≈ the group cosine when the
        member really is a piece of the group, ≈ 0 when it is unrelated."""
        return (np.maximum(d_i, 0.0) * np.sqrt(n_sum)
                / np.maximum(np.sqrt(n_one) * n_i, 1e-9))

    def prev(i: int, j: np.ndarray) -> np.ndarray:
        k = j - lo[i]
        ok = (k >= 0) & (k < width) & (j >= 0)
        return np.where(ok, score[i, np.clip(k, 0, width - 1)], NEG)

    # row 0: only 0-1 moves
    j0 = lo[0] + cols0
    score[0] = np.where(j0 <= m, j0 * p.skip, NEG)
    move[0] = 2
    for i in range(1, n + 1):
        if i % 256 == 0:
            check(cancel)
        j = lo[i] + cols0
        valid = j <= m
        a = i - 1
        best = prev(i - 1, j) + p.skip  # 1-0
        arg = np.ones(width, dtype=np.int8)
        jb1 = np.clip(j - 1, 0, m - 1)
        d_a_b1 = dot(a, j - 1)
        cand = prev(i - 1, j - 1) + value(d_a_b1, sq_a[a], sq_b[jb1], la[a], lb[jb1], 3)
        cand = np.where(j >= 1, cand, NEG)
        arg = np.where(cand > best, 3, arg)
        best = np.maximum(best, cand)
        jb2 = np.clip(j - 2, 0, m - 1)
        d_a_b2 = dot(a, j - 2)
        nb12 = sq_b[jb2] + sq_b[jb1] + 2.0 * adj_b[jb2]
        parts = (part(d_a_b1, sq_a[a], sq_b[jb1], nb12), part(d_a_b2, sq_a[a], sq_b[jb2], nb12))
        cand = prev(i - 1, j - 2) + value(d_a_b1 + d_a_b2, sq_a[a], nb12, la[a],
                                         lb[jb2] + lb[jb1], 4, parts)
        cand = np.where(j >= 2, cand, NEG)
        arg = np.where(cand > best, 4, arg)
        best = np.maximum(best, cand)
        if i >= 2:
            a0 = i - 2
            na = sq_a[a0] + sq_a[a] + 2.0 * adj_a[a0]
            d_a0_b1 = dot(a0, j - 1)
            parts = (part(d_a0_b1, sq_b[jb1], sq_a[a0], na), part(d_a_b1, sq_b[jb1], sq_a[a], na))
            cand = prev(i - 2, j - 1) + value(d_a0_b1 + d_a_b1, na, sq_b[jb1], la[a0] + la[a],
                                             lb[jb1], 5, parts)
            cand = np.where(j >= 1, cand, NEG)
            arg = np.where(cand > best, 5, arg)
            best = np.maximum(best, cand)
            d_a0_b2 = dot(a0, j - 2)
            cand = prev(i - 2, j - 2) + value(d_a0_b1 + d_a_b1 + d_a0_b2 + d_a_b2, na, nb12,
                                             la[a0] + la[a], lb[jb2] + lb[jb1], 6)
            cand = np.where(j >= 2, cand, NEG)
            arg = np.where(cand > best, 6, arg)
            best = np.maximum(best, cand)
        best = np.where(valid, best, NEG)
        # 0-1 chain along the row: D[j] = max_k best[k] + (j - k) * skip
        run = np.maximum.accumulate(best - cols0 * p.skip) + cols0 * p.skip
        from_left = run > best + 1e-9
        arg = np.where(from_left, 2, arg)
        score[i] = np.where(valid, run, NEG)
        move[i] = arg
    return _trace(move, lo, width, n, m)


def _trace(move: np.ndarray, lo: np.ndarray, width: int, n: int,
           m: int) -> tuple[list[tuple[list[int], list[int]]], bool]:
    groups: list[tuple[list[int], list[int]]] = []
    i, j = n, m
    touched = False
    while i > 0 or j > 0:
        k = j - lo[i]
        if not 0 <= k < width:
            raise RuntimeError("alignment path left the band")  # pragma: no cover
        if (k == 0 and lo[i] > 0) or (k == width - 1 and j < m):
            touched = True
        mv = int(move[i, k]) if i > 0 else 2
        da, db = MOVES[mv]
        groups.append((list(range(i - da, i)), list(range(j - db, j))))
        i, j = i - da, j - db
    groups.reverse()
    return groups, touched
