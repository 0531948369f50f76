"""CLI progress bar: drawn on a terminal (checked through a real pty), silent when piped."""

from __future__ import annotations

import io
import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest

from paralelo.commands.progressbar import EMPTY, FULL, ProgressBar

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_bar_draws_fraction_count_and_times() -> None:
    out, clock = FakeTTY(), Clock()
    bar = ProgressBar(out, clock=clock, columns=100)
    clock.now += 4.0
    bar(150, 300, "Translating with Apertium")
    line = out.getvalue()
    assert line.startswith("\r") and line.endswith("\x1b[K")
    assert "Translating with Apertium" in line
    assert " 50%" in line and "150/300" in line and "0:04<0:04" in line
    inner = line.split("|")[1]
    assert set(inner) == {FULL, EMPTY} and inner.count(FULL) == inner.count(EMPTY)
    bar.close()
    assert out.getvalue().endswith("\n")


def test_redraws_are_throttled_but_the_end_always_shows() -> None:
    out, clock = FakeTTY(), Clock()
    bar = ProgressBar(out, clock=clock, interval=0.1, columns=80)
    for i in range(1, 1000):
        bar(i, 1000, "Comparing facts")  # no time passes: only the first step is drawn
    assert out.getvalue().count("\r") == 1
    bar(1000, 1000, "Comparing facts")
    assert out.getvalue().count("\r") == 2 and "100%" in out.getvalue()
    clock.now += 0.2
    bar(10, 1000, "Next stage")
    assert out.getvalue().count("\r") == 3


def test_unknown_total_spins() -> None:
    out, clock = FakeTTY(), Clock()
    bar = ProgressBar(out, clock=clock, interval=0.0, columns=60)
    bar(0, 0, "Importing documents")
    clock.now += 1
    bar(0, 0, "Importing documents")
    frames = [f for f in out.getvalue().split("\r") if f]
    assert len(frames) == 2 and all("Importing documents" in f for f in frames)
    assert frames[0][21] != frames[1][21]  # the spinner moved


def test_counts_can_be_left_out() -> None:
    """The pipeline reports on a 0..1000 scale: a count of it would mean nothing."""
    line = ProgressBar(FakeTTY(), columns=100, counts=False).render(250, 1000, "Aligning", 1.0)
    assert " 25%" in line and "/1000" not in line


def test_fits_a_narrow_terminal() -> None:
    bar = ProgressBar(FakeTTY(), columns=40)
    assert len(bar.render(5, 10, "A very long message " * 5, 3.0)) < 40


@pytest.mark.parametrize("stream", [io.StringIO(), FakeTTY()])
def test_off_when_not_a_terminal_or_disabled(stream: io.StringIO) -> None:
    bar = ProgressBar(stream, enabled=False if isinstance(stream, FakeTTY) else None)
    bar(1, 2, "x")
    bar.close()
    assert stream.getvalue() == ""


# --- the real commands ---------------------------------------------------------------

def _run_on_pty(args: list[str], cwd: Path) -> tuple[int, str, str]:
    """Run ``paralelo ARGS`` with stderr on a pseudo-terminal; stdout piped."""
    master, slave = pty.openpty()
    env = dict(os.environ, PYTHONPATH=str(REPO / "desktop"), COLUMNS="100")
    proc = subprocess.Popen([sys.executable, "-m", "paralelo", *args], stdout=subprocess.PIPE,
                            stderr=slave, stdin=subprocess.DEVNULL, cwd=cwd, env=env)
    os.close(slave)
    chunks: list[bytes] = []
    while True:
        ready, _, _ = select.select([master], [], [], 120)
        if not ready:
            proc.kill()
            break
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the child closed its end
            break
        if not data:
            break
        chunks.append(data)
    out, _ = proc.communicate(timeout=120)
    os.close(master)
    return proc.returncode, out.decode(), b"".join(chunks).decode("utf-8", "replace")


def _commands(tmp_path: Path) -> dict[str, list[str]]:
    session = tmp_path / "s.json"
    subprocess.run([sys.executable, "-m", "paralelo", "align", "--seed", "--engine", "none",
                    "--json", str(session), "--quiet"], check=True, capture_output=True,
                   env=dict(os.environ, PYTHONPATH=str(REPO / "desktop")), timeout=300)
    return {
        "align": ["align", "--seed", "--engine", "none", "--json", str(tmp_path / "a.json")],
        "translate": ["translate", str(SEEDS / "001_d655b8d76ea664d5.txt"), "--engine", "none"],
        "export": ["export", str(session), "-o", str(tmp_path / "out.csv")],
    }


def test_commands_draw_on_a_terminal(tmp_path: Path) -> None:
    for name, args in _commands(tmp_path).items():
        code, out, err = _run_on_pty(args, tmp_path)
        assert code == 0, (name, err)
        # (a pty turns "\n" into "\r\n", so the bar is told by its erase-line code)
        assert "\x1b[K" in err and "|" in err and "100%" in err, (name, err)
        assert FULL in err, (name, err)
        assert "\r" not in out and FULL not in out  # stdout stays clean


def test_commands_are_silent_when_piped_or_quiet(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(REPO / "desktop"))
    for name, args in _commands(tmp_path).items():
        piped = subprocess.run([sys.executable, "-m", "paralelo", *args], capture_output=True,
                               text=True, env=env, cwd=tmp_path, timeout=300)
        assert piped.returncode == 0, (name, piped.stderr)
        assert "\r" not in piped.stderr and "\x1b" not in piped.stderr, (name, piped.stderr)
        code, _out, err = _run_on_pty([*args, "--quiet"], tmp_path)
        assert code == 0, (name, err)
        assert "\x1b[K" not in err and FULL not in err and EMPTY not in err, (name, err)
