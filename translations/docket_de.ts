<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApiError</name>
    <message>
        <source>The server could not be reached or the connection dropped.</source>
        <translation>Der Server war nicht erreichbar oder die Verbindung ist abgebrochen.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The secure connection could not be verified.</source>
        <translation>Die sichere Verbindung konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Der Server hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The API key was rejected: it is wrong, revoked, or belongs to another region.</source>
        <translation>Der API-Schlüssel wurde abgelehnt: Er ist falsch, widerrufen oder gehört zu einer anderen Region.</translation>
    </message>
    <message>
        <source>The account is out of credits.</source>
        <translation>Das Konto hat kein Guthaben mehr.</translation>
    </message>
    <message>
        <source>This key has no access to that project or organization.</source>
        <translation>Dieser Schlüssel hat keinen Zugriff auf dieses Projekt oder diese Organisation.</translation>
    </message>
    <message>
        <source>The server does not know that item.</source>
        <translation>Der Server kennt diesen Eintrag nicht.</translation>
    </message>
    <message>
        <source>The server reported a conflict.</source>
        <translation>Der Server hat einen Konflikt gemeldet.</translation>
    </message>
    <message>
        <source>The file is larger than the server accepts.</source>
        <translation>Die Datei ist größer, als der Server annimmt.</translation>
    </message>
    <message>
        <source>The server rejected some values.</source>
        <translation>Der Server hat einige Werte abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests; the server asks to wait %n second(s).</source>
        <translation>
            <numerusform>Zu viele Anfragen; der Server bittet, %n Sekunde zu warten.</numerusform>
            <numerusform>Zu viele Anfragen; der Server bittet, %n Sekunden zu warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests; the server asks to slow down.</source>
        <translation>Zu viele Anfragen; der Server bittet darum, seltener anzufragen.</translation>
    </message>
    <message>
        <source>The server had an internal problem.</source>
        <translation>Der Server hatte ein internes Problem.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected status.</source>
        <translation>Der Server hat mit einem unerwarteten Status geantwortet.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON.</source>
        <translation>Die Antwort des Servers ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not have the expected shape.</source>
        <translation>Die Antwort des Servers hat nicht die erwartete Struktur.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The request could not be prepared.</source>
        <translation>Die Anfrage konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>Field: %1.</source>
        <translation>Feld: %1.</translation>
    </message>
</context>
<context>
    <name>Extractor</name>
    <message>
        <source>The PDF is corrupt or not a PDF; it could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is password-protected; remove the password and upload it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF has no pages (it is empty or corrupt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 could not be read by OCR: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages %1 of the PDF could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text was found on pages %1, even by OCR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages %1 have no text layer (scanned?); MULTIMODAL mode reads them by OCR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum number of pages must be at least 1 (it is %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the requested pages (%1) is in the document, which has 1 page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the requested pages (%1) is in the document, which has %2 pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is too large to read (%2 MiB; at most %3 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file type of &quot;%1&quot; is not supported (text, Markdown, CSV, JSON, XML, HTML, PDF, DOCX, ODT, PNG, JPEG and TIFF are).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be read completely: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputCheck</name>
    <message>
        <source>Give either a directory_id or item_ids, not both or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either a configuration or a configuration_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, not %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at least %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs between %2 and %3 entries; it has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 characters; at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Partially succeeded</source>
        <translation>Teilweise erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Unbekannt (%1)</translation>
    </message>
</context>
<context>
    <name>LexicalClassifier</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pages %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule matched: the document has no readable text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule matched: the rules contain no usable words to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule matched: none of the rules&apos; words occur in the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; next best &quot;%1&quot; scored %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Against it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule matched convincingly: the best candidate &quot;%1&quot; scored %2 (a match needs %3) on %4%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule matched convincingly: &quot;%1&quot; (score %2) and &quot;%3&quot; (score %4) are too close to tell apart. Evidence for &quot;%1&quot;: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched &quot;%1&quot; (score %2%3). Evidence: %4.%5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ocr</name>
    <message>
        <source>OCR is not available: no Tesseract language data is installed (tesseract-ocr-eng).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OCR data for the language &quot;%1&quot; is installed; English was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR could not start (Tesseract failed to load &quot;%1&quot; from %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page could not be rendered for OCR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is corrupt or in an unsupported format (PNG, JPEG and TIFF are read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is too large to read (%1 x %2 pixels; at most %3 megapixels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of the TIFF is too large to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is corrupt and could not be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeFormats</name>
    <message>
        <source>The %1 file is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a %1 document (it has no %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file is damaged: its XML is not well-formed (line %2: %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageRanges</name>
    <message>
        <source>Enter at least one page, e.g. &quot;1,3,5-7&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty item in the page list &quot;%1&quot; (check the commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a page: pages are counted from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a page or a range of pages (use e.g. 5 or 5-7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: pages are counted from 1, there is no page 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the range is reversed (write %2-%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; covers too many pages (at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page list covers too many pages (at most %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleValidator</name>
    <message>
        <source>The type must not be empty.</source>
        <translation>Der Typ darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The type has %1 characters; at most %2 are allowed.</source>
        <translation>Der Typ hat %1 Zeichen; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>Use only letters, digits, spaces, hyphens and underscores.</source>
        <translation>Verwenden Sie nur Buchstaben, Ziffern, Leerzeichen, Bindestriche und Unterstriche.</translation>
    </message>
    <message>
        <source>Remove the spaces at the start or end.</source>
        <translation>Entfernen Sie die Leerzeichen am Anfang oder Ende.</translation>
    </message>
    <message>
        <source>The description has %1 characters; at least %2 are needed.</source>
        <translation>Die Beschreibung hat %1 Zeichen; mindestens %2 sind nötig.</translation>
    </message>
    <message>
        <source>The description has %1 characters; at most %2 are allowed.</source>
        <translation>Die Beschreibung hat %1 Zeichen; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>Add at least one rule.</source>
        <translation>Fügen Sie mindestens eine Regel hinzu.</translation>
    </message>
    <message>
        <source>Another rule already uses this type.</source>
        <translation>Eine andere Regel verwendet diesen Typ bereits.</translation>
    </message>
</context>
<context>
    <name>TextFormats</name>
    <message>
        <source>The file&apos;s text encoding is damaged (its byte-order mark does not match its content).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not text (it looks like binary data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML is not well-formed (line %1, column %2: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON is invalid at offset %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>The file is not a valid ZIP archive (it is truncated or corrupt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP64 archives are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP archive&apos;s directory is damaged (the file is truncated or corrupt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP archive&apos;s directory is damaged (entry %1 of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive has no member &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive member &quot;%1&quot; is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive member &quot;%1&quot; is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive member &quot;%1&quot; expands to more than %2 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start decompressing &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive member &quot;%1&quot; is corrupt (it does not decompress).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive member &quot;%1&quot; uses an unsupported compression method (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive member &quot;%1&quot; is corrupt (checksum mismatch).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::api::ApiRequest</name>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No connection within %1 s.</source>
        <translation>Keine Verbindung innerhalb von %1 s.</translation>
    </message>
    <message>
        <source>No data for %1 s.</source>
        <translation>Seit %1 s keine Daten.</translation>
    </message>
</context>
<context>
    <name>docket::ui::AboutDialog</name>
    <message>
        <source>About Docket</source>
        <translation>Über Docket</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Classifies documents with LlamaCloud&apos;s Classify API, or offline with its own local engine, and keeps track of every job.</source>
        <translation>Klassifiziert Dokumente mit der Classify-API von LlamaCloud oder offline mit der eigenen lokalen Engine und behält jeden Job im Blick.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2</source>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2</translation>
    </message>
    <message>
        <source>Copyright © 2026 The Docket authors&lt;br&gt;Licensed under the &lt;a href=&quot;%1&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt; (GPL-3.0-or-later).</source>
        <translation>Copyright © 2026 Die Docket-Autoren&lt;br&gt;Lizenziert unter der &lt;a href=&quot;%1&quot;&gt;GNU General Public License, Version 3 oder später&lt;/a&gt; (GPL-3.0-or-later).</translation>
    </message>
</context>
<context>
    <name>docket::ui::BatchJobModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>Jobtyp</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>Job-ID</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>docket::ui::ClassifierJobModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rule types</source>
        <translation>Regeltypen</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>Job-ID</translation>
    </message>
</context>
<context>
    <name>docket::ui::ClassifyJobModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Result type</source>
        <translation>Ergebnistyp</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>Job-ID</translation>
    </message>
    <message>
        <source>Configuration ID</source>
        <translation>Konfigurations-ID</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <source>%1 (server: %2)</source>
        <translation>%1 (Server: %2)</translation>
    </message>
    <message>
        <source>No rule matched this document</source>
        <translation>Keine Regel passt zu diesem Dokument</translation>
    </message>
</context>
<context>
    <name>docket::ui::DetailsPane</name>
    <message>
        <source>Select a job to see its details.</source>
        <translation>Wählen Sie einen Job aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Job ID:</source>
        <translation>Job-ID:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Aktualisiert:</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>Eingabe:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>Parsing:</source>
        <translation>Auslesen:</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>Regeln:</translation>
    </message>
    <message>
        <source>Result type:</source>
        <translation>Ergebnistyp:</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>Konfidenz:</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Reasoning:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Fortschritt:</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Elemente:</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Language %1</source>
        <translation>Sprache %1</translation>
    </message>
    <message>
        <source>, up to page %1</source>
        <translation>, bis Seite %1</translation>
    </message>
    <message>
        <source>, pages %1</source>
        <translation>, Seiten %1</translation>
    </message>
    <message>
        <source>saved configuration %1</source>
        <translation>gespeicherte Konfiguration %1</translation>
    </message>
    <message>
        <source>No match: no rule fits this document</source>
        <translation>Kein Treffer: keine Regel passt zu diesem Dokument</translation>
    </message>
    <message>
        <source>, no page limit</source>
        <translation>, ohne Seitenbegrenzung</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <source>Not classified yet</source>
        <translation>Noch nicht klassifiziert</translation>
    </message>
    <message>
        <source>Files classified: %1</source>
        <translation>Klassifizierte Dateien: %1</translation>
    </message>
    <message>
        <source>Loading results…</source>
        <translation>Ergebnisse werden geladen …</translation>
    </message>
    <message>
        <source>Directory %1</source>
        <translation>Verzeichnis %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 processed, %2 failed, %3 skipped</source>
        <translation>%1 verarbeitet, %2 fehlgeschlagen, %3 übersprungen</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 items.</source>
        <translation>Die ersten %1 von %2 Elementen werden angezeigt.</translation>
    </message>
</context>
<context>
    <name>docket::ui::FilterBar</name>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Created on or after</source>
        <translation>Erstellt am oder nach</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Created on or before</source>
        <translation>Erstellt am oder vor</translation>
    </message>
    <message>
        <source>Configuration ID</source>
        <translation>Konfigurations-ID</translation>
    </message>
    <message>
        <source>Configuration ID filter</source>
        <translation>Filter nach Konfigurations-ID</translation>
    </message>
    <message>
        <source>Job IDs</source>
        <translation>Job-IDs</translation>
    </message>
    <message>
        <source>One or more job IDs, separated by commas or spaces</source>
        <translation>Eine oder mehrere Job-IDs, durch Kommas oder Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>Job IDs filter</source>
        <translation>Filter nach Job-IDs</translation>
    </message>
    <message>
        <source>Search loaded jobs</source>
        <translation>Geladene Jobs durchsuchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All statuses (%1)</source>
        <translation>Alle Status (%1)</translation>
    </message>
</context>
<context>
    <name>docket::ui::JobBrowser</name>
    <message>
        <source>Job %1 cannot be cancelled in its current state.</source>
        <translation>Job %1 kann in seinem jetzigen Zustand nicht abgebrochen werden.</translation>
    </message>
    <message>
        <source>Could not cancel job %1: %2</source>
        <translation>Job %1 konnte nicht abgebrochen werden: %2</translation>
    </message>
    <message>
        <source>Job %1 cancelled.</source>
        <translation>Job %1 abgebrochen.</translation>
    </message>
    <message>
        <source>Batch %1 cancelled.</source>
        <translation>Stapel %1 abgebrochen.</translation>
    </message>
    <message>
        <source>Job %1 is not loaded.</source>
        <translation>Job %1 ist nicht geladen.</translation>
    </message>
    <message>
        <source>Could not re-run job %1: %2</source>
        <translation>Job %1 konnte nicht erneut ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>Job %1 re-run as %2.</source>
        <translation>Job %1 erneut ausgeführt als %2.</translation>
    </message>
</context>
<context>
    <name>docket::ui::JobExport</name>
    <message>
        <source>This view cannot be exported as JSON.</source>
        <translation>Diese Ansicht kann nicht als JSON exportiert werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>docket::ui::JobNotifier</name>
    <message>
        <source>1 job finished</source>
        <translation>1 Job fertig</translation>
    </message>
    <message>
        <source>%1 jobs finished</source>
        <translation>%1 Jobs fertig</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>%1 abgebrochen</translation>
    </message>
    <message>
        <source>Docket</source>
        <translation>Docket</translation>
    </message>
</context>
<context>
    <name>docket::ui::JobTableModel</name>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>docket::ui::MainWindow</name>
    <message>
        <source>Docket</source>
        <translation>Docket</translation>
    </message>
    <message>
        <source>Classify jobs (v2)</source>
        <translation>Klassifizierungsjobs (v2)</translation>
    </message>
    <message>
        <source>Documents you classify appear here, one job per document.</source>
        <translation>Hier erscheinen die Dokumente, die Sie klassifizieren, ein Job pro Dokument.</translation>
    </message>
    <message>
        <source>Classifier jobs (v1)</source>
        <translation>Klassifikatorjobs (v1)</translation>
    </message>
    <message>
        <source>Jobs of the classic classifier API appear here, each with all of its files.</source>
        <translation>Hier erscheinen die Jobs der klassischen Klassifikator-API, jeder mit all seinen Dateien.</translation>
    </message>
    <message>
        <source>Batch jobs</source>
        <translation>Stapeljobs</translation>
    </message>
    <message>
        <source>Batches that classify a whole folder of files appear here.</source>
        <translation>Hier erscheinen Stapel, die einen ganzen Ordner voller Dateien klassifizieren.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>No jobs yet</source>
        <translation>Noch keine Jobs</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Classify jobs (v2)</source>
        <translation>&amp;Klassifizierungsjobs (v2)</translation>
    </message>
    <message>
        <source>C&amp;lassifier jobs (v1)</source>
        <translation>K&amp;lassifikatorjobs (v1)</translation>
    </message>
    <message>
        <source>&amp;Batch jobs</source>
        <translation>&amp;Stapeljobs</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Docket</source>
        <translation>&amp;Über Docket</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>text “%1”</source>
        <translation>Text „%1“</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>created from %1 to %2</source>
        <translation>erstellt von %1 bis %2</translation>
    </message>
    <message>
        <source>configuration %1</source>
        <translation>Konfiguration %1</translation>
    </message>
    <message>
        <source>job ID %1</source>
        <translation>Job-ID %1</translation>
    </message>
    <message>
        <source>%1 job IDs</source>
        <translation>%1 Job-IDs</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Loading jobs…</source>
        <translation>Jobs werden geladen …</translation>
    </message>
    <message>
        <source>The jobs could not be loaded</source>
        <translation>Die Jobs konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Refresh (F5) tries again.</source>
        <translation>Aktualisieren (F5) versucht es erneut.</translation>
    </message>
    <message>
        <source>No loaded job matches the filters</source>
        <translation>Kein geladener Job passt zu den Filtern</translation>
    </message>
    <message>
        <source>Filtered by %1.</source>
        <translation>Gefiltert nach %1.</translation>
    </message>
    <message>
        <source>No jobs match the filters</source>
        <translation>Keine Jobs passen zu den Filtern</translation>
    </message>
    <message>
        <source>The server has no job with %1.</source>
        <translation>Der Server hat keinen Job mit %1.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>Job a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Copy Job &amp;ID</source>
        <translation>Job-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>&amp;Export Selected…</source>
        <translation>Auswahl &amp;exportieren …</translation>
    </message>
    <message>
        <source>Export &amp;All Visible…</source>
        <translation>Alle sichtbaren e&amp;xportieren …</translation>
    </message>
    <message>
        <source>R&amp;e-run</source>
        <translation>E&amp;rneut ausführen</translation>
    </message>
    <message>
        <source>&amp;Notify When My Jobs Finish</source>
        <translation>Be&amp;nachrichtigen, wenn meine Jobs fertig sind</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>&amp;Job</translation>
    </message>
    <message>
        <source>Active jobs: %1</source>
        <translation>Aktive Jobs: %1</translation>
    </message>
    <message>
        <source>Offline, retrying in %1 s</source>
        <translation>Offline, neuer Versuch in %1 s</translation>
    </message>
    <message>
        <source>Rate limited, retrying in %1 s</source>
        <translation>Anfragelimit erreicht, neuer Versuch in %1 s</translation>
    </message>
    <message>
        <source>Server trouble, retrying in %1 s</source>
        <translation>Serverprobleme, neuer Versuch in %1 s</translation>
    </message>
    <message>
        <source>Copied job ID %1.</source>
        <translation>Job-ID %1 kopiert.</translation>
    </message>
    <message>
        <source>Copied %1 job IDs.</source>
        <translation>%1 Job-IDs kopiert.</translation>
    </message>
    <message>
        <source>Export Selected Jobs</source>
        <translation>Ausgewählte Jobs exportieren</translation>
    </message>
    <message>
        <source>Export Visible Jobs</source>
        <translation>Sichtbare Jobs exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV-Dateien (*.csv);;JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportiert nach %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Classify documents with LlamaCloud&apos;s Classify API.</source>
        <translation>Dokumente mit der Classify-API von LlamaCloud klassifizieren.</translation>
    </message>
    <message>
        <source>Documents to classify.</source>
        <translation>Zu klassifizierende Dokumente.</translation>
    </message>
    <message>
        <source>docket: not a readable file: %1</source>
        <translation>docket: keine lesbare Datei: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) from the command line not added: creating jobs is not available yet.</source>
        <translation>
            <numerusform>%n Dokument von der Kommandozeile nicht hinzugefügt: Jobs anlegen ist noch nicht möglich.</numerusform>
            <numerusform>%n Dokumente von der Kommandozeile nicht hinzugefügt: Jobs anlegen ist noch nicht möglich.</numerusform>
        </translation>
    </message>
</context>
</TS>
