"""Dates and years in both languages compare on ISO-like values."""

from __future__ import annotations

import pytest

from paralelo.core.facts import extract_facts
from paralelo.core.facts.match import dates_compatible


def dates(text: str, lang: str) -> list[tuple[str, str, object]]:
    out = []
    for f in extract_facts(text, lang):
        assert text[f.start:f.end] == f.text
        if f.kind in ("date", "year"):
            out.append((f.kind, f.text, f.value))
    return out


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("5 de febrero de 2026", "es", "2026-02-05"),
    ("1º de mayo de 2025", "es", "2025-05-01"),
    ("5 de feb. de 2026", "es", "2026-02-05"),
    ("February 5, 2026", "en", "2026-02-05"),
    ("Feb 5, 2026", "en", "2026-02-05"),
    ("Feb. 5, 2026", "en", "2026-02-05"),
    ("5 February 2026", "en", "2026-02-05"),
    ("5th of February, 2026", "en", "2026-02-05"),
    ("2026-02-05", "en", "2026-02-05"),
    ("05/02/2026", "es", "2026-02-05"),
    ("02/05/2026", "en", "2026-02-05"),
    ("febrero de 2026", "es", "2026-02"),
    ("February 2026", "en", "2026-02"),
    ("5 de febrero", "es", "--02-05"),
    ("February 5", "en", "--02-05"),
    ("diciembre", "es", "--12"),
    ("December", "en", "--12"),
    ("May 29-30", "en", "--05-29"),
    ("el jueves", "es", "wd-4"),
    ("on Thursday", "en", "wd-4"),
])
def test_date_forms(text: str, lang: str, value: str) -> None:
    got = dates(text, lang)
    assert len(got) == 1 and got[0][0] == "date" and got[0][2] == value, got
    assert got[0][1] in text


def test_years() -> None:
    assert dates("Critical Minerals Ministerial 2026", "es") == [("year", "2026", "2026")]
    assert dates("in 2017-2018 Bolivia", "en") == [("year", "2017", "2017"),
                                                  ("year", "2018", "2018")]
    assert dates("costó 2026 dólares", "es") == []  # an amount, not a year
    assert dates("the 1990s and 12345", "en") == []


def test_ambiguous_english_months_need_a_day_or_year() -> None:
    assert dates("The talks may continue; March on.", "en") == []
    assert dates("It ended in May 2025.", "en") == [("date", "May 2025", "2025-05")]


def test_vague_periods() -> None:
    assert dates("after decades of strained relations", "en") == [("date", "decades", "decades")]
    assert dates("durante décadas", "es") == [("date", "décadas", "decades")]
    assert dates("two decades of leftist governance", "en") == []


def test_compatibility() -> None:
    assert dates_compatible("2026", "2026-02-04")
    assert dates_compatible("--12", "2025-12-01")
    assert dates_compatible("--02-05", "2026-02-05")
    assert not dates_compatible("2026", "--02")
    assert not dates_compatible("2026-02-05", "2026-02-04")
    assert not dates_compatible("wd-4", "2026-02-05")


def test_march_and_may_after_a_preposition() -> None:
    assert dates("It was signed in March by both.", "en") == [("date", "March", "--03")]
    assert dates("since May the talks", "en") == [("date", "May", "--05")]
    assert dates("en marzo se firmó", "es") == [("date", "marzo", "--03")]
