"""Light and dark themes: a Qt palette, a style sheet and the highlight colours."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("light", "dark")


@dataclass(frozen=True)
class Colors:
    """Colours the delegate and detail pane paint with (not expressible in QSS)."""

    base: str
    text: str
    muted: str
    label: str
    gap: str
    facts: tuple[str, ...]
    only: str
    ins: str
    dele: str
    confirmed: str
    flagged: str
    unreviewed: str
    select: str
    hit: str = "#ffb454"  # search hits
    sentence: str = "#1d4ed8"  # the sentence under the mouse and its counterpart


LIGHT = Colors(
    base="#ffffff", text="#1f2328", muted="#8c959f", label="#57606a", gap="#f6f8fa",
    facts=("#fde68a", "#bae6fd", "#bbf7d0", "#fbcfe8", "#ddd6fe", "#fed7aa", "#a5f3fc",
           "#d9f99d"),
    only="#d1242f", ins="#ccf0d4", dele="#ffd7d5", confirmed="#1a7f37", flagged="#cf222e",
    unreviewed="#8c959f", select="#dbeafe",
)
DARK = Colors(
    base="#1e2227", text="#e6edf3", muted="#7d8590", label="#9da7b3", gap="#262b31",
    facts=("#6b5a12", "#164e6e", "#1d5b34", "#6d2550", "#46347a", "#7a4313", "#155e68",
           "#4a5d12"),
    only="#ff7b72", ins="#1f4d2c", dele="#5c2326", confirmed="#3fb950", flagged="#f85149",
    unreviewed="#7d8590", select="#1f3a5f", hit="#9a5b00", sentence="#79c0ff",
)


def colors(theme: str) -> Colors:
    return DARK if theme == "dark" else LIGHT


def _palette(theme: str) -> QPalette:
    c = colors(theme)
    pal = QPalette()
    window = "#f3f4f6" if theme == "light" else "#16191d"
    button = "#f6f8fa" if theme == "light" else "#2b3036"
    roles = {
        QPalette.ColorRole.Window: window, QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.base, QPalette.ColorRole.AlternateBase: c.gap,
        QPalette.ColorRole.Text: c.text, QPalette.ColorRole.Button: button,
        QPalette.ColorRole.ButtonText: c.text, QPalette.ColorRole.ToolTipBase: c.base,
        QPalette.ColorRole.ToolTipText: c.text, QPalette.ColorRole.Highlight: "#2f6feb",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.PlaceholderText: c.muted,
        QPalette.ColorRole.Link: "#2f6feb" if theme == "light" else "#58a6ff",
    }
    for role, value in roles.items():
        pal.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.muted))
    return pal


def style_sheet(theme: str) -> str:
    """The theme's QSS from resources/themes (empty when missing)."""
    from paralelo.gui.paths import resource_file

    path = resource_file("themes", f"{theme}.qss")
    return path.read_text(encoding="utf-8") if path is not None else ""


def apply_theme(app: QApplication, theme: str, font_size: int = 0) -> None:
    """Switch the whole application to ``theme`` (light or dark)."""
    theme = theme if theme in THEMES else "light"
    app.setStyle("Fusion")
    app.setPalette(_palette(theme))
    app.setProperty("paraleloTheme", theme)
    default = app.property("paraleloDefaultFont")
    if not isinstance(default, QFont):  # the system font, kept for "System default"
        default = QFont(app.font())
        app.setProperty("paraleloDefaultFont", default)
    font = QFont(default)
    if font_size > 0:
        font.setPointSize(font_size)
    if font != app.font():
        app.setFont(font)
    app.setStyleSheet(style_sheet(theme))
