"""Paralelo's per-user folders: one appname and appauthor for every caller.

Every part of the app (sessions, models, translation cache, fact tables,
logs, the recent-files list, bundled-model record) asks here, so the folders
cannot drift apart. ``appauthor=False`` because platformdirs otherwise nests
the app folder inside an author folder of the same name on Windows
(``%LOCALAPPDATA%\\paralelo\\paralelo``). On Linux the XDG_* variables are
honoured (the tests rely on it); nothing here creates a folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from platformdirs import PlatformDirs
from platformdirs.api import PlatformDirsABC

APP_NAME = "paralelo"
APP_AUTHOR: Literal[False] = False


def dirs(impl: type[PlatformDirsABC] = PlatformDirs) -> PlatformDirsABC:
    """platformdirs for Paralelo (``impl`` lets tests ask another platform's answer).

    Built per call, not cached: XDG variables may change while a process runs (tests).
    """
    return impl(APP_NAME, APP_AUTHOR)


def user_data_dir() -> Path:
    """Sessions, Argos models, the recent list (``~/.local/share/paralelo`` on Linux)."""
    return Path(dirs().user_data_dir)


def user_cache_dir() -> Path:
    """The translation cache: safe to delete (``~/.cache/paralelo`` on Linux)."""
    return Path(dirs().user_cache_dir)


def user_config_dir() -> Path:
    """The user's own fact tables (``~/.config/paralelo`` on Linux)."""
    return Path(dirs().user_config_dir)


def user_log_dir() -> Path:
    """The GUI's crash log (``~/.local/state/paralelo/log`` on Linux)."""
    return Path(dirs().user_log_dir)
