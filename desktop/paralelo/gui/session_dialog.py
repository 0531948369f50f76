"""The New Session dialog: which documents, which mode, where the session goes.

Every field that looks editable is: a typed or pasted path works as well as
Browse. Each file is checked as it is chosen (exists, readable, language) and
a bad one is reported next to it without losing the other choices; swapped
sides or a repeated file are warned about before any work starts, with a
one-click swap.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
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
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from paralelo.gui import asks
from paralelo.gui.i18n import tr_core
from paralelo.gui.settings import documents_dir
from paralelo.gui.sources import (
    DOC_FILTER,
    ERROR_STYLE,
    SESSION_SUFFIX,
    WARN_STYLE,
    Checked,
    PasteDialog,
    Source,
    check_source,
    typed_path,
    unique_session_path,
)


class NewSessionDialog(QDialog):
    """Choose one Spanish document, one or more English ones, and where to save."""

    def __init__(self, parent: QWidget | None, es: Source | None = None,
                 ens: list[Source] | None = None, engine: str = "auto") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Session"))
        self.engine = engine  # may become "none" if the user prefers a quicker job
        self._just_added = False
        self.es_source: Source | None = None
        self._es_checked = Checked()
        self._save_edited = False
        self.es_label = QLineEdit(self)
        self.es_label.setObjectName("spanishSource")
        self.es_label.setPlaceholderText(self.tr("Type or paste a path, or choose a file"))
        self.es_label.setAccessibleName(self.tr("Spanish document"))
        self.es_label.editingFinished.connect(self._es_typed)
        es_browse = QPushButton(self.tr("Choose File…"), self)
        es_browse.clicked.connect(self._choose_es)
        es_paste = QPushButton(self.tr("Paste…"), self)
        es_paste.clicked.connect(lambda: self._paste("es"))
        es_row = QHBoxLayout()
        es_row.addWidget(self.es_label, 1)
        es_row.addWidget(es_browse)
        es_row.addWidget(es_paste)
        self.es_status = self._status_label("spanishStatus")
        self.en_list = QListWidget(self)
        self.en_list.setObjectName("englishSources")
        self.en_list.setAccessibleName(self.tr("English documents"))
        self.en_list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.en_path = QLineEdit(self)
        self.en_path.setObjectName("englishPath")
        self.en_path.setPlaceholderText(self.tr("Type or paste a path and press Enter"))
        self.en_path.setAccessibleName(self.tr("Add an English document by path"))
        self.en_path.returnPressed.connect(self._en_typed)
        add = QPushButton(self.tr("Add Files…"), self)
        add.clicked.connect(self._add_en)
        paste = QPushButton(self.tr("Paste…"), self)
        paste.clicked.connect(lambda: self._paste("en"))
        remove = QPushButton(self.tr("Remove"), self)
        remove.clicked.connect(self._remove_selected)
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
        self.save_path = QLineEdit(self)
        self.save_path.setObjectName("sessionPath")
        self.save_path.setAccessibleName(self.tr("Save the session as"))
        self.save_path.textEdited.connect(self._save_typed)
        save_browse = QPushButton(self.tr("Browse…"), self)
        save_browse.clicked.connect(self._choose_save)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_path, 1)
        save_row.addWidget(save_browse)
        self.warnings = self._status_label("inputWarnings")
        self.swap = QPushButton(self.tr("Swap Spanish and English"), self)
        self.swap.setObjectName("swapButton")
        self.swap.clicked.connect(self.swap_sides)
        self.swap.hide()
        warn_row = QHBoxLayout()
        warn_row.addWidget(self.warnings, 1)
        warn_row.addWidget(self.swap, 0, Qt.AlignmentFlag.AlignTop)
        form = QFormLayout()
        form.addRow(self.tr("Spanish:"), es_row)
        form.addRow("", self.es_status)
        form.addRow(self.tr("English:"), en_row)
        form.addRow("", self.en_path)
        form.addRow(self.tr("Mode:"), self.mode)
        form.addRow(self.tr("Save as:"), save_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Align"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addLayout(warn_row)
        lay.addWidget(self.buttons)
        self.save_path.setText(str(unique_session_path(documents_dir(), "session")))
        if es is not None:
            self.set_spanish(es)
        for s in ens or []:
            self._add_source(s)
        self._refresh()
        self.resize(760, 460)

    def _status_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.hide()
        return label

    # -- choosing documents
    def set_spanish(self, src: Source | None) -> None:
        """Use ``src`` as the Spanish document and check it now."""
        self.es_source = src
        self._es_checked = check_source(src, "es") if src is not None else Checked()
        self._refresh()

    def _es_typed(self) -> None:
        text = typed_path(self.es_label.text())
        current = self.es_source.path if self.es_source else None
        if self.es_source is not None and self.es_source.path is None \
                and self.es_label.text() == self.es_source.name:
            return  # the name of pasted text, unchanged
        if text != (current or ""):
            self.set_spanish(Source(Path(text).name, path=text) if text else None)

    def _en_typed(self) -> None:
        paths = [p for line in self.en_path.text().splitlines() if (p := typed_path(line))]
        for p in paths:
            self._add_source(Source(Path(p).name, path=p))
        self.en_path.clear()
        if paths:  # Enter here added a file; it must not also start aligning
            self._just_added = True
            QTimer.singleShot(0, lambda: setattr(self, "_just_added", False))

    def _add_source(self, s: Source) -> None:
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.UserRole, s)
        self._check_item(item)
        self.en_list.addItem(item)
        self._refresh()

    def _check_item(self, item: QListWidgetItem) -> None:
        s: Source = item.data(Qt.ItemDataRole.UserRole)
        checked = check_source(s, "en")
        item.setData(Qt.ItemDataRole.UserRole + 1, checked)
        where = s.path or self.tr("Pasted text")
        item.setData(Qt.ItemDataRole.ForegroundRole, None)  # the palette's, unless below
        if checked.error:
            item.setText(f"✗ {s.name} — {checked.error}")
            item.setForeground(QColor("#c0392b"))
            item.setToolTip(f"{where}\n{checked.error}")
        else:
            odd = checked.doc is not None and checked.doc.detected_lang != "en"
            item.setText((("⚠ " if odd else "") + f"{s.name} — {self._summary(checked)}")
                         if checked.doc else s.name)
            if odd:
                item.setForeground(QColor("#b9770e"))
            item.setToolTip(where)

    def _remove_selected(self) -> None:
        for item in self.en_list.selectedItems():
            self.en_list.takeItem(self.en_list.row(item))
        self._refresh()

    def _summary(self, checked: Checked) -> str:
        doc = checked.doc
        lang = {"es": self.tr("Spanish"), "en": self.tr("English")}.get(
            doc.detected_lang, self.tr("language not recognised"))
        n = len(doc.content_paragraphs())
        return self.tr("%1 · %n paragraph(s)", "", n).replace("%1", lang)

    def en_sources(self) -> list[Source]:
        return [self.en_list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.en_list.count())]

    def _en_checked(self) -> list[Checked]:
        return [self.en_list.item(i).data(Qt.ItemDataRole.UserRole + 1)
                for i in range(self.en_list.count())]

    # -- state shown
    def _refresh(self) -> None:
        src, checked = self.es_source, self._es_checked
        if src is not None:
            shown = src.path if src.path is not None else src.name
            if self.es_label.text() != shown:
                self.es_label.setText(shown)
        self.es_status.setVisible(src is not None and (bool(checked.error) or bool(checked.doc)))
        if checked.error:
            self.es_status.setText("✗ " + checked.error)
            self.es_status.setStyleSheet(ERROR_STYLE)
        elif checked.doc is not None:
            odd = checked.doc.detected_lang != "es"
            self.es_status.setText(("⚠ " if odd else "") + self._summary(checked))
            self.es_status.setStyleSheet(WARN_STYLE if odd else "")
        if src is not None and not self._save_edited:
            folder = Path(self.save_path.text()).parent if self.save_path.text() \
                else documents_dir()
            self.save_path.setText(str(unique_session_path(folder, Path(src.name).stem)))
        self._show_warnings()
        bad = bool(checked.error) or any(c.error for c in self._en_checked())
        ok = src is not None and self.en_list.count() > 0 and not bad
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def _show_warnings(self) -> None:
        from paralelo.core.sanity import check_inputs

        self._swap_with: int | None = None
        loaded = [(i, c.doc) for i, c in enumerate(self._en_checked()) if c.doc is not None]
        warns = []
        if self._es_checked.doc is not None and loaded:  # files that failed are shown as such
            warns = check_inputs(self._es_checked.doc, [d for _i, d in loaded])
        self.warnings.setVisible(bool(warns))
        self.warnings.setStyleSheet(WARN_STYLE)
        self.warnings.setText("\n".join("⚠ " + tr_core(w.template, dict(w.params))
                                        for w in warns))
        swap = next((w.swap_with for w in warns if w.swap_with is not None), None)
        self._swap_with = loaded[swap][0] if swap is not None else None
        self.swap.setVisible(self._swap_with is not None)

    def input_warnings(self) -> list[str]:
        """The warnings shown (for tests and the accessibility tree)."""
        return [t for t in self.warnings.text().splitlines() if t] if \
            self.warnings.isVisibleTo(self) else []

    def swap_sides(self) -> None:
        """Exchange the Spanish document with the English one that looks Spanish."""
        n = self._swap_with
        if n is None or self.es_source is None or not 0 <= n < self.en_list.count():
            return
        item = self.en_list.item(n)
        en_src: Source = item.data(Qt.ItemDataRole.UserRole)
        item.setData(Qt.ItemDataRole.UserRole, self.es_source)
        self._check_item(item)
        self.set_spanish(en_src)

    # -- browsing
    def _choose_es(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Spanish Document"),
                                              str(documents_dir()), DOC_FILTER)
        if path:
            self.set_spanish(Source(Path(path).name, path=path))

    def _add_en(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("English Documents"),
                                                str(documents_dir()), DOC_FILTER)
        for p in paths:
            self._add_source(Source(Path(p).name, path=p))

    def _paste(self, side: str) -> None:
        dlg = PasteDialog(self, QGuiApplication.clipboard().text())
        (dlg.es if side == "es" else dlg.en).setChecked(True)
        if dlg.exec() and (got := dlg.source()):
            lang, src = got
            if lang == "es":
                self.set_spanish(src)
            else:
                self._add_source(src)

    def _save_typed(self, _text: str) -> None:
        self._save_edited = True

    def _choose_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save Session As"), self.save_path.text(),
            self.tr("Paralelo sessions (*.paralelo)"), "",
            QFileDialog.Option.DontConfirmOverwrite)  # accept() asks, for typed names too
        if path:
            self._save_edited = True
            self.save_path.setText(path)

    # -- result
    def session_path(self) -> Path | None:
        text = typed_path(self.save_path.text())
        if not text:
            return None
        p = Path(text)
        return p if p.suffix.lower() == SESSION_SUFFIX else p.with_name(p.name + SESSION_SUFFIX)

    def paragraph_count(self) -> int:
        """Spanish paragraphs to translate (what the duration estimate counts)."""
        doc = self._es_checked.doc
        return len(doc.content_paragraphs()) if doc is not None else 0

    def _confirm_duration(self) -> bool:
        """Before a job estimated over a minute: say so, offer no translation or Cancel."""
        from paralelo.gui.estimate import estimate_seconds, resolve_engine

        engine = resolve_engine(self.engine)
        chosen = asks.confirm_duration(self, engine,
                                       estimate_seconds(self.paragraph_count(), engine))
        if chosen == "none":
            self.engine = "none"
        return chosen is not None

    def accept(self) -> None:
        if self._just_added:
            return
        self._es_typed()
        p = self.session_path()
        if p is None or p.is_dir():
            self._refuse(self.tr("Choose where to save the session."))
            return
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._refuse(self.tr("Cannot create the folder %1 (%2).")
                         .replace("%1", str(p.parent)).replace("%2", exc.strerror or str(exc)))
            return
        if not self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            return
        if p.exists() and not asks.confirm_overwrite(self, p):
            return
        if not self._confirm_duration():
            return
        self.save_path.setText(str(p))
        super().accept()

    def _refuse(self, message: str) -> None:
        self.warnings.setStyleSheet(ERROR_STYLE)
        self.warnings.setText("✗ " + message)
        self.warnings.show()

    def sources(self) -> tuple[Source | None, list[Source], str]:
        return self.es_source, self.en_sources(), str(self.mode.currentData())
