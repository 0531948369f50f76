"""Keyboard and screen-reader access to the main window: names and tab order.

Every control gets an accessible name (a screen reader says it; the GUI
tests check it), Tab moves through the controls in the order they are laid
out (filter bar left to right, table, detail pane, side panels) and leaves
the tables instead of walking their cells.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QTextEdit, QToolBar, QWidget

if TYPE_CHECKING:
    from paralelo.gui.mainwindow import MainWindow


def tab_chain(win: MainWindow) -> list[QWidget]:
    """The controls Tab visits, in layout order."""
    return [win.search, win.status_filter, win.score_filter, win.doc_filter, win.sort_combo,
            win.table, win.detail.es_view, win.detail.en_view, win.detail.note,
            win.facts_view, win.cands_hidden, win.cands_view]


def name_controls(win: MainWindow) -> None:
    """Accessible names for controls that have no visible label of their own."""
    def tr(text: object) -> str:  # texts below are marked with QT_TRANSLATE_NOOP("A11y", …)
        return QCoreApplication.translate("A11y", str(text))

    win.menuBar().setAccessibleName(tr(QT_TRANSLATE_NOOP("A11y", "Menu bar")))
    win.table.setAccessibleName(tr(QT_TRANSLATE_NOOP("A11y", "Links: Spanish, score and English")))
    win.facts_view.setAccessibleName(tr(QT_TRANSLATE_NOOP("A11y", "Facts of the selected link")))
    win.cands_view.setAccessibleName(
        tr(QT_TRANSLATE_NOOP("A11y", "Matches for this Spanish paragraph")))
    for view in (win.table, win.facts_view, win.cands_view):
        view.horizontalHeader().setAccessibleName(
            tr(QT_TRANSLATE_NOOP("A11y", "Column headers of %1"))
            .replace("%1", view.accessibleName()))
    win.cancel_button.setAccessibleName(tr(QT_TRANSLATE_NOOP("A11y", "Cancel the running task")))
    win.progress.setAccessibleName(tr(QT_TRANSLATE_NOOP("A11y", "Progress of the running task")))
    for tb in win.findChildren(QToolBar):
        tb.setAccessibleName(tb.windowTitle())
        for act in tb.actions():
            btn = tb.widgetForAction(act)
            if btn is not None:
                btn.setAccessibleName(act.text().replace("&", "").replace("…", ""))
    for dock in (win.factsDock, win.matchesDock):
        for btn in dock.findChildren(QAbstractButton):
            if not btn.accessibleName():
                btn.setAccessibleName(
                    tr(QT_TRANSLATE_NOOP("A11y", "Close the %1 panel"))
                    .replace("%1", dock.windowTitle())
                    if "close" in btn.objectName() else dock.windowTitle())
    for btn in win.findChildren(QAbstractButton):  # e.g. the search box's clear button
        if not btn.accessibleName():
            btn.setAccessibleName(btn.text().replace("&", "") or btn.toolTip()
                                  or tr(QT_TRANSLATE_NOOP("A11y", "Clear")))


def set_tab_order(win: MainWindow) -> None:
    chain = tab_chain(win)
    for view in chain:
        if isinstance(view, QAbstractItemView):
            view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        if isinstance(view, QTextEdit):
            view.setTabChangesFocus(True)
    for a, b in itertools.pairwise(chain):
        QWidget.setTabOrder(a, b)
