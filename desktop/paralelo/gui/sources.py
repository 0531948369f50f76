"""Documents to import: a file or pasted text, checked as soon as it is chosen.

`check_source` imports a chosen document at once so the New Session dialog
can say what is wrong with it (missing, unreadable, empty, wrong language)
next to it; `typed_path` accepts paths as users paste them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from paralelo.core.errors import UserError
from paralelo.gui.i18n import error_text

DOC_FILTER = "Documents (*.txt *.md *.html *.htm *.docx *.pdf);;All files (*)"
SESSION_SUFFIX = ".paralelo"
ERROR_STYLE = "color: #c0392b;"
WARN_STYLE = "color: #b9770e;"


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


def typed_path(text: str) -> str:
    """A path as typed or pasted: quotes, ``file://`` URLs and ``~`` are accepted."""
    text = text.strip().strip("\"'")
    if text.startswith("file:"):
        text = QUrl(text).toLocalFile() or text
    return str(Path(text).expanduser()) if text else ""


@dataclass
class Checked:
    """A source as the dialog checked it: the document, or why it cannot be used."""

    doc: Any = None
    error: str = ""


def check_source(src: Source, lang: str) -> Checked:
    """Import ``src`` now (exists, readable, has text) so problems show in the dialog."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a long PDF takes a moment
    try:
        return Checked(doc=src.load(lang))
    except UserError as exc:
        return Checked(error=error_text(exc))
    except ImportError:  # an import-less build: checked when aligning
        return Checked()
    finally:
        QGuiApplication.restoreOverrideCursor()


def unique_session_path(folder: Path, stem: str) -> Path:
    """``folder/stem.paralelo``, or ``stem 2.paralelo``… if that is taken."""
    safe = "".join(ch if ch.isalnum() or ch in "-_ .()" else "_" for ch in stem).strip()[:60]
    safe = safe or "session"
    path, n = folder / (safe + SESSION_SUFFIX), 2
    while path.exists():
        path, n = folder / f"{safe} {n}{SESSION_SUFFIX}", n + 1
    return path
