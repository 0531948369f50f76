"""Moving an alignment JSON (docs/json-schema.md) into and out of the tables.

Known fields get columns so the GUI can query them; anything else a newer
pipeline adds (document or link keys) is kept in an ``extra`` / ``data`` JSON
so saving and reading back a result never drops information.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import json
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

from sqlite_utils import Database

from paralelo.core.document import Document, Paragraph
from paralelo.storage.errors import InvalidEdit
from paralelo.storage.records import FACT_KEYS, LinkRecord, dumps, insert_snapshots

DOC_KEYS = ("id", "path", "name", "lang", "sha256", "mode", "paragraphs", "format",
            "encoding", "text")
#: Between paragraphs when a document's text is rebuilt from them.
PARA_SEP = "\n\n"
LINK_KEYS = ("id", "es", "en", "score", "kind", "mode", "evidence", "review", "origin")


@contextlib.contextmanager
def no_gc() -> Iterator[None]:
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def link_snapshot(link: dict[str, Any], link_id: int, ord_: float,
                  default_origin: str = "auto") -> dict[str, Any]:
    """Turn one JSON link into a storage snapshot (see records.py)."""
    review = link.get("review") or {}
    data = {k: link.get(k) or [] for k in FACT_KEYS}
    data.update({k: v for k, v in link.items() if k not in LINK_KEYS and k not in FACT_KEYS})
    en = [[r["doc"], int(r["para"])] if isinstance(r, dict) else [r[0], int(r[1])]
          for r in link.get("en") or []]
    origin = link.get("origin") or ("manual" if link.get("kind") == "manual"
                                    else default_origin)
    return {
        "id": link_id, "ord": ord_, "mode": link.get("mode") or "",
        "kind": link.get("kind") or "", "score": float(link.get("score") or 0.0),
        "evidence": link.get("evidence") or {}, "origin": origin,
        "status": review.get("status") or "unreviewed", "note": review.get("note") or "",
        "reviewed_by": review.get("by"), "reviewed_at": review.get("at"),
        "es": sorted({int(i) for i in link.get("es") or []}),
        "en": sorted({(d, p) for d, p in en}), "data": data,
    }


def write_result(db: Database, result: dict[str, Any],
                 documents: Sequence[Document] | None = None) -> int:
    """Insert documents, paragraphs, translations and links; returns the link count.

    ``result`` has been through `core.result.normalise_result` (format, link
    ids and paragraph indices checked), so ids and indices are used as given.
    """
    conn = db.conn
    by_id = {d.id: d for d in documents or []}
    engine = result.get("engine") or {}
    meta = {"generator": result.get("generator"), "result_created": result.get("created"),
            "engine": engine,
            "result_extra": {k: v for k, v in result.items()
                             if k not in ("format", "generator", "created", "engine",
                                          "documents", "links")}}
    conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                     [(k, dumps(v)) for k, v in meta.items()])
    docs, paras, mts = [], [], []
    for n, d in enumerate(result.get("documents") or []):
        obj = by_id.get(d["id"])
        role = "es" if d["id"] == "es" else "en"
        docs.append({
            "id": d["id"], "ord": n, "role": role, "name": d.get("name") or d["id"],
            "path": d.get("path"), "lang": d.get("lang") or role, "mode": d.get("mode"),
            "sha256": d.get("sha256") or "",
            "format": d.get("format") or (obj.format if obj else None),
            "encoding": d.get("encoding") or (obj.encoding if obj else None),
            "text": d.get("text") or (obj.text if obj else None),
            "extra": dumps({k: v for k, v in d.items() if k not in DOC_KEYS})})
        objp = {p.index: p for p in obj.paragraphs} if obj else {}
        for p in d.get("paragraphs") or []:
            i = int(p["index"])
            src = objp.get(i)
            paras.append({"doc_id": d["id"], "idx": i, "text": p["text"],
                          "start": p.get("start", src.start if src else None),
                          "end": p.get("end", src.end if src else None),
                          "kind": p.get("kind") or "text",
                          "boilerplate": int(bool(p.get("boilerplate")))})
            if "mt" in p or "mt_error" in p:
                mts.append({"doc_id": d["id"], "idx": i, "text": p.get("mt"),
                            "error": p.get("mt_error"), "engine": engine.get("name"),
                            "model": engine.get("model"), "version": engine.get("version")})
    db.table("documents").insert_all(docs)
    # Bulk rows go through executemany: sqlite-utils' per-value type sniffing
    # costs about a second per 20,000 paragraphs.
    conn.executemany('INSERT INTO paragraphs (doc_id, idx, text, start, "end", kind, '
                     "boilerplate) VALUES (:doc_id, :idx, :text, :start, :end, :kind, "
                     ":boilerplate)", paras)
    conn.executemany("INSERT INTO translations (doc_id, idx, text, error, engine, model, "
                     "version) VALUES (:doc_id, :idx, :text, :error, :engine, :model, "
                     ":version)", mts)
    links = result.get("links") or []
    snaps = [link_snapshot(lk, lk["id"], float(n)) for n, lk in enumerate(links)]
    check_refs(conn, snaps)
    insert_snapshots(conn, snaps)
    return len(links)


def check_refs(conn: sqlite3.Connection, snaps: Sequence[dict[str, Any]]) -> None:
    """Every paragraph a link names must exist (Spanish in "es", English in an en doc)."""
    paras = {(d, i) for d, i in conn.execute("SELECT doc_id, idx FROM paragraphs")}
    english = {d for (d,) in conn.execute("SELECT id FROM documents WHERE role = 'en'")}
    for s in snaps:
        for i in s["es"]:
            if ("es", i) not in paras:
                raise InvalidEdit(f"invalid alignment data: link {s['id']} refers to Spanish "
                                  f"paragraph {i}, which does not exist")
        for d, p in s["en"]:
            if d not in english or (d, p) not in paras:
                raise InvalidEdit(f"invalid alignment data: link {s['id']} refers to English "
                                  f"paragraph {p} of {d!r}, which does not exist")


def read_documents_json(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    mt: dict[tuple[str, int], tuple[str | None, str | None]] = {
        (d, i): (t, e) for d, i, t, e in conn.execute(
            "SELECT doc_id, idx, text, error FROM translations")}
    paras: dict[str, list[dict[str, Any]]] = {}
    for doc_id, idx, text, start, end, kind, bp in conn.execute(
            'SELECT doc_id, idx, text, start, "end", kind, boilerplate FROM paragraphs '
            "ORDER BY doc_id, idx"):
        p: dict[str, Any] = {"index": idx, "text": text, "boilerplate": bool(bp), "kind": kind}
        if start is not None:
            p["start"], p["end"] = start, end
        if (doc_id, idx) in mt:
            p["mt"], p["mt_error"] = mt[doc_id, idx]
        paras.setdefault(doc_id, []).append(p)
    out = []
    for row in conn.execute("SELECT id, path, name, lang, sha256, mode, format, encoding, "
                            "extra FROM documents ORDER BY ord").fetchall():
        doc_id, path, name, lang, sha, mode, fmt, enc, extra = row
        d = {"id": doc_id, "path": path, "name": name, "lang": lang, "sha256": sha,
             "mode": mode, **_object(extra, f"document {doc_id}'s extra fields"),
             "paragraphs": paras.get(doc_id, [])}
        if fmt is not None:
            d["format"] = fmt
        if enc is not None:
            d["encoding"] = enc
        out.append(d)
    return out


def read_documents(conn: sqlite3.Connection) -> list[Document]:
    """Documents as core objects (text rebuilt from paragraphs if it was not stored)."""
    texts = dict(conn.execute("SELECT id, text FROM documents"))
    out = []
    for d in read_documents_json(conn):
        paragraphs = [Paragraph(index=p["index"], text=p["text"], start=p.get("start") or 0,
                                end=p.get("end") or 0, kind=p["kind"],
                                boilerplate=p["boilerplate"], lang=d["lang"])
                      for p in d["paragraphs"]]
        text = texts[d["id"]]
        if text is None:
            text, paragraphs = _rebuild_text(paragraphs)
        out.append(Document(id=d["id"], name=d["name"], text=text, lang=d["lang"],
                            paragraphs=paragraphs, path=d["path"],
                            format=d.get("format") or "txt",
                            encoding=d.get("encoding") or "utf-8", sha256=d["sha256"]))
    return out


def read_link_paras(conn: sqlite3.Connection, link_id: int | None = None,
                    ) -> tuple[dict[int, list[int]], dict[int, list[tuple[str, int]]]]:
    """Spanish paragraphs and English (doc, para) refs of every link, or just ``link_id``."""
    args: tuple[Any, ...] = () if link_id is None else (link_id,)
    sub = "" if link_id is None else "WHERE link_id = ?"
    es: dict[int, list[int]] = {}
    en: dict[int, list[tuple[str, int]]] = {}
    for lid, para in conn.execute(f"SELECT link_id, para FROM link_es {sub} "
                                  "ORDER BY link_id, para", args):
        es.setdefault(lid, []).append(para)
    for lid, doc, para in conn.execute(f"SELECT link_id, doc_id, para FROM link_en {sub} "
                                       "ORDER BY link_id, doc_id, para", args):
        en.setdefault(lid, []).append((doc, para))
    return es, en


def read_records(conn: sqlite3.Connection, link_id: int | None = None) -> list[LinkRecord]:
    """Every link (or just ``link_id``) in display order, with fact counts but no facts."""
    es, en = read_link_paras(conn, link_id)
    rows = conn.execute(
        "SELECT l.id, l.score, l.kind, l.mode, l.origin, l.status, l.note, l.reviewed_by, "
        "l.reviewed_at, COALESCE(f.n_facts, 0), COALESCE(f.n_only_es, 0), "
        "COALESCE(f.n_only_en, 0) FROM links l LEFT JOIN facts f ON f.link_id = l.id "
        f"{'' if link_id is None else 'WHERE l.id = ?'} ORDER BY l.ord, l.id",
        () if link_id is None else (link_id,))
    return [LinkRecord(r[0], tuple(es.get(r[0], ())), tuple(en.get(r[0], ())), *r[1:])
            for r in rows]


def _rebuild_text(paragraphs: list[Paragraph]) -> tuple[str, list[Paragraph]]:
    """A document text for paragraphs stored without one: joined by blank lines,
    with each paragraph's offsets pointing into it."""
    rebuilt, pos = [], 0
    for p in paragraphs:
        rebuilt.append(dataclasses.replace(p, start=pos, end=pos + len(p.text)))
        pos += len(p.text) + len(PARA_SEP)
    return PARA_SEP.join(p.text for p in paragraphs), rebuilt


def read_links_json(conn: sqlite3.Connection, include_review: bool,
                    link_id: int | None = None, include_diff: bool = True,
                    ) -> list[dict[str, Any]]:
    """All links in display order, or just ``link_id``, as JSON links.

    Without ``include_diff`` every "diff" is ``[]`` (diffs are most of the bytes).
    """
    one = link_id is not None
    args: tuple[Any, ...] = (link_id,) if one else ()
    es, en_pairs = read_link_paras(conn, link_id)
    en = {lid: [{"doc": d, "para": p} for d, p in refs] for lid, refs in en_pairs.items()}
    rows = conn.execute(
        "SELECT l.id, l.score, l.kind, l.mode, l.evidence, l.origin, l.status, l.note, "
        "l.reviewed_by, l.reviewed_at, f.data, "
        f"{'f.diff' if include_diff else 'NULL'} FROM links l "
        "LEFT JOIN facts f ON f.link_id = l.id "
        f"{'WHERE l.id = ?' if one else ''} ORDER BY l.ord, l.id", args).fetchall()
    # One json.loads over all blobs, with the cyclic GC paused (it would scan
    # the growing heap again and again while thousands of small dicts are
    # made), is about 3x faster than one loads per link.
    with no_gc():  # callers may hold it already; nesting is fine
        blobs = _link_blobs(rows)
    out = []
    for row, (evidence, data, diff) in zip(rows, blobs, strict=True):
        lid, score, kind, mode, _, origin, status, note, by, at, _, _ = row
        link: dict[str, Any] = {"id": lid, "es": es.get(lid, []), "en": en.get(lid, []),
                                "score": score, "kind": kind, "mode": mode,
                                "evidence": evidence}
        link.update(data if data is not None else {k: [] for k in FACT_KEYS})
        link["diff"] = diff
        if include_review:
            link["origin"] = origin
            link["review"] = {"status": status, "note": note, "by": by, "at": at}
        out.append(link)
    return out


def _link_blobs(rows: Sequence[Any]) -> list[Any]:
    """(evidence, facts data, diff) of every link row, parsed; damage raises `JSONDecodeError`.

    Fast path: one ``json.loads`` over all blobs. A damaged field can break
    it, or worse still parse by merging into its neighbours, so the shape is
    checked and, if wrong, each field is parsed alone to name the link.
    """
    try:
        blobs = json.loads("[" + ",".join(f"[{r[4]},{r[10] or 'null'},{r[11] or '[]'}]"
                                          for r in rows) + "]")
        if len(blobs) == len(rows) and all(_good_blob(b) for b in blobs):
            return list(blobs)
    except json.JSONDecodeError:
        pass
    out = []
    for r in rows:
        fields = []
        for name, raw, empty in (("evidence", r[4], "{}"), ("facts", r[10], "null"),
                                 ("diff", r[11], "[]")):
            try:
                fields.append(json.loads(raw or empty))
            except json.JSONDecodeError as exc:
                raise json.JSONDecodeError(f"link {r[0]}'s {name} is not valid JSON ({exc.msg})",
                                           "", 0) from None
        if not _good_blob(fields):
            raise json.JSONDecodeError(f"link {r[0]}'s stored fields have the wrong shape",
                                       "", 0)
        out.append(fields)
    return out


def _good_blob(blob: Any) -> bool:
    return (isinstance(blob, list) and len(blob) == 3 and isinstance(blob[0], dict)
            and (blob[1] is None or isinstance(blob[1], dict)) and isinstance(blob[2], list))


def _object(raw: str, what: str) -> dict[str, Any]:
    obj = json.loads(raw)
    if not isinstance(obj, dict):
        raise json.JSONDecodeError(f"{what} have the wrong shape", "", 0)
    return obj
