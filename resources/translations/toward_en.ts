<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>core.ledger.agreement</name>
    <message numerus="yes">
        <source>We tell each other about any purchase over {amount} within %n days.</source>
        <translation>
            <numerusform>We tell each other about any purchase over {amount} within %n day.</numerusform>
            <numerusform>We tell each other about any purchase over {amount} within %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.kit.widgets</name>
    <message numerus="yes">
        <source>Toward could not read %n records here, perhaps from damage to the file; everything else is shown, and nothing was changed. ({reasons})</source>
        <translation>
            <numerusform>Toward could not read one record here, perhaps from damage to the file; everything else is shown, and nothing was changed. ({reasons})</numerusform>
            <numerusform>Toward could not read %n records here, perhaps from damage to the file; everything else is shown, and nothing was changed. ({reasons})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.main_view</name>
    <message numerus="yes">
        <source>Since then, %n wrong passwords were tried for your space.</source>
        <translation>
            <numerusform>Since then, %n wrong password was tried for your space.</numerusform>
            <numerusform>Since then, %n wrong passwords were tried for your space.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Before this, %n wrong passwords were tried for your space.</source>
        <translation>
            <numerusform>Before this, %n wrong password was tried for your space.</numerusform>
            <numerusform>Before this, %n wrong passwords were tried for your space.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.partner_form</name>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>The password needs at least %n character.</numerusform>
            <numerusform>The password needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.settings.backup</name>
    <message numerus="yes">
        <source>Latest daily backup: {name} (%n kept).</source>
        <translation>
            <numerusform>Latest daily backup: {name} (%n kept).</numerusform>
            <numerusform>Latest daily backup: {name} (%n kept).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.settings.page</name>
    <message numerus="yes">
        <source>%n minutes without use</source>
        <translation>
            <numerusform>%n minute without use</numerusform>
            <numerusform>%n minutes without use</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.settings.safety</name>
    <message numerus="yes">
        <source>Text you copy from Toward is marked to stay out of clipboard history where the system respects that, and is cleared after %n seconds or when Toward locks.</source>
        <translation>
            <numerusform>Text you copy from Toward is marked to stay out of clipboard history where the system respects that, and is cleared after %n second or when Toward locks.</numerusform>
            <numerusform>Text you copy from Toward is marked to stay out of clipboard history where the system respects that, and is cleared after %n seconds or when Toward locks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.settings.your_data</name>
    <message numerus="yes">
        <source>Will be left out (%n):</source>
        <translation>
            <numerusform>Will be left out (%n):</numerusform>
            <numerusform>Will be left out (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n records to {path}</source>
        <translation>
            <numerusform>Exported %n record to {path}</numerusform>
            <numerusform>Exported %n records to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.today.page</name>
    <message numerus="yes">
        <source>%n not yet answered</source>
        <translation>
            <numerusform>%n not yet answered</numerusform>
            <numerusform>%n not yet answered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turned against</source>
        <translation>
            <numerusform>%n turned against</numerusform>
            <numerusform>%n turned against</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turned away</source>
        <translation>
            <numerusform>%n turned away</numerusform>
            <numerusform>%n turned away</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turned toward later</source>
        <translation>
            <numerusform>%n turned toward later</numerusform>
            <numerusform>%n turned toward later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{toward} of %n turned toward ({share})</source>
        <translation>
            <numerusform>{toward} of %n turned toward ({share})</numerusform>
            <numerusform>{toward} of %n turned toward ({share})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vault.errors</name>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n seconds.</source>
        <translation>
            <numerusform>Too many wrong passwords. Try again in %n second.</numerusform>
            <numerusform>Too many wrong passwords. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{code} amounts have at most %n decimal places; {amount} has more.</source>
        <translation>
            <numerusform>{code} amounts have at most one decimal place; {amount} has more.</numerusform>
            <numerusform>{code} amounts have at most %n decimal places; {amount} has more.</numerusform>
        </translation>
    </message>
</context>
</TS>
