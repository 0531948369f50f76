"""Sentence-boundary scoring against gold sentences (WMT evaluation, tests, benchmarks)."""

from __future__ import annotations

from collections.abc import Sequence

from paralelo.core.sentences import split_sentences


def boundary_counts(sents: Sequence[str], lang: str) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives) of sentence ends.

    The gold sentences are joined with single spaces and split again; a
    boundary is the end offset of every sentence but the last.
    """
    text = " ".join(sents)
    gold, pos = set(), 0
    for s in sents[:-1]:
        pos += len(s)
        gold.add(pos)
        pos += 1
    pred = {s.end for s in split_sentences(text, lang)[:-1]}
    return len(gold & pred), len(pred - gold), len(gold - pred)
