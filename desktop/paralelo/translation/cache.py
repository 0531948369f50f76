"""SQLite translation cache, so re-opening a document does no model work.

Keyed by engine, model, model version and a SHA-256 of the source paragraph:
a new model version never serves stale translations, and the key never holds
the (possibly confidential) text itself in an index.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from paralelo.paths import user_cache_dir

_TABLE = "translations"
# Plain sqlite3 (sqlite_utils costs ~0.1 s to import, on every `paralelo translate`);
# the same table sqlite_utils created before, so older caches keep working.
_CREATE = (f"create table if not exists [{_TABLE}] ([key] TEXT PRIMARY KEY, [engine] TEXT, "
           "[model] TEXT, [version] TEXT, [translation] TEXT, [created] FLOAT)")


def default_cache_path() -> Path:
    return user_cache_dir() / "translations.sqlite"


def cache_key(engine: str, model: str, version: str, text: str) -> str:
    raw = "\x1f".join((engine, model, version, text)).encode("utf-8")
    return hashlib.sha256(raw).hexdigest()


class TranslationCache:
    """Paragraph translations on disk; safe to share between threads (one connection per call)."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_cache_path()

    @contextlib.contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = self._open()
        except sqlite3.DatabaseError:
            # A damaged cache is only a cache: keep it aside for inspection, start anew.
            self.path.replace(self.path.with_name(f"{self.path.name}.corrupt-{int(time.time())}"))
            conn = self._open()
        try:
            with conn:  # commit on success
                yield conn
        finally:
            conn.close()

    def _open(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path)
        try:
            conn.execute(_CREATE)
        except sqlite3.DatabaseError:
            conn.close()
            raise
        return conn

    def get_many(self, engine: str, model: str, version: str,
                 texts: Iterable[str]) -> dict[str, str]:
        """Cached translations for ``texts`` (source text → translation)."""
        keys = {cache_key(engine, model, version, t): t for t in texts}
        if not keys:
            return {}
        found: dict[str, str] = {}
        key_list = list(keys)
        with self._db() as db:
            for i in range(0, len(key_list), 500):
                chunk = key_list[i : i + 500]
                marks = ",".join("?" * len(chunk))
                for key, tr in db.execute(
                    f"select key, translation from {_TABLE} where key in ({marks})", chunk
                ).fetchall():
                    found[keys[key]] = tr
        return found

    def put_many(self, engine: str, model: str, version: str,
                 pairs: Iterable[tuple[str, str]]) -> None:
        now = time.time()
        rows = [(cache_key(engine, model, version, src), engine, model, version, tr, now)
                for src, tr in pairs]
        if not rows:
            return
        with self._db() as db:
            db.executemany(f"insert or replace into {_TABLE} (key, engine, model, version, "
                           "translation, created) values (?, ?, ?, ?, ?, ?)", rows)

    def clear(self) -> None:
        with self._db() as db:
            db.execute(f"delete from {_TABLE}")

    def __len__(self) -> int:
        with self._db() as db:
            return int(db.execute(f"select count(*) from {_TABLE}").fetchone()[0])
