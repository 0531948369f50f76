"""Name protection: which spans are protected, and placeholders round-trip."""

from __future__ import annotations

from paralelo.translation.names import find_names, protect, restore


def _names(text: str) -> list[str]:
    return [text[s:e] for s, e in find_names(text)]


def test_places_people_and_acronyms_are_found() -> None:
    text = ("La delegación del USTR visitó La Paz y Santa Cruz; el canciller Fernando "
            "Aramayo habló con el presidente Rodrigo Paz Pereira y la INL en El Alto.")
    assert _names(text) == ["USTR", "La Paz", "Santa Cruz", "Fernando Aramayo",
                            "Rodrigo Paz Pereira", "INL", "El Alto"]


def test_common_words_and_translatable_acronyms_are_left_alone() -> None:
    text = "La paz social en Estados Unidos, la ONU y EE.UU. Los U.S. Marines."
    assert _names(text) == ["U.S."]


def test_all_caps_headline_is_not_one_big_acronym() -> None:
    assert _names("ÚLTIMA HORA: ACUERDO EN LA PAZ") == []


def test_protect_restore_round_trip_and_shared_placeholders() -> None:
    text = "La Paz, USTR y La Paz otra vez."
    p = protect(text)
    assert "La Paz" not in p.text and "USTR" not in p.text
    assert p.names == ("La Paz", "USTR")
    assert p.text.count(p.text.split(",")[0]) == 2  # same name → same placeholder
    assert restore(p.text, p.names) == (text, [])


def test_restore_reports_lost_placeholders_and_ignores_case() -> None:
    p = protect("Santa Cruz y Cochabamba")
    first, second = p.text.split(" y ")
    out, lost = restore(f"{first.upper()} and nothing", p.names)
    assert out == "Santa Cruz and nothing"
    assert lost == ["Cochabamba"]
    assert second not in out


def test_text_that_already_contains_a_placeholder_is_not_touched() -> None:
    p = protect("Código Zqax-1 en La Paz")
    assert p.names == () and p.text == "Código Zqax-1 en La Paz"


def test_names_with_an_english_form_are_left_to_the_engine() -> None:
    # Casa Blanca is the White House, not a place to keep; IVA is VAT; EE. UU. is the US.
    assert _names("La Casa Blanca, el IVA y EE. UU. en Los Ángeles") == []
