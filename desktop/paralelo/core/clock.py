"""The one timestamp format of alignment JSON, sessions and review records.

Pipeline results, session metadata, undo steps and review stamps all carry
UTC ISO 8601 times to the second; one helper keeps them comparable.
"""

from __future__ import annotations

import datetime as _dt


def now_iso() -> str:
    """The current UTC time as ISO 8601 to the second, e.g. ``2026-11-25T12:00:00+00:00``."""
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")
