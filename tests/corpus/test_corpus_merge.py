"""`corpus merge`: DTD-valid TMX, TSV and JSONL with provenance, filters, stable bytes."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from corpus_fixtures import TMX_DTD, write_pairs
from lxml import etree

from paralelo.cli import main
from paralelo.core.errors import UserError
from paralelo.corpus.merge import merge_corpus
from paralelo.corpus.runner import RunOptions, run_corpus


@pytest.fixture
def done_corpus(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    write_pairs(src, 8)
    (src / "p02.en.txt").write_text((src / "p01.en.txt").read_text(encoding="utf-8"),
                                    encoding="utf-8")  # repeats units of p01 for --dedupe
    (src / "p02.es.txt").write_text((src / "p01.es.txt").read_text(encoding="utf-8"),
                                    encoding="utf-8")
    out = tmp_path / "out"
    run_corpus(RunOptions(str(src), str(out), engine="none", workers=1, shard_size=3))
    return out


def test_tmx_is_dtd_valid(done_corpus: Path, tmp_path: Path) -> None:
    if not TMX_DTD.is_file():
        pytest.skip(f"TMX DTD not found at {TMX_DTD}")
    src = done_corpus.parent / "in"
    manifest = tmp_path / "m.tsv"  # metadata columns become x-meta-* props
    manifest.write_text("id\tes\ten\tdomain <&>\n"
                        f"a\t{src}/p00.es.txt\t{src}/p00.en.txt\tnews & \"law\"\n",
                        encoding="utf-8")
    out = tmp_path / "manifest-out"
    run_corpus(RunOptions(str(manifest), str(out), engine="none", workers=1))
    dtd = etree.DTD(str(TMX_DTD))
    for corpus in (done_corpus, out):
        target = tmp_path / "c.tmx"
        assert merge_corpus(corpus, target, dedupe=True) > 0
        doc = etree.parse(str(target))
        assert dtd.validate(doc), dtd.error_log.filter_from_errors()
    props = {p.get("type"): p.text for p in doc.findall(".//tu/prop")}
    assert props["x-meta-domain <&>"] == 'news & "law"'


def test_tmx_units_carry_provenance(done_corpus: Path, tmp_path: Path) -> None:
    target = tmp_path / "c.tmx"
    n = merge_corpus(done_corpus, target)
    doc = etree.parse(str(target))
    tus = doc.findall(".//tu")
    assert len(tus) == n > 0
    first = {p.get("type"): p.text for p in tus[0].findall("prop")}
    assert first["x-pair"] == "p00" and first["x-source-es"] == "p00.es.txt"
    assert first["x-source-en"] == "p00.en.txt" and first["x-es-paragraphs"] == "0"
    assert first["x-en-paragraphs"] == "en1:0" and first["x-status"] == "unreviewed"
    assert tus[0].get("tuid") == "p00#1"
    assert "creationdate" not in doc.find("header").attrib  # stable bytes
    segs = tus[0].findall("tuv/seg")
    assert segs[0].text.startswith("El Gobierno") and segs[1].text.startswith("On Tuesday")


def test_tsv_and_jsonl_agree(done_corpus: Path, tmp_path: Path) -> None:
    n_tsv = merge_corpus(done_corpus, tmp_path / "c.tsv")
    n_jsonl = merge_corpus(done_corpus, tmp_path / "c.jsonl")
    with (tmp_path / "c.tsv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    objs = [json.loads(line) for line in
            (tmp_path / "c.jsonl").read_text(encoding="utf-8").splitlines()]
    assert n_tsv == n_jsonl == len(rows) == len(objs)
    assert [(r["es"], r["en"], r["pair"]) for r in rows] == [
        (o["es"], o["en"], o["pair"]) for o in objs]
    assert {"score", "es_paragraphs", "en_paragraphs", "es_source"} <= rows[0].keys()
    assert objs[0]["en_paragraphs"] == [["en1", 0]] and objs[0]["link"] == 1


def test_min_score_and_dedupe(done_corpus: Path, tmp_path: Path) -> None:
    every = merge_corpus(done_corpus, tmp_path / "a.jsonl")
    scores = [json.loads(x)["score"] for x in
              (tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()]
    cut = sorted(scores)[len(scores) // 3]
    kept = merge_corpus(done_corpus, tmp_path / "b.jsonl", min_score=cut)
    assert kept == sum(1 for s in scores if s >= cut) < every
    unique = merge_corpus(done_corpus, tmp_path / "c.jsonl", dedupe=True)
    objs = [json.loads(x) for x in (tmp_path / "c.jsonl").read_text(encoding="utf-8").splitlines()]
    keys = [(o["es"], o["en"]) for o in objs]
    assert len(set(keys)) == len(keys) == unique < every
    assert not any(o["pair"] == "p02" for o in objs)  # p02 repeats p01 exactly


def test_merge_refuses_bad_targets(done_corpus: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(UserError, match=r"\.tmx, \.tsv or \.jsonl"):
        merge_corpus(done_corpus, tmp_path / "c.xlsx")
    with pytest.raises(UserError, match="not a corpus folder"):
        merge_corpus(tmp_path, tmp_path / "c.tmx")
    assert main(["corpus", "merge", str(done_corpus), "-o", str(tmp_path / "no/dir/c.tmx")]) == 2
    assert "no such folder" in capsys.readouterr().err


def test_merge_bytes_do_not_depend_on_workers_or_shard_history(tmp_path: Path) -> None:
    src = tmp_path / "in"
    write_pairs(src, 9)
    one, two = tmp_path / "one", tmp_path / "two"
    run_corpus(RunOptions(str(src), str(one), engine="none", workers=1))
    run_corpus(RunOptions(str(src), str(two), engine="none", workers=2))
    for fmt in ("tmx", "tsv", "jsonl"):
        merge_corpus(one, tmp_path / f"1.{fmt}")
        merge_corpus(two, tmp_path / f"2.{fmt}")
        assert (tmp_path / f"1.{fmt}").read_bytes() == (tmp_path / f"2.{fmt}").read_bytes()


def test_merge_of_an_unfinished_run_warns(done_corpus: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    from paralelo.corpus.shards import marker_path

    full = merge_corpus(done_corpus, tmp_path / "full.tsv")
    marker_path(done_corpus, "s000000").unlink()  # as if that shard had not finished
    assert main(["corpus", "merge", str(done_corpus), "-o", str(tmp_path / "part.tsv")]) == 0
    captured = capsys.readouterr()
    assert "3 of 8 pairs are not aligned yet" in captured.err
    part = int(captured.out.split()[0])
    assert 0 < part < full


def test_records_are_streamed_not_read_whole(done_corpus: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Merge and review hold one line of a shard at a time, whatever --shard-size is."""
    from paralelo.corpus import fsio
    from paralelo.corpus.shards import iter_records, read_plan

    handles: list = []
    real = fsio.open_read

    def tracked(path: str):  # type: ignore[no-untyped-def]
        handles.append(real(path))
        return handles[-1]

    monkeypatch.setattr(fsio, "open_read", tracked)
    records = iter_records(done_corpus, read_plan(done_corpus))
    next(records)
    fh = handles[-1]  # the shard being read (markers are opened and closed before it)
    assert fh.name.endswith(".jsonl") and not fh.closed
    assert fh.tell() < Path(fh.name).stat().st_size  # the first record came before the rest
