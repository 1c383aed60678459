<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ui.today.page</name>
    <message>
        <source>Open {title}</source>
        <translation>{title} öffnen</translation>
    </message>
</context>
</TS>
