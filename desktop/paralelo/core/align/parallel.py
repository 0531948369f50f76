"""Parallel mode: one document is a translation of the other.

`align_parallel` is the low-level entry point (plain strings in, groups out)
that the pipeline and the benchmark share. Each group carries a score in
[0, 1] and its evidence: cosine similarity of the cross-lingual features (MT
similarity when a translation was given), the length ratio, the shared
language-independent anchors and the sentence pairs inside the group.
"""

from __future__ import annotations

import gc
import math
from collections.abc import Sequence
from typing import Any

from paralelo.core.align.dp import MT_PARAMS, Params, align_dp
from paralelo.core.align.features import Anchor, Features, build_pair, registry, shared_anchors
from paralelo.core.align.guide import guide
from paralelo.core.align.sentences import align_sentence_sets
from paralelo.core.progress import CancelToken, Progress, check
from paralelo.core.segment import split_sentences

Group = tuple[list[int], list[int], float, dict[str, Any]]


def align_parallel(es_paras: Sequence[str], en_paras: Sequence[str],
                   es_mt: Sequence[str | None] | None = None, *, params: Params | None = None,
                   sentences: bool = True, progress: Progress | None = None,
                   cancel: CancelToken | None = None) -> list[Group]:
    """Monotonic alignment of two paragraph lists; every paragraph is in exactly one group.

    Returns ``(es_indices, en_indices, score, evidence)`` in document order;
    unmatched paragraphs come as 1-0 / 0-1 groups with an empty side.
    """
    # Millions of small lists/tuples are created and kept alive: the cyclic GC
    # would rescan them over and over (superlinear on large documents) and there
    # are no reference cycles here, so it is paused for the duration.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _align(es_paras, en_paras, es_mt, params, sentences, progress, cancel)
    finally:
        if was_enabled:
            gc.enable()


def _align(es_paras: Sequence[str], en_paras: Sequence[str],
           es_mt: Sequence[str | None] | None, params: Params | None, sentences: bool,
           progress: Progress | None, cancel: CancelToken | None) -> list[Group]:
    has_mt = es_mt is not None and any(es_mt)
    p = params or (MT_PARAMS if has_mt else Params())
    toks = _Tokens(es_paras, en_paras, es_mt)
    fa, fb = build_pair(toks.rows_es, toks.anchors_es, [len(t) for t in es_paras],
                        toks.rows_en, toks.anchors_en, [len(t) for t in en_paras])
    check(cancel)
    path = align_dp(fa, fb, p, cancel=cancel, centre=guide(toks.rows_es, toks.rows_en))
    ratio = float(fb.lengths.sum() / max(fa.lengths.sum(), 1.0))
    out: list[Group] = []
    for n, (ga, gb, cos) in enumerate(path):
        if progress and n % 200 == 0:
            progress(n, len(path), "Aligning paragraphs")
        if n % 200 == 0:
            check(cancel)
        out.append(_describe(ga, gb, cos, fa, fb, ratio, p, has_mt, toks if sentences else None))
    return out


def _describe(ga: list[int], gb: list[int], cos: float, fa: Features, fb: Features, ratio: float,
              p: Params, has_mt: bool, toks: _Tokens | None) -> Group:
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
    if toks is not None:
        ev["sentences"] = align_sentence_sets(
            [k for i in ga for k in toks.sent_es[i]], [k for j in gb for k in toks.sent_en[j]],
            [x for i in ga for x in toks.len_es[i]], [x for j in gb for x in toks.len_en[j]])
    return ga, gb, round(score, 4), ev


class _Tokens:
    """Key ids per sentence (tokenised once) and per paragraph (their concatenation).

    With MT, paragraph keys come from the MT plus the numbers of the Spanish;
    sentence keys from the MT sentences when the MT splits into as many
    sentences as the Spanish, else from the Spanish through the bridge.
    """

    def __init__(self, es: Sequence[str], en: Sequence[str],
                 es_mt: Sequence[str | None] | None) -> None:
        self.rows_es: list[list[int]] = []
        self.anchors_es: list[list[Anchor]] = []
        self.sent_es: list[list[set[int]]] = []
        self.len_es: list[list[float]] = []
        for i, text in enumerate(es):
            ids, lens, anchors = _sentences(text, "es")
            mt = es_mt[i] if es_mt is not None and i < len(es_mt) else None
            if mt:
                mt_ids, _, _ = _sentences(mt, "en")
                nums = {a.key for a in anchors if a.kind in ("number", "year")}
                num_ids = {registry().key_id(k) for k in nums}
                row = [k for s in mt_ids for k in s] + [k for s in ids for k in s if k in num_ids]
                if len(mt_ids) == len(ids):
                    ids = mt_ids
            else:
                row = [k for s in ids for k in s]
            self.rows_es.append(row)
            self.anchors_es.append(anchors)
            self.sent_es.append([set(s) for s in ids])
            self.len_es.append(lens)
        self.rows_en, self.anchors_en = [], []
        self.sent_en: list[list[set[int]]] = []
        self.len_en: list[list[float]] = []
        for text in en:
            ids, lens, anchors = _sentences(text, "en")
            self.rows_en.append([k for s in ids for k in s])
            self.anchors_en.append(anchors)
            self.sent_en.append([set(s) for s in ids])
            self.len_en.append(lens)


def _sentences(text: str, lang: str) -> tuple[list[list[int]], list[float], list[Anchor]]:
    sents = [s.text for s in split_sentences(text, lang)] or ([text] if text.strip() else [])
    reg = registry()
    ids, lens, anchors = [], [], []
    for s in sents:
        k, a = reg.text(s, lang)
        ids.append(k)
        lens.append(float(len(s)))
        anchors += a
    return ids, lens, anchors
