"""Locate read-only resources (themes, translations, icons) for the GUI."""

from __future__ import annotations

from pathlib import Path

from paralelo.resources import resource_path


def resource_file(*parts: str) -> Path | None:
    """An existing resource file, or None (the GUI degrades gracefully without it)."""
    try:
        path = resource_path(*parts)
    except (FileNotFoundError, ValueError):
        return None
    return path if path.is_file() else None
