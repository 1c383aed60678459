<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>cli.doctor</name>
    <message>
        <source>Kept aside, not applied: {what} (asked {when}). {why}</source>
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
</TS>
