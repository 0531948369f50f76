"""`corpus review`: the worst links as an ordinary session; merge honours its decisions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from corpus_fixtures import write_pairs

from paralelo.cli import main
from paralelo.corpus.merge import merge_corpus
from paralelo.corpus.runner import RunOptions, run_corpus
from paralelo.storage.session import Session


@pytest.fixture
def done_corpus(tmp_path: Path) -> Path:
    write_pairs(tmp_path / "in", 6)
    out = tmp_path / "out"
    run_corpus(RunOptions(str(tmp_path / "in"), str(out), engine="none", workers=1))
    return out


def _jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def test_review_session_holds_the_worst_links(done_corpus: Path, tmp_path: Path) -> None:
    merge_corpus(done_corpus, tmp_path / "all.jsonl")
    every = _jsonl(tmp_path / "all.jsonl")
    assert main(["corpus", "review", str(done_corpus), "--worst", "4"]) == 0
    with Session.open(done_corpus / "review.paralelo", readonly=True) as s:
        result = s.to_result_json(include_diff=False)
    worst = sorted(every, key=lambda o: (o["score"], o["pair"], o["link"]))[:4]
    refs = [lk["evidence"]["corpus"] for lk in result["links"]]
    assert [(r["pair"], r["link"]) for r in refs] == [(o["pair"], o["link"]) for o in worst]
    es_doc, en_doc = result["documents"]
    first = result["links"][0]
    assert es_doc["paragraphs"][first["es"][0]]["text"] == worst[0]["es"]
    assert en_doc["paragraphs"][first["en"][0]["para"]]["text"] == worst[0]["en"]


def test_merge_leaves_out_flagged_and_marks_confirmed(done_corpus: Path, tmp_path: Path) -> None:
    review = tmp_path / "check.paralelo"
    assert main(["corpus", "review", str(done_corpus), "--worst", "3", "-o", str(review)]) == 0
    with Session.open(review) as s:
        refs = {lk["id"]: lk["evidence"]["corpus"] for lk in s.to_result_json()["links"]}
        s.flag(1)  # flag = reject
        s.confirm(2)
    merge_corpus(done_corpus, tmp_path / "m.jsonl")
    units = {(o["pair"], o["link"]): o for o in _jsonl(tmp_path / "m.jsonl")}
    assert (refs[1]["pair"], refs[1]["link"]) not in units
    assert units[(refs[2]["pair"], refs[2]["link"])]["status"] == "confirmed"
    assert units[(refs[3]["pair"], refs[3]["link"])]["status"] == "unreviewed"
    merge_corpus(done_corpus, tmp_path / "n.jsonl", use_review=False)
    assert len(_jsonl(tmp_path / "n.jsonl")) == len(units) + 1
    # A second review skips what the first one decided; both count at merge.
    assert main(["corpus", "review", str(done_corpus), "--worst", "3"]) == 0
    with Session.open(done_corpus / "review.paralelo", readonly=True) as s:
        again = {(lk["evidence"]["corpus"]["pair"], lk["evidence"]["corpus"]["link"])
                 for lk in s.to_result_json()["links"]}
    assert not again & {(refs[1]["pair"], refs[1]["link"]), (refs[2]["pair"], refs[2]["link"])}
    merge_corpus(done_corpus, tmp_path / "o.jsonl")
    assert _jsonl(tmp_path / "o.jsonl") == list(units.values())


def test_review_refuses_to_overwrite(done_corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["corpus", "review", str(done_corpus), "--worst", "2"]) == 0
    assert main(["corpus", "review", str(done_corpus), "--worst", "2"]) == 2
    assert "already exists" in capsys.readouterr().err


def test_a_decision_does_not_follow_a_renumbered_link(done_corpus: Path, tmp_path: Path) -> None:
    """Re-running a changed pair renumbers its links: old flags must not hit other units."""
    review = tmp_path / "check.paralelo"
    assert main(["corpus", "review", str(done_corpus), "--worst", "40", "-o", str(review)]) == 0
    with Session.open(review) as s:
        links = s.to_result_json()["links"]
        target = next(lk for lk in links if (lk["evidence"]["corpus"]["pair"],
                                             lk["evidence"]["corpus"]["link"]) == ("p01", 2))
        s.flag(target["id"])
    ref = target["evidence"]["corpus"]
    merge_corpus(done_corpus, tmp_path / "a.jsonl")
    assert (ref["pair"], ref["link"]) not in {(o["pair"], o["link"])
                                              for o in _jsonl(tmp_path / "a.jsonl")}
    es = done_corpus.parent / "in" / "p01.es.txt"  # a new first paragraph shifts the links
    es.write_text("Nuevo párrafo inicial sobre el tiempo en Lima.\n\n"
                  + es.read_text(encoding="utf-8"), encoding="utf-8")
    run_corpus(RunOptions(str(done_corpus.parent / "in"), str(done_corpus), engine="none",
                          workers=1))
    merge_corpus(done_corpus, tmp_path / "b.jsonl")
    after = {(o["pair"], o["link"]): o for o in _jsonl(tmp_path / "b.jsonl")}
    assert (ref["pair"], ref["link"]) in after  # that number is now another unit: kept
    assert all(o["status"] == "unreviewed" for o in after.values())
