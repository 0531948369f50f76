"""``testfs://``: an fsspec filesystem over local folders that behaves like an object store.

Loaded by paralelo.corpus.fsio in every process when ``PARALELO_FSSPEC_PLUGIN``
names this module (pool and Dask workers inherit the environment and, being
spawned, the test's sys.path). ``testfs:///tmp/x`` is the local ``/tmp/x``,
but nothing is atomic: a write goes straight to the final name (a reader can
see half a file), ``mv`` is copy + delete, and writing creates parent
folders like a store's key prefixes. Every open is counted in
``testfs-opens.log`` at the filesystem root folder given by
``PARALELO_TESTFS_LOG`` (if set), so tests can prove the URL path was taken.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import fsspec
from fsspec.spec import AbstractFileSystem

PROTOCOL = "testfs"
LOG_ENV = "PARALELO_TESTFS_LOG"


class TestFileSystem(AbstractFileSystem):  # type: ignore[misc]
    protocol = PROTOCOL
    root_marker = "/"

    @classmethod
    def _strip_protocol(cls, path: Any) -> str:
        text = str(path)
        if text.startswith(f"{PROTOCOL}://"):
            text = text[len(PROTOCOL) + 3 :]
        return "/" + text.strip("/")

    def ls(self, path: str, detail: bool = True, **kwargs: Any) -> list[Any]:
        local = Path(self._strip_protocol(path))
        if local.is_file():
            entries = [self.info(str(local))]
        elif local.is_dir():
            entries = [self.info(str(p)) for p in sorted(local.iterdir())]
        else:
            raise FileNotFoundError(path)
        return entries if detail else [e["name"] for e in entries]

    def info(self, path: str, **kwargs: Any) -> dict[str, Any]:
        local = self._strip_protocol(path)
        st = os.stat(local)  # FileNotFoundError for a missing key, as stores raise
        kind = "directory" if os.path.isdir(local) else "file"
        return {"name": local, "size": st.st_size if kind == "file" else 0, "type": kind,
                "mtime": st.st_mtime}

    def _open(self, path: str, mode: str = "rb", **kwargs: Any) -> Any:
        local = self._strip_protocol(path)
        log = os.environ.get(LOG_ENV)
        if log:
            with open(log, "a", encoding="utf-8") as fh:
                fh.write(f"{mode} {local}\n")
        if "r" not in mode:
            os.makedirs(os.path.dirname(local), exist_ok=True)
        return open(local, mode)  # fsspec closes it

    def makedirs(self, path: str, exist_ok: bool = False) -> None:
        os.makedirs(self._strip_protocol(path), exist_ok=exist_ok)

    def mkdir(self, path: str, create_parents: bool = True, **kwargs: Any) -> None:
        self.makedirs(path, exist_ok=True)

    def rm_file(self, path: str) -> None:
        os.unlink(self._strip_protocol(path))

    def _rm(self, path: str) -> None:
        local = self._strip_protocol(path)
        if os.path.isdir(local):
            shutil.rmtree(local)
        else:
            os.unlink(local)

    def cp_file(self, path1: str, path2: str, **kwargs: Any) -> None:
        with self._open(path1, "rb") as src, self._open(path2, "wb") as dst:
            shutil.copyfileobj(src, dst)

    def mv(self, path1: str, path2: str, **kwargs: Any) -> None:
        """No atomic rename on a store: copy, then delete."""
        self.cp_file(path1, path2)
        self.rm_file(path1)


fsspec.register_implementation(PROTOCOL, TestFileSystem, clobber=True)
