"""Files of a corpus run, local or behind an fsspec URL (``s3://``, ``gs://``, ``file://``...).

Only strings with a ``scheme://`` (or an fsspec chain ``a::b://``) go through
fsspec, imported on first use: local paths keep the plain pathlib/os code and
the desktop install needs no fsspec (it comes with the ``cluster`` extra).

Object stores cannot rename atomically, so URL writes are single puts under
the final name (whole-object on S3/GCS; possibly torn elsewhere) and the
callers keep the rule "data first, done marker last" (`shards.write_shard`):
only a marker whose key and data size match vouches for a shard.

Test hook: if ``PARALELO_FSSPEC_PLUGIN`` names a module, it is imported before
the first URL is opened, in every process (pool and Dask workers inherit the
environment) — the tests register a ``testfs://`` protocol that way.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import os
import posixpath
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from functools import wraps
from pathlib import Path, PurePosixPath
from typing import IO, Any, ParamSpec, TypeVar

from paralelo.core.atomic import atomic_write
from paralelo.core.errors import UserError

PLUGIN_ENV = "PARALELO_FSSPEC_PLUGIN"
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]+(://|::)")
_P = ParamSpec("_P")
_R = TypeVar("_R")
_MTIME_KEYS = ("mtime", "LastModified", "last_modified", "updated", "ETag", "etag", "md5Hash")


def is_url(path: str | os.PathLike[str]) -> bool:
    """True for ``scheme://...`` and fsspec chains; never for ``C:\\x`` or a plain path."""
    return isinstance(path, str) and bool(_URL.match(path))


def _fsspec() -> Any:
    try:
        import fsspec
    except ImportError:
        raise UserError("install paralelo[cluster] for URL inputs (fsspec is missing)") from None
    plugin = os.environ.get(PLUGIN_ENV)
    if plugin:
        importlib.import_module(plugin)
    return fsspec


def _fs(url: str) -> tuple[Any, str]:
    """The filesystem and in-filesystem path of ``url``; a one-line error for a bad scheme."""
    fsspec = _fsspec()
    try:
        return fsspec.core.url_to_fs(url)
    except ImportError as exc:  # the backend (s3fs, gcsfs...) is not installed
        raise UserError(f"{url}: {exc}") from None
    except (ValueError, TypeError) as exc:
        raise UserError(f"{url}: not a URL this installation can open ({exc})") from None


@contextlib.contextmanager
def store_errors(url: str) -> Iterator[None]:
    """A backend's own exception (no credentials, network down, a bad bucket name) as an
    OSError naming the URL, so callers handle it like any I/O error: one line, no traceback."""
    try:
        yield
    except (OSError, UserError, UnicodeDecodeError):
        raise
    except Exception as exc:  # botocore, google.auth, aiohttp... raise their own types
        text = " ".join(str(exc).split()) or type(exc).__name__
        raise OSError(f"{url}: {text}") from exc


def _guarded(fn: Callable[_P, _R]) -> Callable[_P, _R]:
    """`store_errors` around a function whose first argument is a path, for URLs only."""
    @wraps(fn)
    def call(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        path = str(args[0])
        if not is_url(path):
            return fn(*args, **kwargs)
        with store_errors(path):
            return fn(*args, **kwargs)
    return call


def check(path: str) -> None:
    """Refuse a URL that cannot be opened (no fsspec, unknown scheme) before any work."""
    if is_url(path):
        _fs(path)


def resolve(path: str) -> str:
    """An absolute local path, or the URL without a trailing slash.

    A ``file://`` URL is made absolute too (``file://rel/dir`` is read relative to
    the working folder, which a resumed run or a Dask worker may not share).
    """
    if is_url(path):
        fs, local = _fs(path)
        if "::" not in path and getattr(fs, "protocol", None) in ("file", ("file", "local")):
            return "file://" + str(Path(local).resolve())
        stripped = path.rstrip("/")
        return path if stripped.endswith(":") else stripped  # "s3:///" stays whole
    return str(Path(path).resolve())


def _split_url(url: str) -> tuple[str, str]:
    """("scheme://" with any chain before it, the path after it)."""
    i = url.rfind("://") + 3
    return url[:i], url[i:]


def join(base: str | os.PathLike[str], *names: str) -> str:
    b = str(base)
    if is_url(b):
        head, rest = _split_url(b)
        rest = rest.rstrip("/")
        if not rest and b.endswith(":///"):
            rest = "/"  # file:/// is the root folder: "file:///" + "a", not "file://a"
        sep = "" if not rest or rest.endswith("/") else "/"
        return head + rest + sep + "/".join(names)
    return str(Path(base, *names))


def parent(path: str) -> str:
    """The folder holding ``path``; at a URL's root, the root itself ("file:///",
    "memory://"), never a string that no longer reads as a URL."""
    if is_url(path):
        head, rest = _split_url(path)
        stem = rest.rstrip("/")
        folder = posixpath.dirname(stem) if "/" in stem else ""
        if not folder and rest.startswith("/"):
            folder = "/"
        return head + folder
    return str(Path(path).parent)


@_guarded
def exists(path: str) -> bool:
    if not is_url(path):
        return Path(path).exists()
    fs, p = _fs(path)
    return bool(fs.exists(p))


@_guarded
def isdir(path: str) -> bool:
    if not is_url(path):
        return Path(path).is_dir()
    fs, p = _fs(path)
    return bool(fs.isdir(p))


@_guarded
def isfile(path: str) -> bool:
    if not is_url(path):
        return Path(path).is_file()
    fs, p = _fs(path)
    return bool(fs.isfile(p))


def stat(path: str) -> tuple[int, int] | None:
    """(size, modification stamp) for the hash cache; None if missing or no stamp is known."""
    if not is_url(path):
        try:
            st = os.stat(path)
        except OSError:
            return None
        return st.st_size, st.st_mtime_ns
    try:
        fs, p = _fs(path)
        with store_errors(path):
            info = fs.info(p)
    except (OSError, UserError):
        return None
    stamp = next((info[k] for k in _MTIME_KEYS if info.get(k) is not None), None)
    if stamp is None or info.get("size") is None:
        return None
    import hashlib

    digest = hashlib.blake2b(str(stamp).encode(), digest_size=7).digest()
    return int(info["size"]), int.from_bytes(digest, "big")  # fits SQLite's INTEGER


def open_read(path: str) -> IO[bytes]:
    """A binary reader (streamed): FileNotFoundError/OSError as for a local file."""
    if not is_url(path):
        return open(path, "rb")
    fs, p = _fs(path)
    return fs.open(p, "rb")


@_guarded
def read_bytes(path: str) -> bytes:
    with open_read(path) as fh:
        return fh.read()


def read_text(path: str) -> str:
    """UTF-8 text (a BOM is dropped); UnicodeDecodeError for other encodings."""
    return read_bytes(path).decode("utf-8-sig")


@_guarded
def write_bytes(path: str, data: bytes) -> None:
    """Replace ``path``: atomically on a local disk, as one put under the final name on a URL."""
    if not is_url(path):
        with atomic_write(path, "wb") as fh:
            fh.write(data)
        return
    fs, p = _fs(path)
    try:
        with store_errors(path):
            fs.pipe_file(p, data)
    except OSError as exc:
        raise UserError(f"{path}: cannot write ({exc})") from None


def write_text(path: str, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))


def open_append(path: str) -> IO[str]:
    """A text log to append to as things happen; for a URL (object stores cannot
    append) a buffer that is dropped: the caller writes the whole file at the end."""
    if not is_url(path):
        return open(path, "a", encoding="utf-8")
    return io.StringIO()


@_guarded
def makedirs(path: str) -> None:
    """Make a folder (no-op on object stores, whose folders are name prefixes)."""
    if not is_url(path):
        Path(path).mkdir(parents=True, exist_ok=True)
        return
    fs, p = _fs(path)
    fs.makedirs(p, exist_ok=True)


@_guarded
def remove(path: str) -> None:
    """Delete a file; a missing one is fine."""
    if not is_url(path):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
        return
    fs, p = _fs(path)
    with contextlib.suppress(FileNotFoundError):
        fs.rm_file(p)


@_guarded
def size(path: str) -> int | None:
    """Bytes in a file, None if it is missing."""
    if not is_url(path):
        try:
            return os.stat(path).st_size
        except OSError:
            return None
    fs, p = _fs(path)
    try:
        return int(fs.size(p))
    except (FileNotFoundError, TypeError):  # TypeError: no size known
        return None


@_guarded
def listdir(path: str) -> list[str]:
    """Names of the files directly in a folder (none if it is missing)."""
    if not is_url(path):
        folder = Path(path)
        return [f.name for f in folder.iterdir()] if folder.is_dir() else []
    fs, p = _fs(path)
    try:
        entries = fs.ls(p, detail=True)
    except FileNotFoundError:
        return []
    return sorted(PurePosixPath(e["name"]).name for e in entries if e.get("type") == "file")


@_guarded
def walk_files(path: str) -> list[str]:
    """Every file below a folder, as sorted relative POSIX names (any depth)."""
    if not is_url(path):
        folder = Path(path)
        return sorted(f.relative_to(folder).as_posix() for f in folder.rglob("*") if f.is_file())
    fs, p = _fs(path)
    root = p.rstrip("/")
    found = fs.find(root, withdirs=False)
    return sorted(f[len(root):].lstrip("/") for f in found if f.startswith(root))


def relative(path: str, root: str) -> str:
    """``path`` relative to ``root`` when below it (URLs), else os.path.relpath (local)."""
    if not root:
        return path
    if is_url(path) or is_url(root):
        prefix = root.rstrip("/") + "/"
        return path[len(prefix):] if path.startswith(prefix) else path
    try:
        return os.path.relpath(path, root).replace(os.sep, "/")
    except ValueError:  # another drive (Windows)
        return path


@contextlib.contextmanager
def local_inputs(paths: list[str]) -> Iterator[list[str]]:
    """Local copies of URL inputs for the importers (which read files); local paths as given.

    Each copy keeps its file name (the importers read the extension) in its own
    temporary folder, deleted on exit. An error naming a copy is re-raised as a
    one-line `UserError` naming the URL instead.
    """
    if not any(is_url(p) for p in paths):
        yield paths
        return
    tmp = tempfile.mkdtemp(prefix="paralelo-input-")
    names: dict[str, str] = {}
    try:
        local = []
        for i, src in enumerate(paths):
            if not is_url(src):
                local.append(src)
                continue
            dest = Path(tmp, str(i), PurePosixPath(src.rstrip("/")).name or "input")
            dest.parent.mkdir()
            try:
                fs, p = _fs(src)
                with store_errors(src):
                    fs.get_file(p, str(dest))  # streamed: a large input is not held in memory
            except FileNotFoundError:
                raise UserError(f"{src}: no such file") from None
            except IsADirectoryError:
                raise UserError(f"{src}: is a directory, not a document") from None
            except OSError as exc:
                raise UserError(f"{src}: cannot read ({exc})") from None
            names[str(dest)] = src
            local.append(str(dest))
        try:
            yield local
        except UserError as exc:
            text = str(exc)
            if not any(name in text for name in names):
                raise
            for name, src in names.items():
                text = text.replace(name, src)
            raise UserError(text) from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


@contextlib.contextmanager
def output_file(path: str) -> Iterator[str]:
    """A local file name to write; for a URL a temporary file uploaded (one put) on success."""
    if not is_url(path):
        yield path
        return
    fs, p = _fs(path)
    with tempfile.TemporaryDirectory(prefix="paralelo-out-") as tmp:
        local = str(Path(tmp, PurePosixPath(p).name or "out"))
        yield local
        try:
            with store_errors(path):
                fs.put_file(local, p)
        except OSError as exc:
            raise UserError(f"{path}: cannot write ({exc})") from None
