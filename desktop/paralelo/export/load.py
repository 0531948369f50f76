"""Read what an export starts from: a session file or an alignment JSON file.

Both end up as the dict of docs/json-schema.md. `normalise_result` checks it
deeply before any exporter runs, because a hand-edited or truncated JSON that
points at a paragraph that does not exist must fail with one clear line, not
with an IndexError halfway through writing a file.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from paralelo.core.errors import UserError
from paralelo.export.common import STATUSES

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
    try:
        obj = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise UserError(f"{p}: neither a Paralelo session nor an alignment JSON file") from None
    return normalise_result(obj)


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


def _fail(msg: str) -> UserError:
    return UserError(f"invalid alignment data: {msg}")


def _index(value: Any, size: int, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < size:
        raise _fail(f"{what} refers to paragraph {value!r}, which does not exist")
    return value


def normalise_result(data: Any) -> dict[str, Any]:
    """Return a checked copy with defaults filled (link ids, review); ``data`` is untouched."""
    if not isinstance(data, dict):
        raise _fail("expected a JSON object")
    fmt = data.get("format")
    if isinstance(fmt, int) and not isinstance(fmt, bool) and fmt > 1:
        raise UserError(f"alignment format {fmt} is newer than this Paralelo understands")
    if fmt != 1:
        raise _fail("missing or unknown \"format\" (expected 1)")
    # Shallow copies of exactly what gets defaults filled in: a deep copy of a
    # large session (diff ops, facts) costs seconds and is not needed.
    result = dict(data)
    if not isinstance(result.get("engine") or {}, dict):
        raise _fail("\"engine\" must be an object")
    docs = result.get("documents")
    if not isinstance(docs, list) or not docs:
        raise _fail("no documents")
    by_id: dict[str, dict[str, Any]] = {}
    for d in docs:
        if not isinstance(d, dict) or not isinstance(d.get("id"), str):
            raise _fail("a document has no id")
        if d["id"] in by_id:
            raise _fail(f"duplicate document id {d['id']!r}")
        paras = d.get("paragraphs")
        if not isinstance(paras, list) or not all(
                isinstance(p, dict) and isinstance(p.get("text"), str) for p in paras):
            raise _fail(f"document {d['id']!r} has malformed paragraphs")
        for p in paras:
            if p.get("mt") is not None and not isinstance(p["mt"], str):
                raise _fail(f"document {d['id']!r} has a non-text translation")
        by_id[d["id"]] = d
    es = by_id.get("es") or next((d for d in docs if d.get("lang") == "es"), None)
    links = result.setdefault("links", [])
    if not isinstance(links, list):
        raise _fail("\"links\" is not a list")
    links = result["links"] = [dict(lk) if isinstance(lk, dict) else lk for lk in links]
    used = {lk["id"] for lk in links if isinstance(lk, dict) and isinstance(lk.get("id"), int)}
    next_id = max(used, default=0) + 1
    seen: set[int] = set()
    for n, link in enumerate(links, 1):
        if not isinstance(link, dict):
            raise _fail(f"link #{n} is not an object")
        if not isinstance(link.get("id"), int) or isinstance(link["id"], bool):
            link["id"], next_id = next_id, next_id + 1
        lid = link["id"]
        if lid in seen:
            raise _fail(f"duplicate link id {lid}")
        seen.add(lid)
        _check_link(link, es, by_id)
    return result


def _check_link(link: dict[str, Any], es: dict[str, Any] | None,
                by_id: dict[str, dict[str, Any]]) -> None:
    lid = link["id"]
    es_idx = link.setdefault("es", [])
    en_refs = link.setdefault("en", [])
    if not isinstance(es_idx, list) or not isinstance(en_refs, list):
        raise _fail(f"link {lid}: \"es\" and \"en\" must be lists")
    if es_idx and es is None:
        raise _fail(f"link {lid} has Spanish paragraphs but there is no Spanish document")
    for i in es_idx:
        _index(i, len(es["paragraphs"]) if es else 0, f"link {lid}")
    for ref in en_refs:
        if not isinstance(ref, dict) or not isinstance(ref.get("doc"), str) \
                or ref["doc"] not in by_id:
            raise _fail(f"link {lid} refers to an unknown English document")
        _index(ref.get("para"), len(by_id[ref["doc"]]["paragraphs"]), f"link {lid}")
    score = link.get("score")
    if score is not None and (isinstance(score, bool) or not isinstance(score, int | float)
                              or not math.isfinite(score)):
        raise _fail(f"link {lid}: score is not a number")
    for key in ("facts", "only_es", "only_en", "diff"):
        value = link.setdefault(key, [])
        if not isinstance(value, list) or not all(isinstance(x, dict) for x in value):
            raise _fail(f"link {lid}: \"{key}\" must be a list of objects")
    if not isinstance(link.setdefault("evidence", {}), dict):
        raise _fail(f"link {lid}: \"evidence\" must be an object")
    review = link.get("review")
    if review is None:
        review = {}
    if not isinstance(review, dict):
        raise _fail(f"link {lid}: \"review\" must be an object")
    review = link["review"] = dict(review)
    review.setdefault("status", "unreviewed")
    if review["status"] not in STATUSES:
        raise _fail(f"link {lid}: unknown review status {review['status']!r}")
    if review.get("note") is None:
        review["note"] = ""
    if not isinstance(review["note"], str):
        raise _fail(f"link {lid}: the review note is not text")
    review.setdefault("by", None)
    review.setdefault("at", None)
