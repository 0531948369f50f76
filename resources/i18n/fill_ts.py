"""Fill paralelo_es.ts (Spanish) and paralelo_en.ts (identity) after `make i18n` runs lupdate.

The Spanish wording lives here so a re-extraction never loses it; strings
without an entry stay "unfinished" (Qt then shows the English source).
Run: .venv/bin/python resources/i18n/fill_ts.py
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

ES = {
    "&New Session from Documents…": "&Nueva sesión a partir de documentos…",
    "&Open Session…": "&Abrir sesión…",
    "Open the &Seed Session": "Abrir la sesión de &ejemplo",
    "&Paste Text as Document…": "&Pegar texto como documento…",
    "&Export…": "&Exportar…",
    "&Quit": "&Salir",
    "&Find…": "&Buscar…",
    "&Preferences…": "&Preferencias…",
    "&Confirm Link": "&Confirmar enlace",
    "&Flag Link": "&Marcar enlace",
    "Mark &Unreviewed": "Marcar como &no revisado",
    "Edit &Note": "Editar &nota",
    "&Next Unreviewed": "&Siguiente sin revisar",
    "&Previous Unreviewed": "&Anterior sin revisar",
    "Review &Lowest Score First": "Revisar primero la puntuación más &baja",
    "&Link Selected Paragraphs": "&Enlazar los párrafos seleccionados",
    "&Unlink": "&Desenlazar",
    "&Merge Links": "&Unir enlaces",
    "&Split Link": "&Dividir enlace",
    "Move English Paragraph to &Previous Link": "Mover el párrafo inglés al enlace &anterior",
    "Move English Paragraph to &Next Link": "Mover el párrafo inglés al enlace &siguiente",
    "Move Spanish Paragraph to Previous Link": "Mover el párrafo español al enlace anterior",
    "Move Spanish Paragraph to Next Link": "Mover el párrafo español al enlace siguiente",
    "&Re-align (Keep Confirmed Links)": "&Realinear (conservar los enlaces confirmados)",
    "&Original Spanish": "Español &original",
    "Machine &Translation": "&Traducción automática",
    "&Both": "&Ambos",
    "Show &Differences (Translation vs English)": "Mostrar &diferencias (traducción e inglés)",
    "Show &Unmatched Paragraphs": "Mostrar párrafos sin &pareja",
    "Translation &Models…": "&Modelos de traducción…",
    "&Keyboard Shortcuts": "Atajos de &teclado",
    "&About Paralelo": "&Acerca de Paralelo",
    "&Undo": "&Deshacer",
    "&Redo": "&Rehacer",
    "&File": "&Archivo",
    "Open &Recent": "Abrir &reciente",
    "&Edit": "&Editar",
    "&Review": "&Revisión",
    "&Alignment": "A&lineación",
    "&View": "&Ver",
    "&Tools": "&Herramientas",
    "&Help": "Ay&uda",
    "Main": "Principal",
    "Open": "Abrir",
    "New": "Nueva",
    "✓ Confirm": "✓ Confirmar",
    "⚑ Flag": "⚑ Marcar",
    "Next unreviewed": "Siguiente sin revisar",
    "Undo": "Deshacer",
    "Re-align": "Realinear",
    "Export": "Exportar",
    "Original": "Original",
    "Translation": "Traducción",
    "Both": "Ambos",
    "Diff": "Diferencias",
    "Something went wrong: %1\n\nYour session is saved. Details were written to %2.":
        "Algo ha fallado: %1\n\nLa sesión está guardada. Los detalles se han escrito en %2.",
    "Score": "Puntuación",
    "Where": "Dónde",
    "English": "Inglés",
    "Spanish": "Español",
    "Add a note to this link (Enter to save)": "Añade una nota a este enlace (Intro para guardar)",
    "Note:": "Nota:",
    "Select a row to read it in full.": "Selecciona una fila para leerla completa.",
    "Unmatched paragraph: not linked to anything yet":
        "Párrafo sin pareja: todavía no está enlazado",
    "No English paragraph": "Sin párrafo en inglés",
    "No Spanish paragraph": "Sin párrafo en español",
    "no English paragraph": "sin párrafo en inglés",
    "no Spanish paragraph": "sin párrafo en español",
    "no match": "sin pareja",
    "Paralelo": "Paralelo",
    "Confirm link": "Confirmar enlace",
    "Flag link": "Marcar enlace",
    "Mark unreviewed": "Marcar como no revisado",
    "Edit note": "Editar nota",
    "Every visible link is reviewed.": "Todos los enlaces visibles están revisados.",
    "Link": "Enlazar",
    "Select rows holding at least one Spanish and one English paragraph (Ctrl+click or "
    "Shift+click to select several rows).":
        "Selecciona filas con al menos un párrafo en español y uno en inglés (Ctrl+clic o "
        "Mayús+clic para seleccionar varias filas).",
    "Link paragraphs": "Enlazar párrafos",
    "Unlink": "Desenlazar",
    "Merge": "Unir",
    "Select two or more links to merge.": "Selecciona dos o más enlaces para unirlos.",
    "Merge links": "Unir enlaces",
    "Split link": "Dividir enlace",
    "Nothing to move there.": "No hay nada que mover ahí.",
    "Move paragraph": "Mover párrafo",
    "Re-aligned; confirmed links were kept.":
        "Realineado; se han conservado los enlaces confirmados.",
    "All links": "Todos los enlaces",
    "Confirmed links only": "Solo enlaces confirmados",
    "Flagged links only": "Solo enlaces marcados",
    "Unreviewed links only": "Solo enlaces sin revisar",
    "Include the machine translation (TMX)": "Incluir la traducción automática (TMX)",
    "Start with a byte order mark (CSV/TSV for Excel)":
        "Empezar con marca de orden de bytes (CSV/TSV para Excel)",
    "Browse…": "Examinar…",
    "Format:": "Formato:",
    "Links:": "Enlaces:",
    "Save to:": "Guardar en:",
    "Export To": "Exportar a",
    "Kind": "Tipo",
    "person": "persona",
    "organisation": "organización",
    "place": "lugar",
    "number": "número",
    "percent": "porcentaje",
    "money": "dinero",
    "date": "fecha",
    "year": "año",
    "topic": "tema",
    "Only the Spanish side states this": "Solo lo dice el lado español",
    "Only the English side states this": "Solo lo dice el lado inglés",
    "Stated on both sides": "Lo dicen ambos lados",
    "Seed session": "Sesión de ejemplo",
    "Opening the seed session": "Abriendo la sesión de ejemplo",
    "Aligning documents": "Alineando documentos",
    "Opening session": "Abriendo sesión",
    "Open Session": "Abrir sesión",
    "Clear Recent Sessions": "Borrar sesiones recientes",
    "Reading dropped documents": "Leyendo los documentos soltados",
    "Re-aligning": "Realineando",
    "Choose a file to export to.": "Elige un archivo al que exportar.",
    "Exported to %1": "Exportado a %1",
    "Exporting": "Exportando",
    "Install Translation Model": "Instalar modelo de traducción",
    "Argos models (*.argosmodel)": "Modelos de Argos (*.argosmodel)",
    "Installing model": "Instalando modelo",
    "Remove model": "Quitar modelo",
    "About Paralelo": "Acerca de Paralelo",
    "Paralelo %1\nSide-by-side review of Spanish and English documents, offline.":
        "Paralelo %1\nRevisión en paralelo de documentos en español e inglés, sin conexión.",
    "Spanish (machine translation)": "Español (traducción automática)",
    "Original: %1": "Original: %1",
    "Translation: %1": "Traducción: %1",
    "paragraph %1": "párrafo %1",
    "Score %1": "Puntuación %1",
    "Note: %1": "Nota: %1",
    "Unreviewed": "Sin revisar",
    "Confirmed": "Confirmado",
    "Flagged": "Marcado",
    "Unmatched": "Sin pareja",
    "Search text and notes  (Ctrl+F)": "Buscar en el texto y las notas  (Ctrl+F)",
    "All rows": "Todas las filas",
    "Unmatched paragraphs": "Párrafos sin pareja",
    "Any score": "Cualquier puntuación",
    "Score below 0.5": "Puntuación menor de 0,5",
    "Score 0.5 and above": "Puntuación de 0,5 o más",
    "Document order": "Orden del documento",
    "Lowest score first": "Primero la puntuación más baja",
    "Highest score first": "Primero la puntuación más alta",
    "Status": "Estado",
    "Order": "Orden",
    "Facts": "Datos",
    "Matches for this Spanish paragraph": "Parejas de este párrafo español",
    "Show hidden candidates": "Mostrar candidatos ocultos",
    "Hidden candidate: its score is below the display threshold":
        "Candidato oculto: su puntuación está por debajo del umbral de visualización",
    "Cancel": "Cancelar",
    "All documents": "Todos los documentos",
    "Engine: %1": "Motor: %1",
    "%1 links · %2 confirmed · %3 flagged · %4 unreviewed · %5 unmatched":
        "%1 enlaces · %2 confirmados · %3 marcados · %4 sin revisar · %5 sin pareja",
    "seed session": "sesión de ejemplo",
    "Link %1 · %2 · score %3 · %4": "Enlace %1 · %2 · puntuación %3 · %4",
    "Translation Models": "Modelos de traducción",
    "Model": "Modelo",
    "Languages": "Idiomas",
    "Version": "Versión",
    "Install .argosmodel File…": "Instalar archivo .argosmodel…",
    "Remove": "Quitar",
    "Models are installed from a file, offline. Without an Argos model Paralelo uses "
    "Apertium when installed, otherwise it aligns without machine translation.":
        "Los modelos se instalan desde un archivo, sin conexión. Sin un modelo de Argos, "
        "Paralelo usa Apertium si está instalado; si no, alinea sin traducción automática.",
    "translation is not installed": "la traducción no está instalada",
    "not available": "no disponible",
    "Engine in use (preference “%1”): %2": "Motor en uso (preferencia «%1»): %2",
    "New Session": "Nueva sesión",
    "Choose File…": "Elegir archivo…",
    "Paste…": "Pegar…",
    "Add Files…": "Añadir archivos…",
    "Automatic": "Automático",
    "Parallel (a translation)": "Paralelo (una traducción)",
    "Comparable (coverage of the same events)": "Comparable (cobertura de los mismos hechos)",
    "Spanish:": "Español:",
    "English:": "Inglés:",
    "Mode:": "Modo:",
    "Align": "Alinear",
    "Pasted text": "Texto pegado",
    "Spanish Document": "Documento en español",
    "English Documents": "Documentos en inglés",
    "Paste Text as Document": "Pegar texto como documento",
    "Spanish document": "Documento en español",
    "English document": "Documento en inglés",
    "Name:": "Nombre:",
    "Language:": "Idioma:",
    "Preferences": "Preferencias",
    "Automatic (Argos, else Apertium, else none)":
        "Automático (Argos; si no, Apertium; si no, ninguno)",
    "No machine translation": "Sin traducción automática",
    "System default": "Predeterminado del sistema",
    "Light": "Claro",
    "Dark": "Oscuro",
    "Translation engine:": "Motor de traducción:",
    "Text size:": "Tamaño del texto:",
    "Theme:": "Tema:",
    "Keyboard Shortcuts": "Atajos de teclado",
    "Action": "Acción",
    "Shortcut": "Atajo",
    "↳ %1, as above: another English match": "↳ %1, como arriba: otra pareja en inglés",
    "Open a session (Ctrl+O), start one from documents (Ctrl+N) or drop documents here.":
        "Abre una sesión (Ctrl+O), empieza una a partir de documentos (Ctrl+N) o suelta "
        "documentos aquí.",
    "earlier edit": "cambio anterior",
    "&Undo %1": "&Deshacer %1",
    "&Redo %1": "&Rehacer %1",
    "Open Read-Only Copy": "Abrir una copia de solo lectura",
    "The file was not changed. You can read a copy of it (changes cannot be saved) or start "
    "a new session.":
        "El archivo no se ha modificado. Puedes leer una copia (los cambios no se podrán "
        "guardar) o empezar una sesión nueva.",
    "unsaved session": "sesión sin guardar",
    "(read-only)": "(solo lectura)",
    "Paralelo sessions (*.paralelo);;Alignment JSON (*.json);;All files (*)":
        "Sesiones de Paralelo (*.paralelo);;JSON de alineación (*.json);;Todos los archivos (*)",
}


def _forms(source: str, text: str | tuple[str, ...] | None) -> tuple[str, ...] | None:
    """Plural forms (one, other) of a %n message; English ones come from "(s)" in the source."""
    if text is None:
        return None
    if isinstance(text, tuple):
        return text
    return (text.replace("(s)", ""), text.replace("(s)", "s"))


def fill(path: Path, table: dict[str, Any] | None) -> list[str]:
    """Write translations into ``path``; returns the sources left untranslated."""
    tree = ET.parse(path)
    missing = []
    for msg in tree.getroot().iter("message"):
        source = msg.findtext("source") or ""
        tr = msg.find("translation")
        assert tr is not None
        text = source if table is None else table.get(source)
        if text is None:
            missing.append(source)
            tr.set("type", "unfinished")
            continue
        if msg.get("numerus") == "yes":
            forms = _forms(source, text)
            assert forms is not None
            for old in list(tr):
                tr.remove(old)
            tr.text = None
            for form in forms:
                ET.SubElement(tr, "numerusform").text = form
        else:
            assert isinstance(text, str), source
            tr.text = text
        tr.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    from core_es import CORE_ES
    from plural_es import PLURAL_ES
    from window_es import WINDOW_ES

    left = fill(HERE / "paralelo_es.ts", {**ES, **WINDOW_ES, **CORE_ES, **PLURAL_ES})
    fill(HERE / "paralelo_en.ts", None)
    for s in left:
        print(f"untranslated: {s!r}", file=sys.stderr)
    sys.exit(1 if left else 0)
