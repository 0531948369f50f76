"""The recent-sessions list: ``recent.json`` in the platform's user data folder.

Written atomically (temporary file, fsync, rename) so a crash while saving
it never leaves a half-written list; an unreadable list is treated as empty
rather than stopping the app from starting.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from paralelo.core.atomic import atomic_write
from paralelo.core.clock import now_iso
from paralelo.paths import user_data_dir

MAX_RECENT = 20


@dataclass(frozen=True, slots=True)
class RecentSession:
    path: str
    name: str
    opened: str  # ISO time of the last add_recent


def recent_file() -> Path:
    return user_data_dir() / "recent.json"


def _load() -> list[RecentSession]:
    try:
        data = json.loads(recent_file().read_text(encoding="utf-8"))
        return [RecentSession(str(e["path"]), str(e.get("name") or Path(e["path"]).name),
                              str(e.get("opened") or "")) for e in data["sessions"]]
    except (OSError, ValueError, KeyError, TypeError):
        return []


def _save(items: list[RecentSession]) -> None:
    target = recent_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    data = {"sessions": [{"path": r.path, "name": r.name, "opened": r.opened} for r in items]}
    with atomic_write(target, new_mode=0o600) as fh:  # paths may be confidential
        json.dump(data, fh, ensure_ascii=False, indent=1)


def _norm(path: str | Path) -> str:
    return str(Path(path).expanduser().resolve())


def list_recent(*, include_missing: bool = False) -> list[RecentSession]:
    """Most recent first; sessions whose file has gone are skipped."""
    items = _load()
    return items if include_missing else [r for r in items if Path(r.path).is_file()]


def add_recent(path: str | Path) -> None:
    """Put ``path`` at the top of the list (once), trimming to `MAX_RECENT`."""
    p = _norm(path)
    items = [RecentSession(p, Path(p).name, now_iso())]
    items += [r for r in _load() if r.path != p]
    _save(items[:MAX_RECENT])


def remove_recent(path: str | Path) -> None:
    p = _norm(path)
    items = _load()
    kept = [r for r in items if r.path != p]
    if len(kept) != len(items):
        _save(kept)
