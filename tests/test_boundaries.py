"""Architecture rules: only paralelo.gui imports Qt; CLI paths stay Qt-free."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "desktop" / "paralelo"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_only_gui_imports_qt() -> None:
    offenders = []
    for path in PKG.rglob("*.py"):
        rel = path.relative_to(PKG)
        if rel.parts[0] == "gui":
            continue
        if any(n.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"}
               for n in _imports(path)):
            offenders.append(str(rel))
    assert offenders == []


def test_cli_does_not_load_qt() -> None:
    code = (
        "import sys; from paralelo import cli; cli.build_parser();"
        "import paralelo.core, paralelo.translation, paralelo.storage, paralelo.export;"
        "print([m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_no_heavy_ml_packages_installed() -> None:
    from importlib import metadata

    names = {(d.metadata["Name"] or "").lower() for d in metadata.distributions()}
    assert not names & {"torch", "stanza", "spacy"}
