"""Helpers shared by the packaging tests and the packaging benchmark."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[2]


def load_build_script() -> ModuleType:
    """packaging/build.py as a module (it is a script, not part of the package)."""
    spec = importlib.util.spec_from_file_location("paralelo_build", REPO / "packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def first_start_env(home: Path, **extra: str) -> dict[str, str]:
    """A first-start environment: empty home and XDG folders, no source tree on the path."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("XDG_", "PYTHON", "PARALELO_"))}
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        (home / var).mkdir(parents=True, exist_ok=True)
        env[var] = str(home / var)
    env["HOME"] = str(home)
    env.update(extra)
    return env
