"""TMX 1.4b export: one translation unit per link that has both sides.

Translation memories hold pairs, so links with no counterpart (1-0, 0-1) are
skipped. A many-to-one link becomes one unit whose paragraphs are joined with
a single space: a TM segment is one run of text, and CAT tools normalise or
reject line breaks inside ``<seg>`` inconsistently. Line breaks inside a
paragraph become spaces for the same reason.

``segtype="sentence"`` exports the sentence pairs a link carries in
``evidence["sentences"]`` (see `_sentence_pairs`); links without them fall
back to one paragraph unit marked ``segtype="paragraph"``. Written with the
standard library's ElementTree, so escaping is the XML serialiser's job;
characters XML 1.0 forbids are removed.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from paralelo import __version__
from paralelo.core.atomic import atomic_path
from paralelo.core.progress import CancelToken, Progress, check
from paralelo.export.common import ExportRow, clean_text

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
SEGTYPES = ("paragraph", "sentence")
_BREAKS = re.compile(r"\s*[\r\n]+\s*")


def _one_line(text: str) -> str:
    text = clean_text(text)
    if "\n" in text or "\r" in text:
        text = _BREAKS.sub(" ", text)
    return text.strip()


def seg_text(parts: tuple[str, ...] | list[str]) -> str:
    """One TMX segment from paragraphs or sentences: cleaned, joined with spaces."""
    return " ".join(t for t in map(_one_line, parts) if t)


def _split(texts: tuple[str, ...], lang: str) -> list[str]:
    """The group's sentences in order, the way the aligner numbers them."""
    from paralelo.core.align.sentences import sentences_of  # lazy: align imports numpy

    return sentences_of(texts, lang)


def _indices(value: Any, size: int) -> list[int] | None:
    if not isinstance(value, list) or not all(
            isinstance(i, int) and not isinstance(i, bool) and 0 <= i < size for i in value):
        return None
    return value


def _sentence_pairs(row: ExportRow) -> list[tuple[str, str]]:
    """Sentence pairs of ``evidence["sentences"]``; [] means "use the paragraph unit".

    Two shapes are read: the aligner's ``[[es_indices, en_indices], ...]`` over
    the link's sentences in order, and ``{"es": text(s), "en": text(s)}``. Any
    index that does not fit the current sentence split (stale evidence) makes
    the whole link fall back to one paragraph unit rather than pair wrong text.
    """
    raw = row.link.get("evidence", {}).get("sentences")
    pairs: list[tuple[str, str]] = []
    if not isinstance(raw, list):
        return pairs
    split: tuple[list[str], list[str]] | None = None
    for item in raw:
        if isinstance(item, dict):
            sides = []
            for key in ("es", "en"):
                v = item.get(key)
                texts = [v] if isinstance(v, str) else v if isinstance(v, list) else []
                sides.append(seg_text([t for t in texts if isinstance(t, str)]))
        elif isinstance(item, list) and len(item) == 2:
            if split is None:
                split = (_split(row.es_paras, "es"), _split(row.en_paras, "en"))
            es_i, en_i = _indices(item[0], len(split[0])), _indices(item[1], len(split[1]))
            if es_i is None or en_i is None:
                return []
            sides = [seg_text([split[0][i] for i in es_i]), seg_text([split[1][i] for i in en_i])]
        else:
            return []
        if sides[0] and sides[1]:
            pairs.append((sides[0], sides[1]))
    return pairs


def _prop(parent: ET.Element, kind: str, text: str) -> None:
    ET.SubElement(parent, "prop", {"type": kind}).text = clean_text(text)


def _unit(body: ET.Element, row: ExportRow, tuid: str, es: str, en: str,
          with_mt: bool, segtype: str | None) -> None:
    attrs = {"tuid": tuid}
    if segtype:
        attrs["segtype"] = segtype
    tu = ET.SubElement(body, "tu", attrs)
    note = clean_text(row.note).strip()
    if note:
        ET.SubElement(tu, "note").text = note
    if row.score is not None:
        _prop(tu, "x-score", f"{float(row.score):.4f}")
    _prop(tu, "x-status", row.status)
    if row.kind:
        _prop(tu, "x-link-kind", row.kind)
    _prop(tu, "x-source-es", row.es_source)
    for name in row.en_sources:
        _prop(tu, "x-source-en", name)
    mt = seg_text(row.mt_paras) if with_mt else ""
    if mt:
        _prop(tu, "x-machine-translation", mt)
    for lang, text in (("es", es), ("en", en)):
        tuv = ET.SubElement(tu, "tuv", {XML_LANG: lang})
        ET.SubElement(tuv, "seg").text = text


def write_tmx(rows: list[ExportRow], out: str | Path, *, with_mt: bool = False,
              segtype: str = "paragraph", now: datetime | None = None,
              progress: Progress | None = None, cancel: CancelToken | None = None) -> int:
    """Write ``rows`` as TMX 1.4b to ``out`` atomically; return the number of units."""
    if segtype not in SEGTYPES:
        raise ValueError(f"segtype must be one of {SEGTYPES}")
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    root = ET.Element("tmx", {"version": "1.4"})
    ET.SubElement(root, "header", {
        "creationtool": "Paralelo", "creationtoolversion": __version__, "segtype": segtype,
        "o-tmf": "Paralelo alignment", "adminlang": "en", "srclang": "es",
        "datatype": "plaintext", "creationdate": stamp,
    })
    body = ET.SubElement(root, "body")
    units = 0
    for done, row in enumerate(rows):
        check(cancel)
        if progress:
            progress(done, len(rows), "Writing TMX")
        es, en = seg_text(row.es_paras), seg_text(row.en_paras)
        if not (es and en):
            continue  # no counterpart: nothing a translation memory can use
        pairs = _sentence_pairs(row) if segtype == "sentence" else []
        if pairs:
            for n, (s_es, s_en) in enumerate(pairs, 1):
                _unit(body, row, f"{row.link_id}.{n}", s_es, s_en, False, None)
                units += 1
        else:
            fallback = "paragraph" if segtype == "sentence" else None
            _unit(body, row, str(row.link_id), es, en, with_mt, fallback)
            units += 1
    ET.indent(root, space=" ")
    with atomic_path(out) as tmp, tmp.open("wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="UTF-8"?>\n'
                 b'<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n')
        ET.ElementTree(root).write(fh, encoding="utf-8", xml_declaration=False)
        fh.write(b"\n")
    if progress:
        progress(len(rows), len(rows), "TMX written")
    return units
