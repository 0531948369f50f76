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
from dataclasses import dataclass, field

import numpy as np

from paralelo.core.align.features import Features
from paralelo.core.progress import CancelToken, check

NEG = -1e18
# move codes: (es items, en items)
MOVES = {1: (1, 0), 2: (0, 1), 3: (1, 1), 4: (1, 2), 5: (2, 1), 6: (2, 2)}
KIND_OF = {v: k for k, v in MOVES.items() if k >= 3}
#: band cells whose group values are computed together (bounds the temporaries)
CHUNK_CELLS = 1 << 16


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
    prior: dict[int, float] = field(default_factory=lambda: {3: 0.0, 4: 0.3, 5: 0.3, 6: -1.0})
    skip: float = -0.25  # value of leaving one item unmatched
    skip_per_char: float = 0.0  # extra (negative) value per 100 characters left unmatched
    half_band: int = 30


#: With a machine translation, similarity of long paragraphs is reliable, so leaving a
#: long paragraph unmatched is cheaper than linking it on weak evidence (tuned on WMT).
MT_PARAMS = Params(skip=-0.4, skip_per_char=0.15)


def _clamp(x: np.ndarray, low: int, high: int) -> np.ndarray:
    """``np.clip`` for integer arrays, same values: np.clip's per-call checks cost more
    than the work on the few cells of a small document (called thousands of times)."""
    return np.minimum(np.maximum(x, low), high)


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


@dataclass(slots=True)
class _Ctx:
    """Everything needed to score a group ending at DP cell (i, j)."""

    fa: Features
    fb: Features
    base: np.ndarray
    dots: np.ndarray
    adj_a: np.ndarray
    adj_b: np.ndarray
    ratio: float
    p: Params
    #: cosines of kinds 3-6 at every band cell (row i-1, column j - lo[i]) and the band
    #: start, kept by `_fill` when one chunk covered the band (small documents)
    cell_cos: tuple[np.ndarray, np.ndarray] | None = None

    def dot(self, a: np.ndarray, jj: np.ndarray) -> np.ndarray:
        """fa[a] · fb[jj] for broadcastable index arrays (0 outside the stored band)."""
        dw = self.dots.shape[1]
        k = jj - self.base[a]
        ok = (k >= 0) & (k < dw) & (jj >= 0) & (jj < self.fb.n)
        return np.where(ok, self.dots[a, _clamp(k, 0, dw - 1)], 0.0)

    def evaluate(self, i: np.ndarray, j: np.ndarray, kind: int) -> tuple[np.ndarray, np.ndarray]:
        """(value, cosine) of groups of ``kind`` ending at DP cells (i, j)."""
        return self.evaluate_kinds(i, j, (kind,))[0]

    def evaluate_kinds(self, i: np.ndarray, j: np.ndarray,
                       kinds: tuple[int, ...]) -> list[tuple[np.ndarray, np.ndarray]]:
        """`evaluate` for several kinds at once: the dot products, norms and lengths
        the kinds share are looked up once (same operations, so the same floats)."""
        p, fa, fb = self.p, self.fa, self.fb
        n, m = fa.n, fb.n
        want = set(kinds)
        two_b, two_a = bool(want & {4, 6}), bool(want & {5, 6})
        a = _clamp(i - 1, 0, n - 1)
        b1 = _clamp(j - 1, 0, m - 1)
        la, lb = fa.lengths, fb.lengths / self.ratio
        d11 = self.dot(a, j - 1)
        sq_a, sq_b1, la_a, lb_b1 = fa.sq[a], fb.sq[b1], la[a], lb[b1]
        if two_b:
            b2 = _clamp(j - 2, 0, m - 1)
            sq_b2 = fb.sq[b2]
            nb12 = sq_b2 + sq_b1 + 2.0 * self.adj_b[b2]
            lb12 = lb_b1 + lb[b2]
            d12 = self.dot(a, j - 2)
        if two_a:
            a0 = _clamp(i - 2, 0, n - 1)
            sq_a0 = fa.sq[a0]
            na21 = sq_a0 + sq_a + 2.0 * self.adj_a[a0]
            la21 = la_a + la[a0]
            d01 = self.dot(a0, j - 1)
        j_in = j <= m
        out = []
        for kind in kinds:
            parts: list[np.ndarray] = []
            if kind == 3:
                dsum, na, nb, lena, lenb = d11, sq_a, sq_b1, la_a, lb_b1
            elif kind == 4:
                dsum, na, nb, lena, lenb = d11 + d12, sq_a, nb12, la_a, lb12
                parts = [_part(d11, na, sq_b1, nb), _part(d12, na, sq_b2, nb)]
            elif kind == 5:
                dsum, na, nb, lena, lenb = d01 + d11, na21, sq_b1, la21, lb_b1
                parts = [_part(d01, nb, sq_a0, na), _part(d11, nb, sq_a, na)]
            else:
                d02 = self.dot(a0, j - 2)
                d0102 = d01 + d02
                dsum, na, nb, lena, lenb = d0102 + d11 + d12, na21, nb12, la21, lb12
                parts = [_part(d0102, nb, sq_a0, na), _part(d11 + d12, nb, sq_a, na),
                         _part(d01 + d11, na, sq_b1, nb), _part(d02 + d12, na, sq_b2, nb)]
            cos = np.maximum(dsum, 0.0) / np.sqrt(np.maximum(na * nb, 1e-9))
            r = np.log((lenb + 20.0) / (lena + 20.0))
            var = p.len_sigma**2 + p.len_k / (lena + lenb + 20.0)
            v = p.w_sim * (cos - p.tau) - p.w_len * r * r / (2.0 * var) + p.prior[kind]
            if parts and p.w_part:
                v = v + p.w_part * np.minimum(np.minimum.reduce(parts) - p.tau_part, 0.0)
            da, db = MOVES[kind]
            ok = (i >= da) & (j >= db) & j_in
            out.append((np.where(ok, v, NEG), cos))
        return out

    def path_cosines(self, path: list[tuple[list[int], list[int]]]) -> list[float]:
        """Cosine of each group of ``path`` (0.0 for 1-0 / 0-1).

        One `evaluate_kinds` call for all kinds at every group's end cell, each
        group then taking its own kind's value: the arithmetic is elementwise, so
        these are the floats a call per kind gives, at a quarter of the calls.
        """
        out = [0.0] * len(path)
        kinds = [KIND_OF.get((len(a), len(b))) for a, b in path]
        linked = [g for g, k in enumerate(kinds) if k is not None]
        if not linked:
            return out
        i = np.array([path[g][0][-1] + 1 for g in linked])
        j = np.array([path[g][1][-1] + 1 for g in linked])
        rows = np.array([kinds[g] for g in linked]) - 3
        if self.cell_cos is not None:  # `_fill` evaluated these very cells already
            table, lo = self.cell_cos
            picked = table[rows, i - 1, j - lo[i]]
        else:
            cos = np.stack([c for _, c in self.evaluate_kinds(i, j, (3, 4, 5, 6))])
            picked = cos[rows, np.arange(len(linked))]
        for g, c in zip(linked, picked.tolist(), strict=True):
            out[g] = c
        return out


def _part(d_i: np.ndarray, n_one: np.ndarray, n_i: np.ndarray, n_sum: np.ndarray) -> np.ndarray:
    """cos(one side, member) rescaled by |sum| / |member|: about the group cosine when
    the member really is a piece of the group, about 0 when it is unrelated."""
    # Norms of merged pairs are only >= 0 in cells that exist: a 2-x group before the
    # second row combines clipped indices (masked out later), so clamp, no NaN warning.
    root_sum, root_one = np.sqrt(np.maximum(n_sum, 0.0)), np.sqrt(np.maximum(n_one, 0.0))
    return np.maximum(d_i, 0.0) * root_sum / np.maximum(root_one * n_i, 1e-9)


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
            st.max(axis=0, out=b)
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
