"""Argos model manager: list, install (offline, validated), remove, download.

Packages live in the platform data folder (``paralelo.paths.user_data_dir()/argos-packages``),
never in the source tree, laid out as argostranslate expects (it reads the same
folder). Installing never goes through argostranslate's ``install_from_path``
(an unchecked ``extractall`` into the live folder): the archive is checked
first (`model_archive`), unpacked into a hidden folder beside the models, and
only when complete swapped in by renames, so a full disk, a read-only folder or
a bad archive leaves the installed model exactly as it was and no partial
folder behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from paralelo.paths import user_data_dir
from paralelo.translation.model_archive import (
    FROM_CODE,
    MAX_UNPACKED,
    TO_CODE,
    ModelError,
    extract_archive,
    read_installed_metadata,
    validate_archive,
)

__all__ = ["FROM_CODE", "MAX_UNPACKED", "TO_CODE", "InstalledModel", "ModelError",
           "argos_package_module", "find_es_en", "install_model", "list_models",
           "packages_dir", "remove_model", "validate_archive"]

_STAGING, _OLD = ".installing-", ".replaced-"
_STALE_SECONDS = 24 * 3600  # an unpacking folder this old belongs to a killed install
_LOCK = ".install.lock"


def packages_dir() -> Path:
    return user_data_dir() / "argos-packages"


@dataclass(frozen=True, slots=True)
class InstalledModel:
    name: str  # folder name, what `models remove` takes
    path: Path
    from_code: str
    to_code: str
    version: str
    code: str

    def describe(self) -> str:
        return f"{self.name}  {self.from_code}→{self.to_code}  version {self.version}"


def argos_package_module() -> ModuleType:
    """argostranslate.package, configured to use our packages folder (not ~/.local/share)."""
    target = packages_dir()
    target.mkdir(parents=True, exist_ok=True)
    os.environ["ARGOS_PACKAGES_DIR"] = str(target)  # honoured if argostranslate loads now
    from argostranslate import package, settings

    settings.package_data_dir = target  # ...and forced if it was loaded earlier
    settings.package_dirs = [target]
    return package


def _read_model(folder: Path) -> InstalledModel | None:
    meta = read_installed_metadata(folder)
    if meta is None:
        return None
    return InstalledModel(
        name=folder.name, path=folder, from_code=meta["from_code"], to_code=meta["to_code"],
        version=meta["package_version"], code=meta.get("code") or folder.name,
    )


@contextlib.contextmanager
def _install_lock(root: Path, *, wait: bool) -> Iterator[bool]:
    """Hold the model folder's install lock; yields whether it is held (False: busy or no locks)."""
    try:
        import fcntl
    except ImportError:  # Windows: no recovery of killed installs beyond the age rule
        yield False
        return
    try:
        fd = os.open(root / _LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        yield False
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except OSError:
            yield False
            return
        yield True
    finally:
        os.close(fd)


def _recover(root: Path, *, locked: bool) -> None:
    """Undo what a killed install left (only while no install runs: ``locked``).

    A model moved aside whose successor never arrived is put back; unpacking
    folders are deleted (without locks, only those untouched for a day).
    """
    for stale in root.glob(f"{_STAGING}*"):
        with contextlib.suppress(OSError):
            if locked or time.time() - stale.stat().st_mtime > _STALE_SECONDS:
                shutil.rmtree(stale, ignore_errors=True)
    if not locked:
        return
    for old in root.glob(f"{_OLD}*"):
        name = old.name[len(_OLD):].rsplit(".", 1)[0]
        with contextlib.suppress(OSError):
            if (root / name).exists():
                shutil.rmtree(old)
            else:
                old.rename(root / name)


def list_models() -> list[InstalledModel]:
    """Installed packages (any pair), sorted by name; hidden work folders are not models."""
    root = packages_dir()
    if not root.is_dir():
        return []
    with _install_lock(root, wait=False) as locked:
        _recover(root, locked=locked)
    found = [_read_model(d) for d in sorted(root.iterdir())
             if d.is_dir() and not d.name.startswith(".")]
    return [m for m in found if m is not None]


def _version_key(v: str) -> tuple[int, ...]:
    return tuple(int(x) if x.isdigit() and len(x) <= 18 else 0 for x in v.split("."))


def find_es_en() -> InstalledModel | None:
    """The newest installed, complete es→en package, if any."""
    ok = [m for m in list_models() if (m.from_code, m.to_code) == (FROM_CODE, TO_CODE)
          and (m.path / "model" / "model.bin").is_file()
          and (m.path / "sentencepiece.model").is_file()]
    return max(ok, key=lambda m: _version_key(m.version), default=None)


def _os_reason(exc: OSError, root: Path) -> str:
    if exc.errno == errno.ENOSPC or exc.errno == errno.EDQUOT:
        return f"the disk holding {root} is full"
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return f"the model folder {root} is not writable ({exc.strerror})"
    return str(exc.strerror or exc)


def _swap_in(src: Path, root: Path, top: str) -> None:
    """Unpack into a hidden folder beside ``root/top``, then rename it into place."""
    target = root / top
    try:
        staging = Path(tempfile.mkdtemp(prefix=f"{_STAGING}{top}.", dir=root))
    except OSError as exc:
        raise ModelError(f"{src.name}: cannot install: {_os_reason(exc, root)}") from None
    old = root / f"{_OLD}{top}.{staging.name.rsplit('.', 1)[-1]}"
    try:
        extract_archive(src, staging)
        if target.exists():
            target.rename(old)  # same folder: atomic; a kill here is undone by _recover
        (staging / top).rename(target)
    except OSError as exc:
        if old.exists() and not target.exists():
            with contextlib.suppress(OSError):
                old.rename(target)
        raise ModelError(f"{src.name}: cannot install: {_os_reason(exc, root)}; "
                         "nothing was changed") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    shutil.rmtree(old, ignore_errors=True)


def install_model(path: str | Path) -> InstalledModel:
    """Validate, unpack beside the installed models, then swap in; nothing changes on failure."""
    src = Path(path)
    meta = validate_archive(src)
    root = packages_dir()
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ModelError(f"{src.name}: cannot install: {_os_reason(exc, root)}") from None
    with _install_lock(root, wait=True) as locked:
        _recover(root, locked=locked)
        _swap_in(src, root, meta["_top"])
    with contextlib.suppress(ImportError):
        argos_package_module()  # argostranslate reads the same folder (and nothing else)
    model = _read_model(root / meta["_top"])
    if model is None:
        raise ModelError(f"{src.name}: installation failed (nothing unpacked)")
    return model


def remove_model(name: str) -> InstalledModel:
    """Remove an installed package by its folder name (as `models list` shows)."""
    for m in list_models():
        if name in (m.name, m.code):
            try:
                shutil.rmtree(m.path)
            except OSError as exc:
                raise ModelError(f"{m.name}: cannot remove ({exc.strerror or exc})") from None
            return m
    names = ", ".join(m.name for m in list_models()) or "none installed"
    raise ModelError(f"no installed model named {name!r} ({names})")
