"""Group values of the banded DP's cells: the scoring model of `dp.align_dp`.

A group ending at DP cell (i, j) is 1-1, 1-2, 2-1 or 2-2 (kinds 3 to 6, as move
codes); its value is w_sim x (cosine - tau), minus the length-ratio term, plus
the kind's prior, minus a penalty when a member of a merged group is unrelated.
Cosines of merged items are sums of the stored dot products (see `dp._dots`).
`Ctx.evaluate_kinds` computes the four kinds on a whole block of cells.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from paralelo.core.align.features import Features

NEG = -1e18
# move codes: (es items, en items)
MOVES = {1: (1, 0), 2: (0, 1), 3: (1, 1), 4: (1, 2), 5: (2, 1), 6: (2, 2)}
KIND_OF = {v: k for k, v in MOVES.items() if k >= 3}
#: band cells whose group values are computed together (bounds the temporaries)
CHUNK_CELLS = 1 << 16
#: up to this many cells the four kinds are evaluated stacked (fewer numpy calls; beyond,
#: the copies cost more than the calls saved)
STACK_CELLS = 4096


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


def clamp(x: np.ndarray, low: int, high: int) -> np.ndarray:
    """``np.clip`` for integer arrays, same values: np.clip's per-call checks cost more
    than the work on the few cells of a small document (called thousands of times)."""
    return np.minimum(np.maximum(x, low), high)



@dataclass(slots=True)
class Ctx:
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
        return np.where(ok, self.dots[a, clamp(k, 0, dw - 1)], 0.0)

    def evaluate(self, i: np.ndarray, j: np.ndarray, kind: int) -> tuple[np.ndarray, np.ndarray]:
        """(value, cosine) of groups of ``kind`` ending at DP cells (i, j)."""
        return self.evaluate_kinds(i, j, (kind,))[0]

    def evaluate_kinds(self, i: np.ndarray, j: np.ndarray,
                       kinds: tuple[int, ...]) -> list[tuple[np.ndarray, np.ndarray]]:
        """`evaluate` for several kinds: all four are computed together (`_stacked`)
        and the ones asked for are returned, in the order asked (up to STACK_CELLS
        cells; `_by_kind` beyond)."""
        if np.broadcast(i, j).size > STACK_CELLS:
            return self._by_kind(i, j, kinds)
        v, cos = self._stacked(i, j)
        return [(v[kind - 3], cos[kind - 3]) for kind in kinds]

    def _by_kind(self, i: np.ndarray, j: np.ndarray,
                 kinds: tuple[int, ...]) -> list[tuple[np.ndarray, np.ndarray]]:
        """`evaluate_kinds` one kind after the other: the dot products, norms and lengths
        the kinds share are looked up once. Large chunks of cells take this path (the
        stacked one would copy every input four to eight times)."""
        p, fa, fb = self.p, self.fa, self.fb
        n, m = fa.n, fb.n
        want = set(kinds)
        two_b, two_a = bool(want & {4, 6}), bool(want & {5, 6})
        a = clamp(i - 1, 0, n - 1)
        b1 = clamp(j - 1, 0, m - 1)
        la, lb = fa.lengths, fb.lengths / self.ratio
        d11 = self.dot(a, j - 1)
        sq_a, sq_b1, la_a, lb_b1 = fa.sq[a], fb.sq[b1], la[a], lb[b1]
        if two_b:
            b2 = clamp(j - 2, 0, m - 1)
            sq_b2 = fb.sq[b2]
            nb12 = sq_b2 + sq_b1 + 2.0 * self.adj_b[b2]
            lb12 = lb_b1 + lb[b2]
            d12 = self.dot(a, j - 2)
        if two_a:
            a0 = clamp(i - 2, 0, n - 1)
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

    def _stacked(self, i: np.ndarray, j: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(value, cosine) of kinds 3, 4, 5, 6 (axis 0) of groups ending at cells (i, j).

        The DP evaluates every band cell for all four kinds, so their inputs are
        stacked on a leading axis and each formula runs once on the stack: the
        numpy calls are a third of a kind-by-kind evaluation (which mattered on
        small documents, where call overhead is the cost), and every element goes
        through the same IEEE operations in the same order, so the same floats
        (tests/core/test_align_dp_reference.py keeps the kind-by-kind version).
        """
        p, fa, fb = self.p, self.fa, self.fb
        n, m = fa.n, fb.n
        shape = np.broadcast_shapes(np.shape(i), np.shape(j))
        a, a0 = clamp(i - 1, 0, n - 1), clamp(i - 2, 0, n - 1)
        b1, b2 = clamp(j - 1, 0, m - 1), clamp(j - 2, 0, m - 1)
        la, lb = fa.lengths, fb.lengths / self.ratio
        # d11 = fa[a]·fb[j-1], d12 = fa[a]·fb[j-2], d01 = fa[a0]·fb[j-1], d02 = fa[a0]·fb[j-2]
        d11, d12, d01, d02 = self.dot(np.stack(np.broadcast_arrays(a, a, a0, a0)),
                                      np.stack(np.broadcast_arrays(j - 1, j - 2, j - 1, j - 2)))
        sq_a, sq_a0, sq_b1, sq_b2 = fa.sq[a], fa.sq[a0], fb.sq[b1], fb.sq[b2]
        nb12 = sq_b2 + sq_b1 + 2.0 * self.adj_b[b2]
        na21 = sq_a0 + sq_a + 2.0 * self.adj_a[a0]
        la_a, lb_b1 = la[a], lb[b1]
        lb12, la21 = lb_b1 + lb[b2], la_a + la[a0]
        d0102 = d01 + d02

        def stack(*xs: np.ndarray) -> np.ndarray:
            out = np.empty((len(xs), *shape))
            for k, x in enumerate(xs):
                out[k] = x
            return out

        dsum = stack(d11, d11 + d12, d01 + d11, d0102 + d11 + d12)
        na, nb = stack(sq_a, sq_a, na21, na21), stack(sq_b1, nb12, sq_b1, nb12)
        lena, lenb = stack(la_a, la_a, la21, la21), stack(lb_b1, lb12, lb_b1, lb12)
        cos = np.maximum(dsum, 0.0) / np.sqrt(np.maximum(na * nb, 1e-9))
        r = np.log((lenb + 20.0) / (lena + 20.0))
        var = p.len_sigma**2 + p.len_k / (lena + lenb + 20.0)
        prior = np.array([p.prior[k] for k in (3, 4, 5, 6)]).reshape(4, *([1] * len(shape)))
        v = p.w_sim * (cos - p.tau) - p.w_len * r * r / (2.0 * var) + prior
        if p.w_part:
            # the members of each merged group (kinds 4: 2, 5: 2, 6: 4), as `_part` inputs
            parts = _part(stack(d11, d12, d01, d11, d0102, d11 + d12, d01 + d11, d02 + d12),
                          stack(sq_a, sq_a, sq_b1, sq_b1, nb12, nb12, na21, na21),
                          stack(sq_b1, sq_b2, sq_a0, sq_a, sq_a0, sq_a, sq_b1, sq_b2),
                          stack(nb12, nb12, na21, na21, na21, na21, nb12, nb12))
            low = stack(np.minimum(parts[0], parts[1]), np.minimum(parts[2], parts[3]),
                       np.minimum.reduce(parts[4:8]))
            v[1:] = v[1:] + p.w_part * np.minimum(low - p.tau_part, 0.0)
        da = np.array([1, 1, 2, 2]).reshape(4, *([1] * len(shape)))
        db = np.array([1, 2, 1, 2]).reshape(4, *([1] * len(shape)))
        ok = (i >= da) & (j >= db) & (j <= m)
        return np.where(ok, v, NEG), cos

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
