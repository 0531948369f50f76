"""The review table model: one row per link or unlinked paragraph.

Columns: Spanish | score and status | English. The delegate paints rich text
from `RowRole`; `DisplayRole` gives plain text (accessibility, tests,
copy). `LinkFilterProxy` filters by status, score, document and text, and
sorts by document order or score.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from paralelo.gui.rows import ResultIndex, Row, build_rows, row_text

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3
SCORE_ROLE = Qt.ItemDataRole.UserRole + 4
LINK_ID_ROLE = Qt.ItemDataRole.UserRole + 5
COL_ES, COL_SCORE, COL_EN = 0, 1, 2
#: Drag-and-drop payload: source row numbers of the dragged rows.
ROWS_MIME = "application/x-paralelo-rows"


def prepare_rows(result: dict[str, Any]) -> tuple[ResultIndex, list[Row]]:
    """Index and rows of ``result`` (Qt-free work, safe on a worker thread)."""
    index = ResultIndex(result)
    return index, build_rows(result, index)


class LinkTableModel(QAbstractTableModel):
    """Rows of the current alignment dict; rebuilt when the links change."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.index_: ResultIndex = ResultIndex({"documents": [], "links": []})
        self.rows: list[Row] = []
        self.view = "both"  # original | translation | both
        self._search: dict[int, str] = {}
        self._by_link: dict[int, int] = {}
        self._lengths: list[tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]] | None = None

    # -- loading
    def set_result(self, result: dict[str, Any],
                   prepared: tuple[ResultIndex, list[Row]] | None = None) -> None:
        """Show ``result``; ``prepared`` = (index, rows) built earlier on a worker thread."""
        if prepared is not None and prepared[0].result is not result:
            prepared = None  # built from another result: stale
        self.beginResetModel()
        self.index_, self.rows = prepared or prepare_rows(result)
        self._search.clear()
        self._lengths = None
        self._by_link = {r.link_id: n for n, r in enumerate(self.rows) if r.link_id is not None}
        self.endResetModel()

    def update_link(self, link: dict[str, Any]) -> None:
        """Refresh one link in place (review changes keep rows and selection)."""
        n = self._by_link.get(int(link["id"]))
        if n is None:
            return
        self.rows[n].link = link
        self._search.pop(n, None)
        self.dataChanged.emit(self.index(n, 0), self.index(n, self.columnCount() - 1))

    def set_view(self, view: str) -> None:
        self.view = view
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 2))

    # -- lookups
    def row_of_link(self, link_id: int) -> int | None:
        return self._by_link.get(link_id)

    def text_lengths(self) -> list[tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]]:
        """Per row: lengths of its Spanish, machine-translated and English paragraphs."""
        if self._lengths is None:
            es = [(len(p.get("text") or ""), len(p.get("mt") or "(no machine translation)"))
                  for p in self.index_.es_doc.get("paragraphs") or []]
            en = {d["id"]: [len(p.get("text") or "") for p in d.get("paragraphs") or []]
                  for d in self.index_.en_docs}
            out = []
            for r in self.rows:
                pairs = [] if r.repeat_es else [es[i] if 0 <= i < len(es) else (0, 0)
                                                for i in r.es]
                out.append((tuple(a for a, _ in pairs), tuple(b for _, b in pairs),
                            tuple(en[d][p] if d in en and 0 <= p < len(en[d]) else 0
                                  for d, p in r.en)))
            self._lengths = out
        return self._lengths

    def search_text(self, n: int) -> str:
        text = self._search.get(n)
        if text is None:
            r = self.rows[n]
            text = "\n".join((row_text(r, self.index_, "es"), row_text(r, self.index_, "es", True),
                              row_text(r, self.index_, "en"), r.note)).lower()
            self._search[n] = text
        return text

    # -- Qt model API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            names = [self.tr("Spanish"), self.tr("Score"), self.tr("English")]
            if section == COL_ES and self.view == "translation":
                return self.tr("Spanish (machine translation)")
            return names[section] if 0 <= section < 3 else None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    def mimeTypes(self) -> list[str]:
        return [ROWS_MIME]

    def mimeData(self, indexes: Any) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        data.setData(ROWS_MIME, ",".join(map(str, rows)).encode("ascii"))
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def rows_from_mime(self, data: QMimeData) -> list[Row]:
        """The rows a drag carries (an empty list for foreign or stale data)."""
        try:
            nums = [int(x) for x in bytes(data.data(ROWS_MIME).data()).decode().split(",") if x]
        except ValueError:
            return []
        return [self.rows[n] for n in nums if 0 <= n < len(self.rows)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_ES:
                return row_text(r, self.index_, "es", self.view == "translation")
            if col == COL_EN:
                return row_text(r, self.index_, "en")
            return f"{r.score:.2f}" if r.link is not None else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, col)
        if role == ROW_ROLE:
            return r
        if role == SORT_ROLE:
            return r.score if col == COL_SCORE else index.row()
        if role == STATUS_ROLE:
            return r.status
        if role == SCORE_ROLE:
            return r.score
        if role == LINK_ID_ROLE:
            return r.link_id
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        return None

    def _tooltip(self, r: Row, col: int) -> str | None:
        if col == COL_ES and r.es:
            if self.view == "translation":
                return self.tr("Original: %1").replace("%1", row_text(r, self.index_, "es"))
            if self.view == "original":
                mt = row_text(r, self.index_, "es", True).strip()
                return self.tr("Translation: %1").replace("%1", mt) if mt else None
            return None
        if col == COL_EN and r.en:
            return "\n".join(f"{self.index_.doc_label(d)}: {self.index_.doc_name(d)}, "
                             + self.tr("paragraph %1").replace("%1", str(p + 1))
                             for d, p in r.en)
        if col == COL_SCORE and r.link is not None:
            parts = [self.tr("Score %1").replace("%1", f"{r.score:.2f}"),
                     str(r.link.get("kind") or ""), self.status_label(r.status)]
            if r.note:
                parts.append(self.tr("Note: %1").replace("%1", r.note))
            return " · ".join(p for p in parts if p)
        return None

    def status_label(self, status: str) -> str:
        return {"unreviewed": self.tr("Unreviewed"), "confirmed": self.tr("Confirmed"),
                "flagged": self.tr("Flagged"), "gap": self.tr("Unmatched")}.get(status, status)


class LinkFilterProxy(QSortFilterProxyModel):
    """Status, score, document and text filters over `LinkTableModel`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.statuses: set[str] | None = None  # None = all
        self.min_score = 0.0
        self.max_score = 1.0
        self.doc: str | None = None
        self.text = ""
        self.show_gaps = True

    def set_filters(self, *, statuses: set[str] | bool | None = False,
                    min_score: float | None = None,
                    max_score: float | None = None, doc: str | bool | None = False,
                    text: str | None = None, show_gaps: bool | None = None) -> None:
        self.beginFilterChange()
        if statuses is not False:
            self.statuses = statuses  # type: ignore[assignment]
        if min_score is not None:
            self.min_score = min_score
        if max_score is not None:
            self.max_score = max_score
        if doc is not False:
            self.doc = doc  # type: ignore[assignment]
        if text is not None:
            self.text = text.strip().lower()
        if show_gaps is not None:
            self.show_gaps = show_gaps
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def lessThan(self, left: Index, right: Index) -> bool:
        """Score order puts unmatched paragraphs after every link, in either direction."""
        if left.column() != COL_SCORE:
            return super().lessThan(left, right)
        a, b = left.data(ROW_ROLE), right.data(ROW_ROLE)
        if not isinstance(a, Row) or not isinstance(b, Row):
            return super().lessThan(left, right)
        gap_a, gap_b = a.link is None, b.link is None
        if gap_a != gap_b:
            # Qt reverses lessThan for a descending sort: a gap must then be "less"
            descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
            return gap_a if descending else gap_b
        if gap_a:  # two gaps keep document order whichever way scores run
            descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
            return (left.row() > right.row()) if descending else (left.row() < right.row())
        return a.score < b.score

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, LinkTableModel) or source_parent.isValid():
            return True
        r = model.rows[source_row]
        if r.link is None:
            if not self.show_gaps or (self.statuses is not None and "gap" not in self.statuses):
                return False
        else:
            if self.statuses is not None and r.status not in self.statuses:
                return False
            if not self.min_score <= r.score <= self.max_score:
                return False
        if self.doc is not None and r.en and all(d != self.doc for d, _ in r.en):
            return False
        if self.doc is not None and not r.en and r.link is not None:
            return False
        return not self.text or self.text in model.search_text(source_row)
