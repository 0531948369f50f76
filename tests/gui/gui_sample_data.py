"""Alignment dicts for GUI tests: the real seed documents with hand-made links.

The GUI must be testable without the aligner, so these results are built
from the seeds (real paragraphs, real spans found in the text) plus links,
facts and a diff-match-patch diff written here, following docs/json-schema.md.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from paralelo.app.pipeline import documents_only, load_inputs
from paralelo.core.diff import char_diff
from paralelo.core.seeds import seed_paths

MT_2 = ("This diplomatic visit coincides with the active participation of the Bolivian "
        "chancellor, Fernando Aramayo, in important international forums held in Washington. "
        "The same day, Aramayo was present at the Critical Minerals Ministerial 2026.")
ES_WORDS = ("la relación diplomática económica entre Bolivia Estados Unidos visita oficial "
            "delegación comercio inversión ministro canciller acuerdo 2026 quince")
EN_WORDS = ("the diplomatic economic relationship between Bolivia United States official "
            "visit delegation trade investment minister agreement 2026 fifteen")


def _span(text: str, needle: str) -> list[int]:
    i = text.index(needle)
    return [i, i + len(needle)]


def _diff(mt: str, en: str) -> list[dict[str, Any]]:
    """The pipeline's own MT-vs-English diff ops (core.diff), as stored in results."""
    return [op.to_json() for op in char_diff(mt, en)]


def seed_result() -> dict[str, Any]:
    es, ens = load_inputs(*seed_paths())
    result = documents_only(es, ens)
    result["engine"] = {"name": "none", "model": None, "version": None}
    es_paras = result["documents"][0]["paragraphs"]
    for p in es_paras:
        p["mt"] = f"[MT] {p['text'][:80]}"
    es_paras[2]["mt"] = MT_2
    es2 = es_paras[2]["text"]
    en1 = result["documents"][1]["paragraphs"]
    en_joined = en1[4]["text"] + "\n" + en1[5]["text"]
    link1 = {
        "id": 1, "es": [2], "en": [{"doc": "en1", "para": 4}, {"doc": "en1", "para": 5}],
        "score": 0.82, "kind": "1-2", "mode": "comparable",
        "evidence": {"mt_similarity": 0.6, "anchors": ["2026", "Aramayo"]},
        "facts": [
            {"kind": "person", "es": "Fernando Aramayo", "en": "Fernando Aramayo",
             "es_loc": {"para": 2, "span": _span(es2, "Fernando Aramayo")},
             "en_loc": {"doc": "en1", "para": 5,
                        "span": _span(en1[5]["text"], "Fernando Aramayo")}},
            {"kind": "place", "es": "Washington", "en": "Washington",
             "es_loc": {"para": 2, "span": _span(es2, "Washington")},
             "en_loc": {"doc": "en1", "para": 4, "span": _span(en1[4]["text"], "Washington")}},
            {"kind": "year", "es": "2026", "en": "2026",
             "es_loc": {"para": 2, "span": _span(es2, "2026")},
             "en_loc": {"doc": "en1", "para": 4, "span": _span(en1[4]["text"], "2026")}},
        ],
        "only_es": [],
        "only_en": [{"kind": "date", "text": "February 5, 2026",
                     "loc": {"doc": "en1", "para": 4,
                             "span": _span(en1[4]["text"], "February 5")}}],
        "diff": _diff(MT_2, en_joined),
    }
    link2 = {"id": 2, "es": [0], "en": [{"doc": "en2", "para": 0}], "score": 0.31,
             "kind": "comparable", "mode": "comparable", "evidence": {},
             "facts": [], "only_es": [{"kind": "number", "text": "quince",
                                       "loc": {"para": 0,
                                               "span": _span(es_paras[0]["text"], "quince")}}],
             "only_en": [], "diff": []}
    link3 = {"id": 3, "es": [2], "en": [{"doc": "en1", "para": 13}], "score": 0.47,
             "kind": "comparable", "mode": "comparable", "evidence": {},
             "facts": [], "only_es": [], "only_en": [], "diff": []}
    link4 = {"id": 4, "es": [3], "en": [{"doc": "en1", "para": 1}], "score": 0.66,
             "kind": "comparable", "mode": "comparable", "evidence": {},
             "facts": [], "only_es": [], "only_en": [], "diff": []}
    result["links"] = [link1, link2, link3, link4]
    return result


def big_result(n_links: int = 10_000, seed: int = 7) -> dict[str, Any]:
    """A parallel alignment with ``n_links`` 1-1 links (for scale tests and benchmarks)."""
    rng = random.Random(seed)
    words = ES_WORDS.split()
    en_words = EN_WORDS.split()
    es_paras, en_paras, links = [], [], []
    for i in range(n_links):
        es_t = " ".join(rng.choice(words) for _ in range(rng.randint(8, 70)))
        en_t = " ".join(rng.choice(en_words) for _ in range(rng.randint(8, 70)))
        es_paras.append({"index": i, "text": es_t, "boilerplate": False, "kind": "text",
                         "mt": en_t[::-1][:60], "mt_error": None})
        en_paras.append({"index": i, "text": en_t, "boilerplate": False, "kind": "text"})
        links.append({"id": i + 1, "es": [i], "en": [{"doc": "en1", "para": i}],
                      "score": round(rng.random(), 3), "kind": "1-1", "mode": "parallel",
                      "evidence": {}, "facts": [], "only_es": [], "only_en": [], "diff": [],
                      "review": {"status": "unreviewed", "note": "", "by": None, "at": None}})
    return {"format": 1, "generator": "test", "created": "",
            "engine": {"name": "none", "model": None, "version": None},
            "documents": [{"id": "es", "path": None, "name": "big-es.txt", "lang": "es",
                           "sha256": "", "mode": None, "paragraphs": es_paras},
                          {"id": "en1", "path": None, "name": "big-en.txt", "lang": "en",
                           "sha256": "", "mode": "parallel", "paragraphs": en_paras}],
            "links": links}


def write_json(result: dict[str, Any], path: Path) -> Path:
    import json

    path.write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    return path
