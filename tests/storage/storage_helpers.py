"""Synthetic alignment results (docs/json-schema.md) for storage tests and benchmarks.

Shapes follow what the pipeline emits: mostly 1-1 links, some 2-1, and
unmatched 1-0 / 0-1 links, each with evidence, facts, one-sided facts and a
character diff, so sizes are realistic for open-time measurements.
"""

from __future__ import annotations

import random
from typing import Any

WORDS = ("ministro", "acuerdo", "Bolivia", "comercio", "2017", "Moscú", "gobierno",
         "relaciones", "exteriores", "quince", "millones", "dólares", "Huanacuni")


def _text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)) + "."


def make_result(n_links: int = 20, *, seed: int = 0, en_docs: int = 1) -> dict[str, Any]:
    rng = random.Random(seed)
    es_paras: list[dict[str, Any]] = []
    en_paras: dict[str, list[dict[str, Any]]] = {f"en{k + 1}": [] for k in range(en_docs)}
    links = []
    for n in range(n_links):
        doc = f"en{n % en_docs + 1}"
        shape = rng.choices(("1-1", "2-1", "1-0", "0-1"), (80, 8, 6, 6))[0]
        es = [len(es_paras) + k for k in range({"1-1": 1, "2-1": 2, "1-0": 1, "0-1": 0}[shape])]
        en = [len(en_paras[doc])] if shape != "1-0" else []
        for _ in es:
            es_paras.append({"index": len(es_paras), "text": _text(rng, 30), "boilerplate": False,
                             "kind": "text", "mt": _text(rng, 30), "mt_error": None})
        for _ in en:
            en_paras[doc].append({"index": len(en_paras[doc]), "text": _text(rng, 30),
                                  "boilerplate": False, "kind": "text"})
        enrefs = [{"doc": doc, "para": p} for p in en]
        link: dict[str, Any] = {
            "id": n + 1, "es": es, "en": enrefs, "score": round(rng.random(), 4), "kind": shape,
            "mode": "parallel",
            "evidence": {"mt_similarity": round(rng.random(), 3), "length_ratio": 0.95,
                         "anchors": ["2017", "Bolivia"]},
            "facts": [], "only_es": [], "only_en": [], "diff": []}
        if es and en:
            link["facts"] = [{"kind": "person", "es": "Fernando Huanacuni",
                              "en": "Fernando Huanacuni",
                              "es_loc": {"para": es[0], "span": [5, 23]},
                              "en_loc": {"doc": doc, "para": en[0], "span": [0, 18]}},
                             {"kind": "year", "es": "2017", "en": "2017",
                              "es_loc": {"para": es[0], "span": [30, 34]},
                              "en_loc": {"doc": doc, "para": en[0], "span": [40, 44]}}]
            link["only_es"] = [{"kind": "number", "text": "quince",
                                "loc": {"para": es[0], "span": [50, 56]}}]
            link["only_en"] = [{"kind": "place", "text": "Moscow",
                                "loc": {"doc": doc, "para": en[0], "span": [60, 66]}}]
            link["diff"] = [{"op": op, "text": "ministro", "mt": [k * 9, k * 9 + 8],
                             "en": [k * 9, k * 9 + 8], "mt16": [k * 9, k * 9 + 8],
                             "en16": [k * 9, k * 9 + 8]}
                            for k, op in enumerate(("equal", "delete", "insert", "equal"))]
        links.append(link)
    docs = [{"id": "es", "path": "/tmp/es.txt", "name": "es.txt", "lang": "es",
             "sha256": "a" * 64, "mode": None, "paragraphs": es_paras}]
    docs += [{"id": d, "path": f"/tmp/{d}.txt", "name": f"{d}.txt", "lang": "en",
              "sha256": "b" * 64, "mode": "parallel", "paragraphs": ps}
             for d, ps in en_paras.items()]
    return {"format": 1, "generator": "paralelo 0.1.0", "created": "2026-11-25T12:00:00+00:00",
            "engine": {"name": "apertium", "model": "spa-eng_US", "version": "3.8.3"},
            "documents": docs, "links": links}
