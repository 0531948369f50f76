"""Alignment results for export tests: a small hostile one and one on the seed documents.

(A uniquely named module, imported by tests/export/conftest.py and the tests.)

Both are built in code (not stored JSON) so fact and diff spans are computed
from the texts and stay right if the texts change.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

from paralelo.core.importers import load_document
from paralelo.core.seeds import SEED_EN, SEED_ES

REPO = Path(__file__).resolve().parents[2]
#: The TMX 1.4 DTD, kept in the repository so validation never depends on the machine
#: (origin and licence: tests/data/README.md).
TMX_DTD = REPO / "tests" / "data" / "tmx14.dtd"

ES = [
    "El canciller Fernando Aramayo viajó a Washington en 2026.",
    '=HYPERLINK("http://evil.example","clic") <script>alert(1)</script> & más',
    "-3 % de inflación en 🇧🇴 según el INE 😀, dijo.",
    "Párrafo sin pareja \x01\x0b con control \ufffe y \u202etexto RTL\u202c עברית.",
    "Segunda parte del párrafo combinado.",
    "+cmd|' /C calc'!A0 con \ud83d suelto",
]
MT = [
    "The chancellor Fernando Aramayo travelled to Washington in 2026.",
    '=HYPERLINK("http://evil.example","click") <script>alert(1)</script> & more',
    "-3 % of inflation in 🇧🇴 according to the INE 😀, he said.",
    None,
    "Second part of the combined paragraph.",
    "+cmd|' /C calc'!A0 with loose",
]
EN1 = [
    "Foreign Minister Fernando Aramayo travelled to Washington in 2026.",
    '<img src=x onerror=alert(1)> @SUM(1+1) "quoted", comma',
    "Inflation was -3% in 🇧🇴, the INE said 😀.",
    "\tEnglish paragraph without partner",
]
EN2 = ["Second part of the merged paragraph,\nwith a break."]


def diff_ops(mt: str, en: str) -> list[dict[str, Any]]:
    """Diff ops in the docs/json-schema.md shape (code points; UTF-16 left out)."""
    ops: list[dict[str, Any]] = []
    for tag, a, b, c, d in difflib.SequenceMatcher(None, mt, en, autojunk=False).get_opcodes():
        if tag == "equal":
            ops.append({"op": "equal", "text": mt[a:b], "mt": [a, b], "en": [c, d]})
        if tag in ("delete", "replace"):
            ops.append({"op": "delete", "text": mt[a:b], "mt": [a, b], "en": [c, c]})
        if tag in ("insert", "replace"):
            ops.append({"op": "insert", "text": en[c:d], "mt": [b, b], "en": [c, d]})
    return ops


def span_of(text: str, needle: str) -> list[int]:
    start = text.index(needle)
    return [start, start + len(needle)]


def fact(kind: str, es_para: int, es_text: str, doc: str, en_para: int, en_text: str,
         es_all: list[str], en_all: list[str]) -> dict[str, Any]:
    return {"kind": kind, "es": es_text, "en": en_text,
            "es_loc": {"para": es_para, "span": span_of(es_all[es_para], es_text)},
            "en_loc": {"doc": doc, "para": en_para, "span": span_of(en_all[en_para], en_text)}}


def _link(lid: int, es: list[int], en: list[tuple[str, int]], score: float, kind: str,
          status: str = "unreviewed", note: str = "", **extra: Any) -> dict[str, Any]:
    link = {"id": lid, "es": es, "en": [{"doc": d, "para": p} for d, p in en], "score": score,
            "kind": kind, "mode": "parallel", "evidence": {}, "facts": [], "only_es": [],
            "only_en": [], "diff": [],
            "review": {"status": status, "note": note, "by": None, "at": None}}
    link.update(extra)
    return link


def hostile_result() -> dict[str, Any]:
    docs = [
        {"id": "es", "path": "/tmp/es <b>.txt", "name": "es <b>doc</b>.txt", "lang": "es",
         "sha256": "0" * 64, "mode": None,
         "paragraphs": [{"index": i, "text": t, "boilerplate": False, "kind": "text",
                         "mt": MT[i], "mt_error": None} for i, t in enumerate(ES)]},
        {"id": "en1", "path": "en1.txt", "name": "<script>x</script>.txt", "lang": "en",
         "sha256": "1" * 64, "mode": "parallel",
         "paragraphs": [{"index": i, "text": t, "boilerplate": False, "kind": "text"}
                        for i, t in enumerate(EN1)]},
        {"id": "en2", "path": "en2.txt", "name": "en2.txt", "lang": "en", "sha256": "2" * 64,
         "mode": "comparable",
         "paragraphs": [{"index": 0, "text": EN2[0], "boilerplate": False, "kind": "text"}]},
    ]
    links = [
        _link(1, [0], [("en1", 0)], 0.91, "1-1", "confirmed", "ok <b>bold</b> & fine",
              facts=[fact("person", 0, "Fernando Aramayo", "en1", 0, "Fernando Aramayo", ES, EN1),
                     fact("person", 0, "Aramayo", "en1", 0, "Aramayo", ES, EN1),
                     fact("place", 0, "Washington", "en1", 0, "Washington", ES, EN1),
                     fact("year", 0, "2026", "en1", 0, "2026", ES, EN1)],
              diff=diff_ops(MT[0], EN1[0])),
        _link(2, [1], [("en1", 1)], 0.4, "1-1", "flagged", "=1+1",
              only_es=[{"kind": "org", "text": "<script>alert(1)</script>",
                        "loc": {"para": 1, "span": span_of(ES[1], "<script>alert(1)</script>")}}],
              only_en=[{"kind": "number", "text": "@SUM(1+1)",
                        "loc": {"doc": "en1", "para": 1, "span": span_of(EN1[1], "@SUM(1+1)")}}],
              diff=diff_ops(MT[1], EN1[1])),
        _link(3, [2], [("en1", 2)], 0.77, "1-1",
              facts=[fact("percent", 2, "-3 %", "en1", 2, "-3%", ES, EN1),
                     fact("org", 2, "INE", "en1", 2, "INE", ES, EN1)],
              only_es=[{"kind": "number", "text": "😀",
                        "loc": {"para": 2, "span": span_of(ES[2], "😀")}}],
              diff=diff_ops(MT[2], EN1[2])),
        _link(4, [3], [], 0.0, "1-0"),
        _link(5, [], [("en1", 3)], 0.0, "0-1", note="-3 %"),
        _link(6, [4, 5], [("en2", 0)], 0.66, "2-1", "confirmed",
              evidence={"sentences": [
                  {"es": "Segunda parte del párrafo combinado.",
                   "en": "Second part of the merged paragraph,"},
                  {"es": ["+cmd|' /C calc'!A0", "con suelto"], "en": ["with a break."]},
                  {"es": "sin pareja", "en": []}]},
              facts=[fact("number", 4, "Segunda", "en2", 0, "Second", ES, EN2)],
              diff=diff_ops("\n".join(MT[4:6]), EN2[0])),  # type: ignore[arg-type]
    ]
    return {"format": 1, "generator": "paralelo 0.1.0", "created": "2026-11-25T12:00:00+00:00",
            "engine": {"name": "apertium", "model": "spa-eng_US", "version": "3.8.3"},
            "documents": docs, "links": links}


def _find(paragraphs: list[str], needle: str) -> int:
    return next(i for i, t in enumerate(paragraphs) if needle in t)


def seed_result(seeds: Path) -> dict[str, Any]:
    """A realistic result on the seed documents with a few hand-made links."""
    es = load_document(seeds / SEED_ES, lang="es")
    ens = [load_document(seeds / n, lang="en") for n in SEED_EN]
    es_t = [p.text for p in es.paragraphs]
    docs = [{"id": "es", "path": str(es.path), "name": es.name, "lang": "es",
             "sha256": es.sha256, "mode": None,
             "paragraphs": [{"index": p.index, "text": p.text, "boilerplate": p.boilerplate,
                             "kind": p.kind, "mt": None, "mt_error": None}
                            for p in es.paragraphs]}]
    for n, d in enumerate(ens, 1):
        docs.append({"id": f"en{n}", "path": str(d.path), "name": d.name, "lang": "en",
                     "sha256": d.sha256, "mode": "comparable",
                     "paragraphs": [{"index": p.index, "text": p.text,
                                     "boilerplate": p.boilerplate, "kind": p.kind}
                                    for p in d.paragraphs]})
    en1 = [p.text for p in ens[0].paragraphs]
    es_ar = _find(es_t, "Fernando Aramayo")
    en_ar = _find(en1, "Foreign Minister Fernando Aramayo")
    en_wa = _find(en1, "Washington")
    es_usa = _find(es_t, "USTR")
    links = [
        _link(1, [es_ar], [("en1", en_ar)], 0.62, "comparable", "confirmed", "same meeting",
              facts=[fact("person", es_ar, "Fernando Aramayo", "en1", en_ar, "Fernando Aramayo",
                          es_t, en1)]),
        _link(2, [es_ar, es_ar + 1], [("en1", en_wa)], 0.48, "comparable",
              facts=[fact("place", es_ar, "Washington", "en1", en_wa, "Washington", es_t, en1)]),
        _link(3, [es_usa], [], 0.0, "1-0", "flagged", "no English coverage?"),
    ]
    return {"format": 1, "generator": "paralelo 0.1.0", "created": "2026-11-25T12:00:00+00:00",
            "engine": {"name": "none", "model": None, "version": None},
            "documents": docs, "links": links}
