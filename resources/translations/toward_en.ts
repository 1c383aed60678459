<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>ui.repair.conversation</name>
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
</TS>
