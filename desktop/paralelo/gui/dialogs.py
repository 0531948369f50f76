"""Dialogs: new session, paste text, export, translation models, preferences, shortcuts."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from paralelo.gui.settings import ENGINES, Prefs

DOC_FILTER = "Documents (*.txt *.md *.html *.htm *.docx *.pdf);;All files (*)"


@dataclass
class Source:
    """A document to import: a file, or pasted text."""

    name: str
    path: str | None = None
    text: str | None = None

    def load(self, lang: str) -> Any:
        from paralelo.core.importers import document_from_text, load_document

        if self.path is not None:
            return load_document(self.path, lang=lang)
        return document_from_text(self.text or "", name=self.name, lang=lang)


class PasteDialog(QDialog):
    """Paste text and say which side it belongs to."""

    def __init__(self, parent: QWidget | None, text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paste Text as Document"))
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("pasteEdit")
        self.edit.setPlainText(text)
        self.name = QLineEdit(self.tr("Pasted text"), self)
        self.es = QRadioButton(self.tr("Spanish document"), self)
        self.en = QRadioButton(self.tr("English document"), self)
        self.en.setChecked(True)
        try:
            from paralelo.core.importers import detect_language

            if text and detect_language(text) == "es":
                self.es.setChecked(True)
        except ImportError:
            pass
        side = QHBoxLayout()
        side.addWidget(self.es)
        side.addWidget(self.en)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Language:"), side)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.edit, 1)
        lay.addLayout(form)
        lay.addWidget(buttons)
        self.resize(640, 420)

    def source(self) -> tuple[str, Source] | None:
        text = self.edit.toPlainText()
        if not text.strip():
            return None
        return ("es" if self.es.isChecked() else "en",
                Source(self.name.text().strip() or self.tr("Pasted text"), text=text))


class NewSessionDialog(QDialog):
    """Choose one Spanish document and one or more English ones."""

    def __init__(self, parent: QWidget | None, es: Source | None = None,
                 ens: list[Source] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Session"))
        self.es_source: Source | None = es
        self.es_label = QLineEdit(self)
        self.es_label.setReadOnly(True)
        self.es_label.setObjectName("spanishSource")
        es_browse = QPushButton(self.tr("Choose File…"), self)
        es_browse.clicked.connect(self._choose_es)
        es_paste = QPushButton(self.tr("Paste…"), self)
        es_paste.clicked.connect(lambda: self._paste("es"))
        es_row = QHBoxLayout()
        es_row.addWidget(self.es_label, 1)
        es_row.addWidget(es_browse)
        es_row.addWidget(es_paste)
        self.en_list = QListWidget(self)
        self.en_list.setObjectName("englishSources")
        add = QPushButton(self.tr("Add Files…"), self)
        add.clicked.connect(self._add_en)
        paste = QPushButton(self.tr("Paste…"), self)
        paste.clicked.connect(lambda: self._paste("en"))
        remove = QPushButton(self.tr("Remove"), self)
        remove.clicked.connect(lambda: [self.en_list.takeItem(self.en_list.row(i))
                                        for i in self.en_list.selectedItems()])
        en_buttons = QVBoxLayout()
        for b in (add, paste, remove):
            en_buttons.addWidget(b)
        en_buttons.addStretch(1)
        en_row = QHBoxLayout()
        en_row.addWidget(self.en_list, 1)
        en_row.addLayout(en_buttons)
        self.mode = QComboBox(self)
        self.mode.setObjectName("modeCombo")
        for label, value in ((self.tr("Automatic"), "auto"),
                             (self.tr("Parallel (a translation)"), "parallel"),
                             (self.tr("Comparable (coverage of the same events)"), "comparable")):
            self.mode.addItem(label, value)
        form = QFormLayout()
        form.addRow(self.tr("Spanish:"), es_row)
        form.addRow(self.tr("English:"), en_row)
        form.addRow(self.tr("Mode:"), self.mode)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Align"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.buttons)
        for s in ens or []:
            self._add_source(s)
        self._refresh()
        self.resize(680, 380)

    def _add_source(self, s: Source) -> None:
        item = QListWidgetItem(s.name)
        item.setData(Qt.ItemDataRole.UserRole, s)
        item.setToolTip(s.path or self.tr("Pasted text"))
        self.en_list.addItem(item)
        self._refresh()

    def _refresh(self) -> None:
        self.es_label.setText(self.es_source.name if self.es_source else "")
        ok = self.es_source is not None and self.en_list.count() > 0
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def _choose_es(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Spanish Document"), "", DOC_FILTER)
        if path:
            self.es_source = Source(Path(path).name, path=path)
            self._refresh()

    def _add_en(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("English Documents"), "",
                                                DOC_FILTER)
        for p in paths:
            self._add_source(Source(Path(p).name, path=p))

    def _paste(self, side: str) -> None:
        from PySide6.QtWidgets import QApplication

        dlg = PasteDialog(self, QApplication.clipboard().text())
        (dlg.es if side == "es" else dlg.en).setChecked(True)
        if dlg.exec() and (got := dlg.source()):
            lang, src = got
            if lang == "es":
                self.es_source = src
                self._refresh()
            else:
                self._add_source(src)

    def sources(self) -> tuple[Source | None, list[Source], str]:
        ens = [self.en_list.item(i).data(Qt.ItemDataRole.UserRole)
               for i in range(self.en_list.count())]
        return self.es_source, ens, str(self.mode.currentData())


class ExportDialog(QDialog):
    """Format, which links, and where."""

    FORMATS = (("tmx", "TMX 1.4b"), ("csv", "CSV"), ("tsv", "TSV"), ("xlsx", "Excel (XLSX)"),
               ("json", "JSON"), ("html", "HTML report"))

    def __init__(self, parent: QWidget | None, default_dir: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.default_dir = default_dir
        self.fmt = QComboBox(self)
        self.fmt.setObjectName("exportFormat")
        for value, label in self.FORMATS:
            self.fmt.addItem(label, value)
        self.status = QComboBox(self)
        self.status.setObjectName("exportStatus")
        for label, value in ((self.tr("All links"), "all"),
                             (self.tr("Confirmed links only"), "confirmed"),
                             (self.tr("Flagged links only"), "flagged"),
                             (self.tr("Unreviewed links only"), "unreviewed")):
            self.status.addItem(label, value)
        self.with_mt = QCheckBox(self.tr("Include the machine translation (TMX)"), self)
        self.bom = QCheckBox(self.tr("Start with a byte order mark (CSV/TSV for Excel)"), self)
        self.path = QLineEdit(self)
        self.path.setObjectName("exportPath")
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.fmt)
        form.addRow(self.tr("Links:"), self.status)
        form.addRow("", self.with_mt)
        form.addRow("", self.bom)
        form.addRow(self.tr("Save to:"), row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.fmt.currentIndexChanged.connect(self._format_changed)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.buttons)
        self._format_changed()

    def _format_changed(self) -> None:
        fmt = str(self.fmt.currentData())
        self.with_mt.setEnabled(fmt == "tmx")
        self.bom.setEnabled(fmt in ("csv", "tsv"))
        cur = self.path.text().strip()
        base = Path(cur) if cur else Path(self.default_dir or Path.home()) / "paralelo-export"
        self.path.setText(str(base.with_suffix("." + fmt)))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export To"), self.path.text())
        if path:
            self.path.setText(path)

    def options(self) -> dict[str, Any]:
        return {"fmt": str(self.fmt.currentData()), "out": self.path.text().strip(),
                "status": str(self.status.currentData()), "with_mt": self.with_mt.isChecked(),
                "bom": self.bom.isChecked()}


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
                in_use = str(exc)
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
