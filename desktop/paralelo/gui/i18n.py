"""Interface translations (.qm from resources/i18n) following the system locale.

Core messages (errors, input warnings) are English templates with parameters;
`error_text` and `tr_core` look them up under the context "core" of the same
catalogue, so the core never imports any translation machinery.
"""

from __future__ import annotations

import re

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


def tr_core(template: str, params: dict[str, object] | None = None) -> str:
    """A core message (English template + parameters) in the interface language."""
    text = QCoreApplication.translate("core", template)
    if not params:
        return text
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):  # a bad translation: fall back to English
        return template.format(**params)


def error_text(exc: BaseException) -> str:
    """What to show for an error from the core: its message, translated when catalogued."""
    template = getattr(exc, "template", None)
    params = getattr(exc, "params", None)
    if isinstance(template, str) and params:
        return tr_core(template, params)
    return translate_message(str(exc))


def translate_message(message: str) -> str:
    """A core message in the interface language, recognised by its template."""
    from paralelo.messages import match

    exact = tr_core(message)
    if exact != message:
        return exact
    found = match(message)
    if found is None:
        return message
    template, params = found
    return tr_core(template, dict(params))


_COUNT = re.compile(r"^(?P<text>.*?)(?P<count> \(\d+/\d+\))?$", re.S)
#: Progress messages with a varying part: (prefix or suffix, template).
_PROGRESS = (("Translating with ", "Translating with {name}"), ("Aligning ", "Aligning {name}"),
             ("Opening ", "Opening {name}"))


def tr_progress(message: str) -> str:
    """A progress message from the core, in the interface language (counts kept)."""
    m = _COUNT.match(message)
    text, count = (m.group("text"), m.group("count") or "") if m else (message, "")
    shown = tr_core(text)
    if shown == text:
        for prefix, template in _PROGRESS:
            if text.startswith(prefix) and text != prefix.strip():
                shown = tr_core(template, {"name": text[len(prefix):]})
                break
    return shown + count
