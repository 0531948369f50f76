"""Key ids of a whole document side at once: per paragraph, per sentence, anchors.

Tokenising sentence by sentence costs a regex call and a few list passes per
sentence, which was most of the alignment time on long documents. Here all
sentences of one side are joined with a separator no token can contain,
tokenised by one ``findall``, mapped to key ids in one pass, and cut back into
sentences and paragraphs with numpy (the separator's id marks each end). The
tokens are exactly those of each sentence tokenised on its own: the separator
is whitespace to the token pattern, so no token spans it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

import numpy as np

from paralelo.core.align.features import SEP, Anchor, Features, Rows, build_pair, registry
from paralelo.core.sentences import sentence_spans


@dataclass(slots=True)
class Side:
    """One side's key ids: paragraph rows (features, band guide) and sentences (evidence).

    Sentence ``s`` has key ids ``sent_ids[sent_ptr[s]:sent_ptr[s + 1]]`` and
    ``sent_len[s]`` characters; paragraph ``p`` has sentences
    ``par_sent[p]:par_sent[p + 1]``.
    """

    rows: Rows
    sent_ids: np.ndarray
    sent_ptr: list[int]
    par_sent: list[int]
    sent_len: list[float]
    #: ``rows`` are exactly those of the same texts tokenised without sentence splitting
    #: (then paragraph features need not be computed a second time, see auto.mean_cosine)
    whole: bool = True
    #: ``sent_ids`` as a list, made on first use (slicing a list is far cheaper than
    #: slicing an array and converting, once per sentence of every linked group)
    sent_list: list[int] | None = None

    def sent_list_now(self) -> list[int]:
        """``sent_list``, made now if needed."""
        if self.sent_list is None:
            self.sent_list = self.sent_ids.tolist()
        return self.sent_list

    def sentence_sets(self, paras: Sequence[int]) -> tuple[list[set[int]], list[float]]:
        """Key sets and lengths of the sentences of ``paras``, in order."""
        ids, ptr = self.sent_list_now(), self.sent_ptr
        sets: list[set[int]] = []
        lens: list[float] = []
        for p in paras:
            a, b = self.par_sent[p], self.par_sent[p + 1]
            sets += [set(ids[ptr[s]:ptr[s + 1]]) for s in range(a, b)]
            lens += self.sent_len[a:b]
        return sets, lens


def _split(texts: Sequence[str], sentences: bool) -> tuple[list[list[str]], bool]:
    """Sentences of each text, and whether no token of a whole text can cross a cut.

    Sentences are cut at whitespace (``sentence_spans`` strips it), which ends every
    token except a spaced thousands group ("3 000"): a cut with no gap, or a single
    space after a digit, may split a token, and a text holding the separator is
    rewritten by ``joined`` differently when cut.
    """
    if not sentences:
        return [[t] if t.strip() else [] for t in texts], True
    out: list[list[str]] = []
    whole = True
    for t in texts:
        whole = whole and SEP not in t
        spans = sentence_spans(t)
        if not spans:
            out.append([t] if t.strip() else [])
            continue
        out.append([t[a:b] for a, b in spans])
        if whole and len(spans) > 1:
            for (_, b), (a, _) in pairwise(spans):
                if a == b or (a - b == 1 and t[b - 1].isdigit()):
                    whole = False
                    break
    return out, whole


def tokenise(texts: Sequence[str], lang: str, *, sentences: bool = True) -> Side:
    """Key ids of ``texts`` ('es' raw Spanish, else English) with one regex pass.

    Without ``sentences`` each paragraph counts as one sentence (no splitting).
    """
    per_para, whole = _split(texts, sentences)
    counts = [len(s) for s in per_para]
    flat = [s for ss in per_para for s in ss]
    ids, marks = registry().joined(flat, lang)
    arr = np.asarray(ids, dtype=np.int64)
    ends = np.flatnonzero(arr < 0)  # one separator id after every sentence
    keep = arr[arr >= 0]
    sent_ptr = np.zeros(len(flat) + 1, dtype=np.int64)
    sent_ptr[1:] = ends - np.arange(len(ends))
    par_sent = np.zeros(len(texts) + 1, dtype=np.int64)
    np.cumsum(counts, out=par_sent[1:])
    # anchors come in text order with a separator mark after each sentence
    para_of = np.repeat(np.arange(len(texts)), counts).tolist()
    anchors: list[list[Anchor]] = [[] for _ in texts]
    s = 0
    for a in marks:
        if a.kind == "sep":
            s += 1
        else:
            anchors[para_of[s]].append(a)
    rows = Rows(keep, sent_ptr[par_sent], anchors, [len(t) for t in texts])
    return Side(rows, keep, sent_ptr.tolist(), par_sent.tolist(),
                [float(len(x)) for x in flat], whole)


def spanish_side(es: Sequence[str], es_mt: Sequence[str | None] | None = None, *,
                 sentences: bool = True) -> Side:
    """The Spanish side; with MT, paragraph keys come from the MT plus the Spanish numbers.

    Sentence keys come from the MT sentences when the MT splits into as many
    sentences as the Spanish, else from the Spanish through the bridge.
    Anchors, lengths and sentence lengths are always the Spanish ones.
    """
    raw = tokenise(es, "es", sentences=sentences)
    if es_mt is None or not any(es_mt):
        return raw
    mts = [(es_mt[i] if i < len(es_mt) else None) or "" for i in range(len(es))]
    mt = tokenise(mts, "en", sentences=sentences)
    rows = _mt_rows(raw, mt, [bool(t) for t in mts])
    raw_ids, mt_ids = raw.sent_list_now(), mt.sent_list_now()
    sent_list: list[int] = []
    sent_ptr = [0]
    for p, text in enumerate(mts):
        a, b = raw.par_sent[p], raw.par_sent[p + 1]
        ma, mb = mt.par_sent[p], mt.par_sent[p + 1]
        src, ids, a, b = ((mt, mt_ids, ma, mb) if text and mb - ma == b - a
                          else (raw, raw_ids, a, b))
        for q in range(a, b):
            sent_list += ids[src.sent_ptr[q]:src.sent_ptr[q + 1]]
            sent_ptr.append(len(sent_list))
    side = Side(rows, np.asarray(sent_list, dtype=np.int64), sent_ptr, raw.par_sent,
                raw.sent_len, raw.whole and mt.whole)
    side.sent_list = sent_list
    return side


def _mt_rows(raw: Side, mt: Side, has_mt: list[bool]) -> Rows:
    """Paragraph rows with MT: the MT's keys, then the Spanish number keys, per paragraph;
    the Spanish keys where a paragraph has no MT.

    Vectorised over the document (one stable sort) rather than a few numpy calls per
    paragraph. A Spanish key is kept beside the MT when it is the key of a number or
    year anchor of its own paragraph: (paragraph, key) pairs are matched as one integer.
    """
    key_id = registry().key_id
    n = raw.rows.n
    para_raw = np.repeat(np.arange(n, dtype=np.int64), np.diff(raw.rows.ptr))
    para_mt = np.repeat(np.arange(n, dtype=np.int64), np.diff(mt.rows.ptr))
    keep = ~np.asarray(has_mt, dtype=bool)[para_raw]
    nums = [(p, key_id(x.key)) for p, anchors in enumerate(raw.rows.anchors) for x in anchors
            if x.kind in ("number", "year")]
    if nums:
        span = int(max(raw.rows.ids.max(initial=0), max(k for _, k in nums))) + 1
        wanted = np.array([p * span + k for p, k in nums], dtype=np.int64)
        keep |= np.isin(para_raw * span + raw.rows.ids, wanted)
    ids = np.concatenate([mt.rows.ids, raw.rows.ids[keep]])
    para = np.concatenate([para_mt * 2, para_raw[keep] * 2 + 1])  # MT keys first
    ids = ids[np.argsort(para, kind="stable")]
    ptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(para // 2, minlength=n), out=ptr[1:])
    return Rows(ids, ptr, raw.rows.anchors, raw.rows.lengths)


def pair_features(es_texts: Sequence[str], en_texts: Sequence[str],
                  es_mt: Sequence[str | None] | None = None) -> tuple[Features, Features]:
    """Paragraph features of both sides (MT keys replace the Spanish ones when given)."""
    es = spanish_side(es_texts, es_mt, sentences=False)
    return build_pair(es.rows, tokenise(en_texts, "en", sentences=False).rows)
