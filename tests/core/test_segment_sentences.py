"""Sentence segmentation, Spanish and English: abbreviations, initials, numbers, quotes."""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

import pytest

from paralelo.bench.sentences import boundary_counts
from paralelo.core.segment import split_sentences

BENCH = Path(__file__).resolve().parents[2].parent / "shared" / "benchmarks"


def _s(text: str, lang: str = "en") -> list[str]:
    out = split_sentences(text, lang)
    for s in out:
        assert text[s.start:s.end] == s.text
    return [s.text for s in out]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La reunión fue en EE. UU. y terminó tarde. El Sr. García habló.",
         ["La reunión fue en EE. UU. y terminó tarde.", "El Sr. García habló."]),
        ("Viajó a EE.UU. con la Sra. Pérez y el Dr. Ruiz. Volvió ayer.",
         ["Viajó a EE.UU. con la Sra. Pérez y el Dr. Ruiz.", "Volvió ayer."]),
        ("Se reunió en EE. UU. El encuentro fue breve.",
         ["Se reunió en EE. UU.", "El encuentro fue breve."]),
        ("Mr. Smith went to Washington, D.C. on Monday. He met the U.S. Trade Representative.",
         ["Mr. Smith went to Washington, D.C. on Monday.",
          "He met the U.S. Trade Representative."]),
        ("He lives in the U.S. The weather is nice.", ["He lives in the U.S.",
                                                       "The weather is nice."]),
        ("Lo vio a las 10 a.m. del lunes. Después se fue.",
         ["Lo vio a las 10 a.m. del lunes.", "Después se fue."]),
        ("It opens at 9 a.m. Monday. It closes at 5 p.m. The queue is long.",
         ["It opens at 9 a.m. Monday.", "It closes at 5 p.m.", "The queue is long."]),
        ("Compró frutas, p. ej. manzanas, peras, etc. y volvió. Luego durmió.",
         ["Compró frutas, p. ej. manzanas, peras, etc. y volvió.", "Luego durmió."]),
        ("J. R. R. Tolkien wrote it. The end.", ["J. R. R. Tolkien wrote it.", "The end."]),
        ("Vice President J.D. Vance spoke. Others listened.",
         ["Vice President J.D. Vance spoke.", "Others listened."]),
        ("La inflación fue del 3,1 por ciento. Subió a 3.1 puntos.",
         ["La inflación fue del 3,1 por ciento.", "Subió a 3.1 puntos."]),
        ("Esperó... Nada pasó. Y luego… silencio.",
         ["Esperó...", "Nada pasó.", "Y luego… silencio."]),
        ("“Of course.” He said it twice. “We want serious investors.” Then he left.",
         ["“Of course.”", "He said it twice.", "“We want serious investors.”",
          "Then he left."]),
        ("\"It is over,\" she said. \"Go home.\" They went.",
         ["\"It is over,\" she said.", "\"Go home.\"", "They went."]),
        ("¿Qué pasa? ¡Nada! Bien.", ["¿Qué pasa?", "¡Nada!", "Bien."]),
        ("—¿Vienes? —preguntó. —No.", ["—¿Vienes? —preguntó.", "—No."]),
        ("See No. 5 for details. No. That is wrong.",
         ["See No. 5 for details.", "No.", "That is wrong."]),
        ("Ellos dijeron que no. Luego se fueron.", ["Ellos dijeron que no.", "Luego se fueron."]),
        ("Vea la p. 23 del informe. Es clara.", ["Vea la p. 23 del informe.", "Es clara."]),
        ("What is it?Expand", ["What is it?Expand"]),
        ("(See the annex.) The rest follows.", ["(See the annex.)", "The rest follows."]),
        ("Subió un 5 %. En 2025 cayó.", ["Subió un 5 %.", "En 2025 cayó."]),
        ("Ended in 2025. 2026 will differ.", ["Ended in 2025.", "2026 will differ."]),
        ("Apple Inc. said so. Apple Inc. The company agreed.",
         ["Apple Inc. said so.", "Apple Inc.", "The company agreed."]),
        ("Y podría solicitar mucho más, pero no lo hago. \"",
         ["Y podría solicitar mucho más, pero no lo hago. \""]),
        ("Se fue al mar. Luego volvió.", ["Se fue al mar.", "Luego volvió."]),
        ("It happened two years ago. The rest is history.",
         ["It happened two years ago.", "The rest is history."]),
        ("He loves modern art. The museum agrees.", ["He loves modern art.",
                                                      "The museum agrees."]),
        ("Gen. Smith spoke on Feb. 4 in St. Louis. He left.",
         ["Gen. Smith spoke on Feb. 4 in St. Louis.", "He left."]),
        ("Véase el art. 5 de la Ley. Es claro.", ["Véase el art. 5 de la Ley.", "Es claro."]),
        ("", []),
        ("   ", []),
        ("No punctuation at all", ["No punctuation at all"]),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert _s(text) == expected


def test_newlines_inside_a_paragraph() -> None:
    assert _s("First line ends here.\nSecond one starts.") == ["First line ends here.",
                                                               "Second one starts."]


def test_speed_on_many_paragraphs() -> None:
    para = ("El Sr. Aramayo viajó a Washington, D.C. el 5 de febrero. Se reunió con el "
            "subsecretario de EE. UU. y con la Sra. López. ¿Resultados? Muchos, p. ej. acuerdos. ")
    start = time.perf_counter()
    for _ in range(3000):
        split_sentences(para * 3, "es")
    assert time.perf_counter() - start < 15.0  # ~1 s normally; guards against blow-ups


def _bench_paragraphs() -> list[tuple[str, list[str]]]:
    path = BENCH / "wmt-newstest-es-en.dev.jsonl"
    if not path.is_file():
        pytest.skip("benchmark data not present")
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            for p in json.loads(line)["paragraphs"]:
                out += [(lang, p[lang]) for lang in ("es", "en")]
    return out


def test_wmt_sentence_boundaries_recall_and_precision() -> None:
    """Real news paragraphs: the gold sentences, joined with spaces, must split back."""
    tp = fp = fn = 0
    for lang, sents in _bench_paragraphs():
        t, f, n = boundary_counts(sents, lang)
        tp, fp, fn = tp + t, fp + f, fn + n
    # WMT segments sometimes hold two sentences, which caps measurable precision.
    assert tp / (tp + fn) > 0.97
    assert tp / (tp + fp) > 0.94


def test_candidate_scan_equals_the_regex_scan() -> None:
    """The str.find-based candidate scan yields exactly the regex's finditer matches."""
    from paralelo.core.sentences import _BOUNDARY, _candidates, sentence_texts

    rng = random.Random(4)
    parts = ["a", "Sr", ".", "..", "!", "?", "…", "‽", "?!", "»", '"', ")", "]", " ", "\n",
             "\u00a0", "3", "EE", "x.y", "¿", "’"]
    for _ in range(5000):
        text = "".join(rng.choices(parts, k=rng.randint(0, 40)))
        assert ([m.span() for m in _candidates(text)]
                == [m.span() for m in _BOUNDARY.finditer(text)]), repr(text)
        assert sentence_texts(text) == [s.text for s in split_sentences(text)]
