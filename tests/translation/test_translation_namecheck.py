"""Name verification and repair (namecheck) and how the pipeline reports fallbacks."""

from __future__ import annotations

from typing import Literal

from paralelo.core.progress import CancelToken
from paralelo.translation import NoneEngine, translate_paragraphs
from paralelo.translation.namecheck import check_names, missing_names, renderings


def test_literal_renderings_are_put_back_as_the_name() -> None:
    c = check_names("Llegó a La Paz y a Santa Cruz con el USTR.",
                    "He arrived in the Peace and Holy Cross with the USTR.")
    assert c.text == "He arrived in La Paz and Santa Cruz with the USTR."
    assert c.fallback == c.repaired == ("La Paz", "Santa Cruz")


def test_sentence_initial_article_and_dropped_article() -> None:
    assert check_names("La Paz crece.", "The Peace grows.").text == "La Paz grows."
    assert check_names("Fue en La Paz.", "It was in Peace.").text == "It was in La Paz."


def test_names_copied_verbatim_need_nothing() -> None:
    src = "Fernando Aramayo habló en El Alto con la INL."
    c = check_names(src, "Fernando Aramayo spoke in El Alto with the INL.")
    assert c.fallback == () and c.repaired == ()
    assert c.text == "Fernando Aramayo spoke in El Alto with the INL."


def test_common_words_are_never_rewritten() -> None:
    # "La paz social" is not the city; lower-case "peace" is never a rendering of it.
    c = check_names("La paz social llegó a La Paz.", "Social peace came to the city.")
    assert c.text == "Social peace came to the city."
    assert c.fallback == ("La Paz",) and c.repaired == ()


def test_repair_never_reaches_into_another_kept_name() -> None:
    c = check_names("Rodrigo Paz Pereira llegó a La Paz.",
                    "Rodrigo Paz Pereira arrived at the capital.")
    assert c.text == "Rodrigo Paz Pereira arrived at the capital."  # not "Rodrigo La Paz"
    assert c.fallback == ("La Paz",) and c.repaired == ()


def test_only_as_many_repairs_as_names_were_lost() -> None:
    src = "La Paz y La Paz."
    c = check_names(src, "La Paz and the Peace and the Peace.")
    assert c.text == "La Paz and La Paz and the Peace."
    assert c.repaired == ("La Paz",)


def test_duplicated_name_is_reported_and_left_alone() -> None:
    c = check_names("Vive en Cochabamba.", "Lives in Cochabamba Cochabamba.")
    assert c.text == "Lives in Cochabamba Cochabamba."
    assert c.fallback == ("Cochabamba",) and c.repaired == ()


def test_accent_and_dot_variants_are_repaired() -> None:
    c = check_names("Visitó Potosí con la U.S. Navy.", "Visited Potosi with the US Navy.")
    assert c.text == "Visited Potosí with the U.S. Navy."
    assert c.repaired == ("Potosí", "U.S.")


def test_renderings_never_include_the_name_or_bare_articles() -> None:
    for name in ("La Paz", "Santa Cruz de la Sierra", "El Alto", "USTR", "Sucre"):
        pats = renderings(name)
        assert not any(p.fullmatch(name) for p in pats)
        assert not any(p.fullmatch("The") or p.fullmatch("the") for p in pats)
    assert renderings("USTR") == () and renderings("Sucre") == ()
    assert any(p.fullmatch("Holy Cross of the Mountain") for p in renderings(
        "Santa Cruz de la Sierra"))


def test_missing_names_counts_occurrences() -> None:
    assert missing_names("La Paz y La Paz", "La Paz and Peace") == ("La Paz",)
    assert missing_names("La Paz", "in La Paz") == ()
    assert missing_names("sin nombres", "") == ()


class _Fake(NoneEngine):
    """A sentence engine that 'translates' with a fixed string edit."""

    name = "fake"
    model = "m"
    version = "1"
    unit: Literal["sentence", "paragraph"] = "sentence"
    batch_size = 64

    def __init__(self, edit: dict[str, str], *, verify: bool, protect: bool = False) -> None:
        self.edit = edit
        self.verify_names = verify
        self.protect_names = protect
        self.calls = 0

    def translate_units(self, units: list[str], cancel: CancelToken | None = None) -> list[str]:
        self.calls += 1
        out = []
        for u in units:
            for a, b in self.edit.items():
                u = u.replace(a, b)
            out.append(u)
        return out


def test_pipeline_reports_per_paragraph_and_leaves_other_engines_alone() -> None:
    paras = ["Llegó a La Paz. Luego fue a Santa Cruz.", "Nada aquí.", "Vio El Alto."]
    edit = {"La Paz": "The Peace", "Santa Cruz": "Saint Cross", "El Alto": "the airport"}
    out = translate_paragraphs(paras, _Fake(edit, verify=True), cache=None)
    assert out[0].text == "Llegó a La Paz. Luego fue a Santa Cruz."
    assert out[0].names_fallback == out[0].names_repaired == ("La Paz", "Santa Cruz")
    assert out[1].names_fallback == ()
    assert out[2].text == "Vio the airport." and out[2].names_fallback == ("El Alto",)
    plain = translate_paragraphs(paras, _Fake(edit, verify=False), cache=None)
    assert plain[0].text == "Llegó a The Peace. Luego fue a Saint Cross."
    assert all(r.names_fallback == () for r in plain)


def test_lost_placeholder_is_reported_for_placeholder_engines() -> None:
    # A placeholder engine (Apertium's way) that loses the first placeholder.
    eng = _Fake({"Zqax-1": "somewhere"}, verify=False, protect=True)
    out = translate_paragraphs(["Fue a La Paz con el USTR."], eng, cache=None)
    assert out[0].text == "Fue a somewhere con el USTR."
    assert out[0].names_fallback == ("La Paz",) and out[0].names_repaired == ()


def test_a_lone_common_word_is_not_taken_for_a_name() -> None:
    c = check_names("El Alto recibió al Alto Comisionado.",
                    "The city received the High Commissioner.")
    assert c.text == "The city received the High Commissioner."
    assert c.fallback == ("El Alto",) and c.repaired == ()


def test_dotted_acronym_at_the_end_of_a_sentence_gets_one_period() -> None:
    c = check_names("Viajó a los U.S.", "He traveled to the US.")
    assert c.text == "He traveled to the U.S."
    assert c.repaired == ("U.S.",)
