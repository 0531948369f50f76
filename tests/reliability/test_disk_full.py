"""Issue 18.3: a full disk refuses the action clearly and loses nothing.

A small tmpfs is mounted and filled to the last byte (root only; CI runs as
root). While reviewing: the edit is refused with a message about the full
disk (no raw OSError), nothing earlier is lost, the file stays readable and
passes ``PRAGMA integrity_check`` (never called damaged), no ``.lock`` is
left, and the same edit works once space is back. Creating a session or an
export on a full disk leaves no half-written file at the user's path.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile import (
    assert_one_line_error,
    fill,
    fingerprint,
    integrity_ok,
    make_reviewed_session,
    review_state,
    run_cli,
    write_pair,
)

from paralelo.storage import Session, SessionError, probe

FULL = "the disk is full"


def _session_on(disk: Path, tmp_path: Path, n: int = 60) -> tuple[Path, Path, Path]:
    session, es, en = make_reviewed_session(tmp_path, n)
    moved = disk / session.name
    moved.write_bytes(session.read_bytes())
    return moved, es, en


def test_edits_on_a_full_disk_are_refused_and_retry_works(disk: Path, tmp_path: Path) -> None:
    path, _, _ = _session_on(disk, tmp_path)
    before = review_state(path)
    with Session.open(path) as s:
        target = next(r.id for r in s.links() if r.status == "unreviewed")
        filler = fill(disk)
        refused = 0
        for attempt in range(40):  # a few WAL pages may still fit: keep going until refused
            try:
                s.set_note(target, f"nota larga {attempt} " + "x" * 20_000)
            except SessionError as exc:
                assert FULL in str(exc) and "\n" not in str(exc) and "damaged" not in str(exc)
                refused += 1
                break
        assert refused, "the disk never filled up"
        with pytest.raises(SessionError, match=FULL):
            s.confirm(target)
        kept = s.get_link(target)
        assert kept.status == "unreviewed"  # the refused action changed nothing
        filler.unlink()  # space is back: the same actions work
        s.confirm(target)
        s.set_note(target, "después")
    assert not (disk / f"{path.name}.lock").exists()
    assert integrity_ok(path)
    after = review_state(path)
    assert {k: v for k, v in after.items() if k in before} == before  # nothing earlier lost
    assert ("confirmed", "después") in after.values()
    assert probe(path).status == "ok"


def test_opening_on_a_full_disk_says_so_and_leaves_no_lock(disk: Path, tmp_path: Path) -> None:
    path, _, _ = _session_on(disk, tmp_path)
    filler = fill(disk)
    try:
        with Session.open(path) as s:  # may still open (no new pages needed) ...
            s.links()
    except SessionError as exc:  # ... or be refused, but never as "damaged"
        assert "damaged" not in str(exc) and "\n" not in str(exc)
    assert not (disk / f"{path.name}.lock").exists()
    verdict = probe(path)
    assert verdict.status == "disk_full" and not verdict.can_edit and verdict.can_open_copy
    assert "intact" in verdict.message
    filler.unlink()
    assert probe(path).status == "ok"
    assert integrity_ok(path)
    with Session.open(path, readonly=True) as s:
        assert s.summary()["links"] > 0


def test_new_session_on_a_full_disk_leaves_nothing(disk: Path, tmp_path: Path) -> None:
    es, en = write_pair(tmp_path, 200)
    fill(disk)
    target = disk / "new.paralelo"
    proc = run_cli("align", "--es", es, "--en", en, "--engine", "none", "--session", target)
    assert_one_line_error(proc, "new.paralelo", "full")
    assert sorted(p.name for p in disk.iterdir()) == ["filler.bin"]  # no session, no leftovers


def test_window_create_on_a_full_disk_leaves_nothing(disk: Path, tmp_path: Path) -> None:
    from paralelo.gui.session_store import create_store

    session, _, _ = make_reviewed_session(tmp_path, 200)
    with Session.open(session, readonly=True) as s:
        result = s.to_result_json()
    fill(disk)
    with pytest.raises(SessionError, match="full"):
        create_store(result, disk / "new.paralelo")
    assert sorted(p.name for p in disk.iterdir()) == ["filler.bin"]


def test_replacing_a_session_on_a_full_disk_keeps_it(disk: Path, tmp_path: Path) -> None:
    path, es, en = _session_on(disk, tmp_path, 200)
    before = fingerprint(path)
    fill(disk)
    proc = run_cli("align", "--es", es, "--en", en, "--engine", "none", "--session", path,
                   "--force")
    assert_one_line_error(proc, "full", "left as it was")
    after = fingerprint(path)
    assert after[:2] == before[:2]
    assert [n for n in after[2] if ".building" in n] == []


@pytest.mark.parametrize("fmt", ["csv", "tmx", "xlsx", "json", "html"])
def test_export_on_a_full_disk_leaves_no_file(disk: Path, tmp_path: Path, fmt: str) -> None:
    session, _, _ = make_reviewed_session(tmp_path, 300)
    fill(disk)
    out = disk / f"out.{fmt}"
    assert_one_line_error(run_cli("export", session, "-o", out), "out.")
    assert sorted(p.name for p in disk.iterdir()) == ["filler.bin"]  # no file, no .part
