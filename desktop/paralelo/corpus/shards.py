"""Deterministic shards, their hashes, and the files a run leaves in OUTDIR.

OUTDIR holds ``corpus.json`` (the plan: parameters, shard names, keys and
sizes), ``shards/NAME.jsonl`` (one line per pair, written under a temporary
name and renamed; on a URL OUTDIR one put, see `write_shard`) and
``shards/NAME.done`` (the marker, written last, holding the shard's key, its
per-pair errors and its data's size and hash). A shard is up to date when its
marker's key equals the plan's: the key hashes the parameters and every
input file's content, so a changed file or parameter redoes exactly the shards
it touches and nothing else. Shards never depend on the worker count, so a
run resumed with other ``--workers`` reuses everything.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from paralelo.core.errors import UserError
from paralelo.corpus import fsio
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


def hash_cache(outdir: str | Path) -> Path | None:
    """Where the input hashes are remembered: OUTDIR, or for a URL OUTDIR (SQLite needs a
    local file) the user's cache folder, one file per OUTDIR URL."""
    if not fsio.is_url(str(outdir)):
        return Path(outdir) / HASH_CACHE
    from paralelo.paths import user_cache_dir

    folder = user_cache_dir() / "corpus-hashes"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None  # no cache: every input is read again, nothing else changes
    name = hashlib.blake2b(str(outdir).encode("utf-8"), digest_size=12).hexdigest()
    return folder / f"{name}.sqlite"


def shard_key(shard: Shard, params: dict[str, Any]) -> str:
    blob = json.dumps({"params": params, "pairs": [p.to_json() for p in shard.pairs],
                       "hashes": shard.hashes}, sort_keys=True, ensure_ascii=True)
    return hashlib.sha256(blob.encode("ascii")).hexdigest()


def shard_dir(outdir: str | Path) -> str:
    return fsio.join(outdir, SHARD_DIR)


def data_file(outdir: str | Path, name: str) -> str:
    """The shard's data file: a local path or a URL, like OUTDIR."""
    return fsio.join(outdir, SHARD_DIR, f"{name}.jsonl")


def marker_file(outdir: str | Path, name: str) -> str:
    return fsio.join(outdir, SHARD_DIR, f"{name}.done")


def data_path(outdir: str | Path, name: str) -> Path:
    """`data_file` of a local OUTDIR as a Path."""
    return Path(data_file(outdir, name))


def marker_path(outdir: str | Path, name: str) -> Path:
    """`marker_file` of a local OUTDIR as a Path."""
    return Path(marker_file(outdir, name))


def read_marker(outdir: str | Path, name: str) -> dict[str, Any] | None:
    """The shard's marker, or None if missing or unreadable (then the shard is redone).

    A marker torn by a non-atomic store is unreadable JSON, hence None too.
    """
    try:
        data = json.loads(fsio.read_text(marker_file(outdir, name)))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _data_matches(outdir: str | Path, name: str, marker: dict[str, Any]) -> bool:
    """The data file exists and has the size its marker recorded (markers before it: any)."""
    size = fsio.size(data_file(outdir, name))
    return size is not None and marker.get("data_bytes", size) == size


def is_done(outdir: str | Path, name: str, key: str) -> bool:
    marker = read_marker(outdir, name)
    return bool(marker and marker.get("key") == key and _data_matches(outdir, name, marker))


def write_shard(outdir: str | Path, name: str, records: list[dict[str, Any]],
                marker: dict[str, Any]) -> None:
    """Data first, marker last: a marker always has its data.

    Locally each file is replaced atomically. On a URL each is one put under
    its final name; the marker records the data's size and hash (added to
    ``marker``), so data torn by a second writer of the same shard is not
    trusted: `is_done` checks the size, `iter_records` the hash.
    """
    fsio.makedirs(shard_dir(outdir))
    fsio.remove(marker_file(outdir, name))  # a stale marker must not vouch for new data
    data = "".join(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n"
                   for rec in records).encode("utf-8")
    fsio.write_bytes(data_file(outdir, name), data)
    marker["data_bytes"] = len(data)
    marker["data_sha256"] = hashlib.sha256(data).hexdigest()
    fsio.write_text(marker_file(outdir, name),
                    json.dumps(marker, ensure_ascii=False, sort_keys=True))


def write_plan(outdir: str | Path, plan: dict[str, Any]) -> None:
    fsio.makedirs(str(outdir))
    fsio.write_text(fsio.join(outdir, PLAN),
                    json.dumps(plan, ensure_ascii=False, indent=1, sort_keys=True))


def read_plan(outdir: str | Path) -> dict[str, Any]:
    path = fsio.join(outdir, PLAN)
    if not fsio.isdir(str(outdir)):
        raise UserError(f"{outdir}: no such folder")
    try:
        plan = json.loads(fsio.read_text(path))
    except FileNotFoundError:
        raise UserError(f"{outdir}: not a corpus folder (no {PLAN}; run `paralelo corpus run`)"
                        ) from None
    except (OSError, ValueError):
        raise UserError(f"{path}: unreadable corpus plan") from None
    if not isinstance(plan, dict) or plan.get("version") != PLAN_VERSION:
        raise UserError(f"{path}: not a corpus plan this version of Paralelo reads")
    return plan


def iter_records(outdir: str | Path, plan: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every finished pair record, shard by shard in plan order, streamed line by line.

    The data is hashed as it is read; if it does not match its marker (a store
    let two writers tear it) the caller gets a `UserError` at the end of that
    shard, before it could finish its output (merge writes atomically).
    """
    for entry in plan["shards"]:
        marker = read_marker(outdir, entry["name"])
        if not marker or marker.get("key") != entry["key"]:
            continue
        path = data_file(outdir, entry["name"])
        want = marker.get("data_sha256")
        digest = hashlib.sha256()
        try:
            fh = fsio.open_read(path)
        except FileNotFoundError:
            continue
        torn = UserError(f"{path}: does not match its done marker (written twice at "
                         "once?); run `paralelo corpus run` again")
        with fh:
            for line in fh:
                digest.update(line)
                if line.strip():
                    try:
                        record = json.loads(line)
                    except ValueError:  # bad UTF-8 or JSON: torn, whatever the hash says
                        raise torn from None
                    yield record
        if want is not None and digest.hexdigest() != want:
            raise torn


def remove_stale(outdir: str | Path, names: set[str]) -> None:
    """Shard files the current plan does not name (an earlier, larger plan) go away,
    with temporary files a killed run left. Call only when no run writes here."""
    folder = shard_dir(outdir)
    for name in fsio.listdir(folder):
        stem = name.split(".", 1)[0]
        leftover = name.startswith(".") and name.endswith(".part")  # killed mid-write
        if leftover or (Path(name).suffix in (".jsonl", ".done") and stem not in names):
            fsio.remove(fsio.join(folder, name))
