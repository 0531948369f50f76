"""Builders of hostile inputs for the reliability suite (issue 18), shared by its tests.

Documents, reviewed sessions, damaged copies, foreign files and a tiny full
disk are all built here, by the tests themselves; nothing comes from outside
the repository. Import from ``hostile`` (a module name unique in tests/, so
it never clashes with another folder's conftest); fixtures are in conftest.py.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import random
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
DESKTOP = REPO / "desktop"

ES_WORDS = ("el", "gobierno", "acuerdo", "ministro", "comercio", "relaciones", "exteriores",
            "millones", "dólares", "presidente", "Bolivia", "Moscú", "año", "país", "nación")
EN_WORDS = ("the", "government", "agreement", "minister", "trade", "relations", "foreign",
            "million", "dollars", "president", "Bolivia", "Moscow", "year", "country", "nation")


def write_pair(folder: Path, n: int, *, seed: int = 0, stem: str = "doc") -> tuple[Path, Path]:
    """A Spanish text and its English "translation": ``n`` paragraphs each, in order, with
    shared numbers and names so the parallel aligner lines them up without any MT."""
    rng = random.Random(seed)
    es, en = [], []
    for k in range(n):
        num, year = rng.randint(10, 99_999), rng.randint(1950, 2030)
        words = [rng.randrange(len(ES_WORDS)) for _ in range(rng.randint(12, 30))]
        es.append(f"En {year}, " + " ".join(ES_WORDS[w] for w in words)
                  + f" con {num} personas (párrafo {k}).")
        en.append(f"In {year}, " + " ".join(EN_WORDS[w] for w in words)
                  + f" with {num} people (paragraph {k}).")
    es_path, en_path = folder / f"{stem}-es.txt", folder / f"{stem}-en.txt"
    es_path.write_text("\n\n".join(es) + "\n", encoding="utf-8")
    en_path.write_text("\n\n".join(en) + "\n", encoding="utf-8")
    return es_path, en_path


def cli_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(DESKTOP) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra)
    return env


def cli_cmd(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "paralelo.cli", *map(str, args)]


def run_cli(*args: str | Path, env: dict[str, str] | None = None, timeout: float = 300,
            **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """Run ``paralelo ARGS`` in a fresh interpreter (as a user would)."""
    return subprocess.run(cli_cmd(*args), capture_output=True, text=True, timeout=timeout,
                          env=env or cli_env(), **kwargs)


def assert_one_line_error(proc: subprocess.CompletedProcess[str], *needles: str) -> None:
    """Exit code 2, one ``paralelo: error:`` line on stderr, no traceback."""
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout
    errors = [ln for ln in proc.stderr.splitlines() if ln.startswith("paralelo: error:")]
    assert len(errors) == 1, proc.stderr
    for needle in needles:
        assert needle in errors[0], (needle, errors[0])


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fingerprint(path: Path) -> tuple[str, int, list[str]]:
    """Bytes, mtime (ns) and the folder listing: what "left untouched" means."""
    return digest(path), path.stat().st_mtime_ns, sorted(p.name for p in path.parent.iterdir())


def review_state(path: Path) -> dict[Any, tuple[str, str]]:
    """{(es, en): (status, note)} of every reviewed link, read through a copy of the file."""
    from paralelo.app.realign import link_key, reviewed_links
    from paralelo.storage import Session

    with Session.open_copy_readonly(path) as s:
        result = s.to_result_json(include_review=True, include_diff=False)
    return {link_key(lk): (lk["review"]["status"], lk["review"]["note"])
            for lk in reviewed_links(result)}


def integrity_ok(path: Path) -> bool:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()


def review_some(path: Path, *, seed: int = 0, n: int = 6) -> dict[Any, tuple[str, str]]:
    """Confirm, flag and annotate a few links of the session at ``path``; return the review."""
    from paralelo.storage import Session

    rng = random.Random(seed)
    with Session.open(path) as s:
        s.reviewer = "reliability"
        ids = [r.id for r in s.links() if r.es and r.en]
        for k, link_id in enumerate(rng.sample(ids, min(n, len(ids)))):
            if k % 3 == 0:
                s.confirm(link_id)
            elif k % 3 == 1:
                s.flag(link_id)
                s.set_note(link_id, f"marcado {k}")
            else:
                s.set_note(link_id, f"nota {k} «revisar»")
    state = review_state(path)
    assert len(state) == min(n, len(ids))
    return state


def make_reviewed_session(folder: Path, n: int = 40, *, seed: int = 0,
                          name: str = "review.paralelo") -> tuple[Path, Path, Path]:
    """Align a generated pair into a session and review some links: (session, es, en)."""
    es, en = write_pair(folder, n, seed=seed)
    session = folder / name
    proc = run_cli("align", "--es", es, "--en", en, "--engine", "none", "--session", session)
    assert proc.returncode == 0, proc.stderr
    review_some(session, seed=seed)
    return session, es, en


def raw_sql(path: Path, *statements: str) -> None:
    """Change a session behind Paralelo's back (to damage it), leaving no WAL behind."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    for side in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{path}{side}")


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


@contextlib.contextmanager
def small_disk(base: Path, size: str = "4m") -> Iterator[Path]:
    """A tmpfs of ``size`` mounted under ``base`` (root only), unmounted afterwards."""
    mount = base / f"disk-{uuid.uuid4().hex[:8]}"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount)],
                   check=True, capture_output=True)
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False, capture_output=True)
        with contextlib.suppress(OSError):
            mount.rmdir()


def fill(folder: Path, name: str = "filler.bin") -> Path:
    """Fill the disk holding ``folder`` to the last byte; return the filler file."""
    filler = folder / name
    chunk = b"\0" * 65536
    with open(filler, "wb", buffering=0) as fh:
        for size in (65536, 4096, 512, 1):
            try:
                while True:
                    fh.write(chunk[:size])
            except OSError:
                continue
    return filler
