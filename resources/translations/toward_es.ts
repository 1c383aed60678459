<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ui.today.page</name>
    <message>
        <source>Open {title}</source>
        <translation>Abrir {title}</translation>
    </message>
</context>
</TS>
