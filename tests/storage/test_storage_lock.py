"""One writer per session: a second writer (process or window) is told clearly; readers are fine."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from storage_helpers import make_result

from paralelo.storage import Session, SessionLocked
from paralelo.storage.lock import lock_path

HOLDER = """
import sys
from paralelo.storage import Session
s = Session.open(sys.argv[1])
s.confirm(1)
print("holding", flush=True)
sys.stdin.readline()
s.close()
print("closed", flush=True)
"""


@pytest.fixture
def path(tmp_path: Path) -> Path:
    p = tmp_path / "shared.paralelo"
    with Session.create(p) as s:
        s.save_result(make_result(10))
    return p


def _holder(path: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline() == "holding\n"
    return proc


def test_second_process_gets_a_clear_message(path: Path) -> None:
    with _holder(path) as proc:
        with pytest.raises(SessionLocked, match="already open for editing") as info:
            Session.open(path)
        assert str(proc.pid) in str(info.value)
        with Session.open(path, readonly=True) as reader:  # reading while it edits is fine
            assert reader.get_link(1).status == "confirmed"
        with pytest.raises(SessionLocked):
            Session.create(path, overwrite=True)  # nor may it be clobbered
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write("\n")
        proc.stdin.flush()
        assert proc.stdout.readline() == "closed\n"
        proc.wait(timeout=20)
    with Session.open(path) as s:  # released on close
        s.flag(2)
    assert not lock_path(path).exists()


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_killed_writer_leaves_no_stale_lock(path: Path) -> None:
    with _holder(path) as proc:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=20)
    assert lock_path(path).exists()  # the file stays, but the OS dropped the lock
    with Session.open(path) as s:
        assert s.get_link(1).status == "confirmed"


def test_same_process_second_writer_is_refused(path: Path) -> None:
    with Session.open(path) as first:
        with pytest.raises(SessionLocked):
            Session.open(path)
        first.confirm(3)
    with Session.open(path) as again:
        assert again.get_link(3).status == "confirmed"


def test_copy_readonly_works_while_locked(path: Path) -> None:
    with Session.open(path) as writer:
        writer.set_note(4, "en curso")
        with Session.open_copy_readonly(path) as copy:
            assert copy.get_link(4).note == "en curso"  # the copy includes the live WAL


def test_readers_take_no_lock(path: Path) -> None:
    with Session.open(path, readonly=True) as reader:
        assert not lock_path(path).exists()
        with Session.open(path) as writer:  # a reader never blocks the writer
            writer.flag(6)
        assert reader.get_link(6).status == "flagged"  # and sees its commits
