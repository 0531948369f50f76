"""End-to-end: `paralelo align` on the seeds writes the documented JSON and a session."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from paralelo.core.seeds import seed_paths

ES, ENS = seed_paths()  # Spanish 001; English 000, 002, 003, 004


def _paralelo(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "paralelo", *args], capture_output=True,
                          text=True, cwd=cwd, timeout=300)


@pytest.fixture(scope="module")
def seed_json(tmp_path_factory: pytest.TempPathFactory) -> dict:
    out = tmp_path_factory.mktemp("align") / "seed.json"
    args = ["align", "--es", str(ES)]
    for p in ENS:
        args += ["--en", str(p)]
    proc = _paralelo(*args, "--engine", "none", "--json", str(out))
    assert proc.returncode == 0, proc.stderr
    return json.loads(out.read_text(encoding="utf-8"))


def test_align_json_follows_schema(seed_json: dict) -> None:
    docs = seed_json["documents"]
    assert [d["id"] for d in docs] == ["es", "en1", "en2", "en3", "en4"]
    assert docs[0]["lang"] == "es" and all(d["lang"] == "en" for d in docs[1:])
    assert seed_json["engine"]["name"] == "none"
    para_counts = {d["id"]: len(d["paragraphs"]) for d in docs}
    assert para_counts["es"] == 10
    for d in docs:
        for i, p in enumerate(d["paragraphs"]):
            assert p["index"] == i and isinstance(p["text"], str) and p["text"]
            assert isinstance(p["boilerplate"], bool)
    boiler = {(d["id"], p["index"]) for d in docs for p in d["paragraphs"] if p["boilerplate"]}
    assert seed_json["links"], "the seeds must produce links"
    for link in seed_json["links"]:
        assert 0.0 <= link["score"] <= 1.0
        for i in link["es"]:
            assert 0 <= i < para_counts["es"]
        for ref in link["en"]:
            assert 0 <= ref["para"] < para_counts[ref["doc"]]
            assert (ref["doc"], ref["para"]) not in boiler, "boilerplate must never be linked"
        for key in ("facts", "only_es", "only_en"):
            assert isinstance(link[key], list)
        for f in link["facts"]:
            assert {"kind", "es", "en"} <= set(f)


def test_align_facts_spans_point_at_text(seed_json: dict) -> None:
    docs = {d["id"]: d for d in seed_json["documents"]}
    checked = 0
    for link in seed_json["links"]:
        for f in link["facts"]:
            es = docs["es"]["paragraphs"][f["es_loc"]["para"]]["text"]
            s, e = f["es_loc"]["span"]
            assert es[s:e] == f["es"]
            en_loc = f["en_loc"]
            en = docs[en_loc["doc"]]["paragraphs"][en_loc["para"]]["text"]
            s, e = en_loc["span"]
            assert en[s:e] == f["en"]
            checked += 1
    assert checked > 0


def test_seed_critical_minerals_paragraph_links_to_002(seed_json: dict) -> None:
    docs = {d["id"]: d for d in seed_json["documents"]}
    es_idx = next(p["index"] for p in docs["es"]["paragraphs"]
                  if "Minerales Críticos" in p["text"] or "minerales críticos" in p["text"])
    targets = [(r["doc"], r["para"]) for link in seed_json["links"] if es_idx in link["es"]
               for r in link["en"]]
    assert any(d == "en2" and "Critical" in docs["en2"]["paragraphs"][p]["text"]
               for d, p in targets)


def test_align_bad_input_is_one_line(tmp_path: Path) -> None:
    proc = _paralelo("align", "--es", str(tmp_path / "missing.txt"), "--en", str(ENS[0]),
                     "--engine", "none", "--json", str(tmp_path / "out.json"))
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out.json").exists()


def test_align_writes_session(tmp_path: Path) -> None:
    session = tmp_path / "seed.paralelo"
    proc = _paralelo("align", "--seed", "--engine", "none", "--session", str(session))
    assert proc.returncode == 0, proc.stderr
    show = _paralelo("session", "show", str(session), "--json")
    assert show.returncode == 0, show.stderr
    assert "links" in show.stdout
    again = _paralelo("align", "--seed", "--engine", "none", "--session", str(session))
    assert again.returncode == 2 and "exists" in again.stderr


@pytest.mark.parametrize("case", ["json over input", "session over input", "json in missing dir",
                                  "json is a folder", "json and session same", "seed and es"])
def test_align_refuses_bad_outputs_before_working(capsys: pytest.CaptureFixture[str],
                                                  tmp_path: Path, case: str) -> None:
    from paralelo.cli import main

    src = tmp_path / "in.txt"
    src.write_bytes(ES.read_bytes())
    args = ["align", "--es", str(src), "--en", str(ENS[0]), "--engine", "none"]
    if case == "json over input":
        args += ["--json", str(tmp_path / "." / "in.txt")]
    elif case == "session over input":
        args += ["--session", str(src), "--force"]
    elif case == "json in missing dir":
        args += ["--json", str(tmp_path / "no" / "x.json")]
    elif case == "json is a folder":
        args += ["--json", str(tmp_path)]
    elif case == "json and session same":
        args += ["--json", str(tmp_path / "x"), "--session", str(tmp_path / "x")]
    else:
        args = ["align", "--seed", "--es", str(src), "--engine", "none", "--json", "-"]
    assert main(args) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith("paralelo: error: ") and captured.err.count("\n") == 1
    assert captured.out == ""
    assert src.read_bytes() == ES.read_bytes()  # the input is never overwritten
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.txt"]


def test_align_json_with_an_undecodable_file_name(capsys: pytest.CaptureFixture[str],
                                                  tmp_path: Path) -> None:
    """A non-UTF-8 file name reaches Python with lone surrogates; the JSON gets U+FFFD."""
    from paralelo.cli import main

    name = os.fsdecode(b"\xffes.txt")  # "\udcffes.txt"
    src = tmp_path / name
    src.write_bytes(ES.read_bytes())
    out = tmp_path / "out.json"
    assert main(["align", "--es", str(src), "--en", str(ENS[0]), "--engine", "none",
                 "--json", str(out)]) == 0, capsys.readouterr().err
    assert json.loads(out.read_text(encoding="utf-8"))["documents"][0]["name"] == "\ufffdes.txt"
