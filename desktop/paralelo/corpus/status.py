"""`corpus_status`: done / failed / remaining, rate and ETA, from files alone.

It reads the plan, the shard markers and ``run.json``, never the running
process, so it answers the same during a run, after it finished and after it
was killed (OUTDIR may be an fsspec URL). The rate counts the pairs whose
shards finished since the last run started; a run whose process is gone
(same host) is reported "stopped".
"""

from __future__ import annotations

import json
import os
import socket
import time
from pathlib import Path
from typing import Any

from paralelo.corpus import fsio
from paralelo.corpus.progress import eta_text
from paralelo.corpus.runner import RUN_STATE
from paralelo.corpus.shards import read_marker, read_plan


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def corpus_status(outdir: str | Path) -> dict[str, Any]:
    plan = read_plan(outdir)
    try:
        state = json.loads(fsio.read_text(fsio.join(outdir, RUN_STATE)))
    except (OSError, ValueError):
        state = {}
    started = float(state.get("started") or 0.0)
    done = failed = recent = shards_done = 0
    last = started
    for entry in plan["shards"]:
        marker = read_marker(outdir, entry["name"])
        if not marker or marker.get("key") != entry["key"]:
            continue
        shards_done += 1
        done += int(marker.get("pairs", 0))
        failed += int(marker.get("failed", 0))
        if float(marker.get("finished", 0)) >= started:
            recent += int(marker.get("pairs", 0))
            last = max(last, float(marker["finished"]))
    status = state.get("status", "not started")
    if status == "running" and state.get("host") == socket.gethostname() \
            and not process_alive(int(state.get("pid", 0))):
        status = "stopped"
    end = time.time() if status == "running" else (state.get("ended") or last)
    elapsed = max(0.0, float(end) - started) if started else 0.0
    rate = recent / elapsed if elapsed > 0 else 0.0
    remaining = plan["total"] - done
    return {"status": status, "total": plan["total"], "done": done, "ok": done - failed,
            "failed": failed, "remaining": remaining, "shards": len(plan["shards"]),
            "shards_done": shards_done, "unpaired": len(plan.get("unpaired", [])),
            "pairs_per_s": round(rate, 3),
            "eta_s": round(remaining / rate, 1) if rate > 0 and remaining else None,
            "engine": plan["params"]["engine"], "mode": plan["params"]["mode"]}


def status_lines(s: dict[str, Any]) -> list[str]:
    engine = " ".join(str(x) for x in s["engine"] if x)
    eta = eta_text(s["eta_s"]) if s["remaining"] else "done"
    unpaired = f"unpaired files: {s['unpaired']} (listed in errors.jsonl)"
    return [f"status: {s['status']} (engine {engine}, mode {s['mode']})",
            f"pairs: {s['done']}/{s['total']} done ({s['ok']} aligned, {s['failed']} failed), "
            f"{s['remaining']} remaining",
            f"shards: {s['shards_done']}/{s['shards']}",
            f"rate: {s['pairs_per_s']:.2f} pairs/s, ETA {eta}",
            *([unpaired] if s["unpaired"] else [])]
