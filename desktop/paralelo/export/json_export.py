"""JSON export: the alignment contract of docs/json-schema.md, with review state.

The output is the normalised result (every link has an ``id`` and a
``review``), restricted to the links the status filter keeps; documents are
always complete so every index stays valid. Text is written as UTF-8, not
``\\u`` escapes; lone surrogates (which UTF-8 cannot encode) become U+FFFD one
for one, so all code-point and UTF-16 spans stay valid.
"""

from __future__ import annotations

import codecs
import json
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from paralelo import __version__
from paralelo.core.atomic import atomic_path
from paralelo.core.progress import CancelToken, check
from paralelo.export.common import ExportRow


def _replace_surrogate(err: UnicodeError) -> tuple[bytes, int]:
    # bytes, because the UTF-8 encoder accepts only ASCII text replacements
    if isinstance(err, UnicodeEncodeError):
        return "\ufffd".encode() * (err.end - err.start), err.end
    raise err


#: Encoding error handler: a lone surrogate is written as U+FFFD (one for one).
codecs.register_error("paralelo-fffd", _replace_surrogate)


def export_dict(result: dict[str, Any], rows: list[ExportRow]) -> dict[str, Any]:
    """The exported object: ``result`` with only the links of ``rows``."""
    keep = {r.link_id for r in rows}
    # "format" and "generator" first: the generator marks the file as Paralelo's
    # (core/outputs.py reads only the first bytes to tell).
    out = {"format": result.get("format", 1),
           "generator": result.get("generator") or f"paralelo {__version__}"}
    out.update((k, v) for k, v in result.items() if k not in ("links", "format", "generator"))
    out["links"] = [lk for lk in result["links"] if lk["id"] in keep]
    return out


def _finite(value: Any) -> Any:
    """``value`` with NaN and infinities as null (JSON has no such numbers)."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, list):
        return [_finite(v) for v in value]
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    return value


def _dump(value: Any) -> str:
    try:
        return json.dumps(value, ensure_ascii=False, allow_nan=False)
    except ValueError:  # a NaN or infinity somewhere (rare): rewrite as null, as JS does
        return json.dumps(_finite(value), ensure_ascii=False, allow_nan=False)


def stream_json(data: dict[str, Any], write: Callable[[str], object], *,
                cancel: CancelToken | None = None) -> None:
    """Write ``data`` as JSON through ``write``, piece by piece: one document or link per line.

    Readable and diffable, each piece goes through the C encoder (an indented
    dump is pure Python, 3-4x slower), and the whole text never exists at once.
    """
    write("{\n")
    for n, (key, value) in enumerate(data.items()):
        write(f" {_dump(key)}: ")
        if key in ("documents", "links") and isinstance(value, list) and value:
            for i, item in enumerate(value):
                if i % 500 == 0:
                    check(cancel)
                write(("[\n  " if i == 0 else ",\n  ") + _dump(item))
            write("\n ]")
        else:
            write(_dump(value))
        write(",\n" if n < len(data) - 1 else "\n")
    write("}\n")


def write_json(rows: list[ExportRow], out: str | Path, *, result: dict[str, Any],
               cancel: CancelToken | None = None) -> int:
    """Write the filtered, normalised result as JSON to ``out`` atomically."""
    check(cancel)
    data = export_dict(result, rows)
    with atomic_path(out) as tmp, tmp.open("w", encoding="utf-8", errors="paralelo-fffd",
                                             newline="\n") as fh:
        stream_json(data, fh.write, cancel=cancel)
    return len(data["links"])
