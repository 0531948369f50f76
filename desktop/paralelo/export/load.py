"""Read what an export starts from: a session file or an alignment JSON file.

Both end up as the dict of docs/json-schema.md, checked by the shared
`paralelo.core.result.normalise_result` before any exporter runs, because a
hand-edited or truncated JSON that points at a paragraph that does not exist
must fail with one clear line, not with an IndexError halfway through
writing a file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from paralelo.core.errors import UserError
from paralelo.core.result import normalise_result as normalise_result  # export API
from paralelo.core.result import parse_result_json

SQLITE_MAGIC = b"SQLite format 3\x00"


def load_result(path: str | Path) -> dict[str, Any]:
    """Load and normalise a ``.paralelo`` session or an alignment ``.json``, by content."""
    p = Path(path)
    if p.is_dir():
        raise UserError(f"{p}: is a folder, not a session or alignment file")
    if not p.is_file():
        raise UserError(f"{p}: no such file")
    try:
        with p.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
            data = head + fh.read() if head != SQLITE_MAGIC else b""
    except OSError as exc:
        raise UserError(f"{p}: cannot read ({exc.strerror or exc})") from None
    if head == SQLITE_MAGIC:
        return normalise_result(_session_result(p))
    return parse_result_json(data, p, "neither a Paralelo session nor an alignment JSON file")


def _session_result(path: Path) -> dict[str, Any]:
    try:
        from paralelo.storage.session import Session
    except ImportError:
        raise UserError(f"{path}: this build cannot read session files") from None
    session = Session.open(path, readonly=True)
    try:
        return session.to_result_json(include_review=True)
    finally:
        close = getattr(session, "close", None)
        if callable(close):
            close()
