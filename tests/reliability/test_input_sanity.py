"""Issue 18.12 (command line): plausible input mistakes are named on stderr before any work.

Sides swapped, the Spanish side in English (or an English side in Spanish),
the same file twice, the same file on both sides: one warning line each, from
`paralelo.core.sanity.check_inputs` (shared with the window), and none for a
correct pair.
"""

from __future__ import annotations

from pathlib import Path

from hostile import run_cli, write_pair

from paralelo.core.importers import load_document
from paralelo.core.sanity import check_inputs


def _warnings(stderr: str) -> list[str]:
    return [ln for ln in stderr.splitlines() if ln.startswith("paralelo: warning:")]


def _align(es: Path, *ens: Path) -> list[str]:
    args: list[str | Path] = ["align", "--es", es]
    for en in ens:
        args += ["--en", en]
    proc = run_cli(*args, "--engine", "none")
    assert proc.returncode == 0, proc.stderr
    return _warnings(proc.stderr)


def test_a_correct_pair_gets_no_warning(tmp_path: Path) -> None:
    es, en = write_pair(tmp_path, 12)
    assert _align(es, en) == []


def test_swapped_sides(tmp_path: Path) -> None:
    es, en = write_pair(tmp_path, 12)
    (warning,) = _align(en, es)
    assert "swapped" in warning and en.name in warning and es.name in warning


def test_spanish_side_in_english(tmp_path: Path) -> None:
    _es, en = write_pair(tmp_path, 12)
    _other_es, other_en = write_pair(tmp_path, 12, seed=5, stem="b")
    (warning,) = _align(en, other_en)
    assert en.name in warning and "reads as English" in warning


def test_english_side_in_spanish(tmp_path: Path) -> None:
    es, _ = write_pair(tmp_path, 12)
    other_es, _ = write_pair(tmp_path, 12, seed=5, stem="b")
    (warning,) = _align(es, other_es)
    assert other_es.name in warning and "reads as Spanish" in warning


def test_same_file_twice_and_on_both_sides(tmp_path: Path) -> None:
    es, en = write_pair(tmp_path, 12)
    (twice,) = _align(es, en, en)
    assert "given twice" in twice
    both = _align(es, es)
    assert any("as Spanish and as English" in w for w in both)


def test_check_inputs_is_qt_free_and_coded_for_the_window(tmp_path: Path) -> None:
    es, en = write_pair(tmp_path, 12)
    codes = [w.code for w in check_inputs(load_document(en, lang="es"),
                                          [load_document(es, lang="en")])]
    assert codes == ["swapped"]
    copy = tmp_path / "copy.txt"
    copy.write_bytes(en.read_bytes())
    codes = [w.code for w in check_inputs(load_document(es, lang="es"),
                                          [load_document(en, lang="en"),
                                           load_document(copy, lang="en")])]
    assert codes == ["duplicate_en"]
