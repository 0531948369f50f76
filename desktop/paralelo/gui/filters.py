"""The filter bar above the review table: search, status, score, document, order.

Texts use the "MainWindow" translation context (the bar belongs to the window).
Each control sits with its label in a small group; the groups wrap onto a
second line when the window is narrow (`FlowLayout`), so nothing overlaps.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from paralelo.gui.flowlayout import FlowLayout
from paralelo.gui.model import COL_ES

if TYPE_CHECKING:
    from paralelo.gui.mainwindow import MainWindow


def build_filter_bar(win: MainWindow) -> None:
    """Create the bar and its controls as attributes of ``win`` (``win.filter_bar``...)."""
    translate = QCoreApplication.translate
    bar = QWidget(win)
    bar.setObjectName("filterBar")
    lay = FlowLayout(bar, spacing=10)
    lay.setContentsMargins(10, 6, 10, 6)
    search_group = QWidget(bar)
    search_row = QHBoxLayout(search_group)
    search_row.setContentsMargins(0, 0, 0, 0)
    win.search = QLineEdit(search_group)
    win.search.setObjectName("searchBox")
    win.search.setPlaceholderText(translate("MainWindow", "Search text and notes  (Ctrl+F)"))
    win.search.setAccessibleName(translate("MainWindow", "Search text and notes"))
    win.search.setClearButtonEnabled(True)
    win.search.setMinimumWidth(220)
    win.search_hits = QLabel(search_group)
    win.search_hits.setObjectName("searchHits")
    win.search_hits.setAccessibleName(translate("MainWindow", "Search results"))
    win.search_hits.setMinimumWidth(70)
    search_row.addWidget(win.search, 1)
    search_row.addWidget(win.search_hits)
    win._search_timer = QTimer(win, singleShot=True, interval=150)
    win._search_timer.timeout.connect(win.apply_search)
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
        lambda i: win.filters_changed(statuses=win.status_filter.itemData(i)))

    win.doc_filter = QComboBox(bar)
    win.doc_filter.setObjectName("docFilter")
    win.doc_filter.setMinimumContentsLength(14)
    win.doc_filter.setSizeAdjustPolicy(
        QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    win.doc_filter.currentIndexChanged.connect(
        lambda i: win.filters_changed(doc=win.doc_filter.itemData(i)))

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

    lay.add_widget(search_group, 3)
    for w, caption in ((win.status_filter, translate("MainWindow", "Status")),
                       (win.score_filter, translate("MainWindow", "Score")),
                       (win.doc_filter, translate("MainWindow", "English")),
                       (win.sort_combo, translate("MainWindow", "Order"))):
        group = QWidget(bar)
        row = QHBoxLayout(group)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        buddy = QLabel(caption, group)
        buddy.setBuddy(w)
        buddy.setObjectName("filterLabel")
        w.setParent(group)
        w.setAccessibleName(caption)
        if w is not win.doc_filter:
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        row.addWidget(buddy)
        row.addWidget(w, 1)
        lay.add_widget(group)
    win.filter_bar = bar
