"""Application set-up: calm error dialog instead of tracebacks, argument parsing."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from paralelo.core.errors import UserError
from paralelo.gui import app as gui_app


@pytest.fixture
def hook(monkeypatch: pytest.MonkeyPatch, qapp: Any) -> Iterator[list[str]]:
    shown: list[str] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda parent, title, text, *a, **k: shown.append(text)))
    handlers = list(logging.getLogger("paralelo").handlers)
    gui_app.install_excepthook()
    yield shown
    for h in logging.getLogger("paralelo").handlers:
        if h not in handlers:
            h.close()
            logging.getLogger("paralelo").removeHandler(h)


def test_unexpected_error_shows_a_calm_message_and_logs(hook: list[str],
                                                        caplog: pytest.LogCaptureFixture) -> None:
    try:
        raise KeyError("paragraph 12")
    except KeyError as exc:
        with caplog.at_level(logging.ERROR, logger="paralelo.gui"):
            sys.excepthook(type(exc), exc, exc.__traceback__)
    assert len(hook) == 1
    assert hook[0].startswith("Something went wrong: KeyError")
    assert "Traceback" not in hook[0] and "paralelo.log" in hook[0]
    assert "Traceback" in caplog.text  # the details go to the log file
    for h in logging.getLogger("paralelo").handlers:
        h.flush()
    assert "KeyError: 'paragraph 12'" in gui_app.log_file().read_text(encoding="utf-8")


def test_user_error_shows_its_own_message(hook: list[str]) -> None:
    exc = UserError("the session file is read-only")
    sys.excepthook(UserError, exc, None)
    assert hook == ["the session file is read-only"]


def test_arguments() -> None:
    args, qt = gui_app.parse_args(["--screenshot", "out.png", "s.paralelo", "-style", "fusion"])
    assert args.screenshot == "out.png" and args.session == "s.paralelo"
    assert qt == ["-style", "fusion"]
    args, _ = gui_app.parse_args(["--seed"])
    assert args.seed and args.session is None and args.others == []


def test_several_files_open_in_their_own_windows(monkeypatch: Any) -> None:
    """Exec=Paralelo %F passes every selected file: the first here, one process per other."""
    import subprocess

    args, qt = gui_app.parse_args(["a.paralelo", "b.paralelo", "c b.paralelo"])
    assert args.session == "a.paralelo" and args.others == ["b.paralelo", "c b.paralelo"]
    assert qt == []
    started: list[list[str]] = []

    class FakePopen:
        def __init__(self, cmd: list[str], **kw: Any) -> None:
            assert kw.get("start_new_session") is True
            started.append(cmd)

    monkeypatch.setattr(subprocess, "Popen", FakePopen)
    monkeypatch.setattr(gui_app, "_children", [])
    gui_app.open_in_new_windows(args.others)
    assert started == [[sys.executable, "-m", "paralelo", "b.paralelo"],
                       [sys.executable, "-m", "paralelo", "c b.paralelo"]]


def test_start_opens_given_then_last_session_else_seed(tmp_path: Any) -> None:
    from paralelo.storage import add_recent

    def start(*argv: str) -> str | None:
        return gui_app.start_session(gui_app.parse_args(list(argv))[0])

    assert start() is None  # first launch: the seed session
    last = tmp_path / "last.paralelo"
    last.write_bytes(b"x")  # the recent list only keeps files that exist
    add_recent(last)
    assert start() == str(last)  # later launches carry on where the reviewer stopped
    assert start("--seed") is None
    assert start("--screenshot", "out.png") is None
    assert start("other.paralelo") == "other.paralelo"
