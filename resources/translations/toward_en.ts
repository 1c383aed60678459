<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</TS>
