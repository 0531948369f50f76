"""Every window action with its shortcut, and the menus and toolbar built from them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

if TYPE_CHECKING:
    from paralelo.gui.mainwindow import MainWindow


# name, text, shortcut, slot name (on the window), checkable
SPECS: list[tuple[str, Any, str, str, bool]] = [  # texts: QT_TRANSLATE_NOOP
    ("new", QT_TRANSLATE_NOOP("Actions", "&New Session from Documents…"),
     "Ctrl+N", "new_session_dialog", False),
    ("open", QT_TRANSLATE_NOOP("Actions", "&Open Session…"),
     "Ctrl+O", "open_session_dialog", False),
    ("seed", QT_TRANSLATE_NOOP("Actions", "Open the &Seed Session"),
     "Ctrl+Alt+S", "open_seed", False),
    ("save_as", QT_TRANSLATE_NOOP("Actions", "Save &As…"),
     "Ctrl+Shift+S", "save_as", False),
    ("save_copy", QT_TRANSLATE_NOOP("Actions", "Save a &Copy…"),
     "Ctrl+Alt+Shift+S", "save_copy", False),
    ("paste", QT_TRANSLATE_NOOP("Actions", "&Paste Text as Document…"),
     "Ctrl+Shift+V", "paste_document", False),
    ("export", QT_TRANSLATE_NOOP("Actions", "&Export…"),
     "Ctrl+E", "export_dialog", False),
    ("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"),
     "Ctrl+Q", "close", False),
    ("find", QT_TRANSLATE_NOOP("Actions", "&Find…"),
     "Ctrl+F", "focus_search", False),
    ("find_next", QT_TRANSLATE_NOOP("Actions", "Find &Next"),
     "F3", "find_next", False),
    ("find_prev", QT_TRANSLATE_NOOP("Actions", "Find Pre&vious"),
     "Shift+F3", "find_previous", False),
    ("next_sentence", QT_TRANSLATE_NOOP("Actions", "Next &Sentence Pair"),
     "Alt+Right", "next_sentence", False),
    ("prev_sentence", QT_TRANSLATE_NOOP("Actions", "Previous Sentence &Pair"),
     "Alt+Left", "previous_sentence", False),
    ("prefs", QT_TRANSLATE_NOOP("Actions", "&Preferences…"),
     "Ctrl+,", "preferences_dialog", False),
    ("confirm", QT_TRANSLATE_NOOP("Actions", "&Confirm Link"),
     "Ctrl+Return", "confirm_selected", False),
    ("flag", QT_TRANSLATE_NOOP("Actions", "&Flag Link"),
     "Ctrl+Shift+F", "flag_selected", False),
    ("unreview", QT_TRANSLATE_NOOP("Actions", "Mark &Unreviewed"),
     "Ctrl+Backspace", "unreview_selected", False),
    ("note", QT_TRANSLATE_NOOP("Actions", "Edit &Note"),
     "F2", "edit_note", False),
    ("next", QT_TRANSLATE_NOOP("Actions", "&Next Unreviewed"),
     "F8", "next_unreviewed", False),
    ("prev", QT_TRANSLATE_NOOP("Actions", "&Previous Unreviewed"),
     "Shift+F8", "previous_unreviewed", False),
    ("lowest", QT_TRANSLATE_NOOP("Actions", "Review &Lowest Score First"),
     "Ctrl+L", "review_lowest_first", False),
    ("link", QT_TRANSLATE_NOOP("Actions", "&Link Selected Paragraphs"),
     "Ctrl+K", "link_selected", False),
    ("unlink", QT_TRANSLATE_NOOP("Actions", "&Unlink"),
     "Ctrl+Shift+K", "unlink_selected", False),
    ("merge", QT_TRANSLATE_NOOP("Actions", "&Merge Links"),
     "Ctrl+M", "merge_selected", False),
    ("split", QT_TRANSLATE_NOOP("Actions", "&Split Link"),
     "Ctrl+Shift+M", "split_selected", False),
    ("move_en_up", QT_TRANSLATE_NOOP("Actions", "Move English Paragraph to &Previous Link"),
     "Alt+Up", "move_en_up", False),
    ("move_en_down", QT_TRANSLATE_NOOP("Actions", "Move English Paragraph to &Next Link"),
     "Alt+Down", "move_en_down", False),
    ("move_es_up", QT_TRANSLATE_NOOP("Actions", "Move Spanish Paragraph to Previous Link"),
     "Alt+Shift+Up", "move_es_up", False),
    ("move_es_down", QT_TRANSLATE_NOOP("Actions", "Move Spanish Paragraph to Next Link"),
     "Alt+Shift+Down", "move_es_down", False),
    ("realign", QT_TRANSLATE_NOOP("Actions", "&Re-align (Keep Confirmed Links)"),
     "Ctrl+R", "realign", False),
    ("view_original", QT_TRANSLATE_NOOP("Actions", "&Original Spanish"),
     "Ctrl+1", "", True),
    ("view_translation", QT_TRANSLATE_NOOP("Actions", "Machine &Translation"),
     "Ctrl+2", "", True),
    ("view_both", QT_TRANSLATE_NOOP("Actions", "&Both"),
     "Ctrl+3", "", True),
    ("diff", QT_TRANSLATE_NOOP("Actions", "Show &Differences (Translation vs English)"),
     "Ctrl+D", "toggle_diff", True),
    ("gaps", QT_TRANSLATE_NOOP("Actions", "Show &Unmatched Paragraphs"),
     "Ctrl+U", "toggle_gaps", True),
    ("models", QT_TRANSLATE_NOOP("Actions", "Translation &Models…"),
     "Ctrl+Alt+M", "models_dialog", False),
    ("shortcuts", QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"),
     "F1", "show_shortcuts", False),
    ("about", QT_TRANSLATE_NOOP("Actions", "&About Paralelo"),
     "Ctrl+Alt+A", "show_about", False),
]


def build_actions(win: MainWindow) -> dict[str, QAction]:
    acts: dict[str, QAction] = {}
    for name, text, shortcut, slot, checkable in SPECS:
        act = QAction(QCoreApplication.translate("Actions", str(text)), win)
        act.setObjectName(f"action_{name}")
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.setCheckable(checkable)
        if slot:
            fn: Callable[..., object] = getattr(win, slot)
            act.triggered.connect(lambda _checked=False, f=fn: f())
        win.addAction(act)
        acts[name] = act
    group = QActionGroup(win)
    for view in ("original", "translation", "both"):
        a = acts[f"view_{view}"]
        group.addAction(a)
        a.triggered.connect(lambda _c=False, v=view: win.set_view(v))
    acts["gaps"].setChecked(True)
    # Undo/redo go through the window: the QUndoStack first, then the session's
    # own history (edits made before the session was last closed).
    undo = QAction(QCoreApplication.translate("Actions", "&Undo"), win)
    undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    undo.triggered.connect(lambda _c=False: win.undo())
    redo = QAction(QCoreApplication.translate("Actions", "&Redo"), win)
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    redo.triggered.connect(lambda _c=False: win.redo())
    for a, n in ((undo, "undo"), (redo, "redo")):
        a.setObjectName(f"action_{n}")
        win.addAction(a)
        acts[n] = a
    return acts


def build_menus(win: MainWindow, acts: dict[str, QAction]) -> QMenu:
    """Create the menu bar; returns the (initially empty) Open Recent menu."""
    bar = win.menuBar()
    m = bar.addMenu(QCoreApplication.translate("Actions", "&File"))
    m.addActions([acts["new"], acts["open"]])
    recent = m.addMenu(QCoreApplication.translate("Actions", "Open &Recent"))
    recent.setObjectName("recentMenu")
    m.addActions([acts["seed"], acts["paste"]])
    m.addSeparator()
    m.addActions([acts["save_as"], acts["save_copy"], acts["export"]])
    m.addSeparator()
    m.addAction(acts["quit"])
    m = bar.addMenu(QCoreApplication.translate("Actions", "&Edit"))
    m.addActions([acts["undo"], acts["redo"]])
    m.addSeparator()
    m.addActions([acts["find"], acts["find_next"], acts["find_prev"]])
    m.addSeparator()
    m.addAction(acts["prefs"])
    m = bar.addMenu(QCoreApplication.translate("Actions", "&Review"))
    m.addActions([acts["confirm"], acts["flag"], acts["unreview"], acts["note"]])
    m.addSeparator()
    m.addActions([acts["next"], acts["prev"], acts["lowest"]])
    m = bar.addMenu(QCoreApplication.translate("Actions", "&Alignment"))
    m.addActions([acts["link"], acts["unlink"], acts["merge"], acts["split"]])
    m.addSeparator()
    m.addActions([acts["move_en_up"], acts["move_en_down"], acts["move_es_up"],
                  acts["move_es_down"]])
    m.addSeparator()
    m.addAction(acts["realign"])
    m = bar.addMenu(QCoreApplication.translate("Actions", "&View"))
    m.addActions([acts["view_original"], acts["view_translation"], acts["view_both"]])
    m.addSeparator()
    m.addActions([acts["diff"], acts["gaps"]])
    m.addSeparator()
    m.addActions([acts["next_sentence"], acts["prev_sentence"]])
    m.addSeparator()
    win.view_menu = m
    m = bar.addMenu(QCoreApplication.translate("Actions", "&Tools"))
    m.addAction(acts["models"])
    m = bar.addMenu(QCoreApplication.translate("Actions", "&Help"))
    m.addActions([acts["shortcuts"], acts["about"]])
    return recent


def build_toolbar(win: MainWindow, acts: dict[str, QAction]) -> QToolBar:
    tb = QToolBar(QCoreApplication.translate("Actions", "Main"), win)
    tb.setObjectName("mainToolbar")
    tb.setMovable(False)
    tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    short = {
        "open": QCoreApplication.translate("Toolbar", "Open"),
        "new": QCoreApplication.translate("Toolbar", "New"),
        "confirm": QCoreApplication.translate("Toolbar", "✓ Confirm"),
        "flag": QCoreApplication.translate("Toolbar", "⚑ Flag"),
        "next": QCoreApplication.translate("Toolbar", "Next unreviewed"),
        "undo": QCoreApplication.translate("Toolbar", "Undo"),
        "realign": QCoreApplication.translate("Toolbar", "Re-align"),
        "export": QCoreApplication.translate("Toolbar", "Export"),
        "view_original": QCoreApplication.translate("Toolbar", "Original"),
        "view_translation": QCoreApplication.translate("Toolbar", "Translation"),
        "view_both": QCoreApplication.translate("Toolbar", "Both"),
        "diff": QCoreApplication.translate("Toolbar", "Diff"),
    }
    for k, names in enumerate((("new", "open"),
                               ("view_original", "view_translation", "view_both", "diff"),
                               ("confirm", "flag", "next", "undo"), ("realign", "export"))):
        if k:
            tb.addSeparator()
        for n in names:
            act = acts[n]
            act.setIconText(short[n])
            tip = act.text().replace("&", "")
            sc = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            act.setToolTip(f"{tip} ({sc})" if sc else tip)
            tb.addAction(act)
            btn = tb.widgetForAction(act)
            if btn is not None:
                btn.setObjectName(f"tool_{n}")
    return tb
