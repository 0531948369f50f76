"""Exports of aligned pairs, one module per format.

`export_result` is the one entry point the CLI and the GUI call: it takes the
alignment dict of docs/json-schema.md (from ``paralelo align --json`` or
``Session.to_result_json(include_review=True)``), normalises it, flattens it
into `ExportRow`s and hands them to the format's writer. Writers import their
dependencies lazily so that, say, a CSV export never loads openpyxl.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from paralelo.core.errors import UserError
from paralelo.core.progress import CancelToken, Progress

FORMATS = ("tmx", "csv", "tsv", "xlsx", "json", "html")
#: What each format is, for menus and file dialogs (Qt filter syntax).
DESCRIPTIONS = {
    "tmx": "Translation memory TMX 1.4 (*.tmx)", "csv": "CSV, comma-separated (*.csv)",
    "tsv": "TSV, tab-separated (*.tsv)", "xlsx": "Excel review sheet (*.xlsx)",
    "json": "Alignment JSON with review state (*.json)",
    "html": "Bilingual HTML report (*.html)",
}
#: File extensions that imply a format when none is given.
EXTENSIONS = {".tmx": "tmx", ".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".xlsx": "xlsx",
              ".json": "json", ".html": "html", ".htm": "html"}


@dataclass(frozen=True, slots=True)
class ExportOptions:
    status: str = "all"  # all | unreviewed | confirmed | flagged
    with_mt: bool = False  # TMX: add the machine translation as a prop
    bom: bool = False  # CSV/TSV: start with a UTF-8 byte order mark
    segtype: str = "paragraph"  # TMX: paragraph | sentence


def format_for(out: str | Path, fmt: str | None = None) -> str:
    """The export format: ``fmt`` if given, else guessed from ``out``'s extension."""
    if fmt is None:
        guessed = EXTENSIONS.get(Path(out).suffix.lower())
        if guessed is None:
            raise UserError(f"{out}: cannot tell the format from the extension; "
                            f"use --format ({', '.join(FORMATS)})")
        return guessed
    name = fmt.lower()
    if name not in FORMATS:
        raise UserError(f"unknown export format {fmt!r} (use {', '.join(FORMATS)})")
    return name


def export_result(result: dict[str, Any], fmt: str, out: str | Path,
                  options: ExportOptions | None = None, *, progress: Progress | None = None,
                  cancel: CancelToken | None = None) -> int:
    """Write ``result`` to ``out`` in ``fmt``; return how many links/units were written.

    ``out`` is replaced atomically: on any error (or cancel) it is left untouched.
    """
    from paralelo.export.common import build_rows
    from paralelo.export.load import normalise_result

    opts = options or ExportOptions()
    fmt = format_for(out, fmt)
    if opts.segtype not in ("paragraph", "sentence"):
        raise UserError(f"unknown segment type {opts.segtype!r} (use paragraph or sentence)")
    data = normalise_result(result)
    rows = build_rows(data, opts.status)
    if fmt == "tmx":
        from paralelo.export.tmx import write_tmx

        return write_tmx(rows, out, with_mt=opts.with_mt, segtype=opts.segtype,
                         progress=progress, cancel=cancel)
    if fmt in ("csv", "tsv"):
        from paralelo.export.delimited import write_delimited

        return write_delimited(rows, out, delimiter="," if fmt == "csv" else "\t",
                               bom=opts.bom, progress=progress, cancel=cancel)
    if fmt == "xlsx":
        from paralelo.export.xlsx import write_xlsx

        return write_xlsx(rows, out, result=data, progress=progress, cancel=cancel)
    if fmt == "json":
        from paralelo.export.json_export import write_json

        return write_json(rows, out, result=data, cancel=cancel)
    from paralelo.export.html_report import write_html

    return write_html(rows, out, result=data, progress=progress, cancel=cancel)
