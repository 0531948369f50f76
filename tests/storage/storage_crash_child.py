"""Editor process for the crash tests (run as ``python storage_crash_child.py``).

It imports the storage once and then, for each request line on stdin
(``PATH<TAB>ACTIONS.json<TAB>FIFO``), forks a child that opens the session,
prints ``ready``, performs the actions one call at a time and prints
``ack I RESULT`` (flushed) to the FIFO after each call returns. The test
SIGKILLs that child; this process reaps it and prints ``reaped``. Forking
keeps 30 rounds affordable: no interpreter start-up per round.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from storage_helpers import make_result

from paralelo.storage import Session


def run_actions(path: str, actions: list[dict[str, Any]]) -> None:
    if actions and actions[0]["op"] == "save":
        s = Session.create(path, overwrite=True)
        print("ready", flush=True)
        s.save_result(make_result(actions[0]["n"], seed=7))
        print("ack 0 saved", flush=True)
        return
    s = Session.open(path)
    s.reviewer = "crash-test"
    print("ready", flush=True)
    for i, a in enumerate(actions):
        op, out = a["op"], ""
        if op == "confirm":
            s.confirm(a["ids"][0])
        elif op == "flag":
            s.flag(a["ids"][0])
        elif op == "note":
            s.set_note(a["ids"][0], a["text"])
        elif op == "unlink":
            s.unlink(a["ids"][0])
        elif op == "merge":
            out = str(s.merge(a["ids"]))
        elif op == "link":
            out = str(s.link(a["es"], [(d, p) for d, p in a["en"]]))
        print(f"ack {i} {out}", flush=True)
    print("done", flush=True)


def main() -> None:
    for line in sys.stdin:
        path, actions_file, fifo = line.rstrip("\n").split("\t")
        actions = json.loads(Path(actions_file).read_text(encoding="utf-8"))
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            fd = os.open(fifo, os.O_WRONLY)
            os.dup2(fd, 1)
            code = 0
            try:
                run_actions(path, actions)
            except BaseException as exc:  # report, never hang the test
                print(f"error {exc!r}", flush=True)
                code = 1
            sys.stdout.flush()
            os._exit(code)
        print(pid, flush=True)
        os.waitpid(pid, 0)
        print("reaped", flush=True)


if __name__ == "__main__":
    main()
