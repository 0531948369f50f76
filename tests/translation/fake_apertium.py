"""A fake ``apertium`` command that misbehaves on request, for driver tests.

It speaks the null-flush protocol Paralelo uses (NUL-terminated chunks in,
one NUL-terminated answer per chunk out, the chunk upper-cased as its
"translation") both as ``apertium -z -u -f none spa-eng_US`` (one-shot) and as
a long-lived pipeline. A lower-case word in a paragraph (so name protection
leaves it alone) picks the misbehaviour: stallnow (sleeps), crashnow (dies of
SIGSEGV), floodnow (prints 400 MB with no end), badutf (answers invalid
UTF-8), extranow (an unasked answer first). FAKE_APERTIUM=dead
makes it exit at once with an error, as a broken install would.
"""

from __future__ import annotations

import stat
import sys
from pathlib import Path

SCRIPT = r'''
import os, signal, sys, time

args = sys.argv[1:]
if "-l" in args:
    print("  spa-eng_US")
    sys.exit(0)
if "-V" in args:
    print("Apertium 9.9.9")
    sys.exit(0)
if os.environ.get("FAKE_APERTIUM") == "dead":
    sys.stderr.write("fake: cannot load the dictionary\n")
    sys.exit(4)
out = sys.stdout.buffer
buf = b""
while True:
    data = os.read(0, 65536)
    if not data:
        break
    buf += data
    while b"\0" in buf:
        chunk, buf = buf.split(b"\0", 1)
        if b"stallnow" in chunk:
            time.sleep(3600)
        if b"crashnow" in chunk:
            sys.stderr.write("fake: segmentation fault in transfer\n")
            sys.stderr.flush()
            os.kill(os.getpid(), signal.SIGSEGV)
        if b"floodnow" in chunk:
            block = b"x" * 1048576
            for _ in range(400):
                out.write(block)
            time.sleep(3600)
        if b"extranow" in chunk:
            out.write(b"SURPRISE[#0]\0")
        answer = chunk.decode("utf-8", "surrogateescape").upper()
        answer = answer.encode("utf-8", "surrogateescape")
        if b"BADUTF" in answer:
            answer = b"\xff\xfe" + answer
        out.write(answer + b"\0")
        out.flush()
'''


def write_fake_apertium(folder: Path) -> Path:
    """Write ``folder/apertium`` (executable, run by this Python) and return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "apertium"
    path.write_text(f"#!{sys.executable}\n{SCRIPT}", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path
