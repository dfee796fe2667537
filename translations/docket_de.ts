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
