"""Comparable-linking cases built from the WMT news dev set (research use, bench only).

A case is one Spanish article against a pool of English documents: its true
translation with 30-60 % of the paragraphs dropped and the rest shuffled and
split across 2-3 documents, plus 2-4 *distractor* articles (whole English
articles chosen among those sharing the most names, numbers and countries with
it). Gold links are the (Spanish paragraph, English paragraph) pairs that share
a WMT sentence id. Cases are split with a fixed seed into a calibration part
(``dev``) and a held-apart part (``report``) that only the figures use.
"""

from __future__ import annotations

import math
import random
import re
from collections import Counter
from dataclasses import dataclass, field

from paralelo.bench.corpus import Unit, _document, _units
from paralelo.core.document import Document

EnPair = tuple[int, str, int]  # (Spanish paragraph, English doc id, English paragraph)
_KEY = re.compile(r"\b(?:[A-Z][\w'’-]{2,}|\d[\d.,]*)")


@dataclass(slots=True)
class ComparableCase:
    docid: str
    split: str  # "dev" (calibration) | "report" (held apart)
    es: Document
    ens: list[Document]
    gold: set[EnPair]
    distractors: set[str] = field(default_factory=set)  # English doc ids of distractors
    flavour: str = "translation"  # or "summary" (see build_summary_cases)


def split_of(docid: str, seed: int = 20261207) -> str:
    """"dev" (40 % of articles, calibration) or "report" (held apart), by docid."""
    return "dev" if random.Random(f"{seed}:split:{docid}").random() < 0.4 else "report"


def _keys(article: dict) -> set[str]:
    text = " ".join(s for p in article["paragraphs"] for s in p["en"])
    return {k.rstrip(".,") for k in _KEY.findall(text)}


def _distractors(n: int, keys: list[set[str]], df: Counter[str], rng: random.Random) -> list[int]:
    """2-4 articles drawn from the 8 that share the most rare names/numbers with article n."""
    total = len(keys)
    def overlap(m: int) -> float:
        return sum(math.log(total / df[k]) for k in keys[n] & keys[m])
    ranked = sorted((m for m in range(total) if m != n), key=lambda m: (-overlap(m), m))
    return rng.sample(ranked[:8], rng.randint(2, 4))


def _tagged(article: dict, lang: str) -> list[Unit]:
    return [[((article["docid"], sid), s) for sid, s in u] for u in _units(article, lang)]


def build_comparable_cases(articles: list[dict], seed: int = 20261207,
                           min_paragraphs: int = 4) -> list[ComparableCase]:
    """Every article with ``min_paragraphs`` aligned paragraphs becomes one case."""
    keys = [_keys(a) for a in articles]
    df: Counter[str] = Counter(k for ks in keys for k in ks)
    cases = []
    for n, art in enumerate(articles):
        es_u, en_u = _tagged(art, "es"), _tagged(art, "en")
        if min(len(es_u), len(en_u)) < min_paragraphs:
            continue
        rng = random.Random(f"{seed}:{art['docid']}")
        drop = round(len(en_u) * rng.uniform(0.3, 0.6))
        kept = rng.sample(en_u, max(len(en_u) - drop, 2))  # shuffled
        parts = min(rng.randint(2, 3), len(kept))
        cuts = sorted(rng.sample(range(1, len(kept)), parts - 1))
        pieces = [kept[a:b] for a, b in zip([0, *cuts], [*cuts, len(kept)], strict=True)]
        es_doc, es_ids = _document(es_u, "es", f"{n}.es.txt")
        es_doc.id = "es"
        ens: list[Document] = []
        gold: set[EnPair] = set()
        for piece in pieces:
            doc, ids = _document(piece, "en", f"{n}.part{len(ens) + 1}.en.txt")
            doc.id = f"en{len(ens) + 1}"
            ens.append(doc)
            gold |= {(i, doc.id, j) for i, a in enumerate(es_ids) for j, b in enumerate(ids)
                     if a & b}
        distractors = set()
        for m in _distractors(n, keys, df, rng):
            units = _tagged(articles[m], "en")
            if not units:
                continue
            doc, _ = _document(units, "en", f"{m}.distractor.en.txt")
            doc.id = f"en{len(ens) + 1}"
            ens.append(doc)
            distractors.add(doc.id)
        order = list(range(len(ens)))
        rng.shuffle(order)
        ens = [ens[k] for k in order]
        cases.append(ComparableCase(art["docid"], split_of(art["docid"], seed), es_doc, ens,
                                    gold, distractors, "translation"))
    return cases


_NAME_PAIR = re.compile(r"\b([A-Z][\w'’-]+)\s+(?=([A-Z][\w'’-]+))")


def _name_keys(text: str) -> set[str]:
    return {f"{a} {b}" for a, b in _NAME_PAIR.findall(text)}


def _reword(unit: Unit, pool: list[str], rng: random.Random, p: float) -> Unit:
    """Each lower-case word of 4+ letters replaced, with chance ``p``, by a word of
    another article: the same names and numbers in other wording."""
    return [(sid, " ".join(rng.choice(pool) if w.isalpha() and w.islower() and len(w) > 3
                           and rng.random() < p else w for w in s.split()))
            for sid, s in unit]


def build_summary_cases(articles: list[dict], seed: int = 20261207,
                        min_paragraphs: int = 4, namesakes: int = 12) -> list[ComparableCase]:
    """The *summary* flavour: closer to real comparable coverage than whole translations.

    Per article: one English document of one-sentence fragments (the first or a
    random sentence) of 40-70 % of its translated paragraphs, shuffled, with
    20-50 % of their lower-case words replaced by words of another article --
    true links with the same names and numbers in other, shorter wording, like a
    bullet summarising a paragraph in another outlet;
    and one document of up to ``namesakes`` English paragraphs of *other*
    articles sharing a capitalised name (person, organisation) with it -- the
    same people in another story, false links. Gold: the fragments of the
    paragraph's own translation.
    """
    para_keys = [[_name_keys(" ".join(s for _, s in u)) for u in _tagged(a, "en")]
                 for a in articles]
    cases = []
    for n, art in enumerate(articles):
        es_u, en_u = _tagged(art, "es"), _tagged(art, "en")
        if min(len(es_u), len(en_u)) < min_paragraphs:
            continue
        rng = random.Random(f"{seed}:summary:{art['docid']}")
        kept = rng.sample(en_u, max(round(len(en_u) * rng.uniform(0.4, 0.7)), 2))
        donor = articles[rng.choice([m for m in range(len(articles)) if m != n])]
        pool = [w for p in donor["paragraphs"] for s in p["en"] for w in s.split()
                if w.isalpha() and w.islower() and len(w) > 3] or ["news"]
        p_swap = rng.uniform(0.2, 0.5)
        frags = [_reword([u[0] if rng.random() < 0.5 else rng.choice(u)], pool, rng, p_swap)
                 for u in kept]
        mine = set().union(*para_keys[n])
        others = [(m, k) for m in range(len(articles)) if m != n
                  for k, keys in enumerate(para_keys[m]) if keys & mine]
        picked = rng.sample(others, min(namesakes, len(others)))
        es_doc, es_ids = _document(es_u, "es", f"{n}.es.txt")
        es_doc.id = "es"
        doc, ids = _document(frags, "en", f"{n}.summary.en.txt")
        doc.id = "en1"
        gold = {(i, "en1", j) for i, a in enumerate(es_ids) for j, b in enumerate(ids) if a & b}
        ens, distractors = [doc], set()
        if picked:
            units = [_tagged(articles[m], "en")[k] for m, k in picked]
            other, _ = _document(units, "en", f"{n}.namesakes.en.txt")
            other.id = "en2"
            ens.append(other)
            distractors.add("en2")
        cases.append(ComparableCase(art["docid"], split_of(art["docid"], seed), es_doc, ens,
                                    gold, distractors, "summary"))
    return cases
