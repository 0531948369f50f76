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

from paralelo.core.align.features import registry
from paralelo.core.segment import split_sentences

W_SIM, TAU, SIGMA2, SKIP = 10.0, 0.05, 0.45**2, -0.3
_STEPS = ((1, 0), (0, 1), (1, 1), (1, 2), (2, 1), (2, 2))
PRIOR = {(1, 1): 0.0, (1, 2): -0.5, (2, 1): -0.5, (2, 2): -2.0}


def sentences_of(texts: Sequence[str], lang: str) -> list[str]:
    return [s.text for t in texts for s in split_sentences(t, lang)] or [t for t in texts if t]


def _mt_sentences(es_texts: Sequence[str], mt: Sequence[str | None]) -> list[str | None]:
    """One MT string per Spanish sentence when the MT splits the same way, else None."""
    out: list[str | None] = []
    for text, t in zip(es_texts, mt, strict=True):
        es_s = split_sentences(text, "es")
        mt_s = split_sentences(t, "en") if t else []
        if t and len(mt_s) == len(es_s):
            out.extend(s.text for s in mt_s)
        else:
            out.extend([None] * len(es_s))
    return out


def _value(a: set[int], b: set[int], la: float, lb: float, shape: tuple[int, int]) -> float:
    sim = len(a & b) / math.sqrt(len(a) * len(b)) if a and b else 0.0
    r = math.log((lb + 10.0) / (la + 10.0))
    return W_SIM * (sim - TAU) - r * r / (2 * SIGMA2) + PRIOR[shape]


def align_sentences(es_texts: Sequence[str], en_texts: Sequence[str],
                    mt: Sequence[str | None]) -> list[list[list[int]]]:
    """``[[es_sentence_indices, en_sentence_indices], ...]`` for linked sentences."""
    es_s = sentences_of(es_texts, "es")
    en_s = sentences_of(en_texts, "en")
    if not es_s or not en_s:
        return []
    if len(es_s) == 1 and len(en_s) == 1:
        return [[[0], [0]]]
    es_mt = _mt_sentences(es_texts, mt) if any(mt) else []
    if len(es_mt) != len(es_s):
        es_mt = [None] * len(es_s)
    reg = registry()
    ka = [set(reg.text(m, "en")[0]) if m else set(reg.text(s, "es")[0])
          for s, m in zip(es_s, es_mt, strict=True)]
    kb = [set(reg.text(s, "en")[0]) for s in en_s]
    return align_sentence_sets(ka, kb, [float(len(s)) for s in es_s],
                               [float(len(s)) for s in en_s])


def align_sentence_sets(ka: Sequence[set[int]], kb: Sequence[set[int]], la: Sequence[float],
                        lb_raw: Sequence[float]) -> list[list[list[int]]]:
    """The sentence DP on key-id sets and character lengths of each sentence."""
    n, m = len(ka), len(kb)
    if n == 0 or m == 0:
        return []
    if n == 1 and m == 1:
        return [[[0], [0]]]
    ratio = sum(lb_raw) / max(sum(la), 1.0)
    lb = [x / ratio for x in lb_raw]
    # spans ending at each index: 1 or 2 sentences (key union, length) — built once
    span_a = {1: [(ka[i], la[i]) for i in range(n)],
              2: [(ka[i - 1] | ka[i], la[i - 1] + la[i]) if i else (set(), 0.0)
                  for i in range(n)]}
    span_b = {1: [(kb[j], lb[j]) for j in range(m)],
              2: [(kb[j - 1] | kb[j], lb[j - 1] + lb[j]) if j else (set(), 0.0)
                  for j in range(m)]}
    neg = -math.inf
    best = [[neg] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int]]] = [[(0, 0)] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n + 1):
        row = best[i]
        for j in range(m + 1):
            if i == j == 0:
                continue
            top, arg = neg, (0, 0)
            for di, dj in _STEPS:
                if di > i or dj > j:
                    continue
                prev = best[i - di][j - dj]
                if prev == neg:
                    continue
                if di == 0 or dj == 0:
                    v = SKIP
                else:
                    a, lena = span_a[di][i - 1]
                    b, lenb = span_b[dj][j - 1]
                    v = _value(a, b, lena, lenb, (di, dj))
                if prev + v > top:
                    top, arg = prev + v, (di, dj)
            row[j], back[i][j] = top, arg
    pairs = []
    i, j = n, m
    while i or j:
        di, dj = back[i][j]
        if di and dj:
            pairs.append([list(range(i - di, i)), list(range(j - dj, j))])
        i, j = i - di, j - dj
    return pairs[::-1]
