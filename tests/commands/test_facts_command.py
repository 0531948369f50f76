"""`paralelo facts FILE`: per-paragraph facts, text and JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from paralelo.cli import main

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_facts_json_spans_point_at_paragraphs(capsys: pytest.CaptureFixture[str]) -> None:
    from paralelo.core.importers import load_document

    path = SEEDS / "001_d655b8d76ea664d5.txt"
    assert main(["facts", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["lang"] == "es"
    texts = {p.index: p.text for p in load_document(path, lang="es").paragraphs}
    seen = set()
    for para in data["paragraphs"]:
        for f in para["facts"]:
            s, e = f["span"]
            assert texts[para["index"]][s:e] == f["text"]
            seen.add((f["kind"], f["text"]))
    assert {("person", "Fernando Aramayo"), ("place", "Washington"), ("year", "2026"),
            ("topic", "narcotráfico"), ("number", "quince")} <= seen


def test_facts_text_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "note.txt"
    f.write_text("The State Department said on Feb 5, 2026 that 15% of $1.5 million...\n",
                 encoding="utf-8")
    assert main(["facts", str(f), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "language en" in out
    assert "'State Department'" in out and "U.S. Department of State" in out
    assert "2026-02-05" in out and "15%" in out and "USD 1500000" in out


def test_facts_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["facts", "/nonexistent/file.txt"]) == 2
    assert "error" in capsys.readouterr().err


def test_facts_warns_about_bad_user_table(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    from paralelo.core.facts import reload_table
    from paralelo.core.facts.table import user_facts_dir

    d = user_facts_dir()
    d.mkdir(parents=True, exist_ok=True)
    (d / "broken.tsv").write_text("nonsense\n", encoding="utf-8")
    f = tmp_path / "x.txt"
    f.write_text("Bolivia\n", encoding="utf-8")
    try:
        reload_table()
        assert main(["facts", str(f), "--lang", "en"]) == 0
        assert "broken.tsv:1" in capsys.readouterr().err
    finally:
        (d / "broken.tsv").unlink()
        reload_table()


def test_facts_skips_boilerplate_unless_all(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    from paralelo.core.importers import load_document

    path = SEEDS / "000_c427449a33106fde.txt"
    doc = load_document(path, lang="en")
    assert main(["facts", str(path), "--json", "--all"]) == 0
    every = json.loads(capsys.readouterr().out)["paragraphs"]
    assert [p["index"] for p in every] == [p.index for p in doc.paragraphs]
    assert main(["facts", str(path), "--json"]) == 0
    content = json.loads(capsys.readouterr().out)["paragraphs"]
    assert [p["index"] for p in content] == [p.index for p in doc.paragraphs
                                              if not p.boilerplate]
