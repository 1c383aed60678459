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
</TS>
