"""Checks shared by the facts tests (imported by test modules in tests/core)."""

from __future__ import annotations

from typing import Any


def assert_locations_hold(out: dict[str, Any], es: list[str], en: list[str]) -> None:
    """Every shared and one-sided fact of ``FactComparison.to_json`` names its own text.

    ``es`` and ``en`` are the paragraph texts that the locations' ``para`` index.
    """
    for f in out["facts"]:
        s, e = f["es_loc"]["span"]
        assert es[f["es_loc"]["para"]][s:e] == f["es"]
        s, e = f["en_loc"]["span"]
        assert en[f["en_loc"]["para"]][s:e] == f["en"]
    for f in out["only_es"]:
        s, e = f["loc"]["span"]
        assert es[f["loc"]["para"]][s:e] == f["text"]
    for f in out["only_en"]:
        s, e = f["loc"]["span"]
        assert en[f["loc"]["para"]][s:e] == f["text"]
