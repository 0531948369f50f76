"""Find Paralelo's read-only data: resources (icons, themes, i18n, fact tables, ...) and seeds.

The same two folders live in three places, looked up in this order:

- a PyInstaller app unpacks them under ``sys._MEIPASS/{resources,seeds}``;
- an installed wheel carries them as package data, ``paralelo/_data/{resources,seeds}``
  (setup.py copies the repository's folders there at build time);
- a source checkout (or an editable install) keeps them at the top of the
  repository, ``resources/`` and ``seeds/``.

Code asks here instead of building paths from ``__file__`` so every case works
unchanged. Nothing is ever written into these folders: user data lives in the
platform folders (paralelo.paths).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

#: Environment variable that points at another resources folder (tests, distributors).
ENV_VAR = "PARALELO_RESOURCES"
_PACKAGE = Path(__file__).resolve().parent


def frozen() -> bool:
    """True inside a PyInstaller-built app."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def bundle_dir() -> Path | None:
    """The packaged app's data folder (``sys._MEIPASS``), or None from source."""
    base = getattr(sys, "_MEIPASS", None)
    return Path(base) if base else None


def data_candidates(name: str) -> list[Path]:
    """Where the ``name`` folder (``resources`` or ``seeds``) may be, in lookup order."""
    out: list[Path] = []
    base = bundle_dir()
    if base is not None:
        out.append(base / name)
    out.append(_PACKAGE / "_data" / name)  # installed wheel
    out.append(_PACKAGE.parents[1] / name)  # repo/desktop/paralelo/resources.py
    return out


def data_dir(name: str, marker: str | None = None) -> Path:
    """The first existing ``name`` folder (holding ``marker`` when given).

    Raises FileNotFoundError naming every place looked at: a broken install
    must say so, not silently run without its data.
    """
    candidates = data_candidates(name)
    for c in candidates:
        if (c / marker).exists() if marker else c.is_dir():
            return c
    raise FileNotFoundError(f"Paralelo {name} not found (looked in: "
                            + ", ".join(str(c) for c in candidates) + ")")


def resources_dir() -> Path:
    """The resources folder: ``$PARALELO_RESOURCES``, else the first of data_candidates."""
    override = os.environ.get(ENV_VAR)
    if override and Path(override).is_dir():
        return Path(override)
    return data_dir("resources")


def resource_path(*parts: str) -> Path:
    """Path of a resource, e.g. ``resource_path("icons", "paralelo.svg")``.

    The path may not exist (callers decide whether a missing file is an error);
    ``..`` components are refused so user-given names cannot escape the folder.
    """
    if any(p in ("..", "") or Path(p).is_absolute() for part in parts
           for p in Path(part).parts or ("",)):
        raise ValueError(f"bad resource path: {'/'.join(parts)!r}")
    return resources_dir().joinpath(*parts)
