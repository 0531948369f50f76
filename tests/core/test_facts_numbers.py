"""Numbers, percentages and money in both languages compare on one value."""

from __future__ import annotations

import pytest

from paralelo.core.facts import extract_facts
from paralelo.core.facts.numbers import parse_digits


def facts_of(text: str, lang: str, kind: str | None = None) -> list[tuple[str, str, object]]:
    out = []
    for f in extract_facts(text, lang):
        assert text[f.start:f.end] == f.text
        if kind is None or f.kind == kind:
            out.append((f.kind, f.text, f.value))
    return out


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("3,1", "es", "3.1"), ("3.1", "en", "3.1"),
    ("1.500", "es", "1500"), ("1,500", "en", "1500"),
    ("1.500.000", "es", "1500000"), ("1,500,000", "en", "1500000"),
    ("1.500,25", "es", "1500.25"), ("1,500.25", "en", "1500.25"),
    ("0,5", "es", "0.5"), ("12", "en", "12"), ("3.125", "en", "3.125"),
    ("1\u00a0500", "es", "1500"),
])
def test_digit_forms(text: str, lang: str, value: str) -> None:
    assert facts_of(f"Hubo {text} casos." if lang == "es" else f"There were {text} cases.",
                    lang) == [("number", text, value)]


def test_parse_digits_rejects_garbage() -> None:
    assert parse_digits("1.2.3", "es") is None
    assert parse_digits("12", "es") == 12


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("quince años", "es", "15"), ("fifteen years", "en", "15"),
    ("cuatro misiones", "es", "4"), ("four missions", "en", "4"),
    ("veinte personas", "es", "20"), ("twenty people", "en", "20"),
    ("treinta y dos casos", "es", "32"), ("thirty-two cases", "en", "32"),
    ("cien casos", "es", "100"), ("a hundred cases", "en", "100"),
    ("ciento veinte casos", "es", "120"), ("one hundred and twenty cases", "en", "120"),
    ("mil casos", "es", "1000"), ("a thousand cases", "en", "1000"),
    ("dos mil trescientos casos", "es", "2300"),
    ("two thousand three hundred cases", "en", "2300"),
    ("tres millones de personas", "es", "3000000"), ("three million people", "en", "3000000"),
    ("un millón de personas", "es", "1000000"), ("a million people", "en", "1000000"),
    ("dos mil millones de personas", "es", "2000000000"),
    ("two billion people", "en", "2000000000"),
    ("veintiún países", "es", "21"), ("dieciséis países", "es", "16"),
])
def test_number_words(text: str, lang: str, value: str) -> None:
    got = facts_of(text, lang, "number")
    assert len(got) == 1 and got[0][2] == value, got


def test_articles_are_not_numbers() -> None:
    assert facts_of("Una delegación y un funcionario llegaron.", "es") == []
    assert facts_of("One of the officials met a minister.", "en") == []


def test_digits_with_scale_words() -> None:
    assert facts_of("1,5 millones de personas", "es", "number")[0][2] == "1500000"
    assert facts_of("1.5 million people", "en", "number")[0][2] == "1500000"
    assert facts_of("15 mil personas", "es", "number")[0][2] == "15000"


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("15 %", "es", "15%"), ("15%", "es", "15%"), ("quince por ciento", "es", "15%"),
    ("15 por ciento", "es", "15%"), ("3,5 %", "es", "3.5%"),
    ("15%", "en", "15%"), ("15 percent", "en", "15%"), ("fifteen percent", "en", "15%"),
    ("15 per cent", "en", "15%"), ("3.5%", "en", "3.5%"),
    ("2 puntos porcentuales", "es", "2pp"), ("two percentage points", "en", "2pp"),
])
def test_percentages(text: str, lang: str, value: str) -> None:
    assert facts_of(f"Subió {text} ayer" if lang == "es" else f"It rose {text} yesterday",
                    lang) == [("percent", text, value)]


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("$1,5 millones", "es", "USD 1500000"), ("US$ 2 millones", "es", "USD 2000000"),
    ("1.500 dólares", "es", "USD 1500"), ("1.500 dólares estadounidenses", "es", "USD 1500"),
    ("2 millones de dólares", "es", "USD 2000000"), ("dos millones de dólares", "es",
                                                     "USD 2000000"),
    ("USD 1.500", "es", "USD 1500"), ("1.500 USD", "es", "USD 1500"),
    ("3 millones de euros", "es", "EUR 3000000"), ("100 bolivianos", "es", "BOB 100"),
    ("Bs 100", "es", "BOB 100"), ("3 €", "es", "EUR 3"),
    ("$1.5 million", "en", "USD 1500000"), ("€3m", "en", "EUR 3000000"),
    ("US$2 million", "en", "USD 2000000"), ("1,500 dollars", "en", "USD 1500"),
    ("USD 1,500", "en", "USD 1500"), ("$2bn", "en", "USD 2000000000"),
    ("£40", "en", "GBP 40"), ("two million dollars", "en", "USD 2000000"),
    ("$1,500", "en", "USD 1500"),
])
def test_money(text: str, lang: str, value: str) -> None:
    sentence = f"Costó {text} en total" if lang == "es" else f"It cost {text} in total"
    assert facts_of(sentence, lang) == [("money", text, value)]


def test_same_amount_in_both_languages() -> None:
    es = {f.value for f in extract_facts("Se invirtieron $1,5 millones y 1.500 dólares.", "es")}
    en = {f.value for f in extract_facts("They invested $1.5 million and 1,500 dollars.", "en")}
    assert es == en == {"USD 1500000", "USD 1500"}


def test_numbers_glued_to_words_are_ignored() -> None:
    assert facts_of("ru-RU1 en-GB1 x4 4x", "en") == []


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("474 000 personas", "es", "474000"), ("100 000 dólares", "es", "USD 100000"),
    ("375 000 euro", "en", "EUR 375000"), ("cien por cien", "es", "100%"),
])
def test_space_thousands_and_por_cien(text: str, lang: str, value: str) -> None:
    assert [f.value for f in extract_facts(text, lang)] == [value]


def test_year_then_number_is_not_one_number() -> None:
    assert [(f.kind, f.value) for f in extract_facts("en 2017 500 personas", "es")] == [
        ("year", "2017"), ("number", "500")]


@pytest.mark.parametrize(("text", "lang"), [("la 4.ª cumbre", "es"), ("la 4ª cumbre", "es"),
                                            ("el 4º foro", "es"), ("the 4th summit", "en")])
def test_ordinals_in_digits(text: str, lang: str) -> None:
    assert [(f.kind, f.value) for f in extract_facts(text, lang)] == [("number", "#4")]


def test_ordinal_day_stays_in_its_date() -> None:
    assert [(f.kind, f.value) for f in extract_facts("el 1º de mayo de 2025", "es")] == [
        ("date", "2025-05-01")]
