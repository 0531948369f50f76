"""Parallel mode: one document is a translation of the other.

`align_parallel` is the low-level entry point (plain strings in, groups out)
that the pipeline and the benchmark share. Each group carries a score in
[0, 1] and its evidence: cosine similarity of the cross-lingual features (MT
similarity when a translation was given), the length ratio, the shared
language-independent anchors and the sentence pairs inside the group.
"""

from __future__ import annotations

import bisect
import gc
import itertools
import math
from collections.abc import Callable, Sequence
from typing import Any

from paralelo.core.align.calibration import ParallelCalibration, load_parallel_calibration
from paralelo.core.align.cells import KIND_OF, MT_PARAMS, Params
from paralelo.core.align.dp import align_dp
from paralelo.core.align.features import Features, build_pair, shared_anchors
from paralelo.core.align.guide import guide
from paralelo.core.align.scoring import logistic
from paralelo.core.align.sentences import align_sentence_sets
from paralelo.core.align.tokens import Side, spanish_side, tokenise
from paralelo.core.progress import CancelToken, Progress, check

Group = tuple[list[int], list[int], float, dict[str, Any]]


def align_parallel(es_paras: Sequence[str], en_paras: Sequence[str],
                   es_mt: Sequence[str | None] | None = None, *, params: Params | None = None,
                   sentences: bool = True, progress: Progress | None = None,
                   cancel: CancelToken | None = None, calibrated: bool = True,
                   on_features: Callable[[Features, Features], None] | None = None
                   ) -> list[Group]:
    """Monotonic alignment of two paragraph lists; every paragraph is in exactly one group.

    Returns ``(es_indices, en_indices, score, evidence)`` in document order;
    unmatched paragraphs come as 1-0 / 0-1 groups with an empty side. A linking
    group's score is the calibrated chance that a reviser confirms it;
    ``calibrated=False`` gives the aligner's raw logit instead (unrounded, for
    fitting the calibration).
    ``on_features`` receives the paragraph features when they are exactly
    ``tokens.pair_features(es_paras, en_paras, es_mt)`` (auto mode reuses them).
    """
    # Millions of small lists/tuples are created and kept alive: the cyclic GC
    # would rescan them over and over (superlinear on large documents) and there
    # are no reference cycles here, so it is paused for the duration.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _align(es_paras, en_paras, es_mt, params, sentences, progress, cancel,
                      calibrated, on_features)
    finally:
        if was_enabled:
            gc.enable()


def _align(es_paras: Sequence[str], en_paras: Sequence[str],
           es_mt: Sequence[str | None] | None, params: Params | None, sentences: bool,
           progress: Progress | None, cancel: CancelToken | None,
           calibrated: bool = True,
           on_features: Callable[[Features, Features], None] | None = None) -> list[Group]:
    has_mt = es_mt is not None and any(es_mt)
    p = params or (MT_PARAMS if has_mt else Params())
    es = spanish_side(es_paras, es_mt)
    check(cancel)
    en = tokenise(en_paras, "en")
    fa, fb = build_pair(es.rows, en.rows)
    if on_features is not None and es.whole and en.whole:
        on_features(fa, fb)
    check(cancel)
    path = align_dp(fa, fb, p, cancel=cancel, centre=guide(es.rows, en.rows))
    # floored: an English side of empty paragraphs must not divide by zero below
    ratio = max(float(fb.lengths.sum() / max(fa.lengths.sum(), 1.0)), 1e-9)
    ctx = _Describe(es, en, ratio, p, has_mt, sentences,
                    load_parallel_calibration() if calibrated else None)
    out: list[Group] = []
    for n, (ga, gb, cos) in enumerate(path):
        if n % 200 == 0:
            if progress:
                progress(n, len(path), "Aligning paragraphs")
            check(cancel)
        out.append(ctx.group(ga, gb, cos))
    return out


class _Describe:
    """Score and evidence of one aligned group (plain Python lists: per-group work is tiny).

    Runs once per group (thousands per document), so what does not change between
    groups is looked up once here; the arithmetic is the same, so the same floats.
    """

    def __init__(self, es: Side, en: Side, ratio: float, p: Params, has_mt: bool,
                 sentences: bool, cal: ParallelCalibration | None) -> None:
        self.es, self.en, self.ratio, self.p = es, en, ratio, p
        self.has_mt, self.sentences, self.cal = has_mt, sentences, cal
        self.len_es, self.len_en = es.rows.lengths, en.rows.lengths
        self.two_var = 2 * p.len_sigma**2
        #: Platt (a, b) of `ParallelCalibration.score` for this variant
        self.platt = (cal.weights.get("mt" if has_mt else "none", (0.0, 1.0))
                      if cal is not None else None)

    def group(self, ga: list[int], gb: list[int], cos: float) -> Group:
        if not ga or not gb:
            return ga, gb, 0.0, {}
        p, es, en = self.p, self.es, self.en
        len_es, len_en = self.len_es, self.len_en
        la = float(sum([len_es[i] for i in ga]))
        lb = float(sum([len_en[j] for j in gb]))
        r = math.log((lb / self.ratio + 20.0) / (la + 20.0))
        kind = KIND_OF[(len(ga), len(gb))]
        value = p.w_sim * (cos - p.tau) - p.w_len * r * r / self.two_var + p.prior[kind]
        es_anchors, en_anchors = es.rows.anchors, en.rows.anchors
        anchors_a = es_anchors[ga[0]] if len(ga) == 1 else [x for i in ga for x in es_anchors[i]]
        anchors_b = en_anchors[gb[0]] if len(gb) == 1 else [x for j in gb for x in en_anchors[j]]
        shared = shared_anchors(anchors_a, anchors_b) if anchors_a and anchors_b else []
        ev: dict[str, Any] = {
            "similarity": round(cos, 4),
            "length_ratio": round(lb / max(la, 1.0), 3),
            "anchors": shared[:20],
        }
        if self.has_mt:
            ev["mt_similarity"] = ev["similarity"]
        if self.sentences:
            ev["sentences"] = self._sentences(ga, gb)
        if self.platt is None:
            return ga, gb, value, ev
        a, b = self.platt
        return ga, gb, round(logistic(a + b * value), 4), ev

    def _sentences(self, ga: list[int], gb: list[int]) -> list[list[list[int]]]:
        es, en = self.es, self.en
        # groups are runs of consecutive paragraphs (the DP's moves)
        if (es.par_sent[ga[-1] + 1] - es.par_sent[ga[0]] == 1
                and en.par_sent[gb[-1] + 1] - en.par_sent[gb[0]] == 1):
            return [[[0], [0]]]  # one sentence a side: what the sentence DP returns
        ka, lens_a = es.sentence_sets(ga)
        kb, lens_b = en.sentence_sets(gb)
        return sentence_pairs(ka, kb, lens_a, lens_b)


#: Above this many sentence pairs in one group (a 1 MB paragraph on each side) the
#: sentence DP, which is all-pairs, runs on blocks of about BLOCK sentences cut at
#: the same share of the text on both sides: linear time instead of quadratic.
MAX_SENTENCE_CELLS = 40_000
BLOCK = 40


def sentence_pairs(ka: list[set[int]], kb: list[set[int]], la: list[float],
                   lb: list[float]) -> list[list[list[int]]]:
    """`align_sentence_sets`, in blocks when the group is huge (see MAX_SENTENCE_CELLS)."""
    n, m = len(ka), len(kb)
    if n * m <= MAX_SENTENCE_CELLS:
        return align_sentence_sets(ka, kb, la, lb)
    k = -(-max(n, m) // BLOCK)
    cum_a, cum_b = list(itertools.accumulate(la)), list(itertools.accumulate(lb))
    tot_a, tot_b = max(cum_a[-1], 1e-9), max(cum_b[-1], 1e-9)
    cuts_a = [0] + [bisect.bisect_left(cum_a, tot_a * q / k) for q in range(1, k)] + [n]
    cuts_b = [0] + [bisect.bisect_left(cum_b, tot_b * q / k) for q in range(1, k)] + [m]
    out: list[list[list[int]]] = []
    for q in range(k):
        a0, a1, b0, b1 = cuts_a[q], max(cuts_a[q + 1], cuts_a[q]), cuts_b[q], cuts_b[q + 1]
        for xs, ys in align_sentence_sets(ka[a0:a1], kb[b0:b1], la[a0:a1], lb[b0:b1]):
            out.append([[a0 + x for x in xs], [b0 + y for y in ys]])
    return out

