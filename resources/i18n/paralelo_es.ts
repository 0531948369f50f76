<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
  <context>
    <name>A11y</name>
    <message>
      <location filename="../../desktop/paralelo/gui/a11y.py" line="33" />
      <source>Menu bar</source>
      <translation>Barra de menús</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/a11y.py" line="34" />
      <source>Links: Spanish, score and English</source>
      <translation>Enlaces: español, puntuación e inglés</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/a11y.py" line="35" />
      <source>Facts of the selected link</source>
      <translation>Datos del enlace seleccionado</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/a11y.py" line="37" />
      <source>Matches for this Spanish paragraph</source>
      <translation>Parejas de este párrafo español</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/a11y.py" line="40" />
      <source>Column headers of %1</source>
      <translation>Encabezados de columna de %1</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/a11y.py" line="42" />
      <source>Cancel the running task</source>
      <translation>Cancelar la tarea en curso</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/a11y.py" line="43" />
      <source>Progress of the running task</source>
      <translation>Progreso de la tarea en curso</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/a11y.py" line="54" />
      <source>Close the %1 panel</source>
      <translation>Cerrar el panel %1</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/a11y.py" line="60" />
      <source>Clear</source>
      <translation>Borrar</translation>
    </message>
  </context>
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
      <source>Save &amp;As…</source>
      <translation>Guardar &amp;como…</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="26" />
      <source>Save a &amp;Copy…</source>
      <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="28" />
      <source>&amp;Paste Text as Document…</source>
      <translation>&amp;Pegar texto como documento…</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="30" />
      <source>&amp;Export…</source>
      <translation>&amp;Exportar…</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="32" />
      <source>&amp;Quit</source>
      <translation>&amp;Salir</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="34" />
      <source>&amp;Find…</source>
      <translation>&amp;Buscar…</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="36" />
      <source>Find &amp;Next</source>
      <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="38" />
      <source>Find Pre&amp;vious</source>
      <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="40" />
      <source>Next &amp;Sentence Pair</source>
      <translation>&amp;Siguiente par de oraciones</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="42" />
      <source>Previous Sentence &amp;Pair</source>
      <translation>&amp;Par de oraciones anterior</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="44" />
      <source>&amp;Preferences…</source>
      <translation>&amp;Preferencias…</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="46" />
      <source>&amp;Confirm Link</source>
      <translation>&amp;Confirmar enlace</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="48" />
      <source>&amp;Flag Link</source>
      <translation>&amp;Marcar enlace</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="50" />
      <source>Mark &amp;Unreviewed</source>
      <translation>Marcar como &amp;no revisado</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="52" />
      <source>Edit &amp;Note</source>
      <translation>Editar &amp;nota</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="54" />
      <source>&amp;Next Unreviewed</source>
      <translation>&amp;Siguiente sin revisar</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="56" />
      <source>&amp;Previous Unreviewed</source>
      <translation>&amp;Anterior sin revisar</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="58" />
      <source>Review &amp;Lowest Score First</source>
      <translation>Revisar primero la puntuación más &amp;baja</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="60" />
      <source>&amp;Link Selected Paragraphs</source>
      <translation>&amp;Enlazar los párrafos seleccionados</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="62" />
      <source>&amp;Unlink</source>
      <translation>&amp;Desenlazar</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="64" />
      <source>&amp;Merge Links</source>
      <translation>&amp;Unir enlaces</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="66" />
      <source>&amp;Split Link</source>
      <translation>&amp;Dividir enlace</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="68" />
      <source>Move English Paragraph to &amp;Previous Link</source>
      <translation>Mover el párrafo inglés al enlace &amp;anterior</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="70" />
      <source>Move English Paragraph to &amp;Next Link</source>
      <translation>Mover el párrafo inglés al enlace &amp;siguiente</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="72" />
      <source>Move Spanish Paragraph to Previous Link</source>
      <translation>Mover el párrafo español al enlace anterior</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="74" />
      <source>Move Spanish Paragraph to Next Link</source>
      <translation>Mover el párrafo español al enlace siguiente</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="76" />
      <source>&amp;Re-align (Keep Confirmed Links)</source>
      <translation>&amp;Realinear (conservar los enlaces confirmados)</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="78" />
      <source>&amp;Original Spanish</source>
      <translation>Español &amp;original</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="80" />
      <source>Machine &amp;Translation</source>
      <translation>&amp;Traducción automática</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="82" />
      <source>&amp;Both</source>
      <translation>&amp;Ambos</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="84" />
      <source>Show &amp;Differences (Translation vs English)</source>
      <translation>Mostrar &amp;diferencias (traducción e inglés)</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="86" />
      <source>Show &amp;Unmatched Paragraphs</source>
      <translation>Mostrar párrafos sin &amp;pareja</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="88" />
      <source>Translation &amp;Models…</source>
      <translation>&amp;Modelos de traducción…</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="90" />
      <source>&amp;Keyboard Shortcuts</source>
      <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="92" />
      <source>&amp;About Paralelo</source>
      <translation>&amp;Acerca de Paralelo</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="119" />
      <source>&amp;Undo</source>
      <translation>&amp;Deshacer</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="122" />
      <source>&amp;Redo</source>
      <translation>&amp;Rehacer</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="135" />
      <source>&amp;File</source>
      <translation>&amp;Archivo</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="137" />
      <source>Open &amp;Recent</source>
      <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="144" />
      <source>&amp;Edit</source>
      <translation>&amp;Editar</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="150" />
      <source>&amp;Review</source>
      <translation>&amp;Revisión</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="154" />
      <source>&amp;Alignment</source>
      <translation>A&amp;lineación</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="161" />
      <source>&amp;View</source>
      <translation>&amp;Ver</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="169" />
      <source>&amp;Tools</source>
      <translation>&amp;Herramientas</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="171" />
      <source>&amp;Help</source>
      <translation>Ay&amp;uda</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="177" />
      <source>Main</source>
      <translation>Principal</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../desktop/paralelo/gui/app.py" line="109" />
      <source>Something went wrong: %1

Your session is saved. Details were written to %2.</source>
      <translation>Algo ha fallado: %1

La sesión está guardada. Los detalles se han escrito en %2.</translation>
    </message>
  </context>
  <context>
    <name>Asks</name>
    <message>
      <location filename="../../desktop/paralelo/gui/asks.py" line="14" />
      <source>“%1” already exists in %2.</source>
      <translation>«%1» ya existe en %2.</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/asks.py" line="17" />
      <source>Replace File?</source>
      <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/asks.py" line="20" />
      <source>Replacing it overwrites its contents.</source>
      <translation>Si lo reemplazas, se sobrescribe su contenido.</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/asks.py" line="21" />
      <source>Replace</source>
      <translation>Reemplazar</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/asks.py" line="54" />
      <source>This Will Take a While</source>
      <translation>Esto llevará un rato</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/paralelo/gui/asks.py" line="55" />
      <source>Aligning these documents with %1 will take about %n minute(s).</source>
      <translation><numerusform>Alinear estos documentos con %1 llevará un minuto aproximadamente.</numerusform><numerusform>Alinear estos documentos con %1 llevará unos %n minutos.</numerusform></translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/asks.py" line="58" />
      <source>Without machine translation it takes seconds, but links are found from names, numbers and dates only.</source>
      <translation>Sin traducción automática tarda segundos, pero los enlaces se buscan solo por nombres, números y fechas.</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/asks.py" line="61" />
      <source>Start</source>
      <translation>Empezar</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/asks.py" line="62" />
      <source>Align Without Machine Translation</source>
      <translation>Alinear sin traducción automática</translation>
    </message>
  </context>
  <context>
    <name>CandidatesModel</name>
    <message>
      <location filename="../../desktop/paralelo/gui/side_models.py" line="170" />
      <source>Score</source>
      <translation>Puntuación</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/side_models.py" line="170" />
      <source>Where</source>
      <translation>Dónde</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/side_models.py" line="170" />
      <source>English</source>
      <translation>Inglés</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/side_models.py" line="190" />
      <source>Hidden candidate: its score is below the display threshold</source>
      <translation>Candidato oculto: su puntuación está por debajo del umbral de visualización</translation>
    </message>
  </context>
  <context>
    <name>DetailPane</name>
    <message>
      <location filename="../../desktop/paralelo/gui/detail.py" line="38" />
      <source>Spanish text of the link</source>
      <translation>Texto en español del enlace</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/detail.py" line="39" />
      <source>English text of the link</source>
      <translation>Texto en inglés del enlace</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/detail.py" line="50" />
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/detail.py" line="51" />
      <source>Add a note to this link (Enter to save)</source>
      <translation>Añade una nota a este enlace (Intro para guardar)</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/detail.py" line="55" />
      <source>Note:</source>
      <translation>Nota:</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/detail.py" line="75" />
      <source>Select a row to read it in full.</source>
      <translation>Selecciona una fila para leerla completa.</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/detail.py" line="85" />
      <source>Unmatched paragraph: not linked to anything yet</source>
      <translation>Párrafo sin pareja: todavía no está enlazado</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/detail.py" line="98" />
      <source>No English paragraph</source>
      <translation>Sin párrafo en inglés</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/detail.py" line="99" />
      <source>No Spanish paragraph</source>
      <translation>Sin párrafo en español</translation>
    </message>
  </context>
  <context>
    <name>EditingMixin</name>
    <message>
      <location filename="../../desktop/paralelo/gui/editing.py" line="36" />
      <source>Paralelo</source>
      <translation>Paralelo</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/editing.py" line="117" />
      <source>Confirm link %1</source>
      <translation>Confirmar enlace %1</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/editing.py" line="120" />
      <source>Flag link %1</source>
      <translation>Marcar enlace %1</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/editing.py" line="123" />
      <source>Mark link %1 unreviewed</source>
      <translation>Marcar enlace %1 como no revisado</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/editing.py" line="137" />
      <source>Note on link %1</source>
      <translation>Nota del enlace %1</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/editing.py" line="145" />
      <source>Every visible link is reviewed.</source>
      <translation>Todos los enlaces visibles están revisados.</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/editing.py" line="173" />
      <source>Link</source>
      <translation>Enlazar</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/editing.py" line="174" />
      <source>Select rows holding at least one Spanish and one English paragraph (Ctrl+click or Shift+click to select several rows).</source>
      <translation>Selecciona filas con al menos un párrafo en español y uno en inglés (Ctrl+clic o Mayús+clic para seleccionar varias filas).</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/editing.py" line="181" />
      <source>Link paragraphs</source>
      <translation>Enlazar párrafos</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/editing.py" line="190" />
      <source>Unlink</source>
      <translation>Desenlazar</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/editing.py" line="197" />
      <source>Merge</source>
      <translation>Unir</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/editing.py" line="197" />
      <source>Select two or more links to merge.</source>
      <translation>Selecciona dos o más enlaces para unirlos.</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/editing.py" line="200" />
      <source>Merge links</source>
      <translation>Unir enlaces</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/editing.py" line="209" />
      <source>Split link</source>
      <translation>Dividir enlace</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/editing.py" line="229" />
      <source>Nothing to move there.</source>
      <translation>No hay nada que mover ahí.</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/editing.py" line="233" />
      <source>Move paragraph</source>
      <translation>Mover párrafo</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/editing.py" line="254" />
      <source>Re-align</source>
      <translation>Realinear</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/editing.py" line="255" />
      <source>Re-aligned; confirmed links were kept.</source>
      <translation>Realineado; se han conservado los enlaces confirmados.</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../desktop/paralelo/gui/export_dialog.py" line="53" />
      <location filename="../../desktop/paralelo/gui/export_dialog.py" line="99" />
      <source>Export</source>
      <extracomment>format value → (label, suffixes; the first is written when the name has none)</extracomment>
      <translation>Exportar</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/export_dialog.py" line="63" />
      <source>HTML report</source>
      <translation>Informe HTML</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/export_dialog.py" line="68" />
      <source>All links</source>
      <translation>Todos los enlaces</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/export_dialog.py" line="69" />
      <source>Confirmed links only</source>
      <translation>Solo enlaces confirmados</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/export_dialog.py" line="70" />
      <source>Flagged links only</source>
      <translation>Solo enlaces marcados</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/export_dialog.py" line="71" />
      <source>Unreviewed links only</source>
      <translation>Solo enlaces sin revisar</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/export_dialog.py" line="73" />
      <source>Include the machine translation (TMX)</source>
      <translation>Incluir la traducción automática (TMX)</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/export_dialog.py" line="74" />
      <source>Start with a byte order mark (CSV/TSV for Excel)</source>
      <translation>Empezar con marca de orden de bytes (CSV/TSV para Excel)</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/export_dialog.py" line="77" />
      <source>Export file</source>
      <translation>Archivo de exportación</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/export_dialog.py" line="81" />
      <source>Browse…</source>
      <translation>Examinar…</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/export_dialog.py" line="92" />
      <source>Format:</source>
      <translation>Formato:</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/export_dialog.py" line="93" />
      <source>Links:</source>
      <translation>Enlaces:</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/export_dialog.py" line="96" />
      <source>Save to:</source>
      <translation>Guardar en:</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/export_dialog.py" line="140" />
      <source>Export To</source>
      <translation>Exportar a</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/export_dialog.py" line="162" />
      <source>Choose a file to export to.</source>
      <translation>Elige un archivo al que exportar.</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/export_dialog.py" line="165" />
      <source>The folder %1 does not exist.</source>
      <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/export_dialog.py" line="168" />
      <source>%1 is a folder; type a file name.</source>
      <translation>%1 es una carpeta; escribe un nombre de archivo.</translation>
    </message>
  </context>
  <context>
    <name>FactsModel</name>
    <message>
      <location filename="../../desktop/paralelo/gui/side_models.py" line="68" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/side_models.py" line="68" />
      <source>Spanish</source>
      <translation>Español</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/side_models.py" line="68" />
      <source>English</source>
      <translation>Inglés</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/side_models.py" line="101" />
      <source>person</source>
      <translation>persona</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/side_models.py" line="101" />
      <source>organisation</source>
      <translation>organización</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/side_models.py" line="102" />
      <source>place</source>
      <translation>lugar</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/side_models.py" line="102" />
      <source>number</source>
      <translation>número</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/side_models.py" line="103" />
      <source>percent</source>
      <translation>porcentaje</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/side_models.py" line="103" />
      <source>money</source>
      <translation>dinero</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/side_models.py" line="104" />
      <source>date</source>
      <translation>fecha</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/side_models.py" line="104" />
      <source>year</source>
      <translation>año</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/side_models.py" line="105" />
      <source>topic</source>
      <translation>tema</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/side_models.py" line="124" />
      <source>Only the Spanish side states this</source>
      <translation>Solo lo dice el lado español</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/side_models.py" line="126" />
      <source>Only the English side states this</source>
      <translation>Solo lo dice el lado inglés</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/side_models.py" line="127" />
      <source>Stated on both sides</source>
      <translation>Lo dicen ambos lados</translation>
    </message>
  </context>
  <context>
    <name>FlowsMixin</name>
    <message>
      <location filename="../../desktop/paralelo/gui/flows.py" line="63" />
      <source>Seed session</source>
      <extracomment>Errors after which the seed session file is rebuilt rather than reported. Errors after which the user may read a copy of the session instead.</extracomment>
      <translation>Sesión de ejemplo</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/flows.py" line="84" />
      <source>Opening the seed session</source>
      <translation>Abriendo la sesión de ejemplo</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/flows.py" line="116" />
      <source>Aligning documents</source>
      <translation>Alineando documentos</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/flows.py" line="145" />
      <source>Opening session</source>
      <translation>Abriendo sesión</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/flows.py" line="164" />
      <source>%1 was not opened. Open a session (Ctrl+O) or start one from documents (Ctrl+N).</source>
      <translation>%1 no se ha abierto. Abre una sesión (Ctrl+O) o empieza una a partir de documentos (Ctrl+N).</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/flows.py" line="168" />
      <location filename="../../desktop/paralelo/gui/flows.py" line="177" />
      <source>Open Session</source>
      <translation>Abrir sesión</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/flows.py" line="170" />
      <source>The file was not changed. You can read a copy of it (changes cannot be saved) or start a new session.</source>
      <translation>El archivo no se ha modificado. Puedes leer una copia (los cambios no se podrán guardar) o empezar una sesión nueva.</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/flows.py" line="172" />
      <source>Open Read-Only Copy</source>
      <translation>Abrir una copia de solo lectura</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/flows.py" line="192" />
      <source>Clear Recent Sessions</source>
      <translation>Borrar sesiones recientes</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/flows.py" line="228" />
      <source>Reading dropped documents</source>
      <translation>Leyendo los documentos soltados</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/flows.py" line="252" />
      <source>Re-aligning</source>
      <translation>Realineando</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/flows.py" line="267" />
      <source>Export</source>
      <translation>Exportar</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/flows.py" line="267" />
      <source>Choose a file to export to.</source>
      <translation>Elige un archivo al que exportar.</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/flows.py" line="276" />
      <source>Exported to %1</source>
      <translation>Exportado a %1</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/flows.py" line="278" />
      <source>Exporting</source>
      <translation>Exportando</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/flows.py" line="288" />
      <source>Install Translation Model</source>
      <translation>Instalar modelo de traducción</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/flows.py" line="289" />
      <source>Argos models (*.argosmodel)</source>
      <translation>Modelos de Argos (*.argosmodel)</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/flows.py" line="299" />
      <source>Installing model</source>
      <translation>Instalando el modelo</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/flows.py" line="314" />
      <source>Remove model</source>
      <translation>Quitar modelo</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/flows.py" line="330" />
      <source>About Paralelo</source>
      <translation>Acerca de Paralelo</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/flows.py" line="331" />
      <source>Paralelo %1
Side-by-side review of Spanish and English documents, offline.</source>
      <translation>Paralelo %1
Revisión en paralelo de documentos en español e inglés, sin conexión.</translation>
    </message>
  </context>
  <context>
    <name>LinkDelegate</name>
    <message>
      <location filename="../../desktop/paralelo/gui/table.py" line="81" />
      <source>No English paragraph</source>
      <translation>Sin párrafo en inglés</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/table.py" line="82" />
      <source>No Spanish paragraph</source>
      <translation>Sin párrafo en español</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/table.py" line="128" />
      <source>no Spanish paragraph</source>
      <translation>sin párrafo en español</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/table.py" line="129" />
      <source>no English paragraph</source>
      <translation>sin párrafo en inglés</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/table.py" line="164" />
      <source>↳ %1, as above: another English match</source>
      <translation>↳ %1, como arriba: otra pareja en inglés</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/table.py" line="173" />
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
      <location filename="../../desktop/paralelo/gui/filters.py" line="34" />
      <source>Search text and notes  (Ctrl+F)</source>
      <translation>Buscar en el texto y las notas  (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/filters.py" line="35" />
      <source>Search text and notes</source>
      <translation>Buscar en el texto y las notas</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/filters.py" line="40" />
      <source>Search results</source>
      <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/filters.py" line="50" />
      <source>All rows</source>
      <translation>Todas las filas</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/filters.py" line="51" />
      <source>Unreviewed</source>
      <translation>Sin revisar</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/filters.py" line="52" />
      <source>Confirmed</source>
      <translation>Confirmado</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/filters.py" line="53" />
      <source>Flagged</source>
      <translation>Marcado</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/filters.py" line="54" />
      <source>Unmatched paragraphs</source>
      <translation>Párrafos sin pareja</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/filters.py" line="69" />
      <source>Any score</source>
      <translation>Cualquier puntuación</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/filters.py" line="70" />
      <source>Score below 0.5</source>
      <translation>Puntuación menor de 0,5</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/filters.py" line="71" />
      <source>Score 0.5 and above</source>
      <translation>Puntuación de 0,5 o más</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/filters.py" line="78" />
      <source>Document order</source>
      <translation>Orden del documento</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/filters.py" line="79" />
      <source>Lowest score first</source>
      <translation>Primero la puntuación más baja</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/filters.py" line="80" />
      <source>Highest score first</source>
      <translation>Primero la puntuación más alta</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/filters.py" line="85" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/filters.py" line="86" />
      <source>Score</source>
      <translation>Puntuación</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/filters.py" line="87" />
      <source>English</source>
      <translation>Inglés</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/filters.py" line="88" />
      <source>Order</source>
      <translation>Orden</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="126" />
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="477" />
      <source>Open a session (Ctrl+O), start one from documents (Ctrl+N) or drop documents here.</source>
      <translation>Abre una sesión (Ctrl+O), empieza una a partir de documentos (Ctrl+N) o suelta documentos aquí.</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="172" />
      <source>Facts</source>
      <translation>Datos</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="173" />
      <source>Matches for this Spanish paragraph</source>
      <translation>Parejas de este párrafo español</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="192" />
      <source>Show hidden candidates</source>
      <translation>Mostrar candidatos ocultos</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="218" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="292" />
      <source>This link has no sentence pairs.</source>
      <translation>Este enlace no tiene pares de oraciones.</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="314" />
      <source>All documents</source>
      <translation>Todos los documentos</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="324" />
      <source>Engine: %1</source>
      <translation>Motor: %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="362" />
      <source>%n link(s)</source>
      <translation><numerusform>%n enlace</numerusform><numerusform>%n enlaces</numerusform></translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="362" />
      <source>%n confirmed</source>
      <translation><numerusform>%n confirmado</numerusform><numerusform>%n confirmados</numerusform></translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="363" />
      <source>%n flagged</source>
      <translation><numerusform>%n marcado</numerusform><numerusform>%n marcados</numerusform></translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="364" />
      <source>%n unreviewed</source>
      <translation><numerusform>%n sin revisar</numerusform><numerusform>%n sin revisar</numerusform></translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="365" />
      <source>%n unmatched</source>
      <translation><numerusform>%n sin pareja</numerusform><numerusform>%n sin pareja</numerusform></translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="371" />
      <source>unsaved session</source>
      <translation>sesión sin guardar</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="373" />
      <source>(read-only)</source>
      <translation>(solo lectura)</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="425" />
      <source>Link %1 · %2 · score %3 · %4</source>
      <translation>Enlace %1 · %2 · puntuación %3 · %4</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="505" />
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="507" />
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="522" />
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="533" />
      <source>earlier edit</source>
      <translation>cambio anterior</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="508" />
      <source>&amp;Undo %1</source>
      <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="509" />
      <source>&amp;Redo %1</source>
      <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="522" />
      <source>Undid: %1</source>
      <translation>Deshecho: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="533" />
      <source>Redid: %1</source>
      <translation>Rehecho: %1</translation>
    </message>
  </context>
  <context>
    <name>ModelsDialog</name>
    <message>
      <location filename="../../desktop/paralelo/gui/dialogs.py" line="37" />
      <source>Translation Models</source>
      <translation>Modelos de traducción</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/dialogs.py" line="45" />
      <source>Model</source>
      <translation>Modelo</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/dialogs.py" line="45" />
      <source>Languages</source>
      <translation>Idiomas</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/dialogs.py" line="46" />
      <source>Version</source>
      <translation>Versión</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/dialogs.py" line="51" />
      <source>Install .argosmodel File…</source>
      <translation>Instalar archivo .argosmodel…</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/dialogs.py" line="52" />
      <source>Remove</source>
      <translation>Quitar</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/dialogs.py" line="54" />
      <source>Models are installed from a file, offline. Without an Argos model Paralelo uses Apertium when installed, otherwise it aligns without machine translation.</source>
      <translation>Los modelos se instalan desde un archivo, sin conexión. Sin un modelo de Argos, Paralelo usa Apertium si está instalado; si no, alinea sin traducción automática.</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/dialogs.py" line="84" />
      <source>translation is not installed</source>
      <translation>la traducción no está instalada</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/dialogs.py" line="85" />
      <source>Engine in use (preference “%1”): %2</source>
      <translation>Motor en uso (preferencia «%1»): %2</translation>
    </message>
  </context>
  <context>
    <name>NewSessionDialog</name>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="55" />
      <source>New Session</source>
      <translation>Nueva sesión</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="63" />
      <source>Type or paste a path, or choose a file</source>
      <translation>Escribe o pega una ruta, o elige un archivo</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="64" />
      <source>Spanish document</source>
      <translation>Documento en español</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="66" />
      <source>Choose File…</source>
      <translation>Elegir archivo…</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="68" />
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="86" />
      <source>Paste…</source>
      <translation>Pegar…</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="77" />
      <source>English documents</source>
      <translation>Documentos en inglés</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="81" />
      <source>Type or paste a path and press Enter</source>
      <translation>Escribe o pega una ruta y pulsa Intro</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="82" />
      <source>Add an English document by path</source>
      <translation>Añadir un documento en inglés por su ruta</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="84" />
      <source>Add Files…</source>
      <translation>Añadir archivos…</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="88" />
      <source>Remove</source>
      <translation>Quitar</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="99" />
      <source>Automatic</source>
      <translation>Automático</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="100" />
      <source>Parallel (a translation)</source>
      <translation>Paralelo (una traducción)</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="101" />
      <source>Comparable (coverage of the same events)</source>
      <translation>Comparable (cobertura de los mismos hechos)</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="105" />
      <source>Save the session as</source>
      <translation>Guardar la sesión como</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="107" />
      <source>Browse…</source>
      <translation>Examinar…</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="113" />
      <source>Swap Spanish and English</source>
      <translation>Intercambiar español e inglés</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="121" />
      <source>Spanish:</source>
      <translation>Español:</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="123" />
      <source>English:</source>
      <translation>Inglés:</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="125" />
      <source>Mode:</source>
      <translation>Modo:</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="126" />
      <source>Save as:</source>
      <translation>Guardar como:</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="129" />
      <source>Align</source>
      <translation>Alinear</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="188" />
      <source>Pasted text</source>
      <translation>Texto pegado</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="209" />
      <source>Spanish</source>
      <translation>Español</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="209" />
      <source>English</source>
      <translation>Inglés</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="210" />
      <source>language not recognised</source>
      <translation>idioma no reconocido</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="212" />
      <source>%1 · %n paragraph(s)</source>
      <translation><numerusform>%1 · %n párrafo</numerusform><numerusform>%1 · %n párrafos</numerusform></translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="280" />
      <source>Spanish Document</source>
      <translation>Documento en español</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="286" />
      <source>English Documents</source>
      <translation>Documentos en inglés</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="306" />
      <source>Save Session As</source>
      <translation>Guardar la sesión como</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="307" />
      <source>Paralelo sessions (*.paralelo)</source>
      <translation>Sesiones de Paralelo (*.paralelo)</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="343" />
      <source>Choose where to save the session.</source>
      <translation>Elige dónde guardar la sesión.</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="348" />
      <source>Cannot create the folder %1 (%2).</source>
      <translation>No se puede crear la carpeta %1 (%2).</translation>
    </message>
  </context>
  <context>
    <name>PasteDialog</name>
    <message>
      <location filename="../../desktop/paralelo/gui/sources.py" line="58" />
      <source>Paste Text as Document</source>
      <translation>Pegar texto como documento</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/sources.py" line="62" />
      <location filename="../../desktop/paralelo/gui/sources.py" line="94" />
      <source>Pasted text</source>
      <translation>Texto pegado</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/sources.py" line="63" />
      <source>Spanish document</source>
      <translation>Documento en español</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/sources.py" line="64" />
      <source>English document</source>
      <translation>Documento en inglés</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/sources.py" line="77" />
      <source>Name:</source>
      <translation>Nombre:</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/sources.py" line="78" />
      <source>Language:</source>
      <translation>Idioma:</translation>
    </message>
  </context>
  <context>
    <name>PrefsDialog</name>
    <message>
      <location filename="../../desktop/paralelo/gui/dialogs.py" line="103" />
      <source>Preferences</source>
      <translation>Preferencias</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/dialogs.py" line="106" />
      <source>Automatic (Argos, else Apertium, else none)</source>
      <translation>Automático (Argos; si no, Apertium; si no, ninguno)</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/dialogs.py" line="108" />
      <source>No machine translation</source>
      <translation>Sin traducción automática</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/dialogs.py" line="115" />
      <source>System default</source>
      <translation>Predeterminado del sistema</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/dialogs.py" line="119" />
      <source>Light</source>
      <translation>Claro</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/dialogs.py" line="120" />
      <source>Dark</source>
      <translation>Oscuro</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/dialogs.py" line="123" />
      <source>Translation engine:</source>
      <translation>Motor de traducción:</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/dialogs.py" line="124" />
      <source>Text size:</source>
      <translation>Tamaño del texto:</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/dialogs.py" line="125" />
      <source>Theme:</source>
      <translation>Tema:</translation>
    </message>
  </context>
  <context>
    <name>SavingMixin</name>
    <message>
      <location filename="../../desktop/paralelo/gui/saving.py" line="64" />
      <source>Paralelo sessions (*.paralelo)</source>
      <translation>Sesiones de Paralelo (*.paralelo)</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/saving.py" line="72" />
      <source>The session is already saved there.</source>
      <translation>La sesión ya está guardada ahí.</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/saving.py" line="75" />
      <source>%1 is open in another window; close it there first.</source>
      <translation>%1 está abierta en otra ventana; ciérrala allí primero.</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/saving.py" line="86" />
      <source>Save Session As</source>
      <translation>Guardar la sesión como</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/saving.py" line="94" />
      <source>Save a Copy</source>
      <translation>Guardar una copia</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/saving.py" line="124" />
      <source>Saved to %1</source>
      <translation>Guardado en %1</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/saving.py" line="127" />
      <source>Saving the session</source>
      <translation>Guardando la sesión</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/saving.py" line="139" />
      <source>Open Session</source>
      <translation>Abrir sesión</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/saving.py" line="140" />
      <source>%1 is already open in another window.</source>
      <translation>%1 ya está abierta en otra ventana.</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/saving.py" line="141" />
      <source>Switch to that window, or read a copy of the session here (changes cannot be saved in the copy).</source>
      <translation>Cambia a esa ventana o lee aquí una copia de la sesión (los cambios no se pueden guardar en la copia).</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/saving.py" line="143" />
      <source>Switch to That Window</source>
      <translation>Ir a esa ventana</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/saving.py" line="143" />
      <source>Open Read-Only Copy</source>
      <translation>Abrir una copia de solo lectura</translation>
    </message>
  </context>
  <context>
    <name>SearchMixin</name>
    <message>
      <location filename="../../desktop/paralelo/gui/search.py" line="87" />
      <source>No rows match</source>
      <extracomment>Keys a line edit keeps for itself even when an action uses them (text editing).</extracomment>
      <translation>Ninguna fila coincide</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/search.py" line="88" />
      <location filename="../../desktop/paralelo/gui/search.py" line="112" />
      <source>No rows match '%1'</source>
      <translation>Ninguna fila coincide con «%1»</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/search.py" line="92" />
      <source>%1 of %2</source>
      <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/paralelo/gui/search.py" line="93" />
      <source>%n row(s)</source>
      <translation><numerusform>%n fila</numerusform><numerusform>%n filas</numerusform></translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/search.py" line="97" />
      <source>No rows match the filters.</source>
      <translation>Ninguna fila coincide con los filtros.</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/search.py" line="98" />
      <source>F3: next hit · Shift+F3: previous hit</source>
      <translation>F3: siguiente resultado · Mayús+F3: anterior</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <location filename="../../desktop/paralelo/gui/dialogs.py" line="145" />
      <source>Keyboard Shortcuts</source>
      <translation>Atajos de teclado</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/dialogs.py" line="150" />
      <source>Action</source>
      <translation>Acción</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/dialogs.py" line="150" />
      <source>Shortcut</source>
      <translation>Atajo</translation>
    </message>
  </context>
  <context>
    <name>StoreCommand</name>
    <message>
      <location filename="../../desktop/paralelo/gui/commands.py" line="45" />
      <source>Redid: %1</source>
      <translation>Rehecho: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/commands.py" line="50" />
      <source>Undid: %1</source>
      <translation>Deshecho: %1</translation>
    </message>
  </context>
  <context>
    <name>TaskRunner</name>
    <message>
      <location filename="../../desktop/paralelo/gui/workers.py" line="60" />
      <source>Not enough memory to finish this task.</source>
      <translation>No hay memoria suficiente para terminar la tarea.</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/workers.py" line="64" />
      <source>Unexpected error: %1</source>
      <translation>Error inesperado: %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/paralelo/gui/workers.py" line="141" />
      <source>about %n second(s) left</source>
      <translation><numerusform>queda %n segundo</numerusform><numerusform>quedan unos %n segundos</numerusform></translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/paralelo/gui/workers.py" line="143" />
      <source>about %n minute(s) left</source>
      <translation><numerusform>queda un minuto aproximadamente</numerusform><numerusform>quedan unos %n minutos</numerusform></translation>
    </message>
  </context>
  <context>
    <name>Toolbar</name>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="182" />
      <source>Open</source>
      <translation>Abrir</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="183" />
      <source>New</source>
      <translation>Nueva</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="184" />
      <source>✓ Confirm</source>
      <translation>✓ Confirmar</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="185" />
      <source>⚑ Flag</source>
      <translation>⚑ Marcar</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="186" />
      <source>Next unreviewed</source>
      <translation>Siguiente sin revisar</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="187" />
      <source>Undo</source>
      <translation>Deshacer</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="188" />
      <source>Re-align</source>
      <translation>Realinear</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="189" />
      <source>Export</source>
      <translation>Exportar</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="190" />
      <source>Original</source>
      <translation>Original</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="191" />
      <source>Translation</source>
      <translation>Traducción</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="192" />
      <source>Both</source>
      <translation>Ambos</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="193" />
      <source>Diff</source>
      <translation>Diferencias</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <source>Importing documents</source>
      <translation>Importando documentos</translation>
    </message>
    <message>
      <source>at least one English document is needed</source>
      <translation>hace falta al menos un documento en inglés</translation>
    </message>
    <message>
      <source>unknown mode {mode} (use auto, parallel or comparable)</source>
      <translation>modo desconocido {mode} (usa auto, parallel o comparable)</translation>
    </message>
    <message>
      <source>Documents ready</source>
      <translation>Documentos listos</translation>
    </message>
    <message>
      <source>Facts compared</source>
      <translation>Datos comparados</translation>
    </message>
    <message>
      <source>Comparing facts</source>
      <translation>Comparando datos</translation>
    </message>
    <message>
      <source>nothing to re-align: the session needs a Spanish and an English document</source>
      <translation>no hay nada que realinear: la sesión necesita un documento en español y uno en inglés</translation>
    </message>
    <message>
      <source>{session}: is a folder; give a session file name to write to</source>
      <translation>{session}: es una carpeta; indica un nombre de archivo de sesión</translation>
    </message>
    <message>
      <source>{json}: --json and --session name the same file</source>
      <translation>{json}: --json y --session indican el mismo archivo</translation>
    </message>
    <message>
      <source>{session}: already exists (use --force to replace it)</source>
      <translation>{session}: ya existe (usa --force para reemplazarlo)</translation>
    </message>
    <message>
      <source>{out}: {opt} would overwrite an input document</source>
      <translation>{out}: {opt} sobrescribiría un documento de entrada</translation>
    </message>
    <message>
      <source>give either --seed or --es/--en, not both</source>
      <translation>indica --seed o --es/--en, no ambos</translation>
    </message>
    <message>
      <source>give --es FILE and at least one --en FILE (or --seed)</source>
      <translation>indica --es ARCHIVO y al menos un --en ARCHIVO (o --seed)</translation>
    </message>
    <message>
      <source>{path}: holds review work on paragraphs these documents do not have ({review_counts}); use --discard-review to replace it anyway, or write to another --session file</source>
      <translation>{path}: contiene revisiones de párrafos que estos documentos no tienen ({review_counts}); usa --discard-review para reemplazarlo de todos modos o escribe en otro archivo --session</translation>
    </message>
    <message>
      <source>{path}: already exists (use --force to replace it)</source>
      <translation>{path}: ya existe (usa --force para reemplazarlo)</translation>
    </message>
    <message>
      <source>{exc}; its review cannot be read to carry it over: use --discard-review to replace it anyway</source>
      <translation>{exc}; no se puede leer su revisión para conservarla: usa --discard-review para reemplazar la sesión de todos modos</translation>
    </message>
    <message>
      <source>{path}: cannot create a session there ({cause})</source>
      <translation>{path}: no se puede crear una sesión ahí ({cause})</translation>
    </message>
    <message>
      <source>unknown status {status} (use {value})</source>
      <translation>estado desconocido {status} (usa {value})</translation>
    </message>
    <message>
      <source>{out}: refusing to overwrite the input file</source>
      <translation>{out}: no se sobrescribe el archivo de entrada</translation>
    </message>
    <message>
      <source>unknown models action {cmd}</source>
      <translation>acción de modelos desconocida {cmd}</translation>
    </message>
    <message>
      <source>Aligned</source>
      <translation>Alineado</translation>
    </message>
    <message>
      <source>unknown alignment mode {m} (use auto, parallel or comparable)</source>
      <translation>modo de alineación desconocido {m} (usa auto, parallel o comparable)</translation>
    </message>
    <message>
      <source>{where}: not a valid link calibration ({value})</source>
      <translation>{where}: no es una calibración de enlaces válida ({value})</translation>
    </message>
    <message>
      <source>{p}: cannot read the link calibration ({exc})</source>
      <translation>{p}: no se puede leer la calibración de enlaces ({exc})</translation>
    </message>
    <message>
      <source>{where}: not a valid parallel score calibration ({value})</source>
      <translation>{where}: no es una calibración válida de la puntuación paralela ({value})</translation>
    </message>
    <message>
      <source>{p}: cannot read the parallel score calibration ({exc})</source>
      <translation>{p}: no se puede leer la calibración de la puntuación paralela ({exc})</translation>
    </message>
    <message>
      <source>Comparing paragraphs</source>
      <translation>Comparando párrafos</translation>
    </message>
    <message>
      <source>alignment lexicon missing ({exc}); reinstall Paralelo</source>
      <translation>falta el léxico de alineación ({exc}); reinstala Paralelo</translation>
    </message>
    <message>
      <source>Aligning paragraphs</source>
      <translation>Alineando párrafos</translation>
    </message>
    <message>
      <source>{target}: is a folder; give a file name to write to</source>
      <translation>{target}: es una carpeta; indica un nombre de archivo</translation>
    </message>
    <message>
      <source>{folder}: no such folder</source>
      <translation>{folder}: la carpeta no existe</translation>
    </message>
    <message>
      <source>{folder}: cannot write here ({value})</source>
      <translation>{folder}: no se puede escribir aquí ({value})</translation>
    </message>
    <message>
      <source>{target}: cannot write ({value})</source>
      <translation>{target}: no se puede escribir ({value})</translation>
    </message>
    <message>
      <source>built-in fact tables missing: no *.tsv in {builtin_facts_dir}; reinstall Paralelo</source>
      <translation>faltan las tablas de datos integradas: no hay *.tsv en {builtin_facts_dir}; reinstala Paralelo</translation>
    </message>
    <message>
      <source>built-in fact tables missing ({exc}); reinstall Paralelo</source>
      <translation>faltan las tablas de datos integradas ({exc}); reinstala Paralelo</translation>
    </message>
    <message>
      <source>{name}: looks like a binary file, not text (NUL or control bytes)</source>
      <translation>{name}: parece un archivo binario, no texto (bytes nulos o de control)</translation>
    </message>
    <message>
      <source>{name}: looks like a binary file, not text (control characters)</source>
      <translation>{name}: parece un archivo binario, no texto (caracteres de control)</translation>
    </message>
    <message>
      <source>{name}: cannot decode: not UTF-8, UTF-16 or Windows-1252 (byte 0x{value} at offset {start})</source>
      <translation>{name}: no se puede descodificar: no es UTF-8, UTF-16 ni Windows-1252 (byte 0x{value} en la posición {start})</translation>
    </message>
    <message>
      <source>{name}: cannot decode: starts with a {enc} byte-order mark but byte {start} is invalid {enc2}</source>
      <translation>{name}: no se puede descodificar: empieza con una marca de orden de bytes {enc}, pero el byte {start} no es {enc2} válido</translation>
    </message>
    <message>
      <source>{name}: not a valid .docx file ({reason})</source>
      <translation>{name}: no es un archivo .docx válido ({reason})</translation>
    </message>
    <message>
      <source>{name}: the PDF has no text layer (scanned images are not supported: no OCR)</source>
      <translation>{name}: el PDF no tiene capa de texto (las imágenes escaneadas no se admiten: sin OCR)</translation>
    </message>
    <message>
      <source>{name}: not a valid PDF file ({reason})</source>
      <translation>{name}: no es un archivo PDF válido ({reason})</translation>
    </message>
    <message>
      <source>{name}: the PDF is password-protected</source>
      <translation>{name}: el PDF está protegido con contraseña</translation>
    </message>
    <message>
      <source>{shown_path}: unsupported format (a ZIP archive that is not a .docx)</source>
      <translation>{shown_path}: formato no admitido (un archivo ZIP que no es un .docx)</translation>
    </message>
    <message>
      <source>unknown language {lang} (use one of: {value})</source>
      <translation>idioma desconocido {lang} (usa uno de: {value})</translation>
    </message>
    <message>
      <source>{name}: there is no text to import (it is empty)</source>
      <translation>{name}: no hay texto que importar (está vacío)</translation>
    </message>
    <message>
      <source>{shown}: contains no text</source>
      <translation>{shown}: no contiene texto</translation>
    </message>
    <message>
      <source>{shown}: no such file</source>
      <translation>{shown}: el archivo no existe</translation>
    </message>
    <message>
      <source>{shown}: is a directory, not a document</source>
      <translation>{shown}: es una carpeta, no un documento</translation>
    </message>
    <message>
      <source>{shown}: not a regular file</source>
      <translation>{shown}: no es un archivo normal</translation>
    </message>
    <message>
      <source>{shown}: too large ({value} MB; the limit is {value2} MB)</source>
      <translation>{shown}: demasiado grande ({value} MB; el límite es {value2} MB)</translation>
    </message>
    <message>
      <source>{shown}: the file is empty</source>
      <translation>{shown}: el archivo está vacío</translation>
    </message>
    <message>
      <source>{shown}: cannot read ({value})</source>
      <translation>{shown}: no se puede leer ({value})</translation>
    </message>
    <message>
      <source>{shown}: not a valid file name</source>
      <translation>{shown}: no es un nombre de archivo válido</translation>
    </message>
    <message>
      <source>{target}: already exists and is a Paralelo HTML report; use {option} to replace it</source>
      <translation>{target}: ya existe y es un informe HTML de Paralelo; usa {option} para reemplazarlo</translation>
    </message>
    <message>
      <source>{target}: already exists and is a Paralelo review session; use {option} to replace it</source>
      <translation>{target}: ya existe y es una sesión de revisión de Paralelo; usa {option} para reemplazarla</translation>
    </message>
    <message>
      <source>{target}: already exists and is a Paralelo JSON file; use {option} to replace it</source>
      <translation>{target}: ya existe y es un archivo JSON de Paralelo; usa {option} para reemplazarlo</translation>
    </message>
    <message>
      <source>{target}: already exists and is a Paralelo TMX file; use {option} to replace it</source>
      <translation>{target}: ya existe y es un archivo TMX de Paralelo; usa {option} para reemplazarlo</translation>
    </message>
    <message>
      <source>{target}: already exists and is a Paralelo CSV/TSV export; use {option} to replace it</source>
      <translation>{target}: ya existe y es una exportación CSV/TSV de Paralelo; usa {option} para reemplazarla</translation>
    </message>
    <message>
      <source>{target}: already exists and is a Paralelo workbook; use {option} to replace it</source>
      <translation>{target}: ya existe y es un libro de Excel de Paralelo; usa {option} para reemplazarlo</translation>
    </message>
    <message>
      <source>{target}: already exists and is not a file Paralelo wrote; use {option} to replace it</source>
      <translation>{target}: ya existe y no es un archivo escrito por Paralelo; usa {option} para reemplazarlo</translation>
    </message>
    <message>
      <source>invalid alignment data: {msg}</source>
      <translation>datos de alineación no válidos: {msg}</translation>
    </message>
    <message>
      <source>{p}: is a folder, not an alignment JSON file</source>
      <translation>{p}: es una carpeta, no un archivo JSON de alineación</translation>
    </message>
    <message>
      <source>alignment format {fmt} is newer than this Paralelo understands</source>
      <translation>el formato de alineación {fmt} es más nuevo de lo que entiende esta versión de Paralelo</translation>
    </message>
    <message>
      <source>{p}: no such file</source>
      <translation>{p}: el archivo no existe</translation>
    </message>
    <message>
      <source>{p}: cannot read ({value})</source>
      <translation>{p}: no se puede leer ({value})</translation>
    </message>
    <message>
      <source>{name}: given as an English document, but it reads as Spanish</source>
      <translation>{name}: se ha indicado como documento en inglés, pero parece estar en español</translation>
    </message>
    <message>
      <source>{es} reads as English and {en} as Spanish: are the Spanish and English sides swapped?</source>
      <translation>{es} parece estar en inglés y {en} en español: ¿se han intercambiado los lados español e inglés?</translation>
    </message>
    <message>
      <source>{name}: given as the Spanish document, but it reads as English</source>
      <translation>{name}: se ha indicado como documento en español, pero parece estar en inglés</translation>
    </message>
    <message>
      <source>{name}: the same document is given as Spanish and as English; every link would match itself</source>
      <translation>{name}: el mismo documento figura como español y como inglés; cada enlace coincidiría consigo mismo</translation>
    </message>
    <message>
      <source>{name}: the same English document is given twice (also as {other})</source>
      <translation>{name}: el mismo documento en inglés figura dos veces (también como {other})</translation>
    </message>
    <message>
      <source>{exc}; reinstall Paralelo</source>
      <translation>{exc}; reinstala Paralelo</translation>
    </message>
    <message>
      <source>--dask needs dask.distributed: pip install 'paralelo[cluster]'</source>
      <translation>--dask necesita dask.distributed: pip install 'paralelo[cluster]'</translation>
    </message>
    <message>
      <source>{address}: cannot reach the Dask scheduler ({exc})</source>
      <translation>{address}: no se puede acceder al planificador de Dask ({exc})</translation>
    </message>
    <message>
      <source>install paralelo[cluster] for URL inputs (fsspec is missing)</source>
      <translation>instala paralelo[cluster] para usar URL como entrada (falta fsspec)</translation>
    </message>
    <message>
      <source>{url}: not a URL this installation can open ({exc})</source>
      <translation>{url}: no es una URL que esta instalación pueda abrir ({exc})</translation>
    </message>
    <message>
      <source>{path}: cannot write ({exc})</source>
      <translation>{path}: no se puede escribir ({exc})</translation>
    </message>
    <message>
      <source>{src}: no such file</source>
      <translation>{src}: el archivo no existe</translation>
    </message>
    <message>
      <source>{src}: is a directory, not a document</source>
      <translation>{src}: es una carpeta, no un documento</translation>
    </message>
    <message>
      <source>{src}: cannot read ({exc})</source>
      <translation>{src}: no se puede leer ({exc})</translation>
    </message>
    <message>
      <source>{path}: the manifest lists no pairs</source>
      <translation>{path}: el manifiesto no incluye ningún par</translation>
    </message>
    <message>
      <source>{where}: expected {{"id": ..., "es": ..., "en": ...}}</source>
      <translation>{where}: se esperaba {{"id": ..., "es": ..., "en": ...}}</translation>
    </message>
    <message>
      <source>{where}: es must be a path and en a path or a list of paths</source>
      <translation>{where}: es debe ser una ruta y en, una ruta o una lista de rutas</translation>
    </message>
    <message>
      <source>{path}: no such file or folder</source>
      <translation>{path}: el archivo o la carpeta no existe</translation>
    </message>
    <message>
      <source>{path}: pair id {id} appears twice</source>
      <translation>{path}: el id de par {id} aparece dos veces</translation>
    </message>
    <message>
      <source>{path}: a manifest must be UTF-8 text</source>
      <translation>{path}: un manifiesto debe ser texto UTF-8</translation>
    </message>
    <message>
      <source>{path}: cannot read ({value})</source>
      <translation>{path}: no se puede leer ({value})</translation>
    </message>
    <message>
      <source>{where}: expected id&lt;TAB&gt;es_path&lt;TAB&gt;en_path[;en_path...]</source>
      <translation>{where}: se esperaba id&lt;TAB&gt;es_path&lt;TAB&gt;en_path[;en_path...]</translation>
    </message>
    <message>
      <source>{where}: not a JSON object</source>
      <translation>{where}: no es un objeto JSON</translation>
    </message>
    <message>
      <source>{path}: say the format with .tmx, .tsv or .jsonl (or --format)</source>
      <translation>{path}: indica el formato con .tmx, .tsv o .jsonl (o --format)</translation>
    </message>
    <message>
      <source>{outdir}: is a URL; give the review session a local file name with -o FILE.paralelo</source>
      <translation>{outdir}: es una URL; indica un nombre de archivo local para la sesión de revisión con -o ARCHIVO.paralelo</translation>
    </message>
    <message>
      <source>--worst must be at least 1</source>
      <translation>--worst debe ser al menos 1</translation>
    </message>
    <message>
      <source>{out}: a review session is a local file (SQLite); give a local path</source>
      <translation>{out}: una sesión de revisión es un archivo local (SQLite); indica una ruta local</translation>
    </message>
    <message>
      <source>{target}: already exists (use --force to replace it)</source>
      <translation>{target}: ya existe (usa --force para reemplazarlo)</translation>
    </message>
    <message>
      <source>{outdir}: no undecided links to review</source>
      <translation>{outdir}: no hay enlaces sin decidir que revisar</translation>
    </message>
    <message>
      <source>{value}: unreadable review list</source>
      <translation>{value}: lista de revisión ilegible</translation>
    </message>
    <message>
      <source>{out}: exists and is not a folder</source>
      <translation>{out}: existe y no es una carpeta</translation>
    </message>
    <message>
      <source>--shard-size must be at least 1</source>
      <translation>--shard-size debe ser al menos 1</translation>
    </message>
    <message>
      <source>{out}: holds a corpus of {value}; give a new OUTDIR for another input</source>
      <translation>{out}: contiene un corpus de {value}; indica un OUTDIR nuevo para otra entrada</translation>
    </message>
    <message>
      <source>{out}: a corpus run is already going here (process {pid}; if it is not, delete {RUN_STATE} there)</source>
      <translation>{out}: ya hay una ejecución de corpus en curso aquí (proceso {pid}; si no es así, borra {RUN_STATE} de esa carpeta)</translation>
    </message>
    <message>
      <source>{out}: cannot create the folder ({value})</source>
      <translation>{out}: no se puede crear la carpeta ({value})</translation>
    </message>
    <message>
      <source>worker processes keep dying before finishing any shard (run with --workers 1 to see why); finished shards are kept</source>
      <translation>los procesos de trabajo se cierran una y otra vez antes de terminar ningún fragmento (ejecuta con --workers 1 para ver por qué); los fragmentos terminados se conservan</translation>
    </message>
    <message>
      <source>{outdir}: no such folder</source>
      <translation>{outdir}: la carpeta no existe</translation>
    </message>
    <message>
      <source>{path}: not a corpus plan this version of Paralelo reads</source>
      <translation>{path}: no es un plan de corpus que esta versión de Paralelo pueda leer</translation>
    </message>
    <message>
      <source>{path}: does not match its done marker (written twice at once?); run `paralelo corpus run` again</source>
      <translation>{path}: no coincide con su marca de terminado (¿escrito dos veces a la vez?); vuelve a ejecutar `paralelo corpus run`</translation>
    </message>
    <message>
      <source>{outdir}: not a corpus folder (no {PLAN}; run `paralelo corpus run`)</source>
      <translation>{outdir}: no es una carpeta de corpus (no hay {PLAN}; ejecuta `paralelo corpus run`)</translation>
    </message>
    <message>
      <source>{path}: unreadable corpus plan</source>
      <translation>{path}: plan de corpus ilegible</translation>
    </message>
    <message>
      <source>unknown export format {fmt} (use {value})</source>
      <translation>formato de exportación desconocido {fmt} (usa {value})</translation>
    </message>
    <message>
      <source>unknown segment type {segtype} (use paragraph or sentence)</source>
      <translation>tipo de segmento desconocido {segtype} (usa paragraph o sentence)</translation>
    </message>
    <message>
      <source>{out}: cannot tell the format from the extension; use --format ({value})</source>
      <translation>{out}: la extensión no indica el formato; usa --format ({value})</translation>
    </message>
    <message>
      <source>unknown status filter {status} (use {value})</source>
      <translation>filtro de estado desconocido {status} (usa {value})</translation>
    </message>
    <message>
      <source>Rows written</source>
      <translation>Filas escritas</translation>
    </message>
    <message>
      <source>Writing rows</source>
      <translation>Escribiendo filas</translation>
    </message>
    <message>
      <source>Report written</source>
      <translation>Informe escrito</translation>
    </message>
    <message>
      <source>Writing report</source>
      <translation>Escribiendo el informe</translation>
    </message>
    <message>
      <source>{p}: is a folder, not a session or alignment file</source>
      <translation>{p}: es una carpeta, no una sesión ni un archivo de alineación</translation>
    </message>
    <message>
      <source>{path}: this build cannot read session files</source>
      <translation>{path}: esta compilación no puede leer archivos de sesión</translation>
    </message>
    <message>
      <source>TMX written</source>
      <translation>TMX escrito</translation>
    </message>
    <message>
      <source>Writing TMX</source>
      <translation>Escribiendo TMX</translation>
    </message>
    <message>
      <source>Workbook written</source>
      <translation>Libro escrito</translation>
    </message>
    <message>
      <source>Writing review sheet</source>
      <translation>Escribiendo la hoja de revisión</translation>
    </message>
    <message>
      <source>{path}: cannot create the folder ({value})</source>
      <translation>{path}: no se puede crear la carpeta ({value})</translation>
    </message>
    <message>
      <source>{path}: could not finish writing the session</source>
      <translation>{path}: no se pudo terminar de escribir la sesión</translation>
    </message>
    <message>
      <source>{path}: cannot write the session ({reason}); {left}</source>
      <translation>{path}: no se puede escribir la sesión ({reason}); {left}</translation>
    </message>
    <message>
      <source>{path}: the file is empty (0 bytes), not a Paralelo session</source>
      <translation>{path}: el archivo está vacío (0 bytes), no es una sesión de Paralelo</translation>
    </message>
    <message>
      <source>{path}: not a Paralelo session (not an SQLite database)</source>
      <translation>{path}: no es una sesión de Paralelo (no es una base de datos SQLite)</translation>
    </message>
    <message>
      <source>{path}: the session file is truncated ({len} bytes)</source>
      <translation>{path}: el archivo de sesión está truncado ({len} bytes)</translation>
    </message>
    <message>
      <source>{path}: the session file is damaged (bad page size)</source>
      <translation>{path}: el archivo de sesión está dañado (tamaño de página incorrecto)</translation>
    </message>
    <message>
      <source>{path}: the session file is truncated ({actual} of {expected} bytes); it may have been copied incompletely</source>
      <translation>{path}: el archivo de sesión está truncado ({actual} de {expected} bytes); puede que se copiara de forma incompleta</translation>
    </message>
    <message>
      <source>{path}: the session file is damaged (its size is not a whole number of pages)</source>
      <translation>{path}: el archivo de sesión está dañado (su tamaño no es un número entero de páginas)</translation>
    </message>
    <message>
      <source>{path}: an SQLite database, but not a Paralelo session</source>
      <translation>{path}: es una base de datos SQLite, pero no una sesión de Paralelo</translation>
    </message>
    <message>
      <source>{path}: made by a newer Paralelo (session format {version}; this version reads up to {max_version}); update Paralelo to open it</source>
      <translation>{path}: creado por un Paralelo más reciente (formato de sesión {version}; esta versión lee hasta el {max_version}); actualiza Paralelo para abrirlo</translation>
    </message>
    <message>
      <source>{path}: the session was never fully created</source>
      <translation>{path}: la sesión nunca llegó a crearse del todo</translation>
    </message>
    <message>
      <source>{path}: no such session file</source>
      <translation>{path}: el archivo de sesión no existe</translation>
    </message>
    <message>
      <source>{path}: permission denied</source>
      <translation>{path}: permiso denegado</translation>
    </message>
    <message>
      <source>{path}: cannot read the session ({explain})</source>
      <translation>{path}: no se puede leer la sesión ({explain})</translation>
    </message>
    <message>
      <source>{path}: cannot be opened as a database ({exc})</source>
      <translation>{path}: no se puede abrir como base de datos ({exc})</translation>
    </message>
    <message>
      <source>{path}: the session file is damaged ({exc})</source>
      <translation>{path}: el archivo de sesión está dañado ({exc})</translation>
    </message>
    <message>
      <source>{path}: the session file is damaged (its {table} table is missing)</source>
      <translation>{path}: el archivo de sesión está dañado (falta su tabla {table})</translation>
    </message>
    <message>
      <source>{path}: the session file is damaged (column {table}.{value} is missing)</source>
      <translation>{path}: el archivo de sesión está dañado (falta la columna {table}.{value})</translation>
    </message>
    <message>
      <source>{path}: the session file is damaged ({value})</source>
      <translation>{path}: el archivo de sesión está dañado ({value})</translation>
    </message>
    <message>
      <source>cannot use write-ahead logging for this session file (journal mode {mode}); is it on a network drive?</source>
      <translation>no se puede usar el registro de escritura anticipada con este archivo de sesión (modo de diario {mode}); ¿está en una unidad de red?</translation>
    </message>
    <message>
      <source>{path}: cannot create the session ({value})</source>
      <translation>{path}: no se puede crear la sesión ({value})</translation>
    </message>
    <message>
      <source>{path}: could not lock the session for editing</source>
      <translation>{path}: no se pudo bloquear la sesión para editarla</translation>
    </message>
    <message>
      <source>{path}: already open for editing in another Paralelo window{who}; close it there, or open this session read-only</source>
      <translation>{path}: ya está abierta para edición en otra ventana de Paralelo{who}; ciérrala allí o abre esta sesión en modo de solo lectura</translation>
    </message>
    <message>
      <source>{path}: cannot edit here ({value}); open the session read-only, or save a copy somewhere writable</source>
      <translation>{path}: no se puede editar aquí ({value}); abre la sesión en modo de solo lectura o guarda una copia en un lugar con permiso de escritura</translation>
    </message>
    <message>
      <source>{path}: the disk is full; cannot open the session for editing (free some space and try again)</source>
      <translation>{path}: el disco está lleno; no se puede abrir la sesión para edición (libera espacio y vuelve a intentarlo)</translation>
    </message>
    <message>
      <source>link {value} does not exist (any more)</source>
      <translation>el enlace {value} no existe (ya)</translation>
    </message>
    <message>
      <source>cannot {value} this step: the session no longer matches it ({exc})</source>
      <translation>no se puede {value} este paso: la sesión ya no coincide con él ({exc})</translation>
    </message>
    <message>
      <source>link {link_id} does not exist (any more)</source>
      <translation>el enlace {link_id} no existe (ya)</translation>
    </message>
    <message>
      <source>invalid alignment data ({name}: {exc})</source>
      <translation>datos de alineación no válidos ({name}: {exc})</translation>
    </message>
    <message>
      <source>invalid alignment data: link {value} refers to Spanish paragraph {i}, which does not exist</source>
      <translation>datos de alineación no válidos: el enlace {value} remite al párrafo español {i}, que no existe</translation>
    </message>
    <message>
      <source>invalid alignment data: link {value} refers to English paragraph {p} of {d}, which does not exist</source>
      <translation>datos de alineación no válidos: el enlace {value} remite al párrafo inglés {p} de {d}, que no existe</translation>
    </message>
    <message>
      <source>{path}: already exists</source>
      <translation>{path}: ya existe</translation>
    </message>
    <message>
      <source>{path}: the session is closed</source>
      <translation>{path}: la sesión está cerrada</translation>
    </message>
    <message>
      <source>{path}: opened read-only; open it for editing to make changes</source>
      <translation>{path}: abierta en modo de solo lectura; ábrela para edición para hacer cambios</translation>
    </message>
    <message>
      <source>{path}: cannot open for editing ({explain})</source>
      <translation>{path}: no se puede abrir para edición ({explain})</translation>
    </message>
    <message>
      <source>{path}: the session already holds an alignment; use replace_auto_links to re-align</source>
      <translation>{path}: la sesión ya contiene una alineación; usa replace_auto_links para realinear</translation>
    </message>
    <message>
      <source>select at least one Spanish and one English paragraph to link</source>
      <translation>selecciona al menos un párrafo en español y uno en inglés para enlazarlos</translation>
    </message>
    <message>
      <source>select two or more links to merge</source>
      <translation>selecciona dos o más enlaces para unirlos</translation>
    </message>
    <message>
      <source>the paragraph is already in that link</source>
      <translation>el párrafo ya está en ese enlace</translation>
    </message>
    <message>
      <source>a split needs two or more non-empty parts</source>
      <translation>para dividir hacen falta dos o más partes no vacías</translation>
    </message>
    <message>
      <source>the parts must share out exactly the paragraphs of link {link_id}</source>
      <translation>las partes deben repartirse exactamente los párrafos del enlace {link_id}</translation>
    </message>
    <message>
      <source>link {from_link} does not hold that paragraph</source>
      <translation>el enlace {from_link} no contiene ese párrafo</translation>
    </message>
    <message>
      <source>there is no Spanish paragraph {i}</source>
      <translation>no existe el párrafo español {i}</translation>
    </message>
    <message>
      <source>there is no English paragraph {p} in {d}</source>
      <translation>no existe el párrafo inglés {p} en {d}</translation>
    </message>
    <message>
      <source>{path}: the edit conflicts with the session ({exc})</source>
      <translation>{path}: el cambio entra en conflicto con la sesión ({exc})</translation>
    </message>
    <message>
      <source>{path}: the session file is damaged ({detail})</source>
      <translation>{path}: el archivo de sesión está dañado ({detail})</translation>
    </message>
    <message>
      <source>{path}: the session is busy in another process</source>
      <translation>{path}: la sesión está ocupada en otro proceso</translation>
    </message>
    <message>
      <source>{path}: cannot write ({msg})</source>
      <translation>{path}: no se puede escribir ({msg})</translation>
    </message>
    <message>
      <source>Argos model {model} {version} is damaged: {part} cannot be loaded ({reason}); reinstall it (`paralelo models install FILE`) or remove it (`paralelo models remove {name}`)</source>
      <translation>el modelo de Argos {model} {version} está dañado: no se puede cargar {part} ({reason}); reinstálalo (`paralelo models install ARCHIVO`) o quítalo (`paralelo models remove {name}`)</translation>
    </message>
    <message>
      <source>could not download the {from_code}→{to_code} model ({last})</source>
      <translation>no se pudo descargar el modelo {from_code}→{to_code} ({last})</translation>
    </message>
    <message>
      <source>model index must be an http(s) URL, not {url}</source>
      <translation>el índice de modelos debe ser una URL http(s), no {url}</translation>
    </message>
    <message>
      <source>the Argos model index has no {from_code}→{to_code} package</source>
      <translation>el índice de modelos de Argos no tiene un paquete {from_code}→{to_code}</translation>
    </message>
    <message>
      <source>cannot reach the Argos model index ({reason}); no network? Install a downloaded file with `paralelo models install FILE.argosmodel`</source>
      <translation>no se puede acceder al índice de modelos de Argos ({reason}); ¿no hay red? Instala un archivo descargado con `paralelo models install ARCHIVO.argosmodel`</translation>
    </message>
    <message>
      <source>the Argos model index at {url} is not valid JSON</source>
      <translation>el índice de modelos de Argos en {url} no es JSON válido</translation>
    </message>
    <message>
      <source>unknown engine {name} (choose from {value})</source>
      <translation>motor desconocido {name} (elige entre {value})</translation>
    </message>
    <message>
      <source>PARALELO_APERTIUM_TIMEOUT must be a number of seconds</source>
      <translation>PARALELO_APERTIUM_TIMEOUT debe ser un número de segundos</translation>
    </message>
    <message>
      <source>no Argos es→en model is installed (try `paralelo models install FILE.argosmodel` or `paralelo models download es en`)</source>
      <translation>no hay ningún modelo es→en de Argos instalado (prueba `paralelo models install ARCHIVO.argosmodel` o `paralelo models download es en`)</translation>
    </message>
    <message>
      <source>Apertium is not available: install the `apertium` and `apertium-eng-spa` packages (mode spa-eng_US)</source>
      <translation>Apertium no está disponible: instala los paquetes `apertium` y `apertium-eng-spa` (modo spa-eng_US)</translation>
    </message>
    <message>
      <source>{label}: metadata.json is larger than {value} KB</source>
      <translation>{label}: metadata.json ocupa más de {value} KB</translation>
    </message>
    <message>
      <source>{label}: {len} files inside, more than a model has</source>
      <translation>{label}: contiene {len} archivos, más de los que tiene un modelo</translation>
    </message>
    <message>
      <source>{label}: unpacks to {value} GB, more than any translation model needs</source>
      <translation>{label}: ocupa {value} GB descomprimido, más de lo que necesita cualquier modelo de traducción</translation>
    </message>
    <message>
      <source>{label}: an Argos model must hold exactly one top folder (found {len})</source>
      <translation>{label}: un modelo de Argos debe contener exactamente una carpeta principal (encontradas: {len})</translation>
    </message>
    <message>
      <source>{label}: no metadata.json in {top}/</source>
      <translation>{label}: no hay metadata.json en {top}/</translation>
    </message>
    <message>
      <source>{name}: not an Argos model (not a zip archive)</source>
      <translation>{name}: no es un modelo de Argos (no es un archivo zip)</translation>
    </message>
    <message>
      <source>{name}: this package translates {value}→{value2}; Paralelo needs {FROM_CODE}→{TO_CODE}</source>
      <translation>{name}: este paquete traduce {value}→{value2}; Paralelo necesita {FROM_CODE}→{TO_CODE}</translation>
    </message>
    <message>
      <source>{label}: metadata.json is not valid JSON ({reason})</source>
      <translation>{label}: metadata.json no es JSON válido ({reason})</translation>
    </message>
    <message>
      <source>{label}: bad metadata.json: {exc}</source>
      <translation>{label}: metadata.json incorrecto: {exc}</translation>
    </message>
    <message>
      <source>{label}: unsafe path inside the archive: {n}</source>
      <translation>{label}: ruta insegura dentro del archivo: {n}</translation>
    </message>
    <message>
      <source>{label}: missing {needed} (not a CTranslate2 SentencePiece package)</source>
      <translation>{label}: falta {needed} (no es un paquete CTranslate2 SentencePiece)</translation>
    </message>
    <message>
      <source>{label}: corrupt archive ({exc})</source>
      <translation>{label}: archivo dañado ({exc})</translation>
    </message>
    <message>
      <source>{label}: unsupported archive ({exc})</source>
      <translation>{label}: archivo no admitido ({exc})</translation>
    </message>
    <message>
      <source>{name}: cannot read ({value})</source>
      <translation>{name}: no se puede leer ({value})</translation>
    </message>
    <message>
      <source>{name}: {filename} unpacks to more than the archive declares (refused)</source>
      <translation>{name}: {filename} ocupa descomprimido más de lo que declara el archivo (rechazado)</translation>
    </message>
    <message>
      <source>no installed model named {name} ({names})</source>
      <translation>no hay ningún modelo instalado llamado {name} ({names})</translation>
    </message>
    <message>
      <source>{name}: installation failed (nothing unpacked)</source>
      <translation>{name}: la instalación ha fallado (no se ha descomprimido nada)</translation>
    </message>
    <message>
      <source>{name}: cannot install: {os_reason}</source>
      <translation>{name}: no se puede instalar: {os_reason}</translation>
    </message>
    <message>
      <source>{name}: cannot install: {os_reason}; nothing was changed</source>
      <translation>{name}: no se puede instalar: {os_reason}; no se ha cambiado nada</translation>
    </message>
    <message>
      <source>{name}: cannot remove ({value})</source>
      <translation>{name}: no se puede quitar ({value})</translation>
    </message>
    <message>
      <source>{value} translated none of {len} paragraph(s): {first}</source>
      <translation>{value} no tradujo ninguno de {len} párrafo(s): {first}</translation>
    </message>
    <message>
      <source>No machine translation</source>
      <translation>Sin traducción automática</translation>
    </message>
    <message>
      <source>Translating with {name}</source>
      <translation>Traduciendo con {name}</translation>
    </message>
    <message>
      <source>Aligning {name}</source>
      <translation>Alineando {name}</translation>
    </message>
    <message>
      <source>Opening {name}</source>
      <translation>Abriendo {name}</translation>
    </message>
    <message>
      <source>Saving</source>
      <translation>Guardando</translation>
    </message>
    <message>
      <source>Installing model</source>
      <translation>Instalando el modelo</translation>
    </message>
    <message>
      <source>{path}: this is the session itself; choose another name</source>
      <translation>{path}: es la propia sesión; elige otro nombre</translation>
    </message>
    <message>
      <source>{path}: cannot save the session there ({reason})</source>
      <translation>{path}: no se puede guardar la sesión ahí ({reason})</translation>
    </message>
    <message>
      <source>this session is open read-only: changes cannot be saved</source>
      <translation>esta sesión está abierta en modo de solo lectura: los cambios no se pueden guardar</translation>
    </message>
  </context>
</TS>