"""The one checker of the alignment JSON (docs/json-schema.md).

Exporters, sessions (`Session.save_result`) and the GUI's JSON loader all
start from this dict, often hand-edited or truncated. `normalise_result`
checks it deeply once, so a link that points at a paragraph that does not
exist fails with one clear line naming the link, instead of an IndexError
halfway through writing a file or a KeyError deep in the storage code; and
missing link ids and review fields are filled the same way everywhere.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from paralelo.core.errors import UserError

REVIEW_STATUSES = ("unreviewed", "confirmed", "flagged")


def _fail(msg: str) -> UserError:
    return UserError(f"invalid alignment data: {msg}")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _index(value: Any, size: int, what: str) -> int:
    if not _is_int(value) or not 0 <= value < size:
        raise _fail(f"{what} refers to paragraph {value!r}, which does not exist")
    return int(value)


def load_result_json(path: str | Path) -> dict[str, Any]:
    """Read and normalise an alignment JSON file (``paralelo align --json``)."""
    p = Path(path)
    if p.is_dir():
        raise UserError(f"{p}: is a folder, not an alignment JSON file")
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise UserError(f"{p}: no such file") from None
    except OSError as exc:
        raise UserError(f"{p}: cannot read ({exc.strerror or exc})") from None
    return parse_result_json(data, p, "not an alignment JSON file")


def parse_result_json(data: bytes, source: str | Path, not_json: str) -> dict[str, Any]:
    """Decode (UTF-8, BOM allowed) and normalise; ``not_json`` says what a non-JSON file is."""
    try:
        obj = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise UserError(f"{source}: {not_json}") from None
    return normalise_result(obj)


def normalise_result(data: Any) -> dict[str, Any]:
    """Return a checked copy with defaults filled (link ids, review); ``data`` is untouched.

    A link without a usable id (a positive whole number) gets the next one
    after the highest id in use; a paragraph without ``index`` gets its
    position, and an ``index`` other than its position is refused (links
    refer to paragraphs by it, so the two must agree).
    """
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
    docs = result["documents"] = [_check_document(d, n) for n, d in enumerate(docs, 1)]
    by_id: dict[str, dict[str, Any]] = {}
    for d in docs:
        if d["id"] in by_id:
            raise _fail(f"duplicate document id {d['id']!r}")
        by_id[d["id"]] = d
    es = by_id.get("es") or next((d for d in docs if d.get("lang") == "es"), None)
    links = result.setdefault("links", [])
    if not isinstance(links, list):
        raise _fail("\"links\" is not a list")
    links = result["links"] = [dict(lk) if isinstance(lk, dict) else lk for lk in links]
    used = {lk["id"] for lk in links if isinstance(lk, dict) and _usable_id(lk.get("id"))}
    next_id = max(used, default=0) + 1
    seen: set[int] = set()
    for n, link in enumerate(links, 1):
        if not isinstance(link, dict):
            raise _fail(f"link #{n} is not an object")
        if not _usable_id(link.get("id")):
            link["id"], next_id = next_id, next_id + 1
        lid = link["id"]
        if lid in seen:
            raise _fail(f"duplicate link id {lid}")
        seen.add(lid)
        _check_link(link, es, by_id)
    _check_candidates(result, es, by_id)
    return result


def _usable_id(value: Any) -> bool:
    return _is_int(value) and value > 0


def _check_document(d: Any, n: int) -> dict[str, Any]:
    """Check one document; a copy only when a paragraph index has to be filled in."""
    if not isinstance(d, dict) or not isinstance(d.get("id"), str) or not d["id"]:
        raise _fail(f"document #{n} has no id")
    name = f"document {d['id']!r}"
    paras = d.get("paragraphs")
    if not isinstance(paras, list):
        raise _fail(f"{name}: \"paragraphs\" must be a list")
    filled = False
    for k, p in enumerate(paras):
        where = f"{name}, paragraph #{k}"
        if not isinstance(p, dict):
            raise _fail(f"{where} is not an object")
        if not isinstance(p.get("text"), str):
            raise _fail(f"{where} has no text")
        if "index" not in p:
            filled = True
        elif not _is_int(p["index"]) or p["index"] != k:
            raise _fail(f"{where} has index {p['index']!r} (expected {k}: paragraphs are "
                        "numbered 0, 1, 2... in order)")
        if p.get("mt") is not None and not isinstance(p["mt"], str):
            raise _fail(f"{where} has a non-text translation")
    if not filled:
        return d
    return {**d, "paragraphs": [p if "index" in p else {"index": k, **p}
                                for k, p in enumerate(paras)]}


def _check_link(link: dict[str, Any], es: dict[str, Any] | None,
                by_id: dict[str, dict[str, Any]]) -> None:
    lid = link["id"]
    _check_refs(link, f"link {lid}", es, by_id)
    for key in ("facts", "only_es", "only_en", "diff"):
        value = link.setdefault(key, [])
        if not isinstance(value, list) or not all(isinstance(x, dict) for x in value):
            raise _fail(f"link {lid}: \"{key}\" must be a list of objects")
    _fill_review(link)


def _check_refs(link: dict[str, Any], name: str, es: dict[str, Any] | None,
                by_id: dict[str, dict[str, Any]]) -> None:
    """Paragraph references, score and evidence of a link or a hidden candidate."""
    es_idx = link.setdefault("es", [])
    en_refs = link.setdefault("en", [])
    if not isinstance(es_idx, list) or not isinstance(en_refs, list):
        raise _fail(f"{name}: \"es\" and \"en\" must be lists")
    if es_idx and es is None:
        raise _fail(f"{name} has Spanish paragraphs but there is no Spanish document")
    for i in es_idx:
        _index(i, len(es["paragraphs"]) if es else 0, name)
    for ref in en_refs:
        if not isinstance(ref, dict) or not isinstance(ref.get("doc"), str) \
                or ref["doc"] not in by_id:
            raise _fail(f"{name} refers to an unknown English document")
        if by_id[ref["doc"]] is es:
            raise _fail(f"{name} lists Spanish document {ref['doc']!r} among its "
                        "English paragraphs")
        _index(ref.get("para"), len(by_id[ref["doc"]]["paragraphs"]),
               f"{name} (document {ref['doc']!r})")
    score = link.get("score")
    if score is not None and (isinstance(score, bool) or not isinstance(score, int | float)
                              or not math.isfinite(score)):
        raise _fail(f"{name}: score is not a number")
    if not isinstance(link.setdefault("evidence", {}), dict):
        raise _fail(f"{name}: \"evidence\" must be an object")


def _check_candidates(result: dict[str, Any], es: dict[str, Any] | None,
                      by_id: dict[str, dict[str, Any]]) -> None:
    """Hidden comparable candidates (optional): link-shaped, no id, facts or review."""
    cands = result.get("candidates")
    if cands is None:
        return
    if not isinstance(cands, list):
        raise _fail("\"candidates\" is not a list")
    result["candidates"] = cands = [dict(c) if isinstance(c, dict) else c for c in cands]
    for n, c in enumerate(cands, 1):
        if not isinstance(c, dict):
            raise _fail(f"candidate #{n} is not an object")
        _check_refs(c, f"candidate #{n}", es, by_id)


def _fill_review(link: dict[str, Any]) -> None:
    lid = link["id"]
    review = link.get("review")
    if review is None:
        review = {}
    if not isinstance(review, dict):
        raise _fail(f"link {lid}: \"review\" must be an object")
    review = link["review"] = dict(review)
    review.setdefault("status", "unreviewed")
    if review["status"] not in REVIEW_STATUSES:
        raise _fail(f"link {lid}: unknown review status {review['status']!r}")
    if review.get("note") is None:
        review["note"] = ""
    if not isinstance(review["note"], str):
        raise _fail(f"link {lid}: the review note is not text")
    review.setdefault("by", None)
    review.setdefault("at", None)
