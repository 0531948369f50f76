"""Fixtures of the corpus tests (data builders live in corpus_fixtures.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus_fixtures import write_pairs


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    """Six good pairs in one folder."""
    folder = tmp_path / "in"
    write_pairs(folder, 6)
    return folder
