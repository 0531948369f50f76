"""Names through the real Argos path (genuine tiny package, real SentencePiece, real pipeline).

The random-weight model never copies a name, so it exercises the fallback;
the success and repair paths replace only the engine's low-level batch call
(``translate_tokens``, the wrapper of ctranslate2's translate_batch) with a
deterministic token-level translator: identity, a literal "translator" that
turns names into words, one that drops a name, one that duplicates it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from paralelo.translation import TranslationCache, get_engine, translate_paragraphs
from paralelo.translation.argos import ArgosEngine
from paralelo.translation.models import InstalledModel
from paralelo.translation.namecheck import expected_names
from paralelo.translation.pipeline import split_units

PARAS = [
    "La delegación del USTR visitó La Paz y Santa Cruz. El viaje duró tres días.",
    "El presidente Rodrigo Paz Pereira recibió a la delegación en La Paz.",
    "Una frase sin nombres propios.",
]


def _sentences(paras: list[str]) -> int:
    return sum(len(split_units(p, "sentence")[1]) for p in paras)


def _engine() -> ArgosEngine:
    engine = get_engine("argos")
    assert isinstance(engine, ArgosEngine)
    engine.max_decoding_length = 12
    return engine


def _patch(engine: ArgosEngine, monkeypatch: pytest.MonkeyPatch,
           edit: Callable[[str], str]) -> list[int]:
    """Replace translate_tokens by decode → ``edit`` → encode; return its call sizes."""
    calls: list[int] = []

    def fake(batch: list[list[str]]) -> list[list[str]]:
        calls.append(len(batch))
        return [engine.encode([edit(engine.decode(toks))])[0] for toks in batch]

    monkeypatch.setattr(engine, "translate_tokens", fake)
    return calls


def test_random_model_falls_back_visibly_without_extra_model_calls(
        installed_argos: InstalledModel, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = _engine()
    engine.batch_size = 2
    real = engine.translate_tokens
    calls: list[int] = []

    def counting(batch: list[list[str]]) -> list[list[str]]:
        calls.append(len(batch))
        return real(batch)

    monkeypatch.setattr(engine, "translate_tokens", counting)
    out = translate_paragraphs(PARAS, engine, cache=None)
    n = _sentences(PARAS)
    assert sum(calls) == n and len(calls) == -(-n // 2)  # one call per batch, nothing more
    for src, r in zip(PARAS, out, strict=True):
        assert r.text and r.error is None
        assert "Zq" not in r.text and "\x00" not in r.text  # nothing of ours leaks
        lost = [n for n in expected_names(src) if n not in r.text]
        assert set(lost) <= set(r.names_fallback)  # every lost name is reported
        assert set(r.names_repaired) <= set(r.names_fallback)
    assert {"USTR", "La Paz", "Santa Cruz"} <= set(out[0].names_fallback)
    assert out[2].names_fallback == ()  # nothing to protect, nothing to report


def test_identity_model_keeps_every_name_exactly(installed_argos: InstalledModel,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    engine = _engine()
    calls = _patch(engine, monkeypatch, lambda s: s)
    out = translate_paragraphs(PARAS, engine, cache=None)
    assert [r.text for r in out] == PARAS
    assert all(r.names_fallback == () == r.names_repaired for r in out)
    assert calls == [_sentences(PARAS)]  # one batch across paragraphs


def _literal(s: str) -> str:
    for es, en in (("Santa Cruz", "Holy Cross"), ("La Paz", "the Peace"),
                   ("Rodrigo Paz", "Rodrigo Peace"), ("visitó", "visited")):
        s = s.replace(es, en)
    return s


def test_literal_translations_of_names_are_repaired_and_reported(
        installed_argos: InstalledModel, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = _engine()
    calls = _patch(engine, monkeypatch, _literal)
    out = translate_paragraphs(PARAS, engine, cache=None)
    assert out[0].text == ("La delegación del USTR visited La Paz y Santa Cruz. "
                           "El viaje duró tres días.")
    assert out[0].names_fallback == ("La Paz", "Santa Cruz")
    assert out[0].names_repaired == ("La Paz", "Santa Cruz")
    assert out[1].text == PARAS[1]
    assert out[1].names_repaired == ("Rodrigo Paz Pereira", "La Paz")
    assert not any("Peace" in (r.text or "") or "Holy" in (r.text or "") for r in out)
    assert len(calls) == 1  # repair is string work: no second model call


def test_dropped_or_duplicated_names_are_reported_not_invented(
        installed_argos: InstalledModel, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = _engine()
    _patch(engine, monkeypatch,
           lambda s: s.replace("del USTR ", "").replace("en La Paz", "en La Paz La Paz"))
    out = translate_paragraphs(PARAS[:2], engine, cache=None)
    assert out[0].text and "USTR" not in out[0].text
    assert out[0].names_fallback == ("USTR",) and out[0].names_repaired == ()
    assert out[1].text and out[1].text.count("La Paz") == 2
    assert out[1].names_fallback == ("La Paz",) and out[1].names_repaired == ()


def test_cached_translation_still_reports_missing_names(
        installed_argos: InstalledModel, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    engine = _engine()
    calls = _patch(engine, monkeypatch, lambda s: _literal(s).replace("USTR", "ustr"))
    cache = TranslationCache(tmp_path / "c.sqlite")
    first = translate_paragraphs(PARAS[:1], engine, cache=cache)
    second = translate_paragraphs(PARAS[:1], engine, cache=cache)
    assert len(calls) == 1 and second[0].cached
    assert second[0].text == first[0].text  # the repaired text was cached
    assert first[0].names_fallback == ("USTR", "La Paz", "Santa Cruz")
    assert second[0].names_fallback == ("USTR",)  # still missing, still visible
