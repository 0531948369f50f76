"""The Export dialog: the format follows the file name, choices are remembered.

Typing ``seed.xlsx`` selects Excel (a TMX body is never written into an .xlsx
name); the last folder and format come back next time; the default folder is
the user's documents; an existing file is replaced only after asking.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

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
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from paralelo.gui import asks
from paralelo.gui.settings import documents_dir, remember, remembered

#: format value → (label, suffixes; the first is written when the name has none)
FORMATS: dict[str, tuple[str, tuple[str, ...]]] = {
    "tmx": ("TMX 1.4b", (".tmx",)), "csv": ("CSV", (".csv",)), "tsv": ("TSV", (".tsv",)),
    "xlsx": ("Excel (XLSX)", (".xlsx",)), "json": ("JSON", (".json",)),
    "html": ("HTML report", (".html", ".htm")),
}


def format_of(path: str | Path) -> str | None:
    """The export format a file name asks for (by its extension), or None."""
    suffix = Path(path).suffix.lower()
    return next((f for f, (_l, sfx) in FORMATS.items() if suffix in sfx), None)


class ExportDialog(QDialog):
    """Format, which links, and where."""

    FORMATS = tuple((f, label) for f, (label, _s) in FORMATS.items())

    def __init__(self, parent: QWidget | None, default_dir: str = "",
                 base_name: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.overwrite = False  # set by accept(): the user agreed to replace the file
        folder = remembered("export/folder")
        if default_dir:
            folder = default_dir
        elif not folder or not Path(folder).is_dir():
            folder = str(documents_dir())
        self.fmt = QComboBox(self)
        self.fmt.setObjectName("exportFormat")
        for value, label in self.FORMATS:
            self.fmt.addItem(self.tr("HTML report") if value == "html" else label, value)
        last = remembered("export/format", "tmx")
        self.fmt.setCurrentIndex(max(0, self.fmt.findData(last)))
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
        self.path.setAccessibleName(self.tr("Export file"))
        stem = base_name or "paralelo-export"
        self.path.setText(str(Path(folder) / (stem + FORMATS[self.format()][1][0])))
        self.path.textChanged.connect(self._path_changed)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.error = QLabel(self)
        self.error.setObjectName("exportError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        self.error.hide()
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
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.resize(620, self.sizeHint().height())
        self._format_changed()

    def format(self) -> str:
        return str(self.fmt.currentData())

    def _format_changed(self) -> None:
        fmt = self.format()
        self.with_mt.setEnabled(fmt == "tmx")
        self.bom.setEnabled(fmt in ("csv", "tsv"))
        cur = self.path.text().strip()
        if cur and format_of(cur) != fmt:
            p = Path(cur)
            base = p.with_suffix("") if format_of(p) or not p.suffix else p
            self.path.blockSignals(True)
            self.path.setText(str(base) + FORMATS[fmt][1][0])
            self.path.blockSignals(False)

    def _path_changed(self, text: str) -> None:
        """A typed or chosen name with a known extension selects that format."""
        self.error.hide()
        fmt = format_of(text.strip())
        if fmt is not None and fmt != self.format():
            self.fmt.blockSignals(True)
            self.fmt.setCurrentIndex(self.fmt.findData(fmt))
            self.fmt.blockSignals(False)
            self.with_mt.setEnabled(fmt == "tmx")
            self.bom.setEnabled(fmt in ("csv", "tsv"))

    def _browse(self) -> None:
        filters = ";;".join(f"{label} (*{' *'.join(sfx)})" for label, sfx in FORMATS.values())
        current = f"{FORMATS[self.format()][0]} (*{' *'.join(FORMATS[self.format()][1])})"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export To"), self.path.text(), filters, current,
            QFileDialog.Option.DontConfirmOverwrite)  # accept() asks, for typed names too
        if path:
            self.path.setText(path)

    def target(self) -> Path | None:
        """The file to write: the typed name, with the format's extension if it has none."""
        text = self.path.text().strip()
        if not text:
            return None
        p = Path(text).expanduser()
        if format_of(p) is None:
            p = p.with_name(p.name + FORMATS[self.format()][1][0])
        return p

    def _refuse(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def accept(self) -> None:
        p = self.target()
        if p is None:
            self._refuse(self.tr("Choose a file to export to."))
            return
        if not p.parent.is_dir():
            self._refuse(self.tr("The folder %1 does not exist.").replace("%1", str(p.parent)))
            return
        if p.is_dir():
            self._refuse(self.tr("%1 is a folder; type a file name.").replace("%1", str(p)))
            return
        if p.exists() and not asks.confirm_overwrite(self, p):
            return
        self.path.setText(str(p))
        self.overwrite = p.exists()
        remember("export/folder", str(p.parent))
        remember("export/format", self.format())
        super().accept()

    def options(self) -> dict[str, Any]:
        p = self.target()
        return {"fmt": self.format(), "out": str(p) if p else "",
                "status": str(self.status.currentData()), "with_mt": self.with_mt.isChecked(),
                "bom": self.bom.isChecked()}
