"""Interface text is translatable and shipped in Spanish and English."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any

import pytest
from conftest_paths import REPO_I18N
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from paralelo.gui.i18n import install_translators
from paralelo.gui.mainwindow import MainWindow
from paralelo.gui.settings import Prefs


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    assert install_translators(qapp, QLocale("es_ES")) == "es"
    yield
    install_translators(qapp, QLocale("en_US"))


def test_spanish_locale_translates_the_window(qtbot: Any, spanish: None) -> None:
    assert QCoreApplication.translate("Actions", "&Confirm Link") == "&Confirmar enlace"
    win = MainWindow(Prefs(engine="none"))
    qtbot.addWidget(win)
    menus = [a.text() for a in win.menuBar().actions()]
    assert menus[:3] == ["&Archivo", "&Editar", "&Revisión"]
    assert win.acts["confirm"].iconText() == "✓ Confirmar"
    assert win.search.placeholderText().startswith("Buscar")
    # texts from mixins (EditingMixin, FlowsMixin contexts) resolve too
    assert win.tr("Merge links") == "Unir enlaces"
    assert win.model.headerData(0, Qt.Orientation.Horizontal) == "Español"


def test_unknown_locale_falls_back_to_english(qapp: QApplication) -> None:
    assert install_translators(qapp, QLocale("fr_FR")) == "en"
    assert QCoreApplication.translate("Actions", "&Confirm Link") == "&Confirm Link"


@pytest.mark.parametrize("lang", ["es", "en"])
def test_translation_files_are_complete_and_compiled(lang: str) -> None:
    ts = REPO_I18N / f"paralelo_{lang}.ts"
    qm = REPO_I18N / f"paralelo_{lang}.qm"
    unfinished = [m.findtext("source") for m in ET.parse(ts).getroot().iter("message")
                  if (m.find("translation") is not None
                      and m.find("translation").get("type") == "unfinished")]
    assert unfinished == []
    contexts = {c.findtext("name") for c in ET.parse(ts).getroot().iter("context")}
    assert "" not in contexts and None not in contexts  # lupdate lost a class context
    assert {"MainWindow", "EditingMixin", "FlowsMixin", "Actions"} <= contexts
    assert qm.stat().st_mtime >= ts.stat().st_mtime - 1, "run `make i18n` to rebuild the .qm"
