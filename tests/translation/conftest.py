"""Fixtures for translation tests: a genuine tiny Argos package, Apertium skip rule."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from argos_fixture import build_argos_package

from paralelo.translation.apertium import apertium_version


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if apertium_version() is None:
        skip = pytest.mark.skip(reason="apertium with spa-eng_US is not installed")
        for item in items:
            if "apertium" in item.keywords:
                item.add_marker(skip)


@pytest.fixture(scope="session")
def argos_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real es→en .argosmodel (tiny random-weight Transformer, seed-trained SentencePiece)."""
    return build_argos_package(tmp_path_factory.mktemp("argos"))


@pytest.fixture(scope="session")
def wrong_pair_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_argos_package(tmp_path_factory.mktemp("argos-en-es"), from_code="en",
                               to_code="es", vocab_size=200)


@pytest.fixture
def installed_argos(argos_archive: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The tiny package installed through the real install path (in this test's data dir).

    Random weights never emit </s>, so decoding is capped at a few tokens to keep
    tests fast (the CLI path builds its own engine, hence the module default).
    """
    from paralelo.translation import argos
    from paralelo.translation.models import install_model

    monkeypatch.setattr(argos, "MAX_DECODING_LENGTH", 12)
    return install_model(argos_archive)
