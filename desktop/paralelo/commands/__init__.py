"""Headless CLI subcommands. Each module has ``register(subparsers)``.

No module here may import Qt: the CLI must run on machines without a display.
"""

from __future__ import annotations

import json
import sys
from typing import Any


def print_json(obj: Any, indent: int = 2) -> None:
    """Machine-readable output of every ``--json`` flag: UTF-8 text, not ``\\u`` escapes."""
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=indent)
    sys.stdout.write("\n")
