"""Sentence pairs inside an aligned paragraph group.

The same model as for paragraphs (similarity of cross-lingual keys, length
ratio, 1-1/1-2/2-1/2-2/1-0/0-1), but groups hold a handful of sentences, so a
plain Python DP over key sets is faster than setting up numpy. Sentence
indices run over the group's sentences in order: all sentences of its first
paragraph, then the next paragraph's, on each side.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from paralelo.core.sentences import sentence_texts

W_SIM, TAU, SIGMA2, SKIP = 10.0, 0.05, 0.45**2, -0.3
_STEPS = ((1, 0), (0, 1), (1, 1), (1, 2), (2, 1), (2, 2))
PRIOR = {(1, 1): 0.0, (1, 2): -0.5, (2, 1): -0.5, (2, 2): -2.0}


def sentences_of(texts: Sequence[str], lang: str) -> list[str]:
    """A group's sentences in the order `align_sentence_sets` numbers them (exports)."""
    del lang  # one rule for both languages (see core/sentences.py)
    return [s for t in texts for s in sentence_texts(t)] or [t for t in texts if t]


def _value(inter: int, na: int, nb: int, la: float, lb: float, prior: float) -> float:
    """Value of linking two spans with ``inter`` shared keys out of ``na`` and ``nb``."""
    sim = inter / math.sqrt(na * nb) if na and nb else 0.0
    r = math.log((lb + 10.0) / (la + 10.0))
    return W_SIM * (sim - TAU) - r * r / (2 * SIGMA2) + prior


def align_sentence_sets(ka: Sequence[set[int]], kb: Sequence[set[int]], la: Sequence[float],
                        lb_raw: Sequence[float]) -> list[list[list[int]]]:
    """The sentence DP on key-id sets and character lengths of each sentence.

    Called once per aligned paragraph group (thousands of times per document),
    so it is written for speed without changing a result: set intersections
    are the main cost, so the shared keys of two-sentence spans are counted by
    inclusion-exclusion from the one-sentence counts (exact integers), and the
    group value (`_value`) is inlined with the same float operations.
    """
    n, m = len(ka), len(kb)
    if n == 0 or m == 0:
        return []
    if n == 1 and m == 1:
        return [[[0], [0]]]
    ratio = sum(lb_raw) / max(sum(la), 1.0)
    lb = [x / ratio for x in lb_raw] if ratio > 0 else list(lb_raw)  # empty English text
    if n == 2 and m == 2 and math.isfinite(sum(la)) and math.isfinite(sum(lb)):
        return _two_by_two(ka, kb, la, lb)
    sz_a, sz_b = [len(x) for x in ka], [len(x) for x in kb]
    # c[x][y] = |ka[x] & kb[y]|; spans end at x (y): ka[x-1] | ka[x] (kb[y-1] | kb[y])
    c = [[len(a & b) for b in kb] for a in ka]
    da: list[set[int]] = [set()] + [ka[x - 1] & ka[x] for x in range(1, n)]
    db: list[set[int]] = [set()] + [kb[y - 1] & kb[y] for y in range(1, m)]
    sz_a2 = [0] + [sz_a[x - 1] + sz_a[x] - len(da[x]) for x in range(1, n)]
    sz_b2 = [0] + [sz_b[y - 1] + sz_b[y] - len(db[y]) for y in range(1, m)]
    # c12[x][y] = |ka[x] & span_b(y)|, c21[x][y] = |span_a(x) & kb[y]|,
    # c22[x][y] = |span_a(x) & span_b(y)|  (index 0 of a span side unused)
    c12 = [[0] + [cx[y - 1] + cx[y] - len(a & db[y]) for y in range(1, m)]
           for a, cx in zip(ka, c, strict=True)]
    e = [[len(d & b) for b in kb] for d in da]  # e[x][y] = |da[x] & kb[y]|
    c21 = [[0] * m] + [[c[x - 1][y] + c[x][y] - e[x][y] for y in range(m)] for x in range(1, n)]
    c22 = [[0] * m] + [[0] + [c12[x - 1][y] + c12[x][y]
                              - (e[x][y - 1] + e[x][y] - len(da[x] & db[y])) for y in range(1, m)]
                       for x in range(1, n)]
    la2 = [0.0] + [la[x - 1] + la[x] for x in range(1, n)]
    lb2 = [0.0] + [lb[y - 1] + lb[y] for y in range(1, m)]
    sqrt, log = math.sqrt, math.log
    two_s2 = 2 * SIGMA2
    p11, p12, p21, p22 = PRIOR[(1, 1)], PRIOR[(1, 2)], PRIOR[(2, 1)], PRIOR[(2, 2)]
    neg = -math.inf
    best = [[neg] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int]]] = [[(0, 0)] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    row = best[0]
    for j in range(1, m + 1):  # row 0: English sentences left unmatched
        if row[j - 1] != neg and row[j - 1] + SKIP > neg:
            row[j], back[0][j] = row[j - 1] + SKIP, (0, 1)
    up2: list[float] = []
    for i in range(1, n + 1):
        up2, up, row, brow = best[i - 2] if i > 1 else up2, best[i - 1], best[i], back[i]
        x = i - 1
        nA1, lA1, cx, c12x = sz_a[x], la[x], c[x], c12[x]
        nA2, lA2, c21x, c22x = sz_a2[x], la2[x], c21[x], c22[x]
        top, arg = neg, (0, 0)
        if up[0] != neg and up[0] + SKIP > top:  # column 0: Spanish left unmatched
            top, arg = up[0] + SKIP, (1, 0)
        row[0], brow[0] = top, arg
        for j in range(1, m + 1):
            y = j - 1
            # A candidate from an unreachable cell (-inf) never beats ``top`` (it starts
            # at -inf, and NaN compares false), so no reachability test is needed.
            top, arg = neg, (0, 0)
            t = up[j] + SKIP  # (1, 0)
            if t > top:
                top, arg = t, (1, 0)
            t = row[y] + SKIP  # (0, 1)
            if t > top:
                top, arg = t, (0, 1)
            nB, lB = sz_b[y], lb[y]  # (1, 1)
            sim = cx[y] / sqrt(nA1 * nB) if nA1 and nB else 0.0
            r = log((lB + 10.0) / (lA1 + 10.0))
            t = up[y] + (W_SIM * (sim - TAU) - r * r / two_s2 + p11)
            if t > top:
                top, arg = t, (1, 1)
            if j > 1:  # (1, 2)
                nB, lB = sz_b2[y], lb2[y]
                sim = c12x[y] / sqrt(nA1 * nB) if nA1 and nB else 0.0
                r = log((lB + 10.0) / (lA1 + 10.0))
                t = up[j - 2] + (W_SIM * (sim - TAU) - r * r / two_s2 + p12)
                if t > top:
                    top, arg = t, (1, 2)
            if i > 1:
                nB, lB = sz_b[y], lb[y]  # (2, 1)
                sim = c21x[y] / sqrt(nA2 * nB) if nA2 and nB else 0.0
                r = log((lB + 10.0) / (lA2 + 10.0))
                t = up2[y] + (W_SIM * (sim - TAU) - r * r / two_s2 + p21)
                if t > top:
                    top, arg = t, (2, 1)
                if j > 1:  # (2, 2)
                    nB, lB = sz_b2[y], lb2[y]
                    sim = c22x[y] / sqrt(nA2 * nB) if nA2 and nB else 0.0
                    r = log((lB + 10.0) / (lA2 + 10.0))
                    t = up2[j - 2] + (W_SIM * (sim - TAU) - r * r / two_s2 + p22)
                    if t > top:
                        top, arg = t, (2, 2)
            row[j], brow[j] = top, arg
    return _trace(back, n, m)


def _two_by_two(ka: Sequence[set[int]], kb: Sequence[set[int]], la: Sequence[float],
                lb: Sequence[float]) -> list[list[list[int]]]:
    """`align_sentence_sets` unrolled for two sentences a side (the commonest group).

    Same candidates in the same order, so the same ties; with finite lengths no
    cell is unreachable, so the general loop's unreachable-cell checks are moot.
    """
    a0, a1 = ka
    b0, b1 = kb
    na0, na1, nb0, nb1 = len(a0), len(a1), len(b0), len(b1)
    c00, c01, c10, c11 = len(a0 & b0), len(a0 & b1), len(a1 & b0), len(a1 & b1)
    da, db = a0 & a1, b0 & b1
    naa, nbb = na0 + na1 - len(da), nb0 + nb1 - len(db)
    e0, e1 = len(da & b0), len(da & b1)
    c0bb, c1bb = c00 + c01 - len(a0 & db), c10 + c11 - len(a1 & db)
    caa0, caa1 = c00 + c10 - e0, c01 + c11 - e1
    caabb = c0bb + c1bb - (e0 + e1 - len(da & db))
    la0, la1 = la
    lb0, lb1 = lb
    laa, lbb = la0 + la1, lb0 + lb1
    p11, p12, p21, p22 = PRIOR[(1, 1)], PRIOR[(1, 2)], PRIOR[(2, 1)], PRIOR[(2, 2)]
    s01 = 0.0 + SKIP
    s02 = s01 + SKIP
    s10 = 0.0 + SKIP
    s20 = s10 + SKIP
    # cell (1, 1)
    s11, g11 = s01 + SKIP, (1, 0)
    if s10 + SKIP > s11:
        s11, g11 = s10 + SKIP, (0, 1)
    t = 0.0 + _value(c00, na0, nb0, la0, lb0, p11)
    if t > s11:
        s11, g11 = t, (1, 1)
    # cell (1, 2)
    s12, g12 = s02 + SKIP, (1, 0)
    if s11 + SKIP > s12:
        s12, g12 = s11 + SKIP, (0, 1)
    t = s01 + _value(c01, na0, nb1, la0, lb1, p11)
    if t > s12:
        s12, g12 = t, (1, 1)
    t = 0.0 + _value(c0bb, na0, nbb, la0, lbb, p12)
    if t > s12:
        s12, g12 = t, (1, 2)
    # cell (2, 1)
    s21, g21 = s11 + SKIP, (1, 0)
    if s20 + SKIP > s21:
        s21, g21 = s20 + SKIP, (0, 1)
    t = s10 + _value(c10, na1, nb0, la1, lb0, p11)
    if t > s21:
        s21, g21 = t, (1, 1)
    t = 0.0 + _value(caa0, naa, nb0, laa, lb0, p21)
    if t > s21:
        s21, g21 = t, (2, 1)
    # cell (2, 2)
    s22, g22 = s12 + SKIP, (1, 0)
    if s21 + SKIP > s22:
        s22, g22 = s21 + SKIP, (0, 1)
    t = s11 + _value(c11, na1, nb1, la1, lb1, p11)
    if t > s22:
        s22, g22 = t, (1, 1)
    t = s10 + _value(c1bb, na1, nbb, la1, lbb, p12)
    if t > s22:
        s22, g22 = t, (1, 2)
    t = s01 + _value(caa1, naa, nb1, laa, lb1, p21)
    if t > s22:
        s22, g22 = t, (2, 1)
    t = 0.0 + _value(caabb, naa, nbb, laa, lbb, p22)
    if t > s22:
        g22 = (2, 2)
    return _trace((((0, 0), (0, 1), (0, 1)), ((1, 0), g11, g12), ((1, 0), g21, g22)), 2, 2)


def _trace(back: Sequence[Sequence[tuple[int, int]]], n: int, m: int) -> list[list[list[int]]]:
    """Linked sentence groups, in order, from the back-pointers of cell (n, m)."""
    pairs = []
    i, j = n, m
    while i or j:
        di, dj = back[i][j]
        if di and dj:
            pairs.append([list(range(i - di, i)), list(range(j - dj, j))])
        i, j = i - di, j - dj
    return pairs[::-1]
