"""Spanish all the way: core errors, plurals and progress in the interface language (19.11)."""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest_paths import REPO_I18N
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from paralelo.core.errors import UserError
from paralelo.core.importers import load_document
from paralelo.gui.i18n import error_text, install_translators, tr_progress
from paralelo.gui.mainwindow import MainWindow
from paralelo.gui.settings import Prefs
from paralelo.gui.store import MemoryStore
from paralelo.gui.workers import time_left


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    assert install_translators(qapp, QLocale("es_ES")) == "es"
    yield
    install_translators(qapp, QLocale("en_US"))


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, QLocale("en_US"))
    yield


def _error(fn: Any) -> UserError:
    with pytest.raises(UserError) as info:
        fn()
    return info.value


def test_core_errors_show_in_spanish(spanish: None, tmp_path: Path) -> None:
    missing = _error(lambda: load_document(tmp_path / "nota.txt"))
    assert error_text(missing) == f"{tmp_path / 'nota.txt'}: el archivo no existe"
    (tmp_path / "vacio.txt").write_bytes(b"")
    empty = _error(lambda: load_document(tmp_path / "vacio.txt"))
    assert error_text(empty).endswith("vacio.txt: el archivo está vacío")
    templated = UserError("{path}: cannot save the session there ({reason})",
                          path="/x.paralelo", reason="disk full")
    assert error_text(templated) == "/x.paralelo: no se puede guardar la sesión ahí (disk full)"
    unknown = UserError("a message nobody catalogued")
    assert error_text(unknown) == "a message nobody catalogued"  # shown as it is


def test_core_errors_stay_english_in_english(english: None, tmp_path: Path) -> None:
    missing = _error(lambda: load_document(tmp_path / "note.txt"))
    assert error_text(missing) == missing.message


def test_failed_task_reports_in_spanish(qtbot: Any, spanish: None, tmp_path: Path,
                                        sample_result: dict[str, Any]) -> None:
    win = MainWindow(Prefs(engine="none"))
    qtbot.addWidget(win)
    shown: list[str] = []
    win.runner.failed.disconnect()
    win.runner.failed.connect(lambda title, msg: shown.append(msg))
    with qtbot.waitSignal(win.runner.finished, timeout=30_000):
        win.open_dropped([str(tmp_path / "falta.docx")])
    assert shown == [f"{tmp_path / 'falta.docx'}: el archivo no existe"]


def test_counts_use_plural_forms(qtbot: Any, spanish: None,
                                 sample_result: dict[str, Any]) -> None:
    win = MainWindow(Prefs(engine="none"))
    qtbot.addWidget(win)
    win.load_store(MemoryStore(sample_result))
    win.select_link(1)
    win.confirm_selected()
    assert "1 confirmado ·" in win.counts_label.text()
    assert "4 enlaces" in win.counts_label.text()
    win.select_link(2)
    win.confirm_selected()
    assert "2 confirmados" in win.counts_label.text()
    assert time_left(120) == "quedan unos 2 minutos"
    assert (tr_progress("Translating with apertium 3.8 (3/9)")
            == "Traduciendo con apertium 3.8 (3/9)")
    assert tr_progress("Comparing facts (2/4)") == "Comparando datos (2/4)"


def test_english_plurals(qtbot: Any, english: None, sample_result: dict[str, Any]) -> None:
    win = MainWindow(Prefs(engine="none"))
    qtbot.addWidget(win)
    win.load_store(MemoryStore(sample_result))
    assert win.counts_label.text().startswith("4 links · 0 confirmed")
    assert time_left(30) == "about 30 seconds left" and time_left(60) == "about 1 minute left"


def test_core_catalogue_is_extracted_and_translated_with_its_placeholders() -> None:
    sys.path.insert(0, str(REPO_I18N))
    try:
        import core_strings
    finally:
        sys.path.remove(str(REPO_I18N))
    listed = json.loads((REPO_I18N / "core_messages.json").read_text(encoding="utf-8"))
    assert listed == core_strings.collect(), "run `make i18n`: core messages changed"
    assert len(listed) > 100
    root = ET.parse(REPO_I18N / "paralelo_es.ts").getroot()
    core = next(c for c in root.iter("context") if c.findtext("name") == "core")
    done = {m.findtext("source"): m.findtext("translation") for m in core.iter("message")}
    assert set(listed) <= set(done)
    for source, target in done.items():
        assert target and target != source, source
        keys = sorted(re.findall(r"\{\w*\}", source or ""))
        assert sorted(re.findall(r"\{\w*\}", target or "")) == keys, source
