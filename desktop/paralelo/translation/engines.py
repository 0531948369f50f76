"""Pick an engine by name: argos, apertium, none, or auto (the best one installed)."""

from __future__ import annotations

import os

from paralelo.core.errors import UserError
from paralelo.translation.apertium import ApertiumEngine, apertium_executable, apertium_version
from paralelo.translation.argos import ArgosEngine
from paralelo.translation.base import Engine, NoneEngine
from paralelo.translation.models import find_es_en

ENGINE_NAMES = ("auto", "argos", "apertium", "none")


def _argos() -> ArgosEngine | None:
    m = find_es_en()
    return ArgosEngine(m.path, m.name, m.version) if m else None


def _apertium() -> ApertiumEngine | None:
    version = apertium_version()
    exe = apertium_executable()
    if not (version and exe):
        return None
    try:  # base seconds per paragraph before a stalled apertium is stopped
        timeout = float(os.environ.get("PARALELO_APERTIUM_TIMEOUT") or 20.0)
    except ValueError:
        raise UserError("PARALELO_APERTIUM_TIMEOUT must be a number of seconds") from None
    return ApertiumEngine(version, exe, timeout=max(timeout, 0.1))


def get_engine(name: str = "auto") -> Engine:
    """Return the named engine; "auto" prefers Argos, then Apertium, then none."""
    name = (name or "auto").lower()
    if name == "none":
        return NoneEngine()
    if name == "argos":
        engine: Engine | None = _argos()
        if engine is None:
            raise UserError("no Argos es→en model is installed (try `paralelo models install "
                            "FILE.argosmodel` or `paralelo models download es en`)")
        return engine
    if name == "apertium":
        engine = _apertium()
        if engine is None:
            raise UserError("Apertium is not available: install the `apertium` and "
                            "`apertium-eng-spa` packages (mode spa-eng_US)")
        return engine
    if name == "auto":
        return _argos() or _apertium() or NoneEngine()
    raise UserError(f"unknown engine {name!r} (choose from {', '.join(ENGINE_NAMES)})")


def available_engines() -> dict[str, str | None]:
    """Engine name → description if usable now, None if not (for menus and `models list`)."""
    a, p = _argos(), _apertium()
    return {"argos": a.describe() if a else None, "apertium": p.describe() if p else None,
            "none": NoneEngine().describe()}
