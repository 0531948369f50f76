"""Locate read-only resources (themes, translations, icons) for the GUI."""

from __future__ import annotations

from pathlib import Path


def resource_file(*parts: str) -> Path | None:
    """An existing resource file, or None (the GUI degrades gracefully without it)."""
    try:
        from paralelo.resources import resource_path

        path = resource_path(*parts)
    except (ImportError, FileNotFoundError, ValueError):
        path = Path(__file__).resolve().parents[3] / "resources" / Path(*parts)
    return path if path.is_file() else None
