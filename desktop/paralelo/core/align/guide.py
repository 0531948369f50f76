"""A guide line for the DP band from keys that occur once on each side.

A band centred on the scaled diagonal fails on long documents whose drops
and insertions add up (the offset wanders like a random walk, ~sqrt(n)), and
each failed pass costs a full DP. Keys found in the same small number of paragraphs
on each side (rare words, names, numbers) pair those paragraphs in order; the
longest increasing chain of such pairs, interpolated, is where the band goes.
"""

from __future__ import annotations

from bisect import bisect_left

import numpy as np

from paralelo.core.align.features import Rows

MAX_REPEAT = 8
MAX_STEP = 15  # half the default band half-width


def _occurrences(rows: Rows) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Distinct (key, row) pairs sorted by key then row, plus each key's count and start."""
    flat = rows.ids
    row_of = np.repeat(np.arange(rows.n, dtype=np.int64), np.diff(rows.ptr))
    order = np.lexsort((row_of, flat))
    flat, row_of = flat[order], row_of[order]
    keep = np.ones(len(flat), dtype=bool)
    keep[1:] = (flat[1:] != flat[:-1]) | (row_of[1:] != row_of[:-1])
    flat, row_of = flat[keep], row_of[keep]
    ids, first, n_rows = np.unique(flat, return_index=True, return_counts=True)
    return row_of, ids, n_rows, first


def _pairs(rows_es: Rows, rows_en: Rows) -> tuple[np.ndarray, np.ndarray]:
    """(es row, en row) candidates: a key in c <= MAX_REPEAT rows on each side pairs its
    k-th occurrence in Spanish with its k-th in English (order is kept in parallel texts)."""
    row_a, ka, ca, fa = _occurrences(rows_es)
    row_b, kb, cb, fb = _occurrences(rows_en)
    _, ia, ib = np.intersect1d(ka, kb, assume_unique=True, return_indices=True)
    same = (ca[ia] == cb[ib]) & (ca[ia] <= MAX_REPEAT)
    ia, ib = ia[same], ib[same]
    c = ca[ia]
    offs = np.arange(int(c.sum())) - np.repeat(np.cumsum(c) - c, c)
    return row_a[np.repeat(fa[ia], c) + offs], row_b[np.repeat(fb[ib], c) + offs]


def _increasing_chain(xs: list[int], ys: list[int]) -> list[int]:
    """Indices of a longest chain strictly increasing in both xs (sorted) and ys."""
    tails: list[int] = []  # ys value at the end of the best chain of each length
    tail_at: list[int] = []
    prev = [-1] * len(ys)
    last_x = -1
    pending: list[tuple[int, int]] = []

    def commit() -> None:
        for pos, kk in pending:
            if pos == len(tails):
                tails.append(ys[kk])
                tail_at.append(kk)
            elif ys[kk] < tails[pos]:
                tails[pos], tail_at[pos] = ys[kk], kk
        pending.clear()

    for k, (x, y) in enumerate(zip(xs, ys, strict=True)):
        if x != last_x:  # strict in x: commit the previous row's updates only now
            commit()
            last_x = x
        pos = bisect_left(tails, y)
        prev[k] = tail_at[pos - 1] if pos else -1
        pending.append((pos, k))
    commit()
    chain: list[int] = []
    k = tail_at[-1] if tail_at else -1
    while k >= 0:
        chain.append(k)
        k = prev[k]
    return chain[::-1]


def guide(rows_es: Rows, rows_en: Rows) -> np.ndarray | None:
    """Expected English column for each DP row 0..n, or None without enough evidence."""
    n, m = rows_es.n, rows_en.n
    if n < 100 or m < 100:
        return None  # short documents: the default band already covers them
    i, j = _pairs(rows_es, rows_en)
    if len(i) < 10:
        return None
    order = np.lexsort((j, i))
    xs, ys = i[order].tolist(), j[order].tolist()
    chain = _increasing_chain(xs, ys)
    if len(chain) < max(10, min(n, m) // 50):
        return None
    px = [0.0] + [xs[k] + 1.0 for k in chain] + [float(n)]
    py = [0.0] + [ys[k] + 1.0 for k in chain] + [float(m)]
    centre = np.maximum.accumulate(np.round(np.interp(np.arange(n + 1), px, py)))
    # A jump (a block inserted on the English side) needs a row of the band as wide
    # as the jump; only the DP's own widening provides that, so no guide then.
    if len(centre) > 1 and float(np.diff(centre).max()) > MAX_STEP:
        return None
    return centre.astype(np.int64)
