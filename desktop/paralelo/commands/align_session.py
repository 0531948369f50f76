"""Where ``paralelo align --session S`` writes, and what happens to the review already in S.

Kept apart from align.py so the write path reads on its own. The session is
built whole beside S and renamed over it only when complete (storage/build.py):
a kill or a full disk at any moment leaves S as it was. Over an existing S
(``--force``), S is locked for the whole run (a window editing it makes the
command stop at once) and the links S's reviewer worked on — confirmed,
flagged, noted, hand-made — go to the aligner as anchors and come back with
their review, as Re-align does. If some of them cannot be carried (their
paragraphs changed), S is replaced only with ``--discard-review``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType
from typing import Any

from paralelo.app.realign import as_anchor, carriable, merge_review, review_counts
from paralelo.core.document import Document
from paralelo.core.errors import UserError
from paralelo.core.links import Link


class SessionTarget:
    """The ``--session`` file of one run: lock, review to carry, the final atomic write."""

    def __init__(self, path: str, *, force: bool, discard_review: bool) -> None:
        self.path = Path(path).expanduser()
        self.force = force
        self.discard_review = discard_review
        self._lock: Any = None
        self._kept: list[dict[str, Any]] = []
        self._old_docs: list[dict[str, Any]] = []
        self._carried: list[dict[str, Any]] = []

    def __enter__(self) -> SessionTarget:
        from paralelo.storage.lock import WriterLock

        if self.path.exists():
            if not self.force:
                raise UserError(f"{self.path}: already exists (use --force to replace it)")
            self._lock = WriterLock(self.path)
            try:
                self._read_review()
            except BaseException:
                self._release()
                raise
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._release()

    def _release(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _read_review(self) -> None:
        """The reviewed links of the session about to be replaced (if it is one)."""
        from paralelo.app.realign import reviewed_links
        from paralelo.storage import NotParalelo, NotSQLite, Session, SessionEmpty, SessionError

        try:
            with Session.open(self.path, readonly=True) as old:
                result = old.to_result_json(include_review=True, include_diff=False)
        except (NotSQLite, NotParalelo, SessionEmpty):
            return  # not a session: --force is the consent to replace it
        except SessionError as exc:
            if self.discard_review:
                return
            raise UserError(f"{exc}; its review cannot be read to carry it over: use "
                            "--discard-review to replace it anyway") from None
        self._kept = reviewed_links(result)
        self._old_docs = list(result.get("documents") or [])

    def anchors(self, es: Document, ens: list[Document]) -> list[Link]:
        """Reviewed links to keep through the alignment; refuses before any work if some
        cannot be kept and ``--discard-review`` was not given."""
        if not self._kept:
            return []
        if self.discard_review:
            print(f"paralelo: discarding the review in {self.path} "
                  f"({review_counts(self._kept)})", file=sys.stderr)
            return []
        ok, lost = carriable(self._kept, self._old_docs, es, ens)
        if lost:
            raise UserError(f"{self.path}: holds review work on paragraphs these documents do "
                            f"not have ({review_counts(lost)}); use --discard-review to replace "
                            "it anyway, or write to another --session file")
        self._carried = ok
        return [as_anchor(lk) for lk in ok]

    def write(self, result: dict[str, Any], documents: list[Document]) -> None:
        """Store ``result`` (with the carried review) at the path, atomically."""
        from paralelo.storage.build import build_session, ensure_folder
        from paralelo.storage.errors import SessionReadOnly
        from paralelo.storage.lock import WriterLock

        if self._carried:
            merge_review(result, self._carried)
        if self._lock is None:  # a new file: lock it only now, and check nobody made it
            ensure_folder(self.path)
            try:
                self._lock = WriterLock(self.path)
            except SessionReadOnly as exc:
                raise UserError(f"{self.path}: cannot create a session there "
                                f"({_cause(exc)})") from None
            if self.path.exists() and not self.force:
                raise UserError(f"{self.path}: already exists (use --force to replace it)")
        build_session(self.path, result, documents)
        if self._carried:
            print(f"paralelo: kept the review of {len(self._carried)} links "
                  f"({review_counts(self._carried)})", file=sys.stderr)


def _cause(exc: Exception) -> str:
    """The OS reason inside a storage message ("... (Permission denied); ...")."""
    text = str(exc)
    start, end = text.find("("), text.find(")")
    return text[start + 1:end] if 0 <= start < end else text
