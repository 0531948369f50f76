"""Dialogs: new session, paste text, export, translation models, preferences, shortcuts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from paralelo.gui.export_dialog import ExportDialog
from paralelo.gui.i18n import error_text
from paralelo.gui.session_dialog import NewSessionDialog
from paralelo.gui.settings import ENGINES, Prefs
from paralelo.gui.sources import DOC_FILTER, PasteDialog, Source

__all__ = ["DOC_FILTER", "ExportDialog", "ModelsDialog", "NewSessionDialog", "PasteDialog",
           "PrefsDialog", "ShortcutsDialog", "Source"]


class ModelsDialog(QDialog):
    """Installed Argos models, the engine in use, install and remove."""

    def __init__(self, parent: QWidget | None, engine_pref: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Translation Models"))
        self.engine_pref = engine_pref
        self.engines = QLabel(self)
        self.engines.setObjectName("enginesLabel")
        self.engines.setWordWrap(True)
        self.engines.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("modelsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Model"), self.tr("Languages"),
                                              self.tr("Version")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.install = QPushButton(self.tr("Install .argosmodel File…"), self)
        self.remove = QPushButton(self.tr("Remove"), self)
        self.hint = QLabel(self.tr(
            "Models are installed from a file, offline. Without an Argos model Paralelo uses "
            "Apertium when installed, otherwise it aligns without machine translation."), self)
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.install)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.engines)
        lay.addWidget(self.table, 1)
        lay.addLayout(buttons)
        lay.addWidget(self.hint)
        lay.addWidget(close)
        self.resize(640, 400)
        self.refresh()

    def refresh(self) -> None:
        try:
            from paralelo.translation import available_engines, get_engine
            from paralelo.translation.models import list_models

            engines = available_engines()
            try:
                in_use = get_engine(self.engine_pref).describe()
            except Exception as exc:  # a UserError: engine not available
                in_use = error_text(exc)
            models = list_models()
        except ImportError:
            engines, in_use, models = {}, self.tr("translation is not installed"), []
        lines = [self.tr("Engine in use (preference “%1”): %2")
                 .replace("%1", self.engine_pref).replace("%2", in_use)]
        for name, desc in engines.items():
            lines.append(f"  • {name}: {desc or self.tr('not available')}")
        self.engines.setText("\n".join(lines))
        self.table.setRowCount(len(models))
        for r, m in enumerate(models):
            for c, text in enumerate((m.name, f"{m.from_code} → {m.to_code}", m.version)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.remove.setEnabled(bool(models))


class PrefsDialog(QDialog):
    """Engine, font size and theme."""

    def __init__(self, parent: QWidget | None, prefs: Prefs) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.engine = QComboBox(self)
        self.engine.setObjectName("prefsEngine")
        labels = {"auto": self.tr("Automatic (Argos, else Apertium, else none)"),
                  "argos": "Argos Translate", "apertium": "Apertium",
                  "none": self.tr("No machine translation")}
        for e in ENGINES:
            self.engine.addItem(labels[e], e)
        self.engine.setCurrentIndex(ENGINES.index(prefs.engine))
        self.font_size = QSpinBox(self)
        self.font_size.setObjectName("prefsFontSize")
        self.font_size.setRange(0, 32)
        self.font_size.setSpecialValueText(self.tr("System default"))
        self.font_size.setValue(prefs.font_size)
        self.theme = QComboBox(self)
        self.theme.setObjectName("prefsTheme")
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        self.theme.setCurrentIndex(1 if prefs.theme == "dark" else 0)
        form = QFormLayout()
        form.addRow(self.tr("Translation engine:"), self.engine)
        form.addRow(self.tr("Text size:"), self.font_size)
        form.addRow(self.tr("Theme:"), self.theme)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(buttons)

    def apply_to(self, prefs: Prefs) -> None:
        prefs.engine = str(self.engine.currentData())
        prefs.font_size = self.font_size.value()
        prefs.theme = str(self.theme.currentData())


class ShortcutsDialog(QDialog):
    """Every action and its key, read from the actions themselves."""

    def __init__(self, parent: QWidget | None, actions: list[QAction]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        rows = [(a.text().replace("&", ""), a.shortcut().toString(
            QKeySequence.SequenceFormat.NativeText)) for a in actions if not a.shortcut().isEmpty()]
        table = QTableWidget(len(rows), 2, self)
        table.setObjectName("shortcutsTable")
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, (text, key) in enumerate(rows):
            table.setItem(r, 0, QTableWidgetItem(text))
            table.setItem(r, 1, QTableWidgetItem(key))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(table)
        lay.addWidget(close)
        self.resize(520, 560)
