"""Offline language identification: es / en / other."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from paralelo.core.importers import detect_language
from paralelo.core.langdetect import detect_language as detect_direct

BENCH = Path(__file__).resolve().parents[2].parent / "shared" / "benchmarks"
SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.mark.parametrize(("text", "lang"), [
    ("La relación diplomática entre Bolivia y Estados Unidos se reactiva.", "es"),
    ("The relationship between Bolivia and the United States is improving.", "en"),
    ("Hola, ¿cómo estás?", "es"),
    ("¿A dónde ir?", "es"),
    ("Conclusión", "es"),
    ("El gato", "es"),
    ("The cat sat on the mat.", "en"),
    ("O gato está em casa e não quer sair.", "other"),
    ("Le chat est dans la maison avec les enfants.", "other"),
    ("Il gatto è nella casa con i bambini.", "other"),
    ("Der Hund ist in dem Haus und schläft.", "other"),
    ("El gat és a casa amb els nens i les nenes.", "other"),
    ("你好，世界。这是一个测试。", "other"),
    ("12345 67", "other"),
    ("Barcelona", "other"),
    ("El debate sobre el bilingüismo con Herta Müller y Michèle Alliot.", "es"),
])
def test_detect(text: str, lang: str) -> None:
    assert detect_language(text) == lang
    assert detect_direct is detect_language  # importers re-exports the implementation


def test_seeds() -> None:
    langs = {p.name[:3]: detect_language(p.read_text(encoding="utf-8"))
             for p in sorted(SEEDS.glob("*.txt"))}
    assert langs == {"000": "en", "001": "es", "002": "en", "003": "en", "004": "en"}


def test_wmt_paragraph_accuracy() -> None:
    path = BENCH / "wmt-newstest-es-en.dev.jsonl"
    if not path.is_file():
        pytest.skip("benchmark data not present")
    right = wrong = other = 0
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            for p in json.loads(line)["paragraphs"]:
                for lang in ("es", "en"):
                    got = detect_language(" ".join(p[lang]))
                    right += got == lang
                    other += got == "other"
                    wrong += got not in (lang, "other")
    total = right + wrong + other
    assert right / total > 0.97  # misses are mostly two-word headlines -> "other"
    assert wrong / total < 0.005  # es <-> en confusions are what would hurt
