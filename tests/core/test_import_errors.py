"""Every bad input becomes one DocumentError line naming the file."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

import paralelo.core.importers as importers
from paralelo.core.errors import DocumentError, UserError
from paralelo.core.formats import MAX_FILE_BYTES
from paralelo.core.importers import load_document


def _err(path: Path | str) -> str:
    with pytest.raises(DocumentError) as ei:
        load_document(path)
    msg = str(ei.value)
    assert "\n" not in msg and str(path) in msg
    assert isinstance(ei.value, UserError) and ei.value.exit_code == 2
    return msg


def test_missing(tmp_path: Path) -> None:
    assert _err(tmp_path / "nope.txt").endswith("no such file")


def test_directory(tmp_path: Path) -> None:
    assert "is a directory" in _err(tmp_path)


def test_not_a_regular_file(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert "not a regular file" in _err(fifo)


@pytest.mark.parametrize(("data", "words"), [
    (b"", "empty"),
    (b"  \n\t\r\n  ", "contains no text"),
    ("\u3000\u00a0\n".encode(), "contains no text"),
    (b"\xef\xbb\xbf", "contains no text"),
])
def test_empty(tmp_path: Path, data: bytes, words: str) -> None:
    p = tmp_path / "e.txt"
    p.write_bytes(data)
    assert words in _err(p)


@pytest.mark.parametrize("data", [
    b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00" + bytes(range(256)) * 8,
    b"text with a NUL \x00 inside and \x00\x00 more of them, \x00 really",
    bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 50,
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200),
])
def test_binary(tmp_path: Path, data: bytes) -> None:
    p = tmp_path / "blob.txt"
    p.write_bytes(data)
    assert "binary" in _err(p)


def test_undecodable(tmp_path: Path) -> None:
    p = tmp_path / "bad.txt"
    p.write_bytes("Texto con eñe ".encode("cp1252") + b"\x81\x8d\x90 y m\xe1s")
    assert "cannot decode" in _err(p)


def test_bad_utf16_after_bom(tmp_path: Path) -> None:
    p = tmp_path / "u16.txt"
    p.write_bytes(b"\xff\xfe" + "hola".encode("utf-16-le") + b"\x00\xd8")  # lone surrogate
    assert "cannot decode" in _err(p)


def test_size_limit_constant_is_50_mb() -> None:
    assert MAX_FILE_BYTES == 50 * 1024 * 1024 == importers.MAX_FILE_BYTES


def test_too_large(tmp_path: Path) -> None:
    p = tmp_path / "huge.txt"
    with p.open("wb") as fh:  # sparse: costs no disk, refused before reading
        fh.truncate(MAX_FILE_BYTES + 1)
    assert "too large" in _err(p) and "50 MB" in _err(p)


def test_too_large_with_patched_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importers, "MAX_FILE_BYTES", 10)
    p = tmp_path / "small.txt"
    p.write_text("more than ten bytes of text")
    assert "too large" in _err(p)


@pytest.mark.parametrize(("name", "words"), [
    ("old.doc", "save it as .docx"), ("x.odt", "OpenDocument"), ("s.xlsx", "spreadsheets"),
    ("scan.png", "no OCR"), ("a.rtf", "RTF"),
])
def test_unsupported_extensions(tmp_path: Path, name: str, words: str) -> None:
    p = tmp_path / name
    p.write_bytes(b"some bytes that do not matter")
    assert words in _err(p)


def test_zip_with_unknown_extension(tmp_path: Path) -> None:
    import zipfile

    p = tmp_path / "bundle.dat"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("a.txt", "x")
    assert "ZIP archive" in _err(p)


_LOAD_CHILD = """
import sys
from paralelo.core.errors import DocumentError
from paralelo.core.importers import load_document
try:
    load_document(sys.argv[1])
except DocumentError as exc:
    print("ERROR", exc)
else:
    print("LOADED")
"""


def test_unreadable(tmp_path: Path, run_unprivileged: Any) -> None:
    """A file the user may not read: one line naming it (also checked as root, on CI)."""
    p = tmp_path / "secret.txt"
    p.write_text("hola")
    p.chmod(0)
    proc = run_unprivileged(_LOAD_CHILD, str(p))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("ERROR ") and proc.stdout.count("\n") == 1, proc.stdout
    assert "cannot read" in proc.stdout and str(p) in proc.stdout


def test_nul_in_path() -> None:
    with pytest.raises(DocumentError, match=r"^'bad\\x00name\.txt': ") as ei:
        load_document("bad\x00name.txt")
    assert "\n" not in str(ei.value)
