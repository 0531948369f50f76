"""Small yes/no questions the dialogs and flows ask (one place, so tests can answer them)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_overwrite(parent: QWidget | None, path: str | Path) -> bool:
    """Ask before replacing an existing file; True to go ahead."""
    p = Path(path)
    text = (QCoreApplication.translate("Asks", "“%1” already exists in %2.")
            .replace("%1", p.name).replace("%2", str(p.parent)))
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("Asks", "Replace File?"), text,
                      QMessageBox.StandardButton.Cancel, parent)
    box.setInformativeText(
        QCoreApplication.translate("Asks", "Replacing it overwrites its contents."))
    replace = box.addButton(QCoreApplication.translate("Asks", "Replace"),
                            QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is replace


def choose(parent: QWidget | None, title: str, text: str, info: str,
           buttons: list[str]) -> int:
    """Show ``text`` with one button per label (and Cancel); the index clicked, or -1."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Cancel, parent)
    if info:
        box.setInformativeText(info)
    made = [box.addButton(label, QMessageBox.ButtonRole.AcceptRole) for label in buttons]
    if made:
        box.setDefaultButton(made[0])
    box.exec()
    clicked = box.clickedButton()
    return next((n for n, b in enumerate(made) if b is clicked), -1)


def confirm_duration(parent: QWidget | None, engine: str, seconds: float) -> str | None:
    """Before a job estimated at over a minute (`estimate.WARN_SECONDS`): say so and offer
    to go on, to go on without machine translation, or Cancel. Returns the engine to use
    (``engine`` or "none"), or None when the user cancels."""
    from paralelo.gui.estimate import WARN_SECONDS

    if seconds <= WARN_SECONDS or engine == "none":
        return engine
    minutes = max(1, round(seconds / 60))
    label = {"argos": "Argos", "apertium": "Apertium"}.get(engine, engine)
    choice = choose(
        parent, QCoreApplication.translate("Asks", "This Will Take a While"),
        QCoreApplication.translate(
            "Asks", "Aligning these documents with %1 will take about %n minute(s).", "",
            minutes).replace("%1", label),
        QCoreApplication.translate(
            "Asks", "Without machine translation it takes seconds, but links are found "
            "from names, numbers and dates only."),
        [QCoreApplication.translate("Asks", "Start"),
         QCoreApplication.translate("Asks", "Align Without Machine Translation")])
    return {0: engine, 1: "none"}.get(choice)
