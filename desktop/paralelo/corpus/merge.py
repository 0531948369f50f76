"""`merge_corpus`: the finished shards, streamed into one TMX, TSV or JSONL file.

Shards are read in plan order and written unit by unit, so memory does not
grow with the corpus; ``--dedupe`` keeps its seen-set in a temporary SQLite
file for the same reason. Nothing in the output depends on time, worker count
or interruptions (no creation date; order = plan order), so the same inputs
and parameters always give the same bytes. Every unit carries its provenance:
pair id, link number, source files, paragraph indices, score, kind, status.

Review decisions (`review.py`) apply: links flagged in the review session are
rejected (left out), confirmed ones are marked ``confirmed``.

OUTDIR, and the merged file, may be fsspec URLs (`fsio`).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from paralelo import __version__
from paralelo.core.atomic import atomic_write, check_target
from paralelo.core.errors import UserError
from paralelo.corpus import fsio
from paralelo.corpus.shards import iter_records, read_plan
from paralelo.export.common import PARA_JOIN, clean_text
from paralelo.export.tmx import XML_LANG, seg_text

FORMATS = ("tmx", "tsv", "jsonl")
TSV_HEADER = ["es", "en", "score", "pair", "es_paragraphs", "en_paragraphs", "status",
              "kind", "es_source", "en_source"]


@dataclass(frozen=True, slots=True)
class Unit:
    pair: dict[str, Any]
    link: dict[str, Any]
    es: str
    en: str
    status: str

    @property
    def es_paras(self) -> str:
        return ",".join(str(i) for i in self.link["es"])

    @property
    def en_paras(self) -> str:
        return ",".join(f"{d}:{i}" for d, i in self.link["en"])

    @property
    def en_sources(self) -> list[str]:
        docs = dict.fromkeys(d for d, _ in self.link["en"])
        return [self.pair["en"][int(d[2:]) - 1] for d in docs]


def format_of(path: str | Path, fmt: str | None) -> str:
    name = (fmt or Path(path).suffix.lstrip(".")).lower()
    if name not in FORMATS:
        raise UserError(f"{path}: say the format with .tmx, .tsv or .jsonl (or --format)")
    return name


class _Seen:
    """A set of unit hashes on disk (flat memory for any corpus size)."""

    def __init__(self) -> None:
        self._dir = tempfile.TemporaryDirectory(prefix="paralelo-dedupe-")
        self._db = sqlite3.connect(Path(self._dir.name) / "seen.sqlite")
        self._db.execute("CREATE TABLE seen (h BLOB PRIMARY KEY) WITHOUT ROWID")

    def add(self, es: str, en: str) -> bool:
        """True if (es, en) is new (whitespace and case folded)."""
        key = " ".join(es.split()).casefold() + "\x1f" + " ".join(en.split()).casefold()
        h = hashlib.blake2b(key.encode("utf-8"), digest_size=16).digest()
        cur = self._db.execute("INSERT OR IGNORE INTO seen VALUES (?)", (h,))
        return cur.rowcount == 1

    def close(self) -> None:
        self._db.close()
        self._dir.cleanup()


Decisions = dict[tuple[str, int, str], str]  # (pair, link number, fingerprint) → status


def fingerprint(link: dict[str, Any]) -> str:
    """What a review decision was about: the link's texts (a re-run may renumber links)."""
    blob = json.dumps([link["es_text"], link["en_text"]], ensure_ascii=False)
    return hashlib.blake2b(blob.encode("utf-8"), digest_size=8).hexdigest()


def units(outdir: str | Path, *, min_score: float | None = None, dedupe: bool = False,
          decisions: Decisions | None = None) -> Iterator[Unit]:
    """The links with both sides, filtered, in plan order."""
    plan = read_plan(outdir)
    seen = _Seen() if dedupe else None
    decisions = decisions or {}
    try:
        for rec in iter_records(outdir, plan):
            for link in rec["links"]:
                if not link["es_text"] or not link["en_text"]:
                    continue
                status = (decisions.get((rec["pair"], link["n"], fingerprint(link)), "unreviewed")
                          if decisions else "unreviewed")
                if status == "flagged":
                    continue  # rejected by the reviser
                if min_score is not None and link["score"] < min_score and status != "confirmed":
                    continue
                es, en = seg_text(link["es_text"]), seg_text(link["en_text"])
                if not (es and en) or (seen is not None and not seen.add(es, en)):
                    continue
                yield Unit(rec, link, es, en, status)
    finally:
        if seen is not None:
            seen.close()


def merge_corpus(outdir: str | Path, out: str | Path, *, fmt: str | None = None,
                 min_score: float | None = None, dedupe: bool = False,
                 use_review: bool = True) -> int:
    """Write the merged corpus to ``out`` atomically; return the number of units."""
    from paralelo.corpus.review import load_decisions

    kind = format_of(out, fmt)
    if fsio.is_url(str(out)):
        fsio.check(str(out))  # written locally, then uploaded in one put
    else:
        check_target(out)
    read_plan(outdir)  # refuse a non-corpus folder before creating anything
    decisions = load_decisions(outdir) if use_review else {}
    stream = units(outdir, min_score=min_score, dedupe=dedupe, decisions=decisions)
    writer = {"tmx": _write_tmx, "tsv": _write_tsv, "jsonl": _write_jsonl}[kind]
    with fsio.output_file(str(out)) as local, atomic_write(local, newline="\n") as fh:
        return writer(fh, stream)


def _tsv_cell(text: str) -> str:
    return " ".join(text.replace("\t", " ").split()) if any(c in text for c in "\t\r\n") else text


def _write_tsv(fh: IO[str], stream: Iterator[Unit]) -> int:
    fh.write("\t".join(TSV_HEADER) + "\n")
    n = 0
    for u in stream:
        row = [u.es, u.en, f"{float(u.link['score']):.4f}", u.pair["pair"], u.es_paras,
               u.en_paras, u.status, u.link["kind"], u.pair["es"], ";".join(u.en_sources)]
        fh.write("\t".join(_tsv_cell(clean_text(c)) for c in row) + "\n")
        n += 1
    return n


def _write_jsonl(fh: IO[str], stream: Iterator[Unit]) -> int:
    n = 0
    for u in stream:
        obj = {"es": PARA_JOIN.join(u.link["es_text"]), "en": PARA_JOIN.join(u.link["en_text"]),
               "score": u.link["score"], "pair": u.pair["pair"], "link": u.link["n"],
               "es_paragraphs": u.link["es"], "en_paragraphs": u.link["en"],
               "status": u.status, "kind": u.link["kind"], "mode": u.link["mode"],
               "es_source": u.pair["es"], "en_sources": u.en_sources, "meta": u.pair["meta"]}
        fh.write(json.dumps(obj, ensure_ascii=False, sort_keys=True) + "\n")
        n += 1
    return n


def _prop(tu: ET.Element, kind: str, value: str) -> None:
    ET.SubElement(tu, "prop", {"type": kind}).text = clean_text(value)


def _tu(u: Unit) -> ET.Element:
    tu = ET.Element("tu", {"tuid": f"{u.pair['pair']}#{u.link['n']}"})
    _prop(tu, "x-pair", u.pair["pair"])
    _prop(tu, "x-score", f"{float(u.link['score']):.4f}")
    _prop(tu, "x-status", u.status)
    _prop(tu, "x-link-kind", u.link["kind"])
    _prop(tu, "x-source-es", u.pair["es"])
    for name in u.en_sources:
        _prop(tu, "x-source-en", name)
    _prop(tu, "x-es-paragraphs", u.es_paras)
    _prop(tu, "x-en-paragraphs", u.en_paras)
    for key, value in sorted(u.pair["meta"].items()):
        _prop(tu, f"x-meta-{key}", value if isinstance(value, str) else json.dumps(value))
    for lang, text in (("es", u.es), ("en", u.en)):
        tuv = ET.SubElement(tu, "tuv", {XML_LANG: lang})
        ET.SubElement(tuv, "seg").text = text
    ET.indent(tu, space=" ", level=2)
    return tu


def _write_tmx(fh: IO[str], stream: Iterator[Unit]) -> int:
    header = ET.Element("header", {
        "creationtool": "Paralelo", "creationtoolversion": __version__,
        "segtype": "paragraph", "o-tmf": "Paralelo corpus", "adminlang": "en",
        "srclang": "es", "datatype": "plaintext"})
    fh.write('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n'
             '<tmx version="1.4">\n ' + ET.tostring(header, encoding="unicode") + "\n <body>\n")
    n = 0
    for u in stream:
        fh.write("  " + ET.tostring(_tu(u), encoding="unicode") + "\n")
        n += 1
    fh.write(" </body>\n</tmx>\n")
    return n
