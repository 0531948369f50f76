"""Preferences and remembered dialog choices, persisted with QSettings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

ENGINES = ("auto", "argos", "apertium", "none")


def qsettings() -> QSettings:
    return QSettings("Paralelo", "paralelo")


@dataclass
class Prefs:
    engine: str = "auto"
    font_size: int = 0  # 0 = the system default
    theme: str = "light"
    view: str = "both"

    @classmethod
    def load(cls) -> Prefs:
        s = qsettings()
        p = cls()
        engine = str(s.value("engine", p.engine))
        p.engine = engine if engine in ENGINES else "auto"
        try:
            p.font_size = max(0, min(32, int(s.value("font_size", 0))))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            p.font_size = 0
        theme = str(s.value("theme", p.theme))
        p.theme = theme if theme in ("light", "dark") else "light"
        view = str(s.value("view", p.view))
        p.view = view if view in ("original", "translation", "both") else "both"
        return p

    def save(self) -> None:
        s = qsettings()
        s.setValue("engine", self.engine)
        s.setValue("font_size", self.font_size)
        s.setValue("theme", self.theme)
        s.setValue("view", self.view)
        s.sync()



def documents_dir() -> Path:
    """The user's documents folder (where new sessions and exports go by default)."""
    loc = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path = Path(loc) if loc else Path.home()
    try:  # a fresh account may not have one yet; the default must be usable as it is
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        return Path.home()
    return path


def remembered(key: str, default: str = "") -> str:
    """A remembered dialog choice (last export folder, format…), or ``default``."""
    value = qsettings().value(key, default)
    return str(value) if value is not None else default


def remember(key: str, value: str) -> None:
    s = qsettings()
    s.setValue(key, value)
    s.sync()
