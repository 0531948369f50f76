"""Layers you can see: the import-linter contracts in pyproject.toml, checked on every run.

core ← translation/storage/export ← app ← commands/gui/selftest/bench ← cli
(docs/architecture.md). A violation fails with import-linter's explanation of
the offending import chain.
"""

from __future__ import annotations

import itertools
import shutil
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

REPO = Path(__file__).resolve().parents[1]
PKG = REPO / "desktop" / "paralelo"
LINT = Path(sys.executable).with_name("lint-imports")


def _lint(desktop: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(LINT), "--no-cache", "--config", str(REPO / "pyproject.toml")],
                          capture_output=True, text=True, cwd=desktop.parent, timeout=300,
                          env={"PYTHONPATH": str(desktop), "PATH": "/usr/bin:/bin"}, check=False)


def test_import_contracts_are_kept() -> None:
    proc = _lint(REPO / "desktop")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "0 broken" in proc.stdout


def test_every_top_level_module_has_a_layer() -> None:
    """A new package or module must be placed in a layer, or the contract ignores it."""
    import tomllib

    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    layers = next(c for c in config["tool"]["importlinter"]["contracts"] if c["id"] == "layers")
    placed = {name.strip() for layer in layers["layers"]
              for name in layer.replace(":", "|").split("|")}
    present = {p.stem if p.is_file() else p.name for p in PKG.iterdir()
               if (p.suffix == ".py" and p.stem != "__init__")
               or (p.is_dir() and (p / "__init__.py").is_file())}
    assert present - placed == set(), "place these in [tool.importlinter] layers"


@pytest.mark.parametrize("where", ["core", "translation"])
def test_a_core_import_of_translation_is_caught(tmp_path: Path, where: str) -> None:
    """The contract really bites: an upward import in a copy of the package breaks it."""
    desktop = tmp_path / "desktop"
    shutil.copytree(PKG, desktop / "paralelo",
                    ignore=shutil.ignore_patterns("__pycache__", "_data"))
    culprit, target = (("core", "paralelo.translation") if where == "core"
                       else ("translation", "paralelo.app.pipeline"))
    (desktop / "paralelo" / culprit / "sneaky.py").write_text(f"import {target}\n",
                                                              encoding="utf-8")
    proc = _lint(desktop)
    assert proc.returncode != 0
    assert f"paralelo.{culprit}.sneaky -> {target}" in proc.stdout, proc.stdout


def test_no_import_cycles_inside_core_align() -> None:
    """features.py used to import lexicon.py which imported features.stem back."""
    sys.path.insert(0, str(REPO / "desktop"))
    try:
        graph = grimp.build_graph("paralelo", cache_dir=None)
    finally:
        sys.path.remove(str(REPO / "desktop"))
    mods = sorted(m for m in graph.modules if m.startswith("paralelo.core.align."))
    cycles = [(a, b) for a, b in itertools.combinations(mods, 2)
              if graph.chain_exists(a, b) and graph.chain_exists(b, a)]
    assert cycles == []
