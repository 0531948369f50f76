"""Argos engine end to end with a genuine (tiny, random-weight) package.

Random weights give garbage English, so these tests check structure: one
output per paragraph, the engine named, batching across paragraphs (counted
translate_batch calls), the cache making a second run do no model work.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from paralelo.core.errors import Cancelled, UserError
from paralelo.core.progress import CancelToken
from paralelo.core.seeds import seed_paths
from paralelo.translation import TranslationCache, get_engine, translate_paragraphs
from paralelo.translation.argos import ArgosEngine
from paralelo.translation.models import InstalledModel

SEED_ES = seed_paths()[0]  # Spanish seed 001


class CountingTranslator:
    """Wraps the real ctranslate2.Translator and records every translate_batch call."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.calls: list[int] = []

    def translate_batch(self, batch: list[list[str]], **kw: Any) -> Any:
        self.calls.append(len(batch))
        return self.real.translate_batch(batch, **kw)


def _engine(max_len: int = 12, batch_size: int = 64) -> tuple[ArgosEngine, CountingTranslator]:
    engine = get_engine("argos")
    assert isinstance(engine, ArgosEngine)
    engine.max_decoding_length = max_len
    engine.batch_size = batch_size
    engine._load()
    counter = CountingTranslator(engine._translator)
    engine._translator = counter
    return engine, counter


def _paragraphs() -> list[str]:
    return [line for line in SEED_ES.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_argos_is_unavailable_until_installed() -> None:
    with pytest.raises(UserError, match="no Argos es→en model"):
        get_engine("argos")


def test_auto_prefers_installed_argos(installed_argos: InstalledModel) -> None:
    engine = get_engine("auto")
    assert engine.name == "argos"
    assert engine.model == installed_argos.name and engine.version == "0.1"
    assert engine.describe() == "Argos translate-es_en-test 0.1"


def test_translate_seed_paragraphs_batched_across_paragraphs(
        installed_argos: InstalledModel, tmp_path: Path) -> None:
    paras = _paragraphs()
    engine, counter = _engine(batch_size=64)
    seen: list[tuple[int, int]] = []
    out = translate_paragraphs(paras, engine, cache=TranslationCache(tmp_path / "c.sqlite"),
                               progress=lambda d, t, m: seen.append((d, t)))
    assert len(out) == len(paras)
    assert all(r.text and r.text.strip() and r.error is None for r in out)
    assert {(r.engine, r.model, r.version) for r in out} == {
        ("argos", "translate-es_en-test", "0.1")}
    assert not any(r.cached for r in out)
    sentences = sum(counter.calls)
    assert sentences > len(paras)  # sentences, not paragraphs, are the units
    assert len(counter.calls) == -(-sentences // 64)  # one translate_batch per batch
    assert max(counter.calls) == min(sentences, 64)
    assert seen[0] == (0, sentences) and seen[-1] == (sentences, sentences)
    assert len(seen) == len(counter.calls) + 1  # a report per batch


def test_second_run_is_served_from_cache_without_model_work(
        installed_argos: InstalledModel, tmp_path: Path) -> None:
    paras = _paragraphs()[:4]
    cache = TranslationCache(tmp_path / "c.sqlite")
    engine, counter = _engine()
    first = translate_paragraphs(paras, engine, cache=cache)
    calls = len(counter.calls)
    assert calls > 0
    seen: list[tuple[int, int]] = []
    second = translate_paragraphs(paras, engine, cache=cache,
                                  progress=lambda d, t, m: seen.append((d, t)))
    assert len(counter.calls) == calls  # no model work the second time
    assert seen == [(4, 4)]
    assert all(r.cached for r in second)
    assert [r.text for r in second] == [r.text for r in first]


def test_default_cache_is_used_when_not_given(installed_argos: InstalledModel) -> None:
    engine, counter = _engine()
    translate_paragraphs(["Hola mundo."], engine)
    translate_paragraphs(["Hola mundo."], engine)
    assert len(counter.calls) == 1
    assert len(TranslationCache()) == 1


def test_structure_blank_and_duplicate_paragraphs(installed_argos: InstalledModel) -> None:
    engine, counter = _engine()
    texts = ["Uno. Dos.", "", "   ", "Uno. Dos."]
    out = translate_paragraphs(texts, engine, cache=None)
    assert len(out) == 4
    assert out[1].text == "" and out[2].text == "   " and out[1].error is None
    assert out[0].text == out[3].text and out[0].text
    assert sum(counter.calls) == 2  # duplicates translated once


def test_failure_of_one_paragraph_is_isolated(installed_argos: InstalledModel,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    engine, _ = _engine()
    real = engine.translate_tokens

    def flaky(batch: list[list[str]]) -> list[list[str]]:
        if any("".join(toks).replace("▁", "").startswith("FALLA") for toks in batch):
            raise RuntimeError("model exploded\nsecond line")
        return real(batch)

    monkeypatch.setattr(engine, "translate_tokens", flaky)
    out = translate_paragraphs(["Hola. Adiós.", "FALLA aquí. Y más.", "Buenos días."],
                               engine, cache=None)
    assert out[0].text and out[2].text and out[0].error is None
    assert out[1].text is None
    assert out[1].error == "RuntimeError: model exploded"


def test_cancel_between_batches(installed_argos: InstalledModel) -> None:
    engine, counter = _engine(batch_size=2)
    token = CancelToken()

    def progress(done: int, total: int, msg: str) -> None:
        if done >= 2:
            token.cancel()

    with pytest.raises(Cancelled):
        translate_paragraphs(_paragraphs(), engine, cache=None, progress=progress,
                             cancel=token)
    assert counter.calls == [2]


def test_threads_follow_the_machine(installed_argos: InstalledModel) -> None:
    import os

    engine = get_engine("argos")
    assert isinstance(engine, ArgosEngine)
    assert engine.threads == (os.cpu_count() or 1)


def test_cancel_keeps_finished_paragraphs_in_the_cache(installed_argos: InstalledModel,
                                                       tmp_path: Path) -> None:
    engine, counter = _engine(batch_size=4)
    cache = TranslationCache(tmp_path / "c.sqlite")
    paras = ["Uno.", "Dos.", "Tres.", "Cuatro.", "Una frase bastante más larga que las otras.",
             "Otra frase larga para el segundo lote de la prueba."]
    token = CancelToken()
    with pytest.raises(Cancelled):
        translate_paragraphs(paras, engine, cache=cache, cancel=token,
                             progress=lambda d, t, m: token.cancel() if d else None)
    assert counter.calls == [4]  # the four short paragraphs (sorted first) were done
    assert len(cache) == 4
    out = translate_paragraphs(paras, engine, cache=cache)
    assert [r.cached for r in out] == [True] * 4 + [False] * 2
    assert counter.calls == [4, 2]
