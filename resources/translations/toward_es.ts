<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
    <name>ui.setup_wizard</name>
    <message>
        <source>Join from a sync folder…</source>
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
</context>
</TS>
