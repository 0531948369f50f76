"""Lone surrogates: UTF-16 halves that JSON input (``"\\ud800"``) can carry.

UTF-8 cannot encode them, so SQLite, files and Qt would fail on them; every
boundary that stores or writes text replaces each with U+FFFD, one for one,
so code-point spans computed on the text stay valid.
"""

from __future__ import annotations

import re
from typing import Any

_SURROGATE = re.compile("[\ud800-\udfff]")

__all__ = ["fix_surrogates", "fix_surrogates_deep", "has_surrogates"]


def has_surrogates(text: str) -> bool:
    return _SURROGATE.search(text) is not None


def fix_surrogates(text: str) -> str:
    """Replace lone surrogates with U+FFFD, one for one, so code-point spans stay valid."""
    return _SURROGATE.sub("\ufffd", text)


def fix_surrogates_deep(value: Any) -> Any:
    """A copy of a JSON-like value (dicts, lists, tuples, strings) with every string fixed.

    Dict keys are fixed too; other values (numbers, None, objects) are kept as they are.
    """
    if isinstance(value, str):
        return fix_surrogates(value)
    if isinstance(value, dict):
        return {fix_surrogates_deep(k): fix_surrogates_deep(v) for k, v in value.items()}
    if isinstance(value, list):
        return [fix_surrogates_deep(v) for v in value]
    if isinstance(value, tuple):
        return tuple(fix_surrogates_deep(v) for v in value)
    return value
