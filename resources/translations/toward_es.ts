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
