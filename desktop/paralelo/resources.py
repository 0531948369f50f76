"""Find Paralelo's read-only resources (icons, themes, i18n, fact tables, ...).

A packaged (PyInstaller) app unpacks them under ``sys._MEIPASS/resources``; a
source checkout keeps them in the repository's ``resources/`` folder. Code asks
here instead of building paths from ``__file__`` so both cases work unchanged.
Nothing is ever written into these folders: user data lives in the platform
data folder (platformdirs).
"""

from __future__ import annotations

import sys
from pathlib import Path

#: Environment variable that points at another resources folder (tests, distributors).
ENV_VAR = "PARALELO_RESOURCES"


def frozen() -> bool:
    """True inside a PyInstaller-built app."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def bundle_dir() -> Path | None:
    """The packaged app's data folder (``sys._MEIPASS``), or None from source."""
    base = getattr(sys, "_MEIPASS", None)
    return Path(base) if base else None


def _candidates() -> list[Path]:
    import os

    out: list[Path] = []
    override = os.environ.get(ENV_VAR)
    if override:
        out.append(Path(override))
    base = bundle_dir()
    if base is not None:
        out.append(base / "resources")
    here = Path(__file__).resolve()
    out.append(here.parents[2] / "resources")  # repo/desktop/paralelo/resources.py
    return out


def resources_dir() -> Path:
    """The first existing resources folder (bundle, else source tree)."""
    candidates = _candidates()
    for c in candidates:
        if c.is_dir():
            return c
    raise FileNotFoundError("Paralelo resources not found (looked in: "
                            + ", ".join(str(c) for c in candidates) + ")")


def resource_path(*parts: str) -> Path:
    """Path of a resource, e.g. ``resource_path("icons", "paralelo.svg")``.

    The path may not exist (callers decide whether a missing file is an error);
    ``..`` components are refused so user-given names cannot escape the folder.
    """
    if any(p in ("..", "") or Path(p).is_absolute() for part in parts
           for p in Path(part).parts or ("",)):
        raise ValueError(f"bad resource path: {'/'.join(parts)!r}")
    return resources_dir().joinpath(*parts)
