"""The shared alignment-JSON checker: what it fills in and what it names."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from paralelo.core.errors import UserError
from paralelo.core.result import load_result_json, normalise_result


def _result() -> dict[str, Any]:
    return {"format": 1, "documents": [
        {"id": "es", "lang": "es", "paragraphs": [{"text": "Hola."}, {"text": "Adiós."}]},
        {"id": "en1", "lang": "en", "paragraphs": [{"index": 0, "text": "Hello."}]}],
        "links": [{"id": 3, "es": [0], "en": [{"doc": "en1", "para": 0}]},
                  {"es": [1], "en": []}, {"id": True, "es": [], "en": []}]}


def test_fills_indices_ids_and_review_without_touching_the_input() -> None:
    data = _result()
    before = copy.deepcopy(data)
    out = normalise_result(data)
    assert data == before
    assert [p["index"] for p in out["documents"][0]["paragraphs"]] == [0, 1]
    assert out["documents"][1] is data["documents"][1]  # nothing to fill: not copied
    assert [lk["id"] for lk in out["links"]] == [3, 4, 5]
    assert out["links"][1]["review"] == {"status": "unreviewed", "note": "", "by": None,
                                         "at": None}


@pytest.mark.parametrize(("path", "value", "message"), [
    (("documents", 0, "paragraphs", 1, "index"), 0, "document 'es', paragraph #1 has index 0"),
    (("documents", 1, "id"), "", "document #2 has no id"),
    (("documents", 0, "paragraphs", 0), "Hola", "document 'es', paragraph #0 is not an object"),
    (("links", 0, "en", 0, "doc"), "es", "link 3 lists Spanish document 'es'"),
    (("links", 0, "en", 0, "para"), 1, "link 3 (document 'en1') refers to paragraph 1,"),
    (("links", 1, "es"), [-1], "link 4 refers to paragraph -1, which does not exist"),
])
def test_errors_say_what_and_where(path: tuple[Any, ...], value: Any, message: str) -> None:
    data = _result()
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(UserError) as err:
        normalise_result(data)
    assert str(err.value).startswith("invalid alignment data: " + message)
    assert "\n" not in str(err.value)


def test_load_result_json(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text(json.dumps(_result()), encoding="utf-8-sig")
    assert load_result_json(path)["links"][1]["id"] == 4
    with pytest.raises(UserError, match="is a folder"):
        load_result_json(tmp_path)
    with pytest.raises(UserError, match="no such file"):
        load_result_json(tmp_path / "missing.json")
    path.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(UserError, match="not an alignment JSON file"):
        load_result_json(path)
