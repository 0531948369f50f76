"""Deterministic shards, their hashes, and the files a run leaves in OUTDIR.

OUTDIR holds ``corpus.json`` (the plan: parameters, shard names, keys and
sizes), ``shards/NAME.jsonl`` (one line per pair, written under a temporary
name and renamed) and ``shards/NAME.done`` (the marker, written last, holding
the shard's key and its per-pair errors). A shard is up to date when its
marker's key equals the plan's: the key hashes the parameters and every
input file's content, so a changed file or parameter redoes exactly the shards
it touches and nothing else. Shards never depend on the worker count, so a
run resumed with other ``--workers`` reuses everything.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from paralelo.core.atomic import atomic_write
from paralelo.core.errors import UserError
from paralelo.corpus.hashes import hash_files
from paralelo.corpus.inputs import Inputs, Pair

PLAN = "corpus.json"
HASH_CACHE = "hashes.sqlite"
SHARD_DIR = "shards"
PLAN_VERSION = 1
DEFAULT_SHARD_SIZE = 20


@dataclass(slots=True)
class Shard:
    """A unit of work: a few pairs, the hash of everything that decides its output."""

    name: str
    pairs: list[Pair]
    hashes: list[list[str]]  # per pair: sha256 of the Spanish file, then each English one
    key: str = ""


def make_shards(inputs: Inputs, params: dict[str, Any], size: int = DEFAULT_SHARD_SIZE,
                hash_cache: Path | None = None) -> list[Shard]:
    """Group pairs into shards of about ``size`` pairs, pairs sharing a Spanish file together.

    Order: Spanish files by the first pair id that uses them (pairs are sorted
    by id), so a document shared by several pairs is translated once, in one shard.
    """
    groups: dict[str, list[Pair]] = {}
    for p in inputs.pairs:
        groups.setdefault(p.es, []).append(p)
    shards: list[Shard] = []
    current: list[Pair] = []
    for group in groups.values():
        current.extend(group)
        if len(current) >= size:
            shards.append(Shard(f"s{len(shards):06d}", current, []))
            current = []
    if current:
        shards.append(Shard(f"s{len(shards):06d}", current, []))
    digests = hash_files((f for p in inputs.pairs for f in (p.es, *p.en)), hash_cache)
    for s in shards:
        s.hashes = [[digests[f] for f in (p.es, *p.en)] for p in s.pairs]
        s.key = shard_key(s, params)
    return shards


def shard_key(shard: Shard, params: dict[str, Any]) -> str:
    blob = json.dumps({"params": params, "pairs": [p.to_json() for p in shard.pairs],
                       "hashes": shard.hashes}, sort_keys=True, ensure_ascii=True)
    return hashlib.sha256(blob.encode("ascii")).hexdigest()


def shard_dir(outdir: str | Path) -> Path:
    return Path(outdir) / SHARD_DIR


def data_path(outdir: str | Path, name: str) -> Path:
    return shard_dir(outdir) / f"{name}.jsonl"


def marker_path(outdir: str | Path, name: str) -> Path:
    return shard_dir(outdir) / f"{name}.done"


def read_marker(outdir: str | Path, name: str) -> dict[str, Any] | None:
    """The shard's marker, or None if missing or unreadable (then the shard is redone)."""
    try:
        data = json.loads(marker_path(outdir, name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def is_done(outdir: str | Path, name: str, key: str) -> bool:
    marker = read_marker(outdir, name)
    return bool(marker and marker.get("key") == key and data_path(outdir, name).is_file())


def write_shard(outdir: str | Path, name: str, records: list[dict[str, Any]],
                marker: dict[str, Any]) -> None:
    """Data first, marker last, each replaced atomically: a marker always has its data."""
    folder = shard_dir(outdir)
    folder.mkdir(parents=True, exist_ok=True)
    old = marker_path(outdir, name)
    if old.exists():  # a stale marker must not vouch for new data while it is written
        old.unlink()
    with atomic_write(data_path(outdir, name)) as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")
    with atomic_write(marker_path(outdir, name)) as fh:
        json.dump(marker, fh, ensure_ascii=False, sort_keys=True)


def write_plan(outdir: str | Path, plan: dict[str, Any]) -> None:
    Path(outdir).mkdir(parents=True, exist_ok=True)
    with atomic_write(Path(outdir) / PLAN) as fh:
        json.dump(plan, fh, ensure_ascii=False, indent=1, sort_keys=True)


def read_plan(outdir: str | Path) -> dict[str, Any]:
    path = Path(outdir) / PLAN
    if not Path(outdir).is_dir():
        raise UserError(f"{outdir}: no such folder")
    try:
        plan = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError(f"{outdir}: not a corpus folder (no {PLAN}; run `paralelo corpus run`)"
                        ) from None
    except (OSError, ValueError):
        raise UserError(f"{path}: unreadable corpus plan") from None
    if not isinstance(plan, dict) or plan.get("version") != PLAN_VERSION:
        raise UserError(f"{path}: not a corpus plan this version of Paralelo reads")
    return plan


def iter_records(outdir: str | Path, plan: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every finished pair record, shard by shard in plan order (streamed, one line at a time)."""
    for entry in plan["shards"]:
        if not is_done(outdir, entry["name"], entry["key"]):
            continue
        with data_path(outdir, entry["name"]).open(encoding="utf-8") as fh:
            for line in fh:
                yield json.loads(line)


def remove_stale(outdir: str | Path, names: set[str]) -> None:
    """Shard files the current plan does not name (an earlier, larger plan) go away,
    with temporary files a killed run left. Call only when no run writes here."""
    folder = shard_dir(outdir)
    if not folder.is_dir():
        return
    for f in folder.iterdir():
        stem = f.name.split(".", 1)[0]
        leftover = f.name.startswith(".") and f.name.endswith(".part")  # killed mid-write
        if leftover or (f.suffix in (".jsonl", ".done") and stem not in names):
            os.unlink(f)
