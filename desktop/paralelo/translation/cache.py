"""SQLite translation cache, so re-opening a document does no model work.

Keyed by engine, model, model version and a SHA-256 of the source paragraph:
a new model version never serves stale translations, and the key never holds
the (possibly confidential) text itself in an index.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Iterable
from pathlib import Path

import sqlite_utils

from paralelo.paths import user_cache_dir

_TABLE = "translations"


def default_cache_path() -> Path:
    return user_cache_dir() / "translations.sqlite"


def cache_key(engine: str, model: str, version: str, text: str) -> str:
    raw = "\x1f".join((engine, model, version, text)).encode("utf-8")
    return hashlib.sha256(raw).hexdigest()


class TranslationCache:
    """Paragraph translations on disk; safe to share between threads (one connection per call)."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_cache_path()

    def _db(self) -> sqlite_utils.Database:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            return self._open()
        except sqlite3.DatabaseError:
            # A damaged cache is only a cache: keep it aside for inspection, start anew.
            self.path.replace(self.path.with_name(f"{self.path.name}.corrupt-{int(time.time())}"))
            return self._open()

    def _open(self) -> sqlite_utils.Database:
        db = sqlite_utils.Database(self.path)
        if _TABLE not in db.table_names():
            db[_TABLE].create(  # type: ignore[union-attr]
                {"key": str, "engine": str, "model": str, "version": str,
                 "translation": str, "created": float},
                pk="key", if_not_exists=True,
            )
        return db

    def get_many(self, engine: str, model: str, version: str,
                 texts: Iterable[str]) -> dict[str, str]:
        """Cached translations for ``texts`` (source text → translation)."""
        keys = {cache_key(engine, model, version, t): t for t in texts}
        if not keys:
            return {}
        db = self._db()
        found: dict[str, str] = {}
        key_list = list(keys)
        try:
            for i in range(0, len(key_list), 500):
                chunk = key_list[i : i + 500]
                marks = ",".join("?" * len(chunk))
                for key, tr in db.execute(
                    f"select key, translation from {_TABLE} where key in ({marks})", chunk
                ).fetchall():
                    found[keys[key]] = tr
        finally:
            db.close()
        return found

    def put_many(self, engine: str, model: str, version: str,
                 pairs: Iterable[tuple[str, str]]) -> None:
        now = time.time()
        rows = [{"key": cache_key(engine, model, version, src), "engine": engine,
                 "model": model, "version": version, "translation": tr, "created": now}
                for src, tr in pairs]
        if not rows:
            return
        db = self._db()
        try:
            db[_TABLE].upsert_all(rows, pk="key")  # type: ignore[union-attr]
        finally:
            db.close()

    def clear(self) -> None:
        db = self._db()
        try:
            db.execute(f"delete from {_TABLE}")
            db.conn.commit()
        finally:
            db.close()

    def __len__(self) -> int:
        db = self._db()
        try:
            return int(db[_TABLE].count)
        finally:
            db.close()
