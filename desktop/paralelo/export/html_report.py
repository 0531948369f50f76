"""Bilingual HTML report: one self-contained page, Spanish | machine translation | English.

No scripts, no external resources (a Content-Security-Policy forbids both, as a
second line of defence behind escaping), light print-friendly CSS. Each
shared fact of a link gets one colour used on both sides; facts only one side
states are underlined in red; diff insertions (English text the translation
lacks) and deletions (translation text the English lacks) are ``<ins>`` and
``<del>``.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from paralelo import __version__
from paralelo.core.atomic import atomic_path
from paralelo.core.progress import CancelToken, Progress, check
from paralelo.export.common import (
    PARA_JOIN,
    STATUSES,
    ExportRow,
    format_shared_fact,
)
from paralelo.export.html_spans import Span, esc, para_offsets, render, valid_span

PALETTE = ("#ffe08a", "#a8e6cf", "#b5d8ff", "#ffc6d9", "#d7c4ff", "#ffd0a8", "#c9f29b",
           "#9eeaf0")
CSS = """
body{font:15px/1.45 "Noto Sans","Segoe UI",Arial,sans-serif;color:#222;background:#fff;
margin:1.5em auto;max-width:1400px;padding:0 1em}
h1{font-size:1.5em;margin:.2em 0}h2{font-size:1.15em;margin:1.2em 0 .4em}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.4em .5em;
vertical-align:top;text-align:left}th{background:#eef2f7}
table.links td.text{width:33%;white-space:pre-wrap;overflow-wrap:anywhere}
tr.meta td{background:#f6f7f9;font-size:.9em;border-top:2px solid #889}
.status{font-weight:bold;padding:0 .3em;border-radius:3px}
.s-confirmed{background:#d4f4d4}.s-flagged{background:#ffd6d6}.s-unreviewed{background:#eee}
.empty{color:#888;font-style:italic}mark{border-radius:2px;padding:0 1px;color:inherit}
.only{background:none;text-decoration:underline wavy #c0392b}
ins{background:#d9f7d9;text-decoration:none;border-bottom:1px solid #3a3}
del{background:#fde2e2;text-decoration:line-through #c33}
.note{font-style:italic}
.src{display:block;font-size:.8em;font-weight:bold;color:#667}
dl.summary{display:grid;grid-template-columns:max-content auto;
gap:.1em 1em}dl.summary dt{font-weight:bold}dl.summary dd{margin:0}
@media print{body{margin:0;max-width:none;font-size:11px}tr{page-break-inside:avoid}
mark,ins,del,.status,th,tr.meta td{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
""" + "".join(f"mark.f{i}{{background:{c}}}" for i, c in enumerate(PALETTE))
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'"


def fact_classes(facts: list[dict[str, Any]]) -> list[str]:
    """One colour class per shared fact; facts naming the same Spanish thing share it.

    The aligner may pair one Spanish mention with several English ones
    ("Estados Unidos" with "the United States" and "U.S."): one colour for all.
    """
    keys: dict[tuple[str, str], int] = {}
    out = []
    for f in facts:
        key = (str(f.get("kind", "")), str(f.get("es", "")).casefold())
        n = keys.setdefault(key, len(keys))
        out.append(f"f{n % len(PALETTE)}")
    return out


def _fact_spans(link: dict[str, Any], side: str, starts: dict[Any, int],
                texts: dict[Any, str]) -> list[Span]:
    """Spans of shared (coloured) and one-side (underlined) facts on ``side``, joined-text based."""
    loc_key = "es_loc" if side == "es" else "en_loc"
    facts = link.get("facts", [])
    items = [(f.get(loc_key), cls, format_shared_fact(f))
             for f, cls in zip(facts, fact_classes(facts), strict=True)]
    items += [(f.get("loc"), "only", f"only in {'Spanish' if side == 'es' else 'English'}: "
               f"{f.get('kind', '')}") for f in link.get("only_" + side, [])]
    spans: dict[tuple[int, int, str], Span] = {}  # one mark per place and colour
    for loc, cls, title in items:
        if not isinstance(loc, dict):
            continue
        para, doc = loc.get("para"), loc.get("doc")
        if not isinstance(para, int) or (side == "en" and not isinstance(doc, str)):
            continue  # also keeps unhashable junk away from the dict lookup
        key = para if side == "es" else (doc, para)
        if key not in starts:
            continue
        span = valid_span(loc.get("span"), len(texts[key]))
        if span:
            a, b = starts[key] + span[0], starts[key] + span[1]
            spans.setdefault((a, b, cls), Span(a, b, "mark", cls, title))
    return list(spans.values())


def _diff_spans(link: dict[str, Any], side: str, text: str) -> list[Span]:
    op_name, tag = ("delete", "del") if side == "mt" else ("insert", "ins")
    spans = []
    for op in link.get("diff", []):
        if op.get("op") != op_name:
            continue
        span = valid_span(op.get(side), len(text))
        if span and text[span[0]:span[1]] == op.get("text", text[span[0]:span[1]]):
            spans.append(Span(span[0], span[1], tag))
    return spans


def _text_cell(lang: str, text: str, spans: list[Span], present: bool,
               labels: dict[int, str] | None = None, empty: str = "no counterpart") -> str:
    if not present:
        return f'<td class="text" lang="{lang}"><span class="empty">({esc(empty)})</span></td>'
    return f'<td class="text" lang="{lang}" dir="auto">{render(text, spans, labels)}</td>'


def _no_mt(row: ExportRow) -> str:
    if not row.es_paras:
        return "no counterpart"
    errors = [e for e in row.mt_errors if e]
    return "no machine translation" + (f": {errors[0]}" if errors else "")


def _link_rows(row: ExportRow) -> str:
    link = row.link
    sep = len(PARA_JOIN)
    es_offsets = para_offsets([len(p) for p in row.es_paras], sep)
    es_starts = dict(zip(link["es"], es_offsets, strict=True))
    es_texts = dict(zip(link["es"], row.es_paras, strict=True))
    en_keys = [(r["doc"], r["para"]) for r in link["en"]]
    en_offsets = para_offsets([len(p) for p in row.en_paras], sep)
    en_starts = dict(zip(en_keys, en_offsets, strict=True))
    en_texts = dict(zip(en_keys, row.en_paras, strict=True))
    es, en, mt = row.es_text, row.en_text, row.mt_text
    # paragraphs from several English documents: say which is which
    labels = ({off: f'<span class="src">{esc(name)}</span>'
               for off, name in zip(en_offsets, row.en_docs, strict=True)}
              if len(row.en_sources) > 1 else None)
    score = "" if row.score is None else f" · score {float(row.score):.2f}"
    chips = dict(zip((format_shared_fact(f) for f in link.get("facts", [])),
                     fact_classes(link.get("facts", [])), strict=True))
    facts = " ".join(f'<mark class="{cls}">{esc(t)}</mark>' for t, cls in chips.items())
    facts += "".join(f' <mark class="only" title="only in Spanish">{esc(t)}</mark>'
                     for t in row.only_es)
    facts += "".join(f' <mark class="only" title="only in English">{esc(t)}</mark>'
                     for t in row.only_en)
    note = f' · <span class="note">note: <bdi>{esc(row.note)}</bdi></span>' if row.note else ""
    review = link.get("review") or {}
    who = " ".join(f"{k} <bdi>{esc(str(review[k]))}</bdi>" for k in ("by", "at") if review.get(k))
    sources = ", ".join(f"<bdi>{esc(s)}</bdi>" for s in row.en_sources)
    meta = (f'<tr class="meta" id="link-{row.link_id}"><td colspan="3">'
            f"<b>Link {row.link_id}</b> · {esc(row.kind or 'link')}{score} · "
            f'<span class="status s-{row.status}">{esc(row.status)}</span>'
            f"{' ' + who if who else ''}"
            f"{' · ' + sources if sources else ''}{note}"
            f"{'<br>' + facts if facts else ''}</td></tr>")
    cells = (_text_cell("es", es, _fact_spans(link, "es", es_starts, es_texts), bool(row.es_paras))
             + _text_cell("en", mt, _diff_spans(link, "mt", mt), bool(row.mt_paras),
                          empty=_no_mt(row))
             + _text_cell("en", en, _fact_spans(link, "en", en_starts, en_texts)
                          + _diff_spans(link, "en", en), bool(row.en_paras), labels))
    return f'{meta}\n<tr class="texts">{cells}</tr>\n'


def _summary(result: dict[str, Any], rows: list[ExportRow]) -> str:
    engine = result.get("engine") or {}
    eng = " ".join(str(engine.get(k)) for k in ("name", "model", "version") if engine.get(k))
    statuses = Counter(r.status for r in rows)
    items = [("Engine", eng or "none"), ("Aligned", str(result.get("created") or "")),
             ("Links in this report", str(len(rows))),
             ("Review", ", ".join(f"{statuses[s]} {s}" for s in STATUSES)),
             ("Without counterpart", str(sum(not r.has_both_sides for r in rows))),
             ("Shared facts", str(sum(len(r.shared_facts) for r in rows))),
             ("Only in Spanish / English", f"{sum(len(r.only_es) for r in rows)} / "
                                           f"{sum(len(r.only_en) for r in rows)}")]
    dl = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in items)
    docs = "".join(
        f"<tr><td>{esc(d['id'])}</td><td><bdi>{esc(str(d.get('name') or d.get('path') or ''))}"
        f"</bdi></td><td>{esc(str(d.get('lang') or ''))}</td><td>{esc(str(d.get('mode') or ''))}"
        f"</td><td>{len(d.get('paragraphs', []))}</td></tr>" for d in result["documents"])
    return (f'<h2>Summary</h2><dl class="summary">{dl}</dl><h2>Documents</h2><table>'
            "<tr><th>id</th><th>name</th><th>language</th><th>mode</th><th>paragraphs</th>"
            f"</tr>{docs}</table>")


def write_html(rows: list[ExportRow], out: str | Path, *, result: dict[str, Any],
               now: datetime | None = None, progress: Progress | None = None,
               cancel: CancelToken | None = None) -> int:
    """Write the report for ``rows`` to ``out`` atomically; return the number of links."""
    parts: list[str] = []
    for done, row in enumerate(rows):
        check(cancel)
        if progress:
            progress(done, len(rows), "Writing report")
        parts.append(_link_rows(row))
    stamp = (now or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC")
    engine = str((result.get("engine") or {}).get("name") or "")
    page = (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="Paralelo {esc(__version__)}">\n'
        f"<title>Paralelo alignment report</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f"<h1>Paralelo alignment report</h1>\n<p>Exported {esc(stamp)} by Paralelo "
        f"{esc(__version__)}. Colours pair the facts both sides state; "
        '<mark class="only">wavy underline</mark>: stated on one side only; '
        "<ins>inserted</ins> / <del>deleted</del>: where the English differs from the "
        "machine translation.</p>\n"
        f"{_summary(result, rows)}\n<h2>Links</h2>\n"
        '<table class="links">\n<thead><tr><th>Spanish</th>'
        f"<th>Machine translation{' (' + esc(engine) + ')' if engine else ''}</th>"
        f"<th>English</th></tr></thead>\n<tbody>\n{''.join(parts)}</tbody>\n</table>\n"
        "</body>\n</html>\n")
    with atomic_path(out) as tmp, tmp.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(page)
    if progress:
        progress(len(rows), len(rows), "Report written")
    return len(rows)
