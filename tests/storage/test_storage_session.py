"""Session files: create/open, the alignment JSON round trip, reads, read-only mode."""

from __future__ import annotations

import copy
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest
from storage_helpers import make_result

from paralelo.core.document import Document, Paragraph
from paralelo.core.errors import UserError
from paralelo.storage import (
    InvalidEdit,
    LinkNotFound,
    Session,
    SessionError,
    SessionExists,
    SessionReadOnly,
)
from paralelo.storage.schema import APPLICATION_ID, SCHEMA_VERSION


@pytest.fixture
def saved(tmp_path: Path) -> tuple[Path, dict]:
    path = tmp_path / "review.paralelo"
    result = make_result(40, seed=1, en_docs=2)
    with Session.create(path) as s:
        assert s.save_result(copy.deepcopy(result)) == 40
    return path, result


def test_round_trip_is_exact(saved: tuple[Path, dict]) -> None:
    path, result = saved
    with Session.open(path) as s:
        out = s.to_result_json(include_review=False)
    assert out == result


def test_review_json_adds_origin_and_review(saved: tuple[Path, dict]) -> None:
    path, result = saved
    with Session.open(path, readonly=True) as s:
        out = s.to_result_json()
    assert [lk["id"] for lk in out["links"]] == [lk["id"] for lk in result["links"]]
    assert all(lk["review"] == {"status": "unreviewed", "note": "", "by": None, "at": None}
               for lk in out["links"])
    assert {lk["origin"] for lk in out["links"]} == {"auto"}


def test_result_without_diffs(saved: tuple[Path, dict]) -> None:
    path, result = saved
    with Session.open(path, readonly=True) as s:
        light = s.to_result_json(include_diff=False)
        with_diff = next(lk for lk in result["links"] if lk["diff"])
        full = s.link_json(with_diff["id"])
    assert all(lk["diff"] == [] for lk in light["links"])
    assert [lk["facts"] for lk in light["links"]] == [lk["facts"] for lk in result["links"]]
    assert full["diff"] == with_diff["diff"]


def test_unknown_keys_survive(tmp_path: Path) -> None:
    result = make_result(3)
    result["settings"] = {"threshold": 0.4}
    result["documents"][1]["detected_lang"] = "en"
    result["links"][0]["future_field"] = {"x": 1}
    with Session.create(tmp_path / "x.paralelo") as s:
        s.save_result(copy.deepcopy(result))
        assert s.to_result_json(include_review=False) == result


def test_file_is_marked_and_versioned(saved: tuple[Path, dict]) -> None:
    path, _ = saved
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_pragmas_of_a_writer(saved: tuple[Path, dict]) -> None:
    with Session.open(saved[0]) as s:
        assert s.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert s.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_create_refuses_existing_unless_overwrite(saved: tuple[Path, dict]) -> None:
    path, _ = saved
    before = path.read_bytes()
    with pytest.raises(SessionExists):
        Session.create(path)
    assert path.read_bytes() == before
    with Session.create(path, overwrite=True) as s:
        assert s.links() == [] and s.documents() == []
    assert not list(path.parent.glob("*.new"))  # the aside-build left nothing behind


def test_overwrite_drops_a_stale_wal(saved: tuple[Path, dict]) -> None:
    path, _ = saved
    Path(str(path) + "-wal").write_bytes(b"\0" * 32)  # leftovers of a crashed writer
    with Session.create(path, overwrite=True) as s:
        assert s.summary()["links"] == 0
    with Session.open(path) as s:
        assert s.summary()["links"] == 0


def test_save_result_twice_needs_replace(saved: tuple[Path, dict]) -> None:
    path, result = saved
    with Session.open(path) as s:
        s.confirm(1)
        with pytest.raises(InvalidEdit):
            s.save_result(result)
        assert s.get_link(1).status == "confirmed"  # the failed call changed nothing
        small = make_result(5, seed=9)
        assert s.save_result(small, replace=True) == 5
        assert s.to_result_json(include_review=False) == small
        assert not s.can_undo()


def test_save_result_is_one_transaction(tmp_path: Path) -> None:
    result = make_result(10)
    result["links"][7]["en"] = [{"doc": "nope", "para": 0}]  # violates a foreign key
    with Session.create(tmp_path / "x.paralelo") as s:
        with pytest.raises(UserError):
            s.save_result(result)
        assert s.documents() == [] and s.links() == []


def test_documents_objects_add_text_and_offsets(tmp_path: Path) -> None:
    result = make_result(4)
    es = result["documents"][0]
    text = "\n\n".join(p["text"] for p in es["paragraphs"])
    paras, pos = [], 0
    for p in es["paragraphs"]:
        paras.append(Paragraph(index=p["index"], text=p["text"], start=pos,
                               end=pos + len(p["text"])))
        pos += len(p["text"]) + 2
    doc = Document(id="es", name="es.txt", text=text, lang="es", paragraphs=paras,
                   format="docx", encoding="utf-8")
    with Session.create(tmp_path / "x.paralelo") as s:
        s.save_result(result, documents=[doc])
        back = {d.id: d for d in s.documents()}
    assert back["es"].text == text and back["es"].format == "docx"
    assert [(p.start, p.end) for p in back["es"].paragraphs] == [(p.start, p.end) for p in paras]
    en = back["en1"]  # no Document given: text rebuilt so offsets still hold
    assert all(en.text[p.start:p.end] == p.text for p in en.paragraphs)


def test_es_mt_and_records(saved: tuple[Path, dict]) -> None:
    path, result = saved
    with Session.open(path, readonly=True) as s:
        mt = s.es_mt()
        records = s.links()
        one = s.get_link(records[0].id)
        detail = s.link_json(records[0].id)
    assert mt == [p["mt"] for p in result["documents"][0]["paragraphs"]]
    assert [r.id for r in records] == [lk["id"] for lk in result["links"]]
    first = result["links"][0]
    assert one.es == tuple(first["es"]) and one.n_facts == len(first["facts"])
    assert detail["diff"] == first["diff"] and detail["review"]["status"] == "unreviewed"


def test_missing_link_is_a_user_error(saved: tuple[Path, dict]) -> None:
    with Session.open(saved[0]) as s:
        for call in (lambda: s.get_link(999), lambda: s.link_json(999),
                     lambda: s.confirm(999), lambda: s.merge([1, 999])):
            with pytest.raises(LinkNotFound):
                call()


def test_readonly_refuses_edits_and_leaves_file(saved: tuple[Path, dict]) -> None:
    path, _ = saved
    before = path.read_bytes()
    with Session.open(path, readonly=True) as s:
        for call in (lambda: s.confirm(1), lambda: s.undo(), lambda: s.set_setting("a", 1)):
            with pytest.raises(SessionReadOnly):
                call()
    assert path.read_bytes() == before


def test_closed_session_says_so(saved: tuple[Path, dict]) -> None:
    s = Session.open(saved[0])
    s.close()
    s.close()  # idempotent
    assert s.closed
    with pytest.raises(SessionError, match="closed"):
        s.links()


def test_summary_counts(saved: tuple[Path, dict]) -> None:
    with Session.open(saved[0]) as s:
        s.confirm(1)
        s.flag(2)
        s.set_note(2, "check the date")
        info = s.summary()
    assert info["links"] == 40
    assert info["review"] == {"unreviewed": 38, "confirmed": 1, "flagged": 1}
    assert info["notes"] == 1 and info["undo_steps"] == 3
    assert [d["id"] for d in info["documents"]] == ["es", "en1", "en2"]
    assert sum(info["kinds"].values()) == 40


def test_settings_and_meta(saved: tuple[Path, dict]) -> None:
    with Session.open(saved[0]) as s:
        s.set_setting("mode", "comparable")
    with Session.open(saved[0], readonly=True) as s:
        meta = s.meta()
    assert meta["settings"] == {"mode": "comparable"} and meta["app"] == "paralelo"


def test_calls_from_two_threads_serialise(saved: tuple[Path, dict]) -> None:
    errors: list[BaseException] = []
    with Session.open(saved[0]) as s:
        def work(ids: range) -> None:
            try:
                for i in ids:
                    s.set_note(i, f"note {i}")
                    s.links()
            except BaseException as exc:  # pragma: no cover - reported below
                errors.append(exc)
        threads = [threading.Thread(target=work, args=(range(k, 41, 2),)) for k in (1, 2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        assert all(r.note == f"note {r.id}" for r in s.links())


@pytest.mark.parametrize("breakage", ["es_para", "en_doc", "en_para", "bad_index", "links_str"])
def test_malformed_results_are_refused_whole(tmp_path: Path, breakage: str) -> None:
    result = make_result(6)
    if breakage == "es_para":
        result["links"][0]["es"] = [500]
    elif breakage == "en_doc":
        result["links"][0]["en"] = [{"doc": "es", "para": 0}]
    elif breakage == "en_para":
        result["links"][0]["en"] = [{"doc": "en1", "para": 500}]
    elif breakage == "bad_index":
        result["documents"][0]["paragraphs"][0]["index"] = 3
    else:
        result["links"] = ["not a link"]
    with Session.create(tmp_path / "x.paralelo") as s:
        with pytest.raises(InvalidEdit, match="invalid alignment data"):
            s.save_result(result)
        assert s.documents() == [] and s.links() == []
        s.save_result(make_result(6))
        if breakage != "bad_index":  # the same bad links from a re-alignment
            with pytest.raises(InvalidEdit, match="invalid alignment data"):
                s.replace_auto_links(result["links"])
        assert len(s.links()) == 6 and not s.can_undo()


@pytest.mark.parametrize(("breakage", "message"), [
    ("index", "invalid alignment data: document 'es', paragraph #0 has index 4 "
                     "(expected 0: paragraphs are numbered 0, 1, 2... in order)"),
    ("es_para", "invalid alignment data: link 1 refers to paragraph 500, which does not exist"),
    ("en_para", "invalid alignment data: link 1 (document 'en1') refers to paragraph 'x', "
                "which does not exist"),
    ("en_doc", "invalid alignment data: link 1 lists Spanish document 'es' among its "
               "English paragraphs"),
    ("para_text", "invalid alignment data: document 'en1', paragraph #1 has no text"),
    ("status", "invalid alignment data: link 1: unknown review status 'done'"),
    ("dup_id", "invalid alignment data: duplicate link id 1"),
    ("format", 'invalid alignment data: missing or unknown "format" (expected 1)'),
    ("newer", "alignment format 2 is newer than this Paralelo understands"),
    ("not_dict", "invalid alignment data: expected a JSON object"),
])
def test_malformed_results_name_what_is_wrong(tmp_path: Path, breakage: str,
                                              message: str) -> None:
    """The same one-line messages as the exporters give (core.result), not a KeyError."""
    result: Any = make_result(4)
    link = result["links"][0]
    if breakage == "index":
        result["documents"][0]["paragraphs"][0]["index"] = 4
    elif breakage == "es_para":
        link["es"] = [500]
    elif breakage == "en_para":
        link["en"] = [{"doc": "en1", "para": "x"}]
    elif breakage == "en_doc":
        link["en"] = [{"doc": "es", "para": 0}]
    elif breakage == "para_text":
        result["documents"][1]["paragraphs"][1]["text"] = None
    elif breakage == "status":
        link["review"] = {"status": "done"}
    elif breakage == "dup_id":
        result["links"][1]["id"] = 1
    elif breakage == "format":
        del result["format"]
    elif breakage == "newer":
        result["format"] = 2
    else:
        result = [result]
    with Session.create(tmp_path / "x.paralelo") as s:
        with pytest.raises(InvalidEdit) as err:
            s.save_result(result)
        assert str(err.value) == message
        assert s.documents() == [] and s.links() == []


def test_missing_ids_and_indices_are_filled_like_the_exporters(tmp_path: Path) -> None:
    result = make_result(5)
    result["links"][0]["id"] = 9
    del result["links"][1]["id"]
    result["links"][2]["id"] = 0  # not a usable id
    for p in result["documents"][0]["paragraphs"]:
        del p["index"]
    before = copy.deepcopy(result)
    with Session.create(tmp_path / "x.paralelo") as s:
        assert s.save_result(result) == 5
        assert result == before  # the caller's dict is not rewritten
        assert [r.id for r in s.links()] == [9, 10, 11, 4, 5]
        back = s.to_result_json(include_review=False)
    assert [p["index"] for p in back["documents"][0]["paragraphs"]] == list(
        range(len(before["documents"][0]["paragraphs"])))
    assert back["links"][1]["es"] == before["links"][1]["es"]


def test_cannot_create_in_a_missing_readonly_place(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(SessionError, match="cannot create"):
        Session.create(blocker / "sub" / "x.paralelo")


def test_awkward_file_names(tmp_path: Path) -> None:
    path = tmp_path / "año 2017" / "mi sesión #1?%20&x=1.paralelo"
    with Session.create(path) as s:
        s.save_result(make_result(3))
    with Session.open(path, readonly=True) as s:
        assert len(s.links()) == 3
    with Session.open(path) as s:
        s.confirm(1)
    with Session.open_copy_readonly(path) as s:
        assert s.get_link(1).status == "confirmed"


def test_lone_surrogates_are_stored_as_replacement_characters(tmp_path: Path) -> None:
    """JSON input can carry "\\ud800"; UTF-8 (SQLite) cannot: U+FFFD, one for one."""
    result = make_result(3)
    es = result["documents"][0]
    es["paragraphs"][0]["text"] = "Hola \ud800 mundo"
    es["paragraphs"][0]["mt"] = "Hello \udfff world"
    es["path"] = "/tmp/\udcff.txt"
    result["links"][0]["facts"] = [{"kind": "x", "es": "\udc00", "en": "y"}]
    result["links"][0]["evidence"] = {"note\ud801": "\ud802"}
    doc = Document(id="es", name="es.txt", text="Hola \ud800 mundo", lang="es",
                   paragraphs=[Paragraph(index=0, text="Hola \ud800 mundo", start=0, end=12)])
    before = copy.deepcopy(result)
    with Session.create(tmp_path / "x.paralelo") as s:
        assert s.save_result(result, documents=[doc]) == 3
        assert result == before  # the caller's dict is not rewritten
        back = s.to_result_json(include_review=False)
        docs = {d.id: d for d in s.documents()}
        s.set_note(1, "nota \udc80")
        s.set_setting("mode\ud800", "x\udc00")
        s.set_link_facts(2, {"facts": [{"kind": "y", "es": "\ud800", "en": "z"}]})
        realigned = copy.deepcopy(back["links"])
        realigned[1]["facts"] = [{"kind": "z", "es": "\udbff", "en": "w"}]
        s.replace_auto_links(realigned)
        note = s.get_link(1).note
        settings = s.meta()["settings"]
        facts2 = s.link_json(2)["facts"]
    para = back["documents"][0]["paragraphs"][0]
    assert (para["text"], para["mt"]) == ("Hola \ufffd mundo", "Hello \ufffd world")
    assert back["documents"][0]["path"] == "/tmp/\ufffd.txt"
    assert back["links"][0]["facts"][0]["es"] == "\ufffd"
    assert back["links"][0]["evidence"] == {"note\ufffd": "\ufffd"}
    assert docs["es"].text == "Hola \ufffd mundo"
    assert note == "nota \ufffd" and settings == {"mode\ufffd": "x\ufffd"}
    assert facts2 == [{"kind": "z", "es": "\ufffd", "en": "w"}]


@pytest.mark.parametrize(("breakage", "message"), [
    ("es_para", "invalid alignment data: link 1 refers to paragraph 500, which does not exist"),
    ("en_doc", "invalid alignment data: link 1 refers to an unknown English document"),
    ("not_link", "invalid alignment data: link #2 is not an object"),
    ("score", "invalid alignment data: link 1: score is not a number"),
])
def test_bad_realignment_names_what_is_wrong(tmp_path: Path, breakage: str,
                                            message: str) -> None:
    """replace_auto_links checks its links like save_result (core.result), one clear line."""
    result = make_result(4)
    links: list[Any] = copy.deepcopy(result["links"])
    if breakage == "es_para":
        links[0]["es"] = [500]
    elif breakage == "en_doc":
        links[0]["en"] = [{"doc": "en7", "para": 0}]
    elif breakage == "not_link":
        links[1] = "not a link"
    else:
        links[0]["score"] = "high"
    with Session.create(tmp_path / "x.paralelo") as s:
        s.save_result(result)
        with pytest.raises(InvalidEdit) as err:
            s.replace_auto_links(links)
        assert str(err.value) == message
        assert len(s.links()) == 4 and not s.can_undo()
