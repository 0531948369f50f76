"""What a corpus run works on: pairs found in a folder or listed in a manifest.

A folder pairs ``name.es.ext`` with ``name.en.ext`` (any depth), or the files
of an ``es/`` subfolder with the same relative names under ``en/``. Every file
that finds no partner is reported, never silently skipped. A manifest is TSV
(``id<TAB>es_path<TAB>en_path[;en_path...]``, further columns kept as metadata,
an optional header line starting with ``id``) or JSONL (``{"id", "es", "en",
...}``); relative paths are read from the manifest's folder.
The input, and each path a manifest lists, may be an fsspec URL (`fsio`); a
relative path in a manifest at a URL is taken relative to that URL.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from paralelo.core.errors import UserError
from paralelo.corpus import fsio

#: Formats the importers read (paralelo.core.importers); other files are ignored in folders.
EXTENSIONS = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf"})
_TAGGED = re.compile(r"^(?P<stem>.+)\.(?P<lang>es|en)(?P<ext>\.[^.]+)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Pair:
    """One Spanish document and its English counterpart(s)."""

    id: str
    es: str
    en: tuple[str, ...]
    meta: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "es": self.es, "en": list(self.en), "meta": self.meta}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Pair:
        return cls(str(d["id"]), str(d["es"]), tuple(map(str, d["en"])), dict(d.get("meta") or {}))


@dataclass(slots=True)
class Inputs:
    pairs: list[Pair]
    unpaired: list[str]  # files (folder input) that found no partner
    root: str = ""  # the folder paths are shown relative to (provenance)


def discover(source: str | Path) -> Inputs:
    """Pairs from a folder or a .tsv/.jsonl manifest, sorted by id (ids are unique)."""
    path = fsio.resolve(str(source))
    if fsio.isdir(path):
        found = _from_folder(path)
    elif fsio.isfile(path):
        found = _from_manifest(path)
        found.root = fsio.parent(path)
    else:
        raise UserError(f"{path}: no such file or folder")
    seen: set[str] = set()
    for p in found.pairs:
        if p.id in seen:
            raise UserError(f"{path}: pair id {p.id!r} appears twice")
        seen.add(p.id)
    found.pairs.sort(key=lambda p: p.id)
    found.root = found.root or str(path)
    return found


def _files(folder: str) -> dict[str, str]:
    """Importable files below ``folder``: relative POSIX name → full path (or URL)."""
    return {rel: fsio.join(folder, rel) for rel in fsio.walk_files(folder)
            if PurePosixPath(rel).suffix.lower() in EXTENSIONS
            and not any(part.startswith(".") for part in PurePosixPath(rel).parts)}


def _from_folder(folder: str) -> Inputs:
    es_dir, en_dir = fsio.join(folder, "es"), fsio.join(folder, "en")
    if fsio.isdir(es_dir) and fsio.isdir(en_dir):
        es, en = _files(es_dir), _files(en_dir)
        pairs = [Pair(_strip_ext(k), es[k], (en[k],)) for k in sorted(es.keys() & en.keys())]
        unpaired = sorted(es[k] for k in es.keys() - en.keys())
        unpaired += sorted(en[k] for k in en.keys() - es.keys())
        return Inputs(pairs, unpaired)
    sides: dict[tuple[str, str], dict[str, str]] = {}
    unpaired = []
    for name, f in _files(folder).items():
        rel = PurePosixPath(name)
        m = _TAGGED.match(rel.name)
        if not m:
            unpaired.append(f)
            continue
        stem = (rel.parent / m["stem"]).as_posix()
        sides.setdefault((stem, m["ext"].lower()), {})[m["lang"].lower()] = f
    pairs = []
    for (stem, _ext), got in sorted(sides.items()):
        if "es" in got and "en" in got:
            pairs.append(Pair(stem, got["es"], (got["en"],)))
        else:
            unpaired.extend(got.values())
    ids = [p.id for p in pairs]
    if len(set(ids)) != len(ids):  # name.es.txt + name.es.md: keep the extension in the id
        pairs = [Pair(f"{p.id}{PurePosixPath(p.es).suffix.lower()}", p.es, p.en)
                 for p in pairs]
    return Inputs(pairs, sorted(unpaired))


def _strip_ext(rel: str) -> str:
    return rel.rsplit(".", 1)[0] if "." in rel.rsplit("/", 1)[-1] else rel


def _resolve(base: str, value: str) -> str:
    """A manifest's path: URLs and absolute paths as given, others from the manifest's folder."""
    value = value.strip()
    if fsio.is_url(value):
        return value
    if Path(value).is_absolute():
        return str(Path(value))
    return fsio.join(base, value) if fsio.is_url(base) else str(Path(base) / value)


def _from_manifest(path: str) -> Inputs:
    try:
        text = fsio.read_text(path)
    except UnicodeDecodeError:
        raise UserError(f"{path}: a manifest must be UTF-8 text") from None
    except OSError as exc:
        raise UserError(f"{path}: cannot read ({exc.strerror or exc})") from None
    base = fsio.parent(path)
    jsonl = PurePosixPath(path).suffix.lower() in (".jsonl", ".ndjson")
    pairs = []
    header: list[str] | None = None
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        where = f"{path}:{n}"
        if jsonl:
            pairs.append(_json_pair(line, base, where))
            continue
        cols = line.split("\t")
        if header is None and n == 1 and cols[0].strip().lower() == "id":
            header = [c.strip() for c in cols]
            continue
        if len(cols) < 3 or not all(c.strip() for c in cols[:3]):
            raise UserError(f"{where}: expected id<TAB>es_path<TAB>en_path[;en_path...]")
        names = header or ["id", "es", "en"] + [f"col{i}" for i in range(4, len(cols) + 1)]
        meta = {names[i] if i < len(names) else f"col{i + 1}": c
                for i, c in enumerate(cols) if i >= 3}
        en = tuple(_resolve(base, e) for e in cols[2].split(";") if e.strip())
        pairs.append(Pair(cols[0].strip(), _resolve(base, cols[1]), en, meta))
    if not pairs:
        raise UserError(f"{path}: the manifest lists no pairs")
    return Inputs(pairs, [])


def _json_pair(line: str, base: str, where: str) -> Pair:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError:
        raise UserError(f"{where}: not a JSON object") from None
    if not isinstance(obj, dict) or not all(k in obj for k in ("id", "es", "en")):
        raise UserError(f'{where}: expected {{"id": ..., "es": ..., "en": ...}}')
    en = obj["en"] if isinstance(obj["en"], list) else str(obj["en"]).split(";")
    if not isinstance(obj["es"], str) or not en or not all(isinstance(e, str) and e for e in en):
        raise UserError(f"{where}: es must be a path and en a path or a list of paths")
    meta = {k: v for k, v in obj.items() if k not in ("id", "es", "en")}
    return Pair(str(obj["id"]), _resolve(base, obj["es"]),
                tuple(_resolve(base, e) for e in en), meta)
