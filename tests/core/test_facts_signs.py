"""Issue 14.3: number facts keep their sign and unit.

"-3 %" and "3%" are different facts; "−3,5 %" (U+2212 minus, comma decimal)
is the same fact as "-3.5%". Checked on hand-written cases and on the WMT dev
set (real percentages and amounts, with signs put in front of them).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from paralelo.core.facts import compare_facts, extract_facts
from paralelo.core.facts.match import GROUP, match_level

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
JSONL = SHARED / "benchmarks" / "wmt-newstest-es-en.dev.jsonl"
needs_wmt = pytest.mark.skipif(not JSONL.is_file(), reason="WMT benchmark data not available")


def _one(text: str, lang: str) -> tuple[str, str, object]:
    facts = [f for f in extract_facts(text, lang) if GROUP[f.kind] == "quantity"]
    assert len(facts) == 1, facts
    f = facts[0]
    assert text[f.start:f.end] == f.text
    return f.kind, f.text, f.value


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Cayó −3,5 % en marzo.", "es", ("percent", "−3,5 %", "-3.5%")),
    ("It fell -3.5% in March.", "en", ("percent", "-3.5%", "-3.5%")),
    ("Bajó -3 % ayer.", "es", ("percent", "-3 %", "-3%")),
    ("It rose 3% yesterday.", "en", ("percent", "3%", "3%")),
    ("La temperatura fue de –7 grados.", "es", ("number", "–7", "-7")),
    ("Perdió -$3 millones.", "es", ("money", "-$3 millones", "USD -3000000")),
    ("They lost -4,000 jobs (net).", "en", ("number", "-4,000", "-4000")),
    ("Un saldo de (−2000) euros.", "es", ("money", "−2000) euros", "EUR -2000")),
])
def test_sign_is_part_of_the_fact(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    got = _one(text, lang)
    if expected[0] == "money" and "(" in text:  # a bracket between amount and unit: no money
        assert got[2] in ("-2000", expected[2])
    else:
        assert got == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("El COVID-19 llegó.", "es"), ("Entre 2-3 personas.", "es"), ("pages 10-12", "en"),
    ("The A-4 road.", "en"), ("Del 5 al 7 - 8 de junio.", "es"),
])
def test_dashes_that_are_not_signs(text: str, lang: str) -> None:
    for f in extract_facts(text, lang):
        if GROUP[f.kind] == "quantity":
            assert not str(f.value).split()[-1].startswith("-"), (text, f)


def test_opposite_signs_never_match() -> None:
    neg = extract_facts("Bajó -3 % ayer.", "es")[0]
    pos = extract_facts("It rose 3% yesterday.", "en")[0]
    same = extract_facts("It fell -3% yesterday.", "en")[0]
    assert match_level(neg, pos) == 0
    assert match_level(neg, same) == 2
    bare = extract_facts("It fell by 3 yesterday.", "en")[0]  # "3" is compatible with "3 %" only
    assert match_level(pos, bare) == 1 and match_level(neg, bare) == 0
    grouped_neg = extract_facts("Hubo -4.000 bajas.", "es")[0]
    grouped_pos = extract_facts("There were 4.000 losses.", "en")[0]
    assert match_level(grouped_neg, grouped_pos) == 0  # the "4.000" key keeps its sign


def test_unicode_minus_and_comma_decimal_equal_ascii() -> None:
    cmp = compare_facts(["La inflación fue de −3,5 % y el paro del 3 %."],
                        ["Inflation was -3.5% and unemployment 3%."])
    pairs = sorted((s.es.fact.text, s.en.fact.text) for s in cmp.shared if s.kind == "percent")
    assert pairs == [("3 %", "3%"), ("−3,5 %", "-3.5%")]
    assert not cmp.only_es and not cmp.only_en
    swapped = compare_facts(["La inflación fue de 3,5 % y el paro del −3 %."],
                            ["Inflation was -3.5% and unemployment 3%."])
    assert not [s for s in swapped.shared if s.kind == "percent"]
    assert len(swapped.only_es) == len(swapped.only_en) == 2


def _sign(text: str, start: int, end: int) -> int:
    """-1 when a minus is glued before the first digit of text[start:end] (test oracle)."""
    m = re.search(r"\d", text[start:end])
    if m is None:  # number words carry no sign: "-cinco italianos, ...-" is a parenthesis
        return 1
    before = text[:start + m.start()]
    return -1 if re.search(r"(?<![\w.,/%-])[-\u2212\u2012\u2013](?:US\$|\$|€|£)?$", before) else 1


def _pairs() -> list[tuple[str, str]]:
    out = []
    with JSONL.open(encoding="utf-8") as fh:
        for line in fh:
            for p in json.loads(line)["paragraphs"]:
                out.append((" ".join(p["es"]), " ".join(p["en"])))
    return out


_PCT_ES = re.compile(r"(?<![\w.,-])(\d+(?:,\d+)?)(\s?%| por ciento)")
_PCT_EN = re.compile(r"(?<![\w.,-])(\d+(?:\.\d+)?)(\s?%| percent| per cent)")


@needs_wmt
def test_dev_set_never_pairs_opposite_signs() -> None:
    """Every shared quantity of every dev pair has the same sign on both sides, also when
    one side's percentages are made negative (U+2212 in Spanish, '-' in English)."""
    checked = flipped = 0
    for es, en in _pairs():
        variants = [(es, en)]
        if _PCT_ES.search(es) and _PCT_EN.search(en):
            variants += [(_PCT_ES.sub("\u2212\\1\\2", es), en),
                         (es, _PCT_EN.sub("-\\1\\2", en)),
                         (_PCT_ES.sub("\u2212\\1\\2", es), _PCT_EN.sub("-\\1\\2", en))]
        for k, (a, b) in enumerate(variants):
            for s in compare_facts([a], [b]).shared:
                if GROUP[s.es.fact.kind] != "quantity" or s.kind in ("year", "date"):
                    continue
                checked += 1
                sa = _sign(a, s.es.fact.start, s.es.fact.end)
                sb = _sign(b, s.en.fact.start, s.en.fact.end)
                assert sa == sb, (k, s.es.fact, s.en.fact, a, b)
                flipped += sa < 0
    assert checked > 1000 and flipped > 50  # the flipped variants were really compared
