"""Atomic file writes: a failed or cancelled write never leaves half a file.

One implementation for every writer (alignment JSON, exports, the recent
list): write a temporary file beside the target, fsync it, rename it over the
target. A target that exists but is not a regular file (``/dev/stdout``, a
named pipe) is written in place instead, since renaming over it would replace
the device or pipe with a plain file.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from paralelo.core.errors import UserError


def _is_special(target: Path) -> bool:
    """True for an existing target that is neither a regular file nor a folder."""
    try:
        mode = target.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def check_target(path: str | os.PathLike[str]) -> Path:
    """Refuse a folder or a file in a missing folder; return the folder to write in.

    Commands call it before long work so a mistyped output path fails at once.
    """
    target = Path(path)
    if target.is_dir():
        raise UserError(f"{target}: is a folder; give a file name to write to")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"{folder}: no such folder")
    return folder


def same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """True if both paths name one existing file (links and ``..`` resolved)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str], new_mode: int = 0o644) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; move it over ``path`` only on success.

    For libraries that write to a file name themselves (openpyxl). An existing
    ``path`` stays intact until the new file is complete; OS errors become a
    one-line `UserError`. A new file gets ``new_mode``; a replaced one keeps its mode.
    """
    target = Path(path)
    if _is_special(target):  # a device or pipe: written in place, no rename
        try:
            yield target
        except BrokenPipeError:
            raise  # the reader went away (| head): not an error of ours to report
        except OSError as exc:
            raise UserError(f"{target}: cannot write ({exc.strerror or exc})") from None
        return
    folder = check_target(target)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise UserError(f"{folder}: cannot write here ({exc.strerror or exc})") from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        # mkstemp makes the file private (0600); an export is an ordinary document.
        os.chmod(tmp, target.stat().st_mode & 0o777 if target.exists() else new_mode)
        with tmp.open("rb+") as fh:  # durable before it replaces the old file
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        raise UserError(f"{target}: cannot write ({exc.strerror or exc})") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str], mode: str = "w", encoding: str | None = "utf-8",
                 newline: str | None = None, errors: str | None = None,
                 new_mode: int = 0o644) -> Iterator[IO[Any]]:
    """Open a file handle whose content replaces ``path`` only if the block succeeds."""
    kwargs = {} if "b" in mode else {"encoding": encoding, "newline": newline, "errors": errors}
    with atomic_path(path, new_mode) as tmp, open(tmp, mode, **kwargs) as fh:  # type: ignore[call-overload]
        yield fh
