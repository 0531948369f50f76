"""Comparable mode: documents about the same events, not translations.

Every Spanish paragraph is compared with every English paragraph of every
English document (blockwise hashed tf-idf cosine, keeping the best few per
Spanish paragraph). Each of those candidates is then described by evidence a
reader can check (how similar it is compared with the paragraph's other
candidates, shared content words, shared people, organisations, numbers and
dates, and guard conflicts: a namesake or a different year) and scored by the
calibrated model of `paralelo.core.align.calibration`, so a score is about the
chance that a reviser confirms the link. Candidates above the calibration's
threshold are links; the others are kept as hidden candidates. A pair with no
content word, name or number in common is never a candidate.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from paralelo.core.align.calibration import load_calibration
from paralelo.core.align.comparable_pairs import (
    FEATURES,
    RULE,
    Candidate,
    candidates,
    named_rule,
    similarity_matrix,
)
from paralelo.core.progress import CancelToken, Progress

__all__ = ["FEATURES", "RULE", "Candidate", "ComparableParams", "align_comparable",
           "candidates", "named_rule", "similarity_matrix"]

Found = tuple[int, int, float, dict[str, Any]]  # (es index, en index, score, evidence)


@dataclass(frozen=True, slots=True)
class ComparableParams:
    top: int = 8  # candidates kept per Spanish paragraph (by cosine)
    per_paragraph: int = 5  # at most this many shown links per Spanish paragraph
    threshold: float | None = None  # None: the calibration's display threshold
    floor: float = 0.02  # candidates scoring below this are dropped altogether
    calibration: str | None = None  # another calibration file (tests, refits)


def align_comparable(es_texts: Sequence[str], en_texts: Sequence[str],
                     es_mt: Sequence[str | None] | None = None, *,
                     params: ComparableParams | None = None, progress: Progress | None = None,
                     cancel: CancelToken | None = None) -> tuple[list[Found], list[Found]]:
    """(links, hidden candidates) as ``(es_index, en_index, score, evidence)``, best first."""
    p = params or ComparableParams()
    cal = load_calibration(p.calibration)
    threshold = cal.threshold if p.threshold is None else p.threshold
    if progress:
        progress(0, 1, "Comparing paragraphs")
    variant = "mt" if es_mt is not None and any(es_mt) else "none"
    cands = candidates(es_texts, en_texts, es_mt, top=p.top, prune=(cal, variant, p.floor),
                       cancel=cancel)
    scores: list[float] = (cal.score(variant, np.asarray([c.x for c in cands])).tolist()
                           if cands else [])
    shown: list[Found] = []
    hidden: list[Found] = []
    per_row: dict[int, int] = {}
    seen: dict[int, int] = {}
    rule = cal.rules.get(RULE)
    scored = []
    for c, s in zip(cands, scores, strict=True):
        named = rule is not None and s < threshold and named_rule(c)
        if named:  # shown below the threshold, at the pattern's dev confirm rate
            c.evidence["rule"] = RULE
        scored.append((c, round(max(s, rule) if named and rule else s, 4), named))
    for c, score, named in sorted(scored, key=lambda cs: (cs[0].i, -cs[1])):
        if score < p.floor:
            continue
        seen[c.i] = c.evidence["rank"] = seen.get(c.i, 0) + 1
        if (score >= threshold or named) and per_row.get(c.i, 0) < p.per_paragraph:
            per_row[c.i] = per_row.get(c.i, 0) + 1
            shown.append((c.i, c.j, score, c.evidence))
        else:
            hidden.append((c.i, c.j, score, c.evidence))
    if progress:
        progress(1, 1, "Comparing paragraphs")
    return shown, hidden
