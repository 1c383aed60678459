<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>cli.backup</name>
    <message>
        <source>write one backup file of the household (still encrypted)</source>
        <translation>eine Sicherung des Haushalts als eine Datei schreiben (weiterhin verschlüsselt)</translation>
    </message>
    <message>
        <source>Copy the household file and the encrypted databases, exactly as they are, into one backup file, then check the copy. Safe while Toward is running. An existing file is never overwritten.</source>
        <translation>Die Haushaltsdatei und die verschlüsselten Datenbanken unverändert in eine Sicherungsdatei kopieren und die Kopie anschließend prüfen. Geht auch, während Toward läuft. Eine vorhandene Datei wird nie überschrieben.</translation>
    </message>
    <message>
        <source>the backup file to write (e.g. toward.zip)</source>
        <translation>die zu schreibende Sicherungsdatei (z. B. toward.zip)</translation>
    </message>
    <message>
        <source>restore a backup file into an empty data folder</source>
        <translation>eine Sicherungsdatei in einen leeren Datenordner wiederherstellen</translation>
    </message>
    <message>
        <source>Unpack a backup into the data folder (--data-dir), which must be empty or not exist yet; nothing is ever overwritten. A partner&apos;s password (prompted, or one line on standard input) proves the backup opens before the restore finishes.</source>
        <translation>Eine Sicherung in den Datenordner (--data-dir) entpacken, der leer sein oder noch nicht existieren muss; nie wird etwas überschrieben. Das Passwort einer Person (abgefragt oder als eine Zeile über die Standardeingabe) belegt, dass sich die Sicherung öffnen lässt, bevor die Wiederherstellung abgeschlossen wird.</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>die Sicherungsdatei</translation>
    </message>
    <message>
        <source>whose password is given</source>
        <translation>wessen Passwort angegeben wird</translation>
    </message>
    <message numerus="yes">
        <source>Backed up the household in {folder} to {out} (%n files, {size} KiB, checked).</source>
        <translation>
            <numerusform>Haushalt in {folder} nach {out} gesichert (%n Datei, {size} KiB, geprüft).</numerusform>
            <numerusform>Haushalt in {folder} nach {out} gesichert (%n Dateien, {size} KiB, geprüft).</numerusform>
        </translation>
    </message>
    <message>
        <source>Whose password will you give?</source>
        <translation>Wessen Passwort gibst du an?</translation>
    </message>
    <message>
        <source>toward restore: say whose password you will give with --partner NAME ({names}).</source>
        <translation>toward restore: Gib mit --partner NAME an, wessen Passwort du angibst ({names}).</translation>
    </message>
    <message>
        <source>{name}&apos;s password: </source>
        <translation>Passwort von {name}: </translation>
    </message>
    <message>
        <source>toward restore: a password is needed to prove the backup opens.</source>
        <translation>toward restore: Ein Passwort wird gebraucht, um zu zeigen, dass sich die Sicherung öffnen lässt.</translation>
    </message>
    <message>
        <source>Restored the backup of {when} into {folder}; {name}&apos;s password opens it and its databases pass their checks.</source>
        <translation>Die Sicherung vom {when} wurde in {folder} wiederhergestellt; das Passwort von {name} öffnet sie, und ihre Datenbanken bestehen die Prüfungen.</translation>
    </message>
</context>
<context>
    <name>cli.data</name>
    <message>
        <source>write everything you can read in open formats (JSON, Markdown, CSV)</source>
        <translation>alles, was du lesen kannst, in offenen Formaten schreiben (JSON, Markdown, CSV)</translation>
    </message>
    <message>
        <source>Write your private space and the shared space as a JSON document, Markdown journal files and CSV tables. Without --archive the files are NOT encrypted. With --archive they go into one AES-256 encrypted zip instead; its password is asked after yours (or read as the second line of standard input).</source>
        <translation>Deinen privaten Bereich und den gemeinsamen Bereich als JSON-Dokument, Markdown-Tagebuchdateien und CSV-Tabellen schreiben. Ohne --archive sind die Dateien NICHT verschlüsselt. Mit --archive landen sie stattdessen in einer AES-256-verschlüsselten ZIP-Datei; deren Passwort wird nach deinem abgefragt (oder als zweite Zeile der Standardeingabe gelesen).</translation>
    </message>
    <message>
        <source>whose data to export</source>
        <translation>wessen Daten exportiert werden</translation>
    </message>
    <message>
        <source>a new or empty folder for the files</source>
        <translation>ein neuer oder leerer Ordner für die Dateien</translation>
    </message>
    <message>
        <source>one password-protected zip</source>
        <translation>eine passwortgeschützte ZIP-Datei</translation>
    </message>
    <message>
        <source>bring in a Toward export, a Day One export or a jrnl export</source>
        <translation>einen Toward-, Day-One- oder jrnl-Export hereinholen</translation>
    </message>
    <message>
        <source>Import a Toward export (folder, toward-export.json or zip), a Day One export (zip or Journal.json) or a jrnl JSON export. Journals from other apps go into your private journal. All of it is imported, or nothing.</source>
        <translation>Einen Toward-Export (Ordner, toward-export.json oder ZIP), einen Day-One-Export (ZIP oder Journal.json) oder einen jrnl-JSON-Export importieren. Tagebücher aus anderen Apps landen in deinem privaten Tagebuch. Es wird alles importiert oder nichts.</translation>
    </message>
    <message>
        <source>who imports</source>
        <translation>wer importiert</translation>
    </message>
    <message>
        <source>the file or export folder to import</source>
        <translation>die Datei oder der Exportordner, der importiert werden soll</translation>
    </message>
    <message>
        <source>toward: give either --out DIR or --archive FILE.zip.</source>
        <translation>toward: Gib entweder --out ORDNER oder --archive DATEI.zip an.</translation>
    </message>
    <message>
        <source>{name}&apos;s password: </source>
        <translation>Passwort von {name}: </translation>
    </message>
    <message>
        <source>toward: no password was given for {name}.</source>
        <translation>toward: Für {name} wurde kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>Archive password: </source>
        <translation>Archivpasswort: </translation>
    </message>
    <message>
        <source>toward: no archive password was given.</source>
        <translation>toward: Es wurde kein Archivpasswort angegeben.</translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation>Hinweis: {warning}</translation>
    </message>
    <message>
        <source>Exported {counts} to {path}</source>
        <translation>{counts} nach {path} exportiert</translation>
    </message>
    <message>
        <source>Exported nothing yet to {path}</source>
        <translation>Noch nichts nach {path} exportiert</translation>
    </message>
    <message>
        <source>This archive is protected by a password; none was given.</source>
        <translation>Dieses Archiv ist passwortgeschützt; es wurde keins angegeben.</translation>
    </message>
</context>
<context>
    <name>cli.demo.bids</name>
    <message>
        <source>pointed out the heron on the canal</source>
        <translation>hat auf den Reiher am Kanal gezeigt</translation>
    </message>
    <message>
        <source>asked how the meeting with the landlord went</source>
        <translation>hat gefragt, wie das Treffen mit dem Vermieter war</translation>
    </message>
    <message>
        <source>a hand on the shoulder while cooking</source>
        <translation>eine Hand auf der Schulter beim Kochen</translation>
    </message>
    <message>
        <source>asked for help finding the car insurance letter</source>
        <translation>hat um Hilfe beim Suchen des Briefs von der Autoversicherung gebeten</translation>
    </message>
    <message>
        <source>suggested a walk after dinner</source>
        <translation>hat einen Spaziergang nach dem Abendessen vorgeschlagen</translation>
    </message>
    <message>
        <source>a long sigh at the laptop</source>
        <translation>ein langer Seufzer vor dem Laptop</translation>
    </message>
    <message>
        <source>read out a funny line from the book</source>
        <translation>hat einen lustigen Satz aus dem Buch vorgelesen</translation>
    </message>
    <message>
        <source>asked whether we could visit her sister in May</source>
        <translation>hat gefragt, ob wir im Mai ihre Schwester besuchen können</translation>
    </message>
    <message>
        <source>put on our old playlist and held out a hand</source>
        <translation>hat unsere alte Playlist aufgelegt und die Hand ausgestreckt</translation>
    </message>
    <message>
        <source>sent a photo of the sunset from the train</source>
        <translation>hat aus dem Zug ein Foto vom Sonnenuntergang geschickt</translation>
    </message>
    <message>
        <source>I hadn&apos;t noticed the sigh. Talked it through later.</source>
        <translation>Den Seufzer hatte ich nicht bemerkt. Später haben wir darüber geredet.</translation>
    </message>
</context>
<context>
    <name>cli.demo.journal</name>
    <message>
        <source>Saturday morning, the long way round</source>
        <translation>Samstagmorgen, auf dem langen Weg</translation>
    </message>
    <message>
        <source>We walked to the bakery the long way, past the allotments, and Sam took my hand crossing the park without either of us making a thing of it.

Small, but I noticed. I&apos;d like more mornings that start this slowly.</source>
        <translation>Wir sind auf dem langen Weg zum Bäcker gegangen, an den Schrebergärten vorbei, und Sam hat im Park meine Hand genommen, ohne dass einer von uns eine große Sache daraus gemacht hat.

Eine Kleinigkeit, aber sie ist mir aufgefallen. Ich hätte gern mehr Morgen, die so langsam anfangen.</translation>
    </message>
    <message>
        <source>walks</source>
        <translation>spaziergänge</translation>
    </message>
    <message>
        <source>gratitude</source>
        <translation>dankbarkeit</translation>
    </message>
    <message>
        <source>Somewhere else at dinner</source>
        <translation>Beim Abendessen woanders</translation>
    </message>
    <message>
        <source>Long week. Maya told me her sister&apos;s news and I nodded along, but I wasn&apos;t really there. I don&apos;t want her to read that as not caring; I was just empty.

Next time I could say it plainly: *I&apos;m running on fumes — can we talk once I&apos;ve eaten?*</source>
        <translation>Lange Woche. Maya hat mir von den Neuigkeiten ihrer Schwester erzählt, und ich habe genickt, war aber nicht wirklich da. Ich möchte nicht, dass sie das als Gleichgültigkeit versteht; ich war einfach leer.

Nächstes Mal könnte ich es einfach sagen: *Ich bin völlig leer — können wir reden, wenn ich gegessen habe?*</translation>
    </message>
    <message>
        <source>work</source>
        <translation>arbeit</translation>
    </message>
    <message>
        <source>tired</source>
        <translation>müde</translation>
    </message>
    <message>
        <source>The story I wrote in my head</source>
        <translation>Die Geschichte in meinem Kopf</translation>
    </message>
    <message>
        <source>Sam was late home and didn&apos;t text. The story arrived fully formed: *I&apos;m not a priority.*

What I actually know: the train was stuck outside the station and his phone was nearly flat. I can want a text **and** not turn its absence into a verdict.</source>
        <translation>Sam kam spät nach Hause und hat nicht geschrieben. Die Geschichte war sofort fertig: *Ich bin ihm nicht wichtig.*

Was ich wirklich weiß: Der Zug stand vor dem Bahnhof fest, und sein Akku war fast leer. Ich darf mir eine Nachricht wünschen **und** ihr Ausbleiben trotzdem nicht zum Urteil machen.</translation>
    </message>
    <message>
        <source>reflection</source>
        <translation>nachdenken</translation>
    </message>
    <message>
        <source>evenings</source>
        <translation>abende</translation>
    </message>
    <message>
        <source>Things I appreciated this week</source>
        <translation>Was ich diese Woche schön fand</translation>
    </message>
    <message>
        <source>- Coffee left warm in the pot for me on Tuesday.
- You asked about the interview, then asked a second question.
- You laughed at my terrible pun about the boiler. That counts.</source>
        <translation>- Am Dienstag stand noch warmer Kaffee für mich in der Kanne.
- Du hast nach dem Vorstellungsgespräch gefragt, und dann noch einmal nachgefragt.
- Du hast über mein furchtbares Wortspiel mit der Heizung gelacht. Das zählt.</translation>
    </message>
    <message>
        <source>I&apos;ve been noticing the stories I tell myself when plans change. Can we talk about it on Sunday?</source>
        <translation>Mir fallen gerade die Geschichten auf, die ich mir erzähle, wenn sich Pläne ändern. Können wir am Sonntag darüber reden?</translation>
    </message>
    <message>
        <source>After Wednesday</source>
        <translation>Nach Mittwoch</translation>
    </message>
    <message>
        <source>I raised my voice, and I&apos;m sorry. What I was trying to say, badly, was that I felt judged about the boiler.

Next time either of us feels overwhelmed, can we take twenty minutes apart and come back to it?</source>
        <translation>Ich bin laut geworden, und das tut mir leid. Was ich sagen wollte, und schlecht gesagt habe: Ich habe mich wegen der Heizung verurteilt gefühlt.

Wenn es einem von uns das nächste Mal zu viel wird, können wir dann zwanzig Minuten jeder für sich sein und danach weiterreden?</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>klären</translation>
    </message>
    <message>
        <source>Something I haven&apos;t said yet</source>
        <translation>Etwas, das ich noch nicht gesagt habe</translation>
    </message>
    <message>
        <source>I moved 200 from savings to cover the car repair and haven&apos;t mentioned it. Not hiding it exactly: I didn&apos;t want the conversation.

Writing it here first so I can bring it up properly.</source>
        <translation>Ich habe 200 vom Ersparten genommen, um die Autoreparatur zu bezahlen, und es nicht erwähnt. Nicht direkt versteckt: Ich wollte das Gespräch nicht.

Ich schreibe es zuerst hier auf, damit ich es gut ansprechen kann.</translation>
    </message>
    <message>
        <source>money</source>
        <translation>geld</translation>
    </message>
    <message>
        <source>Keeping my word</source>
        <translation>Zu meinem Wort stehen</translation>
    </message>
    <message>
        <source>I said I&apos;d ring the landlord about the boiler and it&apos;s been nine days. Small things are exactly what matter right now. Calling at lunch tomorrow.</source>
        <translation>Ich hatte gesagt, ich rufe wegen der Heizung den Vermieter an, und jetzt sind es neun Tage. Gerade die kleinen Dinge zählen im Moment. Morgen in der Mittagspause rufe ich an.</translation>
    </message>
    <message>
        <source>promises</source>
        <translation>versprechen</translation>
    </message>
    <message>
        <source>Our Sunday check-in</source>
        <translation>Unser Sonntags-Check-in</translation>
    </message>
    <message>
        <source>**What went well:** the walk, and the quiet evening on Thursday.

**What was hard:** the late night without a text.

**One thing to try:** two words when plans change. *Running late* is plenty.</source>
        <translation>**Was gut war:** der Spaziergang und der ruhige Donnerstagabend.

**Was schwer war:** der späte Abend ohne Nachricht.

**Was wir ausprobieren:** zwei Wörter, wenn sich Pläne ändern. *Wird später* reicht völlig.</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>check-in</translation>
    </message>
    <message>
        <source>Places we&apos;d like to go this year</source>
        <translation>Wohin wir dieses Jahr gern fahren würden</translation>
    </message>
    <message>
        <source>The coast in spring, the lake cabin again, and the little bookshop town Maya keeps bringing up. It&apos;s less about the trips than about having something ahead of us that&apos;s ours.</source>
        <translation>An die Küste im Frühling, wieder in die Hütte am See und in das kleine Städtchen mit den Buchläden, von dem Maya immer wieder erzählt. Es geht weniger um die Reisen als darum, etwas vor uns zu haben, das uns gehört.</translation>
    </message>
    <message>
        <source>plans</source>
        <translation>pläne</translation>
    </message>
    <message>
        <source>The pun was terrible. I loved that you told it anyway.</source>
        <translation>Das Wortspiel war furchtbar. Ich fand es schön, dass du es trotzdem erzählt hast.</translation>
    </message>
</context>
<context>
    <name>cli.demo.ledger</name>
    <message>
        <source>Business Visa …4417</source>
        <translation>Geschäftliche Visa …4417</translation>
    </message>
    <message>
        <source>equipment</source>
        <translation>ausstattung</translation>
    </message>
    <message>
        <source>A laptop for the new contract.</source>
        <translation>Ein Laptop für den neuen Auftrag.</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>arbeitsplatz</translation>
    </message>
    <message>
        <source>A month of desk space for client calls.</source>
        <translation>Ein Monat Schreibtischplatz für Gespräche mit Kunden.</translation>
    </message>
    <message>
        <source>software</source>
        <translation>software</translation>
    </message>
    <message>
        <source>Creative Cloud, monthly.</source>
        <translation>Creative Cloud, monatlich.</translation>
    </message>
    <message>
        <source>office supplies</source>
        <translation>bürobedarf</translation>
    </message>
    <message>
        <source>Ink and paper for the reports.</source>
        <translation>Tinte und Papier für die Berichte.</translation>
    </message>
    <message>
        <source>travel</source>
        <translation>fahrten</translation>
    </message>
    <message>
        <source>To the client meeting downtown.</source>
        <translation>Zum Kundentermin in der Innenstadt.</translation>
    </message>
    <message>
        <source>Joint debit</source>
        <translation>Gemeinsames Girokonto</translation>
    </message>
    <message>
        <source>groceries</source>
        <translation>lebensmittel</translation>
    </message>
    <message>
        <source>The week&apos;s shop.</source>
        <translation>Der Wocheneinkauf.</translation>
    </message>
    <message>
        <source>Thanks for telling me.</source>
        <translation>Danke, dass du es mir erzählt hast.</translation>
    </message>
    <message>
        <source>We talked on Sunday; fine for now.</source>
        <translation>Am Sonntag darüber geredet; für den Moment in Ordnung.</translation>
    </message>
    <message>
        <source>Is this the laptop you mentioned in May?</source>
        <translation>Ist das der Laptop, von dem du im Mai erzählt hast?</translation>
    </message>
    <message>
        <source>client meals</source>
        <translation>essen mit kunden</translation>
    </message>
    <message>
        <source>Amazon refund</source>
        <translation>Amazon-Erstattung</translation>
    </message>
</context>
<context>
    <name>cli.demo.promises</name>
    <message>
        <source>Take the bins out on Thursdays</source>
        <translation>Donnerstags den Müll rausbringen</translation>
    </message>
    <message>
        <source>Every week so far, thank you</source>
        <translation>Bisher jede Woche, danke</translation>
    </message>
    <message>
        <source>Book the train to your parents&apos;</source>
        <translation>Den Zug zu deinen Eltern buchen</translation>
    </message>
    <message>
        <source>Pick you up after your late shift</source>
        <translation>Dich nach der Spätschicht abholen</translation>
    </message>
    <message>
        <source>I waited a while. Can we talk about it?</source>
        <translation>Ich habe eine Weile gewartet. Können wir darüber reden?</translation>
    </message>
    <message>
        <source>Clear the back garden</source>
        <translation>Den Garten hinterm Haus aufräumen</translation>
    </message>
    <message>
        <source>Let&apos;s get someone in; it&apos;s too big a job.</source>
        <translation>Lass uns jemanden dafür holen; das ist zu viel Arbeit.</translation>
    </message>
    <message>
        <source>Cook on Wednesdays</source>
        <translation>Mittwochs kochen</translation>
    </message>
    <message>
        <source>Cook on Sundays</source>
        <translation>Sonntags kochen</translation>
    </message>
    <message>
        <source>Wednesdays are my late day now</source>
        <translation>Mittwochs arbeite ich jetzt lange</translation>
    </message>
    <message>
        <source>Call the bank about the joint account</source>
        <translation>Wegen des gemeinsamen Kontos die Bank anrufen</translation>
    </message>
    <message>
        <source>Put my phone away after 9</source>
        <translation>Ab 21 Uhr das Handy weglegen</translation>
    </message>
    <message>
        <source>Book the dentist for both of us</source>
        <translation>Für uns beide einen Zahnarzttermin machen</translation>
    </message>
    <message>
        <source>I call if I&apos;ll be more than 30 minutes late</source>
        <translation>Ich rufe an, wenn ich mehr als 30 Minuten später komme</translation>
    </message>
    <message>
        <source>Called from the station</source>
        <translation>Vom Bahnhof aus angerufen</translation>
    </message>
    <message>
        <source>Forgot; phone was dead</source>
        <translation>Vergessen; der Akku war leer</translation>
    </message>
    <message>
        <source>We tell each other about any purchase over £100</source>
        <translation>Wir erzählen einander von jedem Kauf über 100 Dollar</translation>
    </message>
    <message>
        <source>The new coat</source>
        <translation>Der neue Mantel</translation>
    </message>
</context>
<context>
    <name>cli.demo.repairs</name>
    <message>
        <source>When I told you about my sister and you weren&apos;t really there</source>
        <translation>Als ich dir von meiner Schwester erzählt habe und du nicht richtig da warst</translation>
    </message>
    <message>
        <source>I felt alone at our own table, and then silly for minding so much.</source>
        <translation>Ich habe mich an unserem eigenen Tisch allein gefühlt, und dann albern, weil es mir so viel ausgemacht hat.</translation>
    </message>
    <message>
        <source>I felt empty and ashamed that I had nothing left to give you that evening.</source>
        <translation>Ich habe mich leer gefühlt und mich geschämt, dass ich dir an dem Abend nichts mehr geben konnte.</translation>
    </message>
    <message>
        <source>I hear that you weren&apos;t pushing me away; you were running on nothing.</source>
        <translation>Ich höre, dass du mich nicht wegschieben wolltest; du hattest einfach nichts mehr übrig.</translation>
    </message>
    <message>
        <source>I hear that it hurt because it was news that mattered to you.</source>
        <translation>Ich höre, dass es wehgetan hat, weil dir diese Neuigkeit wichtig war.</translation>
    </message>
    <message>
        <source>It was the first thing I&apos;d wanted to share all week, and it seemed to bounce off you.</source>
        <translation>Es war das Erste in der ganzen Woche, das ich mit dir teilen wollte, und es schien an dir abzuprallen.</translation>
    </message>
    <message>
        <source>I&apos;d had three late nights. I thought nodding was better than saying I was too tired to talk.</source>
        <translation>Ich hatte drei lange Abende hinter mir. Ich dachte, Nicken sei besser, als zu sagen, dass ich zu müde zum Reden war.</translation>
    </message>
    <message>
        <source>Growing up, news at our table was talked over. Being half-heard still feels like being small again.</source>
        <translation>Als ich klein war, wurde bei uns am Tisch über Neuigkeiten hinweggeredet. Nur halb gehört zu werden, fühlt sich immer noch an, als wäre ich wieder klein.</translation>
    </message>
    <message>
        <source>When I&apos;m empty I go quiet, the way my dad did. I hate seeing myself do it.</source>
        <translation>Wenn ich leer bin, werde ich still, so wie mein Vater. Ich mag mir dabei gar nicht zusehen.</translation>
    </message>
    <message>
        <source>I didn&apos;t ask how your day had been before launching into mine.</source>
        <translation>Ich habe nicht gefragt, wie dein Tag war, bevor ich von meinem angefangen habe.</translation>
    </message>
    <message>
        <source>I pretended to listen instead of telling you I needed ten minutes first.</source>
        <translation>Ich habe so getan, als würde ich zuhören, statt dir zu sagen, dass ich erst zehn Minuten brauche.</translation>
    </message>
    <message>
        <source>I&apos;m sorry I went quiet for the rest of the evening instead of saying why.</source>
        <translation>Es tut mir leid, dass ich den Rest des Abends still war, statt zu sagen, warum.</translation>
    </message>
    <message>
        <source>I&apos;m sorry I wasn&apos;t there for your news. It matters to me, and so do you.</source>
        <translation>Es tut mir leid, dass ich für deine Neuigkeit nicht da war. Sie ist mir wichtig, und du bist es auch.</translation>
    </message>
    <message>
        <source>Say when I&apos;m too tired to listen, and when I will be</source>
        <translation>Sagen, wenn ich zu müde zum Zuhören bin, und wann ich es wieder kann</translation>
    </message>
    <message>
        <source>Phones stay in the drawer during dinner</source>
        <translation>Beim Abendessen bleiben die Handys in der Schublade</translation>
    </message>
    <message>
        <source>Ask about each other&apos;s day before sharing big news</source>
        <translation>Einander nach dem Tag fragen, bevor wir große Neuigkeiten erzählen</translation>
    </message>
    <message>
        <source>The card purchases I didn&apos;t tell you about</source>
        <translation>Die Kartenzahlungen, von denen ich dir nichts erzählt habe</translation>
    </message>
    <message>
        <source>I felt ashamed, and afraid you&apos;d be angry.</source>
        <translation>Ich habe mich geschämt und hatte Angst, dass du wütend wirst.</translation>
    </message>
    <message>
        <source>I felt shut out, and scared of what else I don&apos;t know.</source>
        <translation>Ich habe mich ausgeschlossen gefühlt, und hatte Angst davor, was ich sonst noch nicht weiß.</translation>
    </message>
    <message>
        <source>I hear that finding out from a statement made you wonder what else you don&apos;t know.</source>
        <translation>Ich höre, dass du dich gefragt hast, was du sonst noch nicht weißt, weil du es aus einem Kontoauszug erfahren hast.</translation>
    </message>
</context>
<context>
    <name>cli.demo.talks</name>
    <message>
        <source>The year abroad I never took. I still think about it.</source>
        <translation>Das Jahr im Ausland, das ich nie gemacht habe. Ich denke immer noch daran.</translation>
    </message>
    <message>
        <source>Put a little aside each month for a month by the sea, one day</source>
        <translation>Jeden Monat etwas zurücklegen, für einen Monat am Meer, irgendwann</translation>
    </message>
    <message>
        <source>Maya: a year somewhere new, even a short one. Sam: a workshop of his own, not just weekends.
Both of us were surprised how close the two dreams are.</source>
        <translation>Maya: ein Jahr an einem neuen Ort, auch wenn es kurz ist. Sam: eine eigene Werkstatt, nicht nur am Wochenende.
Wir waren beide überrascht, wie nah sich die zwei Träume sind.</translation>
    </message>
    <message>
        <source>Night swimming. Or the pottery class we keep mentioning.</source>
        <translation>Nachts schwimmen gehen. Oder der Töpferkurs, von dem wir immer reden.</translation>
    </message>
    <message>
        <source>Slow breakfast, a long walk, no plans</source>
        <translation>Langsam frühstücken, ein langer Spaziergang, keine Pläne</translation>
    </message>
    <message>
        <source>A run, then the papers</source>
        <translation>Eine Runde laufen, dann die Zeitung</translation>
    </message>
    <message>
        <source>A long run, then the papers in bed</source>
        <translation>Eine lange Runde laufen, dann die Zeitung im Bett</translation>
    </message>
    <message>
        <source>Slow breakfast and a walk</source>
        <translation>Langsam frühstücken und ein Spaziergang</translation>
    </message>
    <message>
        <source>Anything with fresh pasta</source>
        <translation>Alles mit frischer Pasta</translation>
    </message>
    <message>
        <source>Your mum&apos;s curry</source>
        <translation>Das Curry deiner Mutter</translation>
    </message>
</context>
<context>
    <name>cli.demo.therapy</name>
    <message>
        <source>A 20-minute stress-reducing conversation after work</source>
        <translation>Ein 20-minütiges Gespräch nach der Arbeit, das Stress abbaut</translation>
    </message>
    <message>
        <source>Tell each other one small thing we held back today</source>
        <translation>Einander eine Kleinigkeit erzählen, die wir heute zurückgehalten haben</translation>
    </message>
    <message>
        <source>Hard to start, easier once we sat down. Sam listened properly.</source>
        <translation>Schwer anzufangen, leichter, als wir saßen. Sam hat richtig zugehört.</translation>
    </message>
    <message>
        <source>We both wanted to fix things; next time just listen.</source>
        <translation>Wir wollten beide gleich alles lösen; nächstes Mal einfach zuhören.</translation>
    </message>
    <message>
        <source>I said I was worried about the card bill. It went better than I feared.</source>
        <translation>Ich habe gesagt, dass mir die Kreditkartenabrechnung Sorgen macht. Es lief besser, als ich befürchtet hatte.</translation>
    </message>
    <message>
        <source>Short one, but it helped.</source>
        <translation>Kurz, aber es hat geholfen.</translation>
    </message>
    <message>
        <source>Ran out of time after ten minutes.</source>
        <translation>Nach zehn Minuten war die Zeit um.</translation>
    </message>
    <message>
        <source>How do we talk about money without it turning into a trial?</source>
        <translation>Wie reden wir über Geld, ohne dass es zum Verhör wird?</translation>
    </message>
    <message>
        <source>Why do I go quiet when Sam asks where I&apos;ve been?</source>
        <translation>Warum werde ich still, wenn Sam fragt, wo ich war?</translation>
    </message>
    <message>
        <source>Is it normal to still feel raw after two months?</source>
        <translation>Ist es normal, dass es nach zwei Monaten noch so wehtut?</translation>
    </message>
    <message>
        <source>How can I ask about the card without sounding suspicious?</source>
        <translation>Wie kann ich nach der Karte fragen, ohne misstrauisch zu klingen?</translation>
    </message>
    <message>
        <source>What does a good weekly check-in look like for us?</source>
        <translation>Wie sieht ein guter wöchentlicher Check-in für uns aus?</translation>
    </message>
    <message>
        <source>Everything still feels fragile.</source>
        <translation>Alles fühlt sich noch zerbrechlich an.</translation>
    </message>
    <message>
        <source>The evening talks are starting to help.</source>
        <translation>Die Gespräche am Abend fangen an zu helfen.</translation>
    </message>
    <message>
        <source>Harder to speak up after the card statement.</source>
        <translation>Seit der Kartenabrechnung fällt es mir schwerer, etwas zu sagen.</translation>
    </message>
</context>
<context>
    <name>cli.doctor</name>
    <message>
        <source>Restore the last backup (Settings, or `toward restore`); the damaged files are kept aside, whole.</source>
        <translation>Stelle die letzte Sicherung wieder her (in den Einstellungen oder mit `toward restore`); die beschädigten Dateien werden vollständig beiseitegelegt.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>No household in {folder}. Give its folder with --data-dir PATH.</source>
        <translation>Kein Haushalt in {folder}. Gib seinen Ordner mit --data-dir PFAD an.</translation>
    </message>
    <message>
        <source>Checking the household in {folder}</source>
        <translation>Der Haushalt in {folder} wird geprüft</translation>
    </message>
    <message>
        <source>Whose password will you give?</source>
        <translation>Wessen Passwort gibst du an?</translation>
    </message>
    <message>
        <source>Nobody has been set up yet, so there is no database to check.</source>
        <translation>Es ist noch niemand eingerichtet, daher gibt es keine Datenbank zu prüfen.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <source>This household has two partners: say whose password that is with --partner NAME ({items}).</source>
        <translation>In diesem Haushalt gibt es zwei Personen: Gib mit --partner NAME an, wessen Passwort das ist ({items}).</translation>
    </message>
    <message>
        <source>Databases not checked: no password was given (see --partner NAME).</source>
        <translation>Datenbanken nicht geprüft: Es wurde kein Passwort angegeben (siehe --partner NAME).</translation>
    </message>
    <message>
        <source>No partner called {partner}. Partners: {items}.</source>
        <translation>Niemand heißt {partner}. Personen: {items}.</translation>
    </message>
    <message>
        <source>{name}&apos;s password: </source>
        <translation>Passwort von {name}: </translation>
    </message>
    <message>
        <source>Databases not checked: no password was given for {name}.</source>
        <translation>Datenbanken nicht geprüft: Für {name} wurde kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>{keystore_name} reads cleanly ({partners})</source>
        <translation>{keystore_name} lässt sich fehlerfrei lesen ({partners})</translation>
    </message>
    <message>
        <source>{backup_name} not there yet (it is made at the next change)</source>
        <translation>{backup_name} gibt es noch nicht (wird bei der nächsten Änderung angelegt)</translation>
    </message>
    <message>
        <source>{backup_name} reads cleanly</source>
        <translation>{backup_name} lässt sich fehlerfrei lesen</translation>
    </message>
    <message>
        <source>{backup_name} belongs to a different household</source>
        <translation>{backup_name} gehört zu einem anderen Haushalt</translation>
    </message>
    <message>
        <source>{backup_name} present and belongs to the same household</source>
        <translation>{backup_name} ist vorhanden und gehört zum selben Haushalt</translation>
    </message>
    <message>
        <source>{exc} The databases were not checked.</source>
        <translation>{exc} Die Datenbanken wurden nicht geprüft.</translation>
    </message>
    <message>
        <source>The password opens {name}&apos;s space</source>
        <translation>Das Passwort öffnet den Bereich von {name}</translation>
    </message>
    <message>
        <source>{name}&apos;s private space</source>
        <translation>Privater Bereich von {name}</translation>
    </message>
    <message>
        <source>the shared space</source>
        <translation>der gemeinsame Bereich</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged parts</source>
        <translation>
            <numerusform>%n beschädigte Stelle</numerusform>
            <numerusform>%n beschädigte Stellen</numerusform>
        </translation>
    </message>
    <message>
        <source>{label} ({name}) fails its integrity check ({count} found). Nothing was changed. {restore_advice}</source>
        <translation>{label} ({name}) besteht die Integritätsprüfung nicht ({count} gefunden). Nichts wurde verändert. {restore_advice}</translation>
    </message>
    <message>
        <source>{label} ({name}) passes its integrity check</source>
        <translation>{label} ({name}) besteht die Integritätsprüfung</translation>
    </message>
    <message>
        <source>Kept aside, not applied: {what} (asked {when}). {why}</source>
        <translation>Beiseitegelegt, nicht übernommen: {what} (gewünscht {when}). {why}</translation>
    </message>
    <message>
        <source>{name} has no password slot</source>
        <translation>{name} hat keinen Passwort-Platz</translation>
    </message>
    <message>
        <source>{name}&apos;s password slot</source>
        <translation>Passwort-Platz von {name}</translation>
    </message>
    <message>
        <source>{name}&apos;s password is bound to this computer</source>
        <translation>Das Passwort von {name} ist an diesen Computer gebunden</translation>
    </message>
    <message>
        <source>{name}&apos;s password is bound to a computer whose key is not in this keyring; the recovery code still opens the space</source>
        <translation>Das Passwort von {name} ist an einen Computer gebunden, dessen Schlüssel nicht in diesem Schlüsselbund liegt; der Wiederherstellungscode öffnet den Bereich trotzdem</translation>
    </message>
    <message>
        <source>{name} has a recovery code slot</source>
        <translation>{name} hat einen Platz für den Wiederherstellungscode</translation>
    </message>
    <message>
        <source>{name} has no recovery code slot</source>
        <translation>{name} hat keinen Platz für den Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Argon2id with {memory} MiB, {passes} passes, parallelism {lanes}</source>
        <translation>Argon2id mit {memory} MiB, {passes} Durchläufen, Parallelität {lanes}</translation>
    </message>
    <message>
        <source>{label}: {described}, below the floor Toward allows</source>
        <translation>{label}: {described}, unter dem Minimum, das Toward zulässt</translation>
    </message>
    <message>
        <source>{label}: {described} (at or above the floor, below the default)</source>
        <translation>{label}: {described} (am oder über dem Minimum, unter dem Standard)</translation>
    </message>
    <message>
        <source>{name} ({label}) is missing</source>
        <translation>{name} ({label}) fehlt</translation>
    </message>
    <message>
        <source>{name} ({label}) cannot be read: {strerror}</source>
        <translation>{name} ({label}) kann nicht gelesen werden: {strerror}</translation>
    </message>
    <message>
        <source>{name} ({label}) is empty: the file was truncated</source>
        <translation>{name} ({label}) ist leer: Die Datei wurde abgeschnitten</translation>
    </message>
    <message>
        <source>{name} ({label}) is not encrypted</source>
        <translation>{name} ({label}) ist nicht verschlüsselt</translation>
    </message>
    <message>
        <source>{name} ({label}) is {size} bytes, not a whole number of pages: the file looks cut short</source>
        <translation>{name} ({label}) hat {size} Bytes, keine ganze Zahl von Seiten: Die Datei scheint abgeschnitten</translation>
    </message>
    <message>
        <source>{name} ({label}): {damage}. Toward will not open it, so nothing more is lost. {restore_advice}</source>
        <translation>{name} ({label}): {damage}. Toward öffnet sie nicht, damit nicht noch mehr verloren geht. {restore_advice}</translation>
    </message>
    <message>
        <source>{name} ({label}) present, {size}</source>
        <translation>{name} ({label}) vorhanden, {size}</translation>
    </message>
    <message>
        <source>{folder} cannot be written to: Toward can open it read-only (to read, and to make a backup), but nothing can be changed there</source>
        <translation>In {folder} kann nicht geschrieben werden: Toward kann den Ordner schreibgeschützt öffnen (zum Lesen und für eine Sicherung), aber dort lässt sich nichts ändern</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full or nearly ({size} free): new writing will be refused until there is room; nothing written is lost</source>
        <translation>Der Datenträger mit {folder} ist voll oder fast voll ({size} frei): Neues kann erst wieder gespeichert werden, wenn Platz ist; nichts Gespeichertes geht verloren</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>no partners yet</source>
        <translation>noch keine Personen</translation>
    </message>
    <message numerus="yes">
        <source>%n partners</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems found.</source>
        <translation>
            <numerusform>%n Problem gefunden.</numerusform>
            <numerusform>%n Probleme gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything checked looks healthy.</source>
        <translation>Alles Geprüfte sieht gesund aus.</translation>
    </message>
</context>
<context>
    <name>cli.export</name>
    <message>
        <source>It holds only your own words, so it is not noted in the export history your partner sees.</source>
        <translation>Sie enthält nur deine eigenen Worte und wird deshalb nicht im Exportverlauf vermerkt, den dein Gegenüber sieht.</translation>
    </message>
    <message>
        <source>Paper is a4 or letter.</source>
        <translation>Papier ist a4 oder letter.</translation>
    </message>
    <message>
        <source>Only a PDF can be protected with a password.</source>
        <translation>Nur ein PDF kann mit einem Passwort geschützt werden.</translation>
    </message>
    <message>
        <source>toward export: say whose summary it is with --partner NAME ({names}).</source>
        <translation>toward export: Gib mit --partner NAME an, wessen Zusammenfassung es ist ({names}).</translation>
    </message>
    <message>
        <source>{name}&apos;s password: </source>
        <translation>Passwort von {name}: </translation>
    </message>
    <message>
        <source>toward export: no password was given.</source>
        <translation>toward export: Es wurde kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>A password for the PDF: </source>
        <translation>Ein Passwort für das PDF: </translation>
    </message>
    <message>
        <source>toward export: --protect needs a password for the PDF.</source>
        <translation>toward export: --protect braucht ein Passwort für das PDF.</translation>
    </message>
    <message>
        <source>Wrote the summary for {period} to {file}.</source>
        <translation>Die Zusammenfassung für {period} wurde in {file} geschrieben.</translation>
    </message>
    <message>
        <source>Anyone who gets this file can read it. Keep it safe, or use --protect.</source>
        <translation>Wer diese Datei bekommt, kann sie lesen. Bewahre sie sicher auf oder nutze --protect.</translation>
    </message>
    <message>
        <source>{option} is a date like 2026-03-31, not {text}.</source>
        <translation>{option} ist ein Datum wie 2026-03-31, nicht {text}.</translation>
    </message>
    <message>
        <source>The file name ends in .pdf or .md, which says the format.</source>
        <translation>Der Dateiname endet auf .pdf oder .md; daran erkennt Toward das Format.</translation>
    </message>
    <message>
        <source>{file} already exists; choose another name or move it first.</source>
        <translation>{file} gibt es schon; wähle einen anderen Namen oder verschiebe die Datei vorher.</translation>
    </message>
    <message>
        <source>There is no folder {folder}.</source>
        <translation>Es gibt keinen Ordner {folder}.</translation>
    </message>
    <message>
        <source>The note file cannot be read: {reason}</source>
        <translation>Die Notizdatei kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>A note can be at most {count} characters.</source>
        <translation>Eine Notiz kann höchstens {count} Zeichen lang sein.</translation>
    </message>
</context>
<context>
    <name>cli.main</name>
    <message>
        <source>--demo makes its own temporary household; it takes no --data-dir or command</source>
        <translation>--demo legt einen eigenen, vorübergehenden Haushalt an; es nimmt weder --data-dir noch einen Befehl an</translation>
    </message>
    <message>
        <source>Toward: a private, encrypted companion for a couple working on trust.</source>
        <translation>Toward: ein privater, verschlüsselter Begleiter für Paare, die an ihrem Vertrauen arbeiten.</translation>
    </message>
    <message>
        <source>open a throwaway household with sample data (removed on exit)</source>
        <translation>einen Wegwerf-Haushalt mit Beispieldaten öffnen (wird beim Beenden gelöscht)</translation>
    </message>
    <message>
        <source>check the household&apos;s files and, with a password, its databases</source>
        <translation>die Dateien des Haushalts prüfen und, mit einem Passwort, seine Datenbanken</translation>
    </message>
    <message>
        <source>Check the keystore and database files; given a partner&apos;s password (prompted, or one line on standard input), run the encrypted databases&apos; integrity checks. Exit code 0: healthy; 1: a problem was found or a check could not be done; 2: usage error.</source>
        <translation>Schlüsselspeicher und Datenbankdateien prüfen; mit dem Passwort einer Person (abgefragt oder als eine Zeile über die Standardeingabe) die Integritätsprüfungen der verschlüsselten Datenbanken ausführen. Rückgabewert 0: gesund; 1: ein Problem wurde gefunden oder eine Prüfung war nicht möglich; 2: falscher Aufruf.</translation>
    </message>
    <message>
        <source>whose password is given (needed with two partners)</source>
        <translation>wessen Passwort angegeben wird (nötig bei zwei Personen)</translation>
    </message>
    <message>
        <source>write a summary for a couples therapist (PDF or Markdown)</source>
        <translation>eine Zusammenfassung für eine Paartherapeutin oder einen Paartherapeuten schreiben (PDF oder Markdown)</translation>
    </message>
    <message>
        <source>Write a therapy summary of a period as the partner would see it in Toward. The partner&apos;s password is prompted for, or read as the first line of standard input; with --protect the PDF&apos;s password follows (prompted, or the next line). The export is noted in the export history both partners see, unless it is for an individual session (--individual): that holds only your own words, so it is not noted.</source>
        <translation>Eine Therapie-Zusammenfassung eines Zeitraums schreiben, so wie die Person ihn in Toward sieht. Das Passwort der Person wird abgefragt oder als erste Zeile der Standardeingabe gelesen; mit --protect folgt das Passwort für das PDF (abgefragt oder als nächste Zeile). Der Export wird im Exportverlauf vermerkt, den beide sehen, außer er ist für eine Einzelsitzung (--individual): Der enthält nur deine eigenen Worte und wird deshalb nicht vermerkt.</translation>
    </message>
    <message>
        <source>whose summary (needed with two)</source>
        <translation>wessen Zusammenfassung (nötig bei zwei Personen)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>any of note, since, practices, bids, ledger, promises, repairs, talks, journal (default: all of these); questions and checkins are ticked in the app</source>
        <translation>beliebige aus note, since, practices, bids, ledger, promises, repairs, talks, journal (Standard: alle davon); questions und checkins werden in der App angehakt</translation>
    </message>
    <message>
        <source>FILE.pdf or FILE.md</source>
        <translation>DATEI.pdf oder DATEI.md</translation>
    </message>
    <message>
        <source>a4 (default) or letter</source>
        <translation>a4 (Standard) oder letter</translation>
    </message>
    <message>
        <source>protect the PDF with a password (AES-256)</source>
        <translation>das PDF mit einem Passwort schützen (AES-256)</translation>
    </message>
    <message>
        <source>what you want to talk about, from a text file</source>
        <translation>worüber du sprechen möchtest, aus einer Textdatei</translation>
    </message>
    <message>
        <source>for an individual session: only your own words, not noted in the shared history</source>
        <translation>für eine Einzelsitzung: nur deine eigenen Worte, nicht im gemeinsamen Verlauf vermerkt</translation>
    </message>
    <message>
        <source>the household&apos;s data folder (also ${variable}; default: the app-data folder)</source>
        <translation>der Datenordner des Haushalts (auch ${variable}; Standard: der App-Datenordner)</translation>
    </message>
    <message>
        <source>log what happens to standard error</source>
        <translation>protokollieren, was passiert, auf die Standardfehlerausgabe</translation>
    </message>
    <message>
        <source>This system has no app-data folder; give one with --data-dir PATH.</source>
        <translation>Dieses System hat keinen App-Datenordner; gib einen mit --data-dir PFAD an.</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Noch einmal dasselbe Passwort: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was written.</source>
        <translation>Die beiden Passwörter unterscheiden sich; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Demo household in {folder} (removed on exit)</source>
        <translation>Demo-Haushalt in {folder} (wird beim Beenden gelöscht)</translation>
    </message>
</context>
<context>
    <name>cli.qt_platform</name>
    <message>
        <source>Toward can&apos;t open its window: the system libraries Qt needs to draw on this desktop are not all installed (missing: {files}).</source>
        <translation>Toward kann sein Fenster nicht öffnen: Nicht alle Systembibliotheken, die Qt zum Zeichnen auf diesem Desktop braucht, sind installiert (es fehlen: {files}).</translation>
    </message>
    <message>
        <source>Install the packages that provide them with your system&apos;s package manager (on Debian or Ubuntu: `{command}`), then start Toward again. Nothing was opened or changed.</source>
        <translation>Installiere die Pakete, die sie bereitstellen, mit der Paketverwaltung deines Systems (unter Debian oder Ubuntu: `{command}`) und starte Toward dann neu. Nichts wurde geöffnet oder verändert.</translation>
    </message>
    <message>
        <source>On {system}, install them with `{command}`, then start Toward again. Nothing was opened or changed.</source>
        <translation>Installiere sie unter {system} mit `{command}` und starte Toward dann neu. Nichts wurde geöffnet oder verändert.</translation>
    </message>
</context>
<context>
    <name>cli.sync</name>
    <message>
        <source>keep the household on two computers through a synced folder</source>
        <translation>den Haushalt über einen synchronisierten Ordner auf zwei Computern führen</translation>
    </message>
    <message>
        <source>Keep a household on more than one computer through a folder a sync engine (Syncthing, a cloud drive, a network share) keeps in step. Everything written there is encrypted.</source>
        <translation>Führe einen Haushalt auf mehr als einem Computer, über einen Ordner, den ein Sync-Dienst (Syncthing, ein Cloud-Speicher, eine Netzwerkfreigabe) abgleicht. Alles, was dort liegt, ist verschlüsselt.</translation>
    </message>
    <message>
        <source>link this household to a sync folder</source>
        <translation>diesen Haushalt mit einem Sync-Ordner verbinden</translation>
    </message>
    <message>
        <source>the synced folder</source>
        <translation>der synchronisierte Ordner</translation>
    </message>
    <message>
        <source>whose password is given</source>
        <translation>wessen Passwort angegeben wird</translation>
    </message>
    <message>
        <source>this computer&apos;s name for the others</source>
        <translation>der Name dieses Computers für die anderen</translation>
    </message>
    <message>
        <source>Check that the sync service shows no errors for this folder on both computers; once it copies the file again whole, Toward applies it. Nothing is lost: the computer that wrote it still has those changes.</source>
        <translation>Prüfe, ob der Sync-Dienst für diesen Ordner auf beiden Computern keine Fehler zeigt; sobald er die Datei wieder vollständig kopiert, wendet Toward sie an. Es geht nichts verloren: Der Computer, der sie geschrieben hat, hat diese Änderungen noch.</translation>
    </message>
    <message>
        <source>keep your private changes in a folder only your own computers share</source>
        <translation>deine privaten Änderungen in einem Ordner halten, den nur deine eigenen Computer teilen</translation>
    </message>
    <message>
        <source>From now on your private changes travel through FOLDER, a folder your sync service shares only between your own computers, never with your partner&apos;s. This computer&apos;s earlier private files move there from the sync folder. Give the same folder on each of your computers.</source>
        <translation>Ab jetzt gehen deine privaten Änderungen über FOLDER, einen Ordner, den dein Sync-Dienst nur zwischen deinen eigenen Computern teilt, nie mit dem deines Gegenübers. Die früheren privaten Dateien dieses Computers ziehen aus dem Sync-Ordner dorthin um. Gib auf jedem deiner Computer denselben Ordner an.</translation>
    </message>
    <message>
        <source>the folder for your private changes</source>
        <translation>der Ordner für deine privaten Änderungen</translation>
    </message>
    <message>
        <source>stop using your private folder on this computer</source>
        <translation>deinen privaten Ordner auf diesem Computer nicht mehr verwenden</translation>
    </message>
    <message>
        <source>From now on your private changes travel through the sync folder again, encrypted with a key only you hold: your partner&apos;s computer holds them and cannot read them. This computer&apos;s own private files move back there from your private folder first. Your other computers that still use that folder read them; what they write there reaches this computer once you stop using it on them too.</source>
        <translation>Ab jetzt gehen deine privaten Änderungen wieder über den Sync-Ordner, verschlüsselt mit einem Schlüssel, den nur du hast: Der Computer deines Gegenübers hält sie und kann sie nicht lesen. Zuerst kommen die eigenen privaten Dateien dieses Computers aus deinem privaten Ordner dorthin zurück. Deine anderen Computer, die diesen Ordner noch verwenden, lesen sie; was sie dort schreiben, erreicht diesen Computer, sobald du den Ordner auch auf ihnen nicht mehr verwendest.</translation>
    </message>
    <message>
        <source>a one-time code for your partner to join</source>
        <translation>ein einmaliger Code, mit dem dein Gegenüber beitritt</translation>
    </message>
    <message>
        <source>who invites</source>
        <translation>wer einlädt</translation>
    </message>
    <message>
        <source>join a household from its sync folder on this computer</source>
        <translation>auf diesem Computer einem Haushalt aus seinem Sync-Ordner beitreten</translation>
    </message>
    <message>
        <source>Make the household in FOLDER on this computer, in an empty --data-dir. On your own other computer give your password; on your partner&apos;s computer give the invitation&apos;s code, then the new password (one line each on standard input).</source>
        <translation>Richtet den Haushalt aus FOLDER auf diesem Computer ein, in einem leeren --data-dir. Auf deinem eigenen anderen Computer gibst du dein Passwort ein; auf dem Computer deines Gegenübers den Code der Einladung und dann das neue Passwort (je eine Zeile auf der Standardeingabe).</translation>
    </message>
    <message>
        <source>your name in the household</source>
        <translation>dein Name im Haushalt</translation>
    </message>
    <message>
        <source>on your own other computer: the folder your private changes travel through</source>
        <translation>auf deinem eigenen anderen Computer: der Ordner, über den deine privaten Änderungen gehen</translation>
    </message>
    <message>
        <source>exchange changes with the sync folder once</source>
        <translation>Änderungen einmal mit dem Sync-Ordner austauschen</translation>
    </message>
    <message>
        <source>the other computers and any problems</source>
        <translation>die anderen Computer und etwaige Probleme</translation>
    </message>
    <message>
        <source>Linked the household in {data} to {folder}.</source>
        <translation>Der Haushalt in {data} ist jetzt mit {folder} verbunden.</translation>
    </message>
    <message>
        <source>Give this code to your partner, by voice or in person; it works once, for 7 days. On their computer: toward sync join FOLDER --name THEIR-NAME</source>
        <translation>Gib diesen Code deinem Gegenüber, am Telefon oder persönlich; er gilt einmal, 7 Tage lang. Auf seinem Computer: toward sync join FOLDER --name SEIN-NAME</translation>
    </message>
    <message>
        <source>{name}&apos;s private changes now travel through {folder}.</source>
        <translation>Die privaten Änderungen von {name} gehen jetzt über {folder}.</translation>
    </message>
    <message>
        <source>{name}&apos;s private changes travel through the sync folder again. On your other computers that use {folder}, stop using it too: toward sync unlink-private</source>
        <translation>Die privaten Änderungen von {name} gehen wieder über den Sync-Ordner. Verwende {folder} auch auf deinen anderen Computern, die ihn nutzen, nicht mehr: toward sync unlink-private</translation>
    </message>
    <message>
        <source>{name}&apos;s password: </source>
        <translation>Passwort von {name}: </translation>
    </message>
    <message>
        <source>toward: no password was given for {name}.</source>
        <translation>toward: Für {name} wurde kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>toward: --private-folder is for joining your own other computer; on your own computer, choose one later with: toward sync link-private</source>
        <translation>toward: --private-folder ist für den Beitritt deines eigenen anderen Computers; auf deinem eigenen Computer wählst du später einen mit: toward sync link-private</translation>
    </message>
    <message>
        <source>toward: no password was given.</source>
        <translation>toward: Es wurde kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>The code your partner gave you: </source>
        <translation>Der Code von deinem Gegenüber: </translation>
    </message>
    <message>
        <source>Your new password: </source>
        <translation>Dein neues Passwort: </translation>
    </message>
    <message>
        <source>toward: give the code, then a new password.</source>
        <translation>toward: Gib den Code ein und dann ein neues Passwort.</translation>
    </message>
    <message>
        <source>{name} joined the household in {data}.</source>
        <translation>{name} ist dem Haushalt in {data} beigetreten.</translation>
    </message>
    <message>
        <source>Your recovery code (write it down and keep it safe; it is shown once): {code}</source>
        <translation>Dein Wiederherstellungscode (schreib ihn auf und bewahre ihn sicher auf; er wird nur einmal gezeigt): {code}</translation>
    </message>
    <message>
        <source>Not applied: {what}</source>
        <translation>Nicht übernommen: {what}</translation>
    </message>
    <message>
        <source>Problem: {what}</source>
        <translation>Problem: {what}</translation>
    </message>
    <message>
        <source>This household is not linked to a sync folder.</source>
        <translation>Dieser Haushalt ist mit keinem Sync-Ordner verbunden.</translation>
    </message>
    <message>
        <source>Linked to {folder}.</source>
        <translation>Verbunden mit {folder}.</translation>
    </message>
    <message>
        <source>{name}&apos;s private changes travel through {folder}.</source>
        <translation>Die privaten Änderungen von {name} gehen über {folder}.</translation>
    </message>
    <message>
        <source>{computer} sends {name}&apos;s private changes through the sync folder, not the private folder: what this computer sends there reaches it once it uses the same folder (toward sync link-private), or once this one stops (toward sync unlink-private).</source>
        <translation>{computer} schickt die privaten Änderungen von {name} über den Sync-Ordner, nicht über den privaten Ordner: Was dieser Computer dorthin schickt, erreicht ihn, sobald er denselben Ordner verwendet (toward sync link-private) oder sobald dieser ihn nicht mehr verwendet (toward sync unlink-private).</translation>
    </message>
    <message>
        <source>{name}: a change file stays unreadable since {when}.</source>
        <translation>{name}: Eine Änderungsdatei bleibt seit {when} unlesbar.</translation>
    </message>
    <message>
        <source>{name}: up to date, last heard {when}.</source>
        <translation>{name}: auf dem neuesten Stand, zuletzt gemeldet {when}.</translation>
    </message>
    <message>
        <source>{name}: waiting for changes since {when}.</source>
        <translation>{name}: wartet seit {when} auf Änderungen.</translation>
    </message>
    <message>
        <source>A change file from {name} stays unreadable since {when}. {advice}</source>
        <translation>Eine Änderungsdatei von {name} bleibt seit {when} unlesbar. {advice}</translation>
    </message>
    <message numerus="yes">
        <source>Changes applied from other computers: %n.</source>
        <translation>
            <numerusform>Von anderen Computern übernommene Änderungen: %n.</numerusform>
            <numerusform>Von anderen Computern übernommene Änderungen: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes sent: %n.</source>
        <translation>
            <numerusform>Gesendete Änderungen: %n.</numerusform>
            <numerusform>Gesendete Änderungen: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core.bids</name>
    <message>
        <source>Research context, not a grade: in John Gottman&apos;s study of newlywed couples, those still together six years later had turned toward each other&apos;s bids about 86% of the time; those who had separated, about 33%. (Gottman &amp; DeClaire, The Relationship Cure, 2001.) Every couple&apos;s numbers move from week to week.</source>
        <translation>Zur Einordnung, nicht als Note: In John Gottmans Studie mit frisch verheirateten Paaren hatten sich die Paare, die sechs Jahre später noch zusammen waren, den Kontaktangeboten des anderen in etwa 86 % der Fälle zugewandt; die Paare, die sich getrennt hatten, in etwa 33 %. (Gottman &amp; DeClaire, The Relationship Cure, 2001.) Die Zahlen jedes Paares ändern sich von Woche zu Woche.</translation>
    </message>
</context>
<context>
    <name>core.bids.model</name>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>core.bids.waiting</name>
    <message>
        <source>Bids you could still turn toward</source>
        <translation>Kontaktangebote, denen du dich noch zuwenden kannst</translation>
    </message>
    <message>
        <source>{kind}, {day}</source>
        <translation>{kind}, {day}</translation>
    </message>
</context>
<context>
    <name>core.checkins</name>
    <message>
        <source>How close did I feel to my partner this week?</source>
        <translation>Wie nah habe ich mich meinem Gegenüber diese Woche gefühlt?</translation>
    </message>
    <message>
        <source>How safe did I feel to say what I really think?</source>
        <translation>Wie sicher habe ich mich gefühlt, zu sagen, was ich wirklich denke?</translation>
    </message>
    <message>
        <source>How hopeful do I feel about us right now?</source>
        <translation>Wie zuversichtlich bin ich gerade, was uns betrifft?</translation>
    </message>
    <message>
        <source>Felt close</source>
        <translation>Nähe gespürt</translation>
    </message>
    <message>
        <source>Felt safe to speak</source>
        <translation>Sicher beim Reden</translation>
    </message>
    <message>
        <source>Hopeful</source>
        <translation>Zuversicht</translation>
    </message>
    <message>
        <source>not at all</source>
        <translation>gar nicht</translation>
    </message>
    <message>
        <source>a little</source>
        <translation>ein wenig</translation>
    </message>
    <message>
        <source>somewhat</source>
        <translation>etwas</translation>
    </message>
    <message>
        <source>quite</source>
        <translation>ziemlich</translation>
    </message>
    <message>
        <source>very</source>
        <translation>sehr</translation>
    </message>
    <message>
        <source>Context, not a measure: asking clients routinely how they are doing between sessions, and sharing it with the therapist, has been linked to better outcomes in couple therapy (Anker, Duncan &amp; Sparks, 2009). Your answers are yours; they describe a week, not a person.</source>
        <translation>Kontext, kein Maßstab: Regelmäßig nachzufragen, wie es zwischen den Sitzungen geht, und das in die Therapie mitzunehmen, geht in der Paartherapie mit besseren Ergebnissen einher (Anker, Duncan &amp; Sparks, 2009). Deine Antworten gehören dir; sie beschreiben eine Woche, keinen Menschen.</translation>
    </message>
    <message>
        <source>Your weekly check-in</source>
        <translation>Dein wöchentlicher Check-in</translation>
    </message>
    <message>
        <source>Three private questions about your own week. Only you see the answers.</source>
        <translation>Drei private Fragen zu deiner eigenen Woche. Nur du siehst die Antworten.</translation>
    </message>
</context>
<context>
    <name>core.clock</name>
    <message>
        <source>from {first} to {last}</source>
        <translation>von {first} bis {last}</translation>
    </message>
</context>
<context>
    <name>core.journal.entries</name>
    <message>
        <source>{count}+ shared entries waiting for you</source>
        <translation>Mehr als {count} gemeinsame Einträge warten auf dich</translation>
    </message>
    <message numerus="yes">
        <source>%n shared entries waiting for you</source>
        <translation>
            <numerusform>%n gemeinsamer Eintrag wartet auf dich</numerusform>
            <numerusform>%n gemeinsame Einträge warten auf dich</numerusform>
        </translation>
    </message>
    <message>
        <source>Unread in the shared journal</source>
        <translation>Ungelesen im gemeinsamen Tagebuch</translation>
    </message>
</context>
<context>
    <name>core.labels</name>
    <message>
        <source>a comment</source>
        <translation>eine Bemerkung</translation>
    </message>
    <message>
        <source>a question</source>
        <translation>eine Frage</translation>
    </message>
    <message>
        <source>a touch</source>
        <translation>eine Berührung</translation>
    </message>
    <message>
        <source>a request for help</source>
        <translation>eine Bitte um Hilfe</translation>
    </message>
    <message>
        <source>an invitation</source>
        <translation>eine Einladung</translation>
    </message>
    <message>
        <source>a sigh or a look</source>
        <translation>ein Seufzer oder ein Blick</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <source>turned toward</source>
        <translation>zugewandt</translation>
    </message>
    <message>
        <source>turned away</source>
        <translation>abgewandt</translation>
    </message>
    <message>
        <source>turned against</source>
        <translation>dagegen gewandt</translation>
    </message>
    <message>
        <source>not yet answered</source>
        <translation>noch nicht beantwortet</translation>
    </message>
    <message>
        <source>heavy</source>
        <translation>schwer</translation>
    </message>
    <message>
        <source>low</source>
        <translation>gedrückt</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>ausgeglichen</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>bright</source>
        <translation>heiter</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>gesehen</translation>
    </message>
    <message>
        <source>has a question</source>
        <translation>hat eine Frage</translation>
    </message>
    <message>
        <source>talked it through</source>
        <translation>besprochen</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>gehalten</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>nicht gehalten</translation>
    </message>
    <message>
        <source>renegotiated</source>
        <translation>neu vereinbart</translation>
    </message>
    <message>
        <source>released</source>
        <translation>entbunden</translation>
    </message>
    <message>
        <source>finding a time</source>
        <translation>Termin wird gesucht</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>on a break</source>
        <translation>in einer Pause</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>An argument</source>
        <translation>Ein Streit</translation>
    </message>
    <message>
        <source>A broken agreement</source>
        <translation>Eine gebrochene Vereinbarung</translation>
    </message>
    <message>
        <source>Something kept secret</source>
        <translation>Etwas, das verheimlicht wurde</translation>
    </message>
    <message>
        <source>A breach of trust</source>
        <translation>Ein Vertrauensbruch</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <source>What I want to talk about</source>
        <translation>Worüber ich sprechen möchte</translation>
    </message>
    <message>
        <source>Questions for our therapist</source>
        <translation>Fragen an unsere Therapeutin oder unseren Therapeuten</translation>
    </message>
    <message>
        <source>My weekly check-ins</source>
        <translation>Meine wöchentlichen Check-ins</translation>
    </message>
    <message>
        <source>What happened since last time</source>
        <translation>Was seit dem letzten Mal passiert ist</translation>
    </message>
    <message>
        <source>What we practised</source>
        <translation>Was wir geübt haben</translation>
    </message>
    <message>
        <source>Bids for connection</source>
        <translation>Kontaktangebote</translation>
    </message>
    <message>
        <source>Promises and agreements</source>
        <translation>Versprechen und Vereinbarungen</translation>
    </message>
    <message>
        <source>Money ledger</source>
        <translation>Haushaltsbuch</translation>
    </message>
    <message>
        <source>Repair conversations</source>
        <translation>Klärungsgespräche</translation>
    </message>
    <message>
        <source>Planned conversations</source>
        <translation>Geplante Gespräche</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
</context>
<context>
    <name>core.ledger.agreement</name>
    <message>
        <source>We tell each other about any purchase over {amount} the same day.</source>
        <translation>Wir erzählen einander noch am selben Tag von jedem Kauf über {amount}.</translation>
    </message>
    <message numerus="yes">
        <source>We tell each other about any purchase over {amount} within %n days.</source>
        <translation>
            <numerusform>Wir erzählen einander innerhalb von %n Tag von jedem Kauf über {amount}.</numerusform>
            <numerusform>Wir erzählen einander innerhalb von %n Tagen von jedem Kauf über {amount}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core.ledger.reading</name>
    <message>
        <source>{count}+ questions about your disclosures</source>
        <translation>{count}+ Fragen zu deinen Offenlegungen</translation>
    </message>
    <message numerus="yes">
        <source>%n questions about your disclosures</source>
        <translation>
            <numerusform>%n Frage zu deinen Offenlegungen</numerusform>
            <numerusform>%n Fragen zu deinen Offenlegungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Money shared with you</source>
        <translation>Mit dir geteilte Käufe</translation>
    </message>
    <message>
        <source>Questions about your disclosures</source>
        <translation>Fragen zu deinen Offenlegungen</translation>
    </message>
    <message>
        <source>An agreement waiting for you</source>
        <translation>Eine Vereinbarung wartet auf dich</translation>
    </message>
    <message>
        <source>{amount} at an unnamed payee, {day}</source>
        <translation>{amount} bei einem ungenannten Empfänger, {day}</translation>
    </message>
    <message>
        <source>{amount} at {payee}, {day}</source>
        <translation>{amount} bei {payee}, {day}</translation>
    </message>
</context>
<context>
    <name>core.ledger.records</name>
    <message>
        <source>response</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <source>note on the correction</source>
        <translation>Notiz zur Korrektur</translation>
    </message>
    <message>
        <source>why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>payee</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message numerus="yes">
        <source>disclosed %n days after the agreed {agreed}</source>
        <translation>
            <numerusform>%n Tag später als die vereinbarten {agreed}</numerusform>
            <numerusform>%n Tage später als die vereinbarten {agreed}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core.ledger.writing</name>
    <message>
        <source>question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>core.operations</name>
    <message>
        <source>Sharing one of your records</source>
        <translation>Einen deiner Einträge teilen</translation>
    </message>
    <message>
        <source>Something of your partner&apos;s already stood where its shared copy would go.</source>
        <translation>Dort, wo seine geteilte Kopie hingehören würde, stand schon etwas von deinem Gegenüber.</translation>
    </message>
    <message>
        <source>Taking one of your records back from the shared space</source>
        <translation>Einen deiner Einträge aus dem gemeinsamen Bereich zurücknehmen</translation>
    </message>
    <message>
        <source>Its shared copy was not yours to remove.</source>
        <translation>Seine geteilte Kopie war nicht deine, um sie zu entfernen.</translation>
    </message>
    <message>
        <source>Disclosing a purchase</source>
        <translation>Einen Kauf offenlegen</translation>
    </message>
    <message>
        <source>The shared ledger already held a line in its place.</source>
        <translation>Im gemeinsamen Haushaltsbuch stand an dieser Stelle schon eine Zeile.</translation>
    </message>
    <message>
        <source>Correcting a disclosure</source>
        <translation>Eine Offenlegung korrigieren</translation>
    </message>
    <message>
        <source>That disclosure had already been corrected in the meantime.</source>
        <translation>Diese Offenlegung war inzwischen schon korrigiert worden.</translation>
    </message>
    <message>
        <source>Revealing your answer in a repair conversation</source>
        <translation>Deine Antwort in einem Klärungsgespräch aufdecken</translation>
    </message>
    <message>
        <source>An answer stays sealed until both of you have answered; yours waits in your space.</source>
        <translation>Eine Antwort bleibt versiegelt, bis ihr beide geantwortet habt; deine wartet in deinem Bereich.</translation>
    </message>
    <message>
        <source>Revealing your answer in a knowing round</source>
        <translation>Deine Antwort in einer Runde „Wie gut kennt ihr euch?“ aufdecken</translation>
    </message>
    <message>
        <source>Importing records into both spaces</source>
        <translation>Datensätze in beide Bereiche importieren</translation>
    </message>
    <message>
        <source>The shared space already held some of them in their place.</source>
        <translation>Im gemeinsamen Bereich standen einige davon schon an ihrer Stelle.</translation>
    </message>
    <message>
        <source>A change to your private and shared spaces</source>
        <translation>Eine Änderung an deinem privaten und am gemeinsamen Bereich</translation>
    </message>
    <message>
        <source>The shared space no longer allowed it.</source>
        <translation>Der gemeinsame Bereich hat es nicht mehr zugelassen.</translation>
    </message>
    <message>
        <source>Nothing of it was half applied: the shared space took none of it, and your own space is as it was before you asked.</source>
        <translation>Nichts davon wurde halb übernommen: Der gemeinsame Bereich hat nichts davon aufgenommen, und dein eigener Bereich ist so, wie er war, bevor du es wolltest.</translation>
    </message>
</context>
<context>
    <name>core.period</name>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
</context>
<context>
    <name>core.practices</name>
    <message>
        <source>once a week</source>
        <translation>einmal pro Woche</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message numerus="yes">
        <source>%n times a week</source>
        <translation>
            <numerusform>%n-mal pro Woche</numerusform>
            <numerusform>%n-mal pro Woche</numerusform>
        </translation>
    </message>
    <message>
        <source>practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Practices from therapy</source>
        <translation>Übungen aus der Therapie</translation>
    </message>
    <message>
        <source>{what} · {how_often}, not yet practised this week</source>
        <translation>{what} · {how_often}, diese Woche noch nicht geübt</translation>
    </message>
    <message numerus="yes">
        <source>{what} · {how_often}, practised %n times so far this week</source>
        <translation>
            <numerusform>{what} · {how_often}, diese Woche bisher %n-mal geübt</numerusform>
            <numerusform>{what} · {how_often}, diese Woche bisher %n-mal geübt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core.promises.model</name>
    <message>
        <source>agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>A moment</source>
        <translation>Ein Moment</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>The time a promise was made</source>
        <translation>Der Zeitpunkt des Versprechens</translation>
    </message>
    <message>
        <source>promise</source>
        <translation>Versprechen</translation>
    </message>
    <message>
        <source>A missed promise is a moment for repair, not a verdict on anyone: talk about what got in the way, and what would help next time.</source>
        <translation>Ein nicht gehaltenes Versprechen ist ein Anlass zum Klären, kein Urteil über irgendwen: Sprecht darüber, was dazwischenkam und was beim nächsten Mal helfen würde.</translation>
    </message>
</context>
<context>
    <name>core.promises.promises</name>
    <message>
        <source>Promises due soon</source>
        <translation>Bald fällige Versprechen</translation>
    </message>
    <message>
        <source>New terms asked for: {what}</source>
        <translation>Neue Bedingungen gewünscht: {what}</translation>
    </message>
    <message>
        <source>A promise to talk over</source>
        <translation>Ein Versprechen, über das ihr reden könnt</translation>
    </message>
    <message>
        <source>You: {what} · {due}</source>
        <translation>Du: {what} · {due}</translation>
    </message>
    <message>
        <source>To you: {what} · {due}</source>
        <translation>An dich: {what} · {due}</translation>
    </message>
    <message>
        <source>no set day</source>
        <translation>kein fester Tag</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <source>due tomorrow</source>
        <translation>morgen fällig</translation>
    </message>
    <message>
        <source>was due {day}</source>
        <translation>war fällig am {day}</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>fällig am {day}</translation>
    </message>
</context>
<context>
    <name>core.reminders</name>
    <message>
        <source>A good moment to check in with each other?</source>
        <translation>Ein guter Moment, um kurz beieinander nachzuspüren?</translation>
    </message>
</context>
<context>
    <name>core.repairs.breach</name>
    <message>
        <source>Trust that was broken comes back slowly, from honest answers and from what happens over the weeks and months after. Some questions ask about facts, some about meaning; both have their place.</source>
        <translation>Gebrochenes Vertrauen kommt langsam zurück, durch ehrliche Antworten und durch das, was in den Wochen und Monaten danach geschieht. Manche Fragen gelten den Tatsachen, manche der Bedeutung; beide haben ihren Platz.</translation>
    </message>
    <message>
        <source>If you broke the trust</source>
        <translation>Wenn du das Vertrauen gebrochen hast</translation>
    </message>
    <message>
        <source>Answer honestly and completely, even where the truth shows you in a worse light: a piece found out later hurts more than the whole told now. Let your partner say how much it hurt, as often as they need to, without defending yourself or asking them to move on. The same question may come again; each time is a chance to show you are not hiding. Change shows over time, in promises kept and in things told before being asked, and Toward keeps a record of both in Promises and in Money.</source>
        <translation>Antworte ehrlich und vollständig, auch wo die Wahrheit dich in ein schlechteres Licht rückt: Ein Stück, das später herauskommt, tut mehr weh als das Ganze, jetzt erzählt. Lass dein Gegenüber sagen, wie sehr es wehgetan hat, so oft es das braucht, ohne dich zu verteidigen oder zu bitten, es gut sein zu lassen. Dieselbe Frage kann wiederkommen; jedes Mal ist eine Gelegenheit zu zeigen, dass du dich nicht versteckst. Veränderung zeigt sich mit der Zeit, in gehaltenen Versprechen und in Dingen, die du erzählst, bevor jemand fragt, und Toward hält beides unter Versprechen und Geld fest.</translation>
    </message>
    <message>
        <source>If you were hurt</source>
        <translation>Wenn du verletzt wurdest</translation>
    </message>
    <message>
        <source>You may ask anything, and ask again. Notice whether a question is about facts or about meaning. A few clear facts end the guessing; chasing every detail can leave pictures that are hard to put down. Questions about meaning (why, what it was about, what it says about the two of you) are where understanding grows. Say what you feel rather than what your partner is, and take a break when it floods you: coming back to it is part of the work.</source>
        <translation>Du darfst alles fragen, und noch einmal fragen. Achte darauf, ob eine Frage den Tatsachen gilt oder der Bedeutung. Ein paar klare Tatsachen beenden das Rätseln; jedem Detail nachzujagen kann Bilder hinterlassen, die schwer loszulassen sind. Bei den Fragen nach der Bedeutung (warum, worum es ging, was es über euch beide sagt) wächst Verständnis. Sag, was du fühlst, statt was dein Gegenüber ist, und mach eine Pause, wenn es dir zu viel wird: Zurückzukommen gehört dazu.</translation>
    </message>
    <message>
        <source>About what happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>What, when, who: questions with plain answers, to stop the guessing.</source>
        <translation>Was, wann, wer: Fragen mit klaren Antworten, damit das Rätseln aufhört.</translation>
    </message>
    <message>
        <source>About what it means</source>
        <translation>Was es bedeutet</translation>
    </message>
    <message>
        <source>Why, and what it says about each of you and about the two of you.</source>
        <translation>Warum, und was es über jede Person und über euch beide sagt.</translation>
    </message>
</context>
<context>
    <name>core.repairs.conversations</name>
    <message>
        <source>On a break until {when}</source>
        <translation>Pause bis {when}</translation>
    </message>
    <message>
        <source>A time to talk was proposed: {when}</source>
        <translation>Ein Zeitpunkt zum Reden wurde vorgeschlagen: {when}</translation>
    </message>
    <message>
        <source>Your turn: {step}</source>
        <translation>Du bist dran: {step}</translation>
    </message>
    <message>
        <source>Repair conversations</source>
        <translation>Klärungsgespräche</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>heute um {time}</translation>
    </message>
</context>
<context>
    <name>core.repairs.steps</name>
    <message>
        <source>Name what you felt</source>
        <translation>Benenne, was du gefühlt hast</translation>
    </message>
    <message>
        <source>Write about your own feelings at the time, in sentences that start with “I felt…”. Describe what went on inside you rather than what your partner did wrong: no blame, no “you always”.</source>
        <translation>Schreib über deine eigenen Gefühle in dem Moment, in Sätzen, die mit „Ich habe mich … gefühlt“ beginnen. Beschreib, was in dir vorging, nicht, was dein Gegenüber falsch gemacht hat: keine Vorwürfe, kein „immer machst du“.</translation>
    </message>
    <message>
        <source>I felt…</source>
        <translation>Ich habe mich … gefühlt</translation>
    </message>
    <message>
        <source>What each of you felt</source>
        <translation>Was jede Person gefühlt hat</translation>
    </message>
    <message>
        <source>Listen without judging</source>
        <translation>Zuhören, ohne zu urteilen</translation>
    </message>
    <message>
        <source>Read your partner&apos;s feelings slowly, as if you were hearing them for the first time. Then write back what you understood, in your own words. Understanding is not agreeing; you are checking that you heard them.</source>
        <translation>Lies langsam, was dein Gegenüber gefühlt hat, als hörtest du es zum ersten Mal. Schreib dann in deinen eigenen Worten zurück, was du verstanden hast. Verstehen heißt nicht zustimmen; du prüfst nur, ob du richtig gehört hast.</translation>
    </message>
    <message>
        <source>What I hear is that you felt…</source>
        <translation>Ich höre, dass du dich … gefühlt hast</translation>
    </message>
    <message>
        <source>What each of you heard</source>
        <translation>Was jede Person gehört hat</translation>
    </message>
    <message>
        <source>Tell it as you saw it</source>
        <translation>Erzähl es so, wie du es erlebt hast</translation>
    </message>
    <message>
        <source>Describe what happened from where you stood and what it meant to you. Two accounts can both be true; this is not a trial about the facts.</source>
        <translation>Beschreib, was aus deiner Sicht passiert ist und was es für dich bedeutet hat. Zwei Schilderungen können beide wahr sein; hier wird nicht über Tatsachen verhandelt.</translation>
    </message>
    <message>
        <source>From where I stood…</source>
        <translation>Aus meiner Sicht …</translation>
    </message>
    <message>
        <source>How each of you saw it</source>
        <translation>Wie jede Person es erlebt hat</translation>
    </message>
    <message>
        <source>What it touched in you</source>
        <translation>Was es in dir berührt hat</translation>
    </message>
    <message>
        <source>Sometimes a moment hurts more than it seems to deserve, because it presses on something older: an earlier hurt, a memory from growing up or from another relationship, a story you tell yourself about what you are worth or whether you can count on people. Write what this moment touched in you. It can explain why you reacted as you did; it does not excuse anything, and it blames no one.</source>
        <translation>Manchmal tut ein Moment mehr weh, als er zu verdienen scheint, weil er an etwas Älteres rührt: eine frühere Verletzung, eine Erinnerung aus der Kindheit oder aus einer anderen Beziehung, eine Geschichte, die du dir darüber erzählst, was du wert bist oder ob du dich auf andere verlassen kannst. Schreib, was dieser Moment in dir berührt hat. Das kann erklären, warum du so reagiert hast; es entschuldigt nichts und gibt niemandem die Schuld.</translation>
    </message>
    <message>
        <source>It touched something in me…</source>
        <translation>Es hat in mir etwas berührt …</translation>
    </message>
    <message>
        <source>What it touched in each of you</source>
        <translation>Was es in jeder Person berührt hat</translation>
    </message>
    <message>
        <source>Own your part</source>
        <translation>Steh zu deinem Anteil</translation>
    </message>
    <message>
        <source>Name something you brought to what happened, however small: a hard week, a sharp tone, something left unsaid. Owning a part is not taking all the blame.</source>
        <translation>Benenne etwas, das du zu dem Geschehen beigetragen hast, so klein es auch ist: eine harte Woche, ein scharfer Ton, etwas Ungesagtes. Zu einem Anteil zu stehen heißt nicht, alle Schuld zu übernehmen.</translation>
    </message>
    <message>
        <source>My part in this was…</source>
        <translation>Mein Anteil daran war …</translation>
    </message>
    <message>
        <source>The part each of you owned</source>
        <translation>Der Anteil, zu dem jede Person steht</translation>
    </message>
    <message>
        <source>Say sorry, and receive it</source>
        <translation>Entschuldige dich, und nimm die Entschuldigung an</translation>
    </message>
    <message>
        <source>Apologize for your part, plainly and without a “but”. When your partner&apos;s apology appears, you can accept it now or later, when you are ready.</source>
        <translation>Entschuldige dich für deinen Anteil, schlicht und ohne „aber“. Wenn die Entschuldigung deines Gegenübers erscheint, kannst du sie jetzt annehmen oder später, wenn du so weit bist.</translation>
    </message>
    <message>
        <source>I&apos;m sorry that…</source>
        <translation>Es tut mir leid, dass …</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>Entschuldigungen</translation>
    </message>
    <message>
        <source>Plan the next time together</source>
        <translation>Plant gemeinsam das nächste Mal</translation>
    </message>
    <message>
        <source>Agree on one or two small, concrete things that would help if this came up again. Each one can become a promise or a standing agreement.</source>
        <translation>Einigt euch auf ein, zwei kleine, konkrete Dinge, die helfen würden, wenn das wieder vorkommt. Jedes davon kann ein Versprechen oder eine feste Vereinbarung werden.</translation>
    </message>
    <message>
        <source>Next time, we…</source>
        <translation>Nächstes Mal werden wir …</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Der Plan</translation>
    </message>
    <message>
        <source>Your answers stay sealed in your private space. {partner} sees them only after writing their own answer to the same step, so neither of you writes in reaction to the other. When you sit together with both of you unlocked, both answers appear side by side at once. Otherwise each answer appears the next time its writer opens Toward after both have answered.</source>
        <translation>Deine Antworten bleiben versiegelt in deinem privaten Bereich. {partner} sieht sie erst nach der eigenen Antwort auf denselben Schritt, damit niemand von euch als Reaktion auf den anderen schreibt. Wenn ihr zusammensitzt und beide entsperrt habt, erscheinen beide Antworten gleichzeitig nebeneinander. Sonst erscheint jede Antwort, sobald ihr beide geantwortet habt, beim nächsten Öffnen von Toward durch die Person, die sie geschrieben hat.</translation>
    </message>
    <message>
        <source>Your answer stays sealed in your private space until {partner} has answered this step too. Once submitted, it stays as you wrote it.</source>
        <translation>Deine Antwort bleibt versiegelt in deinem privaten Bereich, bis auch {partner} auf diesen Schritt geantwortet hat. Einmal abgeschickt, bleibt sie so, wie du sie geschrieben hast.</translation>
    </message>
    <message>
        <source>When a talk gets too heated, the body needs time to settle before anyone can listen well. Try not to replay the argument in your head during the break.</source>
        <translation>Wenn ein Gespräch zu hitzig wird, braucht der Körper Zeit, um sich zu beruhigen, bevor irgendwer gut zuhören kann. Versuch, den Streit in der Pause nicht im Kopf noch einmal durchzuspielen.</translation>
    </message>
    <message>
        <source>Walk slowly around the block and notice five things you can see.</source>
        <translation>Geh langsam um den Block und achte auf fünf Dinge, die du siehst.</translation>
    </message>
    <message>
        <source>Breathe in for a count of four and out for a count of six, for a few minutes.</source>
        <translation>Atme ein paar Minuten lang ein, während du bis vier zählst, und aus, während du bis sechs zählst.</translation>
    </message>
    <message>
        <source>Make a warm drink and have it somewhere quiet, away from the screen.</source>
        <translation>Mach dir ein warmes Getränk und trink es an einem ruhigen Ort, weg vom Bildschirm.</translation>
    </message>
    <message>
        <source>Put on one song you love and do nothing but listen to it.</source>
        <translation>Leg ein Lied auf, das du liebst, und hör einfach nur zu.</translation>
    </message>
    <message>
        <source>Wash your face with cool water, then roll your shoulders and stretch.</source>
        <translation>Wasch dir das Gesicht mit kühlem Wasser, dann kreise die Schultern und streck dich.</translation>
    </message>
    <message>
        <source>Sit by a window and watch the sky or the street until your breath slows.</source>
        <translation>Setz dich ans Fenster und schau in den Himmel oder auf die Straße, bis dein Atem ruhiger wird.</translation>
    </message>
</context>
<context>
    <name>core.talks.knowing</name>
    <message>
        <source>Each of you answers a question about yourself and guesses how the other will answer. Both stay sealed until both have written, then appear side by side. Nobody keeps score: the fun is in the talk it starts.</source>
        <translation>Jede Person beantwortet eine Frage über sich selbst und rät, wie die andere antworten wird. Beides bleibt versiegelt, bis ihr beide geschrieben habt, dann erscheint es nebeneinander. Niemand zählt Punkte: Das Schöne ist das Gespräch, das daraus entsteht.</translation>
    </message>
</context>
<context>
    <name>core.talks.topics</name>
    <message>
        <source>Trust and commitment</source>
        <translation>Vertrauen und Verbindlichkeit</translation>
    </message>
    <message>
        <source>What you count on each other for, day to day.</source>
        <translation>Worauf ihr euch im Alltag beieinander verlasst.</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>How you disagree, and how you come back together.</source>
        <translation>Wie ihr uneins seid und wie ihr wieder zueinanderfindet.</translation>
    </message>
    <message>
        <source>Closeness and intimacy</source>
        <translation>Nähe und Intimität</translation>
    </message>
    <message>
        <source>Touch, attention, and feeling wanted.</source>
        <translation>Berührung, Aufmerksamkeit und das Gefühl, begehrt zu werden.</translation>
    </message>
    <message>
        <source>Work and money</source>
        <translation>Arbeit und Geld</translation>
    </message>
    <message>
        <source>Time, money, and what security means to each.</source>
        <translation>Zeit, Geld und was Sicherheit für jede Person bedeutet.</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>The families you come from and the one you make.</source>
        <translation>Die Familien, aus denen ihr kommt, und die, die ihr gründet.</translation>
    </message>
    <message>
        <source>Fun and adventure</source>
        <translation>Spaß und Abenteuer</translation>
    </message>
    <message>
        <source>Play, curiosity, and trying new things together.</source>
        <translation>Spielen, Neugier und gemeinsam Neues ausprobieren.</translation>
    </message>
    <message>
        <source>Growth and meaning</source>
        <translation>Wachstum und Sinn</translation>
    </message>
    <message>
        <source>How you are changing, and what matters most.</source>
        <translation>Wie ihr euch verändert und was am meisten zählt.</translation>
    </message>
    <message>
        <source>Dreams</source>
        <translation>Träume</translation>
    </message>
    <message>
        <source>What each of you hopes for, and how to help it along.</source>
        <translation>Was jede Person sich erhofft und wie ihr einander dabei helfen könnt.</translation>
    </message>
    <message>
        <source>A short conversation you plan ahead, about one of the big topics of a life together. Each of you can think about a few questions privately first. When you sit down, take notes together, and end with one small thing you agree on.</source>
        <translation>Ein kurzes, vorab geplantes Gespräch über eines der großen Themen eines gemeinsamen Lebens. Jede Person kann vorher für sich über ein paar Fragen nachdenken. Wenn ihr euch zusammensetzt, macht gemeinsam Notizen und endet mit einer kleinen Sache, auf die ihr euch einigt.</translation>
    </message>
    <message>
        <source>One small, concrete thing you both agree on. It becomes a standing agreement in Promises, where either of you can note the moments it is kept.</source>
        <translation>Eine kleine, konkrete Sache, auf die ihr euch beide einigt. Sie wird zu einer festen Vereinbarung unter Versprechen, wo jede Person die Momente festhalten kann, in denen sie eingehalten wird.</translation>
    </message>
</context>
<context>
    <name>core.validation</name>
    <message>
        <source>Journal entry</source>
        <translation>Tagebucheintrag</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>Kontaktangebot</translation>
    </message>
    <message>
        <source>Ledger line</source>
        <translation>Zeile im Haushaltsbuch</translation>
    </message>
    <message>
        <source>Ledger response</source>
        <translation>Antwort im Haushaltsbuch</translation>
    </message>
    <message>
        <source>Money agreement</source>
        <translation>Vereinbarung über Geld</translation>
    </message>
    <message>
        <source>Reason kept private</source>
        <translation>Privat behaltener Grund</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Versprechen</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Agreement moment</source>
        <translation>Moment einer Vereinbarung</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Klärung</translation>
    </message>
    <message>
        <source>Repair answer</source>
        <translation>Antwort in einer Klärung</translation>
    </message>
    <message>
        <source>Repair plan item</source>
        <translation>Punkt im Plan einer Klärung</translation>
    </message>
    <message>
        <source>Repair step mark</source>
        <translation>Markierung eines Klärungsschritts</translation>
    </message>
    <message>
        <source>Export history line</source>
        <translation>Zeile im Exportverlauf</translation>
    </message>
    <message>
        <source>Planned conversation</source>
        <translation>Geplantes Gespräch</translation>
    </message>
    <message>
        <source>Thought prepared for a talk</source>
        <translation>Vorbereiteter Gedanke für ein Gespräch</translation>
    </message>
    <message>
        <source>Knowing round</source>
        <translation>Kennenlern-Runde</translation>
    </message>
    <message>
        <source>Knowing answer</source>
        <translation>Antwort einer Kennenlern-Runde</translation>
    </message>
    <message>
        <source>Knowing mark</source>
        <translation>Markierung einer Kennenlern-Runde</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Time practised</source>
        <translation>Geübtes Mal</translation>
    </message>
    <message>
        <source>Question for the therapist</source>
        <translation>Frage für die Therapie</translation>
    </message>
    <message>
        <source>Weekly check-in</source>
        <translation>Wöchentlicher Check-in</translation>
    </message>
    <message>
        <source>Read mark</source>
        <translation>Lesemarkierung</translation>
    </message>
    <message>
        <source>Therapy consent</source>
        <translation>Einverständnis für die Therapie</translation>
    </message>
</context>
<context>
    <name>export.between_sessions</name>
    <message>
        <source>A practice {partner} wrote down</source>
        <translation>Eine Übung, die {partner} notiert hat</translation>
    </message>
    <message numerus="yes">
        <source>This summary covers %n days.</source>
        <translation>
            <numerusform>Diese Zusammenfassung umfasst %n Tag.</numerusform>
            <numerusform>Diese Zusammenfassung umfasst %n Tage.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last summary for a couples session was made on {day}.</source>
        <translation>Die letzte Zusammenfassung für eine Paarsitzung wurde am {day} erstellt.</translation>
    </message>
    <message numerus="yes">
        <source>%n shared journal entries.</source>
        <translation>
            <numerusform>%n gemeinsamer Tagebucheintrag.</numerusform>
            <numerusform>%n gemeinsame Tagebucheinträge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bids for connection logged; {toward} turned toward.</source>
        <translation>
            <numerusform>%n Kontaktangebot notiert; {toward} davon zugewandt.</numerusform>
            <numerusform>%n Kontaktangebote notiert; {toward} davon zugewandt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchases disclosed in the money ledger.</source>
        <translation>
            <numerusform>%n Kauf im Haushaltsbuch offengelegt.</numerusform>
            <numerusform>%n Käufe im Haushaltsbuch offengelegt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promises made or settled; {kept} kept.</source>
        <translation>
            <numerusform>%n Versprechen gegeben oder abgeschlossen; {kept} gehalten.</numerusform>
            <numerusform>%n Versprechen gegeben oder abgeschlossen; {kept} gehalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promises made or settled.</source>
        <translation>
            <numerusform>%n Versprechen gegeben oder abgeschlossen.</numerusform>
            <numerusform>%n Versprechen gegeben oder abgeschlossen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repair conversations open at some point.</source>
        <translation>
            <numerusform>%n Klärungsgespräch war zeitweise offen.</numerusform>
            <numerusform>%n Klärungsgespräche waren zeitweise offen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Practices from therapy: practised %n times.</source>
        <translation>
            <numerusform>Übungen aus der Therapie: %n-mal geübt.</numerusform>
            <numerusform>Übungen aus der Therapie: %n-mal geübt.</numerusform>
        </translation>
    </message>
    <message>
        <source>A quiet stretch: nothing was logged in Toward in this period.</source>
        <translation>Eine ruhige Zeit: In diesem Zeitraum wurde in Toward nichts notiert.</translation>
    </message>
</context>
<context>
    <name>export.markdown</name>
    <message>
        <source>Exported {day}. Private, keep safe.</source>
        <translation>Exportiert am {day}. Privat, bitte sicher aufbewahren.</translation>
    </message>
    <message>
        <source>The bank account ended the period at {balance}.</source>
        <translation>Das Bankkonto stand am Ende des Zeitraums bei {balance}.</translation>
    </message>
    <message>
        <source>Counted as {partner} sees them: shared bids and those {partner} logged privately. No descriptions or notes are included.</source>
        <translation>So gezählt, wie {partner} sie sieht: gemeinsame Kontaktangebote und die, die {partner} privat notiert hat. Beschreibungen und Notizen sind nicht enthalten.</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Woche für Woche</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message numerus="yes">
        <source>%n answers counted here, not quoted.</source>
        <translation>
            <numerusform>%n Antwort wird hier gezählt, nicht zitiert.</numerusform>
            <numerusform>%n Antworten werden hier gezählt, nicht zitiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>**Agreed:** {agreement}</source>
        <comment>Markdown bold</comment>
        <translation>**Vereinbart:** {agreement}</translation>
    </message>
    <message numerus="yes">
        <source>{partner} wrote %n more shared entries in this period, counted but not quoted: {partner} has not chosen to bring them to therapy.</source>
        <translation>
            <numerusform>{partner} hat in diesem Zeitraum %n weiteren gemeinsamen Eintrag geschrieben, gezählt, aber nicht zitiert: {partner} hat sich nicht entschieden, ihn in die Therapie mitzunehmen.</numerusform>
            <numerusform>{partner} hat in diesem Zeitraum %n weitere gemeinsame Einträge geschrieben, gezählt, aber nicht zitiert: {partner} hat sich nicht entschieden, sie in die Therapie mitzunehmen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replies under these entries are counted, not quoted, for the same reason.</source>
        <translation>
            <numerusform>%n Antwort unter diesen Einträgen wird aus demselben Grund gezählt, nicht zitiert.</numerusform>
            <numerusform>%n Antworten unter diesen Einträgen werden aus demselben Grund gezählt, nicht zitiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>export.pdf.between</name>
    <message numerus="yes">
        <source>{partner} wrote %n more shared entries in this period. {partner} has not chosen to bring them to therapy, so only the number is shown.</source>
        <translation>
            <numerusform>{partner} hat in diesem Zeitraum %n weiteren gemeinsamen Eintrag geschrieben. {partner} hat sich nicht entschieden, ihn in die Therapie mitzunehmen, daher steht hier nur die Anzahl.</numerusform>
            <numerusform>{partner} hat in diesem Zeitraum %n weitere gemeinsame Einträge geschrieben. {partner} hat sich nicht entschieden, sie in die Therapie mitzunehmen, daher steht hier nur die Anzahl.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replies under these entries are counted, not quoted, for the same reason.</source>
        <translation>
            <numerusform>%n Antwort unter diesen Einträgen wird aus demselben Grund gezählt, nicht zitiert.</numerusform>
            <numerusform>%n Antworten unter diesen Einträgen werden aus demselben Grund gezählt, nicht zitiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>export.pdf.charts</name>
    <message>
        <source>Share of bids turned toward, week by week</source>
        <translation>Anteil der zugewandten Kontaktangebote, Woche für Woche</translation>
    </message>
    <message>
        <source>Bars: turning toward (up) and turning away or against (down). Line: the running balance.</source>
        <translation>Balken: zugewandt (nach oben) und abgewandt oder dagegen gewandt (nach unten). Linie: der laufende Kontostand.</translation>
    </message>
    <message>
        <source>Bars: turning toward (up) and turning away or against (down). Too few weeks for a line; the figures above are the whole period.</source>
        <translation>Balken: zugewandt (nach oben) und abgewandt oder dagegen gewandt (nach unten). Zu wenige Wochen für eine Linie; die Zahlen oben gelten für den ganzen Zeitraum.</translation>
    </message>
    <message>
        <source>The bank account, week by week</source>
        <translation>Das Bankkonto, Woche für Woche</translation>
    </message>
    <message>
        <source>Bids {partner} made</source>
        <translation>Kontaktangebote von {partner}</translation>
    </message>
</context>
<context>
    <name>export.pdf.page</name>
    <message>
        <source>Exported {day} · Private, keep safe</source>
        <translation>Exportiert am {day} · Privat, bitte sicher aufbewahren</translation>
    </message>
    <message>
        <source>Page {number} of {pages}</source>
        <translation>Seite {number} von {pages}</translation>
    </message>
    <message>
        <source>Contents: {sections}</source>
        <translation>Inhalt: {sections}</translation>
    </message>
</context>
<context>
    <name>export.pdf.record</name>
    <message>
        <source>The bank account (turning toward in, turning away or against out) ended the period at {balance}.</source>
        <translation>Das Bankkonto (zugewandt als Einzahlung, abgewandt oder dagegen gewandt als Abhebung) stand am Ende des Zeitraums bei {balance}.</translation>
    </message>
    <message>
        <source>Counted as {partner} sees them in Toward: shared bids and those {partner} logged privately. No descriptions or notes are included.</source>
        <translation>So gezählt, wie {partner} sie in Toward sieht: gemeinsame Kontaktangebote und die, die {partner} privat notiert hat. Beschreibungen und Notizen sind nicht enthalten.</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <source>{count} of the bids not turned toward at first were answered later.</source>
        <translation>{count} der Kontaktangebote, denen sich zunächst niemand zugewandt hatte, wurden später beantwortet.</translation>
    </message>
    <message>
        <source>Kind of bid</source>
        <translation>Art des Kontaktangebots</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Tageszeit</translation>
    </message>
    <message>
        <source>By time of day</source>
        <translation>Nach Tageszeit</translation>
    </message>
    <message>
        <source>Standing agreement</source>
        <translation>Feste Vereinbarung</translation>
    </message>
    <message>
        <source>How often each was kept or broken in this period.</source>
        <translation>Wie oft jede in diesem Zeitraum eingehalten oder gebrochen wurde.</translation>
    </message>
    <message>
        <source>Notes, taken together</source>
        <translation>Gemeinsame Notizen</translation>
    </message>
    <message numerus="yes">
        <source>In all, %n answers are counted here but not quoted: their author has not chosen to bring them to therapy.</source>
        <translation>
            <numerusform>Insgesamt werden hier %n Antwort gezählt, aber nicht zitiert: Wer sie geschrieben hat, hat sich nicht entschieden, sie in die Therapie mitzunehmen.</numerusform>
            <numerusform>Insgesamt werden hier %n Antworten gezählt, aber nicht zitiert: Wer sie geschrieben hat, hat sich nicht entschieden, sie in die Therapie mitzunehmen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>export.record_parts</name>
    <message>
        <source>question from {partner} since {day}</source>
        <translation>Frage von {partner} seit {day}</translation>
    </message>
    <message>
        <source>open question</source>
        <translation>offene Frage</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Keine Kategorie</translation>
    </message>
</context>
<context>
    <name>export.summary</name>
    <message>
        <source>{name} is not a section. Choose from: {known}.</source>
        <translation>{name} ist kein Abschnitt. Zur Auswahl: {known}.</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Wähle mindestens einen Abschnitt.</translation>
    </message>
    <message>
        <source>Summary for an individual session</source>
        <translation>Zusammenfassung für eine Einzelsitzung</translation>
    </message>
    <message>
        <source>Summary for therapy</source>
        <translation>Zusammenfassung für die Therapie</translation>
    </message>
    <message>
        <source>Only {partner}&apos;s own words are in this summary. What anyone else wrote in this period is left out; counts and dates stand in for it.</source>
        <translation>In dieser Zusammenfassung stehen nur die eigenen Worte von {partner}. Was andere in diesem Zeitraum geschrieben haben, fehlt; Zahlen und Datumsangaben stehen an seiner Stelle.</translation>
    </message>
    <message>
        <source>Prepared by {partners}</source>
        <translation>Erstellt von {partners}</translation>
    </message>
    <message>
        <source>A summary needs the partner who makes it.</source>
        <translation>Für eine Zusammenfassung braucht es die Person, die sie erstellt.</translation>
    </message>
    <message>
        <source>Each partner contributes once.</source>
        <translation>Jede Person trägt einmal bei.</translation>
    </message>
    <message>
        <source>A note can be at most {count} characters.</source>
        <translation>Eine Notiz kann höchstens {count} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>A summary for an individual session is made by one partner.</source>
        <translation>Eine Zusammenfassung für eine Einzelsitzung erstellt eine Person allein.</translation>
    </message>
    <message>
        <source>A conversation {partner} started</source>
        <translation>Ein Gespräch, das {partner} begonnen hat</translation>
    </message>
</context>
<context>
    <name>export.talks</name>
    <message>
        <source>Questions the two played, each answering about themselves and guessing the other&apos;s answer. Their answers stay between them, and nothing is scored.</source>
        <translation>Fragen, die die beiden gespielt haben: Jede Person antwortet über sich selbst und rät die Antwort der anderen. Ihre Antworten bleiben unter ihnen, und nichts wird bewertet.</translation>
    </message>
</context>
<context>
    <name>export.words</name>
    <message>
        <source>Partner</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>Zeitraum: {period}</translation>
    </message>
    <message>
        <source>No note was written for this summary.</source>
        <translation>Für diese Zusammenfassung wurde keine Notiz geschrieben.</translation>
    </message>
    <message>
        <source>From {partner}</source>
        <translation>Von {partner}</translation>
    </message>
    <message>
        <source>No bids were logged in this period.</source>
        <translation>In diesem Zeitraum wurden keine Kontaktangebote notiert.</translation>
    </message>
    <message>
        <source>Bids made by</source>
        <translation>Kontaktangebote von</translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Turned toward</source>
        <translation>Zugewandt</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Abgewandt</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Dagegen</translation>
    </message>
    <message>
        <source>Not yet answered</source>
        <translation>Noch nicht beantwortet</translation>
    </message>
    <message>
        <source>By kind of bid</source>
        <translation>Nach Art des Kontaktangebots</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Morgens</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Nachmittags</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Abends</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Nachts</translation>
    </message>
    <message>
        <source>No promises were made or settled in this period.</source>
        <translation>In diesem Zeitraum wurden keine Versprechen gegeben oder abgeschlossen.</translation>
    </message>
    <message>
        <source>Promises made by</source>
        <translation>Versprechen von</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Nicht gehalten</translation>
    </message>
    <message>
        <source>Renegotiated</source>
        <translation>Neu vereinbart</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Entbunden</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Versprechen</translation>
    </message>
    <message>
        <source>Who, to whom</source>
        <translation>Wer, wem</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gegeben</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Promises made or settled in this period</source>
        <translation>In diesem Zeitraum gegebene oder abgeschlossene Versprechen</translation>
    </message>
    <message>
        <source>{promiser} to {to}</source>
        <translation>{promiser} an {to}</translation>
    </message>
    <message>
        <source>no day set</source>
        <translation>kein Tag festgelegt</translation>
    </message>
    <message>
        <source>{status}, {day}</source>
        <translation>{status}, {day}</translation>
    </message>
    <message>
        <source>Standing agreements</source>
        <translation>Feste Vereinbarungen</translation>
    </message>
    <message>
        <source>{agreement} (set aside since)</source>
        <translation>{agreement} (seitdem beiseitegelegt)</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Gebrochen</translation>
    </message>
    <message>
        <source>The agreement in force: {agreement}</source>
        <translation>Die geltende Vereinbarung: {agreement}</translation>
    </message>
    <message>
        <source>Nothing was disclosed for this period.</source>
        <translation>Für diesen Zeitraum wurde nichts offengelegt.</translation>
    </message>
    <message>
        <source>Amounts, dates, payees and categories only: the reasons and replies written in the ledger are not included.</source>
        <translation>Nur Beträge, Daten, Empfänger und Kategorien: Die Gründe und Antworten aus dem Haushaltsbuch sind nicht enthalten.</translation>
    </message>
    <message>
        <source>Disclosed by</source>
        <translation>Offengelegt von</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Offenlegungen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Nach Kategorie</translation>
    </message>
    <message>
        <source>Late disclosures</source>
        <translation>Späte Offenlegungen</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Offene Fragen</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>How late</source>
        <translation>Wie spät</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>No repair conversations in this period.</source>
        <translation>Keine Klärungsgespräche in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>{partner} answered this step (not quoted).</source>
        <translation>{partner} hat diesen Schritt beantwortet (nicht zitiert).</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Der Plan</translation>
    </message>
    <message>
        <source>No planned conversations were had in this period.</source>
        <translation>In diesem Zeitraum fanden keine geplanten Gespräche statt.</translation>
    </message>
    <message>
        <source>had {day}</source>
        <translation>geführt am {day}</translation>
    </message>
    <message>
        <source>How well do we know each other?</source>
        <translation>Wie gut kennen wir uns?</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <source>No journal entries are included.</source>
        <translation>Es sind keine Tagebucheinträge enthalten.</translation>
    </message>
    <message>
        <source>Reply from {partner}, {day}</source>
        <translation>Antwort von {partner}, {day}</translation>
    </message>
    <message>
        <source>No practices from therapy were in use in this period.</source>
        <translation>In diesem Zeitraum waren keine Übungen aus der Therapie in Gebrauch.</translation>
    </message>
    <message>
        <source>{partner}, {day}</source>
        <translation>{partner}, {day}</translation>
    </message>
    <message>
        <source>Each answer is about the writer&apos;s own week, in their own words for it.</source>
        <translation>Jede Antwort handelt von der eigenen Woche, in eigenen Worten.</translation>
    </message>
    <message>
        <source>{partner}&apos;s check-ins</source>
        <translation>Check-ins von {partner}</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>Keine in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche vom</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Woche vom {day}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message numerus="yes">
        <source>%n bids in this period; {percent} turned toward.</source>
        <translation>
            <numerusform>%n Kontaktangebot in diesem Zeitraum; {percent} zugewandt.</numerusform>
            <numerusform>%n Kontaktangebote in diesem Zeitraum; {percent} zugewandt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disclosures for purchases in this period, totalling {amounts}.</source>
        <translation>
            <numerusform>%n Offenlegung von Käufen in diesem Zeitraum, zusammen {amounts}.</numerusform>
            <numerusform>%n Offenlegungen von Käufen in diesem Zeitraum, zusammen {amounts}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them came later than agreed.</source>
        <translation>
            <numerusform>%n davon kam später als vereinbart.</numerusform>
            <numerusform>%n davon kamen später als vereinbart.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions are still open.</source>
        <translation>
            <numerusform>%n Frage ist noch offen.</numerusform>
            <numerusform>%n Fragen sind noch offen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more earlier promises are in Toward, not shown here.</source>
        <translation>
            <numerusform>%n weiteres früheres Versprechen steht in Toward, hier nicht gezeigt.</numerusform>
            <numerusform>%n weitere frühere Versprechen stehen in Toward, hier nicht gezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more late disclosures are in Toward, not shown here.</source>
        <translation>
            <numerusform>%n weitere späte Offenlegung steht in Toward, hier nicht gezeigt.</numerusform>
            <numerusform>%n weitere späte Offenlegungen stehen in Toward, hier nicht gezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more open questions are in Toward, not shown here.</source>
        <translation>
            <numerusform>%n weitere offene Frage steht in Toward, hier nicht gezeigt.</numerusform>
            <numerusform>%n weitere offene Fragen stehen in Toward, hier nicht gezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>started {day}</source>
        <translation>begonnen am {day}</translation>
    </message>
    <message>
        <source>steps completed together: {reached} of {total}</source>
        <translation>gemeinsam gegangene Schritte: {reached} von {total}</translation>
    </message>
    <message>
        <source>apology accepted by {partners}</source>
        <translation>Entschuldigung angenommen von {partners}</translation>
    </message>
    <message>
        <source>by {partner}</source>
        <translation>von {partner}</translation>
    </message>
    <message>
        <source>private, chosen for this summary</source>
        <translation>privat, für diese Zusammenfassung ausgewählt</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>gemeinsam</translation>
    </message>
    <message>
        <source>mood: {mood}</source>
        <translation>Stimmung: {mood}</translation>
    </message>
    <message>
        <source>meant {how_often}</source>
        <translation>vorgesehen: {how_often}</translation>
    </message>
    <message>
        <source>written down by {partner}</source>
        <translation>notiert von {partner}</translation>
    </message>
    <message>
        <source>set aside since</source>
        <translation>seitdem beiseitegelegt</translation>
    </message>
    <message numerus="yes">
        <source>Practised %n times in this period.</source>
        <translation>
            <numerusform>In diesem Zeitraum %n-mal geübt.</numerusform>
            <numerusform>In diesem Zeitraum %n-mal geübt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Practised %n times in this period (logged by {who}).</source>
        <translation>
            <numerusform>In diesem Zeitraum %n-mal geübt (notiert von {who}).</numerusform>
            <numerusform>In diesem Zeitraum %n-mal geübt (notiert von {who}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes counted, not quoted: their author has not chosen to bring them to therapy.</source>
        <translation>
            <numerusform>%n Notiz gezählt, nicht zitiert: Wer sie geschrieben hat, hat sich nicht entschieden, sie in die Therapie mitzunehmen.</numerusform>
            <numerusform>%n Notizen gezählt, nicht zitiert: Wer sie geschrieben hat, hat sich nicht entschieden, sie in die Therapie mitzunehmen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opendata.counts</name>
    <message numerus="yes">
        <source>%n journal entries</source>
        <translation>
            <numerusform>%n Tagebucheintrag</numerusform>
            <numerusform>%n Tagebucheinträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pictures</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replies</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bids</source>
        <translation>
            <numerusform>%n Kontaktangebot</numerusform>
            <numerusform>%n Kontaktangebote</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ledger lines</source>
        <translation>
            <numerusform>%n Zeile im Haushaltsbuch</numerusform>
            <numerusform>%n Zeilen im Haushaltsbuch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ledger responses</source>
        <translation>
            <numerusform>%n Reaktion im Haushaltsbuch</numerusform>
            <numerusform>%n Reaktionen im Haushaltsbuch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ledger agreements</source>
        <translation>
            <numerusform>%n Geld-Vereinbarung</numerusform>
            <numerusform>%n Geld-Vereinbarungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promises</source>
        <translation>
            <numerusform>%n Versprechen</numerusform>
            <numerusform>%n Versprechen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreements</source>
        <translation>
            <numerusform>%n Vereinbarung</numerusform>
            <numerusform>%n Vereinbarungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement moments</source>
        <translation>
            <numerusform>%n Moment zu einer Vereinbarung</numerusform>
            <numerusform>%n Momente zu Vereinbarungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repair answers</source>
        <translation>
            <numerusform>%n Klärungsantwort</numerusform>
            <numerusform>%n Klärungsantworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repair plan items</source>
        <translation>
            <numerusform>%n Punkt im Klärungsplan</numerusform>
            <numerusform>%n Punkte im Klärungsplan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times practised</source>
        <translation>
            <numerusform>%n-mal geübt</numerusform>
            <numerusform>%n-mal geübt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weekly check-ins</source>
        <translation>
            <numerusform>%n wöchentlicher Check-in</numerusform>
            <numerusform>%n wöchentliche Check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers and guesses</source>
        <translation>
            <numerusform>%n Antwort oder Vermutung</numerusform>
            <numerusform>%n Antworten und Vermutungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repair step marks</source>
        <translation>
            <numerusform>%n Markierung eines Klärungsschritts</numerusform>
            <numerusform>%n Markierungen von Klärungsschritten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read marks</source>
        <translation>
            <numerusform>%n Gelesen-Markierung</numerusform>
            <numerusform>%n Gelesen-Markierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n therapy consents</source>
        <translation>
            <numerusform>%n Zustimmung für die Therapie</numerusform>
            <numerusform>%n Zustimmungen für die Therapie</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opendata.export</name>
    <message>
        <source>An export is not encrypted: anyone who can open the folder can read everything in it, including your private entries. Keep it somewhere only you can reach, or choose a password-protected archive instead.</source>
        <translation>Ein Export ist nicht verschlüsselt: Wer den Ordner öffnen kann, kann alles darin lesen, auch deine privaten Einträge. Bewahre ihn dort auf, wo nur du hinkommst, oder wähle stattdessen ein passwortgeschütztes Archiv.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Der Export wurde abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Toward export for {partner}</source>
        <translation>Toward-Export für {partner}</translation>
    </message>
    <message>
        <source>{document}: everything, as one JSON document (described by {schema}).</source>
        <translation>{document}: alles, als ein JSON-Dokument (beschrieben in {schema}).</translation>
    </message>
    <message>
        <source>journal/private and journal/shared: a Markdown file per month of entries, pictures beside it.</source>
        <translation>journal/private und journal/shared: eine Markdown-Datei pro Monat mit Einträgen, Bilder daneben.</translation>
    </message>
    <message>
        <source>*.csv: tables for spreadsheets.</source>
        <translation>*.csv: Tabellen für Tabellenkalkulationen.</translation>
    </message>
    <message>
        <source>Each record says whether it was in your private space or the shared one.</source>
        <translation>Bei jedem Datensatz steht, ob er in deinem privaten Bereich lag oder im gemeinsamen.</translation>
    </message>
    <message>
        <source>These files are not encrypted: anyone who can open them can read everything in them, your private entries included. Keep them where only you can reach them.</source>
        <translation>Diese Dateien sind nicht verschlüsselt: Wer sie öffnen kann, kann alles darin lesen, auch deine privaten Einträge. Bewahre sie dort auf, wo nur du hinkommst.</translation>
    </message>
</context>
<context>
    <name>opendata.imports.dayone</name>
    <message>
        <source>This Day One file has no list of entries.</source>
        <translation>Diese Day-One-Datei enthält keine Liste von Einträgen.</translation>
    </message>
    <message>
        <source>{journal}, entry {number}</source>
        <translation>{journal}, Eintrag {number}</translation>
    </message>
    <message>
        <source>entry {number}</source>
        <translation>Eintrag {number}</translation>
    </message>
    <message>
        <source>is not an entry (not a JSON object)</source>
        <translation>ist kein Eintrag (kein JSON-Objekt)</translation>
    </message>
    <message>
        <source>its date could not be read</source>
        <translation>sein Datum ließ sich nicht lesen</translation>
    </message>
    <message>
        <source>{entry} ({when})</source>
        <translation>{entry} ({when})</translation>
    </message>
    <message>
        <source>Day One, {entry}: {problem}, not as Day One writes it; nothing was imported.</source>
        <translation>Day One, {entry}: {problem}, nicht so, wie Day One es schreibt; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>its text is not text</source>
        <translation>sein Text ist kein Text</translation>
    </message>
    <message>
        <source>its tags are not a list</source>
        <translation>seine Schlagwörter sind keine Liste</translation>
    </message>
    <message>
        <source>its photos are not a list</source>
        <translation>seine Fotos sind keine Liste</translation>
    </message>
    <message>
        <source>its photo {number} is not a JSON object</source>
        <translation>sein Foto {number} ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>its photo {number}&apos;s {field} is not text</source>
        <translation>bei seinem Foto {number} ist {field} kein Text</translation>
    </message>
    <message>
        <source>a photo without its md5 name was left out</source>
        <translation>ein Foto ohne seinen md5-Namen wurde weggelassen</translation>
    </message>
    <message>
        <source>the photo {name} has a name Toward does not read; left out</source>
        <translation>das Foto {name} hat einen Namen, den Toward nicht liest; weggelassen</translation>
    </message>
    <message>
        <source>the photo {name} is not in the export; left out</source>
        <translation>das Foto {name} ist nicht im Export; weggelassen</translation>
    </message>
    <message>
        <source>{file} is not readable JSON ({problem}).</source>
        <translation>{file} ist kein lesbares JSON ({problem}).</translation>
    </message>
    <message>
        <source>{file} is nested too deeply to be a journal export.</source>
        <translation>{file} ist zu tief verschachtelt für einen Tagebuch-Export.</translation>
    </message>
</context>
<context>
    <name>opendata.imports.journal_entries</name>
    <message>
        <source>nothing is written in it</source>
        <translation>es steht nichts darin</translation>
    </message>
    <message>
        <source>its text holds characters that are not valid text</source>
        <translation>sein Text enthält Zeichen, die kein gültiger Text sind</translation>
    </message>
    <message>
        <source>the same entry appears earlier in this file</source>
        <translation>derselbe Eintrag steht weiter oben in dieser Datei</translation>
    </message>
    <message>
        <source>none of its pictures could be kept</source>
        <translation>keines seiner Bilder konnte behalten werden</translation>
    </message>
    <message>
        <source>the picture {name} is not a PNG, JPEG, GIF or WebP picture; left out</source>
        <translation>das Bild {name} ist kein PNG-, JPEG-, GIF- oder WebP-Bild; weggelassen</translation>
    </message>
    <message>
        <source>the picture {name} is larger than {megabytes} MB; left out</source>
        <translation>das Bild {name} ist größer als {megabytes} MB; weggelassen</translation>
    </message>
    <message>
        <source>the picture {name} is past the {most} pictures an entry holds</source>
        <translation>das Bild {name} geht über die {most} Bilder hinaus, die ein Eintrag fasst</translation>
    </message>
    <message>
        <source>already in your journal</source>
        <translation>schon in deinem Tagebuch</translation>
    </message>
</context>
<context>
    <name>opendata.imports.jrnl</name>
    <message>
        <source>This jrnl file has no list of entries.</source>
        <translation>Diese jrnl-Datei enthält keine Liste von Einträgen.</translation>
    </message>
    <message>
        <source>entry {number}</source>
        <translation>Eintrag {number}</translation>
    </message>
    <message>
        <source>is not an entry (not a JSON object)</source>
        <translation>ist kein Eintrag (kein JSON-Objekt)</translation>
    </message>
    <message>
        <source>its date or time could not be read</source>
        <translation>sein Datum oder seine Uhrzeit ließ sich nicht lesen</translation>
    </message>
    <message>
        <source>{entry} ({when})</source>
        <translation>{entry} ({when})</translation>
    </message>
    <message>
        <source>its title, text or tags are not in jrnl&apos;s format</source>
        <translation>Titel, Text oder Schlagwörter sind nicht im Format von jrnl</translation>
    </message>
</context>
<context>
    <name>opendata.imports.plan</name>
    <message>
        <source>{record}: {reason}</source>
        <translation>{record}: {reason}</translation>
    </message>
    <message>
        <source>From {source}: added {records}.</source>
        <translation>Aus {source}: {records} hinzugefügt.</translation>
    </message>
    <message>
        <source>From {source}: added nothing.</source>
        <translation>Aus {source}: nichts hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>Left out (%n):</source>
        <translation>
            <numerusform>Weggelassen (%n):</numerusform>
            <numerusform>Weggelassen (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported with a remark (%n):</source>
        <translation>
            <numerusform>Mit einem Hinweis importiert (%n):</numerusform>
            <numerusform>Mit einem Hinweis importiert (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opendata.imports.source</name>
    <message>
        <source>Toward can bring in a Toward export (its folder, toward-export.json or zip), a Day One export (its zip or Journal.json) or a jrnl export (jrnl --export json).</source>
        <translation>Toward kann einen Toward-Export (seinen Ordner, toward-export.json oder ZIP), einen Day-One-Export (seine ZIP-Datei oder Journal.json) oder einen jrnl-Export (jrnl --export json) hereinholen.</translation>
    </message>
    <message>
        <source>This folder holds no Toward export.</source>
        <translation>Dieser Ordner enthält keinen Toward-Export.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Es gibt keine Datei {path}.</translation>
    </message>
    <message>
        <source>{file} is a damaged zip file.</source>
        <translation>{file} ist eine beschädigte ZIP-Datei.</translation>
    </message>
    <message>
        <source>{file} is not a file Toward can import.</source>
        <translation>{file} ist keine Datei, die Toward importieren kann.</translation>
    </message>
    <message>
        <source>{file} holds no journal.</source>
        <translation>{file} enthält kein Tagebuch.</translation>
    </message>
    <message>
        <source>{member} in {file} is not a Day One journal.</source>
        <translation>{member} in {file} ist kein Day-One-Tagebuch.</translation>
    </message>
    <message>
        <source>{file} is too large to be a journal export.</source>
        <translation>{file} ist zu groß für einen Tagebuch-Export.</translation>
    </message>
    <message>
        <source>{file} cannot be read ({problem}).</source>
        <translation>{file} kann nicht gelesen werden ({problem}).</translation>
    </message>
</context>
<context>
    <name>opendata.imports.toward_json</name>
    <message>
        <source>a Toward export</source>
        <translation>einen Toward-Export</translation>
    </message>
    <message>
        <source>its entry is neither in this export nor in Toward</source>
        <translation>sein Eintrag ist weder in diesem Export noch in Toward</translation>
    </message>
    <message>
        <source>its agreement is neither in this export nor in Toward</source>
        <translation>seine Vereinbarung ist weder in diesem Export noch in Toward</translation>
    </message>
    <message>
        <source>This is not a Toward export.</source>
        <translation>Das ist kein Toward-Export.</translation>
    </message>
    <message>
        <source>This export was made by a newer Toward (format {version}); update Toward first.</source>
        <translation>Dieser Export stammt aus einer neueren Toward-Version (Format {version}); aktualisiere Toward zuerst.</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>die oberste Ebene</translation>
    </message>
    <message>
        <source>This Toward export is damaged and was not imported (at {where}: {problem}).</source>
        <translation>Dieser Toward-Export ist beschädigt und wurde nicht importiert (bei {where}: {problem}).</translation>
    </message>
    <message>
        <source>This export was made by your partner: only they can bring it back in, so their private entries stay theirs.</source>
        <translation>Diesen Export hat dein Gegenüber erstellt: Nur die Person selbst kann ihn wieder hereinholen, damit ihre privaten Einträge ihre bleiben.</translation>
    </message>
    <message>
        <source>This export lists one of its {records} twice.</source>
        <translation>Dieser Export führt einen seiner {records} doppelt auf.</translation>
    </message>
    <message>
        <source>already in Toward</source>
        <translation>schon in Toward</translation>
    </message>
    <message>
        <source>This export does not fit this household ({problem}); nothing was imported.</source>
        <translation>Dieser Export passt nicht zu diesem Haushalt ({problem}); nichts wurde importiert.</translation>
    </message>
    <message>
        <source>written by someone outside this household</source>
        <translation>geschrieben von jemandem außerhalb dieses Haushalts</translation>
    </message>
    <message>
        <source>written by {partner}: only {partner} can bring it in</source>
        <translation>geschrieben von {partner}: Nur {partner} kann es hereinholen</translation>
    </message>
    <message>
        <source>marked as answered, but its sealed answer is not in the export</source>
        <translation>als beantwortet markiert, aber die versiegelte Antwort fehlt im Export</translation>
    </message>
    <message>
        <source>{record}, picture {number}</source>
        <translation>{record}, Bild {number}</translation>
    </message>
    <message>
        <source>{problem} Nothing was imported.</source>
        <translation>{problem} Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>{record} cannot be imported ({problem}); nothing was imported.</source>
        <translation>{record} kann nicht importiert werden ({problem}); nichts wurde importiert.</translation>
    </message>
    <message>
        <source>{record} is not as Toward writes it; nothing was imported.</source>
        <translation>{record} ist nicht so, wie Toward es schreibt; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>{record} {number} (private)</source>
        <translation>{record} {number} (privat)</translation>
    </message>
    <message>
        <source>{record} {number} (shared)</source>
        <translation>{record} {number} (gemeinsam)</translation>
    </message>
    <message>
        <source>{record}: a picture&apos;s path leaves the export; nothing was imported.</source>
        <translation>{record}: Der Pfad eines Bildes führt aus dem Export hinaus; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>{record}: the picture {name} is missing; nothing was imported.</source>
        <translation>{record}: Das Bild {name} fehlt; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>{record}: the picture {name} is damaged; nothing was imported.</source>
        <translation>{record}: Das Bild {name} ist beschädigt; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>{record}: {name} is not the picture it says; nothing was imported.</source>
        <translation>{record}: {name} ist nicht das Bild, das es sein soll; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>(pictures only)</source>
        <translation>(nur Bilder)</translation>
    </message>
</context>
<context>
    <name>opendata.imports.zip_input</name>
    <message>
        <source>{file} is a damaged zip file ({problem}).</source>
        <translation>{file} ist eine beschädigte ZIP-Datei ({problem}).</translation>
    </message>
    <message>
        <source>That password does not open this archive.</source>
        <translation>Dieses Passwort öffnet das Archiv nicht.</translation>
    </message>
    <message>
        <source>This archive is protected by a password.</source>
        <translation>Dieses Archiv ist passwortgeschützt.</translation>
    </message>
    <message>
        <source>{member} in {file} unpacks to {ratio} times its packed size, as only a zip bomb does; nothing was imported.</source>
        <translation>{member} in {file} entpackt sich auf das {ratio}-Fache seiner gepackten Größe, wie es nur eine ZIP-Bombe tut; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>{file} would unpack to more than {megabytes} MB, far more than a journal export holds; nothing was imported.</source>
        <translation>{file} würde sich auf mehr als {megabytes} MB entpacken, weit mehr, als ein Tagebuch-Export enthält; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>{member} in {file} would unpack to more than {megabytes} MB, far more than a journal export holds; nothing was imported.</source>
        <translation>{member} in {file} würde sich auf mehr als {megabytes} MB entpacken, weit mehr, als ein Tagebuch-Export enthält; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>{member} in {file} is damaged ({problem}).</source>
        <translation>{member} in {file} ist beschädigt ({problem}).</translation>
    </message>
</context>
<context>
    <name>opendata.kinds</name>
    <message numerus="yes">
        <source>%n repair conversations</source>
        <translation>
            <numerusform>%n Klärungsgespräch</numerusform>
            <numerusform>%n Klärungsgespräche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practices from therapy</source>
        <translation>
            <numerusform>%n Übung aus der Therapie</numerusform>
            <numerusform>%n Übungen aus der Therapie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions for the therapist</source>
        <translation>
            <numerusform>%n Frage für die Therapie</numerusform>
            <numerusform>%n Fragen für die Therapie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned conversations</source>
        <translation>
            <numerusform>%n geplantes Gespräch</numerusform>
            <numerusform>%n geplante Gespräche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thoughts prepared for planned conversations</source>
        <translation>
            <numerusform>%n vorbereiteter Gedanke für geplante Gespräche</numerusform>
            <numerusform>%n vorbereitete Gedanken für geplante Gespräche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rounds of how well you know each other</source>
        <translation>
            <numerusform>%n Runde „Wie gut kennt ihr euch?“</numerusform>
            <numerusform>%n Runden „Wie gut kennt ihr euch?“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marks of who has answered which round</source>
        <translation>
            <numerusform>%n Vermerk, wer welche Runde beantwortet hat</numerusform>
            <numerusform>%n Vermerke, wer welche Runde beantwortet hat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n export history lines</source>
        <translation>
            <numerusform>%n Zeile im Exportverlauf</numerusform>
            <numerusform>%n Zeilen im Exportverlauf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reasons kept private</source>
        <translation>
            <numerusform>%n privat behaltener Grund</numerusform>
            <numerusform>%n privat behaltene Gründe</numerusform>
        </translation>
    </message>
    <message>
        <source>journal entries</source>
        <translation>Tagebucheinträge</translation>
    </message>
    <message>
        <source>replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>bids</source>
        <translation>Kontaktangebote</translation>
    </message>
    <message>
        <source>ledger lines</source>
        <translation>Zeilen im Haushaltsbuch</translation>
    </message>
    <message>
        <source>ledger responses</source>
        <translation>Reaktionen im Haushaltsbuch</translation>
    </message>
    <message>
        <source>ledger agreements</source>
        <translation>Geld-Vereinbarungen</translation>
    </message>
    <message>
        <source>promises</source>
        <translation>Versprechen</translation>
    </message>
    <message>
        <source>agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>agreement moments</source>
        <translation>Momente zu Vereinbarungen</translation>
    </message>
    <message>
        <source>repair conversations</source>
        <translation>Klärungsgespräche</translation>
    </message>
    <message>
        <source>repair answers</source>
        <translation>Klärungsantworten</translation>
    </message>
    <message>
        <source>repair plan items</source>
        <translation>Punkte im Klärungsplan</translation>
    </message>
    <message>
        <source>practices from therapy</source>
        <translation>Übungen aus der Therapie</translation>
    </message>
    <message>
        <source>times practised</source>
        <translation>Male geübt</translation>
    </message>
    <message>
        <source>questions for the therapist</source>
        <translation>Fragen für die Therapie</translation>
    </message>
    <message>
        <source>weekly check-ins</source>
        <translation>wöchentliche Check-ins</translation>
    </message>
    <message>
        <source>planned conversations</source>
        <translation>geplante Gespräche</translation>
    </message>
    <message>
        <source>thoughts prepared for planned conversations</source>
        <translation>vorbereitete Gedanken für geplante Gespräche</translation>
    </message>
    <message>
        <source>rounds of how well you know each other</source>
        <translation>Runden „Wie gut kennt ihr euch?“</translation>
    </message>
    <message>
        <source>answers and guesses</source>
        <translation>Antworten und Vermutungen</translation>
    </message>
    <message>
        <source>who has answered which round</source>
        <translation>Vermerke, wer welche Runde beantwortet hat</translation>
    </message>
    <message>
        <source>export history lines</source>
        <translation>Zeilen im Exportverlauf</translation>
    </message>
    <message>
        <source>reasons kept private</source>
        <translation>privat behaltene Gründe</translation>
    </message>
    <message>
        <source>repair step marks</source>
        <translation>Markierungen von Klärungsschritten</translation>
    </message>
    <message>
        <source>read marks</source>
        <translation>Gelesen-Markierungen</translation>
    </message>
    <message>
        <source>therapy consents</source>
        <translation>Zustimmungen für die Therapie</translation>
    </message>
</context>
<context>
    <name>packaging.metadata</name>
    <message>
        <source>Couple&apos;s Journal</source>
        <translation>Tagebuch für Paare</translation>
    </message>
    <message>
        <source>A private, encrypted companion for a couple rebuilding or deepening trust</source>
        <translation>Ein privater, verschlüsselter Begleiter für Paare, die Vertrauen wieder aufbauen oder vertiefen</translation>
    </message>
    <message>
        <source>journal;couple;relationship;trust;private;encrypted;</source>
        <translation>Tagebuch;Paar;Beziehung;Vertrauen;privat;verschlüsselt;journal;couple;relationship;trust;</translation>
    </message>
    <message>
        <source>A private, encrypted companion for a couple working on trust</source>
        <translation>Ein privater, verschlüsselter Begleiter für Paare, die an ihrem Vertrauen arbeiten</translation>
    </message>
    <message>
        <source>Toward is a desktop app for two people who want to rebuild or deepen the trust between them. Each partner has a private space that only their own password opens, and the couple shares a space they both read and write. Nothing moves from private to shared unless its author chooses to share it.</source>
        <translation>Toward ist eine Desktop-App für zwei Menschen, die das Vertrauen zwischen sich wieder aufbauen oder vertiefen möchten. Jede Person hat einen privaten Bereich, den nur ihr eigenes Passwort öffnet, und das Paar teilt einen Bereich, den beide lesen und beschreiben. Nichts wandert vom Privaten ins Gemeinsame, außer wer es geschrieben hat, entscheidet sich dafür.</translation>
    </message>
    <message>
        <source>Today: log a bid for connection in seconds and see what waits for you, gently</source>
        <translation>Heute: ein Kontaktangebot in Sekunden notieren und behutsam sehen, was auf dich wartet</translation>
    </message>
    <message>
        <source>A journal for each partner and a shared one, with prompts; share a whole entry or some of its paragraphs</source>
        <translation>Ein Tagebuch für jede Person und ein gemeinsames, mit Schreibimpulsen; teile einen ganzen Eintrag oder nur einige Absätze</translation>
    </message>
    <message>
        <source>Bids for connection: notice the small reaches for each other and how they are met, without a score</source>
        <translation>Kontaktangebote: die kleinen Gesten zueinander wahrnehmen und wie sie aufgenommen werden, ohne Punkte zu vergeben</translation>
    </message>
    <message>
        <source>Money: write purchases down privately, then disclose them to your partner, who can acknowledge or ask</source>
        <translation>Geld: Käufe privat notieren und sie dann deinem Gegenüber offenlegen, das sie zur Kenntnis nehmen oder nachfragen kann</translation>
    </message>
    <message>
        <source>Promises and standing agreements, kept, renegotiated or released together</source>
        <translation>Versprechen und feste Vereinbarungen, gemeinsam gehalten, neu vereinbart oder gelöst</translation>
    </message>
    <message>
        <source>Repair conversations after a fight, step by step, with answers that stay sealed until both have written</source>
        <translation>Klärungsgespräche nach einem Streit, Schritt für Schritt, mit Antworten, die versiegelt bleiben, bis beide geschrieben haben</translation>
    </message>
    <message>
        <source>Planned conversations on the big topics of a shared life, ending in one small agreement, and a light round of how well you know each other</source>
        <translation>Geplante Gespräche über die großen Themen eines gemeinsamen Lebens, die mit einer kleinen Vereinbarung enden, und eine leichte Runde „Wie gut kennt ihr euch?“</translation>
    </message>
    <message>
        <source>Between therapy sessions: practices your therapist suggested, your own questions to bring, and a private weekly check-in</source>
        <translation>Zwischen den Therapiesitzungen: Übungen, die eure Therapeutin oder euer Therapeut vorgeschlagen hat, eigene Fragen zum Mitbringen und ein privater wöchentlicher Check-in</translation>
    </message>
    <message>
        <source>A calm PDF or Markdown summary of a period to bring to a couples therapist, or one of only your own words for an individual session</source>
        <translation>Eine ruhige PDF- oder Markdown-Zusammenfassung eines Zeitraums für die Paartherapie, oder eine nur mit deinen eigenen Worten für eine Einzelsitzung</translation>
    </message>
    <message>
        <source>Together mode: the second partner unlocks into the same window</source>
        <translation>Gemeinsam-Modus: Die zweite Person entsperrt im selben Fenster</translation>
    </message>
    <message>
        <source>Everything stays on this computer, encrypted with SQLCipher; no account, no cloud; encrypted backups</source>
        <translation>Alles bleibt auf diesem Computer, verschlüsselt mit SQLCipher; kein Konto, keine Cloud; verschlüsselte Sicherungen</translation>
    </message>
    <message>
        <source>The lock screen: each partner opens their own space</source>
        <translation>Der Sperrbildschirm: Jede Person öffnet ihren eigenen Bereich</translation>
    </message>
    <message>
        <source>Today: log a bid for connection and see the week</source>
        <translation>Heute: ein Kontaktangebot notieren und die Woche sehen</translation>
    </message>
    <message>
        <source>The journal: private entries, with the shared journal a click away</source>
        <translation>Das Tagebuch: private Einträge, das gemeinsame Tagebuch nur einen Klick entfernt</translation>
    </message>
    <message>
        <source>Bids for connection, and the ones you could still meet</source>
        <translation>Kontaktangebote, und die, auf die du noch eingehen kannst</translation>
    </message>
    <message>
        <source>Money: purchases disclosed to each other, and how they were received</source>
        <translation>Geld: einander offengelegte Käufe und wie sie aufgenommen wurden</translation>
    </message>
    <message>
        <source>Promises: what each of you said you would do, and when</source>
        <translation>Versprechen: was jede Person zugesagt hat, und bis wann</translation>
    </message>
    <message>
        <source>Repair conversations: a time to talk and steps taken together</source>
        <translation>Klärungsgespräche: ein Termin zum Reden und gemeinsam gegangene Schritte</translation>
    </message>
    <message>
        <source>Talks: planned conversations on the big topics, and how well you know each other</source>
        <translation>Gespräche: geplante Gespräche über die großen Themen, und wie gut ihr euch kennt</translation>
    </message>
    <message>
        <source>For therapy: a summary of a period for your couples therapist</source>
        <translation>Für die Therapie: eine Zusammenfassung eines Zeitraums für die Paartherapie</translation>
    </message>
    <message>
        <source>Settings: your password, locking and a shared computer</source>
        <translation>Einstellungen: dein Passwort, das Sperren und ein gemeinsam genutzter Computer</translation>
    </message>
</context>
<context>
    <name>sync.exchange</name>
    <message>
        <source>That session belongs to another folder.</source>
        <translation>Diese Sitzung gehört zu einem anderen Ordner.</translation>
    </message>
    <message>
        <source>This household is already linked to {folder}.</source>
        <translation>Dieser Haushalt ist schon mit {folder} verbunden.</translation>
    </message>
    <message>
        <source>This household is not linked to a sync folder yet.</source>
        <translation>Dieser Haushalt ist noch mit keinem Sync-Ordner verbunden.</translation>
    </message>
    <message>
        <source>Your private changes already travel through the sync folder on this computer.</source>
        <translation>Auf diesem Computer gehen deine privaten Änderungen schon über den Sync-Ordner.</translation>
    </message>
    <message>
        <source>Your private folder {folder} is not there (not mounted, or moved). Connect it first: this computer moves its own private changes from it back to the sync folder, so that your other computers miss none of them.</source>
        <translation>Dein privater Ordner {folder} ist nicht da (nicht eingebunden oder verschoben). Verbinde ihn zuerst: Dieser Computer holt seine eigenen privaten Änderungen daraus in den Sync-Ordner zurück, damit deinen anderen Computern keine davon fehlt.</translation>
    </message>
    <message>
        <source>Your private folder {folder} is not there (not mounted, or moved). Your private changes wait on this computer until it is back.</source>
        <translation>Dein privater Ordner {folder} ist nicht da (nicht eingebunden oder verschoben). Deine privaten Änderungen warten auf diesem Computer, bis er wieder da ist.</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>ein anderer Computer</translation>
    </message>
    <message>
        <source>The sync folder {folder} is not there (not mounted, or moved). Nothing was changed; Toward tries again later.</source>
        <translation>Der Sync-Ordner {folder} ist nicht da (nicht eingebunden oder verschoben). Es wurde nichts geändert; Toward versucht es später noch einmal.</translation>
    </message>
    <message>
        <source>The sync folder {folder} now holds another household.</source>
        <translation>Im Sync-Ordner {folder} liegt jetzt ein anderer Haushalt.</translation>
    </message>
    <message>
        <source>Waiting for a change file from {device}.</source>
        <translation>Warte auf eine Änderungsdatei von {device}.</translation>
    </message>
    <message>
        <source>A change file from {device} stays unreadable: it may have been damaged on the way. Toward never applies it, and the changes after it wait.</source>
        <translation>Eine Änderungsdatei von {device} bleibt unlesbar: Sie wurde vielleicht unterwegs beschädigt. Toward wendet sie nie an, und die Änderungen danach warten.</translation>
    </message>
    <message>
        <source>A change file from {device} cannot be read yet; Toward tries again later.</source>
        <translation>Eine Änderungsdatei von {device} lässt sich noch nicht lesen; Toward versucht es später noch einmal.</translation>
    </message>
    <message numerus="yes">
        <source>Changes waiting for what they build on: %n.</source>
        <translation>
            <numerusform>Änderungen, die auf ihre Grundlage warten: %n.</numerusform>
            <numerusform>Änderungen, die auf ihre Grundlage warten: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sync.folder</name>
    <message>
        <source>The sync folder&apos;s {name} cannot be read.</source>
        <translation>{name} im Sync-Ordner lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>This sync folder was made by a newer version of Toward. Update Toward to use it.</source>
        <translation>Dieser Sync-Ordner stammt von einer neueren Version von Toward. Aktualisiere Toward, um ihn zu nutzen.</translation>
    </message>
    <message>
        <source>This folder already holds another household&apos;s changes. Choose an empty folder, or the one this household was linked to.</source>
        <translation>In diesem Ordner liegen schon die Änderungen eines anderen Haushalts. Wähle einen leeren Ordner oder den, mit dem dieser Haushalt verbunden war.</translation>
    </message>
</context>
<context>
    <name>sync.join_leftovers</name>
    <message>
        <source>{folder} holds databases but no household file: perhaps an earlier join was interrupted there. Toward leaves them untouched. If you did not keep anything there yourself, delete what is in that folder and join again, or choose an empty folder.</source>
        <translation>{folder} enthält Datenbanken, aber keine Haushaltsdatei: Vielleicht wurde dort ein früheres Beitreten unterbrochen. Toward lässt sie unberührt. Wenn du dort selbst nichts abgelegt hast, lösche, was in diesem Ordner liegt, und tritt erneut bei, oder wähle einen leeren Ordner.</translation>
    </message>
</context>
<context>
    <name>sync.joining</name>
    <message>
        <source>Link this household to a sync folder before inviting.</source>
        <translation>Verbinde diesen Haushalt mit einem Sync-Ordner, bevor du einlädst.</translation>
    </message>
    <message>
        <source>Both partners are in this household already.</source>
        <translation>Beide Personen sind schon in diesem Haushalt.</translation>
    </message>
    <message>
        <source>That code does not open an invitation in this folder. It may have been mistyped, used already or be more than 7 days old.</source>
        <translation>Dieser Code öffnet keine Einladung in diesem Ordner. Vielleicht hat sich ein Tippfehler eingeschlichen, er wurde schon benutzt oder ist älter als 7 Tage.</translation>
    </message>
    <message>
        <source>The sync folder does not hold the inviting partner yet.</source>
        <translation>Im Sync-Ordner ist die einladende Person noch nicht angekommen.</translation>
    </message>
    <message>
        <source>No partner called {name} has linked this folder.</source>
        <translation>Keine Person namens {name} hat diesen Ordner verbunden.</translation>
    </message>
    <message>
        <source>{name}&apos;s password is tied to the computer it was set on. Untie it there (Settings), link again, then join here.</source>
        <translation>Das Passwort von {name} ist an den Computer gebunden, auf dem es festgelegt wurde. Löse die Bindung dort (Einstellungen), verbinde neu und tritt dann hier bei.</translation>
    </message>
    <message>
        <source>That password doesn&apos;t open {name}&apos;s space.</source>
        <translation>Dieses Passwort öffnet den Bereich von {name} nicht.</translation>
    </message>
    <message>
        <source>{folder} holds no Toward household yet: link one on the other computer first.</source>
        <translation>In {folder} gibt es noch keinen Toward-Haushalt: Verbinde zuerst einen auf dem anderen Computer.</translation>
    </message>
    <message>
        <source>A household already lives in {folder}.</source>
        <translation>In {folder} gibt es schon einen Haushalt.</translation>
    </message>
    <message>
        <source>{folder} is not empty: choose an empty folder to join in.</source>
        <translation>{folder} ist nicht leer: Wähle zum Beitreten einen leeren Ordner.</translation>
    </message>
</context>
<context>
    <name>sync.private</name>
    <message>
        <source>Choose a folder outside the sync folder: your partner&apos;s computer receives everything inside it.</source>
        <translation>Wähle einen Ordner außerhalb des Sync-Ordners: Der Computer deines Gegenübers bekommt alles, was darin liegt.</translation>
    </message>
    <message>
        <source>That folder is a household&apos;s sync folder. Choose another folder, shared only between your own computers.</source>
        <translation>Dieser Ordner ist der Sync-Ordner eines Haushalts. Wähle einen anderen Ordner, den nur deine eigenen Computer teilen.</translation>
    </message>
    <message>
        <source>That folder already holds someone else&apos;s private changes. Choose an empty folder, or the one you chose on your other computer.</source>
        <translation>In diesem Ordner liegen schon die privaten Änderungen einer anderen Person. Wähle einen leeren Ordner oder den, den du auf deinem anderen Computer gewählt hast.</translation>
    </message>
</context>
<context>
    <name>sync.status</name>
    <message>
        <source>another computer</source>
        <translation>ein anderer Computer</translation>
    </message>
    <message>
        <source>A change from another computer was not applied ({what}): {why}.</source>
        <translation>Eine Änderung von einem anderen Computer wurde nicht übernommen ({what}): {why}.</translation>
    </message>
</context>
<context>
    <name>ui.app</name>
    <message>
        <source>The household file (household.json) is missing. It holds the keys to the databases in this folder, so they cannot be opened without it. Restore from a backup, or put household.json back if you have a copy.</source>
        <translation>Die Haushaltsdatei (household.json) fehlt. Sie enthält die Schlüssel zu den Datenbanken in diesem Ordner; ohne sie lassen sich diese nicht öffnen. Stelle eine Sicherung wieder her oder lege household.json zurück, falls du eine Kopie hast.</translation>
    </message>
    <message>
        <source>Toward can&apos;t open this household</source>
        <translation>Toward kann diesen Haushalt nicht öffnen</translation>
    </message>
    <message>
        <source>Nothing in {folder} has been changed or deleted. Run `toward doctor` for a full report.</source>
        <translation>In {folder} wurde nichts verändert oder gelöscht. Mit `toward doctor` bekommst du einen vollständigen Bericht.</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Aus einer Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Restored from the backup made {made}. What was there before is kept in {kept}.</source>
        <translation>Aus der Sicherung vom {made} wiederhergestellt. Was vorher da war, liegt jetzt in {kept}.</translation>
    </message>
    <message>
        <source>Restored from the backup made {made}.</source>
        <translation>Aus der Sicherung vom {made} wiederhergestellt.</translation>
    </message>
    <message>
        <source>Read-only: Toward cannot write to this folder, so you can read everything but nothing can be changed or added. Make a backup, or move the folder somewhere writable.</source>
        <translation>Nur lesen: Toward kann in diesen Ordner nicht schreiben. Du kannst alles lesen, aber nichts ändern oder hinzufügen. Mach eine Sicherung oder verschiebe den Ordner an einen Ort, an dem geschrieben werden kann.</translation>
    </message>
    <message>
        <source>{name} unlocks too, for time together</source>
        <translation>{name} entsperrt auch, für gemeinsame Zeit</translation>
    </message>
    <message>
        <source>Toward is already open for this household; its window was brought forward.</source>
        <translation>Toward ist für diesen Haushalt schon geöffnet; sein Fenster wurde nach vorn geholt.</translation>
    </message>
    <message>
        <source>Nothing here has been opened or changed.</source>
        <translation>Hier wurde nichts geöffnet oder verändert.</translation>
    </message>
</context>
<context>
    <name>ui.bids.page</name>
    <message>
        <source>Morning</source>
        <translation>Morgens</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Nachmittags</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Abends</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Nachts</translation>
    </message>
    <message>
        <source>Bids for connection</source>
        <translation>Kontaktangebote</translation>
    </message>
    <message>
        <source>Notice the small reaches for each other, and how they are met.</source>
        <translation>Die kleinen Gesten zueinander wahrnehmen, und wie sie aufgenommen werden.</translation>
    </message>
    <message>
        <source>your partner</source>
        <translation>dein Gegenüber</translation>
    </message>
    <message>
        <source>Log a bid</source>
        <translation>Kontaktangebot notieren</translation>
    </message>
    <message>
        <source>{name}&apos;s bids you could still meet</source>
        <translation>Angebote von {name}, auf die du noch eingehen kannst</translation>
    </message>
    <message>
        <source>Missing a bid happens. Turning toward it now is recorded beside the first answer, which stays as it was.</source>
        <translation>Ein Angebot zu verpassen, kommt vor. Wendest du dich ihm jetzt zu, wird das neben der ersten Antwort festgehalten; die bleibt, wie sie war.</translation>
    </message>
    <message>
        <source>bid waiting</source>
        <translation>Angebot wartet</translation>
    </message>
    <message>
        <source>bids waiting</source>
        <translation>Angebote warten</translation>
    </message>
    <message>
        <source>The last twelve weeks</source>
        <translation>Die letzten zwölf Wochen</translation>
    </message>
    <message>
        <source>Your bids, answered by {name}</source>
        <translation>Deine Angebote, beantwortet von {name}</translation>
    </message>
    <message>
        <source>{name}&apos;s bids, answered by you</source>
        <translation>Angebote von {name}, beantwortet von dir</translation>
    </message>
    <message>
        <source>Emotional bank account</source>
        <translation>Emotionales Bankkonto</translation>
    </message>
    <message>
        <source>When and how bids happen</source>
        <translation>Wann und wie Kontaktangebote entstehen</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Tageszeit</translation>
    </message>
    <message>
        <source>Bids by time of day</source>
        <translation>Kontaktangebote nach Tageszeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Bids by kind</source>
        <translation>Kontaktangebote nach Art</translation>
    </message>
    <message>
        <source>{kind} · {when} — {bid} ({answer})</source>
        <translation>{kind} · {when} — {bid} ({answer})</translation>
    </message>
    <message>
        <source>{kind} · {when} ({answer})</source>
        <translation>{kind} · {when} ({answer})</translation>
    </message>
    <message>
        <source>I&apos;m turning toward it now</source>
        <translation>Ich wende mich jetzt zu</translation>
    </message>
    <message>
        <source>I&apos;m turning toward it now: {bid}</source>
        <translation>Ich wende mich jetzt zu: {bid}</translation>
    </message>
    <message>
        <source>Recently logged</source>
        <translation>Zuletzt notiert</translation>
    </message>
    <message>
        <source>bid</source>
        <translation>Kontaktangebot</translation>
    </message>
    <message>
        <source>bids</source>
        <translation>Kontaktangebote</translation>
    </message>
    <message>
        <source>Nothing logged yet. The quick log above takes seconds.</source>
        <translation>Noch nichts notiert. Das schnelle Notieren oben dauert nur Sekunden.</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <source>{when} · {name}: {kind} — {answer}</source>
        <translation>{when} · {name}: {kind} — {answer}</translation>
    </message>
    <message>
        <source>turned toward later</source>
        <translation>später zugewandt</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Notiz: {note}</translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>Kontaktangebote</translation>
    </message>
    <message>
        <source>Turned toward</source>
        <translation>Zugewandt</translation>
    </message>
</context>
<context>
    <name>ui.bids.quick_log</name>
    <message>
        <source>My partner</source>
        <translation>Mein Gegenüber</translation>
    </message>
    <message>
        <source>What was the bid</source>
        <translation>Was war das Angebot</translation>
    </message>
    <message>
        <source>Kind of bid</source>
        <translation>Art des Angebots</translation>
    </message>
    <message>
        <source>I made it</source>
        <translation>Von mir</translation>
    </message>
    <message>
        <source>{name} made it</source>
        <translation>Von {name}</translation>
    </message>
    <message>
        <source>Whose bid</source>
        <translation>Wessen Angebot</translation>
    </message>
    <message>
        <source>How it was answered</source>
        <translation>Wie darauf reagiert wurde</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Mood afterwards</source>
        <translation>Stimmung danach</translation>
    </message>
    <message>
        <source>What was the bid? e.g. “showed me the sunset”</source>
        <translation>Was war das Kontaktangebot? z. B. „hat mir den Sonnenuntergang gezeigt“</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <source>A note for yourself</source>
        <translation>Eine Notiz für dich</translation>
    </message>
    <message>
        <source>How you felt afterwards</source>
        <translation>Wie du dich danach gefühlt hast</translation>
    </message>
    <message>
        <source>Afterwards: {mood}</source>
        <translation>Danach: {mood}</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <source>Where to keep it</source>
        <translation>Wo es aufbewahrt wird</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Notiert</translation>
    </message>
    <message>
        <source>Log bid</source>
        <translation>Notieren</translation>
    </message>
    <message>
        <source>Logged, shared with {name}.</source>
        <translation>Notiert, mit {name} geteilt.</translation>
    </message>
    <message>
        <source>Logged, kept private.</source>
        <translation>Notiert, privat behalten.</translation>
    </message>
    <message>
        <source>Log a bid for connection</source>
        <translation>Kontaktangebot notieren</translation>
    </message>
</context>
<context>
    <name>ui.journal.editor</name>
    <message>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>Titel (freiwillig)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>How are you feeling?</source>
        <translation>Wie fühlst du dich?</translation>
    </message>
    <message>
        <source>{number} · {mood}</source>
        <translation>{number} · {mood}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Show how the Markdown will look</source>
        <translation>Zeigen, wie das Markdown aussehen wird</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Write freely. Markdown works: *emphasis*, lists, # headings.</source>
        <translation>Schreib einfach drauflos. Markdown geht: *Betonung*, Listen, # Überschriften.</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Text des Eintrags</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <source>In your private journal — only you can read it.</source>
        <translation>In deinem privaten Tagebuch – nur du kannst es lesen.</translation>
    </message>
    <message>
        <source>In the shared journal — {name} can read it once you save.</source>
        <translation>Im gemeinsamen Tagebuch – {name} kann es lesen, sobald du speicherst.</translation>
    </message>
    <message>
        <source>Writing about: “{prompt}”</source>
        <translation>Du schreibst über: „{prompt}“</translation>
    </message>
    <message>
        <source>Your unsaved writing from {when} is back.</source>
        <translation>Dein ungespeicherter Text vom {when} ist wieder da.</translation>
    </message>
    <message>
        <source>Draft not saved: {reason}</source>
        <translation>Entwurf nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation>Entwurf aufbewahrt</translation>
    </message>
    <message>
        <source>Write something first — a title or a few words.</source>
        <translation>Schreib zuerst etwas – einen Titel oder ein paar Worte.</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>What you wrote since the last save will be lost.</source>
        <translation>Was du seit dem letzten Speichern geschrieben hast, geht verloren.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>ui.journal.filters</name>
    <message>
        <source>Feeling {mood}</source>
        <translation>Gefühl: {mood}</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Any mood</source>
        <translation>Alle Stimmungen</translation>
    </message>
    <message>
        <source>Kind of trust</source>
        <translation>Art des Vertrauens</translation>
    </message>
    <message>
        <source>Any trust</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Alle Monate</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
</context>
<context>
    <name>ui.journal.invitation</name>
    <message>
        <source>Prompt of the day</source>
        <translation>Impuls des Tages</translation>
    </message>
    <message>
        <source>Write about this</source>
        <translation>Darüber schreiben</translation>
    </message>
    <message>
        <source>More prompts…</source>
        <translation>Weitere Impulse…</translation>
    </message>
    <message>
        <source>Not for me</source>
        <translation>Nichts für mich</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>Continue “{title}” (unsaved, {when})</source>
        <translation>„{title}“ fortsetzen (ungespeichert, {when})</translation>
    </message>
</context>
<context>
    <name>ui.journal.model</name>
    <message>
        <source>{title}, private, {date}</source>
        <translation>{title}, privat, {date}</translation>
    </message>
    <message>
        <source>{title}, shared, {date}</source>
        <translation>{title}, gemeinsam, {date}</translation>
    </message>
    <message>
        <source>{title}, private, a copy shared, {date}</source>
        <translation>{title}, privat, als Kopie geteilt, {date}</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Gegenüber</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>gemeinsam</translation>
    </message>
</context>
<context>
    <name>ui.journal.page</name>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>New entry (Ctrl+N)</source>
        <translation>Neuer Eintrag (Strg+N)</translation>
    </message>
    <message>
        <source>My private journal</source>
        <translation>Mein privates Tagebuch</translation>
    </message>
    <message>
        <source>Shared journal</source>
        <translation>Gemeinsames Tagebuch</translation>
    </message>
    <message>
        <source>Which journal</source>
        <translation>Welches Tagebuch</translation>
    </message>
    <message>
        <source>Search both journals (Ctrl+F)</source>
        <translation>Beide Tagebücher durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>your partner</source>
        <translation>dein Gegenüber</translation>
    </message>
    <message numerus="yes">
        <source>%n matching entries</source>
        <translation>
            <numerusform>%n passender Eintrag</numerusform>
            <numerusform>%n passende Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shared journal · %n new</source>
        <translation>
            <numerusform>Gemeinsames Tagebuch · %n neu</numerusform>
            <numerusform>Gemeinsames Tagebuch · %n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries found in both journals</source>
        <translation>
            <numerusform>%n Eintrag in beiden Tagebüchern gefunden</numerusform>
            <numerusform>%n Einträge in beiden Tagebüchern gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or different words.</source>
        <translation>Nichts gefunden. Versuch es mit weniger oder anderen Wörtern.</translation>
    </message>
    <message>
        <source>Choose a result to read it.</source>
        <translation>Wähle ein Ergebnis, um es zu lesen.</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>Keine Einträge passen zu diesen Filtern.</translation>
    </message>
    <message>
        <source>Nothing here yet — write the first entry.
Only you can read your private journal.</source>
        <translation>Noch nichts hier – schreib den ersten Eintrag.
Nur du kannst dein privates Tagebuch lesen.</translation>
    </message>
    <message>
        <source>Nothing shared yet.
Write here for both of you to read, or share an entry from your private journal.</source>
        <translation>Noch nichts geteilt.
Schreib hier für euch beide, oder teile einen Eintrag aus deinem privaten Tagebuch.</translation>
    </message>
    <message>
        <source>Choose an entry to read it, or write a new one.</source>
        <translation>Wähle einen Eintrag, um ihn zu lesen, oder schreib einen neuen.</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>Nicht geteilt</translation>
    </message>
    <message>
        <source>Stop sharing?</source>
        <translation>Nicht mehr teilen?</translation>
    </message>
    <message>
        <source>The entry leaves the shared journal, with any replies under it. {name} may already have read it.</source>
        <translation>Der Eintrag verlässt das gemeinsame Tagebuch, mit allen Antworten darunter. {name} hat ihn vielleicht schon gelesen.</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Nicht mehr teilen</translation>
    </message>
    <message>
        <source>No longer shared</source>
        <translation>Nicht mehr geteilt</translation>
    </message>
    <message>
        <source>{name} had already opened it.</source>
        <translation>{name} hatte ihn schon geöffnet.</translation>
    </message>
    <message>
        <source>Toward saw no sign that {name} opened it, though they may have seen it.</source>
        <translation>Toward hat kein Zeichen gesehen, dass {name} ihn geöffnet hat, auch wenn {name} ihn gesehen haben könnte.</translation>
    </message>
    <message>
        <source>It will be gone for good, with its pictures; this can&apos;t be undone. Its shared copy stays in the shared journal until you stop sharing it.</source>
        <translation>Er ist dann für immer weg, mit seinen Bildern; das lässt sich nicht rückgängig machen. Seine geteilte Kopie bleibt im gemeinsamen Tagebuch, bis du sie nicht mehr teilst.</translation>
    </message>
    <message>
        <source>It will be gone for good, with its pictures; this can&apos;t be undone.</source>
        <translation>Er ist dann für immer weg, mit seinen Bildern; das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation>Diesen Eintrag löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>ui.journal.prompts</name>
    <message>
        <source>light</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>deeper</source>
        <translation>tiefer</translation>
    </message>
    <message>
        <source>deep</source>
        <translation>tief</translation>
    </message>
    <message>
        <source>weighty</source>
        <translation>gewichtig</translation>
    </message>
    <message>
        <source>weightiest</source>
        <translation>am gewichtigsten</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Impulse</translation>
    </message>
    <message>
        <source>Decks</source>
        <translation>Sammlungen</translation>
    </message>
    <message>
        <source>Prompts in this deck</source>
        <translation>Impulse in dieser Sammlung</translation>
    </message>
    <message>
        <source>Show prompts I hid</source>
        <translation>Ausgeblendete Impulse zeigen</translation>
    </message>
    <message>
        <source>Hide this prompt</source>
        <translation>Diesen Impuls ausblenden</translation>
    </message>
    <message>
        <source>Write about this</source>
        <translation>Darüber schreiben</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(ausgeblendet)</translation>
    </message>
    <message>
        <source>Show it again</source>
        <translation>Wieder zeigen</translation>
    </message>
</context>
<context>
    <name>ui.journal.reader</name>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>What was shared</source>
        <translation>Was geteilt wurde</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Text des Eintrags</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Add picture…</source>
        <translation>Bild hinzufügen…</translation>
    </message>
    <message>
        <source>Share with partner…</source>
        <translation>Mit deinem Gegenüber teilen…</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Nicht mehr teilen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Deine Antwort</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Written for the prompt: “{prompt}”</source>
        <translation>Geschrieben zum Impuls: „{prompt}“</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} und {last}</translation>
    </message>
    <message numerus="yes">
        <source>Shared in part: {name} can read paragraphs {listed} of {total}; the others stay in your private journal.</source>
        <translation>
            <numerusform>Teilweise geteilt: {name} kann Absatz {listed} von {total} lesen; die anderen bleiben in deinem privaten Tagebuch.</numerusform>
            <numerusform>Teilweise geteilt: {name} kann die Absätze {listed} von {total} lesen; die anderen bleiben in deinem privaten Tagebuch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Shared by {name}</source>
        <translation>Geteilt von {name}</translation>
    </message>
    <message>
        <source>Shared by a former partner</source>
        <translation>Geteilt von einer früheren Person im Haushalt</translation>
    </message>
    <message>
        <source>feeling {mood}</source>
        <translation>Gefühl: {mood}</translation>
    </message>
    <message>
        <source>{kinds} trust</source>
        <translation>Vertrauen: {kinds}</translation>
    </message>
    <message>
        <source>shared with {name} on {when}</source>
        <translation>am {when} mit {name} geteilt</translation>
    </message>
    <message>
        <source>your partner</source>
        <translation>dein Gegenüber</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>Some pictures were not added</source>
        <translation>Einige Bilder wurden nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Remove this picture?</source>
        <translation>Dieses Bild entfernen?</translation>
    </message>
    <message>
        <source>It will be gone for good.</source>
        <translation>Es ist dann für immer weg.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>No replies yet.</source>
        <translation>Noch keine Antworten.</translation>
    </message>
    <message>
        <source>A former partner</source>
        <translation>Eine frühere Person im Haushalt</translation>
    </message>
    <message>
        <source>Reply from {name}</source>
        <translation>Antwort von {name}</translation>
    </message>
</context>
<context>
    <name>ui.journal.search</name>
    <message>
        <source>{title}, private: {snippet}</source>
        <translation>{title}, privat: {snippet}</translation>
    </message>
    <message>
        <source>{title}, shared: {snippet}</source>
        <translation>{title}, gemeinsam: {snippet}</translation>
    </message>
    <message>
        <source>Your private journal · also shared</source>
        <translation>Dein privates Tagebuch · auch geteilt</translation>
    </message>
    <message>
        <source>Your private journal</source>
        <translation>Dein privates Tagebuch</translation>
    </message>
    <message>
        <source>Shared journal · by you</source>
        <translation>Gemeinsames Tagebuch · von dir</translation>
    </message>
    <message>
        <source>your partner</source>
        <translation>dein Gegenüber</translation>
    </message>
    <message>
        <source>Shared journal · by {name}</source>
        <translation>Gemeinsames Tagebuch · von {name}</translation>
    </message>
</context>
<context>
    <name>ui.journal.share</name>
    <message>
        <source>Share “{title}” with {name}?</source>
        <translation>„{title}“ mit {name} teilen?</translation>
    </message>
    <message>
        <source>{name} will be able to read it in the shared journal. You can take it back later, but {name} may have read it by then.</source>
        <translation>{name} kann ihn dann im gemeinsamen Tagebuch lesen. Du kannst ihn später zurücknehmen, aber {name} hat ihn bis dahin vielleicht schon gelesen.</translation>
    </message>
    <message>
        <source>Paragraphs to share</source>
        <translation>Absätze zum Teilen</translation>
    </message>
    <message>
        <source>Untick any paragraph you want to keep to yourself.</source>
        <translation>Nimm den Haken bei jedem Absatz weg, den du für dich behalten möchtest.</translation>
    </message>
    <message numerus="yes">
        <source>Include its %n pictures</source>
        <translation>
            <numerusform>Auch sein Bild teilen (%n)</numerusform>
            <numerusform>Auch seine %n Bilder teilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Teilen</translation>
    </message>
    <message numerus="yes">
        <source>Sharing {kept} of %n paragraphs; the rest stay in your private journal.</source>
        <translation>
            <numerusform>{kept} von %n Absatz wird geteilt; der Rest bleibt in deinem privaten Tagebuch.</numerusform>
            <numerusform>{kept} von %n Absätzen werden geteilt; der Rest bleibt in deinem privaten Tagebuch.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.journal.trust</name>
    <message>
        <source>Emotional</source>
        <translation>Emotional</translation>
    </message>
    <message>
        <source>This is about emotional trust</source>
        <translation>Hier geht es um emotionales Vertrauen</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>Körperlich</translation>
    </message>
    <message>
        <source>This is about physical trust</source>
        <translation>Hier geht es um körperliches Vertrauen</translation>
    </message>
    <message>
        <source>Mental</source>
        <translation>Mental</translation>
    </message>
    <message>
        <source>This is about mental trust</source>
        <translation>Hier geht es um mentales Vertrauen</translation>
    </message>
    <message>
        <source>Spiritual</source>
        <translation>Spirituell</translation>
    </message>
    <message>
        <source>This is about spiritual trust</source>
        <translation>Hier geht es um spirituelles Vertrauen</translation>
    </message>
</context>
<context>
    <name>ui.kit.charts</name>
    <message>
        <source>Show numbers</source>
        <translation>Zahlen zeigen</translation>
    </message>
    <message>
        <source>{title}: show as a table</source>
        <translation>{title}: als Tabelle zeigen</translation>
    </message>
    <message>
        <source>Show chart</source>
        <translation>Diagramm zeigen</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche vom</translation>
    </message>
    <message>
        <source>Toward</source>
        <translation>Zugewandt</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Abgewandt</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Dagegen</translation>
    </message>
    <message>
        <source>Not yet answered</source>
        <translation>Noch nicht beantwortet</translation>
    </message>
    <message>
        <source>Late toward</source>
        <translation>Später zugewandt</translation>
    </message>
    <message>
        <source>Toward share</source>
        <translation>Anteil zugewandt</translation>
    </message>
    <message>
        <source>Balance (toward − away − against)</source>
        <translation>Kontostand (zugewandt − abgewandt − dagegen)</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>Einzahlungen</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>Abhebungen</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Kontostand</translation>
    </message>
</context>
<context>
    <name>ui.kit.dialogs</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ui.kit.errors</name>
    <message>
        <source>Something went wrong inside Toward. Nothing you wrote was lost. Please report this problem ({kind}).</source>
        <translation>In Toward ist etwas schiefgelaufen. Nichts, was du geschrieben hast, ist verloren. Bitte melde dieses Problem ({kind}).</translation>
    </message>
</context>
<context>
    <name>ui.kit.kept_aside</name>
    <message>
        <source>Changes kept aside</source>
        <translation>Beiseitegelegte Änderungen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss the changes kept aside</source>
        <translation>Die beiseitegelegten Änderungen schließen</translation>
    </message>
    <message>
        <source>Toward could not apply a change you had asked for:</source>
        <translation>Toward konnte eine Änderung, die du wolltest, nicht übernehmen:</translation>
    </message>
    <message>
        <source>Toward could not apply these changes of yours:</source>
        <translation>Toward konnte diese Änderungen von dir nicht übernehmen:</translation>
    </message>
    <message>
        <source>• {what} (asked {when}). {why}</source>
        <translation>• {what} (gewünscht {when}). {why}</translation>
    </message>
    <message>
        <source>If you still want it, you can make the change again.</source>
        <translation>Wenn du es noch möchtest, kannst du die Änderung noch einmal vornehmen.</translation>
    </message>
</context>
<context>
    <name>ui.kit.paged_rows</name>
    <message>
        <source>Showing {shown} of {total} {records}</source>
        <translation>{shown} von {total} {records} angezeigt</translation>
    </message>
    <message>
        <source>{total} {records}</source>
        <translation>{total} {records}</translation>
    </message>
    <message numerus="yes">
        <source>Show %n more</source>
        <translation>
            <numerusform>Noch %n zeigen</numerusform>
            <numerusform>Noch %n zeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Show {more} more {records}</source>
        <translation>Noch {more} {records} zeigen</translation>
    </message>
</context>
<context>
    <name>ui.kit.pictures</name>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Picture {name}</source>
        <translation>Bild {name}</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>Bild entfernen</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>Dieses Bild kann nicht angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>ui.kit.widgets</name>
    <message>
        <source>Show password</source>
        <translation>Passwort zeigen</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Passwort verbergen</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Stärke des Passworts</translation>
    </message>
    <message>
        <source>At least 8 characters. A few unrelated words work well.</source>
        <translation>Mindestens 8 Zeichen. Ein paar Wörter, die nichts miteinander zu tun haben, funktionieren gut.</translation>
    </message>
    <message numerus="yes">
        <source>Toward could not read %n records here, perhaps from damage to the file; everything else is shown, and nothing was changed. ({reasons})</source>
        <translation>
            <numerusform>Toward konnte hier %n Datensatz nicht lesen, vielleicht weil die Datei beschädigt ist; alles andere wird angezeigt, und nichts wurde verändert. ({reasons})</numerusform>
            <numerusform>Toward konnte hier %n Datensätze nicht lesen, vielleicht weil die Datei beschädigt ist; alles andere wird angezeigt, und nichts wurde verändert. ({reasons})</numerusform>
        </translation>
    </message>
    <message>
        <source>Records that could not be read</source>
        <translation>Datensätze, die nicht gelesen werden konnten</translation>
    </message>
</context>
<context>
    <name>ui.lock_screen</name>
    <message>
        <source>Who&apos;s here?</source>
        <translation>Wer ist da?</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation>Hinweis zum Entsperren</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Wird geöffnet</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation>Passwort vergessen?</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Aus einer Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Nur lesend öffnen</translation>
    </message>
    <message>
        <source>Demo household with sample data, deleted when you quit.
{passwords}</source>
        <translation>Demo-Haushalt mit Beispieldaten, wird beim Beenden gelöscht.
{passwords}</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Gib dein Passwort ein.</translation>
    </message>
</context>
<context>
    <name>ui.main_view</name>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <source>Whose view</source>
        <translation>Wessen Ansicht</translation>
    </message>
    <message>
        <source>Signed in as {name}</source>
        <translation>Angemeldet als {name}</translation>
    </message>
    <message>
        <source>{name} joins</source>
        <translation>{name} kommt dazu</translation>
    </message>
    <message>
        <source>{name} unlocks too, for time together</source>
        <translation>{name} entsperrt auch, für gemeinsame Zeit</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation>Jetzt sperren (Strg+L)</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Schnell weg</translation>
    </message>
    <message>
        <source>Lock and hide Toward at once (or press Shift three times)</source>
        <translation>Toward sofort sperren und verbergen (oder dreimal Umschalt drücken)</translation>
    </message>
    <message>
        <source>Welcome message</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Welcome, {name}.</source>
        <translation>Willkommen, {name}.</translation>
    </message>
    <message numerus="yes">
        <source>Since then, %n wrong passwords were tried for your space.</source>
        <translation>
            <numerusform>Seitdem wurde %n falsches Passwort für deinen Bereich versucht.</numerusform>
            <numerusform>Seitdem wurden %n falsche Passwörter für deinen Bereich versucht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Before this, %n wrong passwords were tried for your space.</source>
        <translation>
            <numerusform>Davor wurde %n falsches Passwort für deinen Bereich versucht.</numerusform>
            <numerusform>Davor wurden %n falsche Passwörter für deinen Bereich versucht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only: Toward can&apos;t write to this folder, so nothing can be changed or added. Make a backup in Settings, or move the folder somewhere writable and open it there.</source>
        <translation>Nur lesen: Toward kann in diesen Ordner nicht schreiben, daher lässt sich nichts ändern oder hinzufügen. Mach in den Einstellungen eine Sicherung, oder verschiebe den Ordner an einen beschreibbaren Ort und öffne ihn dort.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <source>Your space was last opened today at {time}.</source>
        <translation>Dein Bereich wurde zuletzt heute um {time} geöffnet.</translation>
    </message>
    <message>
        <source>Your space was last opened yesterday at {time}.</source>
        <translation>Dein Bereich wurde zuletzt gestern um {time} geöffnet.</translation>
    </message>
    <message>
        <source>Your space was last opened on {day} at {time}.</source>
        <translation>Dein Bereich wurde zuletzt am {day} um {time} geöffnet.</translation>
    </message>
</context>
<context>
    <name>ui.money.agreement</name>
    <message>
        <source>Our agreement</source>
        <translation>Unsere Vereinbarung</translation>
    </message>
    <message>
        <source>No agreement yet. Agreeing on an amount and a number of days makes telling each other a shared habit rather than a test.</source>
        <translation>Noch keine Vereinbarung. Wenn ihr euch auf einen Betrag und eine Anzahl Tage einigt, wird das Erzählen zur gemeinsamen Gewohnheit statt zu einer Prüfung.</translation>
    </message>
    <message>
        <source>Both of you confirmed it on {date}.</source>
        <translation>Ihr habt sie beide am {date} bestätigt.</translation>
    </message>
    <message>
        <source>You proposed a change:</source>
        <translation>Du hast eine Änderung vorgeschlagen:</translation>
    </message>
    <message>
        <source>You proposed an agreement:</source>
        <translation>Du hast eine Vereinbarung vorgeschlagen:</translation>
    </message>
    <message>
        <source>{name} proposed a change:</source>
        <translation>{name} hat eine Änderung vorgeschlagen:</translation>
    </message>
    <message>
        <source>{name} proposed an agreement:</source>
        <translation>{name} hat eine Vereinbarung vorgeschlagen:</translation>
    </message>
    <message>
        <source>Waiting for {name} to confirm.</source>
        <translation>Wartet auf die Bestätigung von {name}.</translation>
    </message>
    <message>
        <source>Withdraw it</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Propose a change</source>
        <translation>Eine Änderung vorschlagen</translation>
    </message>
    <message>
        <source>Propose an agreement</source>
        <translation>Eine Vereinbarung vorschlagen</translation>
    </message>
    <message>
        <source>Any purchase over</source>
        <translation>Jeder Kauf über</translation>
    </message>
    <message>
        <source>Agreed amount</source>
        <translation>Vereinbarter Betrag</translation>
    </message>
    <message>
        <source>Agreed currency</source>
        <translation>Vereinbarte Währung</translation>
    </message>
    <message>
        <source>within</source>
        <translation>innerhalb von</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Agreed days</source>
        <translation>Vereinbarte Tage</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Vorschlagen</translation>
    </message>
</context>
<context>
    <name>ui.money.detail</name>
    <message>
        <source>Choose a line to see it in full.</source>
        <translation>Wähle eine Zeile, um sie ganz zu sehen.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>{amount} at {payee}</source>
        <translation>{amount} bei {payee}</translation>
    </message>
    <message>
        <source>{amount} at an unnamed payee</source>
        <translation>{amount} bei einem ungenannten Empfänger</translation>
    </message>
    <message>
        <source>no category</source>
        <translation>keine Kategorie</translation>
    </message>
    <message>
        <source>You disclosed it on {when}</source>
        <translation>Du hast es am {when} offengelegt</translation>
    </message>
    <message>
        <source>{name} disclosed it on {when}</source>
        <translation>{name} hat es am {when} offengelegt</translation>
    </message>
    <message>
        <source>Corrected: {note}</source>
        <translation>Korrigiert: {note}</translation>
    </message>
    <message>
        <source>Show the earlier version</source>
        <translation>Frühere Fassung zeigen</translation>
    </message>
    <message>
        <source>This version was corrected later; totals count the correction.</source>
        <translation>Diese Fassung wurde später korrigiert; die Summen zählen die Korrektur.</translation>
    </message>
    <message>
        <source>Edit the draft</source>
        <translation>Entwurf bearbeiten</translation>
    </message>
    <message>
        <source>Why (kept to yourself): {why}</source>
        <translation>Warum (für dich behalten): {why}</translation>
    </message>
    <message>
        <source>Why: kept to yourself.</source>
        <translation>Warum: für dich behalten.</translation>
    </message>
    <message>
        <source>{name} kept the why private for now.</source>
        <translation>{name} behält das Warum vorerst für sich.</translation>
    </message>
    <message>
        <source>Why: {why}</source>
        <translation>Warum: {why}</translation>
    </message>
    <message>
        <source>A question, or a note on what you talked about</source>
        <translation>Eine Frage oder eine Notiz dazu, worüber ihr gesprochen habt</translation>
    </message>
    <message>
        <source>Your question or note</source>
        <translation>Deine Frage oder Notiz</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Gesehen, danke</translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <source>We talked it through</source>
        <translation>Haben wir besprochen</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Deine Antwort</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Korrigieren…</translation>
    </message>
    <message>
        <source>Earlier: {amount} at {payee}, {date}, disclosed {when}</source>
        <translation>Früher: {amount} bei {payee}, {date}, offengelegt am {when}</translation>
    </message>
</context>
<context>
    <name>ui.money.draft_form</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Who was paid</source>
        <translation>Wer bezahlt wurde</translation>
    </message>
    <message>
        <source>Account or card</source>
        <translation>Konto oder Karte</translation>
    </message>
    <message>
        <source>Visa ending 4417</source>
        <translation>Visa mit Endung 4417</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Office supplies</source>
        <translation>Büromaterial</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Geschäftlich</translation>
    </message>
    <message>
        <source>Personal or business</source>
        <translation>Privat oder geschäftlich</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Wofür</translation>
    </message>
    <message>
        <source>What it was for, in your own words (optional)</source>
        <translation>Wofür es war, in deinen eigenen Worten (freiwillig)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Keep the why to myself (the rest is shared)</source>
        <translation>Das Warum für mich behalten (der Rest wird geteilt)</translation>
    </message>
    <message>
        <source>Your partner sees that a note was kept private, never that there was none.</source>
        <translation>Dein Gegenüber sieht, dass eine Notiz privat behalten wurde, nie, dass es keine gab.</translation>
    </message>
    <message>
        <source>What this correction changes</source>
        <translation>Was diese Korrektur ändert</translation>
    </message>
    <message>
        <source>What the correction changes</source>
        <translation>Was die Korrektur ändert</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Korrektur speichern</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <source>Write the amount first.</source>
        <translation>Gib zuerst den Betrag ein.</translation>
    </message>
</context>
<context>
    <name>ui.money.model</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>draft · why kept private</source>
        <translation>Entwurf · Warum privat behalten</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>question open</source>
        <translation>Frage offen</translation>
    </message>
    <message>
        <source>no response from {name} yet</source>
        <translation>noch keine Reaktion von {name}</translation>
    </message>
    <message>
        <source>waiting for your response</source>
        <translation>wartet auf deine Reaktion</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>korrigiert</translation>
    </message>
    <message>
        <source>draft · why private</source>
        <translation>Entwurf · Warum privat</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>noch nicht beantwortet</translation>
    </message>
    <message>
        <source>for you to see</source>
        <translation>zum Ansehen für dich</translation>
    </message>
    <message>
        <source>late</source>
        <translation>spät</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
</context>
<context>
    <name>ui.money.page</name>
    <message>
        <source>Nothing disclosed yet. Write down a purchase, or import a statement, and disclose it when you are ready.</source>
        <translation>Noch nichts offengelegt. Notiere einen Kauf oder importiere einen Kontoauszug, und lege ihn offen, wenn du bereit bist.</translation>
    </message>
    <message>
        <source>Nothing is waiting for your response.</source>
        <translation>Nichts wartet auf deine Reaktion.</translation>
    </message>
    <message>
        <source>No drafts. Purchases you write down or import wait here, private, until you disclose them.</source>
        <translation>Keine Entwürfe. Käufe, die du notierst oder importierst, warten hier privat, bis du sie offenlegst.</translation>
    </message>
    <message>
        <source>No late disclosures.</source>
        <translation>Keine späten Offenlegungen.</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Telling each other about money: easy to do, kind to receive.</source>
        <translation>Einander von Geld erzählen: leicht zu tun, freundlich aufzunehmen.</translation>
    </message>
    <message>
        <source>your partner</source>
        <translation>dein Gegenüber</translation>
    </message>
    <message>
        <source>Write down a purchase</source>
        <translation>Einen Kauf notieren</translation>
    </message>
    <message>
        <source>Import a statement…</source>
        <translation>Kontoauszug importieren…</translation>
    </message>
    <message>
        <source>Shared ledger</source>
        <translation>Gemeinsames Haushaltsbuch</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Wartet auf dich</translation>
    </message>
    <message>
        <source>My drafts</source>
        <translation>Meine Entwürfe</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Spät</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Ledger views</source>
        <translation>Ansichten des Haushaltsbuchs</translation>
    </message>
    <message>
        <source>Ledger lines</source>
        <translation>Zeilen im Haushaltsbuch</translation>
    </message>
    <message>
        <source>Disclose selected…</source>
        <translation>Ausgewählte offenlegen…</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>Alle Monate</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message numerus="yes">
        <source>Disclose %n selected…</source>
        <translation>
            <numerusform>%n ausgewählten offenlegen…</numerusform>
            <numerusform>%n ausgewählte offenlegen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disclose all %n…</source>
        <translation>
            <numerusform>%n offenlegen…</numerusform>
            <numerusform>Alle %n offenlegen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the draft</source>
        <translation>Entwurf bearbeiten</translation>
    </message>
    <message>
        <source>Correct a disclosure</source>
        <translation>Eine Offenlegung korrigieren</translation>
    </message>
    <message numerus="yes">
        <source>%n rows imported as private drafts. Nothing was shared.</source>
        <translation>
            <numerusform>%n Zeile als privater Entwurf importiert. Nichts wurde geteilt.</numerusform>
            <numerusform>%n Zeilen als private Entwürfe importiert. Nichts wurde geteilt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows imported as private drafts; {skipped} already here were skipped. Nothing was shared.</source>
        <translation>
            <numerusform>%n Zeile als privater Entwurf importiert; {skipped} schon vorhandene wurden übersprungen. Nichts wurde geteilt.</numerusform>
            <numerusform>%n Zeilen als private Entwürfe importiert; {skipped} schon vorhandene wurden übersprungen. Nichts wurde geteilt.</numerusform>
        </translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} und {last}</translation>
    </message>
    <message numerus="yes">
        <source>Disclose %n purchases, {sums} in total, to {name}?</source>
        <translation>
            <numerusform>%n Kauf über insgesamt {sums} gegenüber {name} offenlegen?</numerusform>
            <numerusform>%n Käufe über insgesamt {sums} gegenüber {name} offenlegen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keep their why private; {name} will see that it was.</source>
        <translation>
            <numerusform>Bei %n bleibt das Warum privat; {name} sieht, dass es so ist.</numerusform>
            <numerusform>Bei %n bleibt das Warum privat; {name} sieht, dass es so ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Once disclosed, a purchase can be corrected but not taken back.</source>
        <translation>Ist ein Kauf einmal offengelegt, kann er korrigiert, aber nicht zurückgenommen werden.</translation>
    </message>
    <message numerus="yes">
        <source>Disclose %n purchases</source>
        <translation>
            <numerusform>%n Kauf offenlegen</numerusform>
            <numerusform>%n Käufe offenlegen</numerusform>
        </translation>
    </message>
    <message>
        <source>Disclose</source>
        <translation>Offenlegen</translation>
    </message>
    <message numerus="yes">
        <source>Disclosed %n purchases to {name}.</source>
        <translation>
            <numerusform>%n Kauf gegenüber {name} offengelegt.</numerusform>
            <numerusform>%n Käufe gegenüber {name} offengelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n drafts? Nothing was shared.</source>
        <translation>
            <numerusform>%n Entwurf löschen? Nichts wurde geteilt.</numerusform>
            <numerusform>%n Entwürfe löschen? Nichts wurde geteilt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything both of you have disclosed, newest first.</source>
        <translation>Alles, was ihr beide offengelegt habt, das Neueste zuerst.</translation>
    </message>
    <message>
        <source>{other}&apos;s disclosures waiting for your response, and questions about yours.</source>
        <translation>Offenlegungen von {other}, die auf deine Reaktion warten, und Fragen zu deinen.</translation>
    </message>
    <message>
        <source>Private until you disclose them. Select several to disclose them together.</source>
        <translation>Privat, bis du sie offenlegst. Wähle mehrere aus, um sie zusammen offenzulegen.</translation>
    </message>
    <message>
        <source>Disclosed later than the agreement asked: a fact to talk about, not a verdict.</source>
        <translation>Später offengelegt, als die Vereinbarung vorsah: etwas, worüber ihr sprechen könnt, kein Urteil.</translation>
    </message>
</context>
<context>
    <name>ui.money.statement_import</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Column for date</source>
        <translation>Spalte für das Datum</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Column for payee</source>
        <translation>Spalte für den Empfänger</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Column for amount</source>
        <translation>Spalte für den Betrag</translation>
    </message>
    <message>
        <source>Debit (money out)</source>
        <translation>Soll (Geld hinaus)</translation>
    </message>
    <message>
        <source>Column for debit (money out)</source>
        <translation>Spalte für Soll (Geld hinaus)</translation>
    </message>
    <message>
        <source>Credit (money in)</source>
        <translation>Haben (Geld herein)</translation>
    </message>
    <message>
        <source>Column for credit (money in)</source>
        <translation>Spalte für Haben (Geld herein)</translation>
    </message>
    <message>
        <source>Account or card</source>
        <translation>Konto oder Karte</translation>
    </message>
    <message>
        <source>Column for account or card</source>
        <translation>Spalte für Konto oder Karte</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>bar</source>
        <translation>senkrechter Strich</translation>
    </message>
    <message>
        <source>Import a statement</source>
        <translation>Einen Kontoauszug importieren</translation>
    </message>
    <message>
        <source>Rows become private drafts for you to look over. Nothing is shared until you disclose it.</source>
        <translation>Zeilen werden zu privaten Entwürfen, die du dir ansehen kannst. Nichts wird geteilt, bis du es offenlegst.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei gewählt</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Kontoauszug</translation>
    </message>
    <message>
        <source>Business Visa</source>
        <translation>Geschäftliche Visa</translation>
    </message>
    <message>
        <source>Account or card name</source>
        <translation>Name des Kontos oder der Karte</translation>
    </message>
    <message>
        <source>Currency of the statement</source>
        <translation>Währung des Kontoauszugs</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Geschäftlich</translation>
    </message>
    <message>
        <source>The purchases are</source>
        <translation>Die Käufe sind</translation>
    </message>
    <message>
        <source>Preview of the rows to import</source>
        <translation>Vorschau der zu importierenden Zeilen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import as drafts</source>
        <translation>Als Entwürfe importieren</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Zeichenkodierung</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Datumsformat</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>Dezimaltrennzeichen</translation>
    </message>
    <message>
        <source>The first row names the columns</source>
        <translation>Die erste Zeile benennt die Spalten</translation>
    </message>
    <message>
        <source>Purchases are shown as negative amounts</source>
        <translation>Käufe stehen als negative Beträge da</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Beträge</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Spalte {number}</translation>
    </message>
    <message>
        <source>Statements (*.csv *.ofx *.qfx *.txt)</source>
        <translation>Kontoauszüge (*.csv *.ofx *.qfx *.txt)</translation>
    </message>
    <message>
        <source>The file could not be opened ({reason}).</source>
        <translation>Die Datei konnte nicht geöffnet werden ({reason}).</translation>
    </message>
    <message>
        <source>Imported account</source>
        <translation>Importiertes Konto</translation>
    </message>
    <message numerus="yes">
        <source>%n new rows totalling {sums}; {skipped} already here, which will be skipped.</source>
        <translation>
            <numerusform>%n neue Zeile über insgesamt {sums}; {skipped} schon vorhanden, die übersprungen werden.</numerusform>
            <numerusform>%n neue Zeilen über insgesamt {sums}; {skipped} schon vorhanden, die übersprungen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new rows totalling {sums}.</source>
        <translation>
            <numerusform>%n neue Zeile über insgesamt {sums}.</numerusform>
            <numerusform>%n neue Zeilen über insgesamt {sums}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new rows; {skipped} already here, which will be skipped.</source>
        <translation>
            <numerusform>%n neue Zeile; {skipped} schon vorhanden, die übersprungen werden.</numerusform>
            <numerusform>%n neue Zeilen; {skipped} schon vorhanden, die übersprungen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new rows.</source>
        <translation>
            <numerusform>%n neue Zeile.</numerusform>
            <numerusform>%n neue Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>already here</source>
        <translation>schon vorhanden</translation>
    </message>
</context>
<context>
    <name>ui.money.totals</name>
    <message>
        <source>Total: nothing yet.</source>
        <translation>Summe: noch nichts.</translation>
    </message>
    <message numerus="yes">
        <source>Total: {sums}  ({count} disclosures)</source>
        <translation>
            <numerusform>Summe: {sums}  ({count} Offenlegung)</numerusform>
            <numerusform>Summe: {sums}  ({count} Offenlegungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Totals by</source>
        <translation>Summen nach</translation>
    </message>
</context>
<context>
    <name>ui.money.words</name>
    <message>
        <source>personal</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>business</source>
        <translation>geschäftlich</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Totals by month</source>
        <translation>Summen nach Monat</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Totals by category</source>
        <translation>Summen nach Kategorie</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>By account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Totals by account</source>
        <translation>Summen nach Konto</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>By purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Totals by purpose</source>
        <translation>Summen nach Zweck</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>By who</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Totals by who</source>
        <translation>Summen nach Person</translation>
    </message>
</context>
<context>
    <name>ui.partner_form</name>
    <message>
        <source>Colour {number}</source>
        <translation>Farbe {number}</translation>
    </message>
    <message>
        <source>Your colour</source>
        <translation>Deine Farbe</translation>
    </message>
    <message>
        <source>Your colour: left and right arrows choose</source>
        <translation>Deine Farbe: Pfeiltasten links und rechts wählen aus</translation>
    </message>
    <message>
        <source>What your partner calls you</source>
        <translation>Wie dein Gegenüber dich nennt</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Dein Name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>Noch einmal dasselbe Passwort</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Please give your name.</source>
        <translation>Bitte gib deinen Namen ein.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>Das Passwort braucht mindestens %n Zeichen.</numerusform>
            <numerusform>Das Passwort braucht mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Die beiden Passwörter sind nicht gleich.</translation>
    </message>
    <message>
        <source>{name}&apos;s recovery code</source>
        <translation>Wiederherstellungscode von {name}</translation>
    </message>
    <message>
        <source>If you ever forget your password, this code lets you set a new one. It is shown only now.</source>
        <translation>Falls du dein Passwort einmal vergisst, kannst du mit diesem Code ein neues festlegen. Er wird nur jetzt angezeigt.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Keep it somewhere only you can reach: on paper in a safe place, or in your own password manager. If you lose both your password and this code, your private space cannot be opened again — not by your partner, not by anyone.</source>
        <translation>Bewahre ihn dort auf, wo nur du hinkommst: auf Papier an einem sicheren Ort oder in deinem eigenen Passwortmanager. Wenn du sowohl dein Passwort als auch diesen Code verlierst, lässt sich dein privater Bereich nie wieder öffnen – nicht von deinem Gegenüber, von niemandem.</translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation>In einer Datei speichern…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>I have put this code somewhere safe</source>
        <translation>Ich habe diesen Code sicher aufbewahrt</translation>
    </message>
    <message>
        <source>Toward recovery code for {name}

{code}

This code lets you set a new password if you forget yours.
Keep it private and safe.
</source>
        <translation>Toward-Wiederherstellungscode für {name}

{code}

Mit diesem Code kannst du ein neues Passwort festlegen, falls du deins vergisst.
Bewahre ihn privat und sicher auf.
</translation>
    </message>
    <message>
        <source>Toward recovery code - {name}.txt</source>
        <translation>Toward-Wiederherstellungscode - {name}.txt</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
</context>
<context>
    <name>ui.platform.capture</name>
    <message>
        <source>Toward&apos;s windows are kept out of screenshots, recordings and screen sharing.</source>
        <translation>Die Fenster von Toward bleiben aus Bildschirmfotos, Aufnahmen und Bildschirmfreigaben heraus.</translation>
    </message>
    <message>
        <source>Toward asks macOS to keep its windows out of screenshots and screen sharing; some newer recording apps may not honour it.</source>
        <translation>Toward bittet macOS, seine Fenster aus Bildschirmfotos und Bildschirmfreigaben herauszuhalten; manche neueren Aufnahme-Apps halten sich vielleicht nicht daran.</translation>
    </message>
    <message>
        <source>On Linux an app can&apos;t stop screenshots or screen recording of its window, so Toward can&apos;t either. Lock Toward before sharing your screen.</source>
        <translation>Unter Linux kann eine App Bildschirmfotos oder Aufnahmen ihres Fensters nicht verhindern, also kann Toward es auch nicht. Sperre Toward, bevor du deinen Bildschirm teilst.</translation>
    </message>
</context>
<context>
    <name>ui.platform.single_instance</name>
    <message>
        <source>This household is already open in another Toward on this computer, perhaps under another account. Close it there first, then start Toward again here.</source>
        <translation>Dieser Haushalt ist schon in einem anderen Toward auf diesem Computer geöffnet, vielleicht unter einem anderen Benutzerkonto. Schließe ihn dort zuerst und starte Toward dann hier neu.</translation>
    </message>
    <message>
        <source>This household is already open on the computer “{host}”. Close Toward there first, then start it again here. If that computer was switched off without closing Toward, delete the file {file} in {folder} and start again.</source>
        <translation>Dieser Haushalt ist schon auf dem Computer „{host}“ geöffnet. Schließe Toward dort zuerst und starte es dann hier neu. Wurde der Computer ausgeschaltet, ohne Toward zu schließen, lösche die Datei {file} in {folder} und starte neu.</translation>
    </message>
</context>
<context>
    <name>ui.platform.system_events</name>
    <message>
        <source>Toward notices the screen locking or the computer going to sleep when your desktop announces it, as KDE, GNOME and most others do.</source>
        <translation>Toward bemerkt, wenn sich der Bildschirm sperrt oder der Computer in den Ruhezustand geht, sofern dein Desktop das meldet, wie KDE, GNOME und die meisten anderen.</translation>
    </message>
    <message>
        <source>On this system Toward can&apos;t yet notice the screen locking or the computer going to sleep; the lock after a few minutes without use still applies.</source>
        <translation>Auf diesem System kann Toward noch nicht bemerken, wenn sich der Bildschirm sperrt oder der Computer in den Ruhezustand geht; die Sperre nach einigen Minuten ohne Nutzung gilt trotzdem.</translation>
    </message>
</context>
<context>
    <name>ui.promises.agreements</name>
    <message>
        <source>{date} · honoured, noted by you</source>
        <translation>{date} · eingehalten, von dir notiert</translation>
    </message>
    <message>
        <source>{date} · honoured, noted by you: {note}</source>
        <translation>{date} · eingehalten, von dir notiert: {note}</translation>
    </message>
    <message>
        <source>{date} · honoured, noted by {name}</source>
        <translation>{date} · eingehalten, von {name} notiert</translation>
    </message>
    <message>
        <source>{date} · honoured, noted by {name}: {note}</source>
        <translation>{date} · eingehalten, von {name} notiert: {note}</translation>
    </message>
    <message>
        <source>{date} · broken, noted by you</source>
        <translation>{date} · gebrochen, von dir notiert</translation>
    </message>
    <message>
        <source>{date} · broken, noted by you: {note}</source>
        <translation>{date} · gebrochen, von dir notiert: {note}</translation>
    </message>
    <message>
        <source>{date} · broken, noted by {name}</source>
        <translation>{date} · gebrochen, von {name} notiert</translation>
    </message>
    <message>
        <source>{date} · broken, noted by {name}: {note}</source>
        <translation>{date} · gebrochen, von {name} notiert: {note}</translation>
    </message>
    <message>
        <source>Standing agreements</source>
        <translation>Feste Vereinbarungen</translation>
    </message>
    <message>
        <source>Ongoing commitments you both hold. Either of you can note a moment one was honoured, or broken — a broken one is something to talk about, not a mark against anyone.</source>
        <translation>Dinge, auf die ihr euch beide dauerhaft verlasst. Jede Person kann festhalten, wann eine eingehalten oder gebrochen wurde – eine gebrochene ist ein Anlass zum Reden, kein Minuspunkt für irgendwen.</translation>
    </message>
    <message>
        <source>e.g. I call if I&apos;ll be more than 30 minutes late</source>
        <translation>z. B. Ich rufe an, wenn ich mehr als 30 Minuten später komme</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Neue Vereinbarung</translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation>Vereinbarung hinzufügen</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>No agreements yet. Start with one small thing you both want to count on.</source>
        <translation>Noch keine Vereinbarungen. Fangt mit einer kleinen Sache an, auf die ihr euch beide verlassen möchtet.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>Noted so far: honoured {kept} · broken {broken}</source>
        <translation>Bisher notiert: eingehalten {kept} · gebrochen {broken}</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>Honoured</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Gebrochen</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Beiseitelegen</translation>
    </message>
    <message>
        <source>For an agreement that no longer fits; its history stays</source>
        <translation>Für eine Vereinbarung, die nicht mehr passt; ihr Verlauf bleibt</translation>
    </message>
    <message>
        <source>Honoured: {agreement}</source>
        <translation>Eingehalten: {agreement}</translation>
    </message>
    <message>
        <source>Broken: {agreement}</source>
        <translation>Gebrochen: {agreement}</translation>
    </message>
    <message>
        <source>Set aside: {agreement}</source>
        <translation>Beiseitelegen: {agreement}</translation>
    </message>
    <message>
        <source>Set aside “{agreement}”? It and its moments stay in your history.</source>
        <translation>„{agreement}“ beiseitelegen? Sie und ihre Momente bleiben in eurem Verlauf.</translation>
    </message>
</context>
<context>
    <name>ui.promises.chart</name>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Nicht gehalten</translation>
    </message>
    <message>
        <source>Renegotiated</source>
        <translation>Neu vereinbart</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Entbunden</translation>
    </message>
</context>
<context>
    <name>ui.promises.page</name>
    <message>
        <source>Promises</source>
        <translation>Versprechen</translation>
    </message>
    <message>
        <source>Match words with actions — and when they don&apos;t match, talk it over.</source>
        <translation>Worte und Taten in Einklang bringen – und wenn sie nicht zusammenpassen, darüber reden.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>du</translation>
    </message>
    <message>
        <source>your partner</source>
        <translation>dein Gegenüber</translation>
    </message>
    <message>
        <source>Make a promise</source>
        <translation>Ein Versprechen geben</translation>
    </message>
    <message>
        <source>A promise is made to your partner. Once they join Toward, you can make one here; an intention of your own belongs in your private journal.</source>
        <translation>Ein Versprechen gibst du deinem Gegenüber. Sobald dein Gegenüber bei Toward dabei ist, kannst du hier eins geben; ein Vorsatz nur für dich gehört in dein privates Tagebuch.</translation>
    </message>
    <message>
        <source>You both see every promise. Only {name} can mark one kept or missed, or release you from it; you can ask to change its terms.</source>
        <translation>Ihr seht beide jedes Versprechen. Nur {name} kann eins als gehalten oder nicht gehalten markieren oder dich davon entbinden; du kannst darum bitten, die Bedingungen zu ändern.</translation>
    </message>
    <message>
        <source>What will you do for {name}?</source>
        <translation>Was wirst du für {name} tun?</translation>
    </message>
    <message>
        <source>What you promise</source>
        <translation>Was du versprichst</translation>
    </message>
    <message>
        <source>Promise {name}</source>
        <translation>{name} versprechen</translation>
    </message>
    <message>
        <source>Open promises</source>
        <translation>Offene Versprechen</translation>
    </message>
    <message>
        <source>open promise</source>
        <translation>offenes Versprechen</translation>
    </message>
    <message>
        <source>open promises</source>
        <translation>offene Versprechen</translation>
    </message>
    <message>
        <source>No open promises. A small one, kept, builds more than a big one.</source>
        <translation>Keine offenen Versprechen. Ein kleines, gehaltenes Versprechen baut mehr auf als ein großes.</translation>
    </message>
    <message>
        <source>Settled promises</source>
        <translation>Abgeschlossene Versprechen</translation>
    </message>
    <message>
        <source>settled promise</source>
        <translation>abgeschlossenes Versprechen</translation>
    </message>
    <message>
        <source>settled promises</source>
        <translation>abgeschlossene Versprechen</translation>
    </message>
    <message>
        <source>Promises kept, missed, renegotiated or released land here.</source>
        <translation>Gehaltene, nicht gehaltene, neu vereinbarte oder entbundene Versprechen landen hier.</translation>
    </message>
    <message>
        <source>Follow-through</source>
        <translation>Dranbleiben</translation>
    </message>
    <message>
        <source>Your promises, month by month</source>
        <translation>Deine Versprechen, Monat für Monat</translation>
    </message>
    <message>
        <source>{name}&apos;s promises, month by month</source>
        <translation>Versprechen von {name}, Monat für Monat</translation>
    </message>
    <message>
        <source>Your partner</source>
        <translation>Dein Gegenüber</translation>
    </message>
</context>
<context>
    <name>ui.promises.rows</name>
    <message>
        <source>By a day</source>
        <translation>Bis zu einem Tag</translation>
    </message>
    <message>
        <source>Due day</source>
        <translation>Fälligkeitstag</translation>
    </message>
    <message>
        <source>“{what}” · {due}</source>
        <translation>„{what}“ · {due}</translation>
    </message>
    <message>
        <source>Why: {note}</source>
        <translation>Warum: {note}</translation>
    </message>
    <message>
        <source>You promised {name}</source>
        <translation>Du hast {name} versprochen</translation>
    </message>
    <message>
        <source>{name} promised you</source>
        <translation>{name} hat dir versprochen</translation>
    </message>
    <message>
        <source>{name} promised {other}</source>
        <translation>{name} hat {other} versprochen</translation>
    </message>
    <message>
        <source>{who} · made {date}</source>
        <translation>{who} · gegeben am {date}</translation>
    </message>
    <message>
        <source>Renegotiated from {terms}</source>
        <translation>Neu vereinbart, vorher: {terms}</translation>
    </message>
    <message>
        <source>New terms: {terms}</source>
        <translation>Neue Bedingungen: {terms}</translation>
    </message>
    <message>
        <source>You wrote: {note}</source>
        <translation>Du hast geschrieben: {note}</translation>
    </message>
    <message>
        <source>{name} wrote: {note}</source>
        <translation>{name} hat geschrieben: {note}</translation>
    </message>
    <message>
        <source>You asked to change it to {terms}.</source>
        <translation>Du hast um eine Änderung gebeten: {terms}</translation>
    </message>
    <message>
        <source>{name} asked to change it to {terms}.</source>
        <translation>{name} bittet um eine Änderung: {terms}</translation>
    </message>
    <message>
        <source>Waiting for {name}&apos;s answer.</source>
        <translation>Wartet auf die Antwort von {name}.</translation>
    </message>
    <message>
        <source>Accept the new terms</source>
        <translation>Die neuen Bedingungen annehmen</translation>
    </message>
    <message>
        <source>Keep it as it was</source>
        <translation>So lassen, wie es war</translation>
    </message>
    <message>
        <source>A word about it (optional)</source>
        <translation>Ein Wort dazu (freiwillig)</translation>
    </message>
    <message>
        <source>A word about it</source>
        <translation>Ein Wort dazu</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Nicht gehalten</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Entbinden</translation>
    </message>
    <message>
        <source>Free them from this promise, with no hard feelings</source>
        <translation>Von diesem Versprechen entbinden, ganz ohne Groll</translation>
    </message>
    <message>
        <source>{action}: {promise}</source>
        <translation>{action}: {promise}</translation>
    </message>
    <message>
        <source>Ask to change…</source>
        <translation>Um eine Änderung bitten…</translation>
    </message>
    <message>
        <source>Ask to change: {promise}</source>
        <translation>Um eine Änderung bitten: {promise}</translation>
    </message>
    <message>
        <source>Mark as missed</source>
        <translation>Als nicht gehalten markieren</translation>
    </message>
    <message>
        <source>Mark “{promise}” as missed?</source>
        <translation>„{promise}“ als nicht gehalten markieren?</translation>
    </message>
    <message>
        <source>Mark missed</source>
        <translation>Nicht gehalten</translation>
    </message>
    <message>
        <source>Release them from “{promise}”? It stays in your history as released.</source>
        <translation>Von „{promise}“ entbinden? Das Versprechen bleibt als entbunden in eurem Verlauf.</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Versprechen</translation>
    </message>
    <message>
        <source>Ask for new terms. Until your partner accepts them, the promise stays as it is; once they do, the old terms are kept beside the new ones.</source>
        <translation>Bitte um neue Bedingungen. Bis dein Gegenüber sie annimmt, bleibt das Versprechen, wie es ist; danach bleiben die alten Bedingungen neben den neuen stehen.</translation>
    </message>
    <message>
        <source>New terms</source>
        <translation>Neue Bedingungen</translation>
    </message>
    <message>
        <source>Why (optional)</source>
        <translation>Warum (freiwillig)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Bitten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>{status} {date}</source>
        <translation>{status} am {date}</translation>
    </message>
    <message>
        <source>a moment for repair, not a verdict</source>
        <translation>ein Moment zum Klären, kein Urteil</translation>
    </message>
</context>
<context>
    <name>ui.repair.breach</name>
    <message>
        <source>After a breach of trust</source>
        <translation>Nach einem Vertrauensbruch</translation>
    </message>
    <message>
        <source>The same questions are in the journal&apos;s prompts, to write about privately before you ask or answer.</source>
        <translation>Dieselben Fragen stehen auch bei den Impulsen im Tagebuch, damit du privat darüber schreiben kannst, bevor du fragst oder antwortest.</translation>
    </message>
    <message>
        <source>Hide the questions</source>
        <translation>Fragen ausblenden</translation>
    </message>
    <message>
        <source>Show the questions ({count})</source>
        <translation>Fragen zeigen ({count})</translation>
    </message>
</context>
<context>
    <name>ui.repair.conversation</name>
    <message>
        <source>This step came to Toward after your conversation had moved past it, so nothing was written here.</source>
        <translation>Dieser Schritt kam bei Toward an, als euer Gespräch schon weiter war; deshalb wurde hier nichts geschrieben.</translation>
    </message>
    <message>
        <source>Your partner</source>
        <translation>Dein Gegenüber</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>Alle Gespräche</translation>
    </message>
    <message>
        <source>{kind} · started by {partner} · {status} · {reached} of {steps} steps</source>
        <translation>{kind} · begonnen von {partner} · {status} · {reached} von {steps} Schritten</translation>
    </message>
    <message>
        <source>Time to talk, agreed: {day} at {time}</source>
        <translation>Vereinbarte Zeit zum Reden: {day} um {time}</translation>
    </message>
    <message>
        <source>Step {position} of {steps}</source>
        <translation>Schritt {position} von {steps}</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Deine Antwort</translation>
    </message>
    <message>
        <source>You have answered this step.</source>
        <translation>Du hast diesen Schritt beantwortet.</translation>
    </message>
    <message>
        <source>You have both answered. {partner}&apos;s answer appears here the next time {partner} opens Toward.</source>
        <translation>Ihr habt beide geantwortet. Die Antwort von {partner} erscheint hier, sobald {partner} Toward das nächste Mal öffnet.</translation>
    </message>
    <message>
        <source>Your answer is sealed. {partner} will see it after writing their own, and you will see theirs then too.</source>
        <translation>Deine Antwort ist versiegelt. {partner} sieht sie, nachdem {partner} die eigene geschrieben hat, und du siehst dann auch die andere.</translation>
    </message>
    <message>
        <source>{partner} has answered; their answer is sealed until you do. Once submitted, yours stays as you wrote it.</source>
        <translation>{partner} hat geantwortet; die Antwort bleibt versiegelt, bis du auch geantwortet hast. Einmal abgeschickt, bleibt deine Antwort so, wie du sie geschrieben hast.</translation>
    </message>
    <message>
        <source>Your answer: {step}</source>
        <translation>Deine Antwort: {step}</translation>
    </message>
    <message>
        <source>Keep as a draft</source>
        <translation>Als Entwurf behalten</translation>
    </message>
    <message>
        <source>Submit my answer</source>
        <translation>Meine Antwort abschicken</translation>
    </message>
    <message>
        <source>Once submitted, an answer stays as written</source>
        <translation>Einmal abgeschickt, bleibt eine Antwort, wie sie ist</translation>
    </message>
    <message>
        <source>Appears the next time {partner} opens Toward.</source>
        <translation>Erscheint, wenn {partner} Toward das nächste Mal öffnet.</translation>
    </message>
    <message>
        <source>{partner}: {step}</source>
        <translation>{partner}: {step}</translation>
    </message>
    <message>
        <source>{partner} accepted {other}&apos;s apology.</source>
        <translation>{partner} hat die Entschuldigung von {other} angenommen.</translation>
    </message>
    <message>
        <source>I accept {partner}&apos;s apology</source>
        <translation>Ich nehme die Entschuldigung von {partner} an</translation>
    </message>
    <message>
        <source>Whenever you are ready; there is no hurry</source>
        <translation>Wann immer du so weit bist – es eilt nicht</translation>
    </message>
    <message>
        <source>Finished on {day}. Thank you both for staying with it.</source>
        <translation>Abgeschlossen am {day}. Danke euch beiden, dass ihr drangeblieben seid.</translation>
    </message>
    <message>
        <source>Withdraw this proposal?</source>
        <translation>Diesen Vorschlag zurückziehen?</translation>
    </message>
    <message>
        <source>The conversation disappears for you and for {partner}. You can start a new one whenever you like.</source>
        <translation>Das Gespräch verschwindet für dich und für {partner}. Ihr könnt jederzeit ein neues beginnen.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
</context>
<context>
    <name>ui.repair.page</name>
    <message>
        <source>Repair conversations</source>
        <translation>Klärungsgespräche</translation>
    </message>
    <message>
        <source>After a fight or a breach of trust: slow down, take turns, and find the way back to each other.</source>
        <translation>Nach einem Streit oder einem Vertrauensbruch: langsamer werden, abwechselnd sprechen und den Weg zurück zueinander finden.</translation>
    </message>
    <message>
        <source>How answers stay sealed</source>
        <translation>Wie Antworten versiegelt bleiben</translation>
    </message>
    <message>
        <source>Your partner</source>
        <translation>Dein Gegenüber</translation>
    </message>
    <message>
        <source>Your conversations</source>
        <translation>Eure Gespräche</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>No conversations yet. When something needs mending, start one above: it only proposes a time, nothing more.</source>
        <translation>Noch keine Gespräche. Wenn etwas geklärt werden möchte, beginne oben eins: Es schlägt nur einen Termin vor, sonst nichts.</translation>
    </message>
    <message>
        <source>{kind} · started by {partner} {day} · {status} · {reached} of {steps} steps</source>
        <translation>{kind} · begonnen von {partner} am {day} · {status} · {reached} von {steps} Schritten</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open {topic}</source>
        <translation>{topic} öffnen</translation>
    </message>
    <message>
        <source>your partner</source>
        <translation>dein Gegenüber</translation>
    </message>
    <message>
        <source>waiting for {partner} to answer about the time</source>
        <translation>wartet darauf, dass {partner} zum Termin antwortet</translation>
    </message>
    <message>
        <source>a time waits for your answer</source>
        <translation>ein Termin wartet auf deine Antwort</translation>
    </message>
    <message>
        <source>your turn</source>
        <translation>du bist dran</translation>
    </message>
    <message>
        <source>waiting for {partner}</source>
        <translation>wartet auf {partner}</translation>
    </message>
    <message>
        <source>Start a conversation</source>
        <translation>Ein Gespräch beginnen</translation>
    </message>
    <message>
        <source>Repair conversations are for the two of you. Once your partner has joined Toward, either of you can start one here.</source>
        <translation>Klärungsgespräche sind für euch beide. Sobald dein Gegenüber bei Toward dabei ist, könnt ihr hier jederzeit eins beginnen.</translation>
    </message>
    <message>
        <source>Name what you would like to talk about and propose a time. {partner} can accept it or suggest another; nothing else is shared yet.</source>
        <translation>Nenne, worüber du sprechen möchtest, und schlage einen Termin vor. {partner} kann ihn annehmen oder einen anderen vorschlagen; sonst wird noch nichts geteilt.</translation>
    </message>
    <message>
        <source>What about?</source>
        <translation>Worum geht es?</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Kind of topic</source>
        <translation>Art des Themas</translation>
    </message>
    <message>
        <source>Time to talk</source>
        <translation>Zeit zum Reden</translation>
    </message>
    <message>
        <source>Propose this time</source>
        <translation>Diesen Termin vorschlagen</translation>
    </message>
    <message>
        <source>For example, “the weekend plans that fell through”.</source>
        <translation>Zum Beispiel: „die Wochenendpläne, aus denen nichts wurde“.</translation>
    </message>
</context>
<context>
    <name>ui.repair.pause</name>
    <message>
        <source>Taking a break</source>
        <translation>Ihr macht eine Pause</translation>
    </message>
    <message>
        <source>You needed a pause. The conversation picks up again at {time}.</source>
        <translation>Du brauchtest eine Pause. Das Gespräch geht um {time} weiter.</translation>
    </message>
    <message>
        <source>{partner} needed a pause. The conversation picks up again at {time}.</source>
        <translation>{partner} brauchte eine Pause. Das Gespräch geht um {time} weiter.</translation>
    </message>
    <message>
        <source>For the break: {suggestion}</source>
        <translation>Für die Pause: {suggestion}</translation>
    </message>
    <message>
        <source>We&apos;re both ready to go on</source>
        <translation>Wir sind beide bereit weiterzumachen</translation>
    </message>
    <message>
        <source>Heart racing, thoughts spinning? Pausing is part of repairing, not a failure of it.</source>
        <translation>Herzrasen, Gedankenkreisen? Eine Pause gehört zum Klären dazu, sie ist kein Scheitern.</translation>
    </message>
    <message>
        <source>Length of the break</source>
        <translation>Länge der Pause</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>I&apos;m flooded: take a break</source>
        <translation>Mir wird es zu viel: Pause machen</translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes left</source>
        <translation>
            <numerusform>Noch etwa %n Minute</numerusform>
            <numerusform>Noch etwa %n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.repair.plan</name>
    <message>
        <source>No plan items yet.</source>
        <translation>Noch keine Punkte im Plan.</translation>
    </message>
    <message>
        <source>New plan item</source>
        <translation>Neuer Punkt im Plan</translation>
    </message>
    <message>
        <source>Add to the plan</source>
        <translation>Zum Plan hinzufügen</translation>
    </message>
    <message>
        <source>The plan is complete for me</source>
        <translation>Der Plan ist für mich fertig</translation>
    </message>
    <message>
        <source>Make it my promise</source>
        <translation>Zu meinem Versprechen machen</translation>
    </message>
    <message>
        <source>A promise from you to your partner, with this text</source>
        <translation>Ein Versprechen von dir an dein Gegenüber, mit diesem Text</translation>
    </message>
    <message>
        <source>Make it our agreement</source>
        <translation>Zu unserer Vereinbarung machen</translation>
    </message>
    <message>
        <source>A standing agreement for the two of you</source>
        <translation>Eine feste Vereinbarung für euch beide</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Added by {partner} · became a promise</source>
        <translation>Hinzugefügt von {partner} · wurde zu einem Versprechen</translation>
    </message>
    <message>
        <source>Added by {partner} · became {promiser}&apos;s promise ({status})</source>
        <translation>Hinzugefügt von {partner} · wurde zum Versprechen von {promiser} ({status})</translation>
    </message>
    <message>
        <source>Added by {partner} · became a standing agreement</source>
        <translation>Hinzugefügt von {partner} · wurde zu einer festen Vereinbarung</translation>
    </message>
    <message>
        <source>Added by {partner}</source>
        <translation>Hinzugefügt von {partner}</translation>
    </message>
    <message>
        <source>Done with the plan: {partner}.</source>
        <translation>Fertig mit dem Plan: {partner}.</translation>
    </message>
    <message>
        <source>Done with the plan: {first} and {second}.</source>
        <translation>Fertig mit dem Plan: {first} und {second}.</translation>
    </message>
</context>
<context>
    <name>ui.repair.time_card</name>
    <message>
        <source>Finding a time to talk</source>
        <translation>Einen Termin zum Reden finden</translation>
    </message>
    <message>
        <source>You proposed {day} at {time}.</source>
        <translation>Du hast {day} um {time} vorgeschlagen.</translation>
    </message>
    <message>
        <source>Waiting for {partner} to accept or suggest another time.</source>
        <translation>Wartet darauf, dass {partner} annimmt oder eine andere Zeit vorschlägt.</translation>
    </message>
    <message>
        <source>Withdraw this proposal</source>
        <translation>Diesen Vorschlag zurückziehen</translation>
    </message>
    <message>
        <source>{partner} proposed {day} at {time}.</source>
        <translation>{partner} hat {day} um {time} vorgeschlagen.</translation>
    </message>
    <message>
        <source>Accept this time</source>
        <translation>Diesen Termin annehmen</translation>
    </message>
    <message>
        <source>Another time</source>
        <translation>Eine andere Zeit</translation>
    </message>
    <message>
        <source>Suggest this time instead</source>
        <translation>Stattdessen diesen Termin vorschlagen</translation>
    </message>
</context>
<context>
    <name>ui.sections</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>Kontaktangebote</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Versprechen</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Klären</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>For therapy</source>
        <translation>Für die Therapie</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>ui.settings.backup</name>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>A backup is one file holding your household exactly as it is stored here: still encrypted, so it is safe on a USB stick or in a cloud folder. Restoring it needs your password or your partner&apos;s.</source>
        <translation>Eine Sicherung ist eine Datei, die deinen Haushalt genau so enthält, wie er hier gespeichert ist: weiterhin verschlüsselt, also sicher auf einem USB-Stick oder in einem Cloud-Ordner. Zum Wiederherstellen braucht es dein Passwort oder das deines Gegenübers.</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Jetzt sichern…</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Fortschritt der Sicherung</translation>
    </message>
    <message>
        <source>Back up every day into a folder, keeping the last</source>
        <translation>Jeden Tag in einen Ordner sichern und behalten: die letzten</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Zu behaltende Sicherungen</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Stand der Sicherung</translation>
    </message>
    <message>
        <source>Saved and checked: {path}</source>
        <translation>Gespeichert und geprüft: {path}</translation>
    </message>
    <message>
        <source>The backup was not made. {reason}</source>
        <translation>Die Sicherung wurde nicht erstellt. {reason}</translation>
    </message>
    <message>
        <source>No folder chosen yet.</source>
        <translation>Noch kein Ordner gewählt.</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Ordner: {folder}</translation>
    </message>
    <message>
        <source>Daily backups are off.</source>
        <translation>Tägliche Sicherungen sind aus.</translation>
    </message>
    <message numerus="yes">
        <source>Latest daily backup: {name} (%n kept).</source>
        <translation>
            <numerusform>Letzte tägliche Sicherung: {name} (%n behalten).</numerusform>
            <numerusform>Letzte tägliche Sicherung: {name} (%n behalten).</numerusform>
        </translation>
    </message>
    <message>
        <source>The first daily backup is made within the hour.</source>
        <translation>Die erste tägliche Sicherung wird innerhalb der nächsten Stunde erstellt.</translation>
    </message>
</context>
<context>
    <name>ui.settings.language</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Follow the system ({language})</source>
        <translation>Wie das System ({language})</translation>
    </message>
    <message>
        <source>Dates and amounts follow the language too. Your partner chooses their own.</source>
        <translation>Datumsangaben und Beträge richten sich auch nach der Sprache. Dein Gegenüber wählt die eigene.</translation>
    </message>
</context>
<context>
    <name>ui.settings.page</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>For {name}. Your partner has their own.</source>
        <translation>Für {name}. Dein Gegenüber hat eigene.</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Dein Passwort</translation>
    </message>
    <message>
        <source>Changing it does not change your recovery code, and your partner&apos;s password is not affected.</source>
        <translation>Wenn du es änderst, bleibt dein Wiederherstellungscode, wie er ist, und das Passwort deines Gegenübers ist nicht betroffen.</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Passwort ändern…</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Lock Toward after</source>
        <translation>Toward sperren nach</translation>
    </message>
    <message>
        <source>Auto-lock delay</source>
        <translation>Zeit bis zur automatischen Sperre</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes without use</source>
        <translation>
            <numerusform>%n Minute ohne Nutzung</numerusform>
            <numerusform>%n Minuten ohne Nutzung</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock at any time with Ctrl+L or the Lock button.</source>
        <translation>Du kannst jederzeit mit Strg+L oder dem Knopf „Sperren“ sperren.</translation>
    </message>
    <message>
        <source>Gentle reminders</source>
        <translation>Sanfte Erinnerungen</translation>
    </message>
    <message>
        <source>Remind me to check in with each other every day at</source>
        <translation>Erinnere mich täglich um diese Zeit, kurz beieinander nachzuspüren:</translation>
    </message>
    <message>
        <source>Check-in time</source>
        <translation>Uhrzeit für den Check-in</translation>
    </message>
    <message>
        <source>While Toward is open, a small notice appears. It never shows what you wrote, names a topic or says whose reminder it is.</source>
        <translation>Solange Toward offen ist, erscheint ein kleiner Hinweis. Er zeigt nie, was du geschrieben hast, nennt kein Thema und sagt nicht, wessen Erinnerung es ist.</translation>
    </message>
    <message>
        <source>Your partner</source>
        <translation>Dein Gegenüber</translation>
    </message>
    <message>
        <source>You and {name} share this household. Each of you has a private space the other cannot open.</source>
        <translation>Du und {name} teilt euch diesen Haushalt. Jede Person hat einen privaten Bereich, den die andere nicht öffnen kann.</translation>
    </message>
    <message>
        <source>Toward works for one of you, and your partner can join whenever they are ready. They will choose their own password while you look away.</source>
        <translation>Toward funktioniert auch für eine Person, und dein Gegenüber kann jederzeit dazukommen, wenn die Zeit reif ist. Dabei wählt dein Gegenüber ein eigenes Passwort, während du wegschaust.</translation>
    </message>
    <message>
        <source>Add my partner…</source>
        <translation>Mein Gegenüber hinzufügen…</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Tie my password to this computer</source>
        <translation>Mein Passwort an diesen Computer binden</translation>
    </message>
    <message>
        <source>Toward keeps a random key in this computer&apos;s keyring and mixes it into your password. A copy of the data folder (a cloud backup, a lost disk) then can&apos;t be opened by guessing your password elsewhere. Your password and your keys are never stored in the keyring. On a new computer, your recovery code gets you in.</source>
        <translation>Toward legt einen zufälligen Schlüssel im Schlüsselbund dieses Computers ab und mischt ihn in dein Passwort. Eine Kopie des Datenordners (eine Cloud-Sicherung, eine verlorene Festplatte) lässt sich dann nicht woanders durch Erraten deines Passworts öffnen. Dein Passwort und deine Schlüssel liegen nie im Schlüsselbund. Auf einem neuen Computer kommst du mit deinem Wiederherstellungscode hinein.</translation>
    </message>
    <message>
        <source>Not available: this computer has no keyring service.</source>
        <translation>Nicht verfügbar: Dieser Computer hat keinen Schlüsselbund-Dienst.</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Datenordner: {folder}</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>About Toward {version}</source>
        <translation>Über Toward {version}</translation>
    </message>
    <message>
        <source>Everything you write is encrypted on this computer. Honest limits: someone who can install software on your computer account (a key logger, a modified app) can defeat any app&apos;s encryption. Separate computer accounts and full-disk encryption are the stronger protection.</source>
        <translation>Alles, was du schreibst, wird auf diesem Computer verschlüsselt. Ehrliche Grenzen: Wer auf deinem Benutzerkonto Software installieren kann (einen Keylogger, eine veränderte App), kann die Verschlüsselung jeder App aushebeln. Getrennte Benutzerkonten und eine Verschlüsselung der ganzen Festplatte schützen stärker.</translation>
    </message>
    <message>
        <source>Tie your password to this computer?</source>
        <translation>Dein Passwort an diesen Computer binden?</translation>
    </message>
    <message>
        <source>Untie your password?</source>
        <translation>Die Bindung deines Passworts lösen?</translation>
    </message>
    <message>
        <source>Type your password to confirm.</source>
        <translation>Gib zur Bestätigung dein Passwort ein.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Dein Passwort ändern</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>Your new password is set.</source>
        <translation>Dein neues Passwort ist festgelegt.</translation>
    </message>
    <message>
        <source>Your partner&apos;s private space</source>
        <translation>Der private Bereich deines Gegenübers</translation>
    </message>
    <message>
        <source>{name}, please hand over the keyboard now. Partner: choose a password only you know.</source>
        <translation>{name}, bitte gib die Tastatur jetzt weiter. Und du: Wähle ein Passwort, das nur du kennst.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Create my space</source>
        <translation>Meinen Bereich anlegen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>ui.settings.password</name>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>Noch einmal dasselbe Passwort</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Die beiden neuen Passwörter sind nicht gleich.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Set a new password for {name}</source>
        <translation>Ein neues Passwort für {name} festlegen</translation>
    </message>
    <message>
        <source>Type the recovery code you were given at setup, then a new password.</source>
        <translation>Gib den Wiederherstellungscode ein, den du bei der Einrichtung bekommen hast, und dann ein neues Passwort.</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Passwort festlegen</translation>
    </message>
</context>
<context>
    <name>ui.settings.restore</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>The household in {folder} is kept as it is, moved aside beside it; nothing is deleted. A partner&apos;s password proves the backup opens before it takes its place.</source>
        <translation>Der Haushalt in {folder} bleibt, wie er ist, und wird daneben zur Seite gelegt; nichts wird gelöscht. Das Passwort einer Person belegt, dass sich die Sicherung öffnen lässt, bevor sie an seine Stelle tritt.</translation>
    </message>
    <message>
        <source>The backup is restored into {folder}. A partner&apos;s password proves the backup opens before it takes its place.</source>
        <translation>Die Sicherung wird in {folder} wiederhergestellt. Das Passwort einer Person belegt, dass sich die Sicherung öffnen lässt, bevor sie an ihre Stelle tritt.</translation>
    </message>
    <message>
        <source>No backup chosen yet.</source>
        <translation>Noch keine Sicherung gewählt.</translation>
    </message>
    <message>
        <source>Choose backup file…</source>
        <translation>Sicherungsdatei wählen…</translation>
    </message>
    <message>
        <source>Whose password</source>
        <translation>Wessen Passwort</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Restore message</source>
        <translation>Hinweis zur Wiederherstellung</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Toward backups (*.zip)</source>
        <translation>Toward-Sicherungen (*.zip)</translation>
    </message>
    <message>
        <source>Type the password of the partner chosen above.</source>
        <translation>Gib das Passwort der oben gewählten Person ein.</translation>
    </message>
</context>
<context>
    <name>ui.settings.safety</name>
    <message>
        <source>Lock Toward when the screen locks</source>
        <translation>Toward sperren, wenn sich der Bildschirm sperrt</translation>
    </message>
    <message>
        <source>Lock Toward when the computer goes to sleep</source>
        <translation>Toward sperren, wenn der Computer in den Ruhezustand geht</translation>
    </message>
    <message>
        <source>Lock Toward when its window is minimised</source>
        <translation>Toward sperren, wenn sein Fenster minimiert wird</translation>
    </message>
    <message>
        <source>On a shared computer</source>
        <translation>Auf einem gemeinsam genutzten Computer</translation>
    </message>
    <message>
        <source>Quick exit: the Quick exit button, or Shift pressed three times, locks Toward at once (for both of you in together mode) and hides its window.</source>
        <translation>Schnell weg: Der Knopf „Schnell weg“ oder dreimal Umschalt sperrt Toward sofort (im Gemeinsam-Modus für euch beide) und verbirgt sein Fenster.</translation>
    </message>
    <message numerus="yes">
        <source>Text you copy from Toward is marked to stay out of clipboard history where the system respects that, and is cleared after %n seconds or when Toward locks.</source>
        <translation>
            <numerusform>Text, den du aus Toward kopierst, wird so markiert, dass er nicht im Verlauf der Zwischenablage landet, wo das System das beachtet, und nach %n Sekunde oder beim Sperren von Toward gelöscht.</numerusform>
            <numerusform>Text, den du aus Toward kopierst, wird so markiert, dass er nicht im Verlauf der Zwischenablage landet, wo das System das beachtet, und nach %n Sekunden oder beim Sperren von Toward gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Screenshots</source>
        <translation>Bildschirmfotos</translation>
    </message>
</context>
<context>
    <name>ui.settings.two_computers</name>
    <message>
        <source>Two computers</source>
        <translation>Zwei Computer</translation>
    </message>
    <message>
        <source>Toward can keep this household the same on two computers through a folder that a sync service you already use carries between them (Syncthing, a cloud drive, a shared disk). The folder holds only encrypted files: the service cannot read what you write.</source>
        <translation>Toward kann diesen Haushalt auf zwei Computern gleich halten, über einen Ordner, den ein Sync-Dienst, den du schon nutzt, zwischen ihnen abgleicht (Syncthing, ein Cloud-Speicher, ein gemeinsames Laufwerk). Der Ordner enthält nur verschlüsselte Dateien: Der Dienst kann nicht lesen, was du schreibst.</translation>
    </message>
    <message>
        <source>Two computers: what happened</source>
        <translation>Zwei Computer: was passiert ist</translation>
    </message>
    <message>
        <source>Honest limits</source>
        <translation>Ehrliche Grenzen</translation>
    </message>
    <message>
        <source>This household is on this computer only.</source>
        <translation>Dieser Haushalt ist nur auf diesem Computer.</translation>
    </message>
    <message>
        <source>Link to a sync folder…</source>
        <translation>Mit einem Sync-Ordner verbinden…</translation>
    </message>
    <message>
        <source>Linked to {folder}</source>
        <translation>Verbunden mit {folder}</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Sync-Ordner</translation>
    </message>
    <message>
        <source>Linked computers</source>
        <translation>Verbundene Computer</translation>
    </message>
    <message>
        <source>Invite your partner to join from their own computer…</source>
        <translation>Dein Gegenüber einladen, von seinem eigenen Computer beizutreten…</translation>
    </message>
    <message>
        <source>Use a second computer of my own</source>
        <translation>Einen zweiten eigenen Computer nutzen</translation>
    </message>
    <message>
        <source>On your other computer, once this folder has arrived there: install Toward, choose “Join from a sync folder”, pick the folder, your name, and type your password. Your entries there are the same as here.</source>
        <translation>Auf deinem anderen Computer, sobald dieser Ordner dort angekommen ist: Installiere Toward, wähle „Über einen Sync-Ordner beitreten“, wähle den Ordner und deinen Namen und gib dein Passwort ein. Deine Einträge sind dort dieselben wie hier.</translation>
    </message>
    <message>
        <source>Your private space</source>
        <translation>Dein privater Bereich</translation>
    </message>
    <message>
        <source>Your private changes travel through {folder}, a folder only your own computers share. On your other computer, choose the same folder here.</source>
        <translation>Deine privaten Änderungen gehen über {folder}, einen Ordner, den nur deine eigenen Computer teilen. Wähle auf deinem anderen Computer hier denselben Ordner.</translation>
    </message>
    <message>
        <source>Your private changes travel through the sync folder too, encrypted with a key only you hold. If your partner&apos;s computer shares that folder, it holds them and cannot read them. With a second computer of your own, you can keep them in a folder only your own computers share instead.</source>
        <translation>Deine privaten Änderungen gehen auch über den Sync-Ordner, verschlüsselt mit einem Schlüssel, den nur du hast. Teilt der Computer deines Gegenübers diesen Ordner, liegen sie dort und lassen sich nicht lesen. Mit einem zweiten eigenen Computer kannst du sie stattdessen in einem Ordner halten, den nur deine eigenen Computer teilen.</translation>
    </message>
    <message>
        <source>Where your private changes travel</source>
        <translation>Wohin deine privaten Änderungen gehen</translation>
    </message>
    <message>
        <source>Keep my private changes in a folder of my own…</source>
        <translation>Meine privaten Änderungen in einem eigenen Ordner halten…</translation>
    </message>
    <message>
        <source>Stop using this folder…</source>
        <translation>Diesen Ordner nicht mehr verwenden…</translation>
    </message>
    <message>
        <source>Stop using your private folder…</source>
        <translation>Deinen privaten Ordner nicht mehr verwenden…</translation>
    </message>
    <message>
        <source>Your private changes now travel through that folder only; this computer&apos;s earlier ones have left the sync folder.</source>
        <translation>Deine privaten Änderungen gehen jetzt nur noch über diesen Ordner; die früheren dieses Computers sind aus dem Sync-Ordner verschwunden.</translation>
    </message>
    <message>
        <source>Stop using your private folder?</source>
        <translation>Deinen privaten Ordner nicht mehr verwenden?</translation>
    </message>
    <message>
        <source>This computer moves its own private changes from that folder back to the sync folder, and sends your private changes there from now on, encrypted with a key only you hold: if your partner&apos;s computer shares the sync folder, it holds them and cannot read them.

Your other computers that use the private folder still receive everything from this one. What they write there reaches this computer once you stop using the folder on them too. Nothing is deleted.</source>
        <translation>Dieser Computer holt seine eigenen privaten Änderungen aus diesem Ordner in den Sync-Ordner zurück und schickt deine privaten Änderungen ab jetzt dorthin, verschlüsselt mit einem Schlüssel, den nur du hast: Teilt der Computer deines Gegenübers den Sync-Ordner, liegen sie dort und lassen sich nicht lesen.

Deine anderen Computer, die den privaten Ordner verwenden, bekommen weiterhin alles von diesem. Was sie dort schreiben, erreicht diesen Computer, sobald du den Ordner auch auf ihnen nicht mehr verwendest. Nichts wird gelöscht.</translation>
    </message>
    <message>
        <source>Stop using it</source>
        <translation>Nicht mehr verwenden</translation>
    </message>
    <message>
        <source>Your private changes travel through the sync folder again. On your other computers, stop using the private folder too.</source>
        <translation>Deine privaten Änderungen gehen wieder über den Sync-Ordner. Verwende den privaten Ordner auch auf deinen anderen Computern nicht mehr.</translation>
    </message>
    <message>
        <source>Linking… this can take a moment the first time.</source>
        <translation>Wird verbunden… beim ersten Mal kann das einen Moment dauern.</translation>
    </message>
    <message>
        <source>Linked. Changes now travel through the folder.</source>
        <translation>Verbunden. Änderungen laufen jetzt über den Ordner.</translation>
    </message>
    <message>
        <source>Read this code to your partner, in person or by voice:</source>
        <translation>Lies deinem Gegenüber diesen Code vor, persönlich oder am Telefon:</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Einmalcode</translation>
    </message>
    <message>
        <source>It is shown only this once, works once, and is valid for 7 days. On their own computer, once this folder has arrived there, your partner installs Toward, chooses “Join from a sync folder”, picks the folder, types this code, and then sets their own password, out of your sight.</source>
        <translation>Er wird nur dieses eine Mal angezeigt, gilt einmal und ist 7 Tage gültig. Auf seinem eigenen Computer, sobald dieser Ordner dort angekommen ist, installiert dein Gegenüber Toward, wählt „Über einen Sync-Ordner beitreten“, wählt den Ordner, gibt diesen Code ein und legt dann sein eigenes Passwort fest, ohne dass du es siehst.</translation>
    </message>
    <message>
        <source>No other computer has joined yet.</source>
        <translation>Noch ist kein anderer Computer beigetreten.</translation>
    </message>
    <message>
        <source>This computer: {name}</source>
        <translation>Dieser Computer: {name}</translation>
    </message>
    <message>
        <source>a change file from it cannot be read, since {when}</source>
        <translation>eine Änderungsdatei von dort lässt sich nicht lesen, seit {when}</translation>
    </message>
    <message>
        <source>not heard from yet</source>
        <translation>noch nichts gehört</translation>
    </message>
    <message>
        <source>last heard from {when}</source>
        <translation>zuletzt gemeldet {when}</translation>
    </message>
    <message>
        <source>{computer}: {heard}</source>
        <translation>{computer}: {heard}</translation>
    </message>
    <message>
        <source>{computer} sends your private changes through the sync folder, not your private folder: what this computer sends there reaches {computer} once you choose the same folder on it, or stop using the folder here.</source>
        <translation>{computer} schickt deine privaten Änderungen über den Sync-Ordner, nicht über deinen privaten Ordner: Was dieser Computer dorthin schickt, erreicht {computer}, sobald du dort denselben Ordner wählst oder ihn hier nicht mehr verwendest.</translation>
    </message>
    <message>
        <source>The sync service sees how many files there are, their sizes and when they change, never what they say. A computer you stop using keeps what it had until you delete Toward&apos;s folder there. Anyone who gets a copy of the sync folder can try to guess your passwords on their own computer, so choose long ones. If you each link your own private space through one folder, your partner&apos;s computer holds your private changes encrypted, and cannot read them.</source>
        <translation>Der Sync-Dienst sieht, wie viele Dateien es gibt, wie groß sie sind und wann sie sich ändern, aber nie, was darin steht. Ein Computer, den du nicht mehr nutzt, behält, was er hatte, bis du dort den Ordner von Toward löschst. Wer eine Kopie des Sync-Ordners bekommt, kann auf dem eigenen Computer versuchen, eure Passwörter zu erraten, also wählt lange. Wenn ihr beide eure privaten Bereiche über denselben Ordner verbindet, hält der Computer deines Gegenübers deine privaten Änderungen verschlüsselt und kann sie nicht lesen.</translation>
    </message>
</context>
<context>
    <name>ui.settings.your_data</name>
    <message>
        <source>Your data</source>
        <translation>Deine Daten</translation>
    </message>
    <message>
        <source>Take everything you can read out of Toward: your private space and the shared space, as a JSON document, a Markdown file per journal entry and spreadsheet tables. Your partner&apos;s private space is never in it. Your partner will see in the shared history that you exported, never what.</source>
        <translation>Nimm alles mit, was du in Toward lesen kannst: deinen privaten Bereich und den gemeinsamen, als JSON-Dokument, eine Markdown-Datei pro Tagebucheintrag und Tabellen. Der private Bereich deines Gegenübers ist nie dabei. Dein Gegenüber sieht im gemeinsamen Verlauf, dass du exportiert hast, nie was.</translation>
    </message>
    <message>
        <source>Protect it with a password (one encrypted zip file)</source>
        <translation>Mit einem Passwort schützen (eine verschlüsselte ZIP-Datei)</translation>
    </message>
    <message>
        <source>Archive password (8 characters or more)</source>
        <translation>Archivpasswort (mindestens 8 Zeichen)</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>Noch einmal dasselbe Passwort</translation>
    </message>
    <message>
        <source>Export my data…</source>
        <translation>Meine Daten exportieren…</translation>
    </message>
    <message>
        <source>Import a journal…</source>
        <translation>Ein Tagebuch importieren…</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Fortschritt des Exports</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The two archive passwords are not the same.</source>
        <translation>Die beiden Archivpasswörter sind nicht gleich.</translation>
    </message>
    <message>
        <source>Toward export {day}.zip</source>
        <translation>Toward-Export {day}.zip</translation>
    </message>
    <message>
        <source>Zip (*.zip)</source>
        <translation>ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Toward export {day}</source>
        <translation>Toward-Export {day}</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was kept.</source>
        <translation>Export abgebrochen. Nichts wurde behalten.</translation>
    </message>
    <message>
        <source>Bring your writing in</source>
        <translation>Dein Geschriebenes hereinholen</translation>
    </message>
    <message>
        <source>From Day One (its JSON export zip), jrnl (jrnl --export json) or a Toward export. Entries from other apps go into your private journal; nothing is shared. Entries already here are left out, so importing twice is safe.</source>
        <translation>Aus Day One (sein JSON-Export als ZIP), jrnl (jrnl --export json) oder einem Toward-Export. Einträge aus anderen Apps landen in deinem privaten Tagebuch; nichts wird geteilt. Einträge, die schon hier sind, werden übersprungen, zweimal importieren schadet also nicht.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>Archive password</source>
        <translation>Archivpasswort</translation>
    </message>
    <message>
        <source>What the import holds</source>
        <translation>Was der Import enthält</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>From {source}: {counts} to add.</source>
        <translation>Aus {source}: {counts} zum Hinzufügen.</translation>
    </message>
    <message>
        <source>Nothing new to add from {source}.</source>
        <translation>Aus {source} gibt es nichts Neues hinzuzufügen.</translation>
    </message>
    <message>
        <source>First entries:</source>
        <translation>Erste Einträge:</translation>
    </message>
    <message numerus="yes">
        <source>Will be left out (%n):</source>
        <translation>
            <numerusform>Wird weggelassen (%n):</numerusform>
            <numerusform>Werden weggelassen (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Remarks:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n records to {path}</source>
        <translation>
            <numerusform>%n Datensatz nach {path} exportiert</numerusform>
            <numerusform>%n Datensätze nach {path} exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.setup_wizard</name>
    <message>
        <source>Your private space</source>
        <translation>Dein privater Bereich</translation>
    </message>
    <message>
        <source>Start with the partner at the keyboard. Your password opens your private space and your shared one; nobody else can open your private space.</source>
        <translation>Beginnt mit der Person an der Tastatur. Dein Passwort öffnet deinen privaten Bereich und euren gemeinsamen; niemand sonst kann deinen privaten Bereich öffnen.</translation>
    </message>
    <message>
        <source>Create my space</source>
        <translation>Meinen Bereich anlegen</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Einen Moment</translation>
    </message>
    <message>
        <source>Welcome to Toward</source>
        <translation>Willkommen bei Toward</translation>
    </message>
    <message>
        <source>A quiet place for the two of you to notice each other, keep your word, talk about money openly and repair after hard moments.</source>
        <translation>Ein ruhiger Ort für euch beide, um einander wahrzunehmen, Wort zu halten, offen über Geld zu sprechen und nach schweren Momenten wieder zueinanderzufinden.</translation>
    </message>
    <message>
        <source>Each of you gets a private space that only you can open, with your own password. You also share a space together. Nothing moves from private to shared unless its author chooses to share it.</source>
        <translation>Jede Person bekommt einen privaten Bereich, den nur sie mit ihrem eigenen Passwort öffnen kann. Außerdem teilt ihr einen gemeinsamen Bereich. Nichts wandert vom Privaten ins Gemeinsame, außer wer es geschrieben hat, entscheidet sich dafür.</translation>
    </message>
    <message>
        <source>Everything is encrypted on this computer. Anyone who can install software on it could still watch what is typed, so a separate computer account for each of you, and disk encryption, make it safer still.</source>
        <translation>Alles wird auf diesem Computer verschlüsselt. Wer darauf Software installieren kann, könnte trotzdem mitlesen, was getippt wird; ein eigenes Benutzerkonto für jede Person und eine Festplattenverschlüsselung machen es noch sicherer.</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Aus einer Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Join from a sync folder…</source>
        <translation>Über einen Sync-Ordner beitreten…</translation>
    </message>
    <message>
        <source>Get started</source>
        <translation>Los geht’s</translation>
    </message>
    <message>
        <source>And your partner?</source>
        <translation>Und dein Gegenüber?</translation>
    </message>
    <message>
        <source>Your partner gets their own private space and password. If they are here, hand them the keyboard and look away while they choose a password. If not, they can join later from Settings — Toward works for one of you too.</source>
        <translation>Dein Gegenüber bekommt einen eigenen privaten Bereich und ein eigenes Passwort. Seid ihr gerade beide da, gib die Tastatur weiter und schau weg, während dein Gegenüber ein Passwort wählt. Sonst geht das später in den Einstellungen – Toward funktioniert auch für eine Person.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Add my partner now</source>
        <translation>Mein Gegenüber jetzt hinzufügen</translation>
    </message>
    <message>
        <source>Your partner&apos;s private space</source>
        <translation>Der private Bereich deines Gegenübers</translation>
    </message>
    <message>
        <source>{name}, please hand over the keyboard now. Partner: choose a password only you know.</source>
        <translation>{name}, bitte gib die Tastatur jetzt weiter. Und du: Wähle ein Passwort, das nur du kennst.</translation>
    </message>
</context>
<context>
    <name>ui.sync.earlier</name>
    <message>
        <source>Opens what you wrote on that computer before the later change</source>
        <translation>Öffnet, was du auf diesem Computer vor der späteren Änderung geschrieben hast</translation>
    </message>
    <message>
        <source>You changed this on two computers while they were apart. The later change is the one shown; this is what you wrote before, kept for you.</source>
        <translation>Du hast das auf zwei Computern geändert, während sie getrennt waren. Gezeigt wird die spätere Änderung; das hier hast du vorher geschrieben, für dich aufbewahrt.</translation>
    </message>
    <message>
        <source>Earlier version, {when}</source>
        <translation>Frühere Fassung, {when}</translation>
    </message>
    <message>
        <source>Earlier version from {computer}, {when}</source>
        <translation>Frühere Fassung von {computer}, {when}</translation>
    </message>
</context>
<context>
    <name>ui.sync.join_page</name>
    <message>
        <source>Join from a sync folder</source>
        <translation>Über einen Sync-Ordner beitreten</translation>
    </message>
    <message>
        <source>Once the sync folder has arrived on this computer, Toward makes the household here from it. The folder holds only encrypted files.</source>
        <translation>Sobald der Sync-Ordner auf diesem Computer angekommen ist, legt Toward daraus hier den Haushalt an. Der Ordner enthält nur verschlüsselte Dateien.</translation>
    </message>
    <message>
        <source>No folder chosen yet.</source>
        <translation>Noch kein Ordner gewählt.</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Sync-Ordner</translation>
    </message>
    <message>
        <source>Choose the folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Dein Name</translation>
    </message>
    <message>
        <source>This is another computer of mine</source>
        <translation>Das ist ein weiterer Computer von mir</translation>
    </message>
    <message>
        <source>My partner invited me with a code</source>
        <translation>Mein Gegenüber hat mich mit einem Code eingeladen</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Dein Passwort</translation>
    </message>
    <message>
        <source>If you keep your private changes in a folder of your own, choose it too.</source>
        <translation>Wenn du deine privaten Änderungen in einem eigenen Ordner hältst, wähle ihn auch.</translation>
    </message>
    <message>
        <source>Folder for your private changes</source>
        <translation>Ordner für deine privaten Änderungen</translation>
    </message>
    <message>
        <source>Choose my private folder…</source>
        <translation>Meinen privaten Ordner wählen…</translation>
    </message>
    <message>
        <source>The one-time code</source>
        <translation>Der Einmalcode</translation>
    </message>
    <message>
        <source>A new password, only yours</source>
        <translation>Ein neues Passwort, nur deins</translation>
    </message>
    <message>
        <source>The new password again</source>
        <translation>Das neue Passwort noch einmal</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Einen Moment</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <source>Type the code your partner read to you, then choose your own password. Your partner cannot see it, and your private space here is yours alone.</source>
        <translation>Gib den Code ein, den dir dein Gegenüber vorgelesen hat, und wähle dann dein eigenes Passwort. Dein Gegenüber kann es nicht sehen, und dein privater Bereich hier gehört nur dir.</translation>
    </message>
    <message>
        <source>Your password is the one you use on your other computer.</source>
        <translation>Dein Passwort ist das, das du auf deinem anderen Computer nutzt.</translation>
    </message>
    <message>
        <source>Your private changes: {folder}</source>
        <translation>Deine privaten Änderungen: {folder}</translation>
    </message>
    <message>
        <source>Choose the sync folder first.</source>
        <translation>Wähle zuerst den Sync-Ordner.</translation>
    </message>
    <message>
        <source>Type your name, as it is in the household.</source>
        <translation>Gib deinen Namen so ein, wie er im Haushalt steht.</translation>
    </message>
    <message>
        <source>Type the one-time code your partner read to you.</source>
        <translation>Gib den Einmalcode ein, den dir dein Gegenüber vorgelesen hat.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Die beiden neuen Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Gib dein Passwort ein.</translation>
    </message>
    <message>
        <source>Open Toward</source>
        <translation>Toward öffnen</translation>
    </message>
</context>
<context>
    <name>ui.sync.status_line</name>
    <message>
        <source>Two computers</source>
        <translation>Zwei Computer</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>No other computer has joined yet.</source>
        <translation>Noch ist kein anderer Computer beigetreten.</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Nicht übernommen</translation>
    </message>
    <message>
        <source>These changes were kept aside, and nothing of yours was lost. They usually come from a computer with an older Toward: updating it helps.</source>
        <translation>Diese Änderungen wurden beiseitegelegt, und nichts von dir ist verloren gegangen. Meist kommen sie von einem Computer mit einer älteren Toward-Version: Ein Update dort hilft.</translation>
    </message>
    <message>
        <source>Your earlier versions</source>
        <translation>Deine früheren Fassungen</translation>
    </message>
    <message>
        <source>You changed these on two computers while they were apart. The later change is the one shown everywhere; what you wrote before is kept here for you to read.</source>
        <translation>Du hast das auf zwei Computern geändert, während sie getrennt waren. Überall wird die spätere Änderung angezeigt; was du vorher geschrieben hast, bleibt hier für dich zum Nachlesen.</translation>
    </message>
    <message>
        <source>Look for changes now</source>
        <translation>Jetzt nach Änderungen sehen</translation>
    </message>
    <message>
        <source>Written {when}</source>
        <translation>Geschrieben {when}</translation>
    </message>
</context>
<context>
    <name>ui.sync.words</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>on {weekday}</source>
        <translation>am {weekday}</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>am {date}</translation>
    </message>
    <message>
        <source>{computer} ({whose})</source>
        <translation>{computer} ({whose})</translation>
    </message>
    <message>
        <source>A change file from {computer} cannot be read, since {when}</source>
        <translation>Eine Änderungsdatei von {computer} lässt sich nicht lesen, seit {when}</translation>
    </message>
    <message>
        <source>Waiting for changes from {computer} since {when}</source>
        <translation>Warte seit {when} auf Änderungen von {computer}</translation>
    </message>
    <message>
        <source>Not heard from {computer} yet</source>
        <translation>Noch nichts von {computer} gehört</translation>
    </message>
    <message>
        <source>Up to date with {computer}, {when}</source>
        <translation>Auf dem neuesten Stand mit {computer}, {when}</translation>
    </message>
    <message>
        <source>A change file from {computer} cannot be read</source>
        <translation>Eine Änderungsdatei von {computer} lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>Your private folder is not there</source>
        <translation>Dein privater Ordner ist nicht da</translation>
    </message>
    <message>
        <source>Some changes could not be applied</source>
        <translation>Einige Änderungen konnten nicht übernommen werden</translation>
    </message>
    <message>
        <source>Waiting for another computer to join</source>
        <translation>Warte darauf, dass ein weiterer Computer beitritt</translation>
    </message>
    <message>
        <source>It may have been damaged on the way. Toward never applies it and tries again at every exchange; the changes {computer} made after it wait behind it. Check that your sync service shows no errors for this folder on both computers: once it copies the file again whole, everything goes on. Nothing is lost: {computer} still has those changes.</source>
        <translation>Sie wurde vielleicht unterwegs beschädigt. Toward wendet sie nie an und versucht es bei jedem Austausch erneut; die Änderungen, die {computer} danach gemacht hat, warten dahinter. Prüfe, ob dein Sync-Dienst für diesen Ordner auf beiden Computern keine Fehler zeigt: Sobald er die Datei wieder vollständig kopiert, geht alles weiter. Es geht nichts verloren: {computer} hat diese Änderungen noch.</translation>
    </message>
    <message>
        <source>Your private folder {folder} is not there (not mounted, or moved). Your private changes wait on this computer until it is back.</source>
        <translation>Dein privater Ordner {folder} ist nicht da (nicht eingebunden oder verschoben). Deine privaten Änderungen warten auf diesem Computer, bis er wieder da ist.</translation>
    </message>
    <message>
        <source>{time} today</source>
        <translation>heute um {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.talks.knowing</name>
    <message>
        <source>How well do we know each other?</source>
        <translation>Wie gut kennen wir uns?</translation>
    </message>
    <message>
        <source>Once your partner has joined, you can play.</source>
        <translation>Sobald dein Gegenüber dabei ist, könnt ihr spielen.</translation>
    </message>
    <message>
        <source>A new question</source>
        <translation>Eine neue Frage</translation>
    </message>
    <message>
        <source>Start a round</source>
        <translation>Eine Runde beginnen</translation>
    </message>
    <message>
        <source>Your answer and guess are sealed until {partner} has written theirs.</source>
        <translation>Deine Antwort und deine Vermutung bleiben versiegelt, bis {partner} die eigenen geschrieben hat.</translation>
    </message>
    <message>
        <source>{partner} has answered; both appear once you have too.</source>
        <translation>{partner} hat geantwortet; beides erscheint, sobald du auch geantwortet hast.</translation>
    </message>
    <message>
        <source>(a question)</source>
        <translation>(eine Frage)</translation>
    </message>
    <message>
        <source>Your answer, about yourself</source>
        <translation>Deine Antwort, über dich selbst</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Deine Antwort</translation>
    </message>
    <message>
        <source>Your guess at {partner}&apos;s answer</source>
        <translation>Deine Vermutung zur Antwort von {partner}</translation>
    </message>
    <message>
        <source>Your guess</source>
        <translation>Deine Vermutung</translation>
    </message>
    <message>
        <source>Seal my answers</source>
        <translation>Meine Antworten versiegeln</translation>
    </message>
    <message>
        <source>{partner} said</source>
        <translation>{partner} sagte</translation>
    </message>
    <message>
        <source>Appears when {partner} next opens Toward.</source>
        <translation>Erscheint, wenn {partner} Toward das nächste Mal öffnet.</translation>
    </message>
    <message>
        <source>{partner} guessed</source>
        <translation>{partner} vermutete</translation>
    </message>
    <message>
        <source>Appears soon.</source>
        <translation>Erscheint gleich.</translation>
    </message>
    <message>
        <source>Any surprises? Ask each other about them.</source>
        <translation>Gab es Überraschungen? Fragt einander danach.</translation>
    </message>
</context>
<context>
    <name>ui.talks.page</name>
    <message>
        <source>Talks</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Planned conversations about the big things: what you count on, how you disagree, closeness, money, family, fun, meaning and dreams.</source>
        <translation>Geplante Gespräche über die großen Dinge: worauf ihr zählt, wie ihr Konflikte austragt, Nähe, Geld, Familie, Spaß, Sinn und Träume.</translation>
    </message>
    <message>
        <source>Your conversations</source>
        <translation>Eure Gespräche</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>No conversations planned yet. Pick a topic above and propose a time.</source>
        <translation>Noch keine Gespräche geplant. Wähle oben ein Thema und schlag einen Termin vor.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open {topic}</source>
        <translation>{topic} öffnen</translation>
    </message>
    <message>
        <source>had on {day}</source>
        <translation>geführt am {day}</translation>
    </message>
    <message>
        <source>{status} · proposed for {day}, {time}</source>
        <translation>{status} · vorgeschlagen für {day}, {time}</translation>
    </message>
    <message>
        <source>{status} · {day}, {time}</source>
        <translation>{status} · {day}, {time}</translation>
    </message>
    <message>
        <source>Plan a conversation</source>
        <translation>Ein Gespräch planen</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Time to talk</source>
        <translation>Zeit zum Reden</translation>
    </message>
    <message>
        <source>Propose this time</source>
        <translation>Diesen Termin vorschlagen</translation>
    </message>
</context>
<context>
    <name>ui.talks.talk</name>
    <message>
        <source>your partner</source>
        <translation>dein Gegenüber</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>Alle Gespräche</translation>
    </message>
    <message>
        <source>Time to talk, agreed: {day} at {time}</source>
        <translation>Vereinbarte Zeit zum Reden: {day} um {time}</translation>
    </message>
    <message>
        <source>Notes, taken together</source>
        <translation>Gemeinsame Notizen</translation>
    </message>
    <message>
        <source>Whatever you want to remember: what surprised you, what you want to come back to. {partner} sees the same notes.</source>
        <translation>Was ihr euch merken wollt: was euch überrascht hat, worauf ihr zurückkommen möchtet. {partner} sieht dieselben Notizen.</translation>
    </message>
    <message>
        <source>We talked about…</source>
        <translation>Wir haben über … gesprochen</translation>
    </message>
    <message>
        <source>Save the notes</source>
        <translation>Notizen speichern</translation>
    </message>
    <message>
        <source>One small agreement</source>
        <translation>Eine kleine Vereinbarung</translation>
    </message>
    <message>
        <source>e.g. “A walk together every Sunday morning”</source>
        <translation>z. B. „Jeden Sonntagmorgen ein gemeinsamer Spaziergang“</translation>
    </message>
    <message>
        <source>Agree and finish</source>
        <translation>Vereinbaren und abschließen</translation>
    </message>
    <message>
        <source>You talked on {day}.</source>
        <translation>Ihr habt am {day} geredet.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>No notes were kept.</source>
        <translation>Es wurden keine Notizen festgehalten.</translation>
    </message>
    <message>
        <source>What you agreed</source>
        <translation>Was ihr vereinbart habt</translation>
    </message>
    <message>
        <source>{agreement} — a standing agreement in Promises.</source>
        <translation>{agreement} – eine feste Vereinbarung unter „Versprechen“.</translation>
    </message>
    <message>
        <source>The agreement was removed from Promises since.</source>
        <translation>Die Vereinbarung wurde seitdem aus „Versprechen“ entfernt.</translation>
    </message>
    <message>
        <source>What you thought about first</source>
        <translation>Worüber du vorher nachgedacht hast</translation>
    </message>
    <message>
        <source>To think about first</source>
        <translation>Vorher darüber nachdenken</translation>
    </message>
    <message>
        <source>Your thoughts stay in your private space; bring what you like to the conversation.</source>
        <translation>Deine Gedanken bleiben in deinem privaten Bereich; bring ins Gespräch mit, was du möchtest.</translation>
    </message>
    <message>
        <source>Only you see this</source>
        <translation>Nur du siehst das</translation>
    </message>
    <message>
        <source>Keep my thoughts</source>
        <translation>Meine Gedanken behalten</translation>
    </message>
</context>
<context>
    <name>ui.therapy.checkin</name>
    <message>
        <source>Week of</source>
        <translation>Woche vom</translation>
    </message>
    <message>
        <source>Your weekly check-in</source>
        <translation>Dein wöchentlicher Check-in</translation>
    </message>
    <message>
        <source>A few questions about your own week, not about your partner. Only you see your answers; they go into a summary only if you tick them there.</source>
        <translation>Ein paar Fragen zu deiner eigenen Woche, nicht zu deinem Gegenüber. Nur du siehst deine Antworten; in eine Zusammenfassung kommen sie nur, wenn du sie dort anhakst.</translation>
    </message>
    <message>
        <source>A note for yourself (optional)</source>
        <translation>Eine Notiz für dich (freiwillig)</translation>
    </message>
    <message>
        <source>A note for yourself</source>
        <translation>Eine Notiz für dich</translation>
    </message>
    <message>
        <source>Keep this week&apos;s answers</source>
        <translation>Antworten dieser Woche behalten</translation>
    </message>
    <message>
        <source>Research context</source>
        <translation>Zur Einordnung</translation>
    </message>
    <message>
        <source>You have answered for this week; you can change your answers.</source>
        <translation>Du hast für diese Woche geantwortet; du kannst deine Antworten noch ändern.</translation>
    </message>
    <message>
        <source>Not answered yet this week.</source>
        <translation>Diese Woche noch nicht beantwortet.</translation>
    </message>
    <message>
        <source>Your check-ins over time</source>
        <translation>Deine Check-ins im Lauf der Zeit</translation>
    </message>
    <message>
        <source>Kept, privately. Thank you for checking in with yourself.</source>
        <translation>Privat aufbewahrt. Danke, dass du bei dir selbst nachgespürt hast.</translation>
    </message>
</context>
<context>
    <name>ui.therapy.consent</name>
    <message>
        <source>your partner</source>
        <translation>dein Gegenüber</translation>
    </message>
    <message>
        <source>{partner} may quote this in a summary for therapy</source>
        <translation>{partner} darf das in einer Zusammenfassung für die Therapie zitieren</translation>
    </message>
    <message>
        <source>Without this, {partner}&apos;s summary only counts it. Your default is in Settings.</source>
        <translation>Ohne das zählt die Zusammenfassung von {partner} es nur. Deine Voreinstellung findest du in den Einstellungen.</translation>
    </message>
    <message>
        <source>Summaries for therapy</source>
        <translation>Zusammenfassungen für die Therapie</translation>
    </message>
    <message>
        <source>Let {partner} quote my shared entries, replies and repair answers in full</source>
        <translation>{partner} darf meine gemeinsamen Einträge, Antworten und Klärungsantworten vollständig zitieren</translation>
    </message>
    <message>
        <source>When this is off, {partner}&apos;s summary shows only how many you wrote. You can still decide for each shared entry and reply where you read it.</source>
        <translation>Ist das aus, zeigt die Zusammenfassung von {partner} nur, wie viele du geschrieben hast. Du kannst trotzdem bei jedem gemeinsamen Eintrag und jeder Antwort dort, wo du sie liest, einzeln entscheiden.</translation>
    </message>
</context>
<context>
    <name>ui.therapy.entry_checklist</name>
    <message>
        <source>{title} · {day} · {partner}</source>
        <translation>{title} · {day} · {partner}</translation>
    </message>
    <message>
        <source>{title} · {day}</source>
        <translation>{title} · {day}</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Nichts in diesem Zeitraum.</translation>
    </message>
</context>
<context>
    <name>ui.therapy.page</name>
    <message>
        <source>printed</source>
        <translation>gedruckt</translation>
    </message>
    <message>
        <source>Therapy summary</source>
        <translation>Therapie-Zusammenfassung</translation>
    </message>
    <message>
        <source>Data export</source>
        <translation>Datenexport</translation>
    </message>
    <message>
        <source>A partner who has left</source>
        <translation>Eine Person, die nicht mehr dabei ist</translation>
    </message>
    <message>
        <source>{partner} · {kind} · {day}, {time}</source>
        <translation>{partner} · {kind} · {day}, {time}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <source>{format}, protected with a password</source>
        <translation>{format}, mit Passwort geschützt</translation>
    </message>
    <message>
        <source>holds words {partner} wrote</source>
        <translation>enthält Worte von {partner}</translation>
    </message>
    <message>
        <source>holds none of {partner}&apos;s words</source>
        <translation>enthält keine Worte von {partner}</translation>
    </message>
    <message>
        <source>For therapy</source>
        <translation>Für die Therapie</translation>
    </message>
    <message>
        <source>A calm summary of a period to bring to your couples therapist.</source>
        <translation>Eine ruhige Zusammenfassung eines Zeitraums für eure Paartherapie.</translation>
    </message>
    <message>
        <source>Make a summary</source>
        <translation>Eine Zusammenfassung erstellen</translation>
    </message>
    <message>
        <source>Choose a period and what to include: what you practised, bids, promises, the ledger, repair conversations, journal entries and a note about what you want to talk about. You see it before you save or print it.</source>
        <translation>Wähle einen Zeitraum und was hineinsoll: was ihr geübt habt, Kontaktangebote, Versprechen, das Haushaltsbuch, Klärungsgespräche, Tagebucheinträge und eine Notiz, worüber du sprechen möchtest. Du siehst sie, bevor du sie speicherst oder druckst.</translation>
    </message>
    <message>
        <source>Your partner&apos;s shared writing is quoted only where they allowed it. You decide the same for yours, in Settings and on each shared entry.</source>
        <translation>Was dein Gegenüber geteilt hat, wird nur zitiert, wo dein Gegenüber es erlaubt hat. Dasselbe entscheidest du für deine Texte, in den Einstellungen und bei jedem gemeinsamen Eintrag.</translation>
    </message>
    <message>
        <source>Make a summary…</source>
        <translation>Eine Zusammenfassung erstellen…</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportverlauf</translation>
    </message>
    <message>
        <source>Every summary for a couples session or data export either of you makes is listed here, so nothing you wrote leaves Toward unseen: who made it, when, and whether the other&apos;s words are in it, never the content. A summary for an individual session holds only its maker&apos;s own words and is not listed.</source>
        <translation>Jede Zusammenfassung für eine Paarsitzung und jeder Datenexport, den eine oder einer von euch erstellt, steht hier, damit nichts, was ihr geschrieben habt, Toward ungesehen verlässt: wer es erstellt hat, wann und ob die Worte der anderen Person darin stehen, nie der Inhalt. Eine Zusammenfassung für eine Einzelsitzung enthält nur die eigenen Worte und steht nicht hier.</translation>
    </message>
    <message>
        <source>No exports yet. When one of you makes a summary, it appears here.</source>
        <translation>Noch keine Exporte. Wenn eine oder einer von euch eine Zusammenfassung erstellt, erscheint sie hier.</translation>
    </message>
    <message numerus="yes">
        <source>And %n earlier.</source>
        <translation>
            <numerusform>Und %n frühere.</numerusform>
            <numerusform>Und %n frühere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.therapy.practices</name>
    <message>
        <source>Meant {how_often} · not yet practised so far this week</source>
        <translation>Gedacht: {how_often} · diese Woche noch nicht geübt</translation>
    </message>
    <message numerus="yes">
        <source>Meant {how_often} · practised %n times so far this week</source>
        <translation>
            <numerusform>Gedacht: {how_often} · diese Woche bisher %n-mal geübt</numerusform>
            <numerusform>Gedacht: {how_often} · diese Woche bisher %n-mal geübt</numerusform>
        </translation>
    </message>
    <message>
        <source>Practices from therapy</source>
        <translation>Übungen aus der Therapie</translation>
    </message>
    <message>
        <source>What your therapist suggested trying between sessions. Either of you can add one and note each time you practised it; the summary shows it as “what we practised”.</source>
        <translation>Was eure Therapeutin oder euer Therapeut zwischen den Sitzungen vorgeschlagen hat. Jede Person kann eine hinzufügen und jedes Mal festhalten, wenn ihr geübt habt; die Zusammenfassung zeigt es als „Was wir geübt haben“.</translation>
    </message>
    <message>
        <source>e.g. a 20-minute stress-reducing conversation</source>
        <translation>z. B. ein 20-minütiges Gespräch, das Stress abbaut</translation>
    </message>
    <message>
        <source>A practice to add</source>
        <translation>Eine Übung zum Hinzufügen</translation>
    </message>
    <message>
        <source> a week</source>
        <translation> pro Woche</translation>
    </message>
    <message>
        <source>Times a week</source>
        <translation>Mal pro Woche</translation>
    </message>
    <message>
        <source>Add practice</source>
        <translation>Übung hinzufügen</translation>
    </message>
    <message>
        <source>No practices yet. When your therapist suggests something to try, write it here so you both remember.</source>
        <translation>Noch keine Übungen. Wenn in der Therapie etwas zum Ausprobieren vorgeschlagen wird, schreibt es hier auf, damit ihr beide daran denkt.</translation>
    </message>
    <message>
        <source>A partner</source>
        <translation>Eine Person</translation>
    </message>
    <message>
        <source>{partner}, {day}: {note}</source>
        <translation>{partner}, {day}: {note}</translation>
    </message>
    <message>
        <source>{partner}, {day}</source>
        <translation>{partner}, {day}</translation>
    </message>
    <message>
        <source>How it went (optional)</source>
        <translation>Wie es lief (freiwillig)</translation>
    </message>
    <message>
        <source>A note on {practice}</source>
        <translation>Eine Notiz zu {practice}</translation>
    </message>
    <message>
        <source>We practised it today</source>
        <translation>Wir haben es heute geübt</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Beiseitelegen</translation>
    </message>
    <message>
        <source>Stop showing it; it stays in your history and past summaries</source>
        <translation>Nicht mehr zeigen; sie bleibt in eurem Verlauf und in früheren Zusammenfassungen</translation>
    </message>
    <message>
        <source>We practised it today: {practice}</source>
        <translation>Wir haben es heute geübt: {practice}</translation>
    </message>
    <message>
        <source>Set aside: {practice}</source>
        <translation>Beiseitelegen: {practice}</translation>
    </message>
</context>
<context>
    <name>ui.therapy.questions</name>
    <message>
        <source>Questions for our therapist</source>
        <translation>Fragen für unsere Therapie</translation>
    </message>
    <message>
        <source>Things you want to bring up in a session. Only you see this list. Share one with {partner} when you want them to know it is coming. When you make a summary, you tick which of them go in.</source>
        <translation>Was du in einer Sitzung ansprechen möchtest. Nur du siehst diese Liste. Teile eine Frage mit {partner}, wenn {partner} wissen soll, dass sie kommt. Wenn du eine Zusammenfassung erstellst, hakst du an, welche hineinkommen.</translation>
    </message>
    <message>
        <source>Things you want to bring up in a session. Only you see this list. When you make a summary, you tick which of them go in.</source>
        <translation>Was du in einer Sitzung ansprechen möchtest. Nur du siehst diese Liste. Wenn du eine Zusammenfassung erstellst, hakst du an, welche hineinkommen.</translation>
    </message>
    <message>
        <source>e.g. how do we talk about money?</source>
        <translation>z. B. Wie sprechen wir über Geld?</translation>
    </message>
    <message>
        <source>A question to add</source>
        <translation>Eine Frage zum Hinzufügen</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <source>Nothing on your list yet.</source>
        <translation>Noch nichts auf deiner Liste.</translation>
    </message>
    <message>
        <source>Shared by {partner}</source>
        <translation>Geteilt von {partner}</translation>
    </message>
    <message>
        <source>Share with {partner}</source>
        <translation>Mit {partner} teilen</translation>
    </message>
    <message>
        <source>Shared with {partner}</source>
        <translation>Mit {partner} geteilt</translation>
    </message>
    <message>
        <source>Only you</source>
        <translation>Nur du</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Nicht mehr teilen</translation>
    </message>
    <message>
        <source>Stop sharing: {question}</source>
        <translation>Nicht mehr teilen: {question}</translation>
    </message>
    <message>
        <source>Share with {partner}: {question}</source>
        <translation>Mit {partner} teilen: {question}</translation>
    </message>
    <message>
        <source>Talked about</source>
        <translation>Besprochen</translation>
    </message>
    <message>
        <source>Take it off the list once it has been brought up</source>
        <translation>Von der Liste nehmen, sobald sie angesprochen wurde</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete: {question}</source>
        <translation>Löschen: {question}</translation>
    </message>
    <message>
        <source>Talked about: {question}</source>
        <translation>Besprochen: {question}</translation>
    </message>
    <message>
        <source>{partner} can see this question now.</source>
        <translation>{partner} kann diese Frage jetzt sehen.</translation>
    </message>
    <message>
        <source>It is private again. {partner} may already have seen it.</source>
        <translation>Sie ist wieder privat. {partner} hat sie vielleicht schon gesehen.</translation>
    </message>
    <message>
        <source>Marked as talked about.</source>
        <translation>Als besprochen markiert.</translation>
    </message>
    <message>
        <source>Delete this question?</source>
        <translation>Diese Frage löschen?</translation>
    </message>
</context>
<context>
    <name>ui.therapy.summary_dialog</name>
    <message>
        <source>The last 7 days</source>
        <translation>Die letzten 7 Tage</translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation>Die letzten 30 Tage</translation>
    </message>
    <message>
        <source>Since the last summary</source>
        <translation>Seit der letzten Zusammenfassung</translation>
    </message>
    <message>
        <source>Dates of my choosing</source>
        <translation>Selbst gewählte Daten</translation>
    </message>
    <message>
        <source>For an individual session, only your own words go in: your notes, your private entries you tick, your own shared entries and answers, and counts and dates. Nothing your partner wrote leaves, so this summary is not noted in the export history your partner sees.</source>
        <translation>Für eine Einzelsitzung kommen nur deine eigenen Worte hinein: deine Notizen, die privaten Einträge, die du anhakst, deine eigenen gemeinsamen Einträge und Antworten sowie Zahlen und Daten. Nichts, was dein Gegenüber geschrieben hat, verlässt Toward, daher wird diese Zusammenfassung nicht im Exportverlauf vermerkt, den dein Gegenüber sieht.</translation>
    </message>
    <message>
        <source>A summary for a couples session is noted in the export history you both see: who made it, when, and whether your partner&apos;s words are in it. Never what it covers.</source>
        <translation>Eine Zusammenfassung für eine Paarsitzung wird im Exportverlauf vermerkt, den ihr beide seht: wer sie erstellt hat, wann und ob Worte deines Gegenübers darin stehen. Nie, was sie umfasst.</translation>
    </message>
    <message>
        <source>An exported file can be read by anyone who gets it, unless you protect it with a password. Keep it somewhere only you can reach, and delete it when you no longer need it.</source>
        <translation>Eine exportierte Datei kann jeder lesen, der sie bekommt, außer du schützt sie mit einem Passwort. Bewahre sie dort auf, wo nur du hinkommst, und lösche sie, wenn du sie nicht mehr brauchst.</translation>
    </message>
    <message>
        <source>Preview of the summary</source>
        <translation>Vorschau der Zusammenfassung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Make a summary for therapy</source>
        <translation>Eine Zusammenfassung für die Therapie erstellen</translation>
    </message>
    <message>
        <source>Only what you can read in Toward goes in. Your partner&apos;s shared writing is quoted only where they allowed it; otherwise it is counted.</source>
        <translation>Hinein kommt nur, was du in Toward lesen kannst. Was dein Gegenüber geteilt hat, wird nur zitiert, wo dein Gegenüber es erlaubt hat; sonst wird es gezählt.</translation>
    </message>
    <message>
        <source>For which session</source>
        <translation>Für welche Sitzung</translation>
    </message>
    <message>
        <source>With my partner</source>
        <translation>Mit meinem Gegenüber</translation>
    </message>
    <message>
        <source>Just me</source>
        <translation>Nur ich</translation>
    </message>
    <message>
        <source>Who sees that this summary was made</source>
        <translation>Wer sieht, dass diese Zusammenfassung erstellt wurde</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Since the last summary ({day})</source>
        <translation>Seit dem letzten Mal ({day})</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>From</source>
        <comment>before the first day of a period</comment>
        <translation>Vom</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>to</source>
        <comment>before the last day of a period</comment>
        <translation>bis</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>What I want to talk about</source>
        <translation>Worüber ich sprechen möchte</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>What I want to talk about ({partner})</source>
        <translation>Worüber ich sprechen möchte ({partner})</translation>
    </message>
    <message>
        <source>Note ({partner})</source>
        <translation>Notiz ({partner})</translation>
    </message>
    <message>
        <source>A few lines for the therapist to read first. Optional.</source>
        <translation>Ein paar Zeilen, die die Therapeutin oder der Therapeut zuerst liest. Freiwillig.</translation>
    </message>
    <message>
        <source>Shared journal entries</source>
        <translation>Gemeinsame Tagebucheinträge</translation>
    </message>
    <message>
        <source>Shared entries to include</source>
        <translation>Gemeinsame Einträge, die hineinkommen</translation>
    </message>
    <message>
        <source>Your private entries</source>
        <translation>Deine privaten Einträge</translation>
    </message>
    <message>
        <source>{partner}&apos;s private entries ({partner} ticks their own)</source>
        <translation>Private Einträge von {partner} ({partner} hakt die eigenen an)</translation>
    </message>
    <message>
        <source>None go in unless ticked here, one by one.</source>
        <translation>Keiner kommt hinein, außer du hakst ihn hier an, einen nach dem anderen.</translation>
    </message>
    <message>
        <source>{partner}&apos;s private entries to include</source>
        <translation>Private Einträge von {partner}, die hineinkommen</translation>
    </message>
    <message>
        <source>Your questions for the therapist</source>
        <translation>Deine Fragen für die Therapie</translation>
    </message>
    <message>
        <source>{partner}&apos;s questions for the therapist ({partner} ticks their own)</source>
        <translation>Fragen von {partner} für die Therapie ({partner} hakt die eigenen an)</translation>
    </message>
    <message>
        <source>{partner}&apos;s questions to include</source>
        <translation>Fragen von {partner}, die hineinkommen</translation>
    </message>
    <message>
        <source>None on your list. Add them on the For therapy page.</source>
        <translation>Keine auf deiner Liste. Füge sie auf der Seite „Für die Therapie“ hinzu.</translation>
    </message>
    <message>
        <source>Include my weekly check-ins (private until ticked)</source>
        <translation>Meine wöchentlichen Check-ins einbeziehen (privat, bis angehakt)</translation>
    </message>
    <message>
        <source>Include {partner}&apos;s weekly check-ins (private until ticked)</source>
        <translation>Die wöchentlichen Check-ins von {partner} einbeziehen (privat, bis angehakt)</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Protect the PDF with a password</source>
        <translation>Das PDF mit einem Passwort schützen</translation>
    </message>
    <message>
        <source>Password for the PDF</source>
        <translation>Passwort für das PDF</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>Noch einmal dasselbe Passwort</translation>
    </message>
    <message>
        <source>Warning about exported files</source>
        <translation>Hinweis zu exportierten Dateien</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <source>Save Markdown…</source>
        <translation>Markdown speichern…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Prints the preview, once it shows your latest choices</source>
        <translation>Druckt die Vorschau, sobald sie deine neueste Auswahl zeigt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>A summary covers days {range}.</source>
        <translation>Eine Zusammenfassung liegt in diesem Bereich: {range}.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Person</translation>
    </message>
    <message numerus="yes">
        <source>%n more shared entries are counted, not quoted: their author has not chosen to bring them to therapy.</source>
        <translation>
            <numerusform>%n weiterer gemeinsamer Eintrag wird gezählt, nicht zitiert: Wer ihn geschrieben hat, hat sich nicht entschieden, ihn in die Therapie mitzunehmen.</numerusform>
            <numerusform>%n weitere gemeinsame Einträge werden gezählt, nicht zitiert: Wer sie geschrieben hat, hat sich nicht entschieden, sie in die Therapie mitzunehmen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a period and at least one section.</source>
        <translation>Wähle einen Zeitraum und mindestens einen Abschnitt.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Vorschau wird vorbereitet…</translation>
    </message>
    <message numerus="yes">
        <source>%n pages · {period}</source>
        <translation>
            <numerusform>%n Seite · {period}</numerusform>
            <numerusform>%n Seiten · {period}</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the same password twice to protect the PDF.</source>
        <translation>Gib zweimal dasselbe Passwort ein, um das PDF zu schützen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Gespeichert unter {path}.</translation>
    </message>
    <message>
        <source>It is protected with your password.</source>
        <translation>Sie ist mit deinem Passwort geschützt.</translation>
    </message>
    <message>
        <source>It is not noted in the shared export history.</source>
        <translation>Sie wird nicht im gemeinsamen Exportverlauf vermerkt.</translation>
    </message>
    <message>
        <source>The preview is not ready yet.</source>
        <translation>Die Vorschau ist noch nicht fertig.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker geschickt.</translation>
    </message>
</context>
<context>
    <name>ui.today.page</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Log a bid for connection</source>
        <translation>Kontaktangebot notieren</translation>
    </message>
    <message>
        <source>A bid is any reach for attention: a comment, a question, a touch, a sigh. Ctrl+B logs one from anywhere.</source>
        <translation>Ein Kontaktangebot ist jeder Versuch, Aufmerksamkeit zu bekommen: eine Bemerkung, eine Frage, eine Berührung, ein Seufzer. Mit Strg+B notierst du es von überall.</translation>
    </message>
    <message>
        <source>Emotional bank account</source>
        <translation>Emotionales Bankkonto</translation>
    </message>
    <message>
        <source>Turning toward a bid is a deposit; turning away or against is a withdrawal. The line is the running balance over the last twelve weeks.</source>
        <translation>Wer sich einem Angebot zuwendet, zahlt ein; wer sich abwendet oder dagegen wendet, hebt ab. Die Linie zeigt den laufenden Kontostand der letzten zwölf Wochen.</translation>
    </message>
    <message>
        <source>Research context</source>
        <translation>Zur Einordnung</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>your partner</source>
        <translation>dein Gegenüber</translation>
    </message>
    <message>
        <source>Your bids, answered by {name}</source>
        <translation>Deine Angebote, beantwortet von {name}</translation>
    </message>
    <message>
        <source>{name}&apos;s bids, answered by you</source>
        <translation>Angebote von {name}, beantwortet von dir</translation>
    </message>
    <message>
        <source>No bids logged yet this week. Noticing one is the first step — the small ones count most.</source>
        <translation>Diese Woche noch keine Kontaktangebote notiert. Eins zu bemerken ist der erste Schritt – die kleinen zählen am meisten.</translation>
    </message>
    <message>
        <source>{title} · {count}</source>
        <translation>{title} · {count}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open {title}</source>
        <translation>{title} öffnen</translation>
    </message>
    <message>
        <source>No bids logged yet.</source>
        <translation>Noch keine Kontaktangebote notiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n not yet answered</source>
        <translation>
            <numerusform>%n noch nicht beantwortet</numerusform>
            <numerusform>%n noch nicht beantwortet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turned against</source>
        <translation>
            <numerusform>%n dagegen gewandt</numerusform>
            <numerusform>%n dagegen gewandt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turned away</source>
        <translation>
            <numerusform>%n abgewandt</numerusform>
            <numerusform>%n abgewandt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turned toward later</source>
        <translation>
            <numerusform>%n später zugewandt</numerusform>
            <numerusform>%n später zugewandt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{toward} of %n turned toward ({share})</source>
        <translation>
            <numerusform>{toward} von %n zugewandt ({share})</numerusform>
            <numerusform>{toward} von %n zugewandt ({share})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vault.errors</name>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n seconds.</source>
        <translation>
            <numerusform>Zu viele falsche Passwörter. Versuch es in %n Sekunde noch einmal.</numerusform>
            <numerusform>Zu viele falsche Passwörter. Versuch es in %n Sekunden noch einmal.</numerusform>
        </translation>
    </message>
    <message>
        <source>That amount is too large to be a household purchase.</source>
        <translation>Dieser Betrag ist zu groß für einen Haushaltskauf.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a currency code Toward knows (like USD).</source>
        <translation>„{code}“ ist kein Währungscode, den Toward kennt (wie EUR).</translation>
    </message>
    <message>
        <source>An amount must be an exact decimal number.</source>
        <translation>Ein Betrag muss eine genaue Dezimalzahl sein.</translation>
    </message>
    <message numerus="yes">
        <source>{code} amounts have at most %n decimal places; {amount} has more.</source>
        <translation>
            <numerusform>Beträge in {code} haben höchstens %n Nachkommastelle; {amount} hat mehr.</numerusform>
            <numerusform>Beträge in {code} haben höchstens %n Nachkommastellen; {amount} hat mehr.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number.</source>
        <translation>„{text}“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>Cannot add {other} to {code} without a rate.</source>
        <translation>{other} kann ohne Kurs nicht zu {code} addiert werden.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount.</source>
        <translation>„{text}“ ist kein Betrag.</translation>
    </message>
    <message>
        <source>{name} is missing from the data folder; nothing was backed up.</source>
        <translation>{name} fehlt im Datenordner; nichts wurde gesichert.</translation>
    </message>
    <message>
        <source>{name} kept changing while it was copied. Close Toward elsewhere and try again.</source>
        <translation>{name} hat sich während des Kopierens ständig verändert. Schließe Toward an anderer Stelle und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Toward. Update Toward to restore it.</source>
        <translation>Diese Sicherung stammt aus einer neueren Version von Toward. Aktualisiere Toward, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>This is not a Toward backup, or its list of files is damaged.</source>
        <translation>Das ist keine Toward-Sicherung, oder ihre Dateiliste ist beschädigt.</translation>
    </message>
    <message>
        <source>This backup lists files Toward does not make.</source>
        <translation>Diese Sicherung führt Dateien auf, die Toward nicht anlegt.</translation>
    </message>
    <message>
        <source>This backup holds no household file.</source>
        <translation>Diese Sicherung enthält keine Haushaltsdatei.</translation>
    </message>
    <message>
        <source>Toward could not use {path}: {value}.</source>
        <translation>Toward konnte {path} nicht verwenden: {value}.</translation>
    </message>
    <message>
        <source>The household file in this backup cannot be used: {exc}</source>
        <translation>Die Haushaltsdatei in dieser Sicherung ist nicht verwendbar: {exc}</translation>
    </message>
    <message>
        <source>{folder} is not empty. Toward restores only into an empty or new folder, so that nothing is ever overwritten.</source>
        <translation>{folder} ist nicht leer. Toward stellt nur in einen leeren oder neuen Ordner wieder her, damit nie etwas überschrieben wird.</translation>
    </message>
    <message>
        <source>{parent} does not exist.</source>
        <translation>{parent} existiert nicht.</translation>
    </message>
    <message>
        <source>This backup&apos;s household file belongs to another household.</source>
        <translation>Die Haushaltsdatei dieser Sicherung gehört zu einem anderen Haushalt.</translation>
    </message>
    <message>
        <source>No partner called {partner} in this backup ({names}).</source>
        <translation>In dieser Sicherung heißt niemand {partner} ({names}).</translation>
    </message>
    <message>
        <source>{value} in this backup fails its integrity check.</source>
        <translation>{value} in dieser Sicherung besteht die Integritätsprüfung nicht.</translation>
    </message>
    <message>
        <source>The backup was restored into {fresh}, but it could not take the place of {folder} ({strerror}). Start Toward with --data-dir {fresh}.</source>
        <translation>Die Sicherung wurde in {fresh} wiederhergestellt, konnte aber nicht an die Stelle von {folder} treten ({strerror}). Starte Toward mit --data-dir {fresh}.</translation>
    </message>
    <message>
        <source>{folder} is no longer empty; nothing was overwritten.</source>
        <translation>{folder} ist nicht mehr leer; nichts wurde überschrieben.</translation>
    </message>
    <message>
        <source>This is not a Toward backup: it has no list of files.</source>
        <translation>Das ist keine Toward-Sicherung: Sie hat keine Dateiliste.</translation>
    </message>
    <message>
        <source>This is not a Toward backup: its list of files is far too large.</source>
        <translation>Das ist keine Toward-Sicherung: Ihre Dateiliste ist viel zu groß.</translation>
    </message>
    <message>
        <source>This backup is damaged: its list of files cannot be read.</source>
        <translation>Diese Sicherung ist beschädigt: Ihre Dateiliste lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>This file is not a Toward backup, or it is damaged.</source>
        <translation>Diese Datei ist keine Toward-Sicherung, oder sie ist beschädigt.</translation>
    </message>
    <message>
        <source>This backup&apos;s files do not match its list of files.</source>
        <translation>Die Dateien dieser Sicherung passen nicht zu ihrer Dateiliste.</translation>
    </message>
    <message>
        <source>{name} in this backup is damaged.</source>
        <translation>{name} in dieser Sicherung ist beschädigt.</translation>
    </message>
    <message>
        <source>{name} in this backup is damaged: it is not the file that was saved.</source>
        <translation>{name} in dieser Sicherung ist beschädigt: Es ist nicht die Datei, die gespeichert wurde.</translation>
    </message>
    <message>
        <source>This backup is missing {name}.</source>
        <translation>In dieser Sicherung fehlt {name}.</translation>
    </message>
    <message>
        <source>{name} in this backup is not encrypted.</source>
        <translation>{name} in dieser Sicherung ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>{name} in this backup is cut short.</source>
        <translation>{name} in dieser Sicherung ist abgeschnitten.</translation>
    </message>
    <message>
        <source>{name} in this backup fails its integrity check: {value}</source>
        <translation>{name} in dieser Sicherung besteht die Integritätsprüfung nicht: {value}</translation>
    </message>
    <message>
        <source>{name} in this backup is from a newer version of Toward.</source>
        <translation>{name} in dieser Sicherung stammt aus einer neueren Version von Toward.</translation>
    </message>
    <message>
        <source>A household already lives in {folder}.</source>
        <translation>In {folder} gibt es schon einen Haushalt.</translation>
    </message>
    <message>
        <source>{folder} holds Toward databases without a household file. Choose an empty folder, or restore the household file from a backup.</source>
        <translation>{folder} enthält Toward-Datenbanken ohne Haushaltsdatei. Wähle einen leeren Ordner oder stelle die Haushaltsdatei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>There is already a partner called {cleaned}.</source>
        <translation>Es gibt schon eine Person namens {cleaned}.</translation>
    </message>
    <message>
        <source>There is already a partner called {name}.</source>
        <translation>Es gibt schon eine Person namens {name}.</translation>
    </message>
    <message>
        <source>A household has two partners; both are already here.</source>
        <translation>Ein Haushalt hat zwei Personen; beide sind schon da.</translation>
    </message>
    <message>
        <source>Adding the second partner needs the first partner&apos;s unlocked session.</source>
        <translation>Um die zweite Person hinzuzufügen, braucht es die entsperrte Sitzung der ersten.</translation>
    </message>
    <message>
        <source>{name} has no recovery code.</source>
        <translation>{name} hat keinen Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>This computer has no keyring, so the household cannot be bound to it.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund, daher kann der Haushalt nicht an ihn gebunden werden.</translation>
    </message>
    <message>
        <source>{name} needs updating for this version of Toward, which cannot be done while {folder} is read-only.</source>
        <translation>{name} muss für diese Version von Toward aktualisiert werden; das geht nicht, solange {folder} schreibgeschützt ist.</translation>
    </message>
    <message>
        <source>{folder} is open read-only: nothing can be changed.</source>
        <translation>{folder} ist schreibgeschützt geöffnet: Nichts lässt sich ändern.</translation>
    </message>
    <message>
        <source>{folder} now holds a different household.</source>
        <translation>In {folder} liegt jetzt ein anderer Haushalt.</translation>
    </message>
    <message>
        <source>That session belongs to another household.</source>
        <translation>Diese Sitzung gehört zu einem anderen Haushalt.</translation>
    </message>
    <message>
        <source>{name} is not in this household.</source>
        <translation>{name} gehört nicht zu diesem Haushalt.</translation>
    </message>
    <message>
        <source>{name}&apos;s password is bound to the computer it was set on, and this computer&apos;s keyring does not have that key. Use your recovery code to get in and set your password again.</source>
        <translation>Das Passwort von {name} ist an den Computer gebunden, auf dem es festgelegt wurde, und der Schlüsselbund dieses Computers hat den Schlüssel nicht. Komm mit deinem Wiederherstellungscode hinein und lege dein Passwort neu fest.</translation>
    </message>
    <message>
        <source>No partner called {name_or_id} in this household.</source>
        <translation>In diesem Haushalt heißt niemand {name_or_id}.</translation>
    </message>
    <message>
        <source>That recovery code doesn&apos;t open {name}&apos;s space.</source>
        <translation>Mit diesem Wiederherstellungscode lässt sich der Bereich von {name} nicht öffnen.</translation>
    </message>
    <message>
        <source>That password doesn&apos;t open {name}&apos;s space.</source>
        <translation>Mit diesem Passwort lässt sich der Bereich von {name} nicht öffnen.</translation>
    </message>
    <message>
        <source>A password needs at least {MIN_PASSWORD_LENGTH} characters.</source>
        <translation>Ein Passwort braucht mindestens {MIN_PASSWORD_LENGTH} Zeichen.</translation>
    </message>
    <message>
        <source>Please give a name.</source>
        <translation>Bitte gib einen Namen ein.</translation>
    </message>
    <message>
        <source>A name can be at most {MAX_NAME_LENGTH} characters.</source>
        <translation>Ein Name kann höchstens {MAX_NAME_LENGTH} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>A name cannot contain control or formatting characters.</source>
        <translation>Ein Name darf keine Steuer- oder Formatierungszeichen enthalten.</translation>
    </message>
    <message>
        <source>A bid&apos;s time needs its time zone.</source>
        <translation>Die Zeit eines Kontaktangebots braucht ihre Zeitzone.</translation>
    </message>
    <message>
        <source>A bid cannot be logged in the future.</source>
        <translation>Ein Kontaktangebot kann nicht in der Zukunft notiert werden.</translation>
    </message>
    <message>
        <source>This bid was already turned toward.</source>
        <translation>Diesem Kontaktangebot wurde sich schon zugewandt.</translation>
    </message>
    <message>
        <source>The {what} can be at most {MAX_TEXT} characters.</source>
        <translation>{what}: höchstens {MAX_TEXT} Zeichen.</translation>
    </message>
    <message>
        <source>{value} is not a kind of bid Toward knows.</source>
        <translation>{value} ist keine Art von Kontaktangebot, die Toward kennt.</translation>
    </message>
    <message>
        <source>{value} is not an answer Toward knows.</source>
        <translation>{value} ist keine Antwort, die Toward kennt.</translation>
    </message>
    <message>
        <source>Mood is a number from 1 (heavy) to 5 (bright).</source>
        <translation>Die Stimmung ist eine Zahl von 1 (schwer) bis 5 (heiter).</translation>
    </message>
    <message>
        <source>Bid patterns cover days {calendar_words}.</source>
        <translation>Muster von Kontaktangeboten liegen in diesem Bereich: {calendar_words}.</translation>
    </message>
    <message>
        <source>{sorted} are not check-in questions.</source>
        <translation>{sorted} sind keine Check-in-Fragen.</translation>
    </message>
    <message>
        <source>Each answer is one of the five steps, or left out.</source>
        <translation>Jede Antwort ist eine der fünf Stufen oder bleibt leer.</translation>
    </message>
    <message>
        <source>Answer at least one question.</source>
        <translation>Beantworte mindestens eine Frage.</translation>
    </message>
    <message>
        <source>A note can be at most {MAX_NOTE} characters.</source>
        <translation>Eine Notiz kann höchstens {MAX_NOTE} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>{value} is not a PNG, JPEG, GIF or WebP picture.</source>
        <translation>{value} ist kein PNG-, JPEG-, GIF- oder WebP-Bild.</translation>
    </message>
    <message>
        <source>{value} is {value2} MB; the limit is {value3} MB.</source>
        <translation>{value} hat {value2} MB; die Grenze liegt bei {value3} MB.</translation>
    </message>
    <message>
        <source>This entry no longer exists; the picture was not kept.</source>
        <translation>Diesen Eintrag gibt es nicht mehr; das Bild wurde nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>An entry can hold at most {MAX_IMAGES_PER_ENTRY} pictures.</source>
        <translation>Ein Eintrag kann höchstens {MAX_IMAGES_PER_ENTRY} Bilder enthalten.</translation>
    </message>
    <message>
        <source>This entry is too long to save ({len} characters; the limit is {MAX_BODY}). Split it into several entries.</source>
        <translation>Dieser Eintrag ist zu lang zum Speichern ({len} Zeichen; die Grenze liegt bei {MAX_BODY}). Teile ihn auf mehrere Einträge auf.</translation>
    </message>
    <message>
        <source>Unknown kind of trust: {exc}</source>
        <translation>Unbekannte Art von Vertrauen: {exc}</translation>
    </message>
    <message>
        <source>An entry can have at most {MAX_TAGS} tags.</source>
        <translation>Ein Eintrag kann höchstens {MAX_TAGS} Schlagwörter haben.</translation>
    </message>
    <message>
        <source>Replies go under entries in the shared journal.</source>
        <translation>Antworten stehen unter Einträgen im gemeinsamen Tagebuch.</translation>
    </message>
    <message>
        <source>Write a few words first.</source>
        <translation>Schreib zuerst ein paar Worte.</translation>
    </message>
    <message>
        <source>A reply can be at most {MAX_REPLY} characters.</source>
        <translation>Eine Antwort kann höchstens {MAX_REPLY} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>This entry is no longer in the shared journal.</source>
        <translation>Dieser Eintrag ist nicht mehr im gemeinsamen Tagebuch.</translation>
    </message>
    <message>
        <source>The agreed time is 0 to {MAX_DAYS} days.</source>
        <translation>Die vereinbarte Zeit liegt zwischen 0 und {MAX_DAYS} Tagen.</translation>
    </message>
    <message>
        <source>The amount in an agreement cannot be negative.</source>
        <translation>Der Betrag in einer Vereinbarung kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>This proposal is no longer waiting for a confirmation.</source>
        <translation>Dieser Vorschlag wartet nicht mehr auf eine Bestätigung.</translation>
    </message>
    <message>
        <source>A confirmed agreement changes only by a new one.</source>
        <translation>Eine bestätigte Vereinbarung ändert sich nur durch eine neue.</translation>
    </message>
    <message>
        <source>The {what} can be at most {limit} characters.</source>
        <translation>{what}: höchstens {limit} Zeichen.</translation>
    </message>
    <message>
        <source>Write the {value} first.</source>
        <translation>Bitte zuerst ausfüllen: {value}.</translation>
    </message>
    <message>
        <source>This disclosure was already corrected; correct the latest.</source>
        <translation>Diese Offenlegung wurde schon korrigiert; korrigiere die neueste.</translation>
    </message>
    <message>
        <source>Say in a few words what the correction changes.</source>
        <translation>Sag in ein paar Worten, was die Korrektur ändert.</translation>
    </message>
    <message>
        <source>A purchase needs its date.</source>
        <translation>Ein Kauf braucht sein Datum.</translation>
    </message>
    <message>
        <source>A purchase date cannot be in the future.</source>
        <translation>Das Datum eines Kaufs kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>A purchase date before {year} ({isoformat}) looks like a mistyped year; check it.</source>
        <translation>Ein Kaufdatum vor {year} ({isoformat}) sieht nach einem Tippfehler im Jahr aus; prüf es bitte.</translation>
    </message>
    <message>
        <source>A purchase needs an amount with its currency.</source>
        <translation>Ein Kauf braucht einen Betrag mit Währung.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>A period covers days {calendar_words}.</source>
        <translation>Ein Zeitraum liegt in diesem Bereich: {calendar_words}.</translation>
    </message>
    <message>
        <source>The {what} must be text.</source>
        <translation>{what}: Hier muss Text stehen.</translation>
    </message>
    <message>
        <source>Say in a few words what you will practise.</source>
        <translation>Sag in ein paar Worten, was ihr üben wollt.</translation>
    </message>
    <message>
        <source>How often is 1 to {MAX_PER_WEEK} times a week.</source>
        <translation>Wie oft: 1 bis {MAX_PER_WEEK} Mal pro Woche.</translation>
    </message>
    <message>
        <source>This practice was set aside; times are no longer logged.</source>
        <translation>Diese Übung wurde beiseitegelegt; es wird nicht mehr festgehalten, wann geübt wurde.</translation>
    </message>
    <message>
        <source>A time practised cannot be in the future.</source>
        <translation>Ein Übungszeitpunkt kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>A day is {calendar_words}.</source>
        <translation>Ein Tag liegt in diesem Bereich: {calendar_words}.</translation>
    </message>
    <message>
        <source>This agreement was set aside; moments are no longer logged.</source>
        <translation>Diese Vereinbarung wurde beiseitegelegt; es werden keine Momente mehr festgehalten.</translation>
    </message>
    <message>
        <source>{kind} is not a kind of moment Toward knows.</source>
        <translation>{kind} ist keine Art von Moment, die Toward kennt.</translation>
    </message>
    <message>
        <source>Write what the {what} is.</source>
        <translation>Bitte ausfüllen: {what}.</translation>
    </message>
    <message>
        <source>A due date is a calendar day.</source>
        <translation>Ein Fälligkeitsdatum ist ein Kalendertag.</translation>
    </message>
    <message>
        <source>A due date cannot be in the past.</source>
        <translation>Ein Fälligkeitsdatum kann nicht in der Vergangenheit liegen.</translation>
    </message>
    <message>
        <source>{what} needs its time zone.</source>
        <translation>{what}: Die Zeitzone fehlt.</translation>
    </message>
    <message>
        <source>{what} cannot be in the future.</source>
        <translation>{what}: Das kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>A promise is made to your partner. An intention of your own belongs in your private journal.</source>
        <translation>Ein Versprechen gibst du deinem Gegenüber. Ein Vorsatz nur für dich gehört in dein privates Tagebuch.</translation>
    </message>
    <message>
        <source>A promise is made to your partner, who is not in Toward yet.</source>
        <translation>Ein Versprechen gibst du deinem Gegenüber, doch dein Gegenüber ist noch nicht bei Toward.</translation>
    </message>
    <message>
        <source>That day is before the promise was made, or still to come.</source>
        <translation>Dieser Tag liegt vor dem Versprechen oder noch in der Zukunft.</translation>
    </message>
    <message>
        <source>This promise was already settled.</source>
        <translation>Dieses Versprechen ist schon abgeschlossen.</translation>
    </message>
    <message>
        <source>No new terms are waiting for an answer on this promise.</source>
        <translation>Zu diesem Versprechen warten keine neuen Bedingungen auf eine Antwort.</translation>
    </message>
    <message>
        <source>The terms were changed again; have a look at the new ones.</source>
        <translation>Die Bedingungen wurden noch einmal geändert; sieh dir die neuen an.</translation>
    </message>
    <message>
        <source>This promise was already settled, or its terms changed again.</source>
        <translation>Dieses Versprechen ist schon abgeschlossen, oder seine Bedingungen wurden noch einmal geändert.</translation>
    </message>
    <message>
        <source>A repair conversation needs both partners in Toward.</source>
        <translation>Für ein Klärungsgespräch braucht es euch beide in Toward.</translation>
    </message>
    <message>
        <source>Say in a few words what the conversation is about.</source>
        <translation>Sag in ein paar Worten, worum es in dem Gespräch geht.</translation>
    </message>
    <message>
        <source>A topic can be at most {MAX_TOPIC} characters.</source>
        <translation>Ein Thema kann höchstens {MAX_TOPIC} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Your proposal is waiting for an answer already.</source>
        <translation>Dein Vorschlag wartet schon auf eine Antwort.</translation>
    </message>
    <message>
        <source>This time was already agreed.</source>
        <translation>Diese Zeit wurde schon vereinbart.</translation>
    </message>
    <message>
        <source>The time you proposed waits for your partner&apos;s answer.</source>
        <translation>Die Zeit, die du vorgeschlagen hast, wartet auf die Antwort deines Gegenübers.</translation>
    </message>
    <message>
        <source>Only the partner who started this conversation can withdraw it.</source>
        <translation>Nur wer dieses Gespräch begonnen hat, kann es zurückziehen.</translation>
    </message>
    <message>
        <source>A conversation under way can be paused, not withdrawn.</source>
        <translation>Ein laufendes Gespräch kann pausiert, aber nicht zurückgezogen werden.</translation>
    </message>
    <message>
        <source>Your partner&apos;s apology has not been revealed yet.</source>
        <translation>Die Entschuldigung deines Gegenübers ist noch nicht aufgedeckt.</translation>
    </message>
    <message>
        <source>Write the plan item first.</source>
        <translation>Schreib zuerst den Punkt für den Plan.</translation>
    </message>
    <message>
        <source>A plan item can be at most {MAX_PLAN_ITEM} characters.</source>
        <translation>Ein Punkt im Plan kann höchstens {MAX_PLAN_ITEM} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>This item is a promise or an agreement now; change it there.</source>
        <translation>Dieser Punkt ist jetzt ein Versprechen oder eine Vereinbarung; ändere ihn dort.</translation>
    </message>
    <message>
        <source>A promise needs your partner in Toward.</source>
        <translation>Für ein Versprechen braucht es dein Gegenüber in Toward.</translation>
    </message>
    <message>
        <source>Add at least one small step to the plan first.</source>
        <translation>Füge dem Plan zuerst mindestens einen kleinen Schritt hinzu.</translation>
    </message>
    <message>
        <source>A break lasts between a minute and a day.</source>
        <translation>Eine Pause dauert zwischen einer Minute und einem Tag.</translation>
    </message>
    <message>
        <source>This conversation is finished.</source>
        <translation>Dieses Gespräch ist abgeschlossen.</translation>
    </message>
    <message>
        <source>The plan is written together, not answered alone.</source>
        <translation>Der Plan wird gemeinsam geschrieben, nicht allein beantwortet.</translation>
    </message>
    <message>
        <source>Agree on a time to talk first.</source>
        <translation>Vereinbart zuerst eine Zeit zum Reden.</translation>
    </message>
    <message>
        <source>You are on a break. Resume when you both feel ready.</source>
        <translation>Ihr macht gerade eine Pause. Macht weiter, wenn ihr euch beide bereit fühlt.</translation>
    </message>
    <message>
        <source>The two of you are on another step now.</source>
        <translation>Ihr seid jetzt beide bei einem anderen Schritt.</translation>
    </message>
    <message>
        <source>The plan comes once you have both apologized.</source>
        <translation>Der Plan kommt, sobald ihr euch beide entschuldigt habt.</translation>
    </message>
    <message>
        <source>This item is already a promise or an agreement.</source>
        <translation>Dieser Punkt ist schon ein Versprechen oder eine Vereinbarung.</translation>
    </message>
    <message>
        <source>Promises are not available in this version of Toward.</source>
        <translation>Versprechen gibt es in dieser Version von Toward nicht.</translation>
    </message>
    <message>
        <source>{value} is not a kind of topic Toward knows.</source>
        <translation>{value} ist keine Art von Thema, die Toward kennt.</translation>
    </message>
    <message>
        <source>A finishing time needs its time zone.</source>
        <translation>Ein Endzeitpunkt braucht seine Zeitzone.</translation>
    </message>
    <message>
        <source>A conversation can only finish after it began, and not later than now.</source>
        <translation>Ein Gespräch kann erst nach seinem Beginn enden, und nicht später als jetzt.</translation>
    </message>
    <message>
        <source>This answer was already submitted; it can no longer be changed.</source>
        <translation>Diese Antwort wurde schon abgeschickt; sie lässt sich nicht mehr ändern.</translation>
    </message>
    <message>
        <source>You have already answered this step.</source>
        <translation>Du hast diesen Schritt schon beantwortet.</translation>
    </message>
    <message>
        <source>Write a few words first; there is no right length.</source>
        <translation>Schreib zuerst ein paar Worte; es gibt keine richtige Länge.</translation>
    </message>
    <message>
        <source>An answer can be at most {MAX_ANSWER} characters.</source>
        <translation>Eine Antwort kann höchstens {MAX_ANSWER} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>{topic} is not a topic Toward knows.</source>
        <translation>{topic} ist kein Thema, das Toward kennt.</translation>
    </message>
    <message>
        <source>Only a proposal of yours still waiting for an answer can go.</source>
        <translation>Zurückziehen lässt sich nur ein eigener Vorschlag, der noch auf eine Antwort wartet.</translation>
    </message>
    <message>
        <source>Thoughts on one question can be at most {MAX_PREP} characters.</source>
        <translation>Gedanken zu einer Frage können höchstens {MAX_PREP} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Notes can be at most {MAX_NOTES} characters.</source>
        <translation>Notizen können höchstens {MAX_NOTES} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Write the one small thing you agree on first.</source>
        <translation>Schreibt zuerst die eine kleine Sache, auf die ihr euch einigt.</translation>
    </message>
    <message>
        <source>An agreement can be at most {MAX_AGREEMENT} characters.</source>
        <translation>Eine Vereinbarung kann höchstens {MAX_AGREEMENT} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>This conversation has been had; its notes stay as they are.</source>
        <translation>Dieses Gespräch wurde geführt; seine Notizen bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>A conversation ends after it was planned, and not later than now.</source>
        <translation>Ein Gespräch endet nach seiner Planung, und nicht später als jetzt.</translation>
    </message>
    <message>
        <source>A question must be text.</source>
        <translation>Eine Frage muss Text sein.</translation>
    </message>
    <message>
        <source>Write the question or topic you want to bring up.</source>
        <translation>Schreib die Frage oder das Thema auf, das du ansprechen möchtest.</translation>
    </message>
    <message>
        <source>A question can be at most {MAX_TEXT} characters.</source>
        <translation>Eine Frage kann höchstens {MAX_TEXT} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Finish the round you have started first.</source>
        <translation>Schließe zuerst die Runde ab, die du angefangen hast.</translation>
    </message>
    <message>
        <source>You have answered this round already.</source>
        <translation>Du hast in dieser Runde schon geantwortet.</translation>
    </message>
    <message>
        <source>Write your guess first; a few words are plenty.</source>
        <translation>Schreib zuerst deine Vermutung; ein paar Worte genügen.</translation>
    </message>
    <message>
        <source>Write your own answer first; a few words are plenty.</source>
        <translation>Schreib zuerst deine eigene Antwort; ein paar Worte genügen.</translation>
    </message>
    <message>
        <source>Keep your guess under {limit} characters.</source>
        <translation>Deine Vermutung darf höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Keep your own answer under {limit} characters.</source>
        <translation>Deine Antwort darf höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>{record}: {column} is not text.</source>
        <translation>{record}: {column} ist kein Text.</translation>
    </message>
    <message>
        <source>{record}: {column} holds {length} characters; at most {limit} fit.</source>
        <translation>{record}: {column} enthält {length} Zeichen; höchstens {limit} passen hinein.</translation>
    </message>
    <message>
        <source>{record}: {column} holds a NUL character.</source>
        <translation>{record}: {column} enthält ein NUL-Zeichen.</translation>
    </message>
    <message>
        <source>{record}: {column} holds characters that are not valid text.</source>
        <translation>{record}: {column} enthält Zeichen, die kein gültiger Text sind.</translation>
    </message>
    <message>
        <source>{record}: {column} is not a moment Toward can read.</source>
        <translation>{record}: {column} ist kein Zeitpunkt, den Toward lesen kann.</translation>
    </message>
    <message>
        <source>{record}: {column} {value} is not a moment Toward can read.</source>
        <translation>{record}: {column} {value} ist kein Zeitpunkt, den Toward lesen kann.</translation>
    </message>
    <message>
        <source>{record}: {column} {value} has no time zone.</source>
        <translation>{record}: {column} {value} hat keine Zeitzone.</translation>
    </message>
    <message>
        <source>{record}: {column} {value} is not a date written as YYYY-MM-DD.</source>
        <translation>{record}: {column} {value} ist kein Datum in der Form JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>{record}: {column} {value} is not a date that exists.</source>
        <translation>{record}: {column} {value} ist kein Datum, das es gibt.</translation>
    </message>
    <message>
        <source>{record}: {column} {value} is outside the years {first} to {last}.</source>
        <translation>{record}: {column} {value} liegt außerhalb der Jahre {first} bis {last}.</translation>
    </message>
    <message>
        <source>{record}: {column} {value} is not a whole number.</source>
        <translation>{record}: {column} {value} ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>{record}: {column} {value} is not between {low} and {high}.</source>
        <translation>{record}: {column} {value} liegt nicht zwischen {low} und {high}.</translation>
    </message>
    <message>
        <source>{record}: {column} {value} is not a value Toward knows.</source>
        <translation>{record}: {column} {value} ist kein Wert, den Toward kennt.</translation>
    </message>
    <message>
        <source>{record}: {column} holds a value Toward does not know.</source>
        <translation>{record}: {column} enthält einen Wert, den Toward nicht kennt.</translation>
    </message>
    <message>
        <source>{record}: {column} {value} is not a currency code Toward knows.</source>
        <translation>{record}: {column} {value} ist kein Währungscode, den Toward kennt.</translation>
    </message>
    <message>
        <source>{record}: {column} is not written as Toward writes it.</source>
        <translation>{record}: {column} ist nicht so geschrieben, wie Toward es schreibt.</translation>
    </message>
    <message>
        <source>Choose a comma, semicolon, tab or bar between columns.</source>
        <translation>Wähle ein Komma, ein Semikolon, einen Tabulator oder einen senkrechten Strich zwischen den Spalten.</translation>
    </message>
    <message>
        <source>{layout} is not a date layout Toward offers.</source>
        <translation>{layout} ist keine Datumsschreibweise, die Toward anbietet.</translation>
    </message>
    <message>
        <source>The decimal separator is a point or a comma.</source>
        <translation>Das Dezimaltrennzeichen ist ein Punkt oder ein Komma.</translation>
    </message>
    <message>
        <source>{encoding} is not an encoding Toward offers.</source>
        <translation>{encoding} ist keine Zeichenkodierung, die Toward anbietet.</translation>
    </message>
    <message>
        <source>Choose the column with the amount.</source>
        <translation>Wähle die Spalte mit dem Betrag.</translation>
    </message>
    <message>
        <source>Line {line}: this is not {encoding} text; a character is cut short or garbled.</source>
        <translation>Zeile {line}: Das ist kein {encoding}-Text; ein Zeichen ist abgeschnitten oder verstümmelt.</translation>
    </message>
    <message>
        <source>Line {line}: this is not {encoding} text; try another encoding.</source>
        <translation>Zeile {line}: Das ist kein {encoding}-Text; versuche eine andere Zeichenkodierung.</translation>
    </message>
    <message>
        <source>Line {line}: a cell is far too long to be part of a statement.</source>
        <translation>Zeile {line}: Eine Zelle ist viel zu lang für einen Kontoauszug.</translation>
    </message>
    <message numerus="yes">
        <source>Line {line}: it has %n columns, but the layout needs {needed}; check the separator.</source>
        <translation>
            <numerusform>Zeile {line}: Sie hat %n Spalte, das Format braucht aber {needed}; prüfe das Trennzeichen.</numerusform>
            <numerusform>Zeile {line}: Sie hat %n Spalten, das Format braucht aber {needed}; prüfe das Trennzeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line {line}: the file ends with no statement rows after the header.</source>
        <translation>Zeile {line}: Die Datei endet ohne Buchungszeilen nach der Kopfzeile.</translation>
    </message>
    <message>
        <source>Line {line}: the file ends with no statement rows.</source>
        <translation>Zeile {line}: Die Datei endet ohne Buchungszeilen.</translation>
    </message>
    <message>
        <source>Line {line}: an empty cell is not a date written as {layout}.</source>
        <translation>Zeile {line}: Eine leere Zelle ist kein Datum in der Form {layout}.</translation>
    </message>
    <message>
        <source>Line {line}: {value} is not a date written as {layout}.</source>
        <translation>Zeile {line}: {value} ist kein Datum in der Form {layout}.</translation>
    </message>
    <message>
        <source>Line {line}: {value} is not an amount ({problem}).</source>
        <translation>Zeile {line}: {value} ist kein Betrag ({problem}).</translation>
    </message>
    <message>
        <source>Line {line}: the amount is empty.</source>
        <translation>Zeile {line}: Der Betrag ist leer.</translation>
    </message>
    <message>
        <source>Line {line}: both the debit and the credit are empty.</source>
        <translation>Zeile {line}: Soll und Haben sind beide leer.</translation>
    </message>
    <message>
        <source>Line {line}: the file cannot be read as CSV ({problem}).</source>
        <translation>Zeile {line}: Die Datei lässt sich nicht als CSV lesen ({problem}).</translation>
    </message>
    <message>
        <source>Line {line}: the payee is longer than {most} characters.</source>
        <translation>Zeile {line}: Der Empfänger ist länger als {most} Zeichen.</translation>
    </message>
    <message>
        <source>Line {line}: the account is longer than {most} characters.</source>
        <translation>Zeile {line}: Das Konto ist länger als {most} Zeichen.</translation>
    </message>
    <message>
        <source>Line {line}: the file ends without a bank or card statement (&lt;STMTRS&gt; or &lt;CCSTMTRS&gt;).</source>
        <translation>Zeile {line}: Die Datei endet ohne Konto- oder Kartenauszug (&lt;STMTRS&gt; oder &lt;CCSTMTRS&gt;).</translation>
    </message>
    <message>
        <source>Line {line}: the statement&apos;s currency {value} is not one Toward knows.</source>
        <translation>Zeile {line}: Die Währung des Auszugs, {value}, kennt Toward nicht.</translation>
    </message>
    <message>
        <source>Line {line}: the statement has no transactions.</source>
        <translation>Zeile {line}: Der Auszug enthält keine Buchungen.</translation>
    </message>
    <message>
        <source>Line {line}: the file does not start like an OFX or QFX statement.</source>
        <translation>Zeile {line}: Die Datei beginnt nicht wie ein OFX- oder QFX-Auszug.</translation>
    </message>
    <message>
        <source>Line {line}: a tag here is broken or does not match.</source>
        <translation>Zeile {line}: Ein Tag hier ist kaputt oder passt nicht.</translation>
    </message>
    <message>
        <source>Line {line}: the file ends before every section is closed.</source>
        <translation>Zeile {line}: Die Datei endet, bevor jeder Abschnitt geschlossen ist.</translation>
    </message>
    <message>
        <source>Line {line}: the file ends early (no &lt;/OFX&gt;); it may have been cut off.</source>
        <translation>Zeile {line}: Die Datei endet zu früh (kein &lt;/OFX&gt;); vielleicht wurde sie abgeschnitten.</translation>
    </message>
    <message>
        <source>Line {line}: a &lt;![CDATA[ section is not closed on its line.</source>
        <translation>Zeile {line}: Ein &lt;![CDATA[-Abschnitt wird in seiner Zeile nicht geschlossen.</translation>
    </message>
    <message>
        <source>Line {line}: the date {value} is not a date (YYYYMMDD).</source>
        <translation>Zeile {line}: Das Datum {value} ist kein Datum (JJJJMMTT).</translation>
    </message>
    <message>
        <source>Line {line}: the amount {value} is not usable ({problem}).</source>
        <translation>Zeile {line}: Der Betrag {value} ist nicht verwendbar ({problem}).</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>Zeile {line}: {problem}</translation>
    </message>
    <message>
        <source>The file is {size} MB; statements up to {most} MB can be imported.</source>
        <translation>Die Datei ist {size} MB groß; Auszüge bis {most} MB lassen sich importieren.</translation>
    </message>
    <message>
        <source>Line {line}: the file is empty.</source>
        <translation>Zeile {line}: Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Line {line}: the file holds more than {most} rows; split it first.</source>
        <translation>Zeile {line}: Die Datei hat mehr als {most} Zeilen; teile sie zuerst auf.</translation>
    </message>
    <message>
        <source>{target} already holds files. Choose an empty or a new folder, so nothing there is overwritten.</source>
        <translation>In {target} liegen schon Dateien. Wähle einen leeren oder neuen Ordner, damit dort nichts überschrieben wird.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Den Ordner {folder} gibt es nicht.</translation>
    </message>
    <message>
        <source>Choose an archive password of at least {least} characters.</source>
        <translation>Wähle ein Archivpasswort mit mindestens {least} Zeichen.</translation>
    </message>
    <message>
        <source>{target} is a folder; give a file name ending in .zip.</source>
        <translation>{target} ist ein Ordner; gib einen Dateinamen an, der auf .zip endet.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full.</source>
        <translation>Der Datenträger mit {folder} ist voll.</translation>
    </message>
    <message>
        <source>Could not write {target}: {reason}.</source>
        <translation>{target} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>{name} is empty: the file was truncated. Toward has not opened or changed it: its files are kept as they are. Restore your last backup; the damaged files are then kept aside, whole.</source>
        <translation>{name} ist leer: Die Datei wurde abgeschnitten. Toward hat sie nicht geöffnet und nicht verändert: Ihre Dateien bleiben, wie sie sind. Stelle deine letzte Sicherung wieder her; die beschädigten Dateien werden dann unversehrt beiseitegelegt.</translation>
    </message>
    <message>
        <source>{name} is cut short (not whole pages). Toward has not opened or changed it: its files are kept as they are. Restore your last backup; the damaged files are then kept aside, whole.</source>
        <translation>{name} ist abgeschnitten (keine ganzen Seiten). Toward hat sie nicht geöffnet und nicht verändert: Ihre Dateien bleiben, wie sie sind. Stelle deine letzte Sicherung wieder her; die beschädigten Dateien werden dann unversehrt beiseitegelegt.</translation>
    </message>
    <message>
        <source>{name} cannot be opened safely: {reason}. Toward has not opened or changed it: its files are kept as they are. Restore your last backup; the damaged files are then kept aside, whole.</source>
        <translation>{name} lässt sich nicht sicher öffnen: {reason}. Toward hat sie nicht geöffnet und nicht verändert: Ihre Dateien bleiben, wie sie sind. Stelle deine letzte Sicherung wieder her; die beschädigten Dateien werden dann unversehrt beiseitegelegt.</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be opened. Toward has not opened or changed it: its files are kept as they are. Restore your last backup; the damaged files are then kept aside, whole.</source>
        <translation>{name} ist beschädigt und lässt sich nicht öffnen. Toward hat sie nicht geöffnet und nicht verändert: Ihre Dateien bleiben, wie sie sind. Stelle deine letzte Sicherung wieder her; die beschädigten Dateien werden dann unversehrt beiseitegelegt.</translation>
    </message>
    <message>
        <source>{name} is missing from the data folder.</source>
        <translation>{name} fehlt im Datenordner.</translation>
    </message>
    <message>
        <source>The disk holding the household is full. Nothing was changed. Free some space, then try again.</source>
        <translation>Der Datenträger mit dem Haushalt ist voll. Es wurde nichts verändert. Mach etwas Platz frei und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full. Nothing was changed. Free some space, then try again.</source>
        <translation>Der Datenträger mit {folder} ist voll. Es wurde nichts verändert. Mach etwas Platz frei und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <source>Toward cannot write to the household: it is read-only for this account (it may belong to another account on this computer). Nothing was changed.</source>
        <translation>Toward kann nicht in den Haushalt schreiben: Er ist für dieses Benutzerkonto schreibgeschützt (vielleicht gehört er einem anderen Konto auf diesem Computer). Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Toward cannot write to {name} in {folder}: it is read-only for this account (it may belong to another account on this computer). Nothing was changed.</source>
        <translation>Toward kann nicht in {name} in {folder} schreiben: Die Datei ist für dieses Benutzerkonto schreibgeschützt (vielleicht gehört sie einem anderen Konto auf diesem Computer). Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Toward cannot open part of the household&apos;s data.</source>
        <translation>Toward kann einen Teil der Daten des Haushalts nicht öffnen.</translation>
    </message>
    <message>
        <source>Toward cannot open {name} in {folder}.</source>
        <translation>Toward kann {name} in {folder} nicht öffnen.</translation>
    </message>
    <message>
        <source>Part of the household&apos;s data is damaged and could not be read. Nothing was changed. Run `toward doctor` to see which file, and restore it from a backup.</source>
        <translation>Ein Teil der Daten des Haushalts ist beschädigt und ließ sich nicht lesen. Es wurde nichts verändert. Mit `toward doctor` siehst du, welche Datei es ist; stelle sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>A key slot names an unknown key-derivation method.</source>
        <translation>Ein Schlüsselplatz nennt ein unbekanntes Verfahren zur Schlüsselableitung.</translation>
    </message>
    <message>
        <source>A key slot&apos;s parameters are unreadable.</source>
        <translation>Die Parameter eines Schlüsselplatzes sind nicht lesbar.</translation>
    </message>
    <message>
        <source>A key slot is unreadable.</source>
        <translation>Ein Schlüsselplatz ist nicht lesbar.</translation>
    </message>
    <message>
        <source>A key slot is missing a key.</source>
        <translation>Einem Schlüsselplatz fehlt ein Schlüssel.</translation>
    </message>
    <message>
        <source>A partner entry is unreadable.</source>
        <translation>Der Eintrag einer Person ist nicht lesbar.</translation>
    </message>
    <message>
        <source>{name} has no password slot.</source>
        <translation>{name} hat keinen Passwort-Platz.</translation>
    </message>
    <message>
        <source>The household file is damaged: it is far too large.</source>
        <translation>Die Haushaltsdatei ist beschädigt: Sie ist viel zu groß.</translation>
    </message>
    <message>
        <source>The household file is damaged.</source>
        <translation>Die Haushaltsdatei ist beschädigt.</translation>
    </message>
    <message>
        <source>No household in {folder}.</source>
        <translation>In {folder} ist kein Haushalt.</translation>
    </message>
    <message>
        <source>A wrapped key is unreadable.</source>
        <translation>Ein verpackter Schlüssel ist nicht lesbar.</translation>
    </message>
    <message>
        <source>Toward is busy with this household: it is open in Toward, or another change is being made right now. Close Toward (or wait a moment), then try again. Nothing was changed.</source>
        <translation>Toward ist gerade mit diesem Haushalt beschäftigt: Er ist in Toward geöffnet, oder gerade wird eine andere Änderung gemacht. Schließe Toward (oder warte einen Moment) und versuche es dann noch einmal. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Toward is busy with this household ({folder}): it is open in Toward, or another change is being made right now. Close Toward (or wait a moment), then try again. Nothing was changed.</source>
        <translation>Toward ist gerade mit diesem Haushalt ({folder}) beschäftigt: Er ist in Toward geöffnet, oder gerade wird eine andere Änderung gemacht. Schließe Toward (oder warte einen Moment) und versuche es dann noch einmal. Es wurde nichts verändert.</translation>
    </message>
</context>
</TS>
