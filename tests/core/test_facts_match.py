"""compare_facts: shared facts, one-sided facts, MT matching and the JSON shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from paralelo.core.facts import compare_facts, extract_facts, load_table, reload_table
from paralelo.core.facts.table import user_facts_dir


def shared_pairs(cmp) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return {(s.kind, s.es.fact.text, s.en.fact.text) for s in cmp.shared}


def test_numbers_dates_money_match_across_languages() -> None:
    es = ["El 5 de febrero de 2026 se anunciaron 1.500 empleos, un 3,1 % más, por "
          "$1,5 millones."]
    en = ["On February 5, 2026, 1,500 jobs were announced, 3.1% more, for $1.5 million."]
    cmp = compare_facts(es, en)
    assert shared_pairs(cmp) == {
        ("date", "5 de febrero de 2026", "February 5, 2026"), ("number", "1.500", "1,500"),
        ("percent", "3,1 %", "3.1%"), ("money", "$1,5 millones", "$1.5 million")}
    assert cmp.only_es == [] and cmp.only_en == []


def test_vague_quantities_stay_one_sided() -> None:
    cmp = compare_facts(["tras más de quince años de distanciamiento"],
                        ["after decades of strained relations"])
    assert cmp.shared == []
    assert [(o.fact.kind, o.fact.text) for o in cmp.only_es] == [("number", "quince")]
    assert [(o.fact.kind, o.fact.text) for o in cmp.only_en] == [("date", "decades")]


def test_persons_beyond_first_name() -> None:
    cmp = compare_facts(["El canciller Fernando Aramayo viajó. Después, Aramayo habló."],
                        ["Foreign Minister Fernando Huanacuni Mamani travelled."])
    assert not any(s.kind == "person" for s in cmp.shared)
    cmp = compare_facts(["Después, Aramayo habló en Washington."],
                        ["Foreign Minister Fernando Aramayo spoke in Washington, D.C."])
    assert ("person", "Aramayo", "Fernando Aramayo") in shared_pairs(cmp)
    assert ("place", "Washington", "Washington, D.C.") in shared_pairs(cmp)


def test_sentence_initial_surname_promoted_by_the_other_side() -> None:
    cmp = compare_facts(["Aramayo estuvo presente."], ["Fernando Aramayo attended."])
    assert ("person", "Aramayo", "Fernando Aramayo") in shared_pairs(cmp)


def test_year_matches_a_full_date_with_that_year() -> None:
    cmp = compare_facts(["el Critical Minerals Ministerial 2026"], ["inaugural on Feb 4, 2026"])
    assert ("year", "2026", "Feb 4, 2026") in shared_pairs(cmp)


def test_repeated_mentions_are_all_shared() -> None:
    cmp = compare_facts(["Bolivia y Bolivia"], ["Bolivia"])
    assert len(cmp.shared) == 2 and not cmp.only_es and not cmp.only_en


def test_machine_translation_vouches_for_unknown_names() -> None:
    es = ["La Oficina Nacional de Pesca Sostenible publicó el informe."]
    en = ["The National Sustainable Fishing Office published the report."]
    without = compare_facts(es, en)
    assert not without.shared
    mt = ["The National Sustainable Fishing Office published the report."]
    cmp = compare_facts(es, en, mt)
    assert [(s.kind, s.es.fact.text, s.via) for s in cmp.shared] == [
        ("org", "La Oficina Nacional de Pesca Sostenible"[3:], "mt")]
    assert not cmp.only_es and not cmp.only_en


def test_mt_none_entries_are_ignored() -> None:
    cmp = compare_facts(["Bolivia"], ["Bolivia"], [None])
    assert len(cmp.shared) == 1


def test_to_json_shapes() -> None:
    cmp = compare_facts(["Texto.", "Fernando Aramayo, en 2026, con quince años."],
                        ["Fernando Aramayo spoke", "In 2026, decades passed."])
    out = cmp.to_json([7, 8], [{"doc": "en1", "para": 3}, ("en2", 0)])
    assert set(out) == {"facts", "only_es", "only_en"}
    person = next(f for f in out["facts"] if f["kind"] == "person")
    assert person == {"kind": "person", "es": "Fernando Aramayo", "en": "Fernando Aramayo",
                      "es_loc": {"para": 8, "span": [0, 16]},
                      "en_loc": {"doc": "en1", "para": 3, "span": [0, 16]}}
    year = next(f for f in out["facts"] if f["kind"] == "year")
    assert year["en_loc"] == {"doc": "en2", "para": 0, "span": [3, 7]}
    assert out["only_es"] == [{"kind": "number", "text": "quince",
                               "loc": {"para": 8, "span": [31, 37]}}]
    assert out["only_en"] == [{"kind": "date", "text": "decades",
                               "loc": {"doc": "en2", "para": 0, "span": [9, 16]}}]


def test_empty_inputs() -> None:
    assert compare_facts([], []).to_json([], []) == {"facts": [], "only_es": [], "only_en": []}
    cmp = compare_facts([""], ["   "])
    assert not cmp.shared and not cmp.only_es and not cmp.only_en


def test_user_table_extends_the_builtin_one() -> None:
    text_es, text_en = "la Superintendencia de Minas", "the Mining Superintendency"
    assert not compare_facts([text_es], [text_en]).shared
    d = user_facts_dir()
    d.mkdir(parents=True)
    (d / "mine.tsv").write_text(
        "# my additions\norg\tMining Superintendency\tSuperintendencia de Minas\t-\n"
        "bogus line without tabs\n", encoding="utf-8")
    try:
        table = reload_table()
        assert any("mine.tsv:3" in p for p in table.problems)
        assert [(s.es.fact.text, s.en.fact.text) for s in
                compare_facts([text_es], [text_en]).shared] == [
            ("Superintendencia de Minas", "Mining Superintendency")]
    finally:
        (d / "mine.tsv").unlink()
        reload_table()


def test_explicit_table_and_unreadable_file(tmp_path: Path) -> None:
    good = tmp_path / "t.tsv"
    good.write_text("place\tNarnia\tNarnia\t-\n", encoding="utf-8")
    bad = tmp_path / "bad.tsv"
    bad.write_bytes(b"\xff\xfe\x00bad")
    table = load_table([good, bad, tmp_path / "missing.tsv"])
    assert len(table.problems) == 2
    assert [(f.kind, f.value) for f in extract_facts("en Narnia", "es", table)] == [
        ("place", "Narnia")]


@pytest.mark.parametrize("lang", ["es", "en", "other"])
def test_any_language_code_is_accepted(lang: str) -> None:
    assert extract_facts("Bolivia 2026", lang)


def test_amounts_match_across_quantity_kinds() -> None:
    cmp = compare_facts(["unos 16,3 mil millones de dólares y un 15 %"],
                        ["some 16.3 billion and 15"])
    assert {(s.es.fact.text, s.en.fact.text) for s in cmp.shared} == {
        ("16,3 mil millones de dólares", "16.3 billion"), ("15 %", "15")}


def test_same_digits_on_both_sides_match_whatever_the_convention() -> None:
    cmp = compare_facts(["4.000 soldados"], ["4.000 soldiers"])
    assert [(s.es.fact.text, s.en.fact.text) for s in cmp.shared] == [("4.000", "4.000")]


def test_translation_errors_in_amounts_are_one_sided() -> None:
    cmp = compare_facts(["100 mil millones de dólares"], ["$100 million"])
    assert not cmp.shared and len(cmp.only_es) == len(cmp.only_en) == 1


def test_unknown_names_match_even_if_classified_differently() -> None:
    cmp = compare_facts(["según Wolfgang Schaeuble, ministro"],
                        ["the Wolfgang Schaeuble Foundation"])
    assert not cmp.shared  # a foundation named after a man is not the man
    cmp = compare_facts(["con Wolfgang Schaeuble hoy"], ["with Wolfgang Schaeuble today"])
    assert [(s.kind, s.es.fact.text) for s in cmp.shared] == [("person", "Wolfgang Schaeuble")]


@pytest.mark.parametrize("empty", [False, True])
def test_missing_builtin_table_fails_loudly(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                            empty: bool) -> None:
    """Without its tables topics and organisations would silently vanish: refuse instead."""
    from paralelo.core.errors import UserError
    from paralelo.core.facts import table as table_mod

    def missing() -> Path:
        if empty:
            return tmp_path  # the folder exists but holds no table
        raise FileNotFoundError("resources not found")

    monkeypatch.setattr(table_mod, "builtin_facts_dir", missing)
    with pytest.raises(UserError, match="built-in fact tables missing"):
        load_table()
    # Explicit files still load (the user's own tables, tests).
    assert load_table([]).names == {}


def test_mt_never_rereads_spanish_numbers() -> None:
    cmp = compare_facts(["llegaron 80.000 personas"], ["80 people arrived"],
                        ["arrived 80.000 people"])
    assert not cmp.shared
