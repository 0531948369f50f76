"""The shortcuts of fact extraction give what the plain definitions give.

Tokens as parallel lists (text.Toks) against a plain regex tokeniser, the
spelled-out letter class against ``[^\\W\\d_]``, class counts against counting,
pattern anchors (text.matches_at, dates.starts_pattern, marks.mark) against
whole-text scans, and the paths taken when the caches are full. That the
facts themselves are unchanged is tests/benchmarks/test_bench_facts_extract.py
(against the code before these shortcuts).
"""

from __future__ import annotations

import random
import re

import pytest

from paralelo.core.facts import dates, marks, numbers, text
from paralelo.core.facts.extract import extract_raw
from paralelo.core.facts.table import default_table
from paralelo.core.facts.text import CLASSES, Toks, americanize, class_counts, fold

PLAIN = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")

SAMPLES = [
    "", " ", "a", "Evo Morales y Luis Arce, el 5 de febrero de 2026, 3,5 % (US$ 3m).",
    "Kaczyński, Łódź, Dvořák — İstanbul ve ıspanak; ſábado; 東京で5月3日; 한국 서울 ٣٤٥",
    "𝐀𝐁𝐂 Corp. a𝟙b 😀 x_y H1N1 10th 4.º ²³ ½ Ⅻ ⅿay ǅ ª é\u0301 ﬁ nbsp\u00a0x\tq\n\ny",
    "THE UNITED NATIONS AND NASA", "Climate Change And Money Laundering In Bolivia Today",
    " ".join(["Palabra", "de", "la", "Paz", "2026"] * 150),  # more tokens than a field holds
]


def _random_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    alphabet = ("abcdeñéíóúüABCDÉÑ0123456789 ,.;:-–—()“”«»%$€'_\n\u00a0\u2009"
                "ſıİłŁßǅªº²½ⅫΣσςЖж٣东京𝐀𝟙")
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 120))) for _ in range(n)]


def _reference(t: str, spelling: dict[str, str]) -> tuple[str, int]:
    word = t[0].isalpha()
    norm = americanize(fold(t), spelling) if word else fold(t)
    return norm, text.token_code(t)


@pytest.mark.parametrize("source", SAMPLES + _random_texts(300, seed=1))
def test_toks_are_the_plain_tokens(source: str) -> None:
    spelling = default_table().spelling
    tk = Toks(source, spelling)
    found = [(m.start(), m.end(), m.group()) for m in PLAIN.finditer(source)]
    assert list(zip(tk.starts, tk.ends, tk.texts, strict=True)) == found
    assert [(n, c) for n, c in zip(tk.norms, tk.codes, strict=True)] == \
           [_reference(t, spelling) for _, _, t in found]
    assert [(x.text, x.norm, x.word, x.cap) for x in text.tokenize(source, spelling)] == \
           [(t, _reference(t, spelling)[0], t[0].isalpha(), t[0].isalpha() and t[0].isupper())
            for _, _, t in found]


def test_spelled_out_letter_class_is_the_unicode_class() -> None:
    chars = "".join(chr(i) for i in range(text._NEAR) if not 0xD800 <= i < 0xE000)
    fast = text._near_token()
    assert [c for c in chars if fast.split(c) != text._TOKEN.split(c)] == []
    assert fast.split(chars) == text._TOKEN.split(chars)


def test_token_codes_name_their_classes() -> None:
    assert text.token_code("Arce") == text.WORD | text.CAP | text.LONG | text.CAPLONG
    assert text.token_code("ONU") == text.WORD | text.CAP | text.UPPER | text.ACRONYM
    assert text.token_code("de") == text.WORD
    assert text.token_code("2026") == text.DIGIT
    assert text.token_code("٣") == text.DIGIT  # any decimal digit, as \d
    assert text.token_code("²") == 0  # \w but neither a letter first nor a decimal digit
    assert text.token_code(",") == 0


@pytest.mark.parametrize("source", SAMPLES + _random_texts(50, seed=2))
def test_class_counts_count(source: str) -> None:
    codes = Toks(source).codes
    assert class_counts(codes) == tuple(sum(1 for c in codes if c & cls) for cls in CLASSES)


DIGIT_PATTERNS = [numbers._DIGITS, numbers._ORDINAL, dates._NUMERIC, dates._YEAR_ONLY,
                  *dates._DIGIT_FIRST]
DIGIT_TEXTS = [
    "1.500,5 y 3,1 %; 2026-02-05, 12/03/2024 y 5/3/26; 4th, 4.º, 4ª, 1st 2nd; año 1997",
    "5 de febrero de 2026, del 3 al 5 de mayo; May 3-4, 2025; 3rd of June 2026; x2 2x",
    "٣٤ 12٣ a1 1a 1,000,000 1 000 000 -3 % −3,5 % 2100 1499 20255 0.5. 3/4 3-4",
]


@pytest.mark.parametrize("rx", DIGIT_PATTERNS, ids=lambda rx: rx.pattern[:30])
@pytest.mark.parametrize("source", DIGIT_TEXTS + _random_texts(100, seed=3))
def test_digit_patterns_anchored_at_digit_runs(rx: re.Pattern[str], source: str) -> None:
    tk = Toks(source)
    runs = list(tk.having(text.DIGIT, tk.starts))
    assert [m.span() for m in text.matches_at(rx, source, runs)] == \
           [m.span() for m in rx.finditer(source)]


MONTH_TEXTS = [
    "el 5 de febrero de 2026, FEBRERO, Febrero de 2025, feb. 2024, sept. 2020, ſeptiembre, "
    "ABRİL de 2020, mayo, MAYO y el lunes, LUNES, Miércoles, MIÉRCOLES, miercoles, ſábado",
    "On May 3, 2026, in May, may, MAY, March 2024, Feb. 5, 5 February 2026, Sept 2020, "
    "Monday, monday, MONDAY and Tuesday; Mayo, Marcha, Mayday",
]


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("source", MONTH_TEXTS)
def test_month_and_weekday_anchors_cover_every_match(lang: str, source: str) -> None:
    tk = Toks(source)
    month_at, weekday_at = [], []
    for s, t, n, c in zip(tk.starts, tk.texts, tk.norms, tk.codes, strict=True):
        month, weekday = dates.starts_pattern(t, n, bool(c & text.WORD), lang)
        month_at += [s] * month
        weekday_at += [s] * weekday
    pats = dates._ES_PATTERNS if lang == "es" else dates._EN_PATTERNS
    for rx in [p for p in pats if p in dates._MONTH_FIRST]:
        found = [m.span() for m in rx.finditer(source)]
        assert [m.span() for m in text.matches_at(rx, source, month_at)] == found
    wd = dates._ES_WD if lang == "es" else dates._EN_WD
    assert [m.span() for m in text.matches_at(wd, source, weekday_at)] == \
           [m.span() for m in wd.finditer(source)]
    with_anchors = dates.find_dates(source, lang, None, None, month_at, weekday_at)
    assert with_anchors == dates.find_dates(source, lang)


@pytest.mark.parametrize(("source", "value"), [
    ("el 5 de ſeptiembre", "--09-05"), ("ABRİL de 2020", "2020-04"), ("abrıl de 2020", "2020-04"),
    ("ſept. 2020", "2020-09")])
def test_spanish_months_in_odd_letters_are_read(source: str, value: str) -> None:
    facts, _ = extract_raw(source, "es")  # raised KeyError before
    assert [f.value for f in facts if f.kind == "date"] == [value]


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("source", SAMPLES + MONTH_TEXTS + _random_texts(50, seed=4))
def test_marks_find_what_each_rule_looks_for(lang: str, source: str) -> None:
    table = default_table()
    tk = Toks(source, table.spelling)
    got = marks.mark(tk, table, lang)
    idx = range(len(tk))
    assert got.caps == [k for k in idx if tk.codes[k] & text.CAP]
    assert got.entries == [k for k in idx if tk.norms[k] in table.lengths]
    assert got.number_words == [k for k in idx if tk.norms[k] in numbers.RUN_WORDS[lang]]
    assert got.digit_starts == [m.start() for m in re.finditer(r"(?<!\d)\d", source)]
    assert got.triggers == {tk.norms[k] for k in idx if tk.codes[k] & text.WORD
                            and tk.norms[k] in dates.TRIGGER_WORDS}


def test_full_caches_give_the_same_facts(monkeypatch: pytest.MonkeyPatch) -> None:
    sources = SAMPLES + MONTH_TEXTS + DIGIT_TEXTS + _random_texts(30, seed=5)
    readings = [(s, lang) for s in sources for lang in ("es", "en")]
    before = [extract_raw(s, lang) for s, lang in readings]
    monkeypatch.setattr(text, "_CACHE_MAX", 0)  # nothing new is remembered
    monkeypatch.setattr(marks, "_CACHE_MAX", 0)
    monkeypatch.setattr(text, "_norm_caches", {})
    monkeypatch.setattr(text, "_codes", {})
    table = default_table()
    monkeypatch.setattr(table, "marks", {})
    assert [extract_raw(s, lang) for s, lang in readings] == before


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("source", SAMPLES + MONTH_TEXTS + DIGIT_TEXTS + _random_texts(30, seed=6))
def test_rules_without_marks_find_the_same(lang: str, source: str) -> None:
    from paralelo.core.facts.names import find_names

    table = default_table()
    tk = Toks(source, table.spelling)
    got = marks.mark(tk, table, lang)
    assert numbers.find_numbers(source, tk, lang) == \
        numbers.find_numbers(source, tk, lang, got.digit_starts, got.number_words)
    assert dates.find_dates(source, lang) == dates.find_dates(
        source, lang, got.triggers, got.digit_starts, got.month_starts, got.weekday_starts)
    blocked = [k % 7 == 3 for k in range(len(tk))]
    assert find_names(source, tk, lang, table, blocked) == \
        find_names(source, tk, lang, table, blocked, False, got)
