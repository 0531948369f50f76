"""JSON export: the alignment contract of docs/json-schema.md, with review state.

The output is the normalised result (every link has an ``id`` and a
``review``), restricted to the links the status filter keeps; documents are
always complete so every index stays valid. Text is written as UTF-8, not
``\\u`` escapes; lone surrogates (which UTF-8 cannot encode) become U+FFFD one
for one, so all code-point and UTF-16 spans stay valid.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from paralelo.core.progress import CancelToken, check
from paralelo.export.common import ExportRow, atomic_output, fix_surrogates


def _fix(value: Any) -> Any:
    if isinstance(value, str):
        return fix_surrogates(value)
    if isinstance(value, list):
        return [_fix(v) for v in value]
    if isinstance(value, dict):
        return {fix_surrogates(str(k)): _fix(v) for k, v in value.items()}
    return value


def export_dict(result: dict[str, Any], rows: list[ExportRow]) -> dict[str, Any]:
    """The exported object: ``result`` with only the links of ``rows``."""
    keep = {r.link_id for r in rows}
    out = {k: v for k, v in result.items() if k != "links"}
    out["links"] = [lk for lk in result["links"] if lk["id"] in keep]
    return _fix(out)


def write_json(rows: list[ExportRow], out: str | Path, *, result: dict[str, Any],
               cancel: CancelToken | None = None) -> int:
    """Write the filtered, normalised result as JSON to ``out`` atomically."""
    check(cancel)
    data = export_dict(result, rows)
    with atomic_output(out) as tmp, tmp.open("w", encoding="utf-8", newline="\n") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=2, allow_nan=False)
        fh.write("\n")
    return len(data["links"])
