"""How long will aligning take? Paragraph count × measured cost per paragraph per engine.

Each finished job updates the engine's cost (seconds per Spanish paragraph,
everything included: import, translation, alignment, facts), smoothed so one
cached or unusual run does not swing the next estimate. Before a job
estimated at more than `WARN_SECONDS` the window asks first.
"""

from __future__ import annotations

import json
from typing import Any

from paralelo.gui.settings import remember, remembered

WARN_SECONDS = 60.0
#: First guesses (seconds per Spanish paragraph) until a run on this machine is measured.
DEFAULT_COST = {"argos": 0.8, "apertium": 0.15, "none": 0.01}
_KEY = "estimate/cost_per_paragraph"


def _stored() -> dict[str, float]:
    try:
        data = json.loads(remembered(_KEY, "{}"))
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): float(v) for k, v in data.items()
            if isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0}


def costs() -> dict[str, float]:
    """The measured costs (defaults for engines never measured)."""
    return {**DEFAULT_COST, **_stored()}


def estimate_seconds(paragraphs: int, engine: str, table: dict[str, float] | None = None) -> float:
    table = table if table is not None else costs()
    return max(0, paragraphs) * table.get(engine, max(table.values()))


def realign_seconds(result: dict[str, Any], engine: str,
                    table: dict[str, float] | None = None) -> float:
    """Re-align's estimate: Spanish paragraphs without a translation cost the engine's
    rate; those already translated come from the translation cache, at the "none" rate."""
    paras = [p for p in (result.get("documents") or [{}])[0].get("paragraphs") or []
             if not p.get("boilerplate") and p.get("kind") != "code"]
    missing = sum(1 for p in paras if p.get("mt") is None)
    return (estimate_seconds(missing, engine, table)
            + estimate_seconds(len(paras) - missing, "none", table))


def record(engine: str, paragraphs: int, seconds: float) -> None:
    """Fold one measured run into the engine's cost (a moving average)."""
    if paragraphs <= 0 or seconds <= 0:
        return
    stored = _stored()
    new = seconds / paragraphs
    old = stored.get(engine)
    stored[engine] = new if old is None else 0.5 * old + 0.5 * new
    remember(_KEY, json.dumps(stored))


def resolve_engine(pref: str) -> str:
    """The engine a preference will use now ("auto" → argos, apertium or none)."""
    try:
        from paralelo.translation import get_engine

        return str(get_engine(pref).name)
    except Exception:  # not installed, or a UserError: aligning will say why
        return pref if pref in DEFAULT_COST else "none"


def eta_seconds(done: int, total: int, elapsed: float) -> float | None:
    """Time left at the rate so far, or None while there is too little to go on."""
    if total <= 0 or done <= 0 or elapsed < 1.0 or done >= total:
        return None
    return elapsed * (total - done) / done
