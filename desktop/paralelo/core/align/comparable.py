"""Comparable mode: documents about the same events, not translations.

Every Spanish paragraph is compared with every English paragraph of every
English document (blockwise, keeping the best few per Spanish paragraph), and
linked many-to-many to those that clear a calibrated similarity threshold.
Cosine similarity alone over-rewards a single shared common name, so the
score also requires overlap in content words beyond the anchors.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from paralelo.core.align.features import shared_anchors
from paralelo.core.align.scoring import logistic
from paralelo.core.align.tokens import pair_features
from paralelo.core.progress import CancelToken, Progress, check


@dataclass(frozen=True, slots=True)
class ComparableParams:
    threshold: float = 0.5  # minimum link score in [0, 1]
    centre: float = 0.14  # cosine that maps to score 0.5
    slope: float = 25.0  # logistic steepness
    relative: float = 0.6  # also need cos >= relative * best cos of that Spanish paragraph
    per_paragraph: int = 5  # at most this many links per Spanish paragraph


def similarity_matrix(es_texts: Sequence[str], en_texts: Sequence[str],
                      es_mt: Sequence[str | None] | None = None, *, top: int = 5,
                      cancel: CancelToken | None = None) -> list[list[tuple[int, float]]]:
    """For each Spanish text, its ``top`` most similar English texts as (index, cosine)."""
    fa, fb = pair_features(es_texts, en_texts, es_mt)
    out: list[list[tuple[int, float]]] = [[] for _ in range(fa.n)]
    if fa.n == 0 or fb.n == 0:
        return out
    norm_b = np.sqrt(np.maximum(fb.sq, 1e-12)).astype(np.float32)
    dense_b = fb.dense(0, fb.n) if fb.n <= 4096 else None
    block = 256
    for s in range(0, fa.n, block):
        check(cancel)
        e = min(s + block, fa.n)
        a = fa.dense(s, e)
        na = np.sqrt(np.maximum(fa.sq[s:e], 1e-12)).astype(np.float32)
        if dense_b is not None:
            cos = (a @ dense_b.T) / na[:, None] / norm_b[None, :]
        else:
            cos = np.concatenate([a @ fb.dense(c, min(c + 4096, fb.n)).T
                                  for c in range(0, fb.n, 4096)], axis=1)
            cos = cos / na[:, None] / norm_b[None, :]
        cos = np.maximum(cos, 0.0)
        k = min(top, fb.n)
        best = np.argpartition(-cos, k - 1, axis=1)[:, :k]
        for r, row in enumerate(best):
            pairs = sorted(((int(j), float(cos[r, j])) for j in row), key=lambda x: -x[1])
            out[s + r] = pairs
    return out


def link_score(cos: float, p: ComparableParams) -> float:
    return logistic(p.slope * (cos - p.centre))


def align_comparable(es_texts: Sequence[str], en_texts: Sequence[str],
                     es_mt: Sequence[str | None] | None = None, *,
                     params: ComparableParams | None = None, progress: Progress | None = None,
                     cancel: CancelToken | None = None
                     ) -> list[tuple[int, int, float, dict[str, Any]]]:
    """Links ``(es_index, en_index, score, evidence)`` above the threshold, best first."""
    p = params or ComparableParams()
    if progress:
        progress(0, 1, "Comparing paragraphs")
    fa, fb = pair_features(es_texts, en_texts, es_mt)
    sims = similarity_matrix(es_texts, en_texts, es_mt, top=p.per_paragraph, cancel=cancel)
    out = []
    for i, cands in enumerate(sims):
        if not cands:
            continue
        best = cands[0][1]
        for j, cos in cands:
            score = link_score(cos, p)
            if score < p.threshold or cos < p.relative * best:
                continue
            ev = {"similarity": round(cos, 4),
                  "anchors": shared_anchors(fa.anchors[i], fb.anchors[j])[:20]}
            if es_mt is not None and i < len(es_mt) and es_mt[i]:
                ev["mt_similarity"] = round(cos, 4)
            out.append((i, j, round(score, 4), ev))
    if progress:
        progress(1, 1, "Comparing paragraphs")
    return out
