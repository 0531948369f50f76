"""Property tests: every fact's span points at its text, whatever the input."""

from __future__ import annotations

from facts_helpers import assert_locations_hold
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from paralelo.core.facts import compare_facts, extract_facts

_PIECES = st.sampled_from([
    "Fernando Aramayo", "Aramayo", "EE. UU.", "Estados Unidos", "U.S.", "La Paz", "USTR",
    "5 de febrero de 2026", "February 5, 2026", "Feb 5", "diciembre", "December", "2026",
    "3,1", "3.1", "1.500", "1,500", "15 %", "15%", "quince", "fifteen", "$1,5 millones",
    "€3m", "US$ 2", "por ciento", "percent", "narcotráfico", "drug trafficking", "decades",
    "Departamento de Estado", "State Department", "(AACCLA)", " – ", "😀", "𝔘𝔖", "\n", ". ",
    ", ", " y ", " and ", "Secretary", "Marco Rubio", "J.D.", "de", "la", "-", "'", "’s",
])
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=25).map(" ".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(_TEXT, st.text(max_size=200)), lang=st.sampled_from(["es", "en"]))
def test_spans_point_at_the_stated_text(text: str, lang: str) -> None:
    facts = extract_facts(text, lang)
    last_end = 0
    for f in facts:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start:f.end] == f.text
        assert f.start >= last_end  # sorted and non-overlapping
        last_end = f.end


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(es=st.lists(_TEXT, max_size=3), en=st.lists(_TEXT, max_size=3), data=st.data())
def test_comparison_locations_point_at_the_text(es: list[str], en: list[str],
                                                data: st.DataObject) -> None:
    mt = data.draw(st.lists(st.one_of(st.none(), _TEXT), min_size=len(es), max_size=len(es)))
    out = compare_facts(es, en, mt).to_json(list(range(len(es))),
                                            [("en1", j) for j in range(len(en))])
    assert_locations_hold(out, es, en)


def test_many_facts_in_one_text_stay_linear() -> None:
    import time

    text = "El 5 de febrero, Fernando Aramayo (USTR) dijo que 15 % de $1,5 millones. " * 400
    t = time.perf_counter()
    facts = extract_facts(text, "es")
    assert len(facts) == 2000
    small = time.perf_counter() - t
    t = time.perf_counter()
    assert len(extract_facts(text * 4, "es")) == 8000
    assert time.perf_counter() - t < 4 * small * 4 + 1.0  # no quadratic blow-up
    assert len(extract_facts("Juan y Pedro y " * 2000, "es")) == 4000  # no deep recursion


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*"\t|#-\n ab ÁU.S", "org", "place", "topic", "word", "given",
                                  "title", "spelling", "orgword"]), max_size=60).map("".join))
def test_any_table_text_parses_without_crashing(text: str) -> None:
    from paralelo.core.facts.table import build_table, parse_tsv

    problems: list[str] = []
    table = build_table(parse_tsv(text, "user.tsv", problems), problems)
    assert all(p.startswith("user.tsv:") for p in table.problems)
    for f in extract_facts("U.S. ab Á La Paz 2026", "en", table):
        assert f.text
