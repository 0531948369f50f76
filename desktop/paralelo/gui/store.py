"""Where the window's review data lives: a session file, or memory (Qt-free).

The window talks to a `Store`: it holds the current alignment dict (with
review state) and applies the stored operations (confirm, flag, note, link,
unlink, merge, split, move) with undo/redo. `MemoryStore` keeps everything in
memory (used before a session is saved and by tests); `SessionStore` in
`gui/session_store.py` forwards each operation to `paralelo.storage`.
"""

from __future__ import annotations

import copy
from typing import Any, Protocol

from paralelo.core.clock import now_iso
from paralelo.core.errors import UserError
from paralelo.core.result import REVIEW_STATUSES

Result = dict[str, Any]
EnRef = tuple[str, int]
STATUSES = REVIEW_STATUSES


class Store(Protocol):
    path: str | None

    def result(self) -> Result: ...
    def link_by_id(self, link_id: int) -> dict[str, Any] | None: ...
    def set_status(self, link_id: int, status: str) -> None: ...
    def set_note(self, link_id: int, text: str) -> None: ...
    def link(self, es: list[int], en: list[EnRef]) -> int: ...
    def unlink(self, link_id: int) -> None: ...
    def merge(self, ids: list[int]) -> int: ...
    def split(self, link_id: int) -> list[int]: ...
    def move_paragraph(self, src: int, dst: int, side: str, ref: int | EnRef) -> None: ...
    def replace_result(self, result: Result) -> None: ...
    def undo(self) -> None: ...
    def redo(self) -> None: ...
    def can_undo(self) -> bool: ...
    def can_redo(self) -> bool: ...
    def close(self) -> None: ...


def ensure_review(result: Result) -> Result:
    """Give every link a review dict (pipeline output has none); drop damaged entries."""
    links = result.get("links")
    result["links"] = [lk for lk in links if isinstance(lk, dict) and "id" in lk] \
        if isinstance(links, list) else []
    for link in result["links"]:
        rv = link.get("review") or {}
        link["review"] = {"status": rv.get("status") or "unreviewed", "note": rv.get("note") or "",
                          "by": rv.get("by"), "at": rv.get("at")}
    return result


def confirmed_links(result: Result) -> list[dict[str, Any]]:
    """Links a re-alignment must keep: confirmed ones and manual ones."""
    return [lk for lk in result.get("links") or []
            if (lk.get("review") or {}).get("status") == "confirmed" or lk.get("kind") == "manual"]


class MemoryStore:
    """In-memory store with snapshot undo; each operation replaces the links list."""

    def __init__(self, result: Result, path: str | None = None) -> None:
        self.path = path
        self._result = ensure_review(result)
        self._undo: list[list[dict[str, Any]]] = []
        self._redo: list[list[dict[str, Any]]] = []

    # -- reading
    def result(self) -> Result:
        return self._result

    def _links(self) -> list[dict[str, Any]]:
        return self._result.setdefault("links", [])

    def link_by_id(self, link_id: int) -> dict[str, Any] | None:
        return next((lk for lk in self._links() if lk.get("id") == link_id), None)

    def _need(self, link_id: int) -> dict[str, Any]:
        link = self.link_by_id(link_id)
        if link is None:
            raise UserError(f"link {link_id} no longer exists")
        return link

    def _next_id(self) -> int:
        return max((int(lk["id"]) for lk in self._links()), default=0) + 1

    def _commit(self, links: list[dict[str, Any]]) -> None:
        self._undo.append(self._links())
        self._redo.clear()
        self._result["links"] = links

    # -- review operations
    def _with_review(self, link_id: int, **changes: Any) -> None:
        old = self._need(link_id)
        new = dict(old)
        new["review"] = {**(old.get("review") or {}), **changes, "at": now_iso()}
        self._commit([new if lk is old else lk for lk in self._links()])

    def set_status(self, link_id: int, status: str) -> None:
        if status not in STATUSES:
            raise UserError(f"unknown review status {status!r}")
        self._with_review(link_id, status=status)

    def set_note(self, link_id: int, text: str) -> None:
        self._with_review(link_id, note=text)

    # -- structural operations
    def _manual(self, es: list[int], en: list[EnRef], link_id: int) -> dict[str, Any]:
        es_s, en_s = sorted(set(es)), sorted(set(en))
        return {"id": link_id, "es": es_s, "en": [{"doc": d, "para": p} for d, p in en_s],
                "score": 1.0, "kind": "manual", "mode": "manual", "evidence": {},
                "facts": [], "only_es": [], "only_en": [], "diff": [],
                "review": {"status": "confirmed", "note": "", "by": None, "at": now_iso()}}

    def link(self, es: list[int], en: list[EnRef]) -> int:
        if not es or not en:
            raise UserError("select at least one Spanish and one English paragraph to link")
        new_id = self._next_id()
        self._commit([*self._links(), self._manual(es, en, new_id)])
        return new_id

    def unlink(self, link_id: int) -> None:
        old = self._need(link_id)
        self._commit([lk for lk in self._links() if lk is not old])

    def merge(self, ids: list[int]) -> int:
        olds = [self._need(i) for i in ids]
        if len(olds) < 2:
            raise UserError("select two or more links to merge")
        es = [i for lk in olds for i in lk.get("es") or []]
        en = [(e["doc"], e["para"]) for lk in olds for e in lk.get("en") or []]
        new_id = self._next_id()
        keep = [lk for lk in self._links() if all(lk is not o for o in olds)]
        self._commit([*keep, self._manual(es, en, new_id)])
        return new_id

    def split(self, link_id: int) -> list[int]:
        """Split a many-paragraph link into one link per paragraph pair, in order."""
        old = self._need(link_id)
        es = list(old.get("es") or [])
        en = [(e["doc"], e["para"]) for e in old.get("en") or []]
        if len(es) < 2 and len(en) < 2:
            raise UserError("only a link with several paragraphs can be split")
        new_id, parts = self._next_id(), []
        for k in range(max(len(es), len(en))):
            part = self._manual(es[k:k + 1], en[k:k + 1], new_id + k)
            part["kind"] = "manual" if part["es"] and part["en"] else (
                "1-0" if part["es"] else "0-1")
            parts.append(part)
        keep = [lk for lk in self._links() if lk is not old]
        self._commit(keep + [p for p in parts if p["es"] and p["en"]])
        return [p["id"] for p in parts if p["es"] and p["en"]]

    def move_paragraph(self, src: int, dst: int, side: str, ref: int | EnRef) -> None:
        a, b = self._need(src), self._need(dst)
        a2, b2 = copy.deepcopy(a), copy.deepcopy(b)
        if side == "es":
            if ref not in a2["es"]:
                raise UserError("that Spanish paragraph is not in the link")
            a2["es"].remove(ref)
            b2["es"] = sorted({*b2["es"], ref})
        else:
            item = {"doc": ref[0], "para": ref[1]}  # type: ignore[index]
            if item not in a2["en"]:
                raise UserError("that English paragraph is not in the link")
            a2["en"].remove(item)
            b2["en"] = sorted([*b2["en"], item], key=lambda e: (e["doc"], e["para"]))
        for lk in (a2, b2):
            lk.update(kind="manual", mode="manual", facts=[], only_es=[], only_en=[], diff=[])
        links = []
        for lk in self._links():
            if lk is a:
                if a2["es"] or a2["en"]:
                    links.append(a2)
            else:
                links.append(b2 if lk is b else lk)
        self._commit(links)

    def replace_result(self, result: Result) -> None:
        """A new alignment (re-align): undoable like any operation."""
        self._undo.append(self._links())
        self._redo.clear()
        ensure_review(result)
        self._result = {**result, "links": result.get("links") or []}

    # -- history
    def undo(self) -> None:
        if not self._undo:
            return
        self._redo.append(self._links())
        self._result["links"] = self._undo.pop()

    def redo(self) -> None:
        if not self._redo:
            return
        self._undo.append(self._links())
        self._result["links"] = self._redo.pop()

    def can_undo(self) -> bool:
        return bool(self._undo)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def close(self) -> None:
        """Nothing to release."""
