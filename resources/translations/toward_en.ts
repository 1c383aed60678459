<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>cli.backup</name>
    <message numerus="yes">
        <source>Backed up the household in {folder} to {out} (%n files, {size} KiB, checked).</source>
        <translation>
            <numerusform>Backed up the household in {folder} to {out} (%n file, {size} KiB, checked).</numerusform>
            <numerusform>Backed up the household in {folder} to {out} (%n files, {size} KiB, checked).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.doctor</name>
    <message numerus="yes">
        <source>%n damaged parts</source>
        <translation>
            <numerusform>%n damaged part</numerusform>
            <numerusform>%n damaged parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partners</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.sync</name>
    <message numerus="yes">
        <source>Changes applied from other computers: %n.</source>
        <translation>
            <numerusform>Changes applied from other computers: %n.</numerusform>
            <numerusform>Changes applied from other computers: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes sent: %n.</source>
        <translation>
            <numerusform>Changes sent: %n.</numerusform>
            <numerusform>Changes sent: %n.</numerusform>
        </translation>
    </message>
</context>
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
    <name>sync.exchange</name>
    <message numerus="yes">
        <source>Changes waiting for what they build on: %n.</source>
        <translation>
            <numerusform>Changes waiting for what they build on: %n.</numerusform>
            <numerusform>Changes waiting for what they build on: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.journal.page</name>
    <message numerus="yes">
        <source>%n matching entries</source>
        <translation>
            <numerusform>%n matching entry</numerusform>
            <numerusform>%n matching entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shared journal · %n new</source>
        <translation>
            <numerusform>Shared journal · %n new</numerusform>
            <numerusform>Shared journal · %n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries found in both journals</source>
        <translation>
            <numerusform>%n entry found in both journals</numerusform>
            <numerusform>%n entries found in both journals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.journal.reader</name>
    <message numerus="yes">
        <source>Shared in part: {name} can read paragraphs {listed} of {total}; the others stay in your private journal.</source>
        <translation>
            <numerusform>Shared in part: {name} can read paragraph {listed} of {total}; the others stay in your private journal.</numerusform>
            <numerusform>Shared in part: {name} can read paragraphs {listed} of {total}; the others stay in your private journal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.journal.share</name>
    <message numerus="yes">
        <source>Include its %n pictures</source>
        <translation>
            <numerusform>Include its %n picture</numerusform>
            <numerusform>Include its %n pictures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sharing {kept} of %n paragraphs; the rest stay in your private journal.</source>
        <translation>
            <numerusform>Sharing {kept} of %n paragraph; the rest stay in your private journal.</numerusform>
            <numerusform>Sharing {kept} of %n paragraphs; the rest stay in your private journal.</numerusform>
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
    <name>ui.money.page</name>
    <message numerus="yes">
        <source>Disclose %n selected…</source>
        <translation>
            <numerusform>Disclose %n selected…</numerusform>
            <numerusform>Disclose %n selected…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disclose all %n…</source>
        <translation>
            <numerusform>Disclose all %n…</numerusform>
            <numerusform>Disclose all %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows imported as private drafts. Nothing was shared.</source>
        <translation>
            <numerusform>%n row imported as a private draft. Nothing was shared.</numerusform>
            <numerusform>%n rows imported as private drafts. Nothing was shared.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows imported as private drafts; {skipped} already here were skipped. Nothing was shared.</source>
        <translation>
            <numerusform>%n row imported as a private draft; {skipped} already here were skipped. Nothing was shared.</numerusform>
            <numerusform>%n rows imported as private drafts; {skipped} already here were skipped. Nothing was shared.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disclose %n purchases, {sums} in total, to {name}?</source>
        <translation>
            <numerusform>Disclose %n purchase, {sums} in total, to {name}?</numerusform>
            <numerusform>Disclose %n purchases, {sums} in total, to {name}?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keep their why private; {name} will see that it was.</source>
        <translation>
            <numerusform>%n keeps its why private; {name} will see that it was.</numerusform>
            <numerusform>%n keep their why private; {name} will see that it was.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disclose %n purchases</source>
        <translation>
            <numerusform>Disclose %n purchase</numerusform>
            <numerusform>Disclose %n purchases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disclosed %n purchases to {name}.</source>
        <translation>
            <numerusform>Disclosed %n purchase to {name}.</numerusform>
            <numerusform>Disclosed %n purchases to {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n drafts? Nothing was shared.</source>
        <translation>
            <numerusform>Delete %n draft? Nothing was shared.</numerusform>
            <numerusform>Delete %n drafts? Nothing was shared.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.money.statement_import</name>
    <message numerus="yes">
        <source>%n new rows totalling {sums}; {skipped} already here, which will be skipped.</source>
        <translation>
            <numerusform>%n new row totalling {sums}; {skipped} already here, which will be skipped.</numerusform>
            <numerusform>%n new rows totalling {sums}; {skipped} already here, which will be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new rows totalling {sums}.</source>
        <translation>
            <numerusform>%n new row totalling {sums}.</numerusform>
            <numerusform>%n new rows totalling {sums}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new rows; {skipped} already here, which will be skipped.</source>
        <translation>
            <numerusform>%n new row; {skipped} already here, which will be skipped.</numerusform>
            <numerusform>%n new rows; {skipped} already here, which will be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new rows.</source>
        <translation>
            <numerusform>%n new row.</numerusform>
            <numerusform>%n new rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.money.totals</name>
    <message numerus="yes">
        <source>Total: {sums}  ({count} disclosures)</source>
        <translation>
            <numerusform>Total: {sums}  ({count} disclosure)</numerusform>
            <numerusform>Total: {sums}  ({count} disclosures)</numerusform>
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
    <name>ui.sync.words</name>
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
