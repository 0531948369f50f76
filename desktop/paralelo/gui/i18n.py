"""Interface translations (.qm from resources/i18n) following the system locale."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from paralelo.gui.paths import resource_file

_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, locale: QLocale) -> str:
    """Install Paralelo's and Qt's own translations for ``locale``; returns the language used."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    lang = locale.name().split("_")[0]
    if lang not in ("en", "es"):
        lang = "en"
    qm = resource_file("i18n", f"paralelo_{lang}.qm")
    if qm is not None:
        t = QTranslator(app)
        if t.load(str(qm)):
            app.installTranslator(t)
            _installed.append(t)
    if lang != "en":
        qt = QTranslator(app)
        if qt.load(locale, "qtbase", "_",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    return lang
