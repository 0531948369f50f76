"""Fixtures of the reliability suite (issue 18); the builders themselves are in hostile.py."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hostile import is_root, small_disk


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    """A small real disk that can be filled (needs root: CI runs as root)."""
    if not is_root():
        pytest.skip("mounting a small tmpfs to fill needs root (CI runs as root)")
    with small_disk(tmp_path) as mount:
        yield mount
