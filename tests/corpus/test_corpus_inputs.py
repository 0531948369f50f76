"""Pairing: folders by name or es/ + en/ subfolders, TSV and JSONL manifests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from paralelo.core.errors import UserError
from paralelo.corpus.inputs import discover


def _touch(path: Path, text: str = "x") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_folder_pairs_by_name_and_lists_unpaired(tmp_path: Path) -> None:
    for name in ("a.es.txt", "a.en.txt", "sub/b.es.md", "sub/b.en.md", "c.es.txt",
                 "d.en.html", "notes.txt", "e.es.docx", "e.en.pdf"):
        _touch(tmp_path / name)
    found = discover(tmp_path)
    assert [(p.id, Path(p.es).name, [Path(e).name for e in p.en]) for p in found.pairs] == [
        ("a", "a.es.txt", ["a.en.txt"]), ("sub/b", "b.es.md", ["b.en.md"])]
    # Every file without a partner is reported, including different extensions.
    assert sorted(Path(f).name for f in found.unpaired) == [
        "c.es.txt", "d.en.html", "e.en.pdf", "e.es.docx", "notes.txt"]


def test_folder_with_es_and_en_subfolders(tmp_path: Path) -> None:
    for name in ("es/x.txt", "en/x.txt", "es/deep/y.docx", "en/deep/y.docx", "es/z.txt"):
        _touch(tmp_path / name)
    found = discover(tmp_path)
    assert [p.id for p in found.pairs] == ["deep/y", "x"]
    assert [Path(f).relative_to(tmp_path).as_posix() for f in found.unpaired] == ["es/z.txt"]


def test_tsv_manifest_with_metadata_and_several_english(tmp_path: Path) -> None:
    manifest = tmp_path / "m.tsv"
    manifest.write_text("id\tes\ten\tdomain\n"
                        "two\tdocs/b.es.txt\tdocs/b1.txt;docs/b2.txt\tlaw\n"
                        "one\t/abs/a.txt\tdocs/a.en.txt\tnews\n", encoding="utf-8")
    found = discover(manifest)
    one, two = found.pairs
    assert (one.id, one.es, one.meta) == ("one", "/abs/a.txt", {"domain": "news"})
    assert two.en == (str(tmp_path / "docs/b1.txt"), str(tmp_path / "docs/b2.txt"))
    assert two.meta == {"domain": "law"}


def test_jsonl_manifest(tmp_path: Path) -> None:
    manifest = tmp_path / "m.jsonl"
    rows = [{"id": 7, "es": "a.txt", "en": ["b.txt", "c.txt"], "source": "eu"},
            {"id": "x", "es": "d.txt", "en": "e.txt"}]
    manifest.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    found = discover(manifest)
    assert [p.id for p in found.pairs] == ["7", "x"]
    assert found.pairs[0].meta == {"source": "eu"}
    assert found.pairs[1].en == (str(tmp_path / "e.txt"),)


@pytest.mark.parametrize(("name", "text", "message"), [
    ("m.tsv", "only\ttwo\n", "expected id<TAB>es_path<TAB>en_path"),
    ("m.jsonl", "[1, 2]\n", 'expected {"id"'),
    ("m.jsonl", "{nope\n", "not a JSON object"),
    ("m.tsv", "a\tx\ty\na\tx\tz\n", "appears twice"),
    ("m.tsv", "\n# only a comment\n", "lists no pairs"),
])
def test_bad_manifest_one_line_message(tmp_path: Path, name: str, text: str,
                                       message: str) -> None:
    manifest = tmp_path / name
    manifest.write_text(text, encoding="utf-8")
    with pytest.raises(UserError, match=message.replace("{", r"\{").replace("[", r"\[")):
        discover(manifest)


def test_missing_input(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="no such file or folder"):
        discover(tmp_path / "nope")
