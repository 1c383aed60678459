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
    <name>core.journal.entries</name>
    <message numerus="yes">
        <source>%n shared entries waiting for you</source>
        <translation>
            <numerusform>%n shared entry waiting for you</numerusform>
            <numerusform>%n shared entries waiting for you</numerusform>
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
    <name>core.ledger.reading</name>
    <message numerus="yes">
        <source>%n questions about your disclosures</source>
        <translation>
            <numerusform>%n question about your disclosures</numerusform>
            <numerusform>%n questions about your disclosures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core.ledger.records</name>
    <message numerus="yes">
        <source>disclosed %n days after the agreed {agreed}</source>
        <translation>
            <numerusform>disclosed %n day after the agreed {agreed}</numerusform>
            <numerusform>disclosed %n days after the agreed {agreed}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core.practices</name>
    <message numerus="yes">
        <source>%n times a week</source>
        <translation>
            <numerusform>%n time a week</numerusform>
            <numerusform>%n times a week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what} · {how_often}, practised %n times so far this week</source>
        <translation>
            <numerusform>{what} · {how_often}, practised once so far this week</numerusform>
            <numerusform>{what} · {how_often}, practised %n times so far this week</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>export.between_sessions</name>
    <message numerus="yes">
        <source>This summary covers %n days.</source>
        <translation>
            <numerusform>This summary covers %n day.</numerusform>
            <numerusform>This summary covers %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared journal entries.</source>
        <translation>
            <numerusform>%n shared journal entry.</numerusform>
            <numerusform>%n shared journal entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bids for connection logged; {toward} turned toward.</source>
        <translation>
            <numerusform>%n bid for connection logged; {toward} turned toward.</numerusform>
            <numerusform>%n bids for connection logged; {toward} turned toward.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchases disclosed in the money ledger.</source>
        <translation>
            <numerusform>%n purchase disclosed in the money ledger.</numerusform>
            <numerusform>%n purchases disclosed in the money ledger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promises made or settled; {kept} kept.</source>
        <translation>
            <numerusform>%n promise made or settled; {kept} kept.</numerusform>
            <numerusform>%n promises made or settled; {kept} kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promises made or settled.</source>
        <translation>
            <numerusform>%n promise made or settled.</numerusform>
            <numerusform>%n promises made or settled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repair conversations open at some point.</source>
        <translation>
            <numerusform>%n repair conversation open at some point.</numerusform>
            <numerusform>%n repair conversations open at some point.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Practices from therapy: practised %n times.</source>
        <translation>
            <numerusform>Practices from therapy: practised %n time.</numerusform>
            <numerusform>Practices from therapy: practised %n times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>export.markdown</name>
    <message numerus="yes">
        <source>%n answers counted here, not quoted.</source>
        <translation>
            <numerusform>%n answer counted here, not quoted.</numerusform>
            <numerusform>%n answers counted here, not quoted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{partner} wrote %n more shared entries in this period, counted but not quoted: {partner} has not chosen to bring them to therapy.</source>
        <translation>
            <numerusform>{partner} wrote %n more shared entry in this period, counted but not quoted: {partner} has not chosen to bring it to therapy.</numerusform>
            <numerusform>{partner} wrote %n more shared entries in this period, counted but not quoted: {partner} has not chosen to bring them to therapy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replies under these entries are counted, not quoted, for the same reason.</source>
        <translation>
            <numerusform>%n reply under these entries is counted, not quoted, for the same reason.</numerusform>
            <numerusform>%n replies under these entries are counted, not quoted, for the same reason.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>export.pdf.between</name>
    <message numerus="yes">
        <source>{partner} wrote %n more shared entries in this period. {partner} has not chosen to bring them to therapy, so only the number is shown.</source>
        <translation>
            <numerusform>{partner} wrote %n more shared entry in this period. {partner} has not chosen to bring it to therapy, so only the number is shown.</numerusform>
            <numerusform>{partner} wrote %n more shared entries in this period. {partner} has not chosen to bring them to therapy, so only the number is shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replies under these entries are counted, not quoted, for the same reason.</source>
        <translation>
            <numerusform>%n reply under these entries is counted, not quoted, for the same reason.</numerusform>
            <numerusform>%n replies under these entries are counted, not quoted, for the same reason.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>export.pdf.record</name>
    <message numerus="yes">
        <source>In all, %n answers are counted here but not quoted: their author has not chosen to bring them to therapy.</source>
        <translation>
            <numerusform>In all, %n answer is counted here but not quoted: its author has not chosen to bring it to therapy.</numerusform>
            <numerusform>In all, %n answers are counted here but not quoted: their author has not chosen to bring them to therapy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>export.words</name>
    <message numerus="yes">
        <source>%n bids in this period; {percent} turned toward.</source>
        <translation>
            <numerusform>%n bid in this period; {percent} turned toward.</numerusform>
            <numerusform>%n bids in this period; {percent} turned toward.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disclosures for purchases in this period, totalling {amounts}.</source>
        <translation>
            <numerusform>%n disclosure for purchases in this period, totalling {amounts}.</numerusform>
            <numerusform>%n disclosures for purchases in this period, totalling {amounts}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them came later than agreed.</source>
        <translation>
            <numerusform>%n of them came later than agreed.</numerusform>
            <numerusform>%n of them came later than agreed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions are still open.</source>
        <translation>
            <numerusform>%n question is still open.</numerusform>
            <numerusform>%n questions are still open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more earlier promises are in Toward, not shown here.</source>
        <translation>
            <numerusform>%n more earlier promise is in Toward, not shown here.</numerusform>
            <numerusform>%n more earlier promises are in Toward, not shown here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more late disclosures are in Toward, not shown here.</source>
        <translation>
            <numerusform>%n more late disclosure is in Toward, not shown here.</numerusform>
            <numerusform>%n more late disclosures are in Toward, not shown here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more open questions are in Toward, not shown here.</source>
        <translation>
            <numerusform>%n more open question is in Toward, not shown here.</numerusform>
            <numerusform>%n more open questions are in Toward, not shown here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Practised %n times in this period.</source>
        <translation>
            <numerusform>Practised %n time in this period.</numerusform>
            <numerusform>Practised %n times in this period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Practised %n times in this period (logged by {who}).</source>
        <translation>
            <numerusform>Practised %n time in this period (logged by {who}).</numerusform>
            <numerusform>Practised %n times in this period (logged by {who}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes counted, not quoted: their author has not chosen to bring them to therapy.</source>
        <translation>
            <numerusform>%n note counted, not quoted: its author has not chosen to bring it to therapy.</numerusform>
            <numerusform>%n notes counted, not quoted: their author has not chosen to bring them to therapy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opendata.counts</name>
    <message numerus="yes">
        <source>%n journal entries</source>
        <translation>
            <numerusform>%n journal entry</numerusform>
            <numerusform>%n journal entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pictures</source>
        <translation>
            <numerusform>%n picture</numerusform>
            <numerusform>%n pictures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replies</source>
        <translation>
            <numerusform>%n reply</numerusform>
            <numerusform>%n replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bids</source>
        <translation>
            <numerusform>%n bid</numerusform>
            <numerusform>%n bids</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ledger lines</source>
        <translation>
            <numerusform>%n ledger line</numerusform>
            <numerusform>%n ledger lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ledger responses</source>
        <translation>
            <numerusform>%n ledger response</numerusform>
            <numerusform>%n ledger responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ledger agreements</source>
        <translation>
            <numerusform>%n ledger agreement</numerusform>
            <numerusform>%n ledger agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promises</source>
        <translation>
            <numerusform>%n promise</numerusform>
            <numerusform>%n promises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreements</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement moments</source>
        <translation>
            <numerusform>%n agreement moment</numerusform>
            <numerusform>%n agreement moments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repair answers</source>
        <translation>
            <numerusform>%n repair answer</numerusform>
            <numerusform>%n repair answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repair plan items</source>
        <translation>
            <numerusform>%n repair plan item</numerusform>
            <numerusform>%n repair plan items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times practised</source>
        <translation>
            <numerusform>%n time practised</numerusform>
            <numerusform>%n times practised</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weekly check-ins</source>
        <translation>
            <numerusform>%n weekly check-in</numerusform>
            <numerusform>%n weekly check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers and guesses</source>
        <translation>
            <numerusform>%n answer and guess</numerusform>
            <numerusform>%n answers and guesses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repair step marks</source>
        <translation>
            <numerusform>%n repair step mark</numerusform>
            <numerusform>%n repair step marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read marks</source>
        <translation>
            <numerusform>%n read mark</numerusform>
            <numerusform>%n read marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n therapy consents</source>
        <translation>
            <numerusform>%n therapy consent</numerusform>
            <numerusform>%n therapy consents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opendata.imports.plan</name>
    <message numerus="yes">
        <source>Left out (%n):</source>
        <translation>
            <numerusform>Left out (%n):</numerusform>
            <numerusform>Left out (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported with a remark (%n):</source>
        <translation>
            <numerusform>Imported with a remark (%n):</numerusform>
            <numerusform>Imported with a remark (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opendata.kinds</name>
    <message numerus="yes">
        <source>%n repair conversations</source>
        <translation>
            <numerusform>%n repair conversation</numerusform>
            <numerusform>%n repair conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practices from therapy</source>
        <translation>
            <numerusform>%n practice from therapy</numerusform>
            <numerusform>%n practices from therapy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions for the therapist</source>
        <translation>
            <numerusform>%n question for the therapist</numerusform>
            <numerusform>%n questions for the therapist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned conversations</source>
        <translation>
            <numerusform>%n planned conversation</numerusform>
            <numerusform>%n planned conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thoughts prepared for planned conversations</source>
        <translation>
            <numerusform>%n thought prepared for planned conversations</numerusform>
            <numerusform>%n thoughts prepared for planned conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rounds of how well you know each other</source>
        <translation>
            <numerusform>%n round of how well you know each other</numerusform>
            <numerusform>%n rounds of how well you know each other</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marks of who has answered which round</source>
        <translation>
            <numerusform>%n mark of who has answered which round</numerusform>
            <numerusform>%n marks of who has answered which round</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n export history lines</source>
        <translation>
            <numerusform>%n export history line</numerusform>
            <numerusform>%n export history lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reasons kept private</source>
        <translation>
            <numerusform>%n reason kept private</numerusform>
            <numerusform>%n reasons kept private</numerusform>
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
    <name>ui.kit.paged_rows</name>
    <message numerus="yes">
        <source>Show %n more</source>
        <translation>
            <numerusform>Show %n more</numerusform>
            <numerusform>Show %n more</numerusform>
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
    <name>ui.repair.pause</name>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes left</source>
        <translation>
            <numerusform>About %n minute left</numerusform>
            <numerusform>About %n minutes left</numerusform>
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
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.therapy.page</name>
    <message numerus="yes">
        <source>And %n earlier.</source>
        <translation>
            <numerusform>And %n earlier.</numerusform>
            <numerusform>And %n earlier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.therapy.practices</name>
    <message numerus="yes">
        <source>Meant {how_often} · practised %n times so far this week</source>
        <translation>
            <numerusform>Meant {how_often} · practised once so far this week</numerusform>
            <numerusform>Meant {how_often} · practised %n times so far this week</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.therapy.summary_dialog</name>
    <message numerus="yes">
        <source>%n more shared entries are counted, not quoted: their author has not chosen to bring them to therapy.</source>
        <translation>
            <numerusform>%n more shared entry is counted, not quoted: its author has not chosen to bring it to therapy.</numerusform>
            <numerusform>%n more shared entries are counted, not quoted: their author has not chosen to bring them to therapy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages · {period}</source>
        <translation>
            <numerusform>%n page · {period}</numerusform>
            <numerusform>%n pages · {period}</numerusform>
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
    <message numerus="yes">
        <source>Line {line}: it has %n columns, but the layout needs {needed}; check the separator.</source>
        <translation>
            <numerusform>Line {line}: it has %n column, but the layout needs {needed}; check the separator.</numerusform>
            <numerusform>Line {line}: it has %n columns, but the layout needs {needed}; check the separator.</numerusform>
        </translation>
    </message>
</context>
</TS>
