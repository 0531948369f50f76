<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="18" />
        <source>&amp;New Session from Documents…</source>
        <translation>&amp;Nueva sesión a partir de documentos…</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="20" />
        <source>&amp;Open Session…</source>
        <translation>&amp;Abrir sesión…</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="22" />
        <source>Open the &amp;Seed Session</source>
        <translation>Abrir la sesión de &amp;ejemplo</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="24" />
        <source>&amp;Paste Text as Document…</source>
        <translation>&amp;Pegar texto como documento…</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="26" />
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="28" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="30" />
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="32" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="34" />
        <source>&amp;Confirm Link</source>
        <translation>&amp;Confirmar enlace</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="36" />
        <source>&amp;Flag Link</source>
        <translation>&amp;Marcar enlace</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="38" />
        <source>Mark &amp;Unreviewed</source>
        <translation>Marcar como &amp;no revisado</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="40" />
        <source>Edit &amp;Note</source>
        <translation>Editar &amp;nota</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="42" />
        <source>&amp;Next Unreviewed</source>
        <translation>&amp;Siguiente sin revisar</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="44" />
        <source>&amp;Previous Unreviewed</source>
        <translation>&amp;Anterior sin revisar</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="46" />
        <source>Review &amp;Lowest Score First</source>
        <translation>Revisar primero la puntuación más &amp;baja</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="48" />
        <source>&amp;Link Selected Paragraphs</source>
        <translation>&amp;Enlazar los párrafos seleccionados</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="50" />
        <source>&amp;Unlink</source>
        <translation>&amp;Desenlazar</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="52" />
        <source>&amp;Merge Links</source>
        <translation>&amp;Unir enlaces</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="54" />
        <source>&amp;Split Link</source>
        <translation>&amp;Dividir enlace</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="56" />
        <source>Move English Paragraph to &amp;Previous Link</source>
        <translation>Mover el párrafo inglés al enlace &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="58" />
        <source>Move English Paragraph to &amp;Next Link</source>
        <translation>Mover el párrafo inglés al enlace &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="60" />
        <source>Move Spanish Paragraph to Previous Link</source>
        <translation>Mover el párrafo español al enlace anterior</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="62" />
        <source>Move Spanish Paragraph to Next Link</source>
        <translation>Mover el párrafo español al enlace siguiente</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="64" />
        <source>&amp;Re-align (Keep Confirmed Links)</source>
        <translation>&amp;Realinear (conservar los enlaces confirmados)</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="66" />
        <source>&amp;Original Spanish</source>
        <translation>Español &amp;original</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="68" />
        <source>Machine &amp;Translation</source>
        <translation>&amp;Traducción automática</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="70" />
        <source>&amp;Both</source>
        <translation>&amp;Ambos</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="72" />
        <source>Show &amp;Differences (Translation vs English)</source>
        <translation>Mostrar &amp;diferencias (traducción e inglés)</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="74" />
        <source>Show &amp;Unmatched Paragraphs</source>
        <translation>Mostrar párrafos sin &amp;pareja</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="76" />
        <source>Translation &amp;Models…</source>
        <translation>&amp;Modelos de traducción…</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="78" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="80" />
        <source>&amp;About Paralelo</source>
        <translation>&amp;Acerca de Paralelo</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="107" />
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="110" />
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="123" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="125" />
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="132" />
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="138" />
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="142" />
        <source>&amp;Alignment</source>
        <translation>A&amp;lineación</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="149" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="155" />
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="157" />
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="163" />
        <source>Main</source>
        <translation>Principal</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/paralelo/gui/app.py" line="72" />
        <source>Something went wrong: %1

Your session is saved. Details were written to %2.</source>
        <translation>Algo ha fallado: %1

La sesión está guardada. Los detalles se han escrito en %2.</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <location filename="../../desktop/paralelo/gui/side_models.py" line="117" />
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/side_models.py" line="117" />
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/side_models.py" line="117" />
        <source>English</source>
        <translation>Inglés</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../desktop/paralelo/gui/detail.py" line="47" />
        <source>Add a note to this link (Enter to save)</source>
        <translation>Añade una nota a este enlace (Intro para guardar)</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/detail.py" line="51" />
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/detail.py" line="69" />
        <source>Select a row to read it in full.</source>
        <translation>Selecciona una fila para leerla completa.</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/detail.py" line="78" />
        <source>Unmatched paragraph: not linked to anything yet</source>
        <translation>Párrafo sin pareja: todavía no está enlazado</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/detail.py" line="90" />
        <source>No English paragraph</source>
        <translation>Sin párrafo en inglés</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/detail.py" line="91" />
        <source>No Spanish paragraph</source>
        <translation>Sin párrafo en español</translation>
    </message>
</context>
<context>
    <name>EditingMixin</name>
    <message>
        <location filename="../../desktop/paralelo/gui/editing.py" line="35" />
        <source>Paralelo</source>
        <translation>Paralelo</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/editing.py" line="108" />
        <source>Confirm link</source>
        <translation>Confirmar enlace</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/editing.py" line="111" />
        <source>Flag link</source>
        <translation>Marcar enlace</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/editing.py" line="114" />
        <source>Mark unreviewed</source>
        <translation>Marcar como no revisado</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/editing.py" line="128" />
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/editing.py" line="135" />
        <source>Every visible link is reviewed.</source>
        <translation>Todos los enlaces visibles están revisados.</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/editing.py" line="163" />
        <source>Link</source>
        <translation>Enlazar</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/editing.py" line="164" />
        <source>Select rows holding at least one Spanish and one English paragraph (Ctrl+click or Shift+click to select several rows).</source>
        <translation>Selecciona filas con al menos un párrafo en español y uno en inglés (Ctrl+clic o Mayús+clic para seleccionar varias filas).</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/editing.py" line="171" />
        <source>Link paragraphs</source>
        <translation>Enlazar párrafos</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/editing.py" line="180" />
        <source>Unlink</source>
        <translation>Desenlazar</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/editing.py" line="187" />
        <source>Merge</source>
        <translation>Unir</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/editing.py" line="187" />
        <source>Select two or more links to merge.</source>
        <translation>Selecciona dos o más enlaces para unirlos.</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/editing.py" line="190" />
        <source>Merge links</source>
        <translation>Unir enlaces</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/editing.py" line="199" />
        <source>Split link</source>
        <translation>Dividir enlace</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/editing.py" line="219" />
        <source>Nothing to move there.</source>
        <translation>No hay nada que mover ahí.</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/editing.py" line="223" />
        <source>Move paragraph</source>
        <translation>Mover párrafo</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/editing.py" line="244" />
        <source>Re-align</source>
        <translation>Realinear</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/editing.py" line="245" />
        <source>Re-aligned; confirmed links were kept.</source>
        <translation>Realineado; se han conservado los enlaces confirmados.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="207" />
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="237" />
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="215" />
        <source>All links</source>
        <translation>Todos los enlaces</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="216" />
        <source>Confirmed links only</source>
        <translation>Solo enlaces confirmados</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="217" />
        <source>Flagged links only</source>
        <translation>Solo enlaces marcados</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="218" />
        <source>Unreviewed links only</source>
        <translation>Solo enlaces sin revisar</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="220" />
        <source>Include the machine translation (TMX)</source>
        <translation>Incluir la traducción automática (TMX)</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="221" />
        <source>Start with a byte order mark (CSV/TSV for Excel)</source>
        <translation>Empezar con marca de orden de bytes (CSV/TSV para Excel)</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="224" />
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="230" />
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="231" />
        <source>Links:</source>
        <translation>Enlaces:</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="234" />
        <source>Save to:</source>
        <translation>Guardar en:</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="255" />
        <source>Export To</source>
        <translation>Exportar a</translation>
    </message>
</context>
<context>
    <name>FactsModel</name>
    <message>
        <location filename="../../desktop/paralelo/gui/side_models.py" line="50" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/side_models.py" line="50" />
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/side_models.py" line="50" />
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/side_models.py" line="60" />
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/side_models.py" line="60" />
        <source>organisation</source>
        <translation>organización</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/side_models.py" line="61" />
        <source>place</source>
        <translation>lugar</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/side_models.py" line="61" />
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/side_models.py" line="62" />
        <source>percent</source>
        <translation>porcentaje</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/side_models.py" line="62" />
        <source>money</source>
        <translation>dinero</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/side_models.py" line="63" />
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/side_models.py" line="63" />
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/side_models.py" line="64" />
        <source>topic</source>
        <translation>tema</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/side_models.py" line="81" />
        <source>Only the Spanish side states this</source>
        <translation>Solo lo dice el lado español</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/side_models.py" line="83" />
        <source>Only the English side states this</source>
        <translation>Solo lo dice el lado inglés</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/side_models.py" line="84" />
        <source>Stated on both sides</source>
        <translation>Lo dicen ambos lados</translation>
    </message>
</context>
<context>
    <name>FlowsMixin</name>
    <message>
        <location filename="../../desktop/paralelo/gui/flows.py" line="57" />
        <source>Seed session</source>
        <extracomment>Errors after which the seed session file is rebuilt rather than reported. Errors after which the user may read a copy of the session instead.</extracomment>
        <translation>Sesión de ejemplo</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/flows.py" line="78" />
        <source>Opening the seed session</source>
        <translation>Abriendo la sesión de ejemplo</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/flows.py" line="99" />
        <source>Aligning documents</source>
        <translation>Alineando documentos</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/flows.py" line="116" />
        <source>Opening session</source>
        <translation>Abriendo sesión</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/flows.py" line="133" />
        <location filename="../../desktop/paralelo/gui/flows.py" line="142" />
        <source>Open Session</source>
        <translation>Abrir sesión</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/flows.py" line="135" />
        <source>The file was not changed. You can read a copy of it (changes cannot be saved) or start a new session.</source>
        <translation>El archivo no se ha modificado. Puedes leer una copia (los cambios no se podrán guardar) o empezar una sesión nueva.</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/flows.py" line="137" />
        <source>Open Read-Only Copy</source>
        <translation>Abrir una copia de solo lectura</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/flows.py" line="157" />
        <source>Clear Recent Sessions</source>
        <translation>Borrar sesiones recientes</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/flows.py" line="193" />
        <source>Reading dropped documents</source>
        <translation>Leyendo los documentos soltados</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/flows.py" line="213" />
        <source>Re-aligning</source>
        <translation>Realineando</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/flows.py" line="228" />
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/flows.py" line="228" />
        <source>Choose a file to export to.</source>
        <translation>Elige un archivo al que exportar.</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/flows.py" line="237" />
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/flows.py" line="239" />
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/flows.py" line="249" />
        <source>Install Translation Model</source>
        <translation>Instalar modelo de traducción</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/flows.py" line="250" />
        <source>Argos models (*.argosmodel)</source>
        <translation>Modelos de Argos (*.argosmodel)</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/flows.py" line="260" />
        <source>Installing model</source>
        <translation>Instalando modelo</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/flows.py" line="275" />
        <source>Remove model</source>
        <translation>Quitar modelo</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/flows.py" line="291" />
        <source>About Paralelo</source>
        <translation>Acerca de Paralelo</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/flows.py" line="292" />
        <source>Paralelo %1
Side-by-side review of Spanish and English documents, offline.</source>
        <translation>Paralelo %1
Revisión en paralelo de documentos en español e inglés, sin conexión.</translation>
    </message>
</context>
<context>
    <name>LinkDelegate</name>
    <message>
        <location filename="../../desktop/paralelo/gui/table.py" line="79" />
        <source>No English paragraph</source>
        <translation>Sin párrafo en inglés</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/table.py" line="80" />
        <source>No Spanish paragraph</source>
        <translation>Sin párrafo en español</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/table.py" line="126" />
        <source>no Spanish paragraph</source>
        <translation>sin párrafo en español</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/table.py" line="127" />
        <source>no English paragraph</source>
        <translation>sin párrafo en inglés</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/table.py" line="162" />
        <source>↳ %1, as above: another English match</source>
        <translation>↳ %1, como arriba: otra pareja en inglés</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/table.py" line="171" />
        <source>no match</source>
        <translation>sin pareja</translation>
    </message>
</context>
<context>
    <name>LinkTableModel</name>
    <message>
        <location filename="../../desktop/paralelo/gui/model.py" line="120" />
        <source>Spanish</source>
        <extracomment>Drag-and-drop payload: source row numbers of the dragged rows.</extracomment>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/model.py" line="120" />
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/model.py" line="120" />
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/model.py" line="122" />
        <source>Spanish (machine translation)</source>
        <translation>Español (traducción automática)</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/model.py" line="183" />
        <source>Original: %1</source>
        <translation>Original: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/model.py" line="186" />
        <source>Translation: %1</source>
        <translation>Traducción: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/model.py" line="190" />
        <source>paragraph %1</source>
        <translation>párrafo %1</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/model.py" line="193" />
        <source>Score %1</source>
        <translation>Puntuación %1</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/model.py" line="196" />
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/model.py" line="201" />
        <source>Unreviewed</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/model.py" line="201" />
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/model.py" line="202" />
        <source>Flagged</source>
        <translation>Marcado</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/model.py" line="202" />
        <source>Unmatched</source>
        <translation>Sin pareja</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/paralelo/gui/filters.py" line="28" />
        <source>Search text and notes  (Ctrl+F)</source>
        <translation>Buscar en el texto y las notas  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/filters.py" line="36" />
        <source>All rows</source>
        <translation>Todas las filas</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/filters.py" line="37" />
        <source>Unreviewed</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/filters.py" line="38" />
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/filters.py" line="39" />
        <source>Flagged</source>
        <translation>Marcado</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/filters.py" line="40" />
        <source>Unmatched paragraphs</source>
        <translation>Párrafos sin pareja</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/filters.py" line="55" />
        <source>Any score</source>
        <translation>Cualquier puntuación</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/filters.py" line="56" />
        <source>Score below 0.5</source>
        <translation>Puntuación menor de 0,5</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/filters.py" line="57" />
        <source>Score 0.5 and above</source>
        <translation>Puntuación de 0,5 o más</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/filters.py" line="64" />
        <source>Document order</source>
        <translation>Orden del documento</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/filters.py" line="65" />
        <source>Lowest score first</source>
        <translation>Primero la puntuación más baja</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/filters.py" line="66" />
        <source>Highest score first</source>
        <translation>Primero la puntuación más alta</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/filters.py" line="71" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/filters.py" line="72" />
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/filters.py" line="73" />
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/filters.py" line="74" />
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/mainwindow.py" line="103" />
        <location filename="../../desktop/paralelo/gui/mainwindow.py" line="419" />
        <source>Open a session (Ctrl+O), start one from documents (Ctrl+N) or drop documents here.</source>
        <translation>Abre una sesión (Ctrl+O), empieza una a partir de documentos (Ctrl+N) o suelta documentos aquí.</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/mainwindow.py" line="144" />
        <source>Facts</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/mainwindow.py" line="145" />
        <source>Matches for this Spanish paragraph</source>
        <translation>Parejas de este párrafo español</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/mainwindow.py" line="174" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/mainwindow.py" line="256" />
        <source>All documents</source>
        <translation>Todos los documentos</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/mainwindow.py" line="266" />
        <source>Engine: %1</source>
        <translation>Motor: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/mainwindow.py" line="302" />
        <source>%1 links · %2 confirmed · %3 flagged · %4 unreviewed · %5 unmatched</source>
        <translation>%1 enlaces · %2 confirmados · %3 marcados · %4 sin revisar · %5 sin pareja</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/mainwindow.py" line="311" />
        <source>unsaved session</source>
        <translation>sesión sin guardar</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/mainwindow.py" line="313" />
        <source>(read-only)</source>
        <translation>(solo lectura)</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/mainwindow.py" line="366" />
        <source>Link %1 · %2 · score %3 · %4</source>
        <translation>Enlace %1 · %2 · puntuación %3 · %4</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/mainwindow.py" line="446" />
        <location filename="../../desktop/paralelo/gui/mainwindow.py" line="448" />
        <source>earlier edit</source>
        <translation>cambio anterior</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/mainwindow.py" line="449" />
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/mainwindow.py" line="450" />
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="270" />
        <source>Translation Models</source>
        <translation>Modelos de traducción</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="278" />
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="278" />
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="279" />
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="284" />
        <source>Install .argosmodel File…</source>
        <translation>Instalar archivo .argosmodel…</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="285" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="287" />
        <source>Models are installed from a file, offline. Without an Argos model Paralelo uses Apertium when installed, otherwise it aligns without machine translation.</source>
        <translation>Los modelos se instalan desde un archivo, sin conexión. Sin un modelo de Argos, Paralelo usa Apertium si está instalado; si no, alinea sin traducción automática.</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="317" />
        <source>translation is not installed</source>
        <translation>la traducción no está instalada</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="318" />
        <source>Engine in use (preference “%1”): %2</source>
        <translation>Motor en uso (preferencia «%1»): %2</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="104" />
        <source>New Session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="109" />
        <source>Choose File…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="111" />
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="121" />
        <source>Paste…</source>
        <translation>Pegar…</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="119" />
        <source>Add Files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="123" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="135" />
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="136" />
        <source>Parallel (a translation)</source>
        <translation>Paralelo (una traducción)</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="137" />
        <source>Comparable (coverage of the same events)</source>
        <translation>Comparable (cobertura de los mismos hechos)</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="140" />
        <source>Spanish:</source>
        <translation>Español:</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="141" />
        <source>English:</source>
        <translation>Inglés:</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="142" />
        <source>Mode:</source>
        <translation>Modo:</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="145" />
        <source>Align</source>
        <translation>Alinear</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="159" />
        <source>Pasted text</source>
        <translation>Texto pegado</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="169" />
        <source>Spanish Document</source>
        <translation>Documento en español</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="175" />
        <source>English Documents</source>
        <translation>Documentos en inglés</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="59" />
        <source>Paste Text as Document</source>
        <translation>Pegar texto como documento</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="63" />
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="95" />
        <source>Pasted text</source>
        <translation>Texto pegado</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="64" />
        <source>Spanish document</source>
        <translation>Documento en español</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="65" />
        <source>English document</source>
        <translation>Documento en inglés</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="78" />
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="79" />
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
</context>
<context>
    <name>PrefsDialog</name>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="336" />
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="339" />
        <source>Automatic (Argos, else Apertium, else none)</source>
        <translation>Automático (Argos; si no, Apertium; si no, ninguno)</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="341" />
        <source>No machine translation</source>
        <translation>Sin traducción automática</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="348" />
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="352" />
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="353" />
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="356" />
        <source>Translation engine:</source>
        <translation>Motor de traducción:</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="357" />
        <source>Text size:</source>
        <translation>Tamaño del texto:</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="358" />
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="378" />
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="383" />
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="383" />
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="168" />
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="169" />
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="170" />
        <source>✓ Confirm</source>
        <translation>✓ Confirmar</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="171" />
        <source>⚑ Flag</source>
        <translation>⚑ Marcar</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="172" />
        <source>Next unreviewed</source>
        <translation>Siguiente sin revisar</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="173" />
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="174" />
        <source>Re-align</source>
        <translation>Realinear</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="175" />
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="176" />
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="177" />
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="178" />
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="179" />
        <source>Diff</source>
        <translation>Diferencias</translation>
    </message>
</context>
</TS>