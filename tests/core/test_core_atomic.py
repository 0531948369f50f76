"""The one atomic writer every output goes through (JSON, exports, the recent list)."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from paralelo.core.atomic import atomic_path, atomic_write
from paralelo.core.errors import UserError
from paralelo.core.surrogates import fix_surrogates, fix_surrogates_deep, has_surrogates


def test_replaces_only_on_success(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    out.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_write(out) as fh:
        fh.write("half")
        raise RuntimeError("boom")
    assert out.read_text(encoding="utf-8") == "old"
    with atomic_write(out) as fh:
        fh.write("new ñ")
    assert out.read_text(encoding="utf-8") == "new ñ"
    assert list(tmp_path.iterdir()) == [out]  # no temporary left behind


def test_new_file_is_readable_by_others(tmp_path: Path) -> None:
    """mkstemp makes 0600 files; an output is an ordinary document."""
    out = tmp_path / "x.json"
    with atomic_write(out) as fh:
        fh.write("{}")
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
    os.chmod(out, 0o640)
    with atomic_path(out) as tmp:
        tmp.write_text("{}")
    assert stat.S_IMODE(out.stat().st_mode) == 0o640  # an existing file keeps its mode


def test_bad_targets_are_user_errors(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="is a folder"), atomic_write(tmp_path):
        pass
    with pytest.raises(UserError, match="no such folder"), atomic_write(tmp_path / "no" / "x"):
        pass


def test_errors_while_writing_are_user_errors(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="cannot write"), atomic_write(tmp_path / "x") as fh:
        fh.write("a")
        raise OSError(28, "No space left on device")
    assert list(tmp_path.iterdir()) == []


def test_a_pipe_is_written_in_place_not_replaced(tmp_path: Path) -> None:
    """Renaming over a FIFO (or /dev/stdout) would turn it into a plain file."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    with atomic_write(fifo) as fh:
        fh.write("through the pipe")
    reader.join(timeout=10)
    assert got == [b"through the pipe"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]


def test_fix_surrogates() -> None:
    assert fix_surrogates("a\udc00b😀") == "a\ufffdb😀"
    assert has_surrogates("\ud800") and not has_surrogates("😀")
    value = {"k\udfff": ["x\ud800", ("y\udc01", 1, None)], "n": 2.5}
    assert fix_surrogates_deep(value) == {"k\ufffd": ["x\ufffd", ("y\ufffd", 1, None)], "n": 2.5}
    assert value["k\udfff"][0] == "x\ud800"  # the input is not changed


def test_a_closed_pipe_stays_a_broken_pipe(tmp_path: Path) -> None:
    """The CLI treats BrokenPipeError (output piped into `head`) as a quiet exit."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)

    def read_one_byte() -> None:
        with fifo.open("rb") as fh:
            fh.read(1)

    reader = threading.Thread(target=read_one_byte)
    reader.start()
    with pytest.raises(BrokenPipeError), atomic_write(fifo) as fh:
        fh.write("x")
        fh.flush()
        reader.join(timeout=10)  # it has read its byte and closed the pipe
        fh.write("x" * 1_000_000)
        fh.flush()
