"""Parallel mode: one document is a translation of the other.

`align_parallel` is the low-level entry point (plain strings in, groups out)
that the pipeline and the benchmark share. Each group carries a score in
[0, 1] and its evidence: cosine similarity of the cross-lingual features (MT
similarity when a translation was given), the length ratio, the shared
language-independent anchors and the sentence pairs inside the group.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from paralelo.core.align.dp import MT_PARAMS, Params, align_dp
from paralelo.core.align.features import Features, pair_features, shared_anchors
from paralelo.core.align.sentences import align_sentences
from paralelo.core.progress import CancelToken, Progress, check

Group = tuple[list[int], list[int], float, dict[str, Any]]


def align_parallel(es_paras: Sequence[str], en_paras: Sequence[str],
                   es_mt: Sequence[str | None] | None = None, *, params: Params | None = None,
                   sentences: bool = True, progress: Progress | None = None,
                   cancel: CancelToken | None = None) -> list[Group]:
    """Monotonic alignment of two paragraph lists; every paragraph is in exactly one group.

    Returns ``(es_indices, en_indices, score, evidence)`` in document order;
    unmatched paragraphs come as 1-0 / 0-1 groups with an empty side.
    """
    has_mt = es_mt is not None and any(es_mt)
    p = params or (MT_PARAMS if has_mt else Params())
    fa, fb = pair_features(es_paras, en_paras, es_mt)
    check(cancel)
    path = align_dp(fa, fb, p, cancel=cancel)
    ratio = float(fb.lengths.sum() / max(fa.lengths.sum(), 1.0))
    out: list[Group] = []
    for n, (ga, gb, cos) in enumerate(path):
        if progress and n % 200 == 0:
            progress(n, len(path), "Aligning paragraphs")
        if n % 200 == 0:
            check(cancel)
        out.append(_describe(ga, gb, cos, fa, fb, ratio, p, has_mt, es_paras, en_paras, es_mt,
                             sentences))
    return out


def _describe(ga: list[int], gb: list[int], cos: float, fa: Features, fb: Features, ratio: float,
              p: Params, has_mt: bool, es_paras: Sequence[str], en_paras: Sequence[str],
              es_mt: Sequence[str | None] | None, sentences: bool) -> Group:
    if not ga or not gb:
        return ga, gb, 0.0, {}
    la = float(sum(fa.lengths[i] for i in ga))
    lb = float(sum(fb.lengths[j] for j in gb))
    r = math.log((lb / ratio + 20.0) / (la + 20.0))
    kind = {(1, 1): 3, (1, 2): 4, (2, 1): 5, (2, 2): 6}[(len(ga), len(gb))]
    value = p.w_sim * (cos - p.tau) - p.w_len * r * r / (2 * p.len_sigma**2) + p.prior[kind]
    score = 1.0 / (1.0 + math.exp(-value))
    anchors_a = [x for i in ga for x in fa.anchors[i]]
    anchors_b = [x for j in gb for x in fb.anchors[j]]
    ev: dict[str, Any] = {
        "similarity": round(cos, 4),
        "length_ratio": round(lb / max(la, 1.0), 3),
        "anchors": shared_anchors(anchors_a, anchors_b)[:20],
    }
    if has_mt:
        ev["mt_similarity"] = round(cos, 4)
    if sentences:
        mt = [es_mt[i] if es_mt is not None and i < len(es_mt) else None for i in ga]
        ev["sentences"] = align_sentences([es_paras[i] for i in ga], [en_paras[j] for j in gb],
                                          mt)
    return ga, gb, round(score, 4), ev
