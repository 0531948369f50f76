"""The lexicon's precomputed forms answer exactly as the plural-fallback rule."""

from __future__ import annotations

from paralelo.core.align.lexicon import _Lexicon, lexicon


def test_forms_follow_the_rule_on_the_shipped_table() -> None:
    lex = lexicon()
    words = set(lex.table)
    words |= {w + s for w in lex.table for s in ("s", "es", "ses", "x")}
    words |= {w[:-1] for w in lex.table if w} | {"", "s", "es"}
    assert len(words) > 3 * len(lex.table)
    assert all(lex.get(w) == lex._lookup(w) for w in words)


def test_exact_word_beats_es_plural_beats_s_plural() -> None:
    lex = _Lexicon({"mes": ("month",), "me": ("me",), "mese": ("x",), "gobierno": ("govern",)})
    assert lex.get("mes") == ("month",)  # exact, not "me" + "s"
    assert lex.get("meses") == ("month",)  # "mes" + "es" before "mese" + "s"
    assert lex.get("gobiernos") == ("govern",)
    assert lex.get("gobiernoes") == ("govern",)
    assert lex.get("gobiern") is None
    assert "meses" in lex and lex["mese"] == ("x",)
    assert all(lex.get(w) == lex._lookup(w) for w in ("mes", "meses", "mese", "mesees", "x"))
