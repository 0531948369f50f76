<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
  <context>
    <name>A11y</name>
    <message>
      <location filename="../../desktop/paralelo/gui/a11y.py" line="33" />
      <source>Menu bar</source>
      <translation>Menu bar</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/a11y.py" line="34" />
      <source>Links: Spanish, score and English</source>
      <translation>Links: Spanish, score and English</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/a11y.py" line="35" />
      <source>Facts of the selected link</source>
      <translation>Facts of the selected link</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/a11y.py" line="37" />
      <source>Matches for this Spanish paragraph</source>
      <translation>Matches for this Spanish paragraph</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/a11y.py" line="40" />
      <source>Column headers of %1</source>
      <translation>Column headers of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/a11y.py" line="42" />
      <source>Cancel the running task</source>
      <translation>Cancel the running task</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/a11y.py" line="43" />
      <source>Progress of the running task</source>
      <translation>Progress of the running task</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/a11y.py" line="54" />
      <source>Close the %1 panel</source>
      <translation>Close the %1 panel</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/a11y.py" line="60" />
      <source>Clear</source>
      <translation>Clear</translation>
    </message>
  </context>
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
      <source>Save &amp;As…</source>
      <translation>Save &amp;As…</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="26" />
      <source>Save a &amp;Copy…</source>
      <translation>Save a &amp;Copy…</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="28" />
      <source>&amp;Paste Text as Document…</source>
      <translation>&amp;Paste Text as Document…</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="30" />
      <source>&amp;Export…</source>
      <translation>&amp;Export…</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="32" />
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="34" />
      <source>&amp;Find…</source>
      <translation>&amp;Find…</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="36" />
      <source>Find &amp;Next</source>
      <translation>Find &amp;Next</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="38" />
      <source>Find Pre&amp;vious</source>
      <translation>Find Pre&amp;vious</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="40" />
      <source>Next &amp;Sentence Pair</source>
      <translation>Next &amp;Sentence Pair</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="42" />
      <source>Previous Sentence &amp;Pair</source>
      <translation>Previous Sentence &amp;Pair</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="44" />
      <source>&amp;Preferences…</source>
      <translation>&amp;Preferences…</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="46" />
      <source>&amp;Confirm Link</source>
      <translation>&amp;Confirm Link</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="48" />
      <source>&amp;Flag Link</source>
      <translation>&amp;Flag Link</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="50" />
      <source>Mark &amp;Unreviewed</source>
      <translation>Mark &amp;Unreviewed</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="52" />
      <source>Edit &amp;Note</source>
      <translation>Edit &amp;Note</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="54" />
      <source>&amp;Next Unreviewed</source>
      <translation>&amp;Next Unreviewed</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="56" />
      <source>&amp;Previous Unreviewed</source>
      <translation>&amp;Previous Unreviewed</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="58" />
      <source>Review &amp;Lowest Score First</source>
      <translation>Review &amp;Lowest Score First</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="60" />
      <source>&amp;Link Selected Paragraphs</source>
      <translation>&amp;Link Selected Paragraphs</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="62" />
      <source>&amp;Unlink</source>
      <translation>&amp;Unlink</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="64" />
      <source>&amp;Merge Links</source>
      <translation>&amp;Merge Links</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="66" />
      <source>&amp;Split Link</source>
      <translation>&amp;Split Link</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="68" />
      <source>Move English Paragraph to &amp;Previous Link</source>
      <translation>Move English Paragraph to &amp;Previous Link</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="70" />
      <source>Move English Paragraph to &amp;Next Link</source>
      <translation>Move English Paragraph to &amp;Next Link</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="72" />
      <source>Move Spanish Paragraph to Previous Link</source>
      <translation>Move Spanish Paragraph to Previous Link</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="74" />
      <source>Move Spanish Paragraph to Next Link</source>
      <translation>Move Spanish Paragraph to Next Link</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="76" />
      <source>&amp;Re-align (Keep Confirmed Links)</source>
      <translation>&amp;Re-align (Keep Confirmed Links)</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="78" />
      <source>&amp;Original Spanish</source>
      <translation>&amp;Original Spanish</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="80" />
      <source>Machine &amp;Translation</source>
      <translation>Machine &amp;Translation</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="82" />
      <source>&amp;Both</source>
      <translation>&amp;Both</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="84" />
      <source>Show &amp;Differences (Translation vs English)</source>
      <translation>Show &amp;Differences (Translation vs English)</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="86" />
      <source>Show &amp;Unmatched Paragraphs</source>
      <translation>Show &amp;Unmatched Paragraphs</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="88" />
      <source>Translation &amp;Models…</source>
      <translation>Translation &amp;Models…</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="90" />
      <source>&amp;Keyboard Shortcuts</source>
      <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="92" />
      <source>&amp;About Paralelo</source>
      <translation>&amp;About Paralelo</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="119" />
      <source>&amp;Undo</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="122" />
      <source>&amp;Redo</source>
      <translation>&amp;Redo</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="135" />
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="137" />
      <source>Open &amp;Recent</source>
      <translation>Open &amp;Recent</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="144" />
      <source>&amp;Edit</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="150" />
      <source>&amp;Review</source>
      <translation>&amp;Review</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="154" />
      <source>&amp;Alignment</source>
      <translation>&amp;Alignment</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="161" />
      <source>&amp;View</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="169" />
      <source>&amp;Tools</source>
      <translation>&amp;Tools</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="171" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="177" />
      <source>Main</source>
      <translation>Main</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../desktop/paralelo/gui/app.py" line="109" />
      <source>Something went wrong: %1

Your session is saved. Details were written to %2.</source>
      <translation>Something went wrong: %1

Your session is saved. Details were written to %2.</translation>
    </message>
  </context>
  <context>
    <name>Asks</name>
    <message>
      <location filename="../../desktop/paralelo/gui/asks.py" line="14" />
      <source>“%1” already exists in %2.</source>
      <translation>“%1” already exists in %2.</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/asks.py" line="17" />
      <source>Replace File?</source>
      <translation>Replace File?</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/asks.py" line="20" />
      <source>Replacing it overwrites its contents.</source>
      <translation>Replacing it overwrites its contents.</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/asks.py" line="21" />
      <source>Replace</source>
      <translation>Replace</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/asks.py" line="54" />
      <source>This Will Take a While</source>
      <translation>This Will Take a While</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/paralelo/gui/asks.py" line="55" />
      <source>Aligning these documents with %1 will take about %n minute(s).</source>
      <translation><numerusform>Aligning these documents with %1 will take about %n minute.</numerusform><numerusform>Aligning these documents with %1 will take about %n minutes.</numerusform></translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/asks.py" line="58" />
      <source>Without machine translation it takes seconds, but links are found from names, numbers and dates only.</source>
      <translation>Without machine translation it takes seconds, but links are found from names, numbers and dates only.</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/asks.py" line="61" />
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/asks.py" line="62" />
      <source>Align Without Machine Translation</source>
      <translation>Align Without Machine Translation</translation>
    </message>
  </context>
  <context>
    <name>CandidatesModel</name>
    <message>
      <location filename="../../desktop/paralelo/gui/side_models.py" line="170" />
      <source>Score</source>
      <translation>Score</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/side_models.py" line="170" />
      <source>Where</source>
      <translation>Where</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/side_models.py" line="170" />
      <source>English</source>
      <translation>English</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/side_models.py" line="190" />
      <source>Hidden candidate: its score is below the display threshold</source>
      <translation>Hidden candidate: its score is below the display threshold</translation>
    </message>
  </context>
  <context>
    <name>DetailPane</name>
    <message>
      <location filename="../../desktop/paralelo/gui/detail.py" line="38" />
      <source>Spanish text of the link</source>
      <translation>Spanish text of the link</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/detail.py" line="39" />
      <source>English text of the link</source>
      <translation>English text of the link</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/detail.py" line="50" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/detail.py" line="51" />
      <source>Add a note to this link (Enter to save)</source>
      <translation>Add a note to this link (Enter to save)</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/detail.py" line="55" />
      <source>Note:</source>
      <translation>Note:</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/detail.py" line="75" />
      <source>Select a row to read it in full.</source>
      <translation>Select a row to read it in full.</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/detail.py" line="85" />
      <source>Unmatched paragraph: not linked to anything yet</source>
      <translation>Unmatched paragraph: not linked to anything yet</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/detail.py" line="98" />
      <source>No English paragraph</source>
      <translation>No English paragraph</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/detail.py" line="99" />
      <source>No Spanish paragraph</source>
      <translation>No Spanish paragraph</translation>
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
      <translation>Confirm link %1</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/editing.py" line="120" />
      <source>Flag link %1</source>
      <translation>Flag link %1</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/editing.py" line="123" />
      <source>Mark link %1 unreviewed</source>
      <translation>Mark link %1 unreviewed</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/editing.py" line="137" />
      <source>Note on link %1</source>
      <translation>Note on link %1</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/editing.py" line="145" />
      <source>Every visible link is reviewed.</source>
      <translation>Every visible link is reviewed.</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/editing.py" line="173" />
      <source>Link</source>
      <translation>Link</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/editing.py" line="174" />
      <source>Select rows holding at least one Spanish and one English paragraph (Ctrl+click or Shift+click to select several rows).</source>
      <translation>Select rows holding at least one Spanish and one English paragraph (Ctrl+click or Shift+click to select several rows).</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/editing.py" line="181" />
      <source>Link paragraphs</source>
      <translation>Link paragraphs</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/editing.py" line="190" />
      <source>Unlink</source>
      <translation>Unlink</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/editing.py" line="197" />
      <source>Merge</source>
      <translation>Merge</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/editing.py" line="197" />
      <source>Select two or more links to merge.</source>
      <translation>Select two or more links to merge.</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/editing.py" line="200" />
      <source>Merge links</source>
      <translation>Merge links</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/editing.py" line="209" />
      <source>Split link</source>
      <translation>Split link</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/editing.py" line="229" />
      <source>Nothing to move there.</source>
      <translation>Nothing to move there.</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/editing.py" line="233" />
      <source>Move paragraph</source>
      <translation>Move paragraph</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/editing.py" line="254" />
      <source>Re-align</source>
      <translation>Re-align</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/editing.py" line="255" />
      <source>Re-aligned; confirmed links were kept.</source>
      <translation>Re-aligned; confirmed links were kept.</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../desktop/paralelo/gui/export_dialog.py" line="53" />
      <location filename="../../desktop/paralelo/gui/export_dialog.py" line="99" />
      <source>Export</source>
      <extracomment>format value → (label, suffixes; the first is written when the name has none)</extracomment>
      <translation>Export</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/export_dialog.py" line="63" />
      <source>HTML report</source>
      <translation>HTML report</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/export_dialog.py" line="68" />
      <source>All links</source>
      <translation>All links</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/export_dialog.py" line="69" />
      <source>Confirmed links only</source>
      <translation>Confirmed links only</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/export_dialog.py" line="70" />
      <source>Flagged links only</source>
      <translation>Flagged links only</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/export_dialog.py" line="71" />
      <source>Unreviewed links only</source>
      <translation>Unreviewed links only</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/export_dialog.py" line="73" />
      <source>Include the machine translation (TMX)</source>
      <translation>Include the machine translation (TMX)</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/export_dialog.py" line="74" />
      <source>Start with a byte order mark (CSV/TSV for Excel)</source>
      <translation>Start with a byte order mark (CSV/TSV for Excel)</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/export_dialog.py" line="77" />
      <source>Export file</source>
      <translation>Export file</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/export_dialog.py" line="81" />
      <source>Browse…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/export_dialog.py" line="92" />
      <source>Format:</source>
      <translation>Format:</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/export_dialog.py" line="93" />
      <source>Links:</source>
      <translation>Links:</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/export_dialog.py" line="96" />
      <source>Save to:</source>
      <translation>Save to:</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/export_dialog.py" line="140" />
      <source>Export To</source>
      <translation>Export To</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/export_dialog.py" line="162" />
      <source>Choose a file to export to.</source>
      <translation>Choose a file to export to.</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/export_dialog.py" line="165" />
      <source>The folder %1 does not exist.</source>
      <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/export_dialog.py" line="168" />
      <source>%1 is a folder; type a file name.</source>
      <translation>%1 is a folder; type a file name.</translation>
    </message>
  </context>
  <context>
    <name>FactsModel</name>
    <message>
      <location filename="../../desktop/paralelo/gui/side_models.py" line="68" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/side_models.py" line="68" />
      <source>Spanish</source>
      <translation>Spanish</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/side_models.py" line="68" />
      <source>English</source>
      <translation>English</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/side_models.py" line="101" />
      <source>person</source>
      <translation>person</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/side_models.py" line="101" />
      <source>organisation</source>
      <translation>organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/side_models.py" line="102" />
      <source>place</source>
      <translation>place</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/side_models.py" line="102" />
      <source>number</source>
      <translation>number</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/side_models.py" line="103" />
      <source>percent</source>
      <translation>percent</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/side_models.py" line="103" />
      <source>money</source>
      <translation>money</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/side_models.py" line="104" />
      <source>date</source>
      <translation>date</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/side_models.py" line="104" />
      <source>year</source>
      <translation>year</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/side_models.py" line="105" />
      <source>topic</source>
      <translation>topic</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/side_models.py" line="124" />
      <source>Only the Spanish side states this</source>
      <translation>Only the Spanish side states this</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/side_models.py" line="126" />
      <source>Only the English side states this</source>
      <translation>Only the English side states this</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/side_models.py" line="127" />
      <source>Stated on both sides</source>
      <translation>Stated on both sides</translation>
    </message>
  </context>
  <context>
    <name>FlowsMixin</name>
    <message>
      <location filename="../../desktop/paralelo/gui/flows.py" line="63" />
      <source>Seed session</source>
      <extracomment>Errors after which the seed session file is rebuilt rather than reported. Errors after which the user may read a copy of the session instead.</extracomment>
      <translation>Seed session</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/flows.py" line="84" />
      <source>Opening the seed session</source>
      <translation>Opening the seed session</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/flows.py" line="116" />
      <source>Aligning documents</source>
      <translation>Aligning documents</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/flows.py" line="145" />
      <source>Opening session</source>
      <translation>Opening session</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/flows.py" line="164" />
      <source>%1 was not opened. Open a session (Ctrl+O) or start one from documents (Ctrl+N).</source>
      <translation>%1 was not opened. Open a session (Ctrl+O) or start one from documents (Ctrl+N).</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/flows.py" line="168" />
      <location filename="../../desktop/paralelo/gui/flows.py" line="177" />
      <source>Open Session</source>
      <translation>Open Session</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/flows.py" line="170" />
      <source>The file was not changed. You can read a copy of it (changes cannot be saved) or start a new session.</source>
      <translation>The file was not changed. You can read a copy of it (changes cannot be saved) or start a new session.</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/flows.py" line="172" />
      <source>Open Read-Only Copy</source>
      <translation>Open Read-Only Copy</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/flows.py" line="192" />
      <source>Clear Recent Sessions</source>
      <translation>Clear Recent Sessions</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/flows.py" line="228" />
      <source>Reading dropped documents</source>
      <translation>Reading dropped documents</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/flows.py" line="252" />
      <source>Re-aligning</source>
      <translation>Re-aligning</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/flows.py" line="267" />
      <source>Export</source>
      <translation>Export</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/flows.py" line="267" />
      <source>Choose a file to export to.</source>
      <translation>Choose a file to export to.</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/flows.py" line="276" />
      <source>Exported to %1</source>
      <translation>Exported to %1</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/flows.py" line="278" />
      <source>Exporting</source>
      <translation>Exporting</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/flows.py" line="288" />
      <source>Install Translation Model</source>
      <translation>Install Translation Model</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/flows.py" line="289" />
      <source>Argos models (*.argosmodel)</source>
      <translation>Argos models (*.argosmodel)</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/flows.py" line="299" />
      <source>Installing model</source>
      <translation>Installing model</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/flows.py" line="314" />
      <source>Remove model</source>
      <translation>Remove model</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/flows.py" line="330" />
      <source>About Paralelo</source>
      <translation>About Paralelo</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/flows.py" line="331" />
      <source>Paralelo %1
Side-by-side review of Spanish and English documents, offline.</source>
      <translation>Paralelo %1
Side-by-side review of Spanish and English documents, offline.</translation>
    </message>
  </context>
  <context>
    <name>LinkDelegate</name>
    <message>
      <location filename="../../desktop/paralelo/gui/table.py" line="81" />
      <source>No English paragraph</source>
      <translation>No English paragraph</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/table.py" line="82" />
      <source>No Spanish paragraph</source>
      <translation>No Spanish paragraph</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/table.py" line="128" />
      <source>no Spanish paragraph</source>
      <translation>no Spanish paragraph</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/table.py" line="129" />
      <source>no English paragraph</source>
      <translation>no English paragraph</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/table.py" line="164" />
      <source>↳ %1, as above: another English match</source>
      <translation>↳ %1, as above: another English match</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/table.py" line="173" />
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
      <location filename="../../desktop/paralelo/gui/filters.py" line="34" />
      <source>Search text and notes  (Ctrl+F)</source>
      <translation>Search text and notes  (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/filters.py" line="35" />
      <source>Search text and notes</source>
      <translation>Search text and notes</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/filters.py" line="40" />
      <source>Search results</source>
      <translation>Search results</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/filters.py" line="50" />
      <source>All rows</source>
      <translation>All rows</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/filters.py" line="51" />
      <source>Unreviewed</source>
      <translation>Unreviewed</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/filters.py" line="52" />
      <source>Confirmed</source>
      <translation>Confirmed</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/filters.py" line="53" />
      <source>Flagged</source>
      <translation>Flagged</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/filters.py" line="54" />
      <source>Unmatched paragraphs</source>
      <translation>Unmatched paragraphs</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/filters.py" line="69" />
      <source>Any score</source>
      <translation>Any score</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/filters.py" line="70" />
      <source>Score below 0.5</source>
      <translation>Score below 0.5</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/filters.py" line="71" />
      <source>Score 0.5 and above</source>
      <translation>Score 0.5 and above</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/filters.py" line="78" />
      <source>Document order</source>
      <translation>Document order</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/filters.py" line="79" />
      <source>Lowest score first</source>
      <translation>Lowest score first</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/filters.py" line="80" />
      <source>Highest score first</source>
      <translation>Highest score first</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/filters.py" line="85" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/filters.py" line="86" />
      <source>Score</source>
      <translation>Score</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/filters.py" line="87" />
      <source>English</source>
      <translation>English</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/filters.py" line="88" />
      <source>Order</source>
      <translation>Order</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="126" />
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="477" />
      <source>Open a session (Ctrl+O), start one from documents (Ctrl+N) or drop documents here.</source>
      <translation>Open a session (Ctrl+O), start one from documents (Ctrl+N) or drop documents here.</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="172" />
      <source>Facts</source>
      <translation>Facts</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="173" />
      <source>Matches for this Spanish paragraph</source>
      <translation>Matches for this Spanish paragraph</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="192" />
      <source>Show hidden candidates</source>
      <translation>Show hidden candidates</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="218" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="292" />
      <source>This link has no sentence pairs.</source>
      <translation>This link has no sentence pairs.</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="314" />
      <source>All documents</source>
      <translation>All documents</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="324" />
      <source>Engine: %1</source>
      <translation>Engine: %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="362" />
      <source>%n link(s)</source>
      <translation><numerusform>%n link</numerusform><numerusform>%n links</numerusform></translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="362" />
      <source>%n confirmed</source>
      <translation><numerusform>%n confirmed</numerusform><numerusform>%n confirmed</numerusform></translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="363" />
      <source>%n flagged</source>
      <translation><numerusform>%n flagged</numerusform><numerusform>%n flagged</numerusform></translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="364" />
      <source>%n unreviewed</source>
      <translation><numerusform>%n unreviewed</numerusform><numerusform>%n unreviewed</numerusform></translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="365" />
      <source>%n unmatched</source>
      <translation><numerusform>%n unmatched</numerusform><numerusform>%n unmatched</numerusform></translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="371" />
      <source>unsaved session</source>
      <translation>unsaved session</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="373" />
      <source>(read-only)</source>
      <translation>(read-only)</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="425" />
      <source>Link %1 · %2 · score %3 · %4</source>
      <translation>Link %1 · %2 · score %3 · %4</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="505" />
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="507" />
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="522" />
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="533" />
      <source>earlier edit</source>
      <translation>earlier edit</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="508" />
      <source>&amp;Undo %1</source>
      <translation>&amp;Undo %1</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="509" />
      <source>&amp;Redo %1</source>
      <translation>&amp;Redo %1</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="522" />
      <source>Undid: %1</source>
      <translation>Undid: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/mainwindow.py" line="533" />
      <source>Redid: %1</source>
      <translation>Redid: %1</translation>
    </message>
  </context>
  <context>
    <name>ModelsDialog</name>
    <message>
      <location filename="../../desktop/paralelo/gui/dialogs.py" line="37" />
      <source>Translation Models</source>
      <translation>Translation Models</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/dialogs.py" line="45" />
      <source>Model</source>
      <translation>Model</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/dialogs.py" line="45" />
      <source>Languages</source>
      <translation>Languages</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/dialogs.py" line="46" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/dialogs.py" line="51" />
      <source>Install .argosmodel File…</source>
      <translation>Install .argosmodel File…</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/dialogs.py" line="52" />
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/dialogs.py" line="54" />
      <source>Models are installed from a file, offline. Without an Argos model Paralelo uses Apertium when installed, otherwise it aligns without machine translation.</source>
      <translation>Models are installed from a file, offline. Without an Argos model Paralelo uses Apertium when installed, otherwise it aligns without machine translation.</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/dialogs.py" line="84" />
      <source>translation is not installed</source>
      <translation>translation is not installed</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/dialogs.py" line="85" />
      <source>Engine in use (preference “%1”): %2</source>
      <translation>Engine in use (preference “%1”): %2</translation>
    </message>
  </context>
  <context>
    <name>NewSessionDialog</name>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="55" />
      <source>New Session</source>
      <translation>New Session</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="63" />
      <source>Type or paste a path, or choose a file</source>
      <translation>Type or paste a path, or choose a file</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="64" />
      <source>Spanish document</source>
      <translation>Spanish document</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="66" />
      <source>Choose File…</source>
      <translation>Choose File…</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="68" />
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="86" />
      <source>Paste…</source>
      <translation>Paste…</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="77" />
      <source>English documents</source>
      <translation>English documents</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="81" />
      <source>Type or paste a path and press Enter</source>
      <translation>Type or paste a path and press Enter</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="82" />
      <source>Add an English document by path</source>
      <translation>Add an English document by path</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="84" />
      <source>Add Files…</source>
      <translation>Add Files…</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="88" />
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="99" />
      <source>Automatic</source>
      <translation>Automatic</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="100" />
      <source>Parallel (a translation)</source>
      <translation>Parallel (a translation)</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="101" />
      <source>Comparable (coverage of the same events)</source>
      <translation>Comparable (coverage of the same events)</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="105" />
      <source>Save the session as</source>
      <translation>Save the session as</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="107" />
      <source>Browse…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="113" />
      <source>Swap Spanish and English</source>
      <translation>Swap Spanish and English</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="121" />
      <source>Spanish:</source>
      <translation>Spanish:</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="123" />
      <source>English:</source>
      <translation>English:</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="125" />
      <source>Mode:</source>
      <translation>Mode:</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="126" />
      <source>Save as:</source>
      <translation>Save as:</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="129" />
      <source>Align</source>
      <translation>Align</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="188" />
      <source>Pasted text</source>
      <translation>Pasted text</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="209" />
      <source>Spanish</source>
      <translation>Spanish</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="209" />
      <source>English</source>
      <translation>English</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="210" />
      <source>language not recognised</source>
      <translation>language not recognised</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="212" />
      <source>%1 · %n paragraph(s)</source>
      <translation><numerusform>%1 · %n paragraph</numerusform><numerusform>%1 · %n paragraphs</numerusform></translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="280" />
      <source>Spanish Document</source>
      <translation>Spanish Document</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="286" />
      <source>English Documents</source>
      <translation>English Documents</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="306" />
      <source>Save Session As</source>
      <translation>Save Session As</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="307" />
      <source>Paralelo sessions (*.paralelo)</source>
      <translation>Paralelo sessions (*.paralelo)</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="343" />
      <source>Choose where to save the session.</source>
      <translation>Choose where to save the session.</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/session_dialog.py" line="348" />
      <source>Cannot create the folder %1 (%2).</source>
      <translation>Cannot create the folder %1 (%2).</translation>
    </message>
  </context>
  <context>
    <name>PasteDialog</name>
    <message>
      <location filename="../../desktop/paralelo/gui/sources.py" line="58" />
      <source>Paste Text as Document</source>
      <translation>Paste Text as Document</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/sources.py" line="62" />
      <location filename="../../desktop/paralelo/gui/sources.py" line="94" />
      <source>Pasted text</source>
      <translation>Pasted text</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/sources.py" line="63" />
      <source>Spanish document</source>
      <translation>Spanish document</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/sources.py" line="64" />
      <source>English document</source>
      <translation>English document</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/sources.py" line="77" />
      <source>Name:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/sources.py" line="78" />
      <source>Language:</source>
      <translation>Language:</translation>
    </message>
  </context>
  <context>
    <name>PrefsDialog</name>
    <message>
      <location filename="../../desktop/paralelo/gui/dialogs.py" line="103" />
      <source>Preferences</source>
      <translation>Preferences</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/dialogs.py" line="106" />
      <source>Automatic (Argos, else Apertium, else none)</source>
      <translation>Automatic (Argos, else Apertium, else none)</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/dialogs.py" line="108" />
      <source>No machine translation</source>
      <translation>No machine translation</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/dialogs.py" line="115" />
      <source>System default</source>
      <translation>System default</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/dialogs.py" line="119" />
      <source>Light</source>
      <translation>Light</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/dialogs.py" line="120" />
      <source>Dark</source>
      <translation>Dark</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/dialogs.py" line="123" />
      <source>Translation engine:</source>
      <translation>Translation engine:</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/dialogs.py" line="124" />
      <source>Text size:</source>
      <translation>Text size:</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/dialogs.py" line="125" />
      <source>Theme:</source>
      <translation>Theme:</translation>
    </message>
  </context>
  <context>
    <name>SavingMixin</name>
    <message>
      <location filename="../../desktop/paralelo/gui/saving.py" line="64" />
      <source>Paralelo sessions (*.paralelo)</source>
      <translation>Paralelo sessions (*.paralelo)</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/saving.py" line="72" />
      <source>The session is already saved there.</source>
      <translation>The session is already saved there.</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/saving.py" line="75" />
      <source>%1 is open in another window; close it there first.</source>
      <translation>%1 is open in another window; close it there first.</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/saving.py" line="86" />
      <source>Save Session As</source>
      <translation>Save Session As</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/saving.py" line="94" />
      <source>Save a Copy</source>
      <translation>Save a Copy</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/saving.py" line="124" />
      <source>Saved to %1</source>
      <translation>Saved to %1</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/saving.py" line="127" />
      <source>Saving the session</source>
      <translation>Saving the session</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/saving.py" line="139" />
      <source>Open Session</source>
      <translation>Open Session</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/saving.py" line="140" />
      <source>%1 is already open in another window.</source>
      <translation>%1 is already open in another window.</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/saving.py" line="141" />
      <source>Switch to that window, or read a copy of the session here (changes cannot be saved in the copy).</source>
      <translation>Switch to that window, or read a copy of the session here (changes cannot be saved in the copy).</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/saving.py" line="143" />
      <source>Switch to That Window</source>
      <translation>Switch to That Window</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/saving.py" line="143" />
      <source>Open Read-Only Copy</source>
      <translation>Open Read-Only Copy</translation>
    </message>
  </context>
  <context>
    <name>SearchMixin</name>
    <message>
      <location filename="../../desktop/paralelo/gui/search.py" line="87" />
      <source>No rows match</source>
      <extracomment>Keys a line edit keeps for itself even when an action uses them (text editing).</extracomment>
      <translation>No rows match</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/search.py" line="88" />
      <location filename="../../desktop/paralelo/gui/search.py" line="112" />
      <source>No rows match '%1'</source>
      <translation>No rows match '%1'</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/search.py" line="92" />
      <source>%1 of %2</source>
      <translation>%1 of %2</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/paralelo/gui/search.py" line="93" />
      <source>%n row(s)</source>
      <translation><numerusform>%n row</numerusform><numerusform>%n rows</numerusform></translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/search.py" line="97" />
      <source>No rows match the filters.</source>
      <translation>No rows match the filters.</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/search.py" line="98" />
      <source>F3: next hit · Shift+F3: previous hit</source>
      <translation>F3: next hit · Shift+F3: previous hit</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <location filename="../../desktop/paralelo/gui/dialogs.py" line="145" />
      <source>Keyboard Shortcuts</source>
      <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/dialogs.py" line="150" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/dialogs.py" line="150" />
      <source>Shortcut</source>
      <translation>Shortcut</translation>
    </message>
  </context>
  <context>
    <name>StoreCommand</name>
    <message>
      <location filename="../../desktop/paralelo/gui/commands.py" line="45" />
      <source>Redid: %1</source>
      <translation>Redid: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/commands.py" line="50" />
      <source>Undid: %1</source>
      <translation>Undid: %1</translation>
    </message>
  </context>
  <context>
    <name>TaskRunner</name>
    <message>
      <location filename="../../desktop/paralelo/gui/workers.py" line="60" />
      <source>Not enough memory to finish this task.</source>
      <translation>Not enough memory to finish this task.</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/workers.py" line="64" />
      <source>Unexpected error: %1</source>
      <translation>Unexpected error: %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/paralelo/gui/workers.py" line="141" />
      <source>about %n second(s) left</source>
      <translation><numerusform>about %n second left</numerusform><numerusform>about %n seconds left</numerusform></translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/paralelo/gui/workers.py" line="143" />
      <source>about %n minute(s) left</source>
      <translation><numerusform>about %n minute left</numerusform><numerusform>about %n minutes left</numerusform></translation>
    </message>
  </context>
  <context>
    <name>Toolbar</name>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="182" />
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="183" />
      <source>New</source>
      <translation>New</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="184" />
      <source>✓ Confirm</source>
      <translation>✓ Confirm</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="185" />
      <source>⚑ Flag</source>
      <translation>⚑ Flag</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="186" />
      <source>Next unreviewed</source>
      <translation>Next unreviewed</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="187" />
      <source>Undo</source>
      <translation>Undo</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="188" />
      <source>Re-align</source>
      <translation>Re-align</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="189" />
      <source>Export</source>
      <translation>Export</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="190" />
      <source>Original</source>
      <translation>Original</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="191" />
      <source>Translation</source>
      <translation>Translation</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="192" />
      <source>Both</source>
      <translation>Both</translation>
    </message>
    <message>
      <location filename="../../desktop/paralelo/gui/actions.py" line="193" />
      <source>Diff</source>
      <translation>Diff</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <source>Importing documents</source>
      <translation>Importing documents</translation>
    </message>
    <message>
      <source>at least one English document is needed</source>
      <translation>at least one English document is needed</translation>
    </message>
    <message>
      <source>unknown mode {mode} (use auto, parallel or comparable)</source>
      <translation>unknown mode {mode} (use auto, parallel or comparable)</translation>
    </message>
    <message>
      <source>Documents ready</source>
      <translation>Documents ready</translation>
    </message>
    <message>
      <source>Facts compared</source>
      <translation>Facts compared</translation>
    </message>
    <message>
      <source>Comparing facts</source>
      <translation>Comparing facts</translation>
    </message>
    <message>
      <source>nothing to re-align: the session needs a Spanish and an English document</source>
      <translation>nothing to re-align: the session needs a Spanish and an English document</translation>
    </message>
    <message>
      <source>{session}: is a folder; give a session file name to write to</source>
      <translation>{session}: is a folder; give a session file name to write to</translation>
    </message>
    <message>
      <source>{json}: --json and --session name the same file</source>
      <translation>{json}: --json and --session name the same file</translation>
    </message>
    <message>
      <source>{session}: already exists (use --force to replace it)</source>
      <translation>{session}: already exists (use --force to replace it)</translation>
    </message>
    <message>
      <source>{out}: {opt} would overwrite an input document</source>
      <translation>{out}: {opt} would overwrite an input document</translation>
    </message>
    <message>
      <source>give either --seed or --es/--en, not both</source>
      <translation>give either --seed or --es/--en, not both</translation>
    </message>
    <message>
      <source>give --es FILE and at least one --en FILE (or --seed)</source>
      <translation>give --es FILE and at least one --en FILE (or --seed)</translation>
    </message>
    <message>
      <source>{path}: holds review work on paragraphs these documents do not have ({review_counts}); use --discard-review to replace it anyway, or write to another --session file</source>
      <translation>{path}: holds review work on paragraphs these documents do not have ({review_counts}); use --discard-review to replace it anyway, or write to another --session file</translation>
    </message>
    <message>
      <source>{path}: already exists (use --force to replace it)</source>
      <translation>{path}: already exists (use --force to replace it)</translation>
    </message>
    <message>
      <source>{exc}; its review cannot be read to carry it over: use --discard-review to replace it anyway</source>
      <translation>{exc}; its review cannot be read to carry it over: use --discard-review to replace it anyway</translation>
    </message>
    <message>
      <source>{path}: cannot create a session there ({cause})</source>
      <translation>{path}: cannot create a session there ({cause})</translation>
    </message>
    <message>
      <source>unknown status {status} (use {value})</source>
      <translation>unknown status {status} (use {value})</translation>
    </message>
    <message>
      <source>{out}: refusing to overwrite the input file</source>
      <translation>{out}: refusing to overwrite the input file</translation>
    </message>
    <message>
      <source>unknown models action {cmd}</source>
      <translation>unknown models action {cmd}</translation>
    </message>
    <message>
      <source>Aligned</source>
      <translation>Aligned</translation>
    </message>
    <message>
      <source>unknown alignment mode {m} (use auto, parallel or comparable)</source>
      <translation>unknown alignment mode {m} (use auto, parallel or comparable)</translation>
    </message>
    <message>
      <source>{where}: not a valid link calibration ({value})</source>
      <translation>{where}: not a valid link calibration ({value})</translation>
    </message>
    <message>
      <source>{p}: cannot read the link calibration ({exc})</source>
      <translation>{p}: cannot read the link calibration ({exc})</translation>
    </message>
    <message>
      <source>{where}: not a valid parallel score calibration ({value})</source>
      <translation>{where}: not a valid parallel score calibration ({value})</translation>
    </message>
    <message>
      <source>{p}: cannot read the parallel score calibration ({exc})</source>
      <translation>{p}: cannot read the parallel score calibration ({exc})</translation>
    </message>
    <message>
      <source>Comparing paragraphs</source>
      <translation>Comparing paragraphs</translation>
    </message>
    <message>
      <source>alignment lexicon missing ({exc}); reinstall Paralelo</source>
      <translation>alignment lexicon missing ({exc}); reinstall Paralelo</translation>
    </message>
    <message>
      <source>Aligning paragraphs</source>
      <translation>Aligning paragraphs</translation>
    </message>
    <message>
      <source>{target}: is a folder; give a file name to write to</source>
      <translation>{target}: is a folder; give a file name to write to</translation>
    </message>
    <message>
      <source>{folder}: no such folder</source>
      <translation>{folder}: no such folder</translation>
    </message>
    <message>
      <source>{folder}: cannot write here ({value})</source>
      <translation>{folder}: cannot write here ({value})</translation>
    </message>
    <message>
      <source>{target}: cannot write ({value})</source>
      <translation>{target}: cannot write ({value})</translation>
    </message>
    <message>
      <source>built-in fact tables missing: no *.tsv in {builtin_facts_dir}; reinstall Paralelo</source>
      <translation>built-in fact tables missing: no *.tsv in {builtin_facts_dir}; reinstall Paralelo</translation>
    </message>
    <message>
      <source>built-in fact tables missing ({exc}); reinstall Paralelo</source>
      <translation>built-in fact tables missing ({exc}); reinstall Paralelo</translation>
    </message>
    <message>
      <source>{name}: looks like a binary file, not text (NUL or control bytes)</source>
      <translation>{name}: looks like a binary file, not text (NUL or control bytes)</translation>
    </message>
    <message>
      <source>{name}: looks like a binary file, not text (control characters)</source>
      <translation>{name}: looks like a binary file, not text (control characters)</translation>
    </message>
    <message>
      <source>{name}: cannot decode: not UTF-8, UTF-16 or Windows-1252 (byte 0x{value} at offset {start})</source>
      <translation>{name}: cannot decode: not UTF-8, UTF-16 or Windows-1252 (byte 0x{value} at offset {start})</translation>
    </message>
    <message>
      <source>{name}: cannot decode: starts with a {enc} byte-order mark but byte {start} is invalid {enc2}</source>
      <translation>{name}: cannot decode: starts with a {enc} byte-order mark but byte {start} is invalid {enc2}</translation>
    </message>
    <message>
      <source>{name}: not a valid .docx file ({reason})</source>
      <translation>{name}: not a valid .docx file ({reason})</translation>
    </message>
    <message>
      <source>{name}: the PDF has no text layer (scanned images are not supported: no OCR)</source>
      <translation>{name}: the PDF has no text layer (scanned images are not supported: no OCR)</translation>
    </message>
    <message>
      <source>{name}: not a valid PDF file ({reason})</source>
      <translation>{name}: not a valid PDF file ({reason})</translation>
    </message>
    <message>
      <source>{name}: the PDF is password-protected</source>
      <translation>{name}: the PDF is password-protected</translation>
    </message>
    <message>
      <source>{shown_path}: unsupported format (a ZIP archive that is not a .docx)</source>
      <translation>{shown_path}: unsupported format (a ZIP archive that is not a .docx)</translation>
    </message>
    <message>
      <source>unknown language {lang} (use one of: {value})</source>
      <translation>unknown language {lang} (use one of: {value})</translation>
    </message>
    <message>
      <source>{name}: there is no text to import (it is empty)</source>
      <translation>{name}: there is no text to import (it is empty)</translation>
    </message>
    <message>
      <source>{shown}: contains no text</source>
      <translation>{shown}: contains no text</translation>
    </message>
    <message>
      <source>{shown}: no such file</source>
      <translation>{shown}: no such file</translation>
    </message>
    <message>
      <source>{shown}: is a directory, not a document</source>
      <translation>{shown}: is a directory, not a document</translation>
    </message>
    <message>
      <source>{shown}: not a regular file</source>
      <translation>{shown}: not a regular file</translation>
    </message>
    <message>
      <source>{shown}: too large ({value} MB; the limit is {value2} MB)</source>
      <translation>{shown}: too large ({value} MB; the limit is {value2} MB)</translation>
    </message>
    <message>
      <source>{shown}: the file is empty</source>
      <translation>{shown}: the file is empty</translation>
    </message>
    <message>
      <source>{shown}: cannot read ({value})</source>
      <translation>{shown}: cannot read ({value})</translation>
    </message>
    <message>
      <source>{shown}: not a valid file name</source>
      <translation>{shown}: not a valid file name</translation>
    </message>
    <message>
      <source>{target}: already exists and is a Paralelo HTML report; use {option} to replace it</source>
      <translation>{target}: already exists and is a Paralelo HTML report; use {option} to replace it</translation>
    </message>
    <message>
      <source>{target}: already exists and is a Paralelo review session; use {option} to replace it</source>
      <translation>{target}: already exists and is a Paralelo review session; use {option} to replace it</translation>
    </message>
    <message>
      <source>{target}: already exists and is a Paralelo JSON file; use {option} to replace it</source>
      <translation>{target}: already exists and is a Paralelo JSON file; use {option} to replace it</translation>
    </message>
    <message>
      <source>{target}: already exists and is a Paralelo TMX file; use {option} to replace it</source>
      <translation>{target}: already exists and is a Paralelo TMX file; use {option} to replace it</translation>
    </message>
    <message>
      <source>{target}: already exists and is a Paralelo CSV/TSV export; use {option} to replace it</source>
      <translation>{target}: already exists and is a Paralelo CSV/TSV export; use {option} to replace it</translation>
    </message>
    <message>
      <source>{target}: already exists and is a Paralelo workbook; use {option} to replace it</source>
      <translation>{target}: already exists and is a Paralelo workbook; use {option} to replace it</translation>
    </message>
    <message>
      <source>{target}: already exists and is not a file Paralelo wrote; use {option} to replace it</source>
      <translation>{target}: already exists and is not a file Paralelo wrote; use {option} to replace it</translation>
    </message>
    <message>
      <source>invalid alignment data: {msg}</source>
      <translation>invalid alignment data: {msg}</translation>
    </message>
    <message>
      <source>{p}: is a folder, not an alignment JSON file</source>
      <translation>{p}: is a folder, not an alignment JSON file</translation>
    </message>
    <message>
      <source>alignment format {fmt} is newer than this Paralelo understands</source>
      <translation>alignment format {fmt} is newer than this Paralelo understands</translation>
    </message>
    <message>
      <source>{p}: no such file</source>
      <translation>{p}: no such file</translation>
    </message>
    <message>
      <source>{p}: cannot read ({value})</source>
      <translation>{p}: cannot read ({value})</translation>
    </message>
    <message>
      <source>{name}: given as an English document, but it reads as Spanish</source>
      <translation>{name}: given as an English document, but it reads as Spanish</translation>
    </message>
    <message>
      <source>{es} reads as English and {en} as Spanish: are the Spanish and English sides swapped?</source>
      <translation>{es} reads as English and {en} as Spanish: are the Spanish and English sides swapped?</translation>
    </message>
    <message>
      <source>{name}: given as the Spanish document, but it reads as English</source>
      <translation>{name}: given as the Spanish document, but it reads as English</translation>
    </message>
    <message>
      <source>{name}: the same document is given as Spanish and as English; every link would match itself</source>
      <translation>{name}: the same document is given as Spanish and as English; every link would match itself</translation>
    </message>
    <message>
      <source>{name}: the same English document is given twice (also as {other})</source>
      <translation>{name}: the same English document is given twice (also as {other})</translation>
    </message>
    <message>
      <source>{exc}; reinstall Paralelo</source>
      <translation>{exc}; reinstall Paralelo</translation>
    </message>
    <message>
      <source>--dask needs dask.distributed: pip install 'paralelo[cluster]'</source>
      <translation>--dask needs dask.distributed: pip install 'paralelo[cluster]'</translation>
    </message>
    <message>
      <source>{address}: cannot reach the Dask scheduler ({exc})</source>
      <translation>{address}: cannot reach the Dask scheduler ({exc})</translation>
    </message>
    <message>
      <source>install paralelo[cluster] for URL inputs (fsspec is missing)</source>
      <translation>install paralelo[cluster] for URL inputs (fsspec is missing)</translation>
    </message>
    <message>
      <source>{url}: not a URL this installation can open ({exc})</source>
      <translation>{url}: not a URL this installation can open ({exc})</translation>
    </message>
    <message>
      <source>{path}: cannot write ({exc})</source>
      <translation>{path}: cannot write ({exc})</translation>
    </message>
    <message>
      <source>{src}: no such file</source>
      <translation>{src}: no such file</translation>
    </message>
    <message>
      <source>{src}: is a directory, not a document</source>
      <translation>{src}: is a directory, not a document</translation>
    </message>
    <message>
      <source>{src}: cannot read ({exc})</source>
      <translation>{src}: cannot read ({exc})</translation>
    </message>
    <message>
      <source>{path}: the manifest lists no pairs</source>
      <translation>{path}: the manifest lists no pairs</translation>
    </message>
    <message>
      <source>{where}: expected {{"id": ..., "es": ..., "en": ...}}</source>
      <translation>{where}: expected {{"id": ..., "es": ..., "en": ...}}</translation>
    </message>
    <message>
      <source>{where}: es must be a path and en a path or a list of paths</source>
      <translation>{where}: es must be a path and en a path or a list of paths</translation>
    </message>
    <message>
      <source>{path}: no such file or folder</source>
      <translation>{path}: no such file or folder</translation>
    </message>
    <message>
      <source>{path}: pair id {id} appears twice</source>
      <translation>{path}: pair id {id} appears twice</translation>
    </message>
    <message>
      <source>{path}: a manifest must be UTF-8 text</source>
      <translation>{path}: a manifest must be UTF-8 text</translation>
    </message>
    <message>
      <source>{path}: cannot read ({value})</source>
      <translation>{path}: cannot read ({value})</translation>
    </message>
    <message>
      <source>{where}: expected id&lt;TAB&gt;es_path&lt;TAB&gt;en_path[;en_path...]</source>
      <translation>{where}: expected id&lt;TAB&gt;es_path&lt;TAB&gt;en_path[;en_path...]</translation>
    </message>
    <message>
      <source>{where}: not a JSON object</source>
      <translation>{where}: not a JSON object</translation>
    </message>
    <message>
      <source>{path}: say the format with .tmx, .tsv or .jsonl (or --format)</source>
      <translation>{path}: say the format with .tmx, .tsv or .jsonl (or --format)</translation>
    </message>
    <message>
      <source>{outdir}: is a URL; give the review session a local file name with -o FILE.paralelo</source>
      <translation>{outdir}: is a URL; give the review session a local file name with -o FILE.paralelo</translation>
    </message>
    <message>
      <source>--worst must be at least 1</source>
      <translation>--worst must be at least 1</translation>
    </message>
    <message>
      <source>{out}: a review session is a local file (SQLite); give a local path</source>
      <translation>{out}: a review session is a local file (SQLite); give a local path</translation>
    </message>
    <message>
      <source>{target}: already exists (use --force to replace it)</source>
      <translation>{target}: already exists (use --force to replace it)</translation>
    </message>
    <message>
      <source>{outdir}: no undecided links to review</source>
      <translation>{outdir}: no undecided links to review</translation>
    </message>
    <message>
      <source>{value}: unreadable review list</source>
      <translation>{value}: unreadable review list</translation>
    </message>
    <message>
      <source>{out}: exists and is not a folder</source>
      <translation>{out}: exists and is not a folder</translation>
    </message>
    <message>
      <source>--shard-size must be at least 1</source>
      <translation>--shard-size must be at least 1</translation>
    </message>
    <message>
      <source>{out}: holds a corpus of {value}; give a new OUTDIR for another input</source>
      <translation>{out}: holds a corpus of {value}; give a new OUTDIR for another input</translation>
    </message>
    <message>
      <source>{out}: a corpus run is already going here (process {pid}; if it is not, delete {RUN_STATE} there)</source>
      <translation>{out}: a corpus run is already going here (process {pid}; if it is not, delete {RUN_STATE} there)</translation>
    </message>
    <message>
      <source>{out}: cannot create the folder ({value})</source>
      <translation>{out}: cannot create the folder ({value})</translation>
    </message>
    <message>
      <source>worker processes keep dying before finishing any shard (run with --workers 1 to see why); finished shards are kept</source>
      <translation>worker processes keep dying before finishing any shard (run with --workers 1 to see why); finished shards are kept</translation>
    </message>
    <message>
      <source>{outdir}: no such folder</source>
      <translation>{outdir}: no such folder</translation>
    </message>
    <message>
      <source>{path}: not a corpus plan this version of Paralelo reads</source>
      <translation>{path}: not a corpus plan this version of Paralelo reads</translation>
    </message>
    <message>
      <source>{path}: does not match its done marker (written twice at once?); run `paralelo corpus run` again</source>
      <translation>{path}: does not match its done marker (written twice at once?); run `paralelo corpus run` again</translation>
    </message>
    <message>
      <source>{outdir}: not a corpus folder (no {PLAN}; run `paralelo corpus run`)</source>
      <translation>{outdir}: not a corpus folder (no {PLAN}; run `paralelo corpus run`)</translation>
    </message>
    <message>
      <source>{path}: unreadable corpus plan</source>
      <translation>{path}: unreadable corpus plan</translation>
    </message>
    <message>
      <source>unknown export format {fmt} (use {value})</source>
      <translation>unknown export format {fmt} (use {value})</translation>
    </message>
    <message>
      <source>unknown segment type {segtype} (use paragraph or sentence)</source>
      <translation>unknown segment type {segtype} (use paragraph or sentence)</translation>
    </message>
    <message>
      <source>{out}: cannot tell the format from the extension; use --format ({value})</source>
      <translation>{out}: cannot tell the format from the extension; use --format ({value})</translation>
    </message>
    <message>
      <source>unknown status filter {status} (use {value})</source>
      <translation>unknown status filter {status} (use {value})</translation>
    </message>
    <message>
      <source>Rows written</source>
      <translation>Rows written</translation>
    </message>
    <message>
      <source>Writing rows</source>
      <translation>Writing rows</translation>
    </message>
    <message>
      <source>Report written</source>
      <translation>Report written</translation>
    </message>
    <message>
      <source>Writing report</source>
      <translation>Writing report</translation>
    </message>
    <message>
      <source>{p}: is a folder, not a session or alignment file</source>
      <translation>{p}: is a folder, not a session or alignment file</translation>
    </message>
    <message>
      <source>{path}: this build cannot read session files</source>
      <translation>{path}: this build cannot read session files</translation>
    </message>
    <message>
      <source>TMX written</source>
      <translation>TMX written</translation>
    </message>
    <message>
      <source>Writing TMX</source>
      <translation>Writing TMX</translation>
    </message>
    <message>
      <source>Workbook written</source>
      <translation>Workbook written</translation>
    </message>
    <message>
      <source>Writing review sheet</source>
      <translation>Writing review sheet</translation>
    </message>
    <message>
      <source>{path}: cannot create the folder ({value})</source>
      <translation>{path}: cannot create the folder ({value})</translation>
    </message>
    <message>
      <source>{path}: could not finish writing the session</source>
      <translation>{path}: could not finish writing the session</translation>
    </message>
    <message>
      <source>{path}: cannot write the session ({reason}); {left}</source>
      <translation>{path}: cannot write the session ({reason}); {left}</translation>
    </message>
    <message>
      <source>{path}: the file is empty (0 bytes), not a Paralelo session</source>
      <translation>{path}: the file is empty (0 bytes), not a Paralelo session</translation>
    </message>
    <message>
      <source>{path}: not a Paralelo session (not an SQLite database)</source>
      <translation>{path}: not a Paralelo session (not an SQLite database)</translation>
    </message>
    <message>
      <source>{path}: the session file is truncated ({len} bytes)</source>
      <translation>{path}: the session file is truncated ({len} bytes)</translation>
    </message>
    <message>
      <source>{path}: the session file is damaged (bad page size)</source>
      <translation>{path}: the session file is damaged (bad page size)</translation>
    </message>
    <message>
      <source>{path}: the session file is truncated ({actual} of {expected} bytes); it may have been copied incompletely</source>
      <translation>{path}: the session file is truncated ({actual} of {expected} bytes); it may have been copied incompletely</translation>
    </message>
    <message>
      <source>{path}: the session file is damaged (its size is not a whole number of pages)</source>
      <translation>{path}: the session file is damaged (its size is not a whole number of pages)</translation>
    </message>
    <message>
      <source>{path}: an SQLite database, but not a Paralelo session</source>
      <translation>{path}: an SQLite database, but not a Paralelo session</translation>
    </message>
    <message>
      <source>{path}: made by a newer Paralelo (session format {version}; this version reads up to {max_version}); update Paralelo to open it</source>
      <translation>{path}: made by a newer Paralelo (session format {version}; this version reads up to {max_version}); update Paralelo to open it</translation>
    </message>
    <message>
      <source>{path}: the session was never fully created</source>
      <translation>{path}: the session was never fully created</translation>
    </message>
    <message>
      <source>{path}: no such session file</source>
      <translation>{path}: no such session file</translation>
    </message>
    <message>
      <source>{path}: permission denied</source>
      <translation>{path}: permission denied</translation>
    </message>
    <message>
      <source>{path}: cannot read the session ({explain})</source>
      <translation>{path}: cannot read the session ({explain})</translation>
    </message>
    <message>
      <source>{path}: cannot be opened as a database ({exc})</source>
      <translation>{path}: cannot be opened as a database ({exc})</translation>
    </message>
    <message>
      <source>{path}: the session file is damaged ({exc})</source>
      <translation>{path}: the session file is damaged ({exc})</translation>
    </message>
    <message>
      <source>{path}: the session file is damaged (its {table} table is missing)</source>
      <translation>{path}: the session file is damaged (its {table} table is missing)</translation>
    </message>
    <message>
      <source>{path}: the session file is damaged (column {table}.{value} is missing)</source>
      <translation>{path}: the session file is damaged (column {table}.{value} is missing)</translation>
    </message>
    <message>
      <source>{path}: the session file is damaged ({value})</source>
      <translation>{path}: the session file is damaged ({value})</translation>
    </message>
    <message>
      <source>cannot use write-ahead logging for this session file (journal mode {mode}); is it on a network drive?</source>
      <translation>cannot use write-ahead logging for this session file (journal mode {mode}); is it on a network drive?</translation>
    </message>
    <message>
      <source>{path}: cannot create the session ({value})</source>
      <translation>{path}: cannot create the session ({value})</translation>
    </message>
    <message>
      <source>{path}: could not lock the session for editing</source>
      <translation>{path}: could not lock the session for editing</translation>
    </message>
    <message>
      <source>{path}: already open for editing in another Paralelo window{who}; close it there, or open this session read-only</source>
      <translation>{path}: already open for editing in another Paralelo window{who}; close it there, or open this session read-only</translation>
    </message>
    <message>
      <source>{path}: cannot edit here ({value}); open the session read-only, or save a copy somewhere writable</source>
      <translation>{path}: cannot edit here ({value}); open the session read-only, or save a copy somewhere writable</translation>
    </message>
    <message>
      <source>{path}: the disk is full; cannot open the session for editing (free some space and try again)</source>
      <translation>{path}: the disk is full; cannot open the session for editing (free some space and try again)</translation>
    </message>
    <message>
      <source>link {value} does not exist (any more)</source>
      <translation>link {value} does not exist (any more)</translation>
    </message>
    <message>
      <source>cannot {value} this step: the session no longer matches it ({exc})</source>
      <translation>cannot {value} this step: the session no longer matches it ({exc})</translation>
    </message>
    <message>
      <source>link {link_id} does not exist (any more)</source>
      <translation>link {link_id} does not exist (any more)</translation>
    </message>
    <message>
      <source>invalid alignment data ({name}: {exc})</source>
      <translation>invalid alignment data ({name}: {exc})</translation>
    </message>
    <message>
      <source>invalid alignment data: link {value} refers to Spanish paragraph {i}, which does not exist</source>
      <translation>invalid alignment data: link {value} refers to Spanish paragraph {i}, which does not exist</translation>
    </message>
    <message>
      <source>invalid alignment data: link {value} refers to English paragraph {p} of {d}, which does not exist</source>
      <translation>invalid alignment data: link {value} refers to English paragraph {p} of {d}, which does not exist</translation>
    </message>
    <message>
      <source>{path}: already exists</source>
      <translation>{path}: already exists</translation>
    </message>
    <message>
      <source>{path}: the session is closed</source>
      <translation>{path}: the session is closed</translation>
    </message>
    <message>
      <source>{path}: opened read-only; open it for editing to make changes</source>
      <translation>{path}: opened read-only; open it for editing to make changes</translation>
    </message>
    <message>
      <source>{path}: cannot open for editing ({explain})</source>
      <translation>{path}: cannot open for editing ({explain})</translation>
    </message>
    <message>
      <source>{path}: the session already holds an alignment; use replace_auto_links to re-align</source>
      <translation>{path}: the session already holds an alignment; use replace_auto_links to re-align</translation>
    </message>
    <message>
      <source>select at least one Spanish and one English paragraph to link</source>
      <translation>select at least one Spanish and one English paragraph to link</translation>
    </message>
    <message>
      <source>select two or more links to merge</source>
      <translation>select two or more links to merge</translation>
    </message>
    <message>
      <source>the paragraph is already in that link</source>
      <translation>the paragraph is already in that link</translation>
    </message>
    <message>
      <source>a split needs two or more non-empty parts</source>
      <translation>a split needs two or more non-empty parts</translation>
    </message>
    <message>
      <source>the parts must share out exactly the paragraphs of link {link_id}</source>
      <translation>the parts must share out exactly the paragraphs of link {link_id}</translation>
    </message>
    <message>
      <source>link {from_link} does not hold that paragraph</source>
      <translation>link {from_link} does not hold that paragraph</translation>
    </message>
    <message>
      <source>there is no Spanish paragraph {i}</source>
      <translation>there is no Spanish paragraph {i}</translation>
    </message>
    <message>
      <source>there is no English paragraph {p} in {d}</source>
      <translation>there is no English paragraph {p} in {d}</translation>
    </message>
    <message>
      <source>{path}: the edit conflicts with the session ({exc})</source>
      <translation>{path}: the edit conflicts with the session ({exc})</translation>
    </message>
    <message>
      <source>{path}: the session file is damaged ({detail})</source>
      <translation>{path}: the session file is damaged ({detail})</translation>
    </message>
    <message>
      <source>{path}: the session is busy in another process</source>
      <translation>{path}: the session is busy in another process</translation>
    </message>
    <message>
      <source>{path}: cannot write ({msg})</source>
      <translation>{path}: cannot write ({msg})</translation>
    </message>
    <message>
      <source>Argos model {model} {version} is damaged: {part} cannot be loaded ({reason}); reinstall it (`paralelo models install FILE`) or remove it (`paralelo models remove {name}`)</source>
      <translation>Argos model {model} {version} is damaged: {part} cannot be loaded ({reason}); reinstall it (`paralelo models install FILE`) or remove it (`paralelo models remove {name}`)</translation>
    </message>
    <message>
      <source>could not download the {from_code}→{to_code} model ({last})</source>
      <translation>could not download the {from_code}→{to_code} model ({last})</translation>
    </message>
    <message>
      <source>model index must be an http(s) URL, not {url}</source>
      <translation>model index must be an http(s) URL, not {url}</translation>
    </message>
    <message>
      <source>the Argos model index has no {from_code}→{to_code} package</source>
      <translation>the Argos model index has no {from_code}→{to_code} package</translation>
    </message>
    <message>
      <source>cannot reach the Argos model index ({reason}); no network? Install a downloaded file with `paralelo models install FILE.argosmodel`</source>
      <translation>cannot reach the Argos model index ({reason}); no network? Install a downloaded file with `paralelo models install FILE.argosmodel`</translation>
    </message>
    <message>
      <source>the Argos model index at {url} is not valid JSON</source>
      <translation>the Argos model index at {url} is not valid JSON</translation>
    </message>
    <message>
      <source>unknown engine {name} (choose from {value})</source>
      <translation>unknown engine {name} (choose from {value})</translation>
    </message>
    <message>
      <source>PARALELO_APERTIUM_TIMEOUT must be a number of seconds</source>
      <translation>PARALELO_APERTIUM_TIMEOUT must be a number of seconds</translation>
    </message>
    <message>
      <source>no Argos es→en model is installed (try `paralelo models install FILE.argosmodel` or `paralelo models download es en`)</source>
      <translation>no Argos es→en model is installed (try `paralelo models install FILE.argosmodel` or `paralelo models download es en`)</translation>
    </message>
    <message>
      <source>Apertium is not available: install the `apertium` and `apertium-eng-spa` packages (mode spa-eng_US)</source>
      <translation>Apertium is not available: install the `apertium` and `apertium-eng-spa` packages (mode spa-eng_US)</translation>
    </message>
    <message>
      <source>{label}: metadata.json is larger than {value} KB</source>
      <translation>{label}: metadata.json is larger than {value} KB</translation>
    </message>
    <message>
      <source>{label}: {len} files inside, more than a model has</source>
      <translation>{label}: {len} files inside, more than a model has</translation>
    </message>
    <message>
      <source>{label}: unpacks to {value} GB, more than any translation model needs</source>
      <translation>{label}: unpacks to {value} GB, more than any translation model needs</translation>
    </message>
    <message>
      <source>{label}: an Argos model must hold exactly one top folder (found {len})</source>
      <translation>{label}: an Argos model must hold exactly one top folder (found {len})</translation>
    </message>
    <message>
      <source>{label}: no metadata.json in {top}/</source>
      <translation>{label}: no metadata.json in {top}/</translation>
    </message>
    <message>
      <source>{name}: not an Argos model (not a zip archive)</source>
      <translation>{name}: not an Argos model (not a zip archive)</translation>
    </message>
    <message>
      <source>{name}: this package translates {value}→{value2}; Paralelo needs {FROM_CODE}→{TO_CODE}</source>
      <translation>{name}: this package translates {value}→{value2}; Paralelo needs {FROM_CODE}→{TO_CODE}</translation>
    </message>
    <message>
      <source>{label}: metadata.json is not valid JSON ({reason})</source>
      <translation>{label}: metadata.json is not valid JSON ({reason})</translation>
    </message>
    <message>
      <source>{label}: bad metadata.json: {exc}</source>
      <translation>{label}: bad metadata.json: {exc}</translation>
    </message>
    <message>
      <source>{label}: unsafe path inside the archive: {n}</source>
      <translation>{label}: unsafe path inside the archive: {n}</translation>
    </message>
    <message>
      <source>{label}: missing {needed} (not a CTranslate2 SentencePiece package)</source>
      <translation>{label}: missing {needed} (not a CTranslate2 SentencePiece package)</translation>
    </message>
    <message>
      <source>{label}: corrupt archive ({exc})</source>
      <translation>{label}: corrupt archive ({exc})</translation>
    </message>
    <message>
      <source>{label}: unsupported archive ({exc})</source>
      <translation>{label}: unsupported archive ({exc})</translation>
    </message>
    <message>
      <source>{name}: cannot read ({value})</source>
      <translation>{name}: cannot read ({value})</translation>
    </message>
    <message>
      <source>{name}: {filename} unpacks to more than the archive declares (refused)</source>
      <translation>{name}: {filename} unpacks to more than the archive declares (refused)</translation>
    </message>
    <message>
      <source>no installed model named {name} ({names})</source>
      <translation>no installed model named {name} ({names})</translation>
    </message>
    <message>
      <source>{name}: installation failed (nothing unpacked)</source>
      <translation>{name}: installation failed (nothing unpacked)</translation>
    </message>
    <message>
      <source>{name}: cannot install: {os_reason}</source>
      <translation>{name}: cannot install: {os_reason}</translation>
    </message>
    <message>
      <source>{name}: cannot install: {os_reason}; nothing was changed</source>
      <translation>{name}: cannot install: {os_reason}; nothing was changed</translation>
    </message>
    <message>
      <source>{name}: cannot remove ({value})</source>
      <translation>{name}: cannot remove ({value})</translation>
    </message>
    <message>
      <source>{value} translated none of {len} paragraph(s): {first}</source>
      <translation>{value} translated none of {len} paragraph(s): {first}</translation>
    </message>
    <message>
      <source>No machine translation</source>
      <translation>No machine translation</translation>
    </message>
    <message>
      <source>Translating with {name}</source>
      <translation>Translating with {name}</translation>
    </message>
    <message>
      <source>Aligning {name}</source>
      <translation>Aligning {name}</translation>
    </message>
    <message>
      <source>Opening {name}</source>
      <translation>Opening {name}</translation>
    </message>
    <message>
      <source>Saving</source>
      <translation>Saving</translation>
    </message>
    <message>
      <source>Installing model</source>
      <translation>Installing model</translation>
    </message>
    <message>
      <source>{path}: this is the session itself; choose another name</source>
      <translation>{path}: this is the session itself; choose another name</translation>
    </message>
    <message>
      <source>{path}: cannot save the session there ({reason})</source>
      <translation>{path}: cannot save the session there ({reason})</translation>
    </message>
    <message>
      <source>this session is open read-only: changes cannot be saved</source>
      <translation>this session is open read-only: changes cannot be saved</translation>
    </message>
  </context>
</TS>