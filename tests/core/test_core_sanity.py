"""Plausible input mistakes are caught before work starts (issue 18.12, window side)."""

from __future__ import annotations

from pathlib import Path

from paralelo.core.errors import UserError
from paralelo.core.importers import load_document
from paralelo.core.sanity import check_inputs
from paralelo.core.seeds import seed_paths


def _docs() -> tuple[Path, list[Path]]:
    es, ens = seed_paths()
    return Path(es), [Path(p) for p in ens]


def test_right_inputs_give_no_warning() -> None:
    es, ens = _docs()
    assert check_inputs(load_document(es, "es"), [load_document(ens[0], "en")]) == []


def test_swapped_sides_are_warned_with_a_swap() -> None:
    es, ens = _docs()
    wrong_es = load_document(ens[0], "es")  # English given as the Spanish side
    wrong_en = load_document(es, "en")
    warns = check_inputs(wrong_es, [load_document(ens[1], "en"), wrong_en])
    codes = [w.code for w in warns]
    assert codes == ["swapped"]
    assert warns[0].swap_with == 1  # the English slot that holds the Spanish text
    assert ens[0].name in warns[0].message and "reads as English" in warns[0].message
    assert es.name in warns[0].message


def test_same_file_twice_and_on_both_sides(tmp_path: Path) -> None:
    es, ens = _docs()
    copy = tmp_path / "copy.txt"
    copy.write_bytes(ens[0].read_bytes())
    en = load_document(ens[0], "en")
    warns = check_inputs(load_document(es, "es"), [en, load_document(copy, "en")])
    assert [w.code for w in warns] == ["duplicate_en"]
    both = check_inputs(load_document(es, "es"), [load_document(es, "en")])
    assert [w.code for w in both] == ["same_both_sides"]


def test_messages_are_templates_with_parameters() -> None:
    _es, ens = _docs()
    w = check_inputs(load_document(ens[0], "es"), [load_document(ens[1], "en")])[0]
    assert "{name}" in w.template and w.params == {"name": ens[0].name}
    assert w.swap_with == 0  # a single English document: swap with it


def test_user_error_keeps_its_template_apart() -> None:
    exc = UserError("{path}: no such file", path="/x/a.txt")
    assert str(exc) == exc.message == "/x/a.txt: no such file"
    assert exc.template == "{path}: no such file" and exc.params == {"path": "/x/a.txt"}
    plain = UserError("a {brace} in a path stays as it is")
    assert plain.message == plain.template == "a {brace} in a path stays as it is"
    broken = UserError("{path}: odd {", path="/x")  # never an error while raising an error
    assert "/x" in broken.message
