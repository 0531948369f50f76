"""`align_documents`: the entry point the pipeline calls (documents in, links out).

Per English document the mode is forced or chosen automatically: the
parallel aligner is run first, and the pair counts as parallel when most
paragraphs end up linked and the linked pairs are far more similar than
arbitrary pairs of the same two documents (translations line up in order;
articles about the same events do not). Comparable English documents are
then pooled and aligned many-to-many with the Spanish document.

User anchors (confirmed or hand-made links) are returned unchanged; their
paragraphs are left out of automatic alignment, and in parallel mode the
anchors that keep document order cut the documents into segments aligned
independently, so no automatic link can cross an anchor.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import numpy as np

from paralelo.core.align.comparable import ComparableParams, align_comparable
from paralelo.core.align.features import Features
from paralelo.core.align.parallel import Group, align_parallel
from paralelo.core.align.tokens import pair_features
from paralelo.core.document import Document
from paralelo.core.errors import UserError
from paralelo.core.links import Link
from paralelo.core.progress import CancelToken, Progress, check

KINDS = {(1, 1): "1-1", (1, 2): "1-2", (2, 1): "2-1", (2, 2): "2-2", (1, 0): "1-0",
         (0, 1): "0-1"}


@dataclass(slots=True)
class AlignResult:
    links: list[Link]
    #: comparable links scored below the display threshold (shown on request)
    candidates: list[Link] = field(default_factory=list)
    modes: dict[str, str] = field(default_factory=dict)  # English doc id -> mode
    stats: dict[str, dict[str, float]] = field(default_factory=dict)  # why auto chose


def mean_cosine(es_texts: Sequence[str], en_texts: Sequence[str],
                es_mt: Sequence[str | None] | None) -> float:
    """Mean cosine over all (es, en) pairs in O(n + m): (Σ â)·(Σ b̂) / (n m)."""
    if not es_texts or not en_texts:
        return 0.0
    return features_cosine(*pair_features(es_texts, en_texts, es_mt))


def features_cosine(fa: Features, fb: Features) -> float:
    """``mean_cosine`` from the paragraph features of both sides."""
    if not fa.n or not fb.n:
        return 0.0
    return float(fa.unit_sum() @ fb.unit_sum()) / (fa.n * fb.n)


def _collect_cosine(out: list[float], fa: Features, fb: Features) -> None:
    out.append(features_cosine(fa, fb))


def looks_parallel(groups: Sequence[Group], n_es: int, n_en: int,
                   base_cos: float) -> tuple[bool, dict[str, float]]:
    linked = [g for g in groups if g[0] and g[1]]
    es_cov = sum(len(g[0]) for g in linked) / max(n_es, 1)
    en_cov = sum(len(g[1]) for g in linked) / max(n_en, 1)
    sims = [g[3].get("similarity", 0.0) for g in linked]
    mean = float(np.mean(sims)) if sims else 0.0
    contrast = mean / max(base_cos, 0.01)
    stats = {"es_coverage": round(es_cov, 3), "en_coverage": round(en_cov, 3),
             "mean_similarity": round(mean, 4), "contrast": round(contrast, 2)}
    strong = ((mean >= 0.15 and contrast >= 2.5) or (mean >= 0.08 and contrast >= 4.0)
              or (mean >= 0.35 and contrast >= 2.0) or (mean >= 0.3 and min(n_es, n_en) <= 3))
    cov = min(es_cov, en_cov)  # an abridged translation still has very similar links
    ok = (strong and (cov >= 0.65 or (cov >= 0.3 and mean >= 0.35))
          and 0.3 <= n_en / max(n_es, 1) <= 3.0)
    return ok, stats


def _monotonic(anchors: list[tuple[list[int], list[int]]]) -> list[tuple[list[int], list[int]]]:
    chain: list[tuple[list[int], list[int]]] = []
    for es, en in sorted(anchors, key=lambda a: (min(a[0]), min(a[1]))):
        if not chain or (min(es) > max(chain[-1][0]) and min(en) > max(chain[-1][1])):
            chain.append((es, en))
    return chain


def _parallel_doc(es: Document, en: Document, es_free: list[int], en_free: list[int],
                  chain: list[tuple[list[int], list[int]]], es_mt: Sequence[str | None] | None,
                  cancel: CancelToken | None, whole: list[float] | None = None) -> list[Group]:
    """Align the free paragraphs segment by segment between anchors (original indices).

    With no anchor the one segment is all free paragraphs: ``mean_cosine`` of them
    is then appended to ``whole`` when the aligner's features are exactly its own
    (it would tokenise both documents a second time).
    """
    bounds = [(-1, -1), *[(max(a), max(b)) for a, b in chain]]
    ends = [(min(a), min(b)) for a, b in chain] + [(10**12, 10**12)]
    out: list[Group] = []
    for (a0, b0), (a1, b1) in zip(bounds, ends, strict=True):
        check(cancel)
        seg_es = [i for i in es_free if a0 < i < a1]
        seg_en = [j for j in en_free if b0 < j < b1]
        if not seg_es and not seg_en:
            continue
        mt = [es_mt[i] if es_mt is not None and i < len(es_mt) else None for i in seg_es]
        keep: Callable[[Features, Features], None] | None = None
        if whole is not None and not chain and seg_es and seg_en:
            keep = partial(_collect_cosine, whole)
        groups = align_parallel([es.paragraphs[i].text for i in seg_es],
                                [en.paragraphs[j].text for j in seg_en],
                                mt if any(mt) else None, cancel=cancel, on_features=keep)
        if seg_es == list(range(len(seg_es))) and seg_en == list(range(len(seg_en))):
            out += groups  # segment positions are the paragraph indices themselves
            continue
        for ga, gb, score, ev in groups:
            out.append(([seg_es[i] for i in ga], [seg_en[j] for j in gb], score, ev))
    return out


def align_documents(es: Document, ens: list[Document], *, mode: str = "auto",
                    es_mt: list[str | None] | None = None, anchors: Sequence[Link] = (),
                    comparable: ComparableParams | None = None,
                    progress: Progress | None = None,
                    cancel: CancelToken | None = None,
                    modes: Mapping[str, str] | None = None) -> AlignResult:
    """Align the Spanish document with each English one (see module docstring).

    ``modes`` forces the mode of single English documents by id (re-alignment
    keeps each document's mode); the others follow ``mode``.
    """
    for m in (mode, *(modes or {}).values()):
        if m not in ("auto", "parallel", "comparable"):
            raise UserError(f"unknown alignment mode {m!r} (use auto, parallel or comparable)")
    anchors = list(anchors)
    anchored_es = {i for a in anchors for i in a.es}
    anchored_en = {r for a in anchors for r in a.en}
    es_free = [p.index for p in es.paragraphs if not p.boilerplate and p.index not in anchored_es]
    result = AlignResult(links=list(anchors))
    pooled: list[Document] = []
    total = len(ens) + 1
    for n, en in enumerate(ens):
        check(cancel)
        if progress:
            progress(n, total, f"Aligning {en.name}")
        en_free = [p.index for p in en.paragraphs
                   if not p.boilerplate and (en.id, p.index) not in anchored_en]
        want = (modes or {}).get(en.id, mode)
        doc_mode = want
        groups: list[Group] = []
        if want in ("auto", "parallel"):
            chain = _monotonic([(list(a.es), [j for d, j in a.en if d == en.id])
                                for a in anchors
                                if a.es and any(d == en.id for d, _ in a.en)])
            whole: list[float] = []
            groups = _parallel_doc(es, en, es_free, en_free, chain, es_mt, cancel,
                                   whole if want == "auto" else None)
            if want == "auto":
                mt = [es_mt[i] if es_mt is not None and i < len(es_mt) else None
                      for i in es_free]
                base = whole[0] if whole else mean_cosine(
                    [es.paragraphs[i].text for i in es_free],
                    [en.paragraphs[j].text for j in en_free], mt if any(mt) else None)
                ok, stats = looks_parallel(groups, len(es_free), len(en_free), base)
                result.stats[en.id] = stats
                doc_mode = "parallel" if ok else "comparable"
        result.modes[en.id] = doc_mode
        if doc_mode == "parallel":
            result.links += [_parallel_link(g, en.id) for g in groups]
        else:
            pooled.append(en)
    if pooled:
        links, hidden = _comparable_links(es, pooled, es_free, anchored_en, es_mt, comparable,
                                          cancel)
        result.links += links
        result.candidates = sorted(hidden, key=_order)
    result.links.sort(key=_order)
    if progress:
        progress(total, total, "Aligned")
    return result


def _parallel_link(g: Group, doc: str) -> Link:
    ga, gb, score, ev = g
    ev = dict(ev)
    if not gb:
        ev["doc"] = doc  # which English document this Spanish paragraph has no partner in
    kind = KINDS.get((len(ga), len(gb)), f"{len(ga)}-{len(gb)}")
    return Link(es=tuple(ga), en=tuple((doc, j) for j in gb), score=float(score), kind=kind,
                mode="parallel", evidence=ev)


def comparable_inputs(es: Document, docs: list[Document], es_free: list[int],
                      anchored_en: set[tuple[str, int]], es_mt: Sequence[str | None] | None
                      ) -> tuple[list[tuple[str, int, str]], list[str], list[str | None] | None]:
    """English refs ``(doc, para, text)``, Spanish texts and MT of the free paragraphs."""
    refs = [(d.id, p.index, p.text) for d in docs for p in d.paragraphs
            if not p.boilerplate and (d.id, p.index) not in anchored_en]
    mt = [es_mt[i] if es_mt is not None and i < len(es_mt) else None for i in es_free]
    return refs, [es.paragraphs[i].text for i in es_free], (mt if any(mt) else None)


def _comparable_links(es: Document, docs: list[Document], es_free: list[int],
                      anchored_en: set[tuple[str, int]], es_mt: Sequence[str | None] | None,
                      params: ComparableParams | None, cancel: CancelToken | None
                      ) -> tuple[list[Link], list[Link]]:
    refs, es_texts, mt = comparable_inputs(es, docs, es_free, anchored_en, es_mt)
    shown, hidden = align_comparable(es_texts, [t for _, _, t in refs], mt, params=params,
                                     cancel=cancel)
    out: tuple[list[Link], list[Link]] = ([], [])
    for found, links in zip((shown, hidden), out, strict=True):
        for i, j, score, ev in found:
            doc, para, _ = refs[j]
            links.append(Link(es=(es_free[i],), en=((doc, para),), score=score,
                              kind="comparable", mode="comparable", evidence=ev))
    return out


def _order(link: Link) -> tuple[Any, ...]:
    es = min(link.es) if link.es else -1
    en = min(link.en) if link.en else ("", -1)
    return (es if link.es else _en_pos(link), en, -link.score)


def _en_pos(link: Link) -> float:
    return link.en[0][1] - 0.5 if link.en else -1.0
