"""Sentence pairs inside an aligned paragraph group (same DP, on sentences).

Sentence indices run over the group's sentences in order: all sentences of
its first paragraph, then the next paragraph's, on each side.
"""

from __future__ import annotations

from collections.abc import Sequence

from paralelo.core.align.dp import Params, align_dp
from paralelo.core.align.features import pair_features
from paralelo.core.segment import split_sentences

SENTENCE_PARAMS = Params(tau=0.08, w_sim=10.0, len_sigma=0.45,
                         prior={3: 0.0, 4: -0.5, 5: -0.5, 6: -2.0})


def sentences_of(texts: Sequence[str], lang: str) -> list[str]:
    return [s.text for t in texts for s in split_sentences(t, lang)] or [t for t in texts if t]


def _mt_sentences(es_texts: Sequence[str], mt: Sequence[str | None]) -> list[str | None]:
    """One MT string per Spanish sentence when the MT splits the same way, else None."""
    out: list[str | None] = []
    for text, t in zip(es_texts, mt, strict=True):
        es_s = split_sentences(text, "es") or []
        mt_s = split_sentences(t, "en") if t else []
        if t and len(mt_s) == len(es_s):
            out.extend(s.text for s in mt_s)
        else:
            out.extend([None] * max(len(es_s), 1 if text and not es_s else 0))
    return out


def align_sentences(es_texts: Sequence[str], en_texts: Sequence[str],
                    mt: Sequence[str | None]) -> list[list[list[int]]]:
    """``[[es_sentence_indices, en_sentence_indices], ...]`` for linked sentences."""
    es_s = sentences_of(es_texts, "es")
    en_s = sentences_of(en_texts, "en")
    if not es_s or not en_s:
        return []
    if len(es_s) == 1 and len(en_s) == 1:
        return [[[0], [0]]]
    es_mt = _mt_sentences(es_texts, mt)
    if len(es_mt) != len(es_s):
        es_mt = [None] * len(es_s)
    fa, fb = pair_features(es_s, en_s, es_mt)
    return [[a, b] for a, b in align_dp(fa, fb, SENTENCE_PARAMS) if a and b]
