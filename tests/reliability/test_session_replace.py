"""Issue 18.1 and 18.4: ``align --session`` never loses or half-writes a session.

18.1: ``align --force --session S`` over a reviewed S carries the review over
(or refuses, or drops it only with ``--discard-review``), and a SIGKILL at any
moment leaves S byte for byte as it was, or replaced whole with the review
carried: the review is intact every time. 18.4: a killed ``align --session
NEW`` leaves nothing, or a complete session, at NEW — never an empty one.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hostile import (
    assert_one_line_error,
    cli_cmd,
    cli_env,
    digest,
    fingerprint,
    integrity_ok,
    make_reviewed_session,
    review_state,
    run_cli,
    write_pair,
)

from paralelo.storage import Session

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")


def _align(es: Path, en: Path, session: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return run_cli("align", "--es", es, "--en", en, "--engine", "none", "--session", session,
                   *extra)


def test_force_carries_the_review_over(tmp_path: Path) -> None:
    session, es, en = make_reviewed_session(tmp_path, 40)
    before = review_state(session)
    proc = _align(es, en, session, "--force")
    assert proc.returncode == 0, proc.stderr
    assert "kept the review of 6 links" in proc.stderr  # said, not silent
    assert review_state(session) == before
    assert integrity_ok(session)


def test_without_force_an_existing_session_is_refused_untouched(tmp_path: Path) -> None:
    session, es, en = make_reviewed_session(tmp_path, 20)
    print_before = fingerprint(session)
    assert_one_line_error(_align(es, en, session), "already exists", "--force")
    assert fingerprint(session) == print_before


def test_review_that_cannot_be_carried_needs_discard_review(tmp_path: Path) -> None:
    session, _, _ = make_reviewed_session(tmp_path, 30)
    other_es, other_en = write_pair(tmp_path, 30, seed=99, stem="other")
    print_before = fingerprint(session)
    proc = _align(other_es, other_en, session, "--force")
    assert_one_line_error(proc, "--discard-review", "2 confirmed")
    assert fingerprint(session) == print_before
    proc = _align(other_es, other_en, session, "--force", "--discard-review")
    assert proc.returncode == 0, proc.stderr
    assert "discarding the review" in proc.stderr
    assert review_state(session) == {}


def test_a_session_open_for_editing_is_not_replaced(tmp_path: Path) -> None:
    session, es, en = make_reviewed_session(tmp_path, 20)
    with Session.open(session):  # the window has it open
        before = digest(session)
        assert_one_line_error(_align(es, en, session, "--force"), "already open for editing")
        assert digest(session) == before


def test_force_keeps_review_still_in_the_wal_of_a_crashed_window(tmp_path: Path) -> None:
    """A window that died leaves its last edits in S-wal only; replacing S must fold them in
    (a stale WAL beside the new file would be replayed onto it, or its edits lost)."""
    session, es, en = make_reviewed_session(tmp_path, 30)
    code = ("import os, sys; from paralelo.storage import Session; s = Session.open(sys.argv[1]);"
            "ids = [r.id for r in s.links() if r.status == 'unreviewed'];"
            "s.confirm(ids[0]); s.set_note(ids[1], 'solo en el WAL'); os._exit(0)")
    subprocess.run([sys.executable, "-c", code, str(session)], env=cli_env(), check=True)
    wal = Path(f"{session}-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the edits live only in the WAL
    before = review_state(session)
    assert ("unreviewed", "solo en el WAL") in before.values()
    proc = _align(es, en, session, "--force")
    assert proc.returncode == 0, proc.stderr
    assert not wal.exists() or wal.stat().st_size == 0
    assert review_state(session) == before
    assert integrity_ok(session)


def _spawn(es: Path, en: Path, session: Path, *extra: str) -> subprocess.Popen[bytes]:
    log = session.parent / "align-stderr.log"
    with open(log, "wb") as err:
        return subprocess.Popen(cli_cmd("align", "--es", es, "--en", en, "--engine", "none",
                                        "--session", session, *extra),
                                env=cli_env(), stdout=subprocess.DEVNULL, stderr=err)


def _timed_run(es: Path, en: Path, session: Path, *extra: str) -> tuple[float, float, float]:
    """Run once to the end; return when the temporary build appeared, when it was renamed
    over ``session`` (or the run ended), and the total, in seconds."""
    start = time.monotonic()
    inode = session.stat().st_ino if session.exists() else None
    proc = _spawn(es, en, session, *extra)
    build = renamed = None
    while proc.poll() is None:
        now = time.monotonic() - start
        if build is None and any(".building" in p.name for p in session.parent.iterdir()):
            build = now
        if renamed is None and session.exists() and session.stat().st_ino != inode:
            renamed = now
        time.sleep(0.002)
    total = time.monotonic() - start
    assert proc.returncode == 0, (session.parent / "align-stderr.log").read_text()
    build = build if build is not None else total * 0.8
    return build, renamed if renamed is not None else total, total


def _kill_at(es: Path, en: Path, session: Path, delay: float, *extra: str,
             from_build: bool = False) -> bool:
    """Start a run and SIGKILL it ``delay`` s after its start (or, ``from_build``, after its
    temporary build appears); True if it was still running when killed."""
    old = {p.name for p in session.parent.iterdir() if ".building" in p.name}
    proc = _spawn(es, en, session, *extra)
    while from_build and proc.poll() is None and not (
            {p.name for p in session.parent.iterdir() if ".building" in p.name} - old):
        time.sleep(0.001)
    time.sleep(delay)
    alive = proc.poll() is None
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    return alive


@pytest.mark.slow
def test_sigkill_at_random_moments_never_loses_the_review(tmp_path: Path) -> None:
    """The "must show" of issue 18: 28 kills of ``align --force --session`` over a reviewed
    session, at random moments across the whole run, half of them aimed at its last part
    (where the new session is written and renamed); the review is intact every time."""
    session, es, en = make_reviewed_session(tmp_path, 800, seed=3)
    review = review_state(session)
    build_at, renamed_at, total = _timed_run(es, en, session, "--force")
    assert review_state(session) == review
    rng = random.Random(18)
    # Half the kills at a random moment of the whole run, half at a random moment after
    # the new session's temporary file appears (the write, its fsync and the rename).
    plan = [(rng.uniform(0.0, total * 1.1), False) for _ in range(14)]
    plan += [(rng.uniform(0.0, renamed_at - build_at + 0.02), True) for _ in range(14)]
    rng.shuffle(plan)
    untouched = replaced = mid_build = 0
    for delay, from_build in plan:
        before, inode = digest(session), session.stat().st_ino
        old_builds = {p.name for p in tmp_path.iterdir() if ".building" in p.name}
        killed = _kill_at(es, en, session, delay, "--force", from_build=from_build)
        new_builds = {p.name for p in tmp_path.iterdir() if ".building" in p.name} - old_builds
        mid_build += bool(killed and new_builds)  # this run's own half-written build
        if session.stat().st_ino == inode:
            assert digest(session) == before, f"killed after {delay:.3f} s: S changed"
            untouched += 1
        else:
            replaced += 1
        assert integrity_ok(session)
        assert review_state(session) == review, f"killed after {delay:.3f} s ({from_build})"
    print(f"{len(plan)} kills over a {total:.2f} s run (build {build_at:.2f}-"
          f"{renamed_at:.2f} s): {untouched} left S byte-identical, {replaced} after the "
          f"rename, {mid_build} mid-build")
    assert mid_build >= 1, "no kill landed while the new session was being written"
    assert _align(es, en, session, "--force").returncode == 0
    assert not [p for p in tmp_path.iterdir() if ".building" in p.name]  # swept
    assert review_state(session) == review


@pytest.mark.slow
def test_sigkill_during_a_new_session_never_leaves_a_partial_one(tmp_path: Path) -> None:
    es, en = write_pair(tmp_path, 300, seed=4)
    full = tmp_path / "full.paralelo"
    build_at, _, total = _timed_run(es, en, full)
    with Session.open(full, readonly=True) as s:
        expected = s.summary()["links"]
    rng = random.Random(4)
    delays = [rng.uniform(0.0, total * 1.1) for _ in range(6)]
    delays += [rng.uniform(build_at * 0.9, total) for _ in range(6)]
    outcomes = []
    for k, delay in enumerate(delays):
        target = tmp_path / f"new{k}.paralelo"
        _kill_at(es, en, target, delay)
        if target.exists():
            assert integrity_ok(target)
            with Session.open(target, readonly=True) as s:
                assert s.summary()["links"] == expected  # complete, never empty or partial
            outcomes.append("complete")
        else:
            outcomes.append("absent")
    print(f"12 kills over a {total:.2f} s run: {outcomes}")
