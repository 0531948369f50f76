"""The SQLite translation cache: keys, isolation per engine/model/version, location."""

from __future__ import annotations

from pathlib import Path

from paralelo.translation.cache import TranslationCache, cache_key, default_cache_path


def test_default_location_is_the_user_cache_folder(tmp_path: Path) -> None:
    import os

    assert default_cache_path() == Path(os.environ["XDG_CACHE_HOME"]) / "paralelo" / \
        "translations.sqlite"


def test_put_get_and_upsert(tmp_path: Path) -> None:
    c = TranslationCache(tmp_path / "c.sqlite")
    c.put_many("apertium", "spa-eng_US", "3.8", [("hola", "hello"), ("adiós", "bye")])
    assert c.get_many("apertium", "spa-eng_US", "3.8", ["hola", "nada", "adiós"]) == {
        "hola": "hello", "adiós": "bye"}
    c.put_many("apertium", "spa-eng_US", "3.8", [("hola", "hi")])
    assert c.get_many("apertium", "spa-eng_US", "3.8", ["hola"]) == {"hola": "hi"}
    assert len(c) == 2


def test_engine_model_and_version_are_part_of_the_key(tmp_path: Path) -> None:
    c = TranslationCache(tmp_path / "c.sqlite")
    c.put_many("argos", "m", "1.0", [("hola", "hello")])
    assert c.get_many("argos", "m", "1.1", ["hola"]) == {}
    assert c.get_many("argos", "other", "1.0", ["hola"]) == {}
    assert c.get_many("apertium", "m", "1.0", ["hola"]) == {}
    assert cache_key("a", "b", "c", "d") != cache_key("a", "bc", "", "d")


def test_source_text_is_not_stored_in_clear(tmp_path: Path) -> None:
    c = TranslationCache(tmp_path / "c.sqlite")
    c.put_many("argos", "m", "1", [("texto confidencial", "x")])
    assert b"texto confidencial" not in (tmp_path / "c.sqlite").read_bytes()


def test_many_keys_in_one_lookup(tmp_path: Path) -> None:
    c = TranslationCache(tmp_path / "c.sqlite")
    pairs = [(f"frase {i}", f"sentence {i}") for i in range(1200)]
    c.put_many("argos", "m", "1", pairs)
    assert c.get_many("argos", "m", "1", [s for s, _ in pairs]) == dict(pairs)


def test_damaged_cache_file_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    c = TranslationCache(path)
    c.put_many("argos", "m", "1", [("hola", "hello")])
    assert c.get_many("argos", "m", "1", ["hola"]) == {"hola": "hello"}
    assert len(list(tmp_path.glob("c.sqlite.corrupt-*"))) == 1


def test_unusable_cache_does_not_stop_translation(tmp_path: Path) -> None:
    from paralelo.translation import translate_paragraphs
    from paralelo.translation.base import NoneEngine

    class Upper(NoneEngine):
        name, model, version = "upper", "u", "1"

        def translate_units(self, units: list[str], cancel: object = None) -> list[str]:
            return [u.upper() for u in units]

    blocker = tmp_path / "file"
    blocker.write_text("x")
    cache = TranslationCache(blocker / "sub" / "c.sqlite")  # parent is a file: OSError
    out = translate_paragraphs(["hola"], Upper(), cache=cache)
    assert out[0].text == "HOLA" and out[0].error is None
