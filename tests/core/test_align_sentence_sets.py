"""The sentence DP against a plain version that builds every span's key union.

`align_sentence_sets` counts the keys two-sentence spans share by
inclusion-exclusion and has an unrolled path for 2x2 groups; the reference
below is the straightforward DP (set unions, one value function, steps tried in
a fixed order with strict improvement), so the pairs must be the same, ties
included: small key universes and repeated lengths make ties common.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence

import pytest

from paralelo.core.align.sentences import PRIOR, SIGMA2, SKIP, TAU, W_SIM, align_sentence_sets

STEPS = ((1, 0), (0, 1), (1, 1), (1, 2), (2, 1), (2, 2))


def _reference(ka: Sequence[set[int]], kb: Sequence[set[int]], la: Sequence[float],
               lb_raw: Sequence[float]) -> list[list[list[int]]]:
    n, m = len(ka), len(kb)
    if n == 0 or m == 0:
        return []
    if n == 1 and m == 1:
        return [[[0], [0]]]
    ratio = sum(lb_raw) / max(sum(la), 1.0)
    lb = [x / ratio for x in lb_raw]

    def span(keys: Sequence[set[int]], lens: Sequence[float], end: int, size: int
             ) -> tuple[set[int], float]:
        return set().union(*keys[end - size:end]), sum(lens[end - size:end])

    best = {(0, 0): 0.0}
    back: dict[tuple[int, int], tuple[int, int]] = {}
    for i in range(n + 1):
        for j in range(m + 1):
            if i == j == 0:
                continue
            top, arg = -math.inf, (0, 0)
            for di, dj in STEPS:
                if di > i or dj > j:
                    continue
                v = SKIP
                if di and dj:
                    a, lena = span(ka, la, i, di)
                    b, lenb = span(kb, lb, j, dj)
                    sim = len(a & b) / math.sqrt(len(a) * len(b)) if a and b else 0.0
                    r = math.log((lenb + 10.0) / (lena + 10.0))
                    v = W_SIM * (sim - TAU) - r * r / (2 * SIGMA2) + PRIOR[(di, dj)]
                if best[(i - di, j - dj)] + v > top:
                    top, arg = best[(i - di, j - dj)] + v, (di, dj)
            best[(i, j)], back[(i, j)] = top, arg
    pairs = []
    i, j = n, m
    while i or j:
        di, dj = back[(i, j)]
        if di and dj:
            pairs.append([list(range(i - di, i)), list(range(j - dj, j))])
        i, j = i - di, j - dj
    return pairs[::-1]


@pytest.mark.parametrize("shape", [(2, 2), (1, 2), (2, 1), (1, 3), (3, 2), (4, 4), (6, 3)])
def test_pairs_match_the_plain_dp(shape: tuple[int, int]) -> None:
    rng = random.Random(hash(shape) & 0xFFFF)
    n, m = shape
    for _ in range(400):
        universe = rng.choice([2, 4, 8, 40])
        ka = [set(rng.sample(range(universe), rng.randint(0, universe // 2 + 1))) for _ in range(n)]
        kb = [set(rng.sample(range(universe), rng.randint(0, universe // 2 + 1))) for _ in range(m)]
        lengths = [0.0, 12.0, 12.0, 50.0, 51.0, 300.0]
        la = [rng.choice(lengths) for _ in range(n)]
        lb = [rng.choice(lengths[1:]) for _ in range(m)]
        assert align_sentence_sets(ka, kb, la, lb) == _reference(ka, kb, la, lb), (ka, kb, la, lb)


def test_a_split_sentence_is_found_in_a_two_by_two_group() -> None:
    # es: one long sentence + a short one; en: the long one split in two, the short one dropped
    ka = [{1, 2, 3, 4, 5, 6}, {20, 21}]
    kb = [{1, 2, 3}, {4, 5, 6}]
    pairs = align_sentence_sets(ka, kb, [120.0, 30.0], [60.0, 62.0])
    assert pairs == [[[0], [0, 1]]]
    assert pairs == _reference(ka, kb, [120.0, 30.0], [60.0, 62.0])


def test_empty_and_single_groups() -> None:
    assert align_sentence_sets([], [{1}], [], [3.0]) == []
    assert align_sentence_sets([{1}], [{2}], [3.0], [4.0]) == [[[0], [0]]]


def test_zero_length_english_sentences_do_not_crash() -> None:
    pairs = align_sentence_sets([{1}, {2}], [{1}, {2}], [10.0, 10.0], [0.0, 0.0])
    assert pairs == [[[0], [0]], [[1], [1]]]
