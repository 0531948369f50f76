"""JSON export: the documented alignment schema plus review state, round-tripped."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from paralelo.export import ExportOptions, export_result
from paralelo.export.load import load_result, normalise_result


def test_round_trip(hostile: dict[str, Any], tmp_path: Path) -> None:
    del hostile["links"][2]["review"]  # filled in as unreviewed
    out = tmp_path / "h.json"
    assert export_result(hostile, "json", out) == 6
    text = out.read_text(encoding="utf-8")
    assert "viajó" in text and "😀" in text  # UTF-8, not \\u escapes
    back = json.loads(text)
    expected = normalise_result(hostile)
    # the one lone surrogate became U+FFFD, one for one (spans stay valid)
    es5 = expected["documents"][0]["paragraphs"][5]
    assert back["documents"][0]["paragraphs"][5]["text"] == es5["text"].replace("\ud83d", "\ufffd")
    back["documents"][0]["paragraphs"][5]["text"] = es5["text"]
    assert back == expected
    assert back["links"][2]["review"]["status"] == "unreviewed"
    assert load_result(out) == json.loads(text)  # an export is itself a valid export input


def test_status_filter_keeps_documents(hostile: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "f.json"
    assert export_result(hostile, "json", out, ExportOptions(status="flagged")) == 1
    back = json.loads(out.read_text(encoding="utf-8"))
    assert [lk["id"] for lk in back["links"]] == [2]
    assert len(back["documents"]) == 3 and back["format"] == 1
    assert back["links"][0]["diff"] == hostile["links"][1]["diff"]


def test_seed_json(seed: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "seed.json"
    export_result(seed, "json", out)
    assert load_result(out) == normalise_result(seed)
