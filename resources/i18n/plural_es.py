"""Spanish plural forms (one, other) of the interface's %n messages (see fill_ts.py)."""

PLURAL_ES = {
    "%n link(s)": ("%n enlace", "%n enlaces"),
    "%n confirmed": ("%n confirmado", "%n confirmados"),
    "%n flagged": ("%n marcado", "%n marcados"),
    "%n unreviewed": ("%n sin revisar", "%n sin revisar"),
    "%n unmatched": ("%n sin pareja", "%n sin pareja"),
    "%n row(s)": ("%n fila", "%n filas"),
    "%1 · %n paragraph(s)": ("%1 · %n párrafo", "%1 · %n párrafos"),
    "about %n second(s) left": ("queda %n segundo", "quedan unos %n segundos"),
    "about %n minute(s) left": ("queda un minuto aproximadamente", "quedan unos %n minutos"),
    "Aligning these documents with %1 will take about %n minute(s).":
        ("Alinear estos documentos con %1 llevará un minuto aproximadamente.",
         "Alinear estos documentos con %1 llevará unos %n minutos."),
}
