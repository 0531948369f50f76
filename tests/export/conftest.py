"""Fixtures of the export tests (data builders live in export_fixtures.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from export_fixtures import hostile_result, seed_result


@pytest.fixture
def hostile() -> dict[str, Any]:
    return hostile_result()


@pytest.fixture
def seed(seeds_dir: Path) -> dict[str, Any]:
    return seed_result(seeds_dir)
