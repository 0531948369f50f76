"""What the entry point checks before and after a command: display, typos, a failing stdout.

Kept out of cli.py so the entry point stays a dispatcher. All Qt-free.
"""

from __future__ import annotations

import contextlib
import difflib
import errno
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

NO_DISPLAY = ("paralelo: no display found; the command-line tools work without one: "
              "paralelo --help")
#: Platforms Qt can use without any display server.
HEADLESS_QPA = ("offscreen", "minimal", "vnc", "eglfs", "linuxfb", "vkkhrdisplay")


def display_missing(env: dict[str, str] | None = None) -> bool:
    """True on Linux/BSD with no X11 or Wayland display and no headless Qt platform.

    Qt would otherwise abort (signal 6) after printing a page of plugin errors.
    Windows and macOS always have a display for a logged-in user.
    """
    if sys.platform.startswith(("win", "darwin")):
        return False
    env = dict(os.environ) if env is None else env
    qpa = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    if qpa in HEADLESS_QPA:
        return False
    if qpa.startswith("wayland"):
        return not env.get("WAYLAND_DISPLAY")
    if qpa == "xcb":
        return not env.get("DISPLAY")
    return not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY")


def unknown_command(args: Sequence[str], commands: Sequence[str]) -> str | None:
    """The error for ``paralelo inspec FILE``: a bare word that is neither a command nor a file.

    The window takes a session file (``paralelo FILE.paralelo``); a word without
    a dot or slash that names no existing file is a mistyped command.
    """
    if not args:
        return None
    word = args[0]
    if word.startswith("-") or "." in word or "/" in word or os.sep in word:
        return None
    if Path(word).exists():
        return None
    close = difflib.get_close_matches(word, commands, n=1, cutoff=0.6)
    hint = f"; did you mean '{close[0]}'?" if close else ""
    return (f"paralelo: error: unknown command '{word}'{hint} "
            f"(commands: {', '.join(commands)}; see paralelo --help)")


def tolerant_stdout() -> None:
    """Never fail to print a character: a non-UTF-8 locale (``LC_ALL=C`` without UTF-8
    mode), a legacy console, or a file name with undecodable bytes (lone surrogates)
    gets a replacement character instead of a UnicodeEncodeError traceback."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        errors = getattr(stream, "errors", None)
        if errors == "strict" or (encoding != "utf8" and errors != "backslashreplace"):
            with contextlib.suppress(AttributeError, ValueError, OSError):
                stream.reconfigure(errors="replace")  # type: ignore[union-attr]


class WatchedStdout:
    """Stands in for sys.stdout and remembers a failed write, even one a library swallows
    (argparse ignores OSError when it prints --help to ``/dev/full``)."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream
        self.failure: OSError | None = None

    def write(self, text: str) -> int:
        try:
            return int(self.stream.write(text))
        except OSError as exc:
            self.failure = self.failure or exc
            raise

    def flush(self) -> None:
        try:
            self.stream.flush()
        except OSError as exc:
            self.failure = self.failure or exc
            raise

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


def output_failure(exc: OSError, watched: WatchedStdout | None) -> bool:
    """True if ``exc`` came from writing the command's output (not from a named file)."""
    if watched is not None and watched.failure is not None:
        return True
    return exc.filename is None and exc.errno in (errno.ENOSPC, errno.EIO, errno.EPIPE,
                                                  errno.EBADF)


def flush_stdout(watched: WatchedStdout | None = None) -> str | None:
    """Flush stdout (or report a failed write seen earlier); on failure (``> /dev/full``,
    a closed pipe) return the reason and point stdout at /dev/null so the interpreter's
    own final flush cannot print a traceback."""
    try:
        sys.stdout.flush()
        if watched is not None and watched.failure is not None:
            raise watched.failure
        return None
    except BrokenPipeError:
        _silence_stdout()
        return ""  # the reader went away (| head): not an error worth a message
    except (OSError, ValueError) as exc:
        _silence_stdout()
        return getattr(exc, "strerror", None) or str(exc)


def _silence_stdout() -> None:
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
