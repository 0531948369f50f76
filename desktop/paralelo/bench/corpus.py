"""Evaluation documents built from the WMT news test sets (natural and perturbed).

Each side is a list of *units* (a paragraph = a list of (sentence id, text)).
Perturbations use a fixed seed: on one side (chosen per article) paragraphs
are split 1→2 at a sentence boundary or merged 2→1 with the next one;
whole paragraphs are dropped on one side; one paragraph from another article
is inserted where it does not cut a group. Documents are written as .txt
(blank-line-separated paragraphs) and parsed back with `document_from_text`,
so the aligner sees exactly the
product's segmentation. Gold groups are the connected components of the
"shares a sentence id" relation between the parsed paragraphs; paragraphs
with no shared id form 1-0 / 0-1 groups.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

from paralelo.core.document import Document
from paralelo.core.importers import document_from_text

Unit = list[tuple[object, str]]  # (sentence id, sentence text)
GoldGroup = tuple[frozenset[int], frozenset[int]]

DEFAULT_JSONL = (Path(__file__).resolve().parents[3].parent / "shared" / "benchmarks"
                 / "wmt-newstest-es-en.dev.jsonl")


@dataclass(slots=True)
class Case:
    docid: str
    es: Document
    en: Document
    gold: set[GoldGroup]


def load_articles(path: str | Path, limit: int | None = None) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rows.append(json.loads(line))
            if limit is not None and len(rows) >= limit:
                break
    return rows


def _units(article: dict, lang: str) -> list[Unit]:
    out = []
    for p in article["paragraphs"]:
        sents = [(sid, s) for sid, s in zip(p["seg_ids"], p[lang], strict=True) if s.strip()]
        if sents:
            out.append(sents)
    return out


def _perturb(es: list[Unit], en: list[Unit], other: list[dict], rng: random.Random,
             p_split: float, p_merge: float, p_drop: float) -> tuple[list[Unit], list[Unit]]:
    """Splits/merges on one side, whole-paragraph drops on one side, one foreign insertion.

    Drops never remove only part of a group: a split piece is never dropped,
    and a paragraph is dropped from the unmodified side only when it was not
    split or merged on the other side (else the gold group would be partial).
    """
    sides = {"es": list(es), "en": list(en)}
    side = rng.choice(["es", "en"])
    units = sides[side]
    out: list[tuple[Unit, bool]] = []  # (unit, is a split piece)
    touched: set[int] = set()
    k = 0
    while k < len(units):
        u = units[k]
        r = rng.random()
        if r < p_split and len(u) >= 2:
            cut = rng.randrange(1, len(u))
            out += [(u[:cut], True), (u[cut:], True)]
            touched.add(k)
        elif r < p_split + p_merge and k + 1 < len(units):
            out.append((u + units[k + 1], False))
            touched.update((k, k + 1))
            k += 1
        else:
            out.append((u, False))
        k += 1
    drop_side = rng.choice(["es", "en"])
    if drop_side == side:
        kept = [u for u, piece in out if piece or rng.random() >= p_drop]
    else:
        kept = [u for u, _ in out]
        other_side = "en" if side == "es" else "es"
        sides[other_side] = [u for k, u in enumerate(sides[other_side])
                             if k in touched or rng.random() >= p_drop] or sides[other_side][:1]
    sides[side] = kept or [out[0][0]]
    if other:  # one foreign paragraph from another article, on a random side
        donor = rng.choice(other)
        name = rng.choice(["es", "en"])
        pool = _units(donor, name)
        if pool:
            foreign: Unit = [(("foreign", donor["docid"], sid), s)
                             for sid, s in rng.choice(pool)]
            cuts = _clean_cuts(sides[name], sides["en" if name == "es" else "es"])
            sides[name].insert(rng.choice(cuts), foreign)
    return sides["es"], sides["en"]


def _clean_cuts(units: list[Unit], other: list[Unit]) -> list[int]:
    """Insertion points that do not fall inside a group (a paragraph merged on the other side)."""
    cuts = []
    for pos in range(len(units) + 1):
        before = {sid for u in units[:pos] for sid, _ in u}
        if all(not ({sid for sid, _ in u} & before) or {sid for sid, _ in u} <= before
               for u in other):
            cuts.append(pos)
    return cuts or [len(units)]


def _document(units: list[Unit], lang: str, name: str) -> tuple[Document, list[set[object]]]:
    """Write units as blank-line paragraphs, parse back, return ids per parsed paragraph."""
    spans = []
    parts = []
    pos = 0
    for u in units:
        text = " ".join(s for _, s in u)
        spans.append((pos, pos + len(text), {sid for sid, _ in u}))
        parts.append(text)
        pos += len(text) + 2
    text = "\n\n".join(parts) + "\n"
    doc = document_from_text(text, name=name, lang=lang, fmt="txt")
    ids = []
    for p in doc.paragraphs:
        ids.append(set().union(*[s for a, b, s in spans if a < p.end and p.start < b]))
    return doc, ids


def _gold(es_ids: list[set[object]], en_ids: list[set[object]]) -> set[GoldGroup]:
    parent = {("es", i): ("es", i) for i in range(len(es_ids))}
    parent.update({("en", j): ("en", j) for j in range(len(en_ids))})

    def find(x: tuple[str, int]) -> tuple[str, int]:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    owner: dict[object, tuple[str, int]] = {}
    for side, table in (("es", es_ids), ("en", en_ids)):
        for i, ids in enumerate(table):
            for sid in ids:
                if sid in owner:
                    parent[find((side, i))] = find(owner[sid])
                else:
                    owner[sid] = (side, i)
    comps: dict[tuple[str, int], tuple[set[int], set[int]]] = {}
    for node in parent:
        es_set, en_set = comps.setdefault(find(node), (set(), set()))
        (es_set if node[0] == "es" else en_set).add(node[1])
    return {(frozenset(a), frozenset(b)) for a, b in comps.values()}


def build_cases(articles: list[dict], perturbed: bool, seed: int = 20261125,
                p_split: float = 0.15, p_merge: float = 0.15,
                p_drop: float = 0.08) -> list[Case]:
    cases = []
    for n, art in enumerate(articles):
        es_u, en_u = _units(art, "es"), _units(art, "en")
        if perturbed:
            rng = random.Random(f"{seed}:{art['docid']}")
            others = [a for a in articles if a is not art] or []
            es_u, en_u = _perturb(es_u, en_u, others, rng, p_split, p_merge, p_drop)
        es_doc, es_ids = _document(es_u, "es", f"{n}.es.txt")
        en_doc, en_ids = _document(en_u, "en", f"{n}.en.txt")
        es_doc.id, en_doc.id = "es", "en1"
        cases.append(Case(art["docid"], es_doc, en_doc, _gold(es_ids, en_ids)))
    return cases
