"""Review by exception: the worst links of a corpus as one ordinary review session.

`build_review` picks the lowest-scoring two-sided links across every shard
(streamed; only the N kept are held), lays their Spanish paragraphs out as one
Spanish document and their English paragraphs as one English document, one
link per picked link, and saves that as a ``.paralelo`` session the window
opens like any other. Each link's evidence carries ``corpus: {pair, link}``,
and ``OUTDIR/review.json`` lists the sessions made, so `load_decisions` can
read the reviser's decisions back for `merge`:

* ``confirmed`` → kept and marked confirmed (even below ``--min-score``);
* ``flagged`` → **rejected**: left out of the merged corpus (the window has no
  separate "rejected" status; flag is how a reviser rejects a link here);
* ``unreviewed`` → kept as unreviewed.

A later review skips links an earlier review session already decided.
The session is SQLite, so it is always a local file, even when OUTDIR (and
its ``review.json``) is an fsspec URL.
"""

from __future__ import annotations

import heapq
import json
from pathlib import Path
from typing import Any

from paralelo import __version__
from paralelo.core.errors import UserError
from paralelo.corpus import fsio
from paralelo.corpus.merge import Decisions, Unit, fingerprint, units
from paralelo.corpus.shards import read_plan

REVIEWS = "review.json"


def _reviews(outdir: str | Path) -> list[dict[str, Any]]:
    try:
        data = json.loads(fsio.read_text(fsio.join(outdir, REVIEWS)))
    except FileNotFoundError:
        return []
    except (OSError, ValueError):
        raise UserError(f"{fsio.join(outdir, REVIEWS)}: unreadable review list") from None
    return [r for r in data.get("sessions", []) if isinstance(r, dict) and "path" in r]


def load_decisions(outdir: str | Path, skip: Path | None = None) -> Decisions:
    """(pair id, link number, fingerprint) → status, from every review session of this corpus.

    The fingerprint (the link's texts) keeps a decision from landing on another
    link after a re-run renumbered the pair's links.
    """
    from paralelo.storage.session import Session

    out: Decisions = {}
    for entry in _reviews(outdir):
        path = Path(entry["path"])
        if not path.is_absolute() and not fsio.is_url(str(outdir)):
            path = Path(outdir) / path
        if not path.exists() or (skip is not None and path.resolve() == skip.resolve()):
            continue  # deleted by the user: its decisions are gone with it
        with Session.open(path, readonly=True) as session:
            result = session.to_result_json(include_diff=False)
        for link in result["links"]:
            ref = (link.get("evidence") or {}).get("corpus")
            status = (link.get("review") or {}).get("status", "unreviewed")
            if isinstance(ref, dict) and status != "unreviewed":
                out[(str(ref["pair"]), int(ref["link"]), str(ref.get("unit", "")))] = status
    return out


def _doc(doc_id: str, lang: str, texts: list[str]) -> dict[str, Any]:
    return {"id": doc_id, "path": None, "name": f"corpus review ({lang})", "lang": lang,
            "sha256": "", "format": "txt", "encoding": "utf-8", "mode": None,
            "paragraphs": [{"index": i, "text": t, "boilerplate": False, "kind": "text"}
                           for i, t in enumerate(texts)]}


def review_result(picked: list[Unit]) -> dict[str, Any]:
    """The alignment dict of a review session holding ``picked`` in order."""
    es_texts: list[str] = []
    en_texts: list[str] = []
    links = []
    for n, u in enumerate(picked, start=1):
        es = list(range(len(es_texts), len(es_texts) + len(u.link["es_text"])))
        en = list(range(len(en_texts), len(en_texts) + len(u.link["en_text"])))
        es_texts += u.link["es_text"]
        en_texts += u.link["en_text"]
        links.append({"id": n, "es": es, "en": [{"doc": "en1", "para": i} for i in en],
                      "score": u.link["score"], "kind": u.link["kind"], "mode": u.link["mode"],
                      "evidence": {"corpus": {"pair": u.pair["pair"], "link": u.link["n"],
                                              "unit": fingerprint(u.link),
                                              "es_source": u.pair["es"],
                                              "en_sources": u.en_sources}},
                      "facts": [], "only_es": [], "only_en": [], "diff": []})
    docs = [_doc("es", "es", es_texts), {**_doc("en1", "en", en_texts), "mode": "parallel"}]
    return {"format": 1, "generator": f"paralelo {__version__}", "created": None,
            "engine": {"name": "none", "model": None, "version": None},
            "documents": docs, "links": links}


def default_session(outdir: str) -> str:
    """OUTDIR/review.paralelo; a URL OUTDIR needs -o (the session is a local SQLite file)."""
    if fsio.is_url(outdir):
        raise UserError(f"{outdir}: is a URL; give the review session a local file name "
                        "with -o FILE.paralelo")
    return str(Path(outdir) / "review.paralelo")


def build_review(outdir: str | Path, out: str | Path, *, worst: int = 200,
                 force: bool = False) -> int:
    """Save the ``worst`` lowest-scoring undecided links as a session; return how many."""
    from paralelo.storage.session import Session

    if worst < 1:
        raise UserError("--worst must be at least 1")
    read_plan(outdir)
    if fsio.is_url(str(out)):
        raise UserError(f"{out}: a review session is a local file (SQLite); give a local path")
    target = Path(out)
    if target.exists() and not force:
        raise UserError(f"{target}: already exists (use --force to replace it)")
    decided = load_decisions(outdir, skip=target)
    pool = (u for u in units(outdir)
            if (u.pair["pair"], u.link["n"], fingerprint(u.link)) not in decided)
    picked = heapq.nsmallest(worst, pool, key=lambda u: (u.link["score"], u.pair["pair"],
                                                          u.link["n"]))
    if not picked:
        raise UserError(f"{outdir}: no undecided links to review")
    session = Session.create(target, overwrite=force)
    try:
        session.save_result(review_result(picked))
    finally:
        session.close()
    entries = [r for r in _reviews(outdir) if Path(r["path"]).resolve() != target.resolve()]
    entries.append({"path": str(target.resolve()), "links": len(picked)})
    fsio.write_text(fsio.join(outdir, REVIEWS), json.dumps({"sessions": entries}, indent=1))
    return len(picked)
