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
</context>
</TS>
