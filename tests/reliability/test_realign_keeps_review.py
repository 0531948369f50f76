"""Issue 18.2: Re-align keeps every confirmed link, flagged link and note, and each document's mode.

The case of /work/shared/screens/08: a translation aligned as *comparable*
came back from Re-align as parallel 2-1 links scored 0.97 and its flags were
gone. Both doors are tested: the window's (gui/backend.py → SessionStore →
storage) without Qt, and ``paralelo session realign``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hostile import run_cli, write_pair

from paralelo.app.realign import link_key
from paralelo.storage import Session


def _comparable_session(tmp_path: Path) -> tuple[Path, dict[Any, tuple[str, str]]]:
    """A translation pair aligned with --mode comparable, with a varied review."""
    es, en = write_pair(tmp_path, 24, seed=8)
    path = tmp_path / "cmp.paralelo"
    proc = run_cli("align", "--es", es, "--en", en, "--engine", "none", "--mode", "comparable",
                   "--session", path)
    assert proc.returncode == 0, proc.stderr
    assert "comparable" in proc.stdout
    with Session.open(path) as s:
        ids = [r.id for r in s.links()]
        assert len(ids) >= 8
        s.confirm(ids[0])
        s.flag(ids[2])
        s.flag(ids[4])
        s.set_note(ids[4], "¿cifra?")
        s.set_note(ids[6], "revisar fecha")  # a note on an unreviewed link
        review = {link_key(lk): (lk["review"]["status"], lk["review"]["note"])
                  for lk in s.to_result_json()["links"]
                  if lk["id"] in (ids[0], ids[2], ids[4], ids[6])}
    return path, review


def _check(path: Path, review: dict[Any, tuple[str, str]]) -> None:
    with Session.open(path, readonly=True) as s:
        result = s.to_result_json()
    after = {link_key(lk): (lk["review"]["status"], lk["review"]["note"])
             for lk in result["links"]}
    for key, state in review.items():
        assert after.get(key) == state, key  # same paragraphs, same status, same note
    assert [d["mode"] for d in result["documents"][1:]] == ["comparable"]
    kinds = {lk["kind"] for lk in result["links"]}
    assert kinds == {"comparable"}, kinds  # never 2-1 / 1-1 parallel links


def test_window_realign_keeps_review_and_mode(tmp_path: Path) -> None:
    from paralelo.gui import backend
    from paralelo.gui.session_store import SessionStore

    path, review = _comparable_session(tmp_path)
    store = SessionStore(Session.open(path))
    try:
        new = backend.realign(store.result(), engine="none")  # what Ctrl+R runs
        store.replace_result(new)
    finally:
        store.close()
    _check(path, review)


def test_cli_realign_keeps_review_and_mode(tmp_path: Path) -> None:
    path, review = _comparable_session(tmp_path)
    proc = run_cli("session", "realign", path, "--engine", "none")
    assert proc.returncode == 0, proc.stderr
    assert "kept 4 reviewed (1 confirmed, 2 flagged, 2 with notes)" in proc.stdout
    _check(path, review)


def test_parallel_documents_stay_parallel(tmp_path: Path) -> None:
    es, en = write_pair(tmp_path, 24, seed=9)
    path = tmp_path / "par.paralelo"
    assert run_cli("align", "--es", es, "--en", en, "--engine", "none", "--mode", "parallel",
                   "--session", path).returncode == 0
    with Session.open(path) as s:
        first = s.links()[3]
        s.flag(first.id)
    assert run_cli("session", "realign", path, "--engine", "none").returncode == 0
    with Session.open(path, readonly=True) as s:
        result = s.to_result_json()
        assert result["documents"][1]["mode"] == "parallel"
        kept = [r for r in s.links() if (r.es, r.en) == (first.es, first.en)]
        assert [r.status for r in kept] == ["flagged"]


@pytest.mark.parametrize("status", ["flagged", "note"])
def test_storage_never_drops_a_flag_or_note_the_aligner_disagrees_with(
        tmp_path: Path, status: str) -> None:
    """Even when the aligner's new output splits the paragraphs of a flagged or noted link
    differently, the reviewer's link stays (it is an anchor, like a confirmed one)."""
    es, en = write_pair(tmp_path, 10, seed=10)
    path = tmp_path / "s.paralelo"
    assert run_cli("align", "--es", es, "--en", en, "--engine", "none", "--mode", "parallel",
                   "--session", path).returncode == 0
    with Session.open(path) as s:
        result = s.to_result_json()
        target = next(lk for lk in result["links"] if lk["es"] and lk["en"])
        if status == "flagged":
            s.flag(target["id"])
        else:
            s.set_note(target["id"], "ojo")
        # The aligner now says: that Spanish paragraph is unmatched.
        others = [lk for lk in result["links"] if lk["id"] != target["id"]]
        s.replace_auto_links([*others, {"es": target["es"], "en": [], "kind": "1-0",
                                        "score": 0.2, "mode": "parallel", "evidence": {}}])
        kept = s.get_link(target["id"])
        assert (kept.es, [list(r) for r in kept.en]) == (
            tuple(target["es"]), [[r["doc"], r["para"]] for r in target["en"]])
        assert kept.status == ("flagged" if status == "flagged" else "unreviewed")
        assert kept.note == ("" if status == "flagged" else "ojo")


def test_one_sided_links_of_different_documents_keep_their_own_review() -> None:
    """ES ¶5 has no partner in en1 (flagged) nor in en2 (confirmed): after re-alignment
    each one-sided link gets its own review back, not the other's."""
    from paralelo.app.realign import merge_review

    def one_sided(link_id: int, doc: str, status: str | None) -> dict[str, Any]:
        link: dict[str, Any] = {"id": link_id, "es": [5], "en": [], "kind": "1-0",
                                "mode": "parallel", "score": 0.0, "evidence": {"doc": doc}}
        if status:
            link["review"] = {"status": status, "note": f"{status} in {doc}"}
        return link

    kept = [one_sided(1, "en1", "flagged"), one_sided(2, "en2", "confirmed")]
    new = {"links": [one_sided(7, "en1", None), one_sided(8, "en2", None)]}
    merged = merge_review(new, kept)
    got = {lk["evidence"]["doc"]: lk["review"]["status"] for lk in merged["links"]}
    assert got == {"en1": "flagged", "en2": "confirmed"}
    assert len(merged["links"]) == 2  # nothing re-added twice


def test_cli_realign_keeps_a_flagged_one_sided_link(tmp_path: Path) -> None:
    """The seeds as translations of Spanish 001: a Spanish paragraph with no partner gets
    one one-sided link per English document. Flag one: re-aligning stores (it used to
    fail with "UNIQUE constraint failed: links.id": the aligner's siblings for the other
    documents were taken for the flagged link) and keeps the flag on its own document."""
    from paralelo.core.seeds import seed_paths

    es, ens = seed_paths()
    path = tmp_path / "seeds.paralelo"
    args: list[str | Path] = ["align", "--es", es]
    for en in ens:
        args += ["--en", en]
    assert run_cli(*args, "--engine", "none", "--mode", "parallel", "--session", path,
                   "--quiet").returncode == 0
    with Session.open(path) as s:
        links = s.to_result_json(include_review=True, include_diff=False)["links"]
        flagged = next(lk for lk in links if lk["es"] and not lk["en"])
        s.flag(flagged["id"])
    for _ in range(2):  # and again on its own output
        proc = run_cli("session", "realign", path, "--engine", "none")
        assert proc.returncode == 0, proc.stderr
        with Session.open(path, readonly=True) as s:
            links = s.to_result_json(include_review=True, include_diff=False)["links"]
        got = [(lk["es"], lk["evidence"].get("doc")) for lk in links
               if lk["review"]["status"] == "flagged"]
        assert got == [(flagged["es"], flagged["evidence"]["doc"])]
        assert len({lk["id"] for lk in links}) == len(links)
