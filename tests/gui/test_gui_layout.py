"""Any screen size: no overlapping widgets, a reachable toolbar, named controls, tab order."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollBar,
    QSplitterHandle,
    QTextEdit,
    QToolBar,
    QWidget,
)

from paralelo.gui.a11y import tab_chain
from paralelo.gui.mainwindow import MainWindow


def settle(qtbot: Any, win: MainWindow, w: int, h: int) -> None:
    win.resize(w, h)
    qtbot.waitUntil(lambda: win.size().width() == w and win.size().height() == h)
    for _ in range(3):
        QApplication.processEvents()
    win.table.update_heights()


def window_rect(widget: QWidget, win: QWidget) -> QRect:
    return QRect(widget.mapTo(win, widget.rect().topLeft()), widget.size())


def overlaps(win: MainWindow) -> list[str]:
    """Pairs of visible sibling widgets whose rectangles (in window coordinates) intersect.

    Splitter handles are left out: QSplitter draws a 1 px line but widens the
    invisible grab area over its neighbours on purpose (easier to hit).
    """
    found = []
    for parent in [win, *win.findChildren(QWidget)]:
        if not parent.isVisible():
            continue
        kids = [c for c in parent.children() if isinstance(c, QWidget) and c.isVisible()
                and not c.isWindow() and c.width() > 0 and c.height() > 0
                and not isinstance(c, QSplitterHandle)]
        for i, a in enumerate(kids):
            for b in kids[i + 1:]:
                ra, rb = window_rect(a, win), window_rect(b, win)
                if ra.intersects(rb):
                    found.append(f"{a.metaObject().className()}#{a.objectName()} {ra} x "
                                 f"{b.metaObject().className()}#{b.objectName()} {rb}")
    return found


@pytest.mark.parametrize("size", [(1024, 700), (800, 600), (1600, 1000)])
def test_no_two_visible_widgets_overlap(qtbot: Any, window: MainWindow,
                                        size: tuple[int, int]) -> None:
    settle(qtbot, window, *size)
    # the window really is that size (its minimum size does not push it wider)
    assert window.width() == size[0] and window.height() == size[1]
    assert overlaps(window) == []


def test_the_overlap_check_sees_an_overlap(qtbot: Any, window: MainWindow) -> None:
    settle(qtbot, window, 1024, 700)
    label = window.findChildren(QLabel, "filterLabel")[0]
    group = window.search.parentWidget()  # the search box's group in the filter bar
    label.setParent(group.parentWidget())  # now a sibling of that group...
    label.move(group.pos())  # ...drawn over it, like the Status label was
    label.show()
    assert overlaps(window), "a label moved over the search box must be reported"


def test_filter_controls_are_wide_enough_for_their_text(qtbot: Any, window: MainWindow) -> None:
    settle(qtbot, window, 1024, 700)
    for combo in (window.status_filter, window.score_filter, window.sort_combo):
        assert combo.width() >= combo.sizeHint().width(), combo.objectName()
        widest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i))
                     for i in range(combo.count()))
        assert combo.width() > widest, combo.objectName()
    for combo in window.findChildren(QComboBox):
        if combo.isVisible():
            assert combo.width() >= combo.minimumSizeHint().width()


def test_toolbar_overflows_into_a_chevron(qtbot: Any, window: MainWindow) -> None:
    tb = window.findChild(QToolBar, "mainToolbar")
    export = tb.widgetForAction(window.acts["export"])
    settle(qtbot, window, 1024, 700)
    assert export.isVisible()  # fits at 1024
    assert window_rect(export, window).right() < window.width()
    settle(qtbot, window, 800, 600)
    chevron = tb.findChild(QAbstractButton, "qt_toolbar_ext_button")
    assert not export.isVisible()
    assert chevron is not None and chevron.isVisible() and chevron.width() >= 12
    assert window_rect(chevron, window).right() < window.width()
    qtbot.mouseClick(chevron, Qt.MouseButton.LeftButton)  # expands the toolbar
    qtbot.waitUntil(export.isVisible)


def test_everything_reachable_at_800x600(qtbot: Any, window: MainWindow) -> None:
    settle(qtbot, window, 800, 600)
    for w in tab_chain(window):
        r = window_rect(w, window)
        assert w.isVisible() and r.width() >= 40 and r.height() >= 20, w.objectName()
        assert QRect(0, 0, 800, 600).contains(r), (w.objectName(), r)
    assert window.table.viewport().height() >= 100


def interactive(w: QWidget) -> bool:
    if isinstance(w, QScrollBar):
        return False
    return isinstance(w, (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView, QTextEdit)) \
        or bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus)


def test_every_visible_control_has_an_accessible_name(qtbot: Any, window: MainWindow) -> None:
    settle(qtbot, window, 1024, 700)
    window.search.setText("x")  # shows the clear button too
    buddies = {lab.buddy() for lab in window.findChildren(QLabel) if lab.buddy() is not None}
    unnamed = [f"{w.metaObject().className()}#{w.objectName()}"
               for w in window.findChildren(QWidget)
               if w.isVisible() and interactive(w) and not w.accessibleName()
               and w not in buddies and (w.parentWidget() not in buddies)]
    assert unnamed == []


def test_tab_follows_the_layout(qtbot: Any, window: MainWindow) -> None:
    settle(qtbot, window, 1024, 700)
    window.activateWindow()
    window.search.setFocus()
    qtbot.waitUntil(window.search.hasFocus)
    seen = [QApplication.focusWidget()]
    for _ in range(len(tab_chain(window))):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    chain = tab_chain(window)
    assert seen[:len(chain)] == chain
    assert seen[len(chain)] is window.search  # and round again


def test_table_headers_fit_in_spanish(qtbot: Any) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QFont, QFontMetrics

    from paralelo.gui.i18n import install_translators
    from paralelo.gui.settings import Prefs

    app = QApplication.instance()
    assert app is not None
    assert install_translators(app, QLocale("es")) == "es"
    try:
        win = MainWindow(Prefs(engine="none"))
        qtbot.addWidget(win)
        win.resize(1024, 700)
        win.show()
        hh = win.table.horizontalHeader()
        bold = QFont(hh.font())
        bold.setBold(True)
        for col in range(3):
            title = str(win.proxy.headerData(col, Qt.Orientation.Horizontal))
            assert title in ("Español", "Puntuación", "Inglés")
            assert hh.sectionSize(col) >= QFontMetrics(bold).horizontalAdvance(title) + 16
    finally:
        install_translators(app, QLocale(QLocale.Language.English))


@pytest.mark.qt_log_ignore("^This plugin does not support (raise|grabbing)")
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_drop_down_lists_draw_their_current_item(qtbot: Any, theme: str) -> None:
    """The current item of an open drop-down list shows its text (it was a blank row)."""
    from paralelo.gui.settings import Prefs
    from paralelo.gui.theme import colors

    win = MainWindow(Prefs(engine="none", theme=theme))
    qtbot.addWidget(win)
    win.show()
    combo = win.status_filter
    combo.setCurrentIndex(2)
    combo.showPopup()
    try:
        view = combo.view()
        qtbot.waitUntil(view.isVisible)
        img = view.viewport().grab(view.visualRect(view.model().index(2, 0))).toImage()
        text = colors(theme).text
        from PySide6.QtGui import QColor

        ink = QColor(text).lightnessF()
        drawn = sum(1 for x in range(img.width()) for y in range(img.height())
                    if abs(img.pixelColor(x, y).lightnessF() - ink) < 0.25)
        assert drawn > 40, "the current item's text is not drawn"
    finally:
        combo.hidePopup()
