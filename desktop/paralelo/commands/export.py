"""`paralelo export SESSION --format FMT -o OUT`: aligned pairs to TMX, CSV/TSV, XLSX, JSON, HTML.

SESSION is a ``.paralelo`` session or a ``paralelo align --json`` file; which
one is decided by content, not by name.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from paralelo.commands.progressbar import add_quiet_flag, progress_bar
from paralelo.core.atomic import check_target, same_file
from paralelo.core.errors import UserError
from paralelo.core.outputs import KIND_OF_FORMAT, check_replace
from paralelo.export import FORMATS, ExportOptions, export_result, format_for
from paralelo.export.common import STATUS_FILTERS


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "export", help="export aligned pairs (TMX, CSV, TSV, XLSX, JSON, HTML report)",
        description="Export the links of a session or alignment JSON file.")
    p.add_argument("session", metavar="SESSION", help=".paralelo session or alignment .json")
    p.add_argument("--format", "-f", dest="format", metavar="FORMAT",
                   help=f"one of {', '.join(FORMATS)} (default: from OUT's extension)")
    p.add_argument("-o", "--output", dest="output", metavar="OUT", required=True,
                   help="file to write (replaced only when the export succeeds)")
    p.add_argument("--status", default="all", metavar="STATUS",
                   help=f"which links: {', '.join(STATUS_FILTERS)} (default: all)")
    p.add_argument("--with-mt", action="store_true",
                   help="TMX: add the machine translation of each unit as a property")
    p.add_argument("--segtype", default="paragraph", metavar="TYPE",
                   help="TMX: paragraph (default) or sentence pairs where the alignment has them")
    p.add_argument("--bom", action="store_true",
                   help="CSV/TSV: start with a UTF-8 byte order mark (for Excel)")
    p.add_argument("--force", action="store_true",
                   help="replace OUT even if it is not a file Paralelo wrote")
    add_quiet_flag(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from paralelo.export.load import load_result

    fmt = format_for(args.output, args.format)
    if args.status not in STATUS_FILTERS:
        raise UserError(f"unknown status {args.status!r} (use {', '.join(STATUS_FILTERS)})")
    src, out = Path(args.session), Path(args.output)
    if same_file(out, src):
        raise UserError(f"{out}: refusing to overwrite the input file")
    check_target(out)
    check_replace(out, force=args.force, kind=KIND_OF_FORMAT[fmt])
    result = load_result(src)
    with progress_bar(args) as bar:
        n = export_result(result, fmt, out, ExportOptions(
            status=args.status, with_mt=args.with_mt, bom=args.bom, segtype=args.segtype),
            progress=bar)
    unit = "translation units" if fmt == "tmx" else "links"
    print(f"wrote {n} {unit} to {out} ({fmt})", file=sys.stderr)
    return 0
