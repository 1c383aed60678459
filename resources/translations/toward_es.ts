<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>cli.backup</name>
    <message>
        <source>write one backup file of the household (still encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the household file and the encrypted databases, exactly as they are, into one backup file, then check the copy. Safe while Toward is running. An existing file is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup file to write (e.g. toward.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore a backup file into an empty data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpack a backup into the data folder (--data-dir), which must be empty or not exist yet; nothing is ever overwritten. A partner&apos;s password (prompted, or one line on standard input) proves the backup opens before the restore finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whose password is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Backed up the household in {folder} to {out} (%n files, {size} KiB, checked).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Whose password will you give?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toward restore: say whose password you will give with --partner NAME ({names}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toward restore: a password is needed to prove the backup opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup of {when} into {folder}; {name}&apos;s password opens it and its databases pass their checks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.data</name>
    <message>
        <source>write everything you can read in open formats (JSON, Markdown, CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your private space and the shared space as a JSON document, Markdown journal files and CSV tables. Without --archive the files are NOT encrypted. With --archive they go into one AES-256 encrypted zip instead; its password is asked after yours (or read as the second line of standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whose data to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new or empty folder for the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one password-protected zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bring in a Toward export, a Day One export or a jrnl export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Toward export (folder, toward-export.json or zip), a Day One export (zip or Journal.json) or a jrnl JSON export. Journals from other apps go into your private journal. All of it is imported, or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file or export folder to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toward: give either --out DIR or --archive FILE.zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toward: no password was given for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toward: no archive password was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {counts} to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported nothing yet to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This archive is protected by a password; none was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.doctor</name>
    <message>
        <source>Restore the last backup (Settings, or `toward restore`); the damaged files are kept aside, whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No household in {folder}. Give its folder with --data-dir PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the household in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose password will you give?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has been set up yet, so there is no database to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household has two partners: say whose password that is with --partner NAME ({items}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases not checked: no password was given (see --partner NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner called {partner}. Partners: {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases not checked: no password was given for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{keystore_name} reads cleanly ({partners})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{backup_name} not there yet (it is made at the next change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{backup_name} reads cleanly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{backup_name} belongs to a different household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{backup_name} present and belongs to the same household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exc} The databases were not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password opens {name}&apos;s space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s private space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shared space</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n damaged parts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{label} ({name}) fails its integrity check ({count} found). Nothing was changed. {restore_advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} ({name}) passes its integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept aside, not applied: {what} (asked {when}). {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no password slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s password slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s password is bound to this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s password is bound to a computer whose key is not in this keyring; the recovery code still opens the space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has a recovery code slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no recovery code slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argon2id with {memory} MiB, {passes} passes, parallelism {lanes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {described}, below the floor Toward allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {described} (at or above the floor, below the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({label}) is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({label}) cannot be read: {strerror}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({label}) is empty: the file was truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({label}) is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({label}) is {size} bytes, not a whole number of pages: the file looks cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({label}): {damage}. Toward will not open it, so nothing more is lost. {restore_advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({label}) present, {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} cannot be written to: Toward can open it read-only (to read, and to make a backup), but nothing can be changed there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding {folder} is full or nearly ({size} free): new writing will be refused until there is room; nothing written is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no partners yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n partners</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Everything checked looks healthy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.export</name>
    <message>
        <source>It holds only your own words, so it is not noted in the export history your partner sees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper is a4 or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a PDF can be protected with a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toward export: say whose summary it is with --partner NAME ({names}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toward export: no password was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password for the PDF: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toward export: --protect needs a password for the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the summary for {period} to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who gets this file can read it. Keep it safe, or use --protect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} is a date like 2026-03-31, not {text}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name ends in .pdf or .md, which says the format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} already exists; choose another name or move it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note file cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note can be at most {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.main</name>
    <message>
        <source>--demo makes its own temporary household; it takes no --data-dir or command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward: a private, encrypted companion for a couple working on trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a throwaway household with sample data (removed on exit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the household&apos;s files and, with a password, its databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the keystore and database files; given a partner&apos;s password (prompted, or one line on standard input), run the encrypted databases&apos; integrity checks. Exit code 0: healthy; 1: a problem was found or a check could not be done; 2: usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whose password is given (needed with two partners)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a summary for a couples therapist (PDF or Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a therapy summary of a period as the partner would see it in Toward. The partner&apos;s password is prompted for, or read as the first line of standard input; with --protect the PDF&apos;s password follows (prompted, or the next line). The export is noted in the export history both partners see, unless it is for an individual session (--individual): that holds only your own words, so it is not noted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whose summary (needed with two)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any of note, since, practices, bids, ledger, promises, repairs, talks, journal (default: all of these); questions and checkins are ticked in the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.pdf or FILE.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a4 (default) or letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protect the PDF with a password (AES-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what you want to talk about, from a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for an individual session: only your own words, not noted in the shared history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the household&apos;s data folder (also ${variable}; default: the app-data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log what happens to standard error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system has no app-data folder; give one with --data-dir PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo household in {folder} (removed on exit)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.qt_platform</name>
    <message>
        <source>Toward can&apos;t open its window: the system libraries Qt needs to draw on this desktop are not all installed (missing: {files}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the packages that provide them with your system&apos;s package manager (on Debian or Ubuntu: `{command}`), then start Toward again. Nothing was opened or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {system}, install them with `{command}`, then start Toward again. Nothing was opened or changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.sync</name>
    <message>
        <source>Linked the household in {data} to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this code to your partner, by voice or in person; it works once, for 7 days. On their computer: toward sync join FOLDER --name THEIR-NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toward: no password was given for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toward: no password was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code your partner gave you: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toward: give the code, then a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} joined the household in {data}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery code (write it down and keep it safe; it is shown once): {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household is not linked to a sync folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: up to date, last heard {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: waiting for changes since {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Changes applied from other computers: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes sent: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core.bids</name>
    <message>
        <source>Research context, not a grade: in John Gottman&apos;s study of newlywed couples, those still together six years later had turned toward each other&apos;s bids about 86% of the time; those who had separated, about 33%. (Gottman &amp; DeClaire, The Relationship Cure, 2001.) Every couple&apos;s numbers move from week to week.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core.labels</name>
    <message>
        <source>a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a request for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sigh or a look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turned toward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turned away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turned against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heavy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>talked it through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renegotiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A broken agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something kept secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A breach of trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core.ledger.agreement</name>
    <message>
        <source>We tell each other about any purchase over {amount} the same day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>We tell each other about any purchase over {amount} within %n days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core.operations</name>
    <message>
        <source>Sharing one of your records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something of your partner&apos;s already stood where its shared copy would go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking one of your records back from the shared space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its shared copy was not yours to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosing a purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared ledger already held a line in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correcting a disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That disclosure had already been corrected in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revealing your answer in a repair conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer stays sealed until both of you have answered; yours waits in your space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revealing your answer in a knowing round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing records into both spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared space already held some of them in their place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change to your private and shared spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared space no longer allowed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of it was half applied: the shared space took none of it, and your own space is as it was before you asked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core.period</name>
    <message>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core.reminders</name>
    <message>
        <source>A good moment to check in with each other?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>packaging.metadata</name>
    <message>
        <source>Couple&apos;s Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private, encrypted companion for a couple rebuilding or deepening trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal;couple;relationship;trust;private;encrypted;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private, encrypted companion for a couple working on trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward is a desktop app for two people who want to rebuild or deepen the trust between them. Each partner has a private space that only their own password opens, and the couple shares a space they both read and write. Nothing moves from private to shared unless its author chooses to share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: log a bid for connection in seconds and see what waits for you, gently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal for each partner and a shared one, with prompts; share a whole entry or some of its paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bids for connection: notice the small reaches for each other and how they are met, without a score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money: write purchases down privately, then disclose them to your partner, who can acknowledge or ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises and standing agreements, kept, renegotiated or released together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair conversations after a fight, step by step, with answers that stay sealed until both have written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned conversations on the big topics of a shared life, ending in one small agreement, and a light round of how well you know each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between therapy sessions: practices your therapist suggested, your own questions to bring, and a private weekly check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calm PDF or Markdown summary of a period to bring to a couples therapist, or one of only your own words for an individual session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together mode: the second partner unlocks into the same window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything stays on this computer, encrypted with SQLCipher; no account, no cloud; encrypted backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock screen: each partner opens their own space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: log a bid for connection and see the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal: private entries, with the shared journal a click away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bids for connection, and the ones you could still meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money: purchases disclosed to each other, and how they were received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises: what each of you said you would do, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair conversations: a time to talk and steps taken together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talks: planned conversations on the big topics, and how well you know each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For therapy: a summary of a period for your couples therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings: your password, locking and a shared computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sync.exchange</name>
    <message>
        <source>That session belongs to another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household is already linked to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household is not linked to a sync folder yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync folder {folder} is not there (not mounted, or moved). Nothing was changed; Toward tries again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync folder {folder} now holds another household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a change file from {device}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change file from {device} cannot be read yet; Toward tries again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Changes waiting for what they build on: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sync.folder</name>
    <message>
        <source>The sync folder&apos;s {name} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync folder was made by a newer version of Toward. Update Toward to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder already holds another household&apos;s changes. Choose an empty folder, or the one this household was linked to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sync.joining</name>
    <message>
        <source>Link this household to a sync folder before inviting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both partners are in this household already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code does not open an invitation in this folder. It may have been mistyped, used already or be more than 7 days old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync folder does not hold the inviting partner yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner called {name} has linked this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s password is tied to the computer it was set on. Untie it there (Settings), link again, then join here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That password doesn&apos;t open {name}&apos;s space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} holds no Toward household yet: link one on the other computer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A household already lives in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is not empty: choose an empty folder to join in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sync.status</name>
    <message>
        <source>another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change from another computer was not applied ({what}): {why}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.app</name>
    <message>
        <source>The household file (household.json) is missing. It holds the keys to the databases in this folder, so they cannot be opened without it. Restore from a backup, or put household.json back if you have a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward can&apos;t open this household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in {folder} has been changed or deleted. Run `toward doctor` for a full report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from the backup made {made}. What was there before is kept in {kept}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from the backup made {made}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: Toward cannot write to this folder, so you can read everything but nothing can be changed or added. Make a backup, or move the folder somewhere writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward is already open for this household; its window was brought forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here has been opened or changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.bids.page</name>
    <message>
        <source>Morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bids for connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice the small reaches for each other, and how they are met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s bids you could still meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing a bid happens. Turning toward it now is recorded beside the first answer, which stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bid waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bids waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last twelve weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bids, answered by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s bids, answered by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotional bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When and how bids happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bids by time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bids by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} · {when} — {bid} ({answer})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} · {when} ({answer})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m turning toward it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged yet. The quick log above takes seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} · {name}: {kind} — {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turned toward later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned toward</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.bids.quick_log</name>
    <message>
        <source>My partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was the bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I made it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} made it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was the bid? e.g. “showed me the sunset”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterwards: {mood}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged, shared with {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged, kept private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a bid for connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.journal.editor</name>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How are you feeling?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} · {mood}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show how the Markdown will look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write freely. Markdown works: *emphasis*, lists, # headings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your private journal — only you can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the shared journal — {name} can read it once you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing about: “{prompt}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved writing from {when} is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write something first — a title or a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you wrote since the last save will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.journal.filters</name>
    <message>
        <source>Feeling {mood}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.journal.invitation</name>
    <message>
        <source>Prompt of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write about this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More prompts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue “{title}” (unsaved, {when})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.journal.model</name>
    <message>
        <source>{title}, private, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, shared, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.journal.page</name>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My private journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search both journals (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n matching entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shared journal · %n new</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries found in both journals</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or different words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a result to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet — write the first entry.
Only you can read your private journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing shared yet.
Write here for both of you to read, or share an entry from your private journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry to read it, or write a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sharing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry leaves the shared journal, with any replies under it. {name} may already have read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} had already opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward saw no sign that {name} opened it, though they may have seen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will be gone for good, with its pictures; this can&apos;t be undone. Its shared copy stays in the shared journal until you stop sharing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will be gone for good, with its pictures; this can&apos;t be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.journal.prompts</name>
    <message>
        <source>light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weighty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weightiest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts in this deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show prompts I hid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write about this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.journal.reader</name>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written for the prompt: “{prompt}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Shared in part: {name} can read paragraphs {listed} of {total}; the others stay in your private journal.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared by a former partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feeling {mood}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kinds} trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared with {name} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some pictures were not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this picture?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will be gone for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No replies yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A former partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply from {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.journal.search</name>
    <message>
        <source>{title}, private: {snippet}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, shared: {snippet}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your private journal · also shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your private journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared journal · by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared journal · by {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.journal.share</name>
    <message>
        <source>Share “{title}” with {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} will be able to read it in the shared journal. You can take it back later, but {name} may have read it by then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraphs to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick any paragraph you want to keep to yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Include its %n pictures</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sharing {kept} of %n paragraphs; the rest stay in your private journal.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.journal.trust</name>
    <message>
        <source>Emotional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is about emotional trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is about physical trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is about mental trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spiritual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is about spiritual trust</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.kit.charts</name>
    <message>
        <source>Show numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: show as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late toward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance (toward − away − against)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.kit.errors</name>
    <message>
        <source>Something went wrong inside Toward. Nothing you wrote was lost. Please report this problem ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.kit.kept_aside</name>
    <message>
        <source>Changes kept aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the changes kept aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward could not apply a change you had asked for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward could not apply these changes of yours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {what} (asked {when}). {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you still want it, you can make the change again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.kit.pictures</name>
    <message>
        <source>Remove picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.kit.widgets</name>
    <message>
        <source>Show password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters. A few unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Toward could not read %n records here, perhaps from damage to the file; everything else is shown, and nothing was changed. ({reasons})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Records that could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.lock_screen</name>
    <message>
        <source>Who&apos;s here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo household with sample data, deleted when you quit.
{passwords}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.main_view</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} joins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} unlocks too, for time together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock and hide Toward at once (or press Shift three times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome, {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Since then, %n wrong passwords were tried for your space.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Before this, %n wrong passwords were tried for your space.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only: Toward can&apos;t write to this folder, so nothing can be changed or added. Make a backup in Settings, or move the folder somewhere writable and open it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your space was last opened today at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your space was last opened yesterday at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your space was last opened on {day} at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.money.agreement</name>
    <message>
        <source>Our agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreement yet. Agreeing on an amount and a number of days makes telling each other a shared habit rather than a test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both of you confirmed it on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You proposed a change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You proposed an agreement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} proposed a change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} proposed an agreement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for {name} to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose an agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any purchase over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.money.detail</name>
    <message>
        <source>Choose a line to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} at {payee}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} at an unnamed payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You disclosed it on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} disclosed it on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the earlier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version was corrected later; totals count the correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (kept to yourself): {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: kept to yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} kept the why private for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question, or a note on what you talked about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your question or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We talked it through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier: {amount} at {payee}, {date}, disclosed {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.money.draft_form</name>
    <message>
        <source>Date of the purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account or card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa ending 4417</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office supplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal or business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it was for, in your own words (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the why to myself (the rest is shared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partner sees that a note was kept private, never that there was none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this correction changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the correction changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the amount first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.money.model</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft · why kept private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response from {name} yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for your response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft · why private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for you to see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.money.page</name>
    <message>
        <source>Nothing disclosed yet. Write down a purchase, or import a statement, and disclose it when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting for your response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drafts. Purchases you write down or import wait here, private, until you disclose them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No late disclosures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telling each other about money: easy to do, kind to receive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down a purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclose selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Disclose %n selected…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disclose all %n…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows imported as private drafts. Nothing was shared.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows imported as private drafts; {skipped} already here were skipped. Nothing was shared.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Disclose %n purchases, {sums} in total, to {name}?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keep their why private; {name} will see that it was.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Once disclosed, a purchase can be corrected but not taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Disclose %n purchases</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Disclose</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Disclosed %n purchases to {name}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n drafts? Nothing was shared.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Everything both of you have disclosed, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{other}&apos;s disclosures waiting for your response, and questions about yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private until you disclose them. Select several to disclose them together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosed later than the agreement asked: a fact to talk about, not a verdict.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.money.statement_import</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column for date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column for payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column for amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit (money out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column for debit (money out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit (money in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column for credit (money in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account or card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column for account or card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows become private drafts for you to look over. Nothing is shared until you disclose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Visa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account or card name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency of the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purchases are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the rows to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row names the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases are shown as negative amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements (*.csv *.ofx *.qfx *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported account</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new rows totalling {sums}; {skipped} already here, which will be skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new rows totalling {sums}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new rows; {skipped} already here, which will be skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new rows.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>already here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.money.totals</name>
    <message>
        <source>Total: nothing yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total: {sums}  ({count} disclosures)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Totals by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.money.words</name>
    <message>
        <source>personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals by account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals by purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals by who</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.partner_form</name>
    <message>
        <source>Colour {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your colour: left and right arrows choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your partner calls you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you ever forget your password, this code lets you set a new one. It is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it somewhere only you can reach: on paper in a safe place, or in your own password manager. If you lose both your password and this code, your private space cannot be opened again — not by your partner, not by anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have put this code somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward recovery code for {name}

{code}

This code lets you set a new password if you forget yours.
Keep it private and safe.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward recovery code - {name}.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.platform.capture</name>
    <message>
        <source>Toward&apos;s windows are kept out of screenshots, recordings and screen sharing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward asks macOS to keep its windows out of screenshots and screen sharing; some newer recording apps may not honour it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Linux an app can&apos;t stop screenshots or screen recording of its window, so Toward can&apos;t either. Lock Toward before sharing your screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.platform.single_instance</name>
    <message>
        <source>This household is already open in another Toward on this computer, perhaps under another account. Close it there first, then start Toward again here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household is already open on the computer “{host}”. Close Toward there first, then start it again here. If that computer was switched off without closing Toward, delete the file {file} in {folder} and start again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.platform.system_events</name>
    <message>
        <source>Toward notices the screen locking or the computer going to sleep when your desktop announces it, as KDE, GNOME and most others do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this system Toward can&apos;t yet notice the screen locking or the computer going to sleep; the lock after a few minutes without use still applies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.promises.agreements</name>
    <message>
        <source>{date} · honoured, noted by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} · honoured, noted by you: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} · honoured, noted by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} · honoured, noted by {name}: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} · broken, noted by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} · broken, noted by you: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} · broken, noted by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} · broken, noted by {name}: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing commitments you both hold. Either of you can note a moment one was honoured, or broken — a broken one is something to talk about, not a mark against anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. I call if I&apos;ll be more than 30 minutes late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreements yet. Start with one small thing you both want to count on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted so far: honoured {kept} · broken {broken}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Honoured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an agreement that no longer fits; its history stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside “{agreement}”? It and its moments stay in your history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.promises.chart</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renegotiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.promises.page</name>
    <message>
        <source>Promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match words with actions — and when they don&apos;t match, talk it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A promise is made to your partner. Once they join Toward, you can make one here; an intention of your own belongs in your private journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You both see every promise. Only {name} can mark one kept or missed, or release you from it; you can ask to change its terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will you do for {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open promises. A small one, kept, builds more than a big one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settled promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settled promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises kept, missed, renegotiated or released land here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your promises, month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s promises, month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.promises.rows</name>
    <message>
        <source>By a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{what}” · {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You promised {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} promised you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} promised {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} · made {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renegotiated from {terms}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New terms: {terms}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You wrote: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} wrote: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked to change it to {terms}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} asked to change it to {terms}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for {name}&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the new terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word about it (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free them from this promise, with no hard feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action}: {promise}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask to change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “{promise}” as missed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release them from “{promise}”? It stays in your history as released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for new terms. Until your partner accepts them, the promise stays as it is; once they do, the old terms are kept beside the new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a moment for repair, not a verdict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.sections</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.settings.backup</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is one file holding your household exactly as it is stored here: still encrypted, so it is safe on a USB stick or in a cloud folder. Restoring it needs your password or your partner&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up every day into a folder, keeping the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved and checked: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not made. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backups are off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Latest daily backup: {name} (%n kept).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The first daily backup is made within the hour.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.settings.language</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates and amounts follow the language too. Your partner chooses their own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.settings.page</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For {name}. Your partner has their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing it does not change your recovery code, and your partner&apos;s password is not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock Toward after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-lock delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minutes without use</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Lock at any time with Ctrl+L or the Lock button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentle reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to check in with each other every day at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While Toward is open, a small notice appears. It never shows what you wrote, names a topic or says whose reminder it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You and {name} share this household. Each of you has a private space the other cannot open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward works for one of you, and your partner can join whenever they are ready. They will choose their own password while you look away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie my password to this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward keeps a random key in this computer&apos;s keyring and mixes it into your password. A copy of the data folder (a cloud backup, a lost disk) then can&apos;t be opened by guessing your password elsewhere. Your password and your keys are never stored in the keyring. On a new computer, your recovery code gets you in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: this computer has no keyring service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Toward {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you write is encrypted on this computer. Honest limits: someone who can install software on your computer account (a key logger, a modified app) can defeat any app&apos;s encryption. Separate computer accounts and full-disk encryption are the stronger protection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie your password to this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untie your password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new password is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partner&apos;s private space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, please hand over the keyboard now. Partner: choose a password only you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.settings.password</name>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery code you were given at setup, then a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.settings.restore</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household in {folder} is kept as it is, moved aside beside it; nothing is deleted. A partner&apos;s password proves the backup opens before it takes its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is restored into {folder}. A partner&apos;s password proves the backup opens before it takes its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose backup file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward backups (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password of the partner chosen above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.settings.safety</name>
    <message>
        <source>Lock Toward when the screen locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock Toward when the computer goes to sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock Toward when its window is minimised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a shared computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick exit: the Quick exit button, or Shift pressed three times, locks Toward at once (for both of you in together mode) and hides its window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Text you copy from Toward is marked to stay out of clipboard history where the system respects that, and is cleared after %n seconds or when Toward locks.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Screenshots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.settings.two_computers</name>
    <message>
        <source>Two computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward can keep this household the same on two computers through a folder that a sync service you already use carries between them (Syncthing, a cloud drive, a shared disk). The folder holds only encrypted files: the service cannot read what you write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two computers: what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Honest limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household is on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to a sync folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite your partner to join from their own computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a second computer of my own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On your other computer, once this folder has arrived there: install Toward, choose “Join from a sync folder”, pick the folder, your name, and type your password. Your entries there are the same as here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking… this can take a moment the first time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked. Changes now travel through the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this code to your partner, in person or by voice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is shown only this once, works once, and is valid for 7 days. On their own computer, once this folder has arrived there, your partner installs Toward, chooses “Join from a sync folder”, picks the folder, types this code, and then sets their own password, out of your sight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other computer has joined yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not heard from yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last heard from {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{computer}: {heard}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync service sees how many files there are, their sizes and when they change, never what they say. A computer you stop using keeps what it had until you delete Toward&apos;s folder there. Anyone who gets a copy of the sync folder can try to guess your passwords on their own computer, so choose long ones. If you each link your own private space through one folder, your partner&apos;s computer holds your private changes encrypted, and cannot read them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.settings.your_data</name>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take everything you can read out of Toward: your private space and the shared space, as a JSON document, a Markdown file per journal entry and spreadsheet tables. Your partner&apos;s private space is never in it. Your partner will see in the shared history that you exported, never what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect it with a password (one encrypted zip file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive password (8 characters or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export my data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two archive passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward export {day}.zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward export {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring your writing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Day One (its JSON export zip), jrnl (jrnl --export json) or a Toward export. Entries from other apps go into your private journal; nothing is shared. Entries already here are left out, so importing twice is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {source}: {counts} to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new to add from {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First entries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Will be left out (%n):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remarks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n records to {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.setup_wizard</name>
    <message>
        <source>Your private space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the partner at the keyboard. Your password opens your private space and your shared one; nobody else can open your private space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Toward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quiet place for the two of you to notice each other, keep your word, talk about money openly and repair after hard moments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each of you gets a private space that only you can open, with your own password. You also share a space together. Nothing moves from private to shared unless its author chooses to share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is encrypted on this computer. Anyone who can install software on it could still watch what is typed, so a separate computer account for each of you, and disk encryption, make it safer still.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join from a sync folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And your partner?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partner gets their own private space and password. If they are here, hand them the keyboard and look away while they choose a password. If not, they can join later from Settings — Toward works for one of you too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my partner now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partner&apos;s private space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, please hand over the keyboard now. Partner: choose a password only you know.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.sync.join_page</name>
    <message>
        <source>Join from a sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the sync folder has arrived on this computer, Toward makes the household here from it. The folder holds only encrypted files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is another computer of mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My partner invited me with a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new password, only yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the code your partner read to you, then choose your own password. Your partner cannot see it, and your private space here is yours alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password is the one you use on your other computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sync folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your name, as it is in the household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the one-time code your partner read to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Toward</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.sync.status_line</name>
    <message>
        <source>Two computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other computer has joined yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These changes were kept aside, and nothing of yours was lost. They usually come from a computer with an older Toward: updating it helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You changed these on two computers while they were apart. The later change is the one shown everywhere; what you wrote before is kept here for you to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for changes now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.sync.words</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on {weekday}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{computer} ({whose})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for changes from {computer} since {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not heard from {computer} yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date with {computer}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some changes could not be applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for another computer to join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.today.page</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a bid for connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bid is any reach for attention: a comment, a question, a touch, a sigh. Ctrl+B logs one from anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotional bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning toward a bid is a deposit; turning away or against is a withdrawal. The line is the running balance over the last twelve weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bids, answered by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s bids, answered by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bids logged yet this week. Noticing one is the first step — the small ones count most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} · {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bids logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n not yet answered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turned against</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turned away</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turned toward later</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{toward} of %n turned toward ({share})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vault.errors</name>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n seconds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>That amount is too large to be a household purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a currency code Toward knows (like USD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount must be an exact decimal number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{code} amounts have at most %n decimal places; {amount} has more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add {other} to {code} without a rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is missing from the data folder; nothing was backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} kept changing while it was copied. Close Toward elsewhere and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Toward. Update Toward to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Toward backup, or its list of files is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup lists files Toward does not make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup holds no household file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward could not use {path}: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household file in this backup cannot be used: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is not empty. Toward restores only into an empty or new folder, so that nothing is ever overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{parent} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup&apos;s household file belongs to another household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner called {partner} in this backup ({names}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} in this backup fails its integrity check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored into {fresh}, but it could not take the place of {folder} ({strerror}). Start Toward with --data-dir {fresh}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is no longer empty; nothing was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Toward backup: it has no list of files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Toward backup: its list of files is far too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is damaged: its list of files cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Toward backup, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup&apos;s files do not match its list of files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} in this backup is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} in this backup is damaged: it is not the file that was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is missing {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} in this backup is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} in this backup is cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} in this backup fails its integrity check: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} in this backup is from a newer version of Toward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A household already lives in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} holds Toward databases without a household file. Choose an empty folder, or restore the household file from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a partner called {cleaned}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a partner called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A household has two partners; both are already here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the second partner needs the first partner&apos;s unlocked session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keyring, so the household cannot be bound to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} needs updating for this version of Toward, which cannot be done while {folder} is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is open read-only: nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} now holds a different household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That session belongs to another household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not in this household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s password is bound to the computer it was set on, and this computer&apos;s keyring does not have that key. Use your recovery code to get in and set your password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner called {name_or_id} in this household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That {what} doesn&apos;t open {name}&apos;s space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least {MIN_PASSWORD_LENGTH} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name can be at most {MAX_NAME_LENGTH} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot contain control or formatting characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bid&apos;s time needs its time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bid cannot be logged in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bid was already turned toward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} can be at most {MAX_TEXT} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a kind of bid Toward knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not an answer Toward knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood is a number from 1 (heavy) to 5 (bright).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid patterns cover days {calendar_words}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sorted} are not check-in questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each answer is one of the five steps, or left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer at least one question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note can be at most {MAX_NOTE} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a PNG, JPEG, GIF or WebP picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is {value2} MB; the limit is {value3} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry no longer exists; the picture was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry can hold at most {MAX_IMAGES_PER_ENTRY} pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry is too long to save ({len} characters; the limit is {MAX_BODY}). Split it into several entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of trust: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry can have at most {MAX_TAGS} tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies go under entries in the shared journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a few words first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply can be at most {MAX_REPLY} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry is no longer in the shared journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreed time is 0 to {MAX_DAYS} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount in an agreement cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This proposal is no longer waiting for a confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A confirmed agreement changes only by a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} can be at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the {value} first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This disclosure was already corrected; correct the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in a few words what the correction changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purchase needs its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purchase date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purchase date before {year} ({isoformat}) looks like a mistyped year; check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purchase needs an amount with its currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period covers days {calendar_words}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in a few words what you will practise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often is 1 to {MAX_PER_WEEK} times a week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This practice was set aside; times are no longer logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time practised cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day is {calendar_words}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This agreement was set aside; moments are no longer logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} is not a kind of moment Toward knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the {what} is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A due date is a calendar day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A due date cannot be in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} needs its time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A promise is made to your partner. An intention of your own belongs in your private journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A promise is made to your partner, who is not in Toward yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That day is before the promise was made, or still to come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This promise was already settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new terms are waiting for an answer on this promise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terms were changed again; have a look at the new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This promise was already settled, or its terms changed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A repair conversation needs both partners in Toward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in a few words what the conversation is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic can be at most {MAX_TOPIC} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your proposal is waiting for an answer already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time was already agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time you proposed waits for your partner&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the partner who started this conversation can withdraw it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A conversation under way can be paused, not withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partner&apos;s apology has not been revealed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the plan item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan item can be at most {MAX_PLAN_ITEM} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is a promise or an agreement now; change it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A promise needs your partner in Toward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one small step to the plan first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A break lasts between a minute and a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is written together, not answered alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree on a time to talk first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are on a break. Resume when you both feel ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two of you are on another step now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan comes once you have both apologized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is already a promise or an agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises are not available in this version of Toward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a kind of topic Toward knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finishing time needs its time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A conversation can only finish after it began, and not later than now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer was already submitted; it can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have already answered this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a few words first; there is no right length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer can be at most {MAX_ANSWER} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{topic} is not a topic Toward knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a proposal of yours still waiting for an answer can go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoughts on one question can be at most {MAX_PREP} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes can be at most {MAX_NOTES} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the one small thing you agree on first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agreement can be at most {MAX_AGREEMENT} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation has been had; its notes stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A conversation ends after it was planned, and not later than now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the question or topic you want to bring up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question can be at most {MAX_TEXT} characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
