"""Models of the side panels: facts of the selected link, ranked matches."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from paralelo.gui.rows import ResultIndex, _en_refs, _es_refs
from paralelo.gui.textmarks import _dicts, fact_colors
from paralelo.gui.theme import Colors, colors

Index = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


class _PanelModel(QAbstractTableModel):
    """A flat, read-only table of ``items`` with fixed column headers."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[dict[str, Any]] = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _add_wording(item: dict[str, Any], side: str, word: str) -> None:
    """Add ``word`` to the fact's wordings on ``side`` ("a · b"), once whatever its case."""
    have = [w for w in str(item[side]).split(" · ") if w]
    if word and word.casefold() not in {w.casefold() for w in have}:
        item[side] = " · ".join([*have, word])


class FactsModel(_PanelModel):
    """Every fact of one link: shared (coloured like the text), then one-side facts.

    A fact stated more than once (the same wording at two places, or two
    Spanish wordings of one English one) is one row (`textmarks.fact_colors`);
    its wordings are listed together and a click shows every place it occurs
    (``es_locs``/``en_locs``).
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.colors: Colors = colors("light")

    def headers(self) -> list[str]:
        return [self.tr("Kind"), self.tr("Spanish"), self.tr("English")]

    def set_link(self, link: dict[str, Any] | None) -> None:
        self.beginResetModel()
        self.items = []
        if link:
            facts = _dicts(link.get("facts"))
            rows: dict[int, dict[str, Any]] = {}
            for f, group in zip(facts, fact_colors(facts), strict=True):
                item = rows.get(group)
                if item is None:
                    item = rows[group] = {"side": "both", "color": group,
                                          "kind": f.get("kind", ""), "es": "", "en": "",
                                          "es_locs": [], "en_locs": [],
                                          "es_loc": f.get("es_loc"), "en_loc": f.get("en_loc")}
                    self.items.append(item)
                for side in ("es", "en"):
                    _add_wording(item, side, str(f.get(side) or ""))
                    if f.get(f"{side}_loc") not in item[f"{side}_locs"]:
                        item[f"{side}_locs"].append(f.get(f"{side}_loc"))
            for side in ("es", "en"):  # one-side facts: one row per wording, every place
                once: dict[tuple[str, str], dict[str, Any]] = {}
                for f in _dicts(link.get(f"only_{side}")):
                    text = str(f.get("text") or "")
                    k = (str(f.get("kind") or ""), " ".join(text.split()).casefold())
                    if k not in once:
                        once[k] = {"side": side, "kind": f.get("kind", ""), "es": "", "en": "",
                                   side: text, f"{side}_loc": f.get("loc"), f"{side}_locs": []}
                        self.items.append(once[k])
                    once[k][f"{side}_locs"].append(f.get("loc"))
        self.endResetModel()

    def kind_label(self, kind: str) -> str:
        return {"person": self.tr("person"), "org": self.tr("organisation"),
                "place": self.tr("place"), "number": self.tr("number"),
                "percent": self.tr("percent"), "money": self.tr("money"),
                "date": self.tr("date"), "year": self.tr("year"),
                "topic": self.tr("topic")}.get(kind, kind)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item, col = self.items[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return self.kind_label(str(item["kind"]))
            text = item["es"] if col == 1 else item["en"]
            return text or "—"
        if role == Qt.ItemDataRole.DecorationRole and col == 0:
            if item["side"] == "both":
                return QColor(self.colors.facts[item["color"] % len(self.colors.facts)])
            return QColor(self.colors.only)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col in (1, 2) and (item["es"] if col == 1 else item["en"]):
                return str(item["es"] if col == 1 else item["en"])  # the elided value in full
            if item["side"] == "es":
                return self.tr("Only the Spanish side states this")
            if item["side"] == "en":
                return self.tr("Only the English side states this")
            return self.tr("Stated on both sides")
        if role == ITEM_ROLE:
            return item
        return None


class CandidatesModel(_PanelModel):
    """Links of the selected Spanish paragraph(s), grouped per paragraph, best score first.

    With ``show_hidden`` the comparable candidates scored below the display
    threshold (the result's "candidates", docs/json-schema.md) are listed too,
    in grey italics; they are not links, so they have no id to jump to.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.index_: ResultIndex | None = None
        self.current: int | None = None
        self.es: tuple[int, ...] = ()
        self.show_hidden = False
        self.colors: Colors = colors("light")

    def set_paragraphs(self, ix: ResultIndex, es: tuple[int, ...],
                       current: int | None = None) -> None:
        self.beginResetModel()
        self.index_, self.current, self.es = ix, current, tuple(es)
        wanted = set(es)
        links = [(lk, False) for lk in ix.result.get("links") or []
                 if isinstance(lk, dict) and "id" in lk and wanted & set(_es_refs(lk))]
        if self.show_hidden:
            links += [(c, True) for c in ix.result.get("candidates") or []
                      if isinstance(c, dict) and wanted & set(_es_refs(c))]
        self.items = [{"link": lk, "hidden": hidden} for lk, hidden in sorted(
            links, key=lambda x: (min(_es_refs(x[0]), default=-1), -_score(x[0])))]
        self.endResetModel()

    def set_show_hidden(self, on: bool) -> None:
        """List (or stop listing) the hidden candidates of the same paragraphs."""
        self.show_hidden = bool(on)
        if self.index_ is not None:
            self.set_paragraphs(self.index_, self.es, self.current)

    def headers(self) -> list[str]:
        return [self.tr("Score"), self.tr("Where"), self.tr("English")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items) or self.index_ is None:
            return None
        item, col = self.items[index.row()], index.column()
        lk, hidden = item["link"], item["hidden"]
        refs = list(_en_refs(lk))
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return f"{_score(lk):.2f}"
            if col == 1:
                where = ", ".join(f"{self.index_.doc_label(d)} ¶{p + 1}" for d, p in refs) or "—"
                if len(self.es) > 1:
                    where = f"ES ¶{min(_es_refs(lk)) + 1} → {where}"
                return where
            text = " ".join(str(self.index_.en_para(d, p).get("text") or "") for d, p in refs)
            return text[:160] + ("…" if len(text) > 160 else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            if hidden:
                return self.tr("Hidden candidate: its score is below the display threshold")
            if col == 1:
                return "\n".join(self.index_.doc_name(d) for d, _ in refs)
            return None
        if role == Qt.ItemDataRole.FontRole and (hidden or lk.get("id") == self.current):
            f = QFont()
            f.setItalic(hidden)
            f.setBold(not hidden)
            return f
        if role == Qt.ItemDataRole.ForegroundRole and hidden:
            return QColor(self.colors.muted)
        if role == ITEM_ROLE:
            return None if hidden else int(lk["id"])
        return None


def _score(link: dict[str, Any]) -> float:
    try:
        return float(link.get("score") or 0.0)
    except (TypeError, ValueError):
        return 0.0
