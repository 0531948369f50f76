"""Which sentence of a link answers which (Qt-free): the detail pane's sentence highlight.

The aligner stores the sentence pairs of a link in ``evidence["sentences"]``
as ``[[es_indices, en_indices], ...]`` over the link's sentences in order
(`core.align.sentences.sentences_of`, the same numbering TMX export reads).
Here each pair becomes a group number, and every sentence of every displayed
block gets its UTF-16 span and group (-1: no counterpart). A machine
translation that splits into as many sentences as its Spanish paragraph
shares the Spanish sentences' groups, the rule `align.tokens.spanish_side` uses.
"""

from __future__ import annotations

from typing import Any

from paralelo.core.sentences import sentence_spans
from paralelo.gui.rows import ResultIndex, Row
from paralelo.gui.textmarks import Block, to_utf16

#: Per block: (start, end, group) of each sentence, UTF-16 offsets into Block.text.
BlockSentences = list[tuple[int, int, int]]


def _pairs(link: dict[str, Any], n_es: int, n_en: int) -> list[tuple[list[int], list[int]]]:
    """Valid sentence pairs of the link; stale evidence (indices out of range) gives none."""
    raw = (link.get("evidence") or {}).get("sentences")
    if not isinstance(raw, list):
        return []
    out = []
    for item in raw:
        if not (isinstance(item, list) and len(item) == 2
                and all(isinstance(side, list) for side in item)):
            return []
        es, en = item
        if not all(isinstance(i, int) and 0 <= i < n_es for i in es) or not all(
                isinstance(j, int) and 0 <= j < n_en for j in en):
            return []
        out.append((list(es), list(en)))
    return out


def _spans(text: str) -> list[tuple[int, int]]:
    return [(to_utf16(text, a), to_utf16(text, b)) for a, b in sentence_spans(text)]


def sentence_map(row: Row, ix: ResultIndex, blocks: list[Block]) -> list[BlockSentences]:
    """Sentences of each block of one side of ``row`` with their group numbers."""
    es_spans = {i: sentence_spans(str(ix.es_para(i).get("text") or "")) for i in row.es}
    en_spans = {r: sentence_spans(str(ix.en_para(*r).get("text") or "")) for r in row.en}
    es_first, n = {}, 0
    for i in row.es:
        es_first[i], n = n, n + len(es_spans[i])
    en_first, m = {}, 0
    for r in row.en:
        en_first[r], m = m, m + len(en_spans[r])
    group_es: dict[int, int] = {}
    group_en: dict[int, int] = {}
    for g, (es, en) in enumerate(_pairs(row.link or {}, n, m)):
        group_es.update((i, g) for i in es)
        group_en.update((j, g) for j in en)
    out: list[BlockSentences] = []
    for b in blocks:
        spans = _spans(b.text)
        if b.role == "en" and b.ref in en_first:
            first, groups = en_first[b.ref], group_en
        elif b.role in ("es", "mt") and b.ref in es_first:
            first, groups = es_first[b.ref], group_es
            if b.role == "mt" and len(spans) != len(es_spans[b.ref]):
                groups = {}  # the translation split differently: no sentence counterpart
        else:
            first, groups = 0, {}
        out.append([(a, e, groups.get(first + k, -1)) for k, (a, e) in enumerate(spans)])
    return out


def group_count(maps: list[list[BlockSentences]]) -> int:
    """Number of sentence groups present in the maps (0 when the link has none)."""
    return 1 + max((g for bm in maps for block in bm for _, _, g in block), default=-1)
