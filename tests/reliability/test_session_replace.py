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


def _spawn(es: Path, en: Path, session: Path, *extra: str) -> subprocess.Popen[bytes]:
    log = session.parent / "align-stderr.log"
    with open(log, "wb") as err:
        return subprocess.Popen(cli_cmd("align", "--es", es, "--en", en, "--engine", "none",
                                        "--session", session, *extra),
                                env=cli_env(), stdout=subprocess.DEVNULL, stderr=err)


def _timed_run(es: Path, en: Path, session: Path, *extra: str) -> tuple[float, float]:
    """Run once to the end; return (when the temporary build appeared, total), seconds."""
    start = time.monotonic()
    proc = _spawn(es, en, session, *extra)
    build = None
    while proc.poll() is None:
        if build is None and any(".building" in p.name for p in session.parent.iterdir()):
            build = time.monotonic() - start
        time.sleep(0.002)
    total = time.monotonic() - start
    assert proc.returncode == 0, (session.parent / "align-stderr.log").read_text()
    return (build if build is not None else total * 0.8), total


def _kill_at(es: Path, en: Path, session: Path, delay: float, *extra: str) -> bool:
    """Start a run and SIGKILL it after ``delay`` s; True if it was still running."""
    proc = _spawn(es, en, session, *extra)
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
    build_at, total = _timed_run(es, en, session, "--force")
    assert review_state(session) == review
    rng = random.Random(18)
    delays = [rng.uniform(0.0, total * 1.1) for _ in range(14)]
    delays += [rng.uniform(build_at * 0.85, total * 1.05) for _ in range(14)]
    rng.shuffle(delays)
    untouched = replaced = mid_build = 0
    for delay in delays:
        before, inode = digest(session), session.stat().st_ino
        old_builds = {p.name for p in tmp_path.iterdir() if ".building" in p.name}
        killed = _kill_at(es, en, session, delay, "--force")
        new_builds = {p.name for p in tmp_path.iterdir() if ".building" in p.name} - old_builds
        mid_build += bool(killed and new_builds)  # this run's own half-written build
        if session.stat().st_ino == inode:
            assert digest(session) == before, f"killed after {delay:.3f} s: S changed in place"
            untouched += 1
        else:
            replaced += 1
        assert integrity_ok(session)
        assert review_state(session) == review, f"killed after {delay:.3f} s"
    print(f"{len(delays)} kills over a {total:.2f} s run (build from {build_at:.2f} s): {untouched} "
          f"left S byte-identical, {replaced} after the rename, {mid_build} mid-build")
    assert mid_build >= 1, "no kill landed while the new session was being written"
    assert _align(es, en, session, "--force").returncode == 0
    assert not [p for p in tmp_path.iterdir() if ".building" in p.name]  # swept
    assert review_state(session) == review


@pytest.mark.slow
def test_sigkill_during_a_new_session_never_leaves_a_partial_one(tmp_path: Path) -> None:
    es, en = write_pair(tmp_path, 300, seed=4)
    full = tmp_path / "full.paralelo"
    build_at, total = _timed_run(es, en, full)
    with Session.open(full, readonly=True) as s:
        expected = s.summary()["links"]
    rng = random.Random(4)
    delays = [rng.uniform(0.0, total * 1.1) for _ in range(6)]
    delays += [rng.uniform(build_at * 0.85, total * 1.05) for _ in range(6)]
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
