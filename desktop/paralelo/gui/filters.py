"""The filter bar above the review table: search, status, score, document, order.

Texts use the "MainWindow" translation context (the bar belongs to the window).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from paralelo.gui.model import COL_ES

if TYPE_CHECKING:
    from paralelo.gui.mainwindow import MainWindow


def build_filter_bar(win: MainWindow) -> None:
    """Create the bar and its controls as attributes of ``win`` (``win.filter_bar``...)."""
    translate = QCoreApplication.translate
    bar = QWidget(win)
    bar.setObjectName("filterBar")
    lay = QHBoxLayout(bar)
    lay.setContentsMargins(10, 6, 10, 6)
    win.search = QLineEdit(bar)
    win.search.setObjectName("searchBox")
    win.search.setPlaceholderText(translate("MainWindow", "Search text and notes  (Ctrl+F)"))
    win.search.setClearButtonEnabled(True)
    win.search.setMinimumWidth(180)
    win._search_timer = QTimer(win, singleShot=True, interval=150)
    win._search_timer.timeout.connect(lambda: win.proxy.set_filters(text=win.search.text()))
    win.search.textChanged.connect(lambda *_: win._search_timer.start())

    win.status_filter = QComboBox(bar)
    win.status_filter.setObjectName("statusFilter")
    for label, value in ((translate("MainWindow", "All rows"), None),
                         (translate("MainWindow", "Unreviewed"), {"unreviewed"}),
                         (translate("MainWindow", "Confirmed"), {"confirmed"}),
                         (translate("MainWindow", "Flagged"), {"flagged"}),
                         (translate("MainWindow", "Unmatched paragraphs"), {"gap"})):
        win.status_filter.addItem(label, value)
    win.status_filter.currentIndexChanged.connect(
        lambda i: win.proxy.set_filters(statuses=win.status_filter.itemData(i)))

    win.doc_filter = QComboBox(bar)
    win.doc_filter.setObjectName("docFilter")
    win.doc_filter.setMinimumContentsLength(18)
    win.doc_filter.setSizeAdjustPolicy(
        QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    win.doc_filter.currentIndexChanged.connect(
        lambda i: win.proxy.set_filters(doc=win.doc_filter.itemData(i)))

    win.score_filter = QComboBox(bar)
    win.score_filter.setObjectName("scoreFilter")
    for label, lo, hi in ((translate("MainWindow", "Any score"), 0.0, 1.0),
                          (translate("MainWindow", "Score below 0.5"), 0.0, 0.4999),
                          (translate("MainWindow", "Score 0.5 and above"), 0.5, 1.0)):
        win.score_filter.addItem(label, (lo, hi))
    win.score_filter.currentIndexChanged.connect(win._score_filter_changed)

    win.sort_combo = QComboBox(bar)
    win.sort_combo.setObjectName("sortCombo")
    asc, desc = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
    for text, order in ((translate("MainWindow", "Document order"), (COL_ES, asc)),
                        (translate("MainWindow", "Lowest score first"), (1, asc)),
                        (translate("MainWindow", "Highest score first"), (1, desc))):
        win.sort_combo.addItem(text, order)
    win.sort_combo.currentIndexChanged.connect(win._sort_changed)

    lay.addWidget(win.search, 3)
    for w, caption in ((win.status_filter, translate("MainWindow", "Status")),
                       (win.score_filter, translate("MainWindow", "Score")),
                       (win.doc_filter, translate("MainWindow", "English")),
                       (win.sort_combo, translate("MainWindow", "Order"))):
        buddy = QLabel(caption, bar)
        buddy.setBuddy(w)
        buddy.setObjectName("filterLabel")
        lay.addWidget(buddy)
        lay.addWidget(w, 1)
    win.filter_bar = bar
