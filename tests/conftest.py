"""Shared test fixtures.

Every test runs with its own data/config/cache folders (platformdirs honours
XDG_* on Linux) so nothing touches the user's real sessions or models, and
with Qt offscreen so no display is needed.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
SHARED = REPO.parent / "shared"


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    base = tmp_path_factory.mktemp("xdg")
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        (base / var).mkdir()
        monkeypatch.setenv(var, str(base / var))
    monkeypatch.setenv("HOME", str(base))
    yield


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS
