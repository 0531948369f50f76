"""One set of per-user folders: every caller goes through paralelo.paths."""

from __future__ import annotations

import ast
import ntpath
import re
from pathlib import Path

import pytest
from platformdirs.macos import MacOS
from platformdirs.windows import Windows

from paralelo import paths

PKG = Path(__file__).resolve().parents[1] / "desktop" / "paralelo"


def test_only_paths_module_uses_platformdirs() -> None:
    users = []
    for path in PKG.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import) else
                     [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            if any(n.split(".")[0] == "platformdirs" for n in names):
                users.append(path.relative_to(PKG).as_posix())
    assert sorted(set(users)) == ["paths.py"]


def test_windows_folders_name_the_app_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """platformdirs' default appauthor would give %LOCALAPPDATA%\\paralelo\\paralelo."""
    local = r"C:\Users\ana\AppData\Local"
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", local)
    monkeypatch.setenv("WIN_PD_OVERRIDE_APPDATA", r"C:\Users\ana\AppData\Roaming")
    d = paths.dirs(Windows)

    def parts(p: str) -> list[str]:
        return [x for x in re.split(r"[\\/]", p) if x]

    assert parts(d.user_data_dir) == [*parts(local), "paralelo"]
    assert parts(d.user_cache_dir) == [*parts(local), "paralelo", "Cache"]
    for p in (d.user_config_dir, d.user_log_dir):
        assert parts(p).count("paralelo") == 1, p
    # The bug this guards against, made visible: the default author doubles the folder.
    assert parts(Windows("paralelo").user_data_dir)[-2:] == ["paralelo", "paralelo"]
    assert ntpath.isabs(d.user_data_dir.replace("/", "\\"))


def test_macos_folders(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(var)  # platformdirs honours them on macOS too
    d = paths.dirs(MacOS)
    assert d.user_data_dir.endswith("/Library/Application Support/paralelo")
    assert d.user_cache_dir.endswith("/Library/Caches/paralelo")


def test_every_caller_lands_in_the_same_folders(tmp_path: Path) -> None:
    """Linux: XDG folders (set per test by conftest), one ``paralelo`` folder each."""
    import os

    from paralelo import bundled
    from paralelo.core.facts.table import user_facts_dir
    from paralelo.storage.recent import recent_file
    from paralelo.translation.cache import default_cache_path
    from paralelo.translation.models import packages_dir

    data = Path(os.environ["XDG_DATA_HOME"]) / "paralelo"
    assert paths.user_data_dir() == data
    assert packages_dir().parent == data
    assert recent_file().parent == data
    assert bundled.record_path().parent == data
    assert default_cache_path().parent == Path(os.environ["XDG_CACHE_HOME"]) / "paralelo"
    assert user_facts_dir() == Path(os.environ["XDG_CONFIG_HOME"]) / "paralelo" / "facts"
    assert paths.user_log_dir().is_relative_to(Path(os.environ["XDG_STATE_HOME"]) / "paralelo")
