"""Shared facts between the seed documents (Spanish 001 against English 000, 002, 004).

Alignment is built elsewhere, so this checks whole documents and hand-picked
paragraph pairs, without and (marked apertium) with a machine translation.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from facts_helpers import assert_locations_hold

from paralelo.core.facts import FactComparison, compare_facts
from paralelo.core.importers import load_document

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"
ES, EN0, EN2, EN4 = ("001_d655b8d76ea664d5.txt", "000_c427449a33106fde.txt",
                     "002_804951c4fbee7189.txt", "004_73ad441e7f00a07b.txt")


def paras(name: str, lang: str) -> list[str]:
    return [p.text for p in load_document(SEEDS / name, lang=lang).paragraphs]


def para_with(name: str, lang: str, needle: str) -> str:
    return next(t for t in paras(name, lang) if needle in t)


def shared(cmp: FactComparison) -> set[tuple[str, str, str]]:
    return {(s.kind, s.es.fact.text, s.en.fact.text) for s in cmp.shared}


def shared_values(cmp: FactComparison) -> set[tuple[str, object]]:
    return {(s.kind, s.en.fact.value if s.kind != "year" else s.es.fact.value)
            for s in cmp.shared}


def aramayo_shared(cmp: FactComparison) -> bool:
    return any(s.kind == "person" and "aramayo" in s.es.fact.value for s in cmp.shared)


def check_001_002(cmp: FactComparison) -> None:
    got = shared(cmp)
    assert ("year", "2026", "Feb 4, 2026") in got  # Critical Minerals Ministerial 2026
    assert ("topic", "narcotráfico", "drug trafficking") in got
    assert ("topic", "crimen organizado transnacional", "transnational crime") in got
    assert ("topic", "corrupción", "corruption") in got


def check_001_000(cmp: FactComparison) -> None:
    got = shared(cmp)
    assert ("person", "Fernando Aramayo", "Fernando Aramayo") in got
    assert ("place", "Washington", "Washington, D.C.") in got


def test_001_002_documents() -> None:
    check_001_002(compare_facts(paras(ES, "es"), paras(EN2, "en")))


def test_001_002_paragraph_pairs() -> None:
    es_minerals = para_with(ES, "es", "Critical Minerals Ministerial")
    en_meeting = para_with(EN2, "en", "Feb 4, 2026")
    assert ("year", "2026", "Feb 4, 2026") in shared(compare_facts([es_minerals], [en_meeting]))
    es_crime = para_with(ES, "es", "narcotráfico")
    en_crime = para_with(EN2, "en", "transnational crime")
    got = shared(compare_facts([es_crime], [en_crime]))
    assert {("topic", "narcotráfico", "drug trafficking"),
            ("topic", "crimen organizado transnacional", "transnational crime"),
            ("topic", "corrupción", "corruption")} <= got


def test_001_000_documents() -> None:
    cmp = compare_facts(paras(ES, "es"), paras(EN0, "en"))
    check_001_000(cmp)
    assert ("person", "Aramayo", "Fernando Aramayo") in shared(cmp)


def test_001_000_paragraph_pair() -> None:
    es = para_with(ES, "es", "Fernando Aramayo")
    en = para_with(EN0, "en", "Washington, D.C.")
    en_people = para_with(EN0, "en", "met with Bolivian Foreign Minister")
    check_001_000(compare_facts([es], [en, en_people]))


def test_001_004_never_share_aramayo() -> None:
    es_all, en_all = paras(ES, "es"), paras(EN4, "en")
    doc = compare_facts(es_all, en_all)
    assert not aramayo_shared(doc)
    assert any(o.fact.kind == "person" and o.fact.text == "Fernando Huanacuni Mamani"
               for o in doc.only_en)
    for es in es_all:  # every possible 1-1 link
        for en in en_all:
            assert not aramayo_shared(compare_facts([es], [en]))


def test_to_json_on_a_seed_link_points_at_the_text() -> None:
    es_all, en_all = paras(ES, "es"), paras(EN0, "en")
    out = compare_facts(es_all, en_all).to_json(
        list(range(len(es_all))), [{"doc": "en1", "para": j} for j in range(len(en_all))])
    assert out["facts"]
    assert_locations_hold(out, es_all, en_all)  # only_en too


# --- with Apertium's machine translation ------------------------------------------------

def _apertium_ok() -> bool:
    if shutil.which("apertium") is None:
        return False
    try:
        r = subprocess.run(["apertium", "-u", "spa-eng_US"], input="hola", text=True,
                           capture_output=True, timeout=60, check=False)
    except (OSError, subprocess.SubprocessError):
        return False
    return r.returncode == 0 and bool(r.stdout.strip())


@pytest.fixture(scope="module")
def es_with_mt() -> tuple[list[str], list[str]]:
    if not _apertium_ok():
        pytest.skip("apertium with spa-eng_US is not installed")
    es = paras(ES, "es")
    r = subprocess.run(["apertium", "-u", "spa-eng_US"], input="\n".join(es), text=True,
                       capture_output=True, timeout=120, check=True)
    mt = r.stdout.rstrip("\n").split("\n")
    assert len(mt) == len(es)
    return es, mt


@pytest.mark.apertium
def test_with_mt_001_002(es_with_mt: tuple[list[str], list[str]]) -> None:
    es, mt = es_with_mt
    check_001_002(compare_facts(es, paras(EN2, "en"), mt))


@pytest.mark.apertium
def test_with_mt_001_000(es_with_mt: tuple[list[str], list[str]]) -> None:
    es, mt = es_with_mt
    check_001_000(compare_facts(es, paras(EN0, "en"), mt))


@pytest.mark.apertium
def test_with_mt_001_004_never_share_aramayo(es_with_mt: tuple[list[str], list[str]]) -> None:
    es, mt = es_with_mt
    en_all = paras(EN4, "en")
    assert not aramayo_shared(compare_facts(es, en_all, mt))
    for i, e in enumerate(es):
        for en in en_all:
            assert not aramayo_shared(compare_facts([e], [en], [mt[i]]))


@pytest.mark.apertium
def test_mt_adds_matches_without_losing_any(es_with_mt: tuple[list[str], list[str]]) -> None:
    es, mt = es_with_mt
    for en_name in (EN0, EN2):
        en = paras(en_name, "en")
        plain, with_mt = compare_facts(es, en), compare_facts(es, en, mt)
        assert len(with_mt.shared) >= len(plain.shared)
        assert {(s.es.para, s.es.fact.start) for s in plain.shared} <= {
            (s.es.para, s.es.fact.start) for s in with_mt.shared}
