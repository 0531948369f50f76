<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="18" />
        <source>&amp;New Session from Documents…</source>
        <translation>&amp;New Session from Documents…</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="20" />
        <source>&amp;Open Session…</source>
        <translation>&amp;Open Session…</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="22" />
        <source>Open the &amp;Seed Session</source>
        <translation>Open the &amp;Seed Session</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="24" />
        <source>&amp;Paste Text as Document…</source>
        <translation>&amp;Paste Text as Document…</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="26" />
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="28" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="30" />
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="32" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="34" />
        <source>&amp;Confirm Link</source>
        <translation>&amp;Confirm Link</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="36" />
        <source>&amp;Flag Link</source>
        <translation>&amp;Flag Link</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="38" />
        <source>Mark &amp;Unreviewed</source>
        <translation>Mark &amp;Unreviewed</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="40" />
        <source>Edit &amp;Note</source>
        <translation>Edit &amp;Note</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="42" />
        <source>&amp;Next Unreviewed</source>
        <translation>&amp;Next Unreviewed</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="44" />
        <source>&amp;Previous Unreviewed</source>
        <translation>&amp;Previous Unreviewed</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="46" />
        <source>Review &amp;Lowest Score First</source>
        <translation>Review &amp;Lowest Score First</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="48" />
        <source>&amp;Link Selected Paragraphs</source>
        <translation>&amp;Link Selected Paragraphs</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="50" />
        <source>&amp;Unlink</source>
        <translation>&amp;Unlink</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="52" />
        <source>&amp;Merge Links</source>
        <translation>&amp;Merge Links</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="54" />
        <source>&amp;Split Link</source>
        <translation>&amp;Split Link</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="56" />
        <source>Move English Paragraph to &amp;Previous Link</source>
        <translation>Move English Paragraph to &amp;Previous Link</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="58" />
        <source>Move English Paragraph to &amp;Next Link</source>
        <translation>Move English Paragraph to &amp;Next Link</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="60" />
        <source>Move Spanish Paragraph to Previous Link</source>
        <translation>Move Spanish Paragraph to Previous Link</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="62" />
        <source>Move Spanish Paragraph to Next Link</source>
        <translation>Move Spanish Paragraph to Next Link</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="64" />
        <source>&amp;Re-align (Keep Confirmed Links)</source>
        <translation>&amp;Re-align (Keep Confirmed Links)</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="66" />
        <source>&amp;Original Spanish</source>
        <translation>&amp;Original Spanish</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="68" />
        <source>Machine &amp;Translation</source>
        <translation>Machine &amp;Translation</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="70" />
        <source>&amp;Both</source>
        <translation>&amp;Both</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="72" />
        <source>Show &amp;Differences (Translation vs English)</source>
        <translation>Show &amp;Differences (Translation vs English)</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="74" />
        <source>Show &amp;Unmatched Paragraphs</source>
        <translation>Show &amp;Unmatched Paragraphs</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="76" />
        <source>Translation &amp;Models…</source>
        <translation>Translation &amp;Models…</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="78" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="80" />
        <source>&amp;About Paralelo</source>
        <translation>&amp;About Paralelo</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="107" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="110" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="123" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="125" />
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="132" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="138" />
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="142" />
        <source>&amp;Alignment</source>
        <translation>&amp;Alignment</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="149" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="155" />
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="157" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="163" />
        <source>Main</source>
        <translation>Main</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/paralelo/gui/app.py" line="72" />
        <source>Something went wrong: %1

Your session is saved. Details were written to %2.</source>
        <translation>Something went wrong: %1

Your session is saved. Details were written to %2.</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <location filename="../../desktop/paralelo/gui/side_models.py" line="117" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/side_models.py" line="117" />
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/side_models.py" line="117" />
        <source>English</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../desktop/paralelo/gui/detail.py" line="47" />
        <source>Add a note to this link (Enter to save)</source>
        <translation>Add a note to this link (Enter to save)</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/detail.py" line="51" />
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/detail.py" line="69" />
        <source>Select a row to read it in full.</source>
        <translation>Select a row to read it in full.</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/detail.py" line="78" />
        <source>Unmatched paragraph: not linked to anything yet</source>
        <translation>Unmatched paragraph: not linked to anything yet</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/detail.py" line="90" />
        <source>No English paragraph</source>
        <translation>No English paragraph</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/detail.py" line="91" />
        <source>No Spanish paragraph</source>
        <translation>No Spanish paragraph</translation>
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
        <translation>Confirm link</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/editing.py" line="111" />
        <source>Flag link</source>
        <translation>Flag link</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/editing.py" line="114" />
        <source>Mark unreviewed</source>
        <translation>Mark unreviewed</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/editing.py" line="128" />
        <source>Edit note</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/editing.py" line="135" />
        <source>Every visible link is reviewed.</source>
        <translation>Every visible link is reviewed.</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/editing.py" line="163" />
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/editing.py" line="164" />
        <source>Select rows holding at least one Spanish and one English paragraph (Ctrl+click or Shift+click to select several rows).</source>
        <translation>Select rows holding at least one Spanish and one English paragraph (Ctrl+click or Shift+click to select several rows).</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/editing.py" line="171" />
        <source>Link paragraphs</source>
        <translation>Link paragraphs</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/editing.py" line="180" />
        <source>Unlink</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/editing.py" line="187" />
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/editing.py" line="187" />
        <source>Select two or more links to merge.</source>
        <translation>Select two or more links to merge.</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/editing.py" line="190" />
        <source>Merge links</source>
        <translation>Merge links</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/editing.py" line="199" />
        <source>Split link</source>
        <translation>Split link</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/editing.py" line="219" />
        <source>Nothing to move there.</source>
        <translation>Nothing to move there.</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/editing.py" line="223" />
        <source>Move paragraph</source>
        <translation>Move paragraph</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/editing.py" line="244" />
        <source>Re-align</source>
        <translation>Re-align</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/editing.py" line="245" />
        <source>Re-aligned; confirmed links were kept.</source>
        <translation>Re-aligned; confirmed links were kept.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="207" />
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="237" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="215" />
        <source>All links</source>
        <translation>All links</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="216" />
        <source>Confirmed links only</source>
        <translation>Confirmed links only</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="217" />
        <source>Flagged links only</source>
        <translation>Flagged links only</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="218" />
        <source>Unreviewed links only</source>
        <translation>Unreviewed links only</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="220" />
        <source>Include the machine translation (TMX)</source>
        <translation>Include the machine translation (TMX)</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="221" />
        <source>Start with a byte order mark (CSV/TSV for Excel)</source>
        <translation>Start with a byte order mark (CSV/TSV for Excel)</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="224" />
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="230" />
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="231" />
        <source>Links:</source>
        <translation>Links:</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="234" />
        <source>Save to:</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="255" />
        <source>Export To</source>
        <translation>Export To</translation>
    </message>
</context>
<context>
    <name>FactsModel</name>
    <message>
        <location filename="../../desktop/paralelo/gui/side_models.py" line="50" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/side_models.py" line="50" />
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/side_models.py" line="50" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/side_models.py" line="60" />
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/side_models.py" line="60" />
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/side_models.py" line="61" />
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/side_models.py" line="61" />
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/side_models.py" line="62" />
        <source>percent</source>
        <translation>percent</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/side_models.py" line="62" />
        <source>money</source>
        <translation>money</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/side_models.py" line="63" />
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/side_models.py" line="63" />
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/side_models.py" line="64" />
        <source>topic</source>
        <translation>topic</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/side_models.py" line="81" />
        <source>Only the Spanish side states this</source>
        <translation>Only the Spanish side states this</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/side_models.py" line="83" />
        <source>Only the English side states this</source>
        <translation>Only the English side states this</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/side_models.py" line="84" />
        <source>Stated on both sides</source>
        <translation>Stated on both sides</translation>
    </message>
</context>
<context>
    <name>FlowsMixin</name>
    <message>
        <location filename="../../desktop/paralelo/gui/flows.py" line="57" />
        <source>Seed session</source>
        <extracomment>Errors after which the seed session file is rebuilt rather than reported. Errors after which the user may read a copy of the session instead.</extracomment>
        <translation>Seed session</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/flows.py" line="78" />
        <source>Opening the seed session</source>
        <translation>Opening the seed session</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/flows.py" line="99" />
        <source>Aligning documents</source>
        <translation>Aligning documents</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/flows.py" line="116" />
        <source>Opening session</source>
        <translation>Opening session</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/flows.py" line="133" />
        <location filename="../../desktop/paralelo/gui/flows.py" line="142" />
        <source>Open Session</source>
        <translation>Open Session</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/flows.py" line="135" />
        <source>The file was not changed. You can read a copy of it (changes cannot be saved) or start a new session.</source>
        <translation>The file was not changed. You can read a copy of it (changes cannot be saved) or start a new session.</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/flows.py" line="137" />
        <source>Open Read-Only Copy</source>
        <translation>Open Read-Only Copy</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/flows.py" line="157" />
        <source>Clear Recent Sessions</source>
        <translation>Clear Recent Sessions</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/flows.py" line="193" />
        <source>Reading dropped documents</source>
        <translation>Reading dropped documents</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/flows.py" line="213" />
        <source>Re-aligning</source>
        <translation>Re-aligning</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/flows.py" line="228" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/flows.py" line="228" />
        <source>Choose a file to export to.</source>
        <translation>Choose a file to export to.</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/flows.py" line="237" />
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/flows.py" line="239" />
        <source>Exporting</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/flows.py" line="249" />
        <source>Install Translation Model</source>
        <translation>Install Translation Model</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/flows.py" line="250" />
        <source>Argos models (*.argosmodel)</source>
        <translation>Argos models (*.argosmodel)</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/flows.py" line="260" />
        <source>Installing model</source>
        <translation>Installing model</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/flows.py" line="275" />
        <source>Remove model</source>
        <translation>Remove model</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/flows.py" line="291" />
        <source>About Paralelo</source>
        <translation>About Paralelo</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/flows.py" line="292" />
        <source>Paralelo %1
Side-by-side review of Spanish and English documents, offline.</source>
        <translation>Paralelo %1
Side-by-side review of Spanish and English documents, offline.</translation>
    </message>
</context>
<context>
    <name>LinkDelegate</name>
    <message>
        <location filename="../../desktop/paralelo/gui/table.py" line="79" />
        <source>No English paragraph</source>
        <translation>No English paragraph</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/table.py" line="80" />
        <source>No Spanish paragraph</source>
        <translation>No Spanish paragraph</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/table.py" line="126" />
        <source>no Spanish paragraph</source>
        <translation>no Spanish paragraph</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/table.py" line="127" />
        <source>no English paragraph</source>
        <translation>no English paragraph</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/table.py" line="162" />
        <source>↳ %1, as above: another English match</source>
        <translation>↳ %1, as above: another English match</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/table.py" line="171" />
        <source>no match</source>
        <translation>no match</translation>
    </message>
</context>
<context>
    <name>LinkTableModel</name>
    <message>
        <location filename="../../desktop/paralelo/gui/model.py" line="120" />
        <source>Spanish</source>
        <extracomment>Drag-and-drop payload: source row numbers of the dragged rows.</extracomment>
        <translation>Spanish</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/model.py" line="120" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/model.py" line="120" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/model.py" line="122" />
        <source>Spanish (machine translation)</source>
        <translation>Spanish (machine translation)</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/model.py" line="183" />
        <source>Original: %1</source>
        <translation>Original: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/model.py" line="186" />
        <source>Translation: %1</source>
        <translation>Translation: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/model.py" line="190" />
        <source>paragraph %1</source>
        <translation>paragraph %1</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/model.py" line="193" />
        <source>Score %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/model.py" line="196" />
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/model.py" line="201" />
        <source>Unreviewed</source>
        <translation>Unreviewed</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/model.py" line="201" />
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/model.py" line="202" />
        <source>Flagged</source>
        <translation>Flagged</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/model.py" line="202" />
        <source>Unmatched</source>
        <translation>Unmatched</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/paralelo/gui/filters.py" line="28" />
        <source>Search text and notes  (Ctrl+F)</source>
        <translation>Search text and notes  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/filters.py" line="36" />
        <source>All rows</source>
        <translation>All rows</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/filters.py" line="37" />
        <source>Unreviewed</source>
        <translation>Unreviewed</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/filters.py" line="38" />
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/filters.py" line="39" />
        <source>Flagged</source>
        <translation>Flagged</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/filters.py" line="40" />
        <source>Unmatched paragraphs</source>
        <translation>Unmatched paragraphs</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/filters.py" line="55" />
        <source>Any score</source>
        <translation>Any score</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/filters.py" line="56" />
        <source>Score below 0.5</source>
        <translation>Score below 0.5</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/filters.py" line="57" />
        <source>Score 0.5 and above</source>
        <translation>Score 0.5 and above</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/filters.py" line="64" />
        <source>Document order</source>
        <translation>Document order</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/filters.py" line="65" />
        <source>Lowest score first</source>
        <translation>Lowest score first</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/filters.py" line="66" />
        <source>Highest score first</source>
        <translation>Highest score first</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/filters.py" line="71" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/filters.py" line="72" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/filters.py" line="73" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/filters.py" line="74" />
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/mainwindow.py" line="103" />
        <location filename="../../desktop/paralelo/gui/mainwindow.py" line="419" />
        <source>Open a session (Ctrl+O), start one from documents (Ctrl+N) or drop documents here.</source>
        <translation>Open a session (Ctrl+O), start one from documents (Ctrl+N) or drop documents here.</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/mainwindow.py" line="144" />
        <source>Facts</source>
        <translation>Facts</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/mainwindow.py" line="145" />
        <source>Matches for this Spanish paragraph</source>
        <translation>Matches for this Spanish paragraph</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/mainwindow.py" line="174" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/mainwindow.py" line="256" />
        <source>All documents</source>
        <translation>All documents</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/mainwindow.py" line="266" />
        <source>Engine: %1</source>
        <translation>Engine: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/mainwindow.py" line="302" />
        <source>%1 links · %2 confirmed · %3 flagged · %4 unreviewed · %5 unmatched</source>
        <translation>%1 links · %2 confirmed · %3 flagged · %4 unreviewed · %5 unmatched</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/mainwindow.py" line="311" />
        <source>unsaved session</source>
        <translation>unsaved session</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/mainwindow.py" line="313" />
        <source>(read-only)</source>
        <translation>(read-only)</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/mainwindow.py" line="366" />
        <source>Link %1 · %2 · score %3 · %4</source>
        <translation>Link %1 · %2 · score %3 · %4</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/mainwindow.py" line="446" />
        <location filename="../../desktop/paralelo/gui/mainwindow.py" line="448" />
        <source>earlier edit</source>
        <translation>earlier edit</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/mainwindow.py" line="449" />
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/mainwindow.py" line="450" />
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="270" />
        <source>Translation Models</source>
        <translation>Translation Models</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="278" />
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="278" />
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="279" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="284" />
        <source>Install .argosmodel File…</source>
        <translation>Install .argosmodel File…</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="285" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="287" />
        <source>Models are installed from a file, offline. Without an Argos model Paralelo uses Apertium when installed, otherwise it aligns without machine translation.</source>
        <translation>Models are installed from a file, offline. Without an Argos model Paralelo uses Apertium when installed, otherwise it aligns without machine translation.</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="317" />
        <source>translation is not installed</source>
        <translation>translation is not installed</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="318" />
        <source>Engine in use (preference “%1”): %2</source>
        <translation>Engine in use (preference “%1”): %2</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="104" />
        <source>New Session</source>
        <translation>New Session</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="109" />
        <source>Choose File…</source>
        <translation>Choose File…</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="111" />
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="121" />
        <source>Paste…</source>
        <translation>Paste…</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="119" />
        <source>Add Files…</source>
        <translation>Add Files…</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="123" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="135" />
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="136" />
        <source>Parallel (a translation)</source>
        <translation>Parallel (a translation)</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="137" />
        <source>Comparable (coverage of the same events)</source>
        <translation>Comparable (coverage of the same events)</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="140" />
        <source>Spanish:</source>
        <translation>Spanish:</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="141" />
        <source>English:</source>
        <translation>English:</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="142" />
        <source>Mode:</source>
        <translation>Mode:</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="145" />
        <source>Align</source>
        <translation>Align</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="159" />
        <source>Pasted text</source>
        <translation>Pasted text</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="169" />
        <source>Spanish Document</source>
        <translation>Spanish Document</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="175" />
        <source>English Documents</source>
        <translation>English Documents</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="59" />
        <source>Paste Text as Document</source>
        <translation>Paste Text as Document</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="63" />
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="95" />
        <source>Pasted text</source>
        <translation>Pasted text</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="64" />
        <source>Spanish document</source>
        <translation>Spanish document</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="65" />
        <source>English document</source>
        <translation>English document</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="78" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="79" />
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
</context>
<context>
    <name>PrefsDialog</name>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="336" />
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="339" />
        <source>Automatic (Argos, else Apertium, else none)</source>
        <translation>Automatic (Argos, else Apertium, else none)</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="341" />
        <source>No machine translation</source>
        <translation>No machine translation</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="348" />
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="352" />
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="353" />
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="356" />
        <source>Translation engine:</source>
        <translation>Translation engine:</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="357" />
        <source>Text size:</source>
        <translation>Text size:</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="358" />
        <source>Theme:</source>
        <translation>Theme:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="378" />
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="383" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/dialogs.py" line="383" />
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="168" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="169" />
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="170" />
        <source>✓ Confirm</source>
        <translation>✓ Confirm</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="171" />
        <source>⚑ Flag</source>
        <translation>⚑ Flag</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="172" />
        <source>Next unreviewed</source>
        <translation>Next unreviewed</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="173" />
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="174" />
        <source>Re-align</source>
        <translation>Re-align</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="175" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="176" />
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="177" />
        <source>Translation</source>
        <translation>Translation</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="178" />
        <source>Both</source>
        <translation>Both</translation>
    </message>
    <message>
        <location filename="../../desktop/paralelo/gui/actions.py" line="179" />
        <source>Diff</source>
        <translation>Diff</translation>
    </message>
</context>
</TS>