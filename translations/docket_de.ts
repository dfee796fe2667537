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
    <name>EnvironmentCredentialStore</name>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>Die Umgebungsvariable %1 ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>The key comes from the environment variable %1; set it there.</source>
        <translation>Der Schlüssel kommt aus der Umgebungsvariable %1; setzen Sie ihn dort.</translation>
    </message>
</context>
<context>
    <name>InputCheck</name>
    <message>
        <source>Give either a directory_id or item_ids, not both or neither.</source>
        <translation>Geben Sie entweder directory_id oder item_ids an, nicht beides und nicht keines.</translation>
    </message>
    <message>
        <source>Give either a configuration or a configuration_id.</source>
        <translation>Geben Sie entweder eine Konfiguration oder eine configuration_id an.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, not %4.</source>
        <translation>%1 muss zwischen %2 und %3 liegen, nicht %4.</translation>
    </message>
    <message>
        <source>%1 must be at least %2, not %3.</source>
        <translation>%1 muss mindestens %2 sein, nicht %3.</translation>
    </message>
    <message>
        <source>%1 needs between %2 and %3 entries; it has %4.</source>
        <translation>%1 braucht zwischen %2 und %3 Einträge; es sind %4.</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message>
        <source>%1 has %2 characters; at most %3 are allowed.</source>
        <translation>%1 hat %2 Zeichen; höchstens %3 sind erlaubt.</translation>
    </message>
    <message>
        <source>%1 needs at least one entry.</source>
        <translation>%1 braucht mindestens einen Eintrag.</translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <source>Queued</source>
        <translation>Wartend</translation>
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
    <name>MemoryCredentialStore</name>
    <message>
        <source>No API key is kept for this run.</source>
        <translation>Für diese Sitzung ist kein API-Schlüssel hinterlegt.</translation>
    </message>
</context>
<context>
    <name>PageConversion</name>
    <message>
        <source>Latin</source>
        <translation>Lateinisch</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>Kyrillisch</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>Vereinfacht</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>Traditionell</translation>
    </message>
</context>
<context>
    <name>PageRanges</name>
    <message>
        <source>Enter at least one page, e.g. &quot;1,3,5-7&quot;.</source>
        <translation>Geben Sie mindestens eine Seite an, z. B. &quot;1,3,5-7&quot;.</translation>
    </message>
    <message>
        <source>Empty item in the page list &quot;%1&quot; (check the commas).</source>
        <translation>Leerer Eintrag in der Seitenliste &quot;%1&quot; (prüfen Sie die Kommas).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a page: pages are counted from 1.</source>
        <translation>&quot;%1&quot; ist keine Seite: Seiten werden ab 1 gezählt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a page or a range of pages (use e.g. 5 or 5-7).</source>
        <translation>&quot;%1&quot; ist weder eine Seite noch ein Seitenbereich (z. B. 5 oder 5-7).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: pages are counted from 1, there is no page 0.</source>
        <translation>&quot;%1&quot;: Seiten werden ab 1 gezählt, eine Seite 0 gibt es nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the range is reversed (write %2-%3).</source>
        <translation>&quot;%1&quot;: Der Bereich ist verkehrt herum (schreiben Sie %2-%3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; covers too many pages (at most %2).</source>
        <translation>&quot;%1&quot; umfasst zu viele Seiten (höchstens %2).</translation>
    </message>
    <message>
        <source>The page list covers too many pages (at most %1).</source>
        <translation>Die Seitenliste umfasst zu viele Seiten (höchstens %1).</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>The profile has no identifier.</source>
        <translation>Das Profil hat keine Kennung.</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://llama.example.com.</source>
        <translation>Geben Sie die Serveradresse ein, zum Beispiel https://llama.example.com.</translation>
    </message>
    <message>
        <source>“%1” is not a complete address; it needs https:// and a host name.</source>
        <translation>„%1“ ist keine vollständige Adresse; sie braucht https:// und einen Hostnamen.</translation>
    </message>
    <message>
        <source>Use https:// for %1: plain http would send the API key unencrypted. Plain http is only accepted for this computer (localhost).</source>
        <translation>Verwenden Sie https:// für %1: Mit einfachem http würde der API-Schlüssel unverschlüsselt gesendet. Einfaches http wird nur für diesen Computer (localhost) akzeptiert.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>Die Adresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the server address (the part before “@”): Docket would have to store them unencrypted. Enter the address as %1.</source>
        <translation>Lassen Sie Benutzername und Passwort in der Serveradresse weg (den Teil vor „@“): Docket müsste sie unverschlüsselt speichern. Geben Sie die Adresse als %1 ein.</translation>
    </message>
</context>
<context>
    <name>QtKeychainCredentialStore</name>
    <message>
        <source>No API key is stored in the keychain for this profile.</source>
        <translation>Für dieses Profil ist kein API-Schlüssel im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The keychain refused access to the API key: %1</source>
        <translation>Der Schlüsselbund hat den Zugriff auf den API-Schlüssel verweigert: %1</translation>
    </message>
    <message>
        <source>No keychain is available on this system: %1</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar: %1</translation>
    </message>
    <message>
        <source>The keychain could not delete the API key: %1</source>
        <translation>Der Schlüsselbund konnte den API-Schlüssel nicht löschen: %1</translation>
    </message>
    <message>
        <source>No keychain is available on this system (no Secret Service answered on D-Bus): %1</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar (kein Secret Service hat über D-Bus geantwortet): %1</translation>
    </message>
    <message>
        <source>The keychain reported a problem: %1</source>
        <translation>Der Schlüsselbund hat ein Problem gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>This is not a Docket rule set file.</source>
        <translation>Dies ist keine Regelsatz-Datei von Docket.</translation>
    </message>
    <message>
        <source>Rule set format version %1 is not supported by this version of Docket.</source>
        <translation>Die Regelsatz-Formatversion %1 wird von dieser Docket-Version nicht unterstützt.</translation>
    </message>
    <message>
        <source>The rule set has no name.</source>
        <translation>Der Regelsatz hat keinen Namen.</translation>
    </message>
    <message>
        <source>The rule set has no list of rules.</source>
        <translation>Der Regelsatz hat keine Liste von Regeln.</translation>
    </message>
    <message>
        <source>Rule %1 needs a text &quot;type&quot; and a text &quot;description&quot;.</source>
        <translation>Regel %1 braucht einen Text &quot;type&quot; und einen Text &quot;description&quot;.</translation>
    </message>
</context>
<context>
    <name>RuleSetLibrary</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Give the rule set a name.</source>
        <translation>Geben Sie dem Regelsatz einen Namen.</translation>
    </message>
    <message>
        <source>Remove the spaces at the start or end of the name.</source>
        <translation>Entfernen Sie die Leerzeichen am Anfang oder Ende des Namens.</translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation>Der Name ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>There is no rule set named &quot;%1&quot;.</source>
        <translation>Es gibt keinen Regelsatz namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>A rule set named &quot;%1&quot; already exists.</source>
        <translation>Ein Regelsatz namens &quot;%1&quot; existiert bereits.</translation>
    </message>
    <message>
        <source>Cannot delete the rule set &quot;%1&quot;: %2</source>
        <translation>Der Regelsatz &quot;%1&quot; kann nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a rule set.</source>
        <translation>%1 ist zu groß für einen Regelsatz.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
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
    <name>SubmissionOptions</name>
    <message>
        <source>Unknown mode &quot;%1&quot;.</source>
        <translation>Unbekannter Modus &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>v2 jobs run in Fast mode only; choose v1 or batch for Multimodal.</source>
        <translation>v2-Jobs laufen nur im Schnellmodus; wählen Sie für Multimodal v1 oder Stapel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language the parser knows.</source>
        <translation>&quot;%1&quot; ist keine Sprache, die der Parser kennt.</translation>
    </message>
    <message>
        <source>The maximum number of pages must be at least 1.</source>
        <translation>Die maximale Seitenzahl muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>v1 and batch jobs take either a maximum number of pages or target pages, not both.</source>
        <translation>v1- und Stapeljobs nehmen entweder eine maximale Seitenzahl oder Zielseiten an, nicht beides.</translation>
    </message>
    <message>
        <source>Saved presets can only be used for v2 jobs.</source>
        <translation>Gespeicherte Vorlagen können nur für v2-Jobs verwendet werden.</translation>
    </message>
    <message>
        <source>Choose a saved preset.</source>
        <translation>Wählen Sie eine gespeicherte Vorlage.</translation>
    </message>
    <message>
        <source>Enter the address that should receive the notifications.</source>
        <translation>Geben Sie die Adresse ein, die die Benachrichtigungen empfangen soll.</translation>
    </message>
    <message>
        <source>Enter a full http:// or https:// address.</source>
        <translation>Geben Sie eine vollständige http://- oder https://-Adresse ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name.</source>
        <translation>&quot;%1&quot; ist kein gültiger Header-Name.</translation>
    </message>
    <message>
        <source>The value of header &quot;%1&quot; must be on one line.</source>
        <translation>Der Wert des Headers &quot;%1&quot; muss in einer Zeile stehen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an event name such as classify.success.</source>
        <translation>&quot;%1&quot; ist kein Ereignisname wie classify.success.</translation>
    </message>
</context>
<context>
    <name>SubmissionOutbox</name>
    <message>
        <source>Cannot open the outbox %1: %2</source>
        <translation>Der Postausgang %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the outbox %1: %2</source>
        <translation>Der Postausgang %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>Cannot remove old webhook secrets from the outbox %1: %2</source>
        <translation>Alte Webhook-Geheimnisse lassen sich nicht aus dem Postausgang %1 entfernen: %2</translation>
    </message>
</context>
<context>
    <name>docket::account::KeyValidator</name>
    <message>
        <source>If the key was created in the EU region (cloud.eu.llamaindex.ai), choose EU and check again.</source>
        <translation>Falls der Schlüssel in der Region EU (cloud.eu.llamaindex.ai) erstellt wurde, wählen Sie EU und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>If the key was created in the US region (cloud.llamaindex.ai), choose US and check again.</source>
        <translation>Falls der Schlüssel in der Region US (cloud.llamaindex.ai) erstellt wurde, wählen Sie US und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>Check that the key was created on this server.</source>
        <translation>Prüfen Sie, ob der Schlüssel auf diesem Server erstellt wurde.</translation>
    </message>
    <message>
        <source>The server at %1 rejected this API key (HTTP 401): it is wrong, revoked, or belongs to another region.</source>
        <translation>Der Server %1 hat diesen API-Schlüssel abgelehnt (HTTP 401): Er ist falsch, widerrufen oder gehört zu einer anderen Region.</translation>
    </message>
    <message>
        <source>The key is valid, but the account is out of credits (HTTP 402). Add credits or change the plan in LlamaCloud, then check again.</source>
        <translation>Der Schlüssel ist gültig, aber das Konto hat kein Guthaben mehr (HTTP 402). Laden Sie Guthaben auf oder ändern Sie den Tarif in LlamaCloud und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The key was recognised but has no access to projects (HTTP 403). Ask the organization&apos;s owner for access, or use another key.</source>
        <translation>Der Schlüssel wurde erkannt, hat aber keinen Zugriff auf Projekte (HTTP 403). Bitten Sie die Inhaberin oder den Inhaber der Organisation um Zugriff oder verwenden Sie einen anderen Schlüssel.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests (HTTP 429). Wait %n second(s), then check again.</source>
        <translation>
            <numerusform>Zu viele Anfragen (HTTP 429). Warten Sie %n Sekunde und prüfen Sie dann erneut.</numerusform>
            <numerusform>Zu viele Anfragen (HTTP 429). Warten Sie %n Sekunden und prüfen Sie dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests (HTTP 429). Wait a little, then check again.</source>
        <translation>Zu viele Anfragen (HTTP 429). Warten Sie kurz und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Could not reach %1: this computer may be offline, or the address is wrong. (%2)</source>
        <translation>%1 ist nicht erreichbar: Dieser Computer ist vielleicht offline, oder die Adresse ist falsch. (%2)</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed, so the key was not sent: the server&apos;s certificate is not trusted or the TLS handshake failed. (%2)</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen, daher wurde der Schlüssel nicht gesendet: Dem Zertifikat des Servers wird nicht vertraut, oder der TLS-Handshake ist gescheitert. (%2)</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the connection and try again.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server at %1 had an internal problem (HTTP %2). Try again later.</source>
        <translation>Der Server %1 hatte ein internes Problem (HTTP %2). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server at %1 gave an unexpected answer; is this a LlamaCloud address?</source>
        <translation>Der Server %1 hat unerwartet geantwortet; ist das eine LlamaCloud-Adresse?</translation>
    </message>
    <message>
        <source>Enter an API key first.</source>
        <translation>Geben Sie zuerst einen API-Schlüssel ein.</translation>
    </message>
    <message numerus="yes">
        <source>The key works: %n project(s) available.</source>
        <translation>
            <numerusform>Der Schlüssel funktioniert: %n Projekt verfügbar.</numerusform>
            <numerusform>Der Schlüssel funktioniert: %n Projekte verfügbar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>docket::account::ProfileStore</name>
    <message>
        <source>The built-in Local profile cannot be changed.</source>
        <translation>Das eingebaute Profil „Lokal“ kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>The profile identifier “%1” is not usable.</source>
        <translation>Die Profilkennung „%1“ ist nicht verwendbar.</translation>
    </message>
</context>
<context>
    <name>docket::account::Session</name>
    <message>
        <source>There is no profile “%1” any more.</source>
        <translation>Das Profil „%1“ gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The local engine could not be started: %1</source>
        <translation>Die lokale Engine konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The API key of “%1” cannot be read because no keychain is available on this system. Enter the key for this run only, or let Docket read it from the environment variable %2. Docket never stores the key in a plain file.
(%3)</source>
        <translation>Der API-Schlüssel von „%1“ kann nicht gelesen werden, weil auf diesem System kein Schlüsselbund verfügbar ist. Geben Sie den Schlüssel nur für diese Sitzung ein, oder lassen Sie Docket ihn aus der Umgebungsvariable %2 lesen. Docket speichert den Schlüssel nie in einer einfachen Datei.
(%3)</translation>
    </message>
    <message>
        <source>No API key is stored for “%1”. Enter it under Manage Profiles.</source>
        <translation>Für „%1“ ist kein API-Schlüssel gespeichert. Geben Sie ihn unter „Profile verwalten“ ein.</translation>
    </message>
    <message>
        <source>The API key of “%1” was kept for one run only. Enter it again.</source>
        <translation>Der API-Schlüssel von „%1“ galt nur für eine Sitzung. Geben Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>“%1” reads its API key from the environment variable %2, which is not set. Set it and restart Docket, or enter the key.</source>
        <translation>„%1“ liest seinen API-Schlüssel aus der Umgebungsvariable %2, die nicht gesetzt ist. Setzen Sie sie und starten Sie Docket neu, oder geben Sie den Schlüssel ein.</translation>
    </message>
    <message>
        <source>The keychain did not allow reading the API key of “%1”. Unlock the keychain and try again.
(%2)</source>
        <translation>Der Schlüsselbund hat das Lesen des API-Schlüssels von „%1“ nicht erlaubt. Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.
(%2)</translation>
    </message>
    <message>
        <source>The API key of “%1” could not be read: %2</source>
        <translation>Der API-Schlüssel von „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The built-in Local profile cannot be changed.</source>
        <translation>Das eingebaute Profil „Lokal“ kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>The built-in Local profile cannot be removed.</source>
        <translation>Das eingebaute Profil „Lokal“ kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>There is no such profile.</source>
        <translation>Dieses Profil gibt es nicht.</translation>
    </message>
    <message>
        <source>There is no such cloud profile.</source>
        <translation>Dieses Cloud-Profil gibt es nicht.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Geben Sie den API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>Die Umgebungsvariable %1 ist nicht gesetzt.</translation>
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
    <message>
        <source>The request was stopped because its connection was closed.</source>
        <translation>Die Anfrage wurde gestoppt, weil ihre Verbindung geschlossen wurde.</translation>
    </message>
    <message>
        <source>The profile changed; the request was not sent to the new server.</source>
        <translation>Das Profil wurde gewechselt; die Anfrage wurde nicht an den neuen Server gesendet.</translation>
    </message>
    <message>
        <source>No server is connected yet; the request was not sent.</source>
        <translation>Es ist noch kein Server verbunden; die Anfrage wurde nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>docket::jobs::FileIntake</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Unsupported type</source>
        <translation>Nicht unterstützter Typ</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Zu groß</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>The file does not exist (any more).</source>
        <translation>Die Datei existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>You do not have permission to read this file.</source>
        <translation>Sie haben keine Berechtigung, diese Datei zu lesen.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>A file with the same content is already in the list.</source>
        <translation>Eine Datei mit demselben Inhalt ist bereits in der Liste.</translation>
    </message>
    <message>
        <source>Same content as %1.</source>
        <translation>Gleicher Inhalt wie %1.</translation>
    </message>
    <message>
        <source>%1 is more than the %2 limit.</source>
        <translation>%1 überschreitet die Grenze von %2.</translation>
    </message>
    <message>
        <source>%1 files cannot be classified.</source>
        <translation>Dateien vom Typ %1 können nicht klassifiziert werden.</translation>
    </message>
</context>
<context>
    <name>docket::jobs::SubmissionRunner</name>
    <message>
        <source>There are no files to submit.</source>
        <translation>Es gibt keine Dateien zum Absenden.</translation>
    </message>
    <message>
        <source>The submission could not be saved, so nothing was sent: %1</source>
        <translation>Die Übermittlung konnte nicht gespeichert werden, daher wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The file can no longer be read: %1</source>
        <translation>Die Datei kann nicht mehr gelesen werden: %1</translation>
    </message>
    <message>
        <source>Docket cannot keep this webhook&apos;s secret safely: %1. Remove the headers/secret or set up a keychain.</source>
        <translation>Docket kann das Geheimnis dieses Webhooks nicht sicher aufbewahren: %1. Entfernen Sie die Header bzw. das Geheimnis oder richten Sie einen Schlüsselbund ein.</translation>
    </message>
    <message>
        <source>this way of submitting cannot wait for the keychain</source>
        <translation>diese Art der Übermittlung kann nicht auf den Schlüsselbund warten</translation>
    </message>
    <message>
        <source>no keychain is available</source>
        <translation>kein Schlüsselbund ist verfügbar</translation>
    </message>
    <message>
        <source>The profile changed before the submission was saved, so nothing was sent.</source>
        <translation>Das Profil wurde gewechselt, bevor die Übermittlung gespeichert war; daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The webhook secrets of this submission could not be read back from the keychain (%1), so its remaining files were not sent: a job without its webhook headers or signing secret is never created. Submit these files again.</source>
        <translation>Die Webhook-Geheimnisse dieser Übermittlung ließen sich nicht aus dem Schlüsselbund lesen (%1), daher wurden die übrigen Dateien nicht gesendet: Ein Job ohne seine Webhook-Header oder sein Signaturgeheimnis wird nie angelegt. Übermitteln Sie diese Dateien erneut.</translation>
    </message>
    <message>
        <source>what is kept there does not match this submission&apos;s webhooks</source>
        <translation>was dort gespeichert ist, passt nicht zu den Webhooks dieser Übermittlung</translation>
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
    <name>docket::ui::DropTarget</name>
    <message>
        <source>Drop files or folders to classify them</source>
        <translation>Dateien oder Ordner hier ablegen, um sie zu klassifizieren</translation>
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
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
</context>
<context>
    <name>docket::ui::NewJobDialog</name>
    <message>
        <source>New Classification</source>
        <translation>Neue Klassifizierung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Documents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dokumente&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checking files… %v of %m</source>
        <translation>Dateien werden geprüft … %v von %m</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>&amp;Dateien hinzufügen …</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>&amp;Ordner hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>One job per document (v2, recommended)</source>
        <translation>Ein Job pro Dokument (v2, empfohlen)</translation>
    </message>
    <message>
        <source>One job for many documents (v1, up to 500 each)</source>
        <translation>Ein Job für viele Dokumente (v1, je bis zu 500)</translation>
    </message>
    <message>
        <source>A batch job (beta)</source>
        <translation>Ein Stapeljob (Beta)</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Rules edited here</source>
        <translation>Hier bearbeitete Regeln</translation>
    </message>
    <message>
        <source>A preset saved on the server (v2 jobs only).</source>
        <translation>Eine auf dem Server gespeicherte Vorlage (nur v2-Jobs).</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>&amp;Verwenden:</translation>
    </message>
    <message>
        <source>&amp;Edit Rules…</source>
        <translation>Regeln &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>Save as &amp;Preset…</source>
        <translation>Als Vor&amp;lage speichern …</translation>
    </message>
    <message>
        <source>Save these rules and parsing options on the server for v2 jobs.</source>
        <translation>Diese Regeln und Einleseoptionen für v2-Jobs auf dem Server speichern.</translation>
    </message>
    <message>
        <source>Reading the documents</source>
        <translation>Einlesen der Dokumente</translation>
    </message>
    <message>
        <source>Notify a web address (webhook)</source>
        <translation>Eine Webadresse benachrichtigen (Webhook)</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>One per line, e.g. Authorization: Bearer …</source>
        <translation>Einer pro Zeile, z. B. Authorization: Bearer …</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>All events (or e.g. classify.success, classify.error)</source>
        <translation>Alle Ereignisse (oder z. B. classify.success, classify.error)</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Ereignisse:</translation>
    </message>
    <message>
        <source>Optional; signs each delivery (LC-Signature)</source>
        <translation>Optional; signiert jede Zustellung (LC-Signature)</translation>
    </message>
    <message>
        <source>Signing secret:</source>
        <translation>Signaturgeheimnis:</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>Ab&amp;senden</translation>
    </message>
    <message>
        <source>Load a saved rule set…</source>
        <translation>Gespeicherten Regelsatz laden …</translation>
    </message>
    <message>
        <source>Tick to send this file anyway.</source>
        <translation>Ankreuzen, um diese Datei trotzdem zu senden.</translation>
    </message>
    <message>
        <source>Drop files or folders here, or use Add Files…</source>
        <translation>Dateien oder Ordner hier ablegen oder „Dateien hinzufügen …“ verwenden</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) to send (%1)</source>
        <translation>
            <numerusform>%n Dokument zu senden (%1)</numerusform>
            <numerusform>%n Dokumente zu senden (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n left out</source>
        <translation>
            <numerusform>, %n ausgelassen</numerusform>
            <numerusform>, %n ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s); each can be retried safely. Fast mode only.</source>
        <translation>
            <numerusform>%n Job; kann gefahrlos wiederholt werden. Nur Schnellmodus.</numerusform>
            <numerusform>%n Jobs; jeder kann gefahrlos wiederholt werden. Nur Schnellmodus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n v1 job(s) of at most 500 documents.</source>
        <translation>
            <numerusform>%n v1-Job mit höchstens 500 Dokumenten.</numerusform>
            <numerusform>%n v1-Jobs mit je höchstens 500 Dokumenten.</numerusform>
        </translation>
    </message>
    <message>
        <source>One batch job over all documents.</source>
        <translation>Ein Stapeljob über alle Dokumente.</translation>
    </message>
    <message>
        <source>The server refused some rules; open Edit Rules to see where.</source>
        <translation>Der Server hat einige Regeln abgelehnt; öffnen Sie „Regeln bearbeiten“, um zu sehen, wo.</translation>
    </message>
    <message>
        <source>Preset &quot;%1&quot;: %2</source>
        <translation>Vorlage &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>No rules yet: add one for each type of document you expect.</source>
        <translation>Noch keine Regeln: Fügen Sie für jeden erwarteten Dokumenttyp eine hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s): %1</source>
        <translation>
            <numerusform>%n Regel: %1</numerusform>
            <numerusform>%n Regeln: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add at least one document.</source>
        <translation>Fügen Sie mindestens ein Dokument hinzu.</translation>
    </message>
    <message>
        <source>No document can be sent as listed.</source>
        <translation>Keines der aufgeführten Dokumente kann gesendet werden.</translation>
    </message>
    <message>
        <source>Still checking files…</source>
        <translation>Dateien werden noch geprüft …</translation>
    </message>
    <message>
        <source>Submitting is not available.</source>
        <translation>Absenden ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation>Der Server meldet: %1</translation>
    </message>
    <message>
        <source>Saved presets could not be loaded: %1</source>
        <translation>Gespeicherte Vorlagen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
    <message>
        <source>Save as Preset</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>Name der Vorlage:</translation>
    </message>
    <message>
        <source>Add Documents</source>
        <translation>Dokumente hinzufügen</translation>
    </message>
    <message>
        <source>Add a Folder of Documents</source>
        <translation>Ordner mit Dokumenten hinzufügen</translation>
    </message>
</context>
<context>
    <name>docket::ui::NewJobLauncher</name>
    <message>
        <source>&amp;Add Files…</source>
        <translation>&amp;Dateien hinzufügen …</translation>
    </message>
    <message>
        <source>Choose documents to classify</source>
        <translation>Dokumente zum Klassifizieren auswählen</translation>
    </message>
    <message>
        <source>Add Documents</source>
        <translation>Dokumente hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Folder…</source>
        <translation>&amp;Ordner hinzufügen …</translation>
    </message>
    <message>
        <source>Choose a folder of documents to classify, with its subfolders</source>
        <translation>Einen Ordner mit Dokumenten zum Klassifizieren auswählen, samt Unterordnern</translation>
    </message>
    <message>
        <source>Add a Folder of Documents</source>
        <translation>Ordner mit Dokumenten hinzufügen</translation>
    </message>
    <message>
        <source>The server refused the submission; fix what the dialog shows and submit again.</source>
        <translation>Der Server hat die Übermittlung abgelehnt; beheben Sie, was der Dialog anzeigt, und senden Sie erneut ab.</translation>
    </message>
    <message numerus="yes">
        <source>Resumed after Docket was last closed: %n document(s) were still on their way.</source>
        <translation>
            <numerusform>Nach dem letzten Beenden von Docket fortgesetzt: %n Dokument war noch unterwegs.</numerusform>
            <numerusform>Nach dem letzten Beenden von Docket fortgesetzt: %n Dokumente waren noch unterwegs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resumed %n unfinished submission(s)</source>
        <translation>
            <numerusform>%n unvollständige Übermittlung fortgesetzt</numerusform>
            <numerusform>%n unvollständige Übermittlungen fortgesetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>: %n document(s) left.</source>
        <translation>
            <numerusform>: %n Dokument ausstehend.</numerusform>
            <numerusform>: %n Dokumente ausstehend.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>docket::ui::NewJobProgressDialog</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Wird hochgeladen</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <source>Creating job</source>
        <translation>Job wird angelegt</translation>
    </message>
    <message>
        <source>Job created</source>
        <translation>Job angelegt</translation>
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
        <source>Sending Documents</source>
        <translation>Dokumente werden gesendet</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Cancel &amp;Sending</source>
        <translation>Senden &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>Fehlgeschlagene &amp;wiederholen</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>%1 von %2 gesendet</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n job(s) created</source>
        <translation>
            <numerusform>%1 von %n Job angelegt</numerusform>
            <numerusform>%1 von %n Jobs angelegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fehlgeschlagen</numerusform>
            <numerusform>, %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n cancelled</source>
        <translation>
            <numerusform>, %n abgebrochen</numerusform>
            <numerusform>, %n abgebrochen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>docket::ui::ParsingConfigForm</name>
    <message>
        <source>The language of the documents, for text recognition. Type to search.</source>
        <translation>Die Sprache der Dokumente, für die Texterkennung. Zum Suchen tippen.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>Read at most this many pages of each document.</source>
        <translation>Höchstens so viele Seiten jedes Dokuments lesen.</translation>
    </message>
    <message>
        <source>&amp;Maximum pages:</source>
        <translation>&amp;Maximale Seitenzahl:</translation>
    </message>
    <message>
        <source>All pages (or e.g. 1,3,5-7)</source>
        <translation>Alle Seiten (oder z. B. 1,3,5-7)</translation>
    </message>
    <message>
        <source>Pages counted from 1, separated by commas; ranges with a hyphen.</source>
        <translation>Seiten ab 1 gezählt, durch Kommas getrennt; Bereiche mit Bindestrich.</translation>
    </message>
    <message>
        <source>&amp;Target pages:</source>
        <translation>&amp;Zielseiten:</translation>
    </message>
    <message>
        <source>&amp;Fast</source>
        <translation>Sch&amp;nell</translation>
    </message>
    <message>
        <source>M&amp;ultimodal</source>
        <translation>M&amp;ultimodal</translation>
    </message>
    <message>
        <source>Also looks at page images; slower. v1 and batch jobs only.</source>
        <translation>Wertet auch die Seitenbilder aus; langsamer. Nur v1- und Stapeljobs.</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation>Der Server meldet: %1</translation>
    </message>
    <message>
        <source>v2 jobs always run in Fast mode.</source>
        <translation>v2-Jobs laufen immer im Schnellmodus.</translation>
    </message>
    <message>
        <source>Sent as &quot;%1&quot;.</source>
        <translation>Gesendet als &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Sent as [%1] (v1 counts pages from 0).</source>
        <translation>Gesendet als [%1] (v1 zählt Seiten ab 0).</translation>
    </message>
</context>
<context>
    <name>docket::ui::ProfileDialog</name>
    <message>
        <source>The local engine on this computer, started and watched by Docket. Documents never leave the machine.</source>
        <translation>Die lokale Engine auf diesem Computer, von Docket gestartet und überwacht. Dokumente verlassen den Rechner nie.</translation>
    </message>
    <message>
        <source>LlamaCloud US</source>
        <translation>LlamaCloud US</translation>
    </message>
    <message>
        <source>LlamaCloud EU</source>
        <translation>LlamaCloud EU</translation>
    </message>
    <message>
        <source>API key in the system keychain</source>
        <translation>API-Schlüssel im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>API key for this run only</source>
        <translation>API-Schlüssel nur für diese Sitzung</translation>
    </message>
    <message>
        <source>API key from LLAMA_CLOUD_API_KEY</source>
        <translation>API-Schlüssel aus LLAMA_CLOUD_API_KEY</translation>
    </message>
    <message>
        <source>%1 · organization %2 · project %3 · %4</source>
        <translation>%1 · Organisation %2 · Projekt %3 · %4</translation>
    </message>
    <message>
        <source>Manage Profiles</source>
        <translation>Profile verwalten</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Verwenden</translation>
    </message>
    <message>
        <source>Switch every view to this profile.</source>
        <translation>Alle Ansichten auf dieses Profil umschalten.</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (eingebaut)</translation>
    </message>
    <message>
        <source>%1 — in use</source>
        <translation>%1 – in Verwendung</translation>
    </message>
    <message>
        <source>“%1” was added. Choose Use to switch to it.</source>
        <translation>„%1“ wurde hinzugefügt. Wählen Sie „Verwenden“, um dorthin zu wechseln.</translation>
    </message>
    <message>
        <source>“%1” was saved.</source>
        <translation>„%1“ wurde gespeichert.</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile “%1” and remove its API key from the keychain?
Jobs on the server are not affected.</source>
        <translation>Das Profil „%1“ löschen und seinen API-Schlüssel aus dem Schlüsselbund entfernen?
Jobs auf dem Server bleiben unberührt.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>“%1” was not deleted: %2</source>
        <translation>„%1“ wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>„%1“ wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>docket::ui::ProfileEditDialog</name>
    <message>
        <source>Edit Profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <source>Add LlamaCloud Profile</source>
        <translation>LlamaCloud-Profil hinzufügen</translation>
    </message>
    <message>
        <source>For example: Work (EU)</source>
        <translation>Zum Beispiel: Arbeit (EU)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;US</source>
        <translation>&amp;US</translation>
    </message>
    <message>
        <source>&amp;EU</source>
        <translation>&amp;EU</translation>
    </message>
    <message>
        <source>Custom ser&amp;ver</source>
        <translation>Eigener Ser&amp;ver</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>https://llama.example.com</source>
        <translation>https://llama.example.com</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <source>Read from %1; type a key to replace it</source>
        <translation>Aus %1 gelesen; zum Ersetzen einen Schlüssel eingeben</translation>
    </message>
    <message>
        <source>Kept safely; type a new key to replace it</source>
        <translation>Sicher verwahrt; zum Ersetzen einen neuen Schlüssel eingeben</translation>
    </message>
    <message>
        <source>llx-…</source>
        <translation>llx-…</translation>
    </message>
    <message>
        <source>&amp;Check Key</source>
        <translation>Schlüssel &amp;prüfen</translation>
    </message>
    <message>
        <source>Checking the key</source>
        <translation>Schlüssel wird geprüft</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-Sch&amp;lüssel:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>Pro&amp;jekt:</translation>
    </message>
    <message>
        <source>Checking the key with %1…</source>
        <translation>Schlüssel wird bei %1 geprüft …</translation>
    </message>
    <message>
        <source>The stored key could not be read: %1</source>
        <translation>Der gespeicherte Schlüssel konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>The key works, but this organization has no project. Create one in LlamaCloud first.</source>
        <translation>Der Schlüssel funktioniert, aber diese Organisation hat kein Projekt. Legen Sie zuerst eines in LlamaCloud an.</translation>
    </message>
    <message>
        <source>Not saved: no keychain, and no other place for the key was chosen.</source>
        <translation>Nicht gespeichert: kein Schlüsselbund, und es wurde kein anderer Ort für den Schlüssel gewählt.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>docket::ui::ProfileKeychainDialog</name>
    <message>
        <source>No Keychain Available</source>
        <translation>Kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>Docket keeps API keys in the system keychain, but no keychain answered on this computer (on Linux this needs a running Secret Service such as GNOME Keyring or KWallet).</source>
        <translation>Docket verwahrt API-Schlüssel im Schlüsselbund des Systems, aber auf diesem Computer hat kein Schlüsselbund geantwortet (unter Linux braucht es dafür einen laufenden Secret Service wie GNOME Keyring oder KWallet).</translation>
    </message>
    <message>
        <source>The key of “%1” therefore cannot be read. Docket will not keep it in a file in plain text. Choose one of these:</source>
        <translation>Der Schlüssel von „%1“ kann daher nicht gelesen werden. Docket legt ihn nicht im Klartext in einer Datei ab. Wählen Sie eine der folgenden Möglichkeiten:</translation>
    </message>
    <message>
        <source>The key of “%1” therefore cannot be stored. Docket will not write it to a file in plain text. Choose one of these:</source>
        <translation>Der Schlüssel von „%1“ kann daher nicht gespeichert werden. Docket schreibt ihn nicht im Klartext in eine Datei. Wählen Sie eine der folgenden Möglichkeiten:</translation>
    </message>
    <message>
        <source>llx-…</source>
        <translation>llx-…</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-Sch&amp;lüssel:</translation>
    </message>
    <message>
        <source>Use the key for this &amp;run only</source>
        <translation>Schlüssel nur für diese &amp;Sitzung verwenden</translation>
    </message>
    <message>
        <source>The key stays in memory until Docket quits; you enter it again next time.</source>
        <translation>Der Schlüssel bleibt im Speicher, bis Docket beendet wird; beim nächsten Mal geben Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>Read the key from %1 (&amp;environment)</source>
        <translation>Schlüssel aus %1 lesen (&amp;Umgebung)</translation>
    </message>
    <message>
        <source>Docket reads %1 at every start; the key is never copied.</source>
        <translation>Docket liest %1 bei jedem Start; der Schlüssel wird nie kopiert.</translation>
    </message>
    <message>
        <source>Not available: %1 is not set in Docket&apos;s environment. Set it and start Docket again to use this choice.</source>
        <translation>Nicht verfügbar: %1 ist in der Umgebung von Docket nicht gesetzt. Setzen Sie die Variable und starten Sie Docket neu, um diese Möglichkeit zu nutzen.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
</context>
<context>
    <name>docket::ui::ProfileSwitcher</name>
    <message>
        <source>P&amp;rofile:</source>
        <translation>P&amp;rofil:</translation>
    </message>
    <message>
        <source>The account every view shows. Switching reloads all views.</source>
        <translation>Das Konto, das alle Ansichten zeigen. Ein Wechsel lädt alle Ansichten neu.</translation>
    </message>
    <message>
        <source>Manage &amp;Profiles…</source>
        <translation>&amp;Profile verwalten …</translation>
    </message>
    <message>
        <source>Connecting to “%1”…</source>
        <translation>Verbinde mit „%1“ …</translation>
    </message>
    <message>
        <source>Profile “%1”: local engine at %2</source>
        <translation>Profil „%1“: lokale Engine unter %2</translation>
    </message>
    <message>
        <source>Profile “%1”: %2, project %3</source>
        <translation>Profil „%1“: %2, Projekt %3</translation>
    </message>
    <message>
        <source>Manage Profiles…</source>
        <translation>Profile verwalten …</translation>
    </message>
    <message>
        <source>Profile “%1” is not connected: %2</source>
        <translation>Profil „%1“ ist nicht verbunden: %2</translation>
    </message>
    <message>
        <source>The key could not be used: %1</source>
        <translation>Der Schlüssel konnte nicht verwendet werden: %1</translation>
    </message>
</context>
<context>
    <name>docket::ui::RuleEditorDialog</name>
    <message>
        <source>Classification Rules</source>
        <translation>Klassifizierungsregeln</translation>
    </message>
    <message>
        <source>Each rule names a document type and describes, in plain words, how to recognise it. Documents get the type of the rule that fits best.</source>
        <translation>Jede Regel benennt einen Dokumenttyp und beschreibt in einfachen Worten, woran er zu erkennen ist. Dokumente erhalten den Typ der Regel, die am besten passt.</translation>
    </message>
    <message>
        <source>Rule Sets</source>
        <translation>Regelsätze</translation>
    </message>
    <message>
        <source>No rules yet. Add a rule for each type of document you expect, for example &quot;invoice&quot; and &quot;contract&quot;.</source>
        <translation>Noch keine Regeln. Fügen Sie für jeden erwarteten Dokumenttyp eine Regel hinzu, zum Beispiel &quot;Rechnung&quot; und &quot;Vertrag&quot;.</translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move rule %1 up</source>
        <translation>Regel %1 nach oben verschieben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move rule %1 down</source>
        <translation>Regel %1 nach unten verschieben</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove rule %1</source>
        <translation>Regel %1 entfernen</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>e.g. invoice</source>
        <translation>z. B. Rechnung</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>e.g. A bill from a supplier that asks for payment, with an invoice number and a total.</source>
        <translation>z. B. Eine Forderung eines Lieferanten, die zur Zahlung auffordert, mit Rechnungsnummer und Gesamtbetrag.</translation>
    </message>
    <message>
        <source>Add at least one rule.</source>
        <translation>Fügen Sie mindestens eine Regel hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), all valid.</source>
        <translation>
            <numerusform>%n Regel, gültig.</numerusform>
            <numerusform>%n Regeln, alle gültig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix.</source>
        <translation>
            <numerusform>%n Problem zu beheben.</numerusform>
            <numerusform>%n Probleme zu beheben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved rules</source>
        <translation>Nicht gespeicherte Regeln</translation>
    </message>
    <message>
        <source>Rule set: %1</source>
        <translation>Regelsatz: %1</translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation>Der Server meldet: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>La&amp;den</translation>
    </message>
    <message>
        <source>(no saved rule sets)</source>
        <translation>(keine gespeicherten Regelsätze)</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Speichern unter …</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Save Rule Set</source>
        <translation>Regelsatz speichern</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Replace the rule set &quot;%1&quot;?</source>
        <translation>Den Regelsatz &quot;%1&quot; ersetzen?</translation>
    </message>
    <message>
        <source>Rename Rule Set</source>
        <translation>Regelsatz umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Delete Rule Set</source>
        <translation>Regelsatz löschen</translation>
    </message>
    <message>
        <source>Delete the saved rule set &quot;%1&quot;? The rules in this dialog stay.</source>
        <translation>Den gespeicherten Regelsatz &quot;%1&quot; löschen? Die Regeln in diesem Dialog bleiben erhalten.</translation>
    </message>
    <message>
        <source>Import Rule Set</source>
        <translation>Regelsatz importieren</translation>
    </message>
    <message>
        <source>Docket rule sets (*.json);;All files (*)</source>
        <translation>Docket-Regelsätze (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>regeln</translation>
    </message>
    <message>
        <source>Export Rule Set</source>
        <translation>Regelsatz exportieren</translation>
    </message>
    <message>
        <source>Docket rule sets (*.json)</source>
        <translation>Docket-Regelsätze (*.json)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Classify documents with LlamaCloud&apos;s Classify API.</source>
        <translation>Dokumente mit der Classify-API von LlamaCloud klassifizieren.</translation>
    </message>
    <message>
        <source>Documents or folders to classify.</source>
        <translation>Zu klassifizierende Dokumente oder Ordner.</translation>
    </message>
    <message>
        <source>docket: not a readable file or folder: %1</source>
        <translation>docket: keine lesbare Datei und kein lesbarer Ordner: %1</translation>
    </message>
    <message>
        <source>Docket</source>
        <translation>Docket</translation>
    </message>
    <message>
        <source>The list of unsent submissions cannot be opened, so new jobs cannot be submitted safely:
%1</source>
        <translation>Die Liste der noch nicht gesendeten Übermittlungen lässt sich nicht öffnen, daher können neue Jobs nicht sicher übermittelt werden:
%1</translation>
    </message>
</context>
</TS>
