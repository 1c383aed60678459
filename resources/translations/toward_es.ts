<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>cli.backup</name>
    <message>
        <source>write one backup file of the household (still encrypted)</source>
        <translation>escribir una copia de seguridad del hogar en un solo archivo (sigue cifrada)</translation>
    </message>
    <message>
        <source>Copy the household file and the encrypted databases, exactly as they are, into one backup file, then check the copy. Safe while Toward is running. An existing file is never overwritten.</source>
        <translation>Copia el archivo del hogar y las bases de datos cifradas, tal como están, en un solo archivo de copia de seguridad, y después comprueba la copia. Se puede hacer con Toward abierto. Nunca se sobrescribe un archivo que ya exista.</translation>
    </message>
    <message>
        <source>the backup file to write (e.g. toward.zip)</source>
        <translation>el archivo de copia que se escribirá (p. ej. toward.zip)</translation>
    </message>
    <message>
        <source>restore a backup file into an empty data folder</source>
        <translation>restaurar una copia de seguridad en una carpeta de datos vacía</translation>
    </message>
    <message>
        <source>Unpack a backup into the data folder (--data-dir), which must be empty or not exist yet; nothing is ever overwritten. A partner&apos;s password (prompted, or one line on standard input) proves the backup opens before the restore finishes.</source>
        <translation>Desempaqueta una copia en la carpeta de datos (--data-dir), que debe estar vacía o no existir todavía; nunca se sobrescribe nada. La contraseña de uno de los dos (se pide, o una línea en la entrada estándar) demuestra que la copia se abre antes de terminar la restauración.</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>el archivo de copia</translation>
    </message>
    <message>
        <source>whose password is given</source>
        <translation>de quién es la contraseña que se da</translation>
    </message>
    <message numerus="yes">
        <source>Backed up the household in {folder} to {out} (%n files, {size} KiB, checked).</source>
        <translation>
            <numerusform>Copia del hogar de {folder} guardada en {out} (%n archivo, {size} KiB, comprobada).</numerusform>
            <numerusform>Copia del hogar de {folder} guardada en {out} (%n archivos, {size} KiB, comprobada).</numerusform>
        </translation>
    </message>
    <message>
        <source>Whose password will you give?</source>
        <translation>¿De quién es la contraseña que vas a dar?</translation>
    </message>
    <message>
        <source>toward restore: say whose password you will give with --partner NAME ({names}).</source>
        <translation>toward restore: indica de quién es la contraseña con --partner NOMBRE ({names}).</translation>
    </message>
    <message>
        <source>{name}&apos;s password: </source>
        <translation>Contraseña de {name}: </translation>
    </message>
    <message>
        <source>toward restore: a password is needed to prove the backup opens.</source>
        <translation>toward restore: hace falta una contraseña para comprobar que la copia se abre.</translation>
    </message>
    <message>
        <source>Restored the backup of {when} into {folder}; {name}&apos;s password opens it and its databases pass their checks.</source>
        <translation>Restaurada la copia del {when} en {folder}; la contraseña de {name} la abre y sus bases de datos pasan las comprobaciones.</translation>
    </message>
</context>
<context>
    <name>cli.data</name>
    <message>
        <source>write everything you can read in open formats (JSON, Markdown, CSV)</source>
        <translation>escribir todo lo que puedes leer en formatos abiertos (JSON, Markdown, CSV)</translation>
    </message>
    <message>
        <source>Write your private space and the shared space as a JSON document, Markdown journal files and CSV tables. Without --archive the files are NOT encrypted. With --archive they go into one AES-256 encrypted zip instead; its password is asked after yours (or read as the second line of standard input).</source>
        <translation>Escribe tu espacio privado y el espacio compartido como un documento JSON, archivos Markdown del diario y tablas CSV. Sin --archive, los archivos NO van cifrados. Con --archive van, en cambio, a un único zip cifrado con AES-256; su contraseña se pide después de la tuya (o se lee como segunda línea de la entrada estándar).</translation>
    </message>
    <message>
        <source>whose data to export</source>
        <translation>de quién son los datos que se exportan</translation>
    </message>
    <message>
        <source>a new or empty folder for the files</source>
        <translation>una carpeta nueva o vacía para los archivos</translation>
    </message>
    <message>
        <source>one password-protected zip</source>
        <translation>un zip protegido con contraseña</translation>
    </message>
    <message>
        <source>bring in a Toward export, a Day One export or a jrnl export</source>
        <translation>importar una exportación de Toward, de Day One o de jrnl</translation>
    </message>
    <message>
        <source>Import a Toward export (folder, toward-export.json or zip), a Day One export (zip or Journal.json) or a jrnl JSON export. Journals from other apps go into your private journal. All of it is imported, or nothing.</source>
        <translation>Importa una exportación de Toward (carpeta, toward-export.json o zip), una de Day One (zip o Journal.json) o una exportación JSON de jrnl. Los diarios de otras aplicaciones van a tu diario privado. Se importa todo, o nada.</translation>
    </message>
    <message>
        <source>who imports</source>
        <translation>quién importa</translation>
    </message>
    <message>
        <source>the file or export folder to import</source>
        <translation>el archivo o la carpeta de exportación que se importa</translation>
    </message>
    <message>
        <source>toward: give either --out DIR or --archive FILE.zip.</source>
        <translation>toward: indica --out CARPETA o --archive ARCHIVO.zip.</translation>
    </message>
    <message>
        <source>{name}&apos;s password: </source>
        <translation>Contraseña de {name}: </translation>
    </message>
    <message>
        <source>toward: no password was given for {name}.</source>
        <translation>toward: no se dio ninguna contraseña para {name}.</translation>
    </message>
    <message>
        <source>Archive password: </source>
        <translation>Contraseña del archivo: </translation>
    </message>
    <message>
        <source>toward: no archive password was given.</source>
        <translation>toward: no se dio ninguna contraseña para el archivo.</translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation>Aviso: {warning}</translation>
    </message>
    <message>
        <source>Exported {counts} to {path}</source>
        <translation>Exportado: {counts}, en {path}</translation>
    </message>
    <message>
        <source>Exported nothing yet to {path}</source>
        <translation>Todavía no hay nada que exportar a {path}</translation>
    </message>
    <message>
        <source>This archive is protected by a password; none was given.</source>
        <translation>Este archivo está protegido con contraseña y no se dio ninguna.</translation>
    </message>
</context>
<context>
    <name>cli.demo.bids</name>
    <message>
        <source>pointed out the heron on the canal</source>
        <translation>señaló la garza del canal</translation>
    </message>
    <message>
        <source>asked how the meeting with the landlord went</source>
        <translation>preguntó qué tal fue con el casero</translation>
    </message>
    <message>
        <source>a hand on the shoulder while cooking</source>
        <translation>una mano en el hombro mientras cocinaba</translation>
    </message>
    <message>
        <source>asked for help finding the car insurance letter</source>
        <translation>pidió ayuda para encontrar la carta del seguro del coche</translation>
    </message>
    <message>
        <source>suggested a walk after dinner</source>
        <translation>propuso dar un paseo después de cenar</translation>
    </message>
    <message>
        <source>a long sigh at the laptop</source>
        <translation>un largo suspiro delante del portátil</translation>
    </message>
    <message>
        <source>read out a funny line from the book</source>
        <translation>leyó en voz alta una frase graciosa del libro</translation>
    </message>
    <message>
        <source>asked whether we could visit her sister in May</source>
        <translation>preguntó si podíamos ir a ver a su hermana en mayo</translation>
    </message>
    <message>
        <source>put on our old playlist and held out a hand</source>
        <translation>puso nuestra lista de siempre y tendió la mano</translation>
    </message>
    <message>
        <source>sent a photo of the sunset from the train</source>
        <translation>mandó una foto del atardecer desde el tren</translation>
    </message>
    <message>
        <source>I hadn&apos;t noticed the sigh. Talked it through later.</source>
        <translation>No me había dado cuenta del suspiro. Lo hablamos después.</translation>
    </message>
</context>
<context>
    <name>cli.demo.journal</name>
    <message>
        <source>Saturday morning, the long way round</source>
        <translation>Sábado por la mañana, por el camino largo</translation>
    </message>
    <message>
        <source>We walked to the bakery the long way, past the allotments, and Sam took my hand crossing the park without either of us making a thing of it.

Small, but I noticed. I&apos;d like more mornings that start this slowly.</source>
        <translation>Fuimos a la panadería dando un rodeo, junto a los huertos, y Sam me cogió de la mano al cruzar el parque, sin que ninguno de los dos le diera importancia.

Es poca cosa, pero me di cuenta. Me gustaría tener más mañanas que empiecen así de despacio.</translation>
    </message>
    <message>
        <source>walks</source>
        <translation>paseos</translation>
    </message>
    <message>
        <source>gratitude</source>
        <translation>gratitud</translation>
    </message>
    <message>
        <source>Somewhere else at dinner</source>
        <translation>Con la cabeza en otra parte durante la cena</translation>
    </message>
    <message>
        <source>Long week. Maya told me her sister&apos;s news and I nodded along, but I wasn&apos;t really there. I don&apos;t want her to read that as not caring; I was just empty.

Next time I could say it plainly: *I&apos;m running on fumes — can we talk once I&apos;ve eaten?*</source>
        <translation>Semana larga. Maya me contó la noticia de su hermana y yo asentía, pero en realidad no estaba. No quiero que lo entienda como que no me importa; simplemente no me quedaba nada.

La próxima vez podría decirlo sin rodeos: *voy con la reserva; ¿hablamos cuando haya cenado?*</translation>
    </message>
    <message>
        <source>work</source>
        <translation>trabajo</translation>
    </message>
    <message>
        <source>tired</source>
        <translation>cansancio</translation>
    </message>
    <message>
        <source>The story I wrote in my head</source>
        <translation>La historia que me conté</translation>
    </message>
    <message>
        <source>Sam was late home and didn&apos;t text. The story arrived fully formed: *I&apos;m not a priority.*

What I actually know: the train was stuck outside the station and his phone was nearly flat. I can want a text **and** not turn its absence into a verdict.</source>
        <translation>Sam llegó tarde a casa y no escribió. La historia apareció entera: *no soy una prioridad.*

Lo que sé de verdad: el tren se quedó parado antes de la estación y tenía el móvil casi sin batería. Puedo querer un mensaje **y** no convertir su ausencia en un veredicto.</translation>
    </message>
    <message>
        <source>reflection</source>
        <translation>reflexión</translation>
    </message>
    <message>
        <source>evenings</source>
        <translation>noches</translation>
    </message>
    <message>
        <source>Things I appreciated this week</source>
        <translation>Cosas que agradecí esta semana</translation>
    </message>
    <message>
        <source>- Coffee left warm in the pot for me on Tuesday.
- You asked about the interview, then asked a second question.
- You laughed at my terrible pun about the boiler. That counts.</source>
        <translation>- El café que me dejaste caliente en la cafetera el martes.
- Me preguntaste por la entrevista, y luego hiciste una segunda pregunta.
- Te reíste de mi chiste malísimo sobre la caldera. Eso cuenta.</translation>
    </message>
    <message>
        <source>I&apos;ve been noticing the stories I tell myself when plans change. Can we talk about it on Sunday?</source>
        <translation>Me estoy fijando en las historias que me cuento cuando cambian los planes. ¿Lo hablamos el domingo?</translation>
    </message>
    <message>
        <source>After Wednesday</source>
        <translation>Después del miércoles</translation>
    </message>
    <message>
        <source>I raised my voice, and I&apos;m sorry. What I was trying to say, badly, was that I felt judged about the boiler.

Next time either of us feels overwhelmed, can we take twenty minutes apart and come back to it?</source>
        <translation>Levanté la voz, y lo siento. Lo que intentaba decir, y lo dije mal, es que me sentí juzgado por lo de la caldera.

La próxima vez que alguno de los dos se desborde, ¿podemos darnos veinte minutos cada uno por su lado y volver a hablarlo?</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>reparación</translation>
    </message>
    <message>
        <source>Something I haven&apos;t said yet</source>
        <translation>Algo que todavía no he dicho</translation>
    </message>
    <message>
        <source>I moved 200 from savings to cover the car repair and haven&apos;t mentioned it. Not hiding it exactly: I didn&apos;t want the conversation.

Writing it here first so I can bring it up properly.</source>
        <translation>Pasé 200 de los ahorros para pagar el arreglo del coche y no lo he comentado. No es que lo esconda: no quería tener esa conversación.

Lo escribo aquí primero para poder sacarlo bien.</translation>
    </message>
    <message>
        <source>money</source>
        <translation>dinero</translation>
    </message>
    <message>
        <source>Keeping my word</source>
        <translation>Cumplir lo que digo</translation>
    </message>
    <message>
        <source>I said I&apos;d ring the landlord about the boiler and it&apos;s been nine days. Small things are exactly what matter right now. Calling at lunch tomorrow.</source>
        <translation>Dije que llamaría al casero por lo de la caldera y ya van nueve días. Ahora mismo son justo las cosas pequeñas las que cuentan. Mañana llamo a la hora de comer.</translation>
    </message>
    <message>
        <source>promises</source>
        <translation>promesas</translation>
    </message>
    <message>
        <source>Our Sunday check-in</source>
        <translation>Nuestro repaso del domingo</translation>
    </message>
    <message>
        <source>**What went well:** the walk, and the quiet evening on Thursday.

**What was hard:** the late night without a text.

**One thing to try:** two words when plans change. *Running late* is plenty.</source>
        <translation>**Lo que fue bien:** el paseo, y la noche tranquila del jueves.

**Lo que costó:** la noche en que llegaste tarde sin avisar.

**Algo que probar:** dos palabras cuando cambien los planes. Con *llego tarde* basta.</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>repaso</translation>
    </message>
    <message>
        <source>Places we&apos;d like to go this year</source>
        <translation>Sitios a los que nos gustaría ir este año</translation>
    </message>
    <message>
        <source>The coast in spring, the lake cabin again, and the little bookshop town Maya keeps bringing up. It&apos;s less about the trips than about having something ahead of us that&apos;s ours.</source>
        <translation>La costa en primavera, otra vez la cabaña del lago y ese pueblecito de librerías del que Maya habla siempre. Más que los viajes, lo que importa es tener por delante algo que sea nuestro.</translation>
    </message>
    <message>
        <source>plans</source>
        <translation>planes</translation>
    </message>
    <message>
        <source>The pun was terrible. I loved that you told it anyway.</source>
        <translation>El chiste era malísimo. Me encantó que lo contaras igualmente.</translation>
    </message>
</context>
<context>
    <name>cli.demo.ledger</name>
    <message>
        <source>Business Visa …4417</source>
        <translation>Visa de empresa …4417</translation>
    </message>
    <message>
        <source>equipment</source>
        <translation>equipo</translation>
    </message>
    <message>
        <source>A laptop for the new contract.</source>
        <translation>Un portátil para el contrato nuevo.</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>espacio de trabajo</translation>
    </message>
    <message>
        <source>A month of desk space for client calls.</source>
        <translation>Un mes de puesto en un espacio compartido para las llamadas con clientes.</translation>
    </message>
    <message>
        <source>software</source>
        <translation>software</translation>
    </message>
    <message>
        <source>Creative Cloud, monthly.</source>
        <translation>Creative Cloud, cuota mensual.</translation>
    </message>
    <message>
        <source>office supplies</source>
        <translation>material de oficina</translation>
    </message>
    <message>
        <source>Ink and paper for the reports.</source>
        <translation>Tinta y papel para los informes.</translation>
    </message>
    <message>
        <source>travel</source>
        <translation>desplazamientos</translation>
    </message>
    <message>
        <source>To the client meeting downtown.</source>
        <translation>A la reunión con el cliente en el centro.</translation>
    </message>
    <message>
        <source>Joint debit</source>
        <translation>Débito conjunto</translation>
    </message>
    <message>
        <source>groceries</source>
        <translation>comida</translation>
    </message>
    <message>
        <source>The week&apos;s shop.</source>
        <translation>La compra de la semana.</translation>
    </message>
    <message>
        <source>Thanks for telling me.</source>
        <translation>Gracias por contármelo.</translation>
    </message>
    <message>
        <source>We talked on Sunday; fine for now.</source>
        <translation>Lo hablamos el domingo; de momento, bien.</translation>
    </message>
    <message>
        <source>Is this the laptop you mentioned in May?</source>
        <translation>¿Es el portátil que mencionaste en mayo?</translation>
    </message>
    <message>
        <source>client meals</source>
        <translation>comidas con clientes</translation>
    </message>
    <message>
        <source>Amazon refund</source>
        <translation>Devolución de Amazon</translation>
    </message>
</context>
<context>
    <name>cli.demo.promises</name>
    <message>
        <source>Take the bins out on Thursdays</source>
        <translation>Sacar la basura los jueves</translation>
    </message>
    <message>
        <source>Every week so far, thank you</source>
        <translation>Todas las semanas hasta ahora, gracias</translation>
    </message>
    <message>
        <source>Book the train to your parents&apos;</source>
        <translation>Reservar el tren para ir a ver a tus padres</translation>
    </message>
    <message>
        <source>Pick you up after your late shift</source>
        <translation>Recogerte después del turno de noche</translation>
    </message>
    <message>
        <source>I waited a while. Can we talk about it?</source>
        <translation>Estuve esperando un rato. ¿Lo hablamos?</translation>
    </message>
    <message>
        <source>Clear the back garden</source>
        <translation>Despejar el jardín de atrás</translation>
    </message>
    <message>
        <source>Let&apos;s get someone in; it&apos;s too big a job.</source>
        <translation>Mejor llamamos a alguien; es demasiado trabajo.</translation>
    </message>
    <message>
        <source>Cook on Wednesdays</source>
        <translation>Cocinar los miércoles</translation>
    </message>
    <message>
        <source>Cook on Sundays</source>
        <translation>Cocinar los domingos</translation>
    </message>
    <message>
        <source>Wednesdays are my late day now</source>
        <translation>Ahora los miércoles salgo tarde</translation>
    </message>
    <message>
        <source>Call the bank about the joint account</source>
        <translation>Llamar al banco por lo de la cuenta conjunta</translation>
    </message>
    <message>
        <source>Put my phone away after 9</source>
        <translation>Dejar el móvil a partir de las 9</translation>
    </message>
    <message>
        <source>Book the dentist for both of us</source>
        <translation>Pedir cita en el dentista para los dos</translation>
    </message>
    <message>
        <source>I call if I&apos;ll be more than 30 minutes late</source>
        <translation>Llamo si voy a llegar más de 30 minutos tarde</translation>
    </message>
    <message>
        <source>Called from the station</source>
        <translation>Llamó desde la estación</translation>
    </message>
    <message>
        <source>Forgot; phone was dead</source>
        <translation>Se me olvidó; no tenía batería</translation>
    </message>
    <message>
        <source>We tell each other about any purchase over £100</source>
        <translation>Nos contamos cualquier compra de más de 100 dólares</translation>
    </message>
    <message>
        <source>The new coat</source>
        <translation>El abrigo nuevo</translation>
    </message>
</context>
<context>
    <name>cli.demo.repairs</name>
    <message>
        <source>When I told you about my sister and you weren&apos;t really there</source>
        <translation>Cuando te hablé de mi hermana y no estabas del todo</translation>
    </message>
    <message>
        <source>I felt alone at our own table, and then silly for minding so much.</source>
        <translation>Me sentí sola en nuestra propia mesa, y luego tonta por darle tanta importancia.</translation>
    </message>
    <message>
        <source>I felt empty and ashamed that I had nothing left to give you that evening.</source>
        <translation>Me sentí vacío, y me dio vergüenza no tener nada que darte esa noche.</translation>
    </message>
    <message>
        <source>I hear that you weren&apos;t pushing me away; you were running on nothing.</source>
        <translation>Entiendo que no me estabas apartando; es que no te quedaba nada.</translation>
    </message>
    <message>
        <source>I hear that it hurt because it was news that mattered to you.</source>
        <translation>Entiendo que te dolió porque era una noticia que te importaba.</translation>
    </message>
    <message>
        <source>It was the first thing I&apos;d wanted to share all week, and it seemed to bounce off you.</source>
        <translation>Era lo primero que me apetecía contarte en toda la semana, y parecía que te resbalaba.</translation>
    </message>
    <message>
        <source>I&apos;d had three late nights. I thought nodding was better than saying I was too tired to talk.</source>
        <translation>Llevaba tres noches acostándome tarde. Pensé que asentir era mejor que decirte que estaba demasiado cansado para hablar.</translation>
    </message>
    <message>
        <source>Growing up, news at our table was talked over. Being half-heard still feels like being small again.</source>
        <translation>De pequeña, en mi casa las noticias se pisaban unas a otras en la mesa. Que me escuchen a medias todavía me hace sentir pequeña otra vez.</translation>
    </message>
    <message>
        <source>When I&apos;m empty I go quiet, the way my dad did. I hate seeing myself do it.</source>
        <translation>Cuando no me queda nada, me callo, como hacía mi padre. No me gusta nada verme hacerlo.</translation>
    </message>
    <message>
        <source>I didn&apos;t ask how your day had been before launching into mine.</source>
        <translation>No te pregunté qué tal tu día antes de ponerme a contarte el mío.</translation>
    </message>
    <message>
        <source>I pretended to listen instead of telling you I needed ten minutes first.</source>
        <translation>Hice como que escuchaba en lugar de decirte que antes necesitaba diez minutos.</translation>
    </message>
    <message>
        <source>I&apos;m sorry I went quiet for the rest of the evening instead of saying why.</source>
        <translation>Siento haberme quedado callada el resto de la noche en lugar de decirte por qué.</translation>
    </message>
    <message>
        <source>I&apos;m sorry I wasn&apos;t there for your news. It matters to me, and so do you.</source>
        <translation>Siento no haber estado para tu noticia. Me importa, y tú también.</translation>
    </message>
    <message>
        <source>Say when I&apos;m too tired to listen, and when I will be</source>
        <translation>Decir cuándo estoy demasiado cansado para escuchar, y cuándo podré hacerlo</translation>
    </message>
    <message>
        <source>Phones stay in the drawer during dinner</source>
        <translation>Los móviles se quedan en el cajón durante la cena</translation>
    </message>
    <message>
        <source>Ask about each other&apos;s day before sharing big news</source>
        <translation>Preguntarnos por el día antes de contar noticias grandes</translation>
    </message>
    <message>
        <source>The card purchases I didn&apos;t tell you about</source>
        <translation>Las compras con tarjeta que no te conté</translation>
    </message>
    <message>
        <source>I felt ashamed, and afraid you&apos;d be angry.</source>
        <translation>Sentí vergüenza, y miedo de que te enfadaras.</translation>
    </message>
    <message>
        <source>I felt shut out, and scared of what else I don&apos;t know.</source>
        <translation>Me sentí fuera, y con miedo de lo que todavía no sé.</translation>
    </message>
    <message>
        <source>I hear that finding out from a statement made you wonder what else you don&apos;t know.</source>
        <translation>Entiendo que enterarte por un extracto te hizo preguntarte qué más no sabes.</translation>
    </message>
</context>
<context>
    <name>cli.demo.talks</name>
    <message>
        <source>The year abroad I never took. I still think about it.</source>
        <translation>El año en el extranjero que nunca hice. Todavía pienso en ello.</translation>
    </message>
    <message>
        <source>Put a little aside each month for a month by the sea, one day</source>
        <translation>Apartar un poco cada mes para pasar algún día un mes junto al mar</translation>
    </message>
    <message>
        <source>Maya: a year somewhere new, even a short one. Sam: a workshop of his own, not just weekends.
Both of us were surprised how close the two dreams are.</source>
        <translation>Maya: un año en algún sitio nuevo, aunque sea corto. Sam: un taller propio, no solo los fines de semana.
A los dos nos sorprendió lo cerca que están los dos sueños.</translation>
    </message>
    <message>
        <source>Night swimming. Or the pottery class we keep mentioning.</source>
        <translation>Bañarnos de noche. O la clase de cerámica que siempre mencionamos.</translation>
    </message>
    <message>
        <source>Slow breakfast, a long walk, no plans</source>
        <translation>Desayuno sin prisa, un paseo largo, ningún plan</translation>
    </message>
    <message>
        <source>A run, then the papers</source>
        <translation>Salir a correr y luego el periódico</translation>
    </message>
    <message>
        <source>A long run, then the papers in bed</source>
        <translation>Una carrera larga y luego el periódico en la cama</translation>
    </message>
    <message>
        <source>Slow breakfast and a walk</source>
        <translation>Desayuno sin prisa y un paseo</translation>
    </message>
    <message>
        <source>Anything with fresh pasta</source>
        <translation>Cualquier cosa con pasta fresca</translation>
    </message>
    <message>
        <source>Your mum&apos;s curry</source>
        <translation>El curry de tu madre</translation>
    </message>
</context>
<context>
    <name>cli.demo.therapy</name>
    <message>
        <source>A 20-minute stress-reducing conversation after work</source>
        <translation>Una conversación de 20 minutos para soltar el estrés después del trabajo</translation>
    </message>
    <message>
        <source>Tell each other one small thing we held back today</source>
        <translation>Contarnos una cosa pequeña que nos hayamos guardado hoy</translation>
    </message>
    <message>
        <source>Hard to start, easier once we sat down. Sam listened properly.</source>
        <translation>Costó empezar, fue más fácil al sentarnos. Sam escuchó de verdad.</translation>
    </message>
    <message>
        <source>We both wanted to fix things; next time just listen.</source>
        <translation>Los dos queríamos arreglarlo todo; la próxima vez, solo escuchar.</translation>
    </message>
    <message>
        <source>I said I was worried about the card bill. It went better than I feared.</source>
        <translation>Dije que me preocupaba la factura de la tarjeta. Fue mejor de lo que temía.</translation>
    </message>
    <message>
        <source>Short one, but it helped.</source>
        <translation>Corta, pero ayudó.</translation>
    </message>
    <message>
        <source>Ran out of time after ten minutes.</source>
        <translation>Nos quedamos sin tiempo a los diez minutos.</translation>
    </message>
    <message>
        <source>How do we talk about money without it turning into a trial?</source>
        <translation>¿Cómo hablamos de dinero sin que se convierta en un juicio?</translation>
    </message>
    <message>
        <source>Why do I go quiet when Sam asks where I&apos;ve been?</source>
        <translation>¿Por qué me callo cuando Sam me pregunta dónde he estado?</translation>
    </message>
    <message>
        <source>Is it normal to still feel raw after two months?</source>
        <translation>¿Es normal que todavía duela después de dos meses?</translation>
    </message>
    <message>
        <source>How can I ask about the card without sounding suspicious?</source>
        <translation>¿Cómo puedo preguntar por la tarjeta sin que suene a sospecha?</translation>
    </message>
    <message>
        <source>What does a good weekly check-in look like for us?</source>
        <translation>¿Cómo sería un buen repaso semanal para nosotros?</translation>
    </message>
    <message>
        <source>Everything still feels fragile.</source>
        <translation>Todo se siente todavía frágil.</translation>
    </message>
    <message>
        <source>The evening talks are starting to help.</source>
        <translation>Las charlas de por la noche empiezan a ayudar.</translation>
    </message>
    <message>
        <source>Harder to speak up after the card statement.</source>
        <translation>Me cuesta más hablar después del extracto de la tarjeta.</translation>
    </message>
</context>
<context>
    <name>cli.doctor</name>
    <message>
        <source>Restore the last backup (Settings, or `toward restore`); the damaged files are kept aside, whole.</source>
        <translation>Restaura la última copia de seguridad (en Ajustes, o con `toward restore`); los archivos dañados se guardan aparte, enteros.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>bien</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problema</translation>
    </message>
    <message>
        <source>No household in {folder}. Give its folder with --data-dir PATH.</source>
        <translation>No hay ningún hogar en {folder}. Indica su carpeta con --data-dir RUTA.</translation>
    </message>
    <message>
        <source>Checking the household in {folder}</source>
        <translation>Comprobando el hogar de {folder}</translation>
    </message>
    <message>
        <source>Whose password will you give?</source>
        <translation>¿De quién es la contraseña que vas a dar?</translation>
    </message>
    <message>
        <source>Nobody has been set up yet, so there is no database to check.</source>
        <translation>Todavía no se ha configurado a nadie, así que no hay ninguna base de datos que comprobar.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Contraseña: </translation>
    </message>
    <message>
        <source>This household has two partners: say whose password that is with --partner NAME ({items}).</source>
        <translation>En este hogar hay dos personas: indica de quién es la contraseña con --partner NOMBRE ({items}).</translation>
    </message>
    <message>
        <source>Databases not checked: no password was given (see --partner NAME).</source>
        <translation>Bases de datos sin comprobar: no se dio ninguna contraseña (ver --partner NOMBRE).</translation>
    </message>
    <message>
        <source>No partner called {partner}. Partners: {items}.</source>
        <translation>No hay nadie llamado {partner}. En el hogar: {items}.</translation>
    </message>
    <message>
        <source>{name}&apos;s password: </source>
        <translation>Contraseña de {name}: </translation>
    </message>
    <message>
        <source>Databases not checked: no password was given for {name}.</source>
        <translation>Bases de datos sin comprobar: no se dio ninguna contraseña para {name}.</translation>
    </message>
    <message>
        <source>{keystore_name} reads cleanly ({partners})</source>
        <translation>{keystore_name} se lee sin problemas ({partners})</translation>
    </message>
    <message>
        <source>{backup_name} not there yet (it is made at the next change)</source>
        <translation>{backup_name} aún no existe (se crea con el próximo cambio)</translation>
    </message>
    <message>
        <source>{backup_name} reads cleanly</source>
        <translation>{backup_name} se lee sin problemas</translation>
    </message>
    <message>
        <source>{backup_name} belongs to a different household</source>
        <translation>{backup_name} pertenece a otro hogar</translation>
    </message>
    <message>
        <source>{backup_name} present and belongs to the same household</source>
        <translation>{backup_name} existe y pertenece a este mismo hogar</translation>
    </message>
    <message>
        <source>{exc} The databases were not checked.</source>
        <translation>{exc} No se comprobaron las bases de datos.</translation>
    </message>
    <message>
        <source>The password opens {name}&apos;s space</source>
        <translation>La contraseña abre el espacio de {name}</translation>
    </message>
    <message>
        <source>{name}&apos;s private space</source>
        <translation>espacio privado de {name}</translation>
    </message>
    <message>
        <source>the shared space</source>
        <translation>el espacio compartido</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged parts</source>
        <translation>
            <numerusform>%n parte dañada</numerusform>
            <numerusform>%n partes dañadas</numerusform>
        </translation>
    </message>
    <message>
        <source>{label} ({name}) fails its integrity check ({count} found). Nothing was changed. {restore_advice}</source>
        <translation>{label} ({name}) no pasa su comprobación de integridad ({count} encontradas). No se ha cambiado nada. {restore_advice}</translation>
    </message>
    <message>
        <source>{label} ({name}) passes its integrity check</source>
        <translation>{label} ({name}) pasa su comprobación de integridad</translation>
    </message>
    <message>
        <source>Kept aside, not applied: {what} (asked {when}). {why}</source>
        <translation>Apartado, sin aplicar: {what} (pedido {when}). {why}</translation>
    </message>
    <message>
        <source>{name} has no password slot</source>
        <translation>{name} no tiene hueco de contraseña</translation>
    </message>
    <message>
        <source>{name}&apos;s password slot</source>
        <translation>hueco de contraseña de {name}</translation>
    </message>
    <message>
        <source>{name}&apos;s password is bound to this computer</source>
        <translation>La contraseña de {name} está ligada a este ordenador</translation>
    </message>
    <message>
        <source>{name}&apos;s password is bound to a computer whose key is not in this keyring; the recovery code still opens the space</source>
        <translation>La contraseña de {name} está ligada a un ordenador cuya clave no está en este llavero; el código de recuperación sigue abriendo el espacio</translation>
    </message>
    <message>
        <source>{name} has a recovery code slot</source>
        <translation>{name} tiene hueco para el código de recuperación</translation>
    </message>
    <message>
        <source>{name} has no recovery code slot</source>
        <translation>{name} no tiene hueco para el código de recuperación</translation>
    </message>
    <message>
        <source>Argon2id with {memory} MiB, {passes} passes, parallelism {lanes}</source>
        <translation>Argon2id con {memory} MiB, {passes} pasadas, paralelismo {lanes}</translation>
    </message>
    <message>
        <source>{label}: {described}, below the floor Toward allows</source>
        <translation>{label}: {described}, por debajo del mínimo que admite Toward</translation>
    </message>
    <message>
        <source>{label}: {described} (at or above the floor, below the default)</source>
        <translation>{label}: {described} (en el mínimo o por encima, pero por debajo del valor predeterminado)</translation>
    </message>
    <message>
        <source>{name} ({label}) is missing</source>
        <translation>Falta {name} ({label})</translation>
    </message>
    <message>
        <source>{name} ({label}) cannot be read: {strerror}</source>
        <translation>{name} ({label}) no se puede leer: {strerror}</translation>
    </message>
    <message>
        <source>{name} ({label}) is empty: the file was truncated</source>
        <translation>{name} ({label}) está vacío: el archivo quedó truncado</translation>
    </message>
    <message>
        <source>{name} ({label}) is not encrypted</source>
        <translation>{name} ({label}) no está cifrado</translation>
    </message>
    <message>
        <source>{name} ({label}) is {size} bytes, not a whole number of pages: the file looks cut short</source>
        <translation>{name} ({label}) ocupa {size} bytes, que no son un número entero de páginas: el archivo parece cortado</translation>
    </message>
    <message>
        <source>{name} ({label}): {damage}. Toward will not open it, so nothing more is lost. {restore_advice}</source>
        <translation>{name} ({label}): {damage}. Toward no lo abrirá, así que no se pierde nada más. {restore_advice}</translation>
    </message>
    <message>
        <source>{name} ({label}) present, {size}</source>
        <translation>{name} ({label}) presente, {size}</translation>
    </message>
    <message>
        <source>{folder} cannot be written to: Toward can open it read-only (to read, and to make a backup), but nothing can be changed there</source>
        <translation>No se puede escribir en {folder}: Toward puede abrirla en modo de solo lectura (para leer y para hacer una copia de seguridad), pero ahí no se puede cambiar nada</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full or nearly ({size} free): new writing will be refused until there is room; nothing written is lost</source>
        <translation>El disco de {folder} está lleno o casi ({size} libres): no se podrá escribir nada nuevo hasta que haya sitio; no se pierde nada de lo ya escrito</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>no partners yet</source>
        <translation>todavía nadie</translation>
    </message>
    <message numerus="yes">
        <source>%n partners</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems found.</source>
        <translation>
            <numerusform>Se encontró %n problema.</numerusform>
            <numerusform>Se encontraron %n problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything checked looks healthy.</source>
        <translation>Todo lo comprobado está en buen estado.</translation>
    </message>
</context>
<context>
    <name>cli.export</name>
    <message>
        <source>It holds only your own words, so it is not noted in the export history your partner sees.</source>
        <translation>Solo contiene tus propias palabras, así que no se anota en el historial de exportaciones que ve tu pareja.</translation>
    </message>
    <message>
        <source>Paper is a4 or letter.</source>
        <translation>El papel es a4 o letter.</translation>
    </message>
    <message>
        <source>Only a PDF can be protected with a password.</source>
        <translation>Solo un PDF se puede proteger con contraseña.</translation>
    </message>
    <message>
        <source>toward export: say whose summary it is with --partner NAME ({names}).</source>
        <translation>toward export: indica de quién es el resumen con --partner NOMBRE ({names}).</translation>
    </message>
    <message>
        <source>{name}&apos;s password: </source>
        <translation>Contraseña de {name}: </translation>
    </message>
    <message>
        <source>toward export: no password was given.</source>
        <translation>toward export: no se dio ninguna contraseña.</translation>
    </message>
    <message>
        <source>A password for the PDF: </source>
        <translation>Una contraseña para el PDF: </translation>
    </message>
    <message>
        <source>toward export: --protect needs a password for the PDF.</source>
        <translation>toward export: --protect necesita una contraseña para el PDF.</translation>
    </message>
    <message>
        <source>Wrote the summary for {period} to {file}.</source>
        <translation>Resumen de {period} escrito en {file}.</translation>
    </message>
    <message>
        <source>Anyone who gets this file can read it. Keep it safe, or use --protect.</source>
        <translation>Cualquiera que tenga este archivo puede leerlo. Guárdalo bien, o usa --protect.</translation>
    </message>
    <message>
        <source>{option} is a date like 2026-03-31, not {text}.</source>
        <translation>{option} es una fecha como 2026-03-31, no {text}.</translation>
    </message>
    <message>
        <source>The file name ends in .pdf or .md, which says the format.</source>
        <translation>El nombre del archivo termina en .pdf o .md, que indica el formato.</translation>
    </message>
    <message>
        <source>{file} already exists; choose another name or move it first.</source>
        <translation>{file} ya existe; elige otro nombre o muévelo antes.</translation>
    </message>
    <message>
        <source>There is no folder {folder}.</source>
        <translation>No existe la carpeta {folder}.</translation>
    </message>
    <message>
        <source>The note file cannot be read: {reason}</source>
        <translation>No se puede leer el archivo de la nota: {reason}</translation>
    </message>
    <message>
        <source>A note can be at most {count} characters.</source>
        <translation>Una nota puede tener como mucho {count} caracteres.</translation>
    </message>
</context>
<context>
    <name>cli.main</name>
    <message>
        <source>--demo makes its own temporary household; it takes no --data-dir or command</source>
        <translation>--demo crea su propio hogar temporal; no admite --data-dir ni ninguna orden</translation>
    </message>
    <message>
        <source>Toward: a private, encrypted companion for a couple working on trust.</source>
        <translation>Toward: un acompañante privado y cifrado para una pareja que trabaja la confianza.</translation>
    </message>
    <message>
        <source>open a throwaway household with sample data (removed on exit)</source>
        <translation>abrir un hogar de prueba con datos de ejemplo (se borra al salir)</translation>
    </message>
    <message>
        <source>check the household&apos;s files and, with a password, its databases</source>
        <translation>comprobar los archivos del hogar y, con una contraseña, sus bases de datos</translation>
    </message>
    <message>
        <source>Check the keystore and database files; given a partner&apos;s password (prompted, or one line on standard input), run the encrypted databases&apos; integrity checks. Exit code 0: healthy; 1: a problem was found or a check could not be done; 2: usage error.</source>
        <translation>Comprueba el almacén de claves y los archivos de las bases de datos; con la contraseña de uno de los dos (se pide, o una línea en la entrada estándar), ejecuta las comprobaciones de integridad de las bases de datos cifradas. Código de salida 0: todo bien; 1: se encontró un problema o no se pudo hacer una comprobación; 2: error de uso.</translation>
    </message>
    <message>
        <source>whose password is given (needed with two partners)</source>
        <translation>de quién es la contraseña que se da (necesario si sois dos)</translation>
    </message>
    <message>
        <source>write a summary for a couples therapist (PDF or Markdown)</source>
        <translation>escribir un resumen para la terapia de pareja (PDF o Markdown)</translation>
    </message>
    <message>
        <source>Write a therapy summary of a period as the partner would see it in Toward. The partner&apos;s password is prompted for, or read as the first line of standard input; with --protect the PDF&apos;s password follows (prompted, or the next line). The export is noted in the export history both partners see, unless it is for an individual session (--individual): that holds only your own words, so it is not noted.</source>
        <translation>Escribe un resumen para terapia de un periodo tal como esa persona lo vería en Toward. Su contraseña se pide, o se lee como primera línea de la entrada estándar; con --protect, le sigue la contraseña del PDF (se pide, o la línea siguiente). La exportación queda anotada en el historial de exportaciones que veis los dos, salvo que sea para una sesión individual (--individual): esa solo contiene tus propias palabras, así que no se anota.</translation>
    </message>
    <message>
        <source>whose summary (needed with two)</source>
        <translation>de quién es el resumen (necesario si sois dos)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>any of note, since, practices, bids, ledger, promises, repairs, talks, journal (default: all of these); questions and checkins are ticked in the app</source>
        <translation>cualquiera de note, since, practices, bids, ledger, promises, repairs, talks, journal (por defecto: todas); questions y checkins se marcan en la aplicación</translation>
    </message>
    <message>
        <source>FILE.pdf or FILE.md</source>
        <translation>ARCHIVO.pdf o ARCHIVO.md</translation>
    </message>
    <message>
        <source>a4 (default) or letter</source>
        <translation>a4 (por defecto) o letter</translation>
    </message>
    <message>
        <source>protect the PDF with a password (AES-256)</source>
        <translation>proteger el PDF con una contraseña (AES-256)</translation>
    </message>
    <message>
        <source>what you want to talk about, from a text file</source>
        <translation>de qué quieres hablar, desde un archivo de texto</translation>
    </message>
    <message>
        <source>for an individual session: only your own words, not noted in the shared history</source>
        <translation>para una sesión individual: solo tus propias palabras, sin anotarlo en el historial compartido</translation>
    </message>
    <message>
        <source>the household&apos;s data folder (also ${variable}; default: the app-data folder)</source>
        <translation>la carpeta de datos del hogar (también ${variable}; por defecto: la carpeta de datos de la aplicación)</translation>
    </message>
    <message>
        <source>log what happens to standard error</source>
        <translation>registrar lo que ocurre en la salida de error estándar</translation>
    </message>
    <message>
        <source>This system has no app-data folder; give one with --data-dir PATH.</source>
        <translation>Este sistema no tiene carpeta de datos de aplicaciones; indica una con --data-dir RUTA.</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>La misma contraseña otra vez: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was written.</source>
        <translation>Las dos contraseñas no coinciden; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Demo household in {folder} (removed on exit)</source>
        <translation>Hogar de demostración en {folder} (se borra al salir)</translation>
    </message>
</context>
<context>
    <name>cli.qt_platform</name>
    <message>
        <source>Toward can&apos;t open its window: the system libraries Qt needs to draw on this desktop are not all installed (missing: {files}).</source>
        <translation>Toward no puede abrir su ventana: no están instaladas todas las bibliotecas del sistema que Qt necesita para dibujar en este escritorio (faltan: {files}).</translation>
    </message>
    <message>
        <source>Install the packages that provide them with your system&apos;s package manager (on Debian or Ubuntu: `{command}`), then start Toward again. Nothing was opened or changed.</source>
        <translation>Instala los paquetes que las proporcionan con el gestor de paquetes de tu sistema (en Debian o Ubuntu: `{command}`) y vuelve a abrir Toward. No se ha abierto ni cambiado nada.</translation>
    </message>
    <message>
        <source>On {system}, install them with `{command}`, then start Toward again. Nothing was opened or changed.</source>
        <translation>En {system}, instálalas con `{command}` y vuelve a abrir Toward. No se ha abierto ni cambiado nada.</translation>
    </message>
</context>
<context>
    <name>cli.sync</name>
    <message>
        <source>keep the household on two computers through a synced folder</source>
        <translation>mantener el hogar en dos ordenadores mediante una carpeta sincronizada</translation>
    </message>
    <message>
        <source>Keep a household on more than one computer through a folder a sync engine (Syncthing, a cloud drive, a network share) keeps in step. Everything written there is encrypted.</source>
        <translation>Mantén un hogar en más de un ordenador mediante una carpeta que un servicio de sincronización (Syncthing, una unidad en la nube, una carpeta de red) mantiene al día. Todo lo que se escribe ahí va cifrado.</translation>
    </message>
    <message>
        <source>link this household to a sync folder</source>
        <translation>vincular este hogar a una carpeta de sincronización</translation>
    </message>
    <message>
        <source>the synced folder</source>
        <translation>la carpeta sincronizada</translation>
    </message>
    <message>
        <source>whose password is given</source>
        <translation>de quién es la contraseña que se da</translation>
    </message>
    <message>
        <source>this computer&apos;s name for the others</source>
        <translation>el nombre de este ordenador para los demás</translation>
    </message>
    <message>
        <source>Check that the sync service shows no errors for this folder on both computers; once it copies the file again whole, Toward applies it. Nothing is lost: the computer that wrote it still has those changes.</source>
        <translation>Comprueba que el servicio de sincronización no muestra errores para esta carpeta en los dos ordenadores; cuando vuelva a copiar el archivo entero, Toward lo aplicará. No se pierde nada: el ordenador que lo escribió sigue teniendo esos cambios.</translation>
    </message>
    <message>
        <source>keep your private changes in a folder only your own computers share</source>
        <translation>guardar tus cambios privados en una carpeta que solo comparten tus propios ordenadores</translation>
    </message>
    <message>
        <source>From now on your private changes travel through FOLDER, a folder your sync service shares only between your own computers, never with your partner&apos;s. This computer&apos;s earlier private files move there from the sync folder. Give the same folder on each of your computers.</source>
        <translation>A partir de ahora tus cambios privados viajan por FOLDER, una carpeta que tu servicio de sincronización comparte solo entre tus propios ordenadores, nunca con el de tu pareja. Los archivos privados anteriores de este ordenador pasan allí desde la carpeta de sincronización. Indica la misma carpeta en cada uno de tus ordenadores.</translation>
    </message>
    <message>
        <source>the folder for your private changes</source>
        <translation>la carpeta para tus cambios privados</translation>
    </message>
    <message>
        <source>stop using your private folder on this computer</source>
        <translation>dejar de usar tu carpeta privada en este ordenador</translation>
    </message>
    <message>
        <source>From now on your private changes travel through the sync folder again, encrypted with a key only you hold: your partner&apos;s computer holds them and cannot read them. This computer&apos;s own private files move back there from your private folder first. Your other computers that still use that folder read them; what they write there reaches this computer once you stop using it on them too.</source>
        <translation>A partir de ahora tus cambios privados vuelven a viajar por la carpeta de sincronización, cifrados con una clave que solo tienes tú: el ordenador de tu pareja los guarda y no puede leerlos. Primero, los archivos privados de este ordenador vuelven allí desde tu carpeta privada. Tus otros ordenadores que aún usan esa carpeta los leen; lo que escriben en ella llega a este ordenador cuando también dejes de usarla en ellos.</translation>
    </message>
    <message>
        <source>a one-time code for your partner to join</source>
        <translation>un código de un solo uso para que tu pareja se una</translation>
    </message>
    <message>
        <source>who invites</source>
        <translation>quién invita</translation>
    </message>
    <message>
        <source>join a household from its sync folder on this computer</source>
        <translation>unirse a un hogar desde su carpeta de sincronización en este ordenador</translation>
    </message>
    <message>
        <source>Make the household in FOLDER on this computer, in an empty --data-dir. On your own other computer give your password; on your partner&apos;s computer give the invitation&apos;s code, then the new password (one line each on standard input).</source>
        <translation>Crea el hogar de FOLDER en este ordenador, en un --data-dir vacío. En otro ordenador tuyo, da tu contraseña; en el de tu pareja, el código de la invitación y después la nueva contraseña (una línea cada uno en la entrada estándar).</translation>
    </message>
    <message>
        <source>your name in the household</source>
        <translation>tu nombre en el hogar</translation>
    </message>
    <message>
        <source>on your own other computer: the folder your private changes travel through</source>
        <translation>en otro ordenador tuyo: la carpeta por la que viajan tus cambios privados</translation>
    </message>
    <message>
        <source>exchange changes with the sync folder once</source>
        <translation>intercambiar cambios con la carpeta de sincronización una vez</translation>
    </message>
    <message>
        <source>the other computers and any problems</source>
        <translation>los otros ordenadores y cualquier problema</translation>
    </message>
    <message>
        <source>Linked the household in {data} to {folder}.</source>
        <translation>El hogar de {data} está vinculado a {folder}.</translation>
    </message>
    <message>
        <source>Give this code to your partner, by voice or in person; it works once, for 7 days. On their computer: toward sync join FOLDER --name THEIR-NAME</source>
        <translation>Dale este código a tu pareja, de palabra o en persona; sirve una vez, durante 7 días. En su ordenador: toward sync join FOLDER --name SU-NOMBRE</translation>
    </message>
    <message>
        <source>{name}&apos;s private changes now travel through {folder}.</source>
        <translation>Los cambios privados de {name} viajan ahora por {folder}.</translation>
    </message>
    <message>
        <source>{name}&apos;s private changes travel through the sync folder again. On your other computers that use {folder}, stop using it too: toward sync unlink-private</source>
        <translation>Los cambios privados de {name} vuelven a viajar por la carpeta de sincronización. En tus otros ordenadores que usan {folder}, deja de usarla también: toward sync unlink-private</translation>
    </message>
    <message>
        <source>{name}&apos;s password: </source>
        <translation>Contraseña de {name}: </translation>
    </message>
    <message>
        <source>toward: no password was given for {name}.</source>
        <translation>toward: no se dio ninguna contraseña para {name}.</translation>
    </message>
    <message>
        <source>toward: --private-folder is for joining your own other computer; on your own computer, choose one later with: toward sync link-private</source>
        <translation>toward: --private-folder sirve para unir otro ordenador tuyo; en tu propio ordenador, elige una más adelante con: toward sync link-private</translation>
    </message>
    <message>
        <source>toward: no password was given.</source>
        <translation>toward: no se dio ninguna contraseña.</translation>
    </message>
    <message>
        <source>The code your partner gave you: </source>
        <translation>El código que te dio tu pareja: </translation>
    </message>
    <message>
        <source>Your new password: </source>
        <translation>Tu nueva contraseña: </translation>
    </message>
    <message>
        <source>toward: give the code, then a new password.</source>
        <translation>toward: da el código y después una contraseña nueva.</translation>
    </message>
    <message>
        <source>{name} joined the household in {data}.</source>
        <translation>{name} se ha unido al hogar de {data}.</translation>
    </message>
    <message>
        <source>Your recovery code (write it down and keep it safe; it is shown once): {code}</source>
        <translation>Tu código de recuperación (apúntalo y guárdalo en un lugar seguro; solo se muestra una vez): {code}</translation>
    </message>
    <message>
        <source>Not applied: {what}</source>
        <translation>Sin aplicar: {what}</translation>
    </message>
    <message>
        <source>Problem: {what}</source>
        <translation>Problema: {what}</translation>
    </message>
    <message>
        <source>This household is not linked to a sync folder.</source>
        <translation>Este hogar no está vinculado a ninguna carpeta de sincronización.</translation>
    </message>
    <message>
        <source>Linked to {folder}.</source>
        <translation>Vinculado a {folder}.</translation>
    </message>
    <message>
        <source>{name}&apos;s private changes travel through {folder}.</source>
        <translation>Los cambios privados de {name} viajan por {folder}.</translation>
    </message>
    <message>
        <source>{computer} sends {name}&apos;s private changes through the sync folder, not the private folder: what this computer sends there reaches it once it uses the same folder (toward sync link-private), or once this one stops (toward sync unlink-private).</source>
        <translation>{computer} envía los cambios privados de {name} por la carpeta de sincronización, no por la carpeta privada: lo que este ordenador envía allí le llega cuando use la misma carpeta (toward sync link-private), o cuando este deje de usarla (toward sync unlink-private).</translation>
    </message>
    <message>
        <source>{name}: a change file stays unreadable since {when}.</source>
        <translation>{name}: un archivo de cambios sigue sin poder leerse desde {when}.</translation>
    </message>
    <message>
        <source>{name}: up to date, last heard {when}.</source>
        <translation>{name}: al día; última noticia {when}.</translation>
    </message>
    <message>
        <source>{name}: waiting for changes since {when}.</source>
        <translation>{name}: esperando cambios desde {when}.</translation>
    </message>
    <message>
        <source>A change file from {name} stays unreadable since {when}. {advice}</source>
        <translation>Un archivo de cambios de {name} sigue sin poder leerse desde {when}. {advice}</translation>
    </message>
    <message numerus="yes">
        <source>Changes applied from other computers: %n.</source>
        <translation>
            <numerusform>Cambios aplicados desde otros ordenadores: %n.</numerusform>
            <numerusform>Cambios aplicados desde otros ordenadores: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes sent: %n.</source>
        <translation>
            <numerusform>Cambios enviados: %n.</numerusform>
            <numerusform>Cambios enviados: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core.bids</name>
    <message>
        <source>Research context, not a grade: in John Gottman&apos;s study of newlywed couples, those still together six years later had turned toward each other&apos;s bids about 86% of the time; those who had separated, about 33%. (Gottman &amp; DeClaire, The Relationship Cure, 2001.) Every couple&apos;s numbers move from week to week.</source>
        <translation>Contexto de la investigación, no una nota: en el estudio de John Gottman con parejas recién casadas, las que seguían juntas seis años después se habían acercado a los gestos de conexión del otro alrededor del 86 % de las veces; las que se habían separado, alrededor del 33 %. (Gottman y DeClaire, The Relationship Cure, 2001.) Las cifras de cada pareja cambian de una semana a otra.</translation>
    </message>
</context>
<context>
    <name>core.bids.model</name>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
</context>
<context>
    <name>core.bids.waiting</name>
    <message>
        <source>Bids you could still turn toward</source>
        <translation>Gestos a los que aún puedes acercarte</translation>
    </message>
    <message>
        <source>{kind}, {day}</source>
        <translation>{kind}, {day}</translation>
    </message>
</context>
<context>
    <name>core.checkins</name>
    <message>
        <source>How close did I feel to my partner this week?</source>
        <translation>¿Cuánto me he sentido cerca de mi pareja esta semana?</translation>
    </message>
    <message>
        <source>How safe did I feel to say what I really think?</source>
        <translation>¿Cuánta seguridad he sentido para decir lo que de verdad pienso?</translation>
    </message>
    <message>
        <source>How hopeful do I feel about us right now?</source>
        <translation>¿Cuánta esperanza siento ahora mismo en lo nuestro?</translation>
    </message>
    <message>
        <source>Felt close</source>
        <translation>Cercanía</translation>
    </message>
    <message>
        <source>Felt safe to speak</source>
        <translation>Seguridad para hablar</translation>
    </message>
    <message>
        <source>Hopeful</source>
        <translation>Esperanza</translation>
    </message>
    <message>
        <source>not at all</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>a little</source>
        <translation>un poco</translation>
    </message>
    <message>
        <source>somewhat</source>
        <translation>algo</translation>
    </message>
    <message>
        <source>quite</source>
        <translation>bastante</translation>
    </message>
    <message>
        <source>very</source>
        <translation>mucho</translation>
    </message>
    <message>
        <source>Context, not a measure: asking clients routinely how they are doing between sessions, and sharing it with the therapist, has been linked to better outcomes in couple therapy (Anker, Duncan &amp; Sparks, 2009). Your answers are yours; they describe a week, not a person.</source>
        <translation>Contexto, no una medida: preguntar con regularidad cómo van las cosas entre sesiones, y compartirlo en terapia, se ha relacionado con mejores resultados en la terapia de pareja (Anker, Duncan y Sparks, 2009). Tus respuestas son tuyas; describen una semana, no a una persona.</translation>
    </message>
    <message>
        <source>Your weekly check-in</source>
        <translation>Tu repaso semanal</translation>
    </message>
    <message>
        <source>Three private questions about your own week. Only you see the answers.</source>
        <translation>Tres preguntas privadas sobre tu propia semana. Solo tú ves las respuestas.</translation>
    </message>
</context>
<context>
    <name>core.clock</name>
    <message>
        <source>from {first} to {last}</source>
        <translation>del {first} al {last}</translation>
    </message>
</context>
<context>
    <name>core.journal.entries</name>
    <message>
        <source>{count}+ shared entries waiting for you</source>
        <translation>Más de {count} entradas compartidas te esperan</translation>
    </message>
    <message numerus="yes">
        <source>%n shared entries waiting for you</source>
        <translation>
            <numerusform>%n entrada compartida te espera</numerusform>
            <numerusform>%n entradas compartidas te esperan</numerusform>
        </translation>
    </message>
    <message>
        <source>Unread in the shared journal</source>
        <translation>Sin leer en el diario compartido</translation>
    </message>
</context>
<context>
    <name>core.labels</name>
    <message>
        <source>a comment</source>
        <translation>un comentario</translation>
    </message>
    <message>
        <source>a question</source>
        <translation>una pregunta</translation>
    </message>
    <message>
        <source>a touch</source>
        <translation>una caricia</translation>
    </message>
    <message>
        <source>a request for help</source>
        <translation>una petición de ayuda</translation>
    </message>
    <message>
        <source>an invitation</source>
        <translation>una invitación</translation>
    </message>
    <message>
        <source>a sigh or a look</source>
        <translation>un suspiro o una mirada</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>otra cosa</translation>
    </message>
    <message>
        <source>turned toward</source>
        <translation>con cercanía</translation>
    </message>
    <message>
        <source>turned away</source>
        <translation>con distancia</translation>
    </message>
    <message>
        <source>turned against</source>
        <translation>en contra</translation>
    </message>
    <message>
        <source>not yet answered</source>
        <translation>aún sin respuesta</translation>
    </message>
    <message>
        <source>heavy</source>
        <translation>pesado</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>sereno</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bueno</translation>
    </message>
    <message>
        <source>bright</source>
        <translation>luminoso</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>recibido</translation>
    </message>
    <message>
        <source>has a question</source>
        <translation>tiene una pregunta</translation>
    </message>
    <message>
        <source>talked it through</source>
        <translation>lo hablamos</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>respondida</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>cumplida</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>no cumplida</translation>
    </message>
    <message>
        <source>renegotiated</source>
        <translation>renegociada</translation>
    </message>
    <message>
        <source>released</source>
        <translation>liberada</translation>
    </message>
    <message>
        <source>finding a time</source>
        <translation>buscando un momento</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>on a break</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>An argument</source>
        <translation>Una discusión</translation>
    </message>
    <message>
        <source>A broken agreement</source>
        <translation>Un acuerdo roto</translation>
    </message>
    <message>
        <source>Something kept secret</source>
        <translation>Algo que se mantuvo en secreto</translation>
    </message>
    <message>
        <source>A breach of trust</source>
        <translation>Una ruptura de la confianza</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <source>What I want to talk about</source>
        <translation>De qué quiero hablar</translation>
    </message>
    <message>
        <source>Questions for our therapist</source>
        <translation>Preguntas para la terapia</translation>
    </message>
    <message>
        <source>My weekly check-ins</source>
        <translation>Mis repasos semanales</translation>
    </message>
    <message>
        <source>What happened since last time</source>
        <translation>Qué ha pasado desde la última vez</translation>
    </message>
    <message>
        <source>What we practised</source>
        <translation>Lo que hemos practicado</translation>
    </message>
    <message>
        <source>Bids for connection</source>
        <translation>Gestos de conexión</translation>
    </message>
    <message>
        <source>Promises and agreements</source>
        <translation>Promesas y acuerdos</translation>
    </message>
    <message>
        <source>Money ledger</source>
        <translation>Registro de gastos</translation>
    </message>
    <message>
        <source>Repair conversations</source>
        <translation>Conversaciones de reparación</translation>
    </message>
    <message>
        <source>Planned conversations</source>
        <translation>Conversaciones planeadas</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
</context>
<context>
    <name>core.ledger.agreement</name>
    <message>
        <source>We tell each other about any purchase over {amount} the same day.</source>
        <translation>Nos contamos cualquier compra de más de {amount} el mismo día.</translation>
    </message>
    <message numerus="yes">
        <source>We tell each other about any purchase over {amount} within %n days.</source>
        <translation>
            <numerusform>Nos contamos cualquier compra de más de {amount} en un plazo de %n día.</numerusform>
            <numerusform>Nos contamos cualquier compra de más de {amount} en un plazo de %n días.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core.ledger.reading</name>
    <message>
        <source>{count}+ questions about your disclosures</source>
        <translation>{count}+ preguntas sobre lo que has contado</translation>
    </message>
    <message numerus="yes">
        <source>%n questions about your disclosures</source>
        <translation>
            <numerusform>%n pregunta sobre lo que has contado</numerusform>
            <numerusform>%n preguntas sobre lo que has contado</numerusform>
        </translation>
    </message>
    <message>
        <source>Money shared with you</source>
        <translation>Compras que te han contado</translation>
    </message>
    <message>
        <source>Questions about your disclosures</source>
        <translation>Preguntas sobre lo que has contado</translation>
    </message>
    <message>
        <source>An agreement waiting for you</source>
        <translation>Un acuerdo que te espera</translation>
    </message>
    <message>
        <source>{amount} at an unnamed payee, {day}</source>
        <translation>{amount} en un comercio sin nombre, {day}</translation>
    </message>
    <message>
        <source>{amount} at {payee}, {day}</source>
        <translation>{amount} en {payee}, {day}</translation>
    </message>
</context>
<context>
    <name>core.ledger.records</name>
    <message>
        <source>response</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <source>note on the correction</source>
        <translation>nota sobre la corrección</translation>
    </message>
    <message>
        <source>why</source>
        <translation>porqué</translation>
    </message>
    <message>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <source>payee</source>
        <translation>destinatario</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message numerus="yes">
        <source>disclosed %n days after the agreed {agreed}</source>
        <translation>
            <numerusform>%n día después del plazo acordado de {agreed}</numerusform>
            <numerusform>%n días después del plazo acordado de {agreed}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core.ledger.writing</name>
    <message>
        <source>question</source>
        <translation>pregunta</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>respuesta</translation>
    </message>
</context>
<context>
    <name>core.operations</name>
    <message>
        <source>Sharing one of your records</source>
        <translation>Compartir uno de tus registros</translation>
    </message>
    <message>
        <source>Something of your partner&apos;s already stood where its shared copy would go.</source>
        <translation>En el lugar de su copia compartida ya había algo de tu pareja.</translation>
    </message>
    <message>
        <source>Taking one of your records back from the shared space</source>
        <translation>Retirar uno de tus registros del espacio compartido</translation>
    </message>
    <message>
        <source>Its shared copy was not yours to remove.</source>
        <translation>Su copia compartida no era tuya para retirarla.</translation>
    </message>
    <message>
        <source>Disclosing a purchase</source>
        <translation>Contar una compra</translation>
    </message>
    <message>
        <source>The shared ledger already held a line in its place.</source>
        <translation>El registro compartido ya tenía una línea en su lugar.</translation>
    </message>
    <message>
        <source>Correcting a disclosure</source>
        <translation>Corregir una compra contada</translation>
    </message>
    <message>
        <source>That disclosure had already been corrected in the meantime.</source>
        <translation>Esa compra contada ya se había corregido mientras tanto.</translation>
    </message>
    <message>
        <source>Revealing your answer in a repair conversation</source>
        <translation>Mostrar tu respuesta en una conversación de reparación</translation>
    </message>
    <message>
        <source>An answer stays sealed until both of you have answered; yours waits in your space.</source>
        <translation>Una respuesta queda sellada hasta que los dos hayáis respondido; la tuya espera en tu espacio.</translation>
    </message>
    <message>
        <source>Revealing your answer in a knowing round</source>
        <translation>Mostrar tu respuesta en una ronda para conoceros</translation>
    </message>
    <message>
        <source>Importing records into both spaces</source>
        <translation>Importar registros a los dos espacios</translation>
    </message>
    <message>
        <source>The shared space already held some of them in their place.</source>
        <translation>El espacio compartido ya tenía algunos en su lugar.</translation>
    </message>
    <message>
        <source>A change to your private and shared spaces</source>
        <translation>Un cambio en tus espacios privado y compartido</translation>
    </message>
    <message>
        <source>The shared space no longer allowed it.</source>
        <translation>El espacio compartido ya no lo permitía.</translation>
    </message>
    <message>
        <source>Nothing of it was half applied: the shared space took none of it, and your own space is as it was before you asked.</source>
        <translation>No se aplicó nada a medias: el espacio compartido no recibió nada y tu propio espacio está como antes de pedirlo.</translation>
    </message>
</context>
<context>
    <name>core.period</name>
    <message>
        <source>{start} to {end}</source>
        <translation>del {start} al {end}</translation>
    </message>
</context>
<context>
    <name>core.practices</name>
    <message>
        <source>once a week</source>
        <translation>una vez a la semana</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>cada día</translation>
    </message>
    <message numerus="yes">
        <source>%n times a week</source>
        <translation>
            <numerusform>%n vez a la semana</numerusform>
            <numerusform>%n veces a la semana</numerusform>
        </translation>
    </message>
    <message>
        <source>practice</source>
        <translation>práctica</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>Practices from therapy</source>
        <translation>Prácticas de terapia</translation>
    </message>
    <message>
        <source>{what} · {how_often}, not yet practised this week</source>
        <translation>{what} · {how_often}, aún sin practicar esta semana</translation>
    </message>
    <message numerus="yes">
        <source>{what} · {how_often}, practised %n times so far this week</source>
        <translation>
            <numerusform>{what} · {how_often}, practicada %n vez esta semana</numerusform>
            <numerusform>{what} · {how_often}, practicada %n veces esta semana</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core.promises.model</name>
    <message>
        <source>agreement</source>
        <translation>acuerdo</translation>
    </message>
    <message>
        <source>A moment</source>
        <translation>Un momento</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>The time a promise was made</source>
        <translation>El momento en que se hizo la promesa</translation>
    </message>
    <message>
        <source>promise</source>
        <translation>promesa</translation>
    </message>
    <message>
        <source>A missed promise is a moment for repair, not a verdict on anyone: talk about what got in the way, and what would help next time.</source>
        <translation>Una promesa no cumplida es un momento para reparar, no un veredicto sobre nadie: hablad de lo que se interpuso y de lo que ayudaría la próxima vez.</translation>
    </message>
</context>
<context>
    <name>core.promises.promises</name>
    <message>
        <source>Promises due soon</source>
        <translation>Promesas que vencen pronto</translation>
    </message>
    <message>
        <source>New terms asked for: {what}</source>
        <translation>Se piden nuevos términos: {what}</translation>
    </message>
    <message>
        <source>A promise to talk over</source>
        <translation>Una promesa de la que hablar</translation>
    </message>
    <message>
        <source>You: {what} · {due}</source>
        <translation>Tú: {what} · {due}</translation>
    </message>
    <message>
        <source>To you: {what} · {due}</source>
        <translation>Para ti: {what} · {due}</translation>
    </message>
    <message>
        <source>no set day</source>
        <translation>sin día fijado</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message>
        <source>due tomorrow</source>
        <translation>vence mañana</translation>
    </message>
    <message>
        <source>was due {day}</source>
        <translation>vencía el {day}</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>vence el {day}</translation>
    </message>
</context>
<context>
    <name>core.reminders</name>
    <message>
        <source>A good moment to check in with each other?</source>
        <translation>¿Un buen momento para ver cómo estáis?</translation>
    </message>
</context>
<context>
    <name>core.repairs.breach</name>
    <message>
        <source>Trust that was broken comes back slowly, from honest answers and from what happens over the weeks and months after. Some questions ask about facts, some about meaning; both have their place.</source>
        <translation>La confianza que se rompió vuelve despacio, con respuestas sinceras y con lo que pasa en las semanas y los meses siguientes. Unas preguntas son sobre los hechos y otras sobre su significado; las dos tienen su lugar.</translation>
    </message>
    <message>
        <source>If you broke the trust</source>
        <translation>Si fuiste tú quien rompió la confianza</translation>
    </message>
    <message>
        <source>Answer honestly and completely, even where the truth shows you in a worse light: a piece found out later hurts more than the whole told now. Let your partner say how much it hurt, as often as they need to, without defending yourself or asking them to move on. The same question may come again; each time is a chance to show you are not hiding. Change shows over time, in promises kept and in things told before being asked, and Toward keeps a record of both in Promises and in Money.</source>
        <translation>Responde con sinceridad y por completo, aunque la verdad te deje en peor lugar: un trozo que se descubre después duele más que el todo contado ahora. Deja que tu pareja diga cuánto le dolió, tantas veces como lo necesite, sin defenderte ni pedirle que pase página. La misma pregunta puede volver; cada vez es una ocasión de mostrar que no te escondes. El cambio se ve con el tiempo, en promesas cumplidas y en cosas contadas antes de que te las pregunten, y Toward guarda constancia de ambas en Promesas y en Dinero.</translation>
    </message>
    <message>
        <source>If you were hurt</source>
        <translation>Si a ti te hicieron daño</translation>
    </message>
    <message>
        <source>You may ask anything, and ask again. Notice whether a question is about facts or about meaning. A few clear facts end the guessing; chasing every detail can leave pictures that are hard to put down. Questions about meaning (why, what it was about, what it says about the two of you) are where understanding grows. Say what you feel rather than what your partner is, and take a break when it floods you: coming back to it is part of the work.</source>
        <translation>Puedes preguntar cualquier cosa, y volver a preguntar. Fíjate en si una pregunta es sobre los hechos o sobre su significado. Unos pocos hechos claros acaban con las conjeturas; perseguir cada detalle puede dejar imágenes difíciles de soltar. Las preguntas sobre el significado (por qué, de qué se trataba, qué dice de vosotros dos) son donde crece la comprensión. Di lo que sientes en lugar de lo que es tu pareja, y haz una pausa cuando te desbordes: volver a ello también es parte del camino.</translation>
    </message>
    <message>
        <source>About what happened</source>
        <translation>Sobre lo que pasó</translation>
    </message>
    <message>
        <source>What, when, who: questions with plain answers, to stop the guessing.</source>
        <translation>Qué, cuándo, quién: preguntas con respuestas claras, para dejar de hacer conjeturas.</translation>
    </message>
    <message>
        <source>About what it means</source>
        <translation>Sobre lo que significa</translation>
    </message>
    <message>
        <source>Why, and what it says about each of you and about the two of you.</source>
        <translation>Por qué, y qué dice de cada uno y de vosotros dos.</translation>
    </message>
</context>
<context>
    <name>core.repairs.conversations</name>
    <message>
        <source>On a break until {when}</source>
        <translation>En pausa hasta {when}</translation>
    </message>
    <message>
        <source>A time to talk was proposed: {when}</source>
        <translation>Se ha propuesto un momento para hablar: {when}</translation>
    </message>
    <message>
        <source>Your turn: {step}</source>
        <translation>Te toca: {step}</translation>
    </message>
    <message>
        <source>Repair conversations</source>
        <translation>Conversaciones de reparación</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>hoy a las {time}</translation>
    </message>
</context>
<context>
    <name>core.repairs.steps</name>
    <message>
        <source>Name what you felt</source>
        <translation>Nombra lo que sentiste</translation>
    </message>
    <message>
        <source>Write about your own feelings at the time, in sentences that start with “I felt…”. Describe what went on inside you rather than what your partner did wrong: no blame, no “you always”.</source>
        <translation>Escribe sobre lo que tú sentiste en ese momento, con frases que empiecen por «Sentí…». Describe lo que pasaba dentro de ti, no lo que tu pareja hizo mal: sin culpas, sin «tú siempre».</translation>
    </message>
    <message>
        <source>I felt…</source>
        <translation>Sentí…</translation>
    </message>
    <message>
        <source>What each of you felt</source>
        <translation>Lo que sintió cada uno</translation>
    </message>
    <message>
        <source>Listen without judging</source>
        <translation>Escucha sin juzgar</translation>
    </message>
    <message>
        <source>Read your partner&apos;s feelings slowly, as if you were hearing them for the first time. Then write back what you understood, in your own words. Understanding is not agreeing; you are checking that you heard them.</source>
        <translation>Lee despacio lo que sintió tu pareja, como si lo oyeras por primera vez. Después escribe lo que has entendido, con tus propias palabras. Entender no es estar de acuerdo; solo compruebas que lo has escuchado bien.</translation>
    </message>
    <message>
        <source>What I hear is that you felt…</source>
        <translation>Lo que oigo es que sentiste…</translation>
    </message>
    <message>
        <source>What each of you heard</source>
        <translation>Lo que escuchó cada uno</translation>
    </message>
    <message>
        <source>Tell it as you saw it</source>
        <translation>Cuéntalo como lo viste</translation>
    </message>
    <message>
        <source>Describe what happened from where you stood and what it meant to you. Two accounts can both be true; this is not a trial about the facts.</source>
        <translation>Describe lo que pasó desde donde tú estabas y lo que significó para ti. Dos relatos pueden ser verdad a la vez; esto no es un juicio sobre los hechos.</translation>
    </message>
    <message>
        <source>From where I stood…</source>
        <translation>Desde donde yo estaba…</translation>
    </message>
    <message>
        <source>How each of you saw it</source>
        <translation>Cómo lo vio cada uno</translation>
    </message>
    <message>
        <source>What it touched in you</source>
        <translation>Lo que removió en ti</translation>
    </message>
    <message>
        <source>Sometimes a moment hurts more than it seems to deserve, because it presses on something older: an earlier hurt, a memory from growing up or from another relationship, a story you tell yourself about what you are worth or whether you can count on people. Write what this moment touched in you. It can explain why you reacted as you did; it does not excuse anything, and it blames no one.</source>
        <translation>A veces un momento duele más de lo que parece merecer, porque toca algo más antiguo: una herida anterior, un recuerdo de la infancia o de otra relación, una historia que te cuentas sobre lo que vales o sobre si puedes contar con los demás. Escribe lo que este momento removió en ti. Puede explicar por qué reaccionaste así; no excusa nada y no culpa a nadie.</translation>
    </message>
    <message>
        <source>It touched something in me…</source>
        <translation>Removió algo en mí…</translation>
    </message>
    <message>
        <source>What it touched in each of you</source>
        <translation>Lo que removió en cada uno</translation>
    </message>
    <message>
        <source>Own your part</source>
        <translation>Reconoce tu parte</translation>
    </message>
    <message>
        <source>Name something you brought to what happened, however small: a hard week, a sharp tone, something left unsaid. Owning a part is not taking all the blame.</source>
        <translation>Nombra algo que tú aportaste a lo que pasó, por pequeño que sea: una semana difícil, un tono brusco, algo que no dijiste. Reconocer una parte no es cargar con toda la culpa.</translation>
    </message>
    <message>
        <source>My part in this was…</source>
        <translation>Mi parte en esto fue…</translation>
    </message>
    <message>
        <source>The part each of you owned</source>
        <translation>La parte que reconoció cada uno</translation>
    </message>
    <message>
        <source>Say sorry, and receive it</source>
        <translation>Pide perdón y recíbelo</translation>
    </message>
    <message>
        <source>Apologize for your part, plainly and without a “but”. When your partner&apos;s apology appears, you can accept it now or later, when you are ready.</source>
        <translation>Pide perdón por tu parte, con sencillez y sin un «pero». Cuando aparezca la disculpa de tu pareja, puedes aceptarla ahora o más adelante, cuando quieras.</translation>
    </message>
    <message>
        <source>I&apos;m sorry that…</source>
        <translation>Siento que…</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>Disculpas</translation>
    </message>
    <message>
        <source>Plan the next time together</source>
        <translation>Planead juntos la próxima vez</translation>
    </message>
    <message>
        <source>Agree on one or two small, concrete things that would help if this came up again. Each one can become a promise or a standing agreement.</source>
        <translation>Poneos de acuerdo en una o dos cosas pequeñas y concretas que ayudarían si esto volviera a pasar. Cada una puede convertirse en una promesa o en un acuerdo vigente.</translation>
    </message>
    <message>
        <source>Next time, we…</source>
        <translation>La próxima vez, nosotros…</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>El plan</translation>
    </message>
    <message>
        <source>Your answers stay sealed in your private space. {partner} sees them only after writing their own answer to the same step, so neither of you writes in reaction to the other. When you sit together with both of you unlocked, both answers appear side by side at once. Otherwise each answer appears the next time its writer opens Toward after both have answered.</source>
        <translation>Tus respuestas quedan selladas en tu espacio privado. {partner} solo las ve después de escribir su propia respuesta al mismo paso, para que ninguno escriba como reacción al otro. Si os sentáis juntos con los dos espacios abiertos, las dos respuestas aparecen a la vez, una al lado de la otra. Si no, cada respuesta aparece la próxima vez que quien la escribió abra Toward, cuando los dos hayáis respondido.</translation>
    </message>
    <message>
        <source>Your answer stays sealed in your private space until {partner} has answered this step too. Once submitted, it stays as you wrote it.</source>
        <translation>Tu respuesta queda sellada en tu espacio privado hasta que {partner} también haya respondido a este paso. Una vez enviada, se queda tal como la escribiste.</translation>
    </message>
    <message>
        <source>When a talk gets too heated, the body needs time to settle before anyone can listen well. Try not to replay the argument in your head during the break.</source>
        <translation>Cuando una conversación se calienta demasiado, el cuerpo necesita tiempo para calmarse antes de que nadie pueda escuchar bien. Durante la pausa, intenta no repetir la discusión en tu cabeza.</translation>
    </message>
    <message>
        <source>Walk slowly around the block and notice five things you can see.</source>
        <translation>Da una vuelta despacio a la manzana y fíjate en cinco cosas que veas.</translation>
    </message>
    <message>
        <source>Breathe in for a count of four and out for a count of six, for a few minutes.</source>
        <translation>Durante unos minutos, inspira contando hasta cuatro y espira contando hasta seis.</translation>
    </message>
    <message>
        <source>Make a warm drink and have it somewhere quiet, away from the screen.</source>
        <translation>Prepárate una bebida caliente y tómatela en un sitio tranquilo, lejos de la pantalla.</translation>
    </message>
    <message>
        <source>Put on one song you love and do nothing but listen to it.</source>
        <translation>Pon una canción que te encante y no hagas nada más que escucharla.</translation>
    </message>
    <message>
        <source>Wash your face with cool water, then roll your shoulders and stretch.</source>
        <translation>Lávate la cara con agua fresca; luego mueve los hombros y estírate.</translation>
    </message>
    <message>
        <source>Sit by a window and watch the sky or the street until your breath slows.</source>
        <translation>Siéntate junto a una ventana y mira el cielo o la calle hasta que tu respiración se calme.</translation>
    </message>
</context>
<context>
    <name>core.talks.knowing</name>
    <message>
        <source>Each of you answers a question about yourself and guesses how the other will answer. Both stay sealed until both have written, then appear side by side. Nobody keeps score: the fun is in the talk it starts.</source>
        <translation>Cada uno responde una pregunta sobre sí mismo y adivina qué responderá el otro. Todo queda sellado hasta que los dos hayáis escrito, y entonces aparece una respuesta junto a otra. Nadie lleva la cuenta: lo bonito es la conversación que surge.</translation>
    </message>
</context>
<context>
    <name>core.talks.topics</name>
    <message>
        <source>Trust and commitment</source>
        <translation>Confianza y compromiso</translation>
    </message>
    <message>
        <source>What you count on each other for, day to day.</source>
        <translation>En qué contáis el uno con el otro, día a día.</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>How you disagree, and how you come back together.</source>
        <translation>Cómo discrepáis y cómo volvéis a encontraros.</translation>
    </message>
    <message>
        <source>Closeness and intimacy</source>
        <translation>Cercanía e intimidad</translation>
    </message>
    <message>
        <source>Touch, attention, and feeling wanted.</source>
        <translation>Caricias, atención y sentir que el otro te desea.</translation>
    </message>
    <message>
        <source>Work and money</source>
        <translation>Trabajo y dinero</translation>
    </message>
    <message>
        <source>Time, money, and what security means to each.</source>
        <translation>Tiempo, dinero y lo que significa la seguridad para cada uno.</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>The families you come from and the one you make.</source>
        <translation>Las familias de las que venís y la que formáis.</translation>
    </message>
    <message>
        <source>Fun and adventure</source>
        <translation>Diversión y aventura</translation>
    </message>
    <message>
        <source>Play, curiosity, and trying new things together.</source>
        <translation>Jugar, sentir curiosidad y probar cosas nuevas juntos.</translation>
    </message>
    <message>
        <source>Growth and meaning</source>
        <translation>Crecimiento y sentido</translation>
    </message>
    <message>
        <source>How you are changing, and what matters most.</source>
        <translation>Cómo estáis cambiando y qué es lo que más importa.</translation>
    </message>
    <message>
        <source>Dreams</source>
        <translation>Sueños</translation>
    </message>
    <message>
        <source>What each of you hopes for, and how to help it along.</source>
        <translation>Lo que espera cada uno y cómo ayudar a que llegue.</translation>
    </message>
    <message>
        <source>A short conversation you plan ahead, about one of the big topics of a life together. Each of you can think about a few questions privately first. When you sit down, take notes together, and end with one small thing you agree on.</source>
        <translation>Una conversación corta que planeáis con tiempo, sobre uno de los grandes temas de una vida en común. Antes, cada uno puede pensar a solas en unas cuantas preguntas. Cuando os sentéis, tomad notas juntos y terminad con una cosa pequeña en la que estéis de acuerdo.</translation>
    </message>
    <message>
        <source>One small, concrete thing you both agree on. It becomes a standing agreement in Promises, where either of you can note the moments it is kept.</source>
        <translation>Una cosa pequeña y concreta en la que los dos estáis de acuerdo. Se convierte en un acuerdo vigente en Promesas, donde cualquiera de los dos puede anotar los momentos en que se respeta.</translation>
    </message>
</context>
<context>
    <name>core.validation</name>
    <message>
        <source>Journal entry</source>
        <translation>Entrada del diario</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>Gesto</translation>
    </message>
    <message>
        <source>Ledger line</source>
        <translation>Línea del registro</translation>
    </message>
    <message>
        <source>Ledger response</source>
        <translation>Respuesta en el registro</translation>
    </message>
    <message>
        <source>Money agreement</source>
        <translation>Acuerdo sobre el dinero</translation>
    </message>
    <message>
        <source>Reason kept private</source>
        <translation>Motivo guardado en privado</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promesa</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Agreement moment</source>
        <translation>Momento de un acuerdo</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparación</translation>
    </message>
    <message>
        <source>Repair answer</source>
        <translation>Respuesta de una reparación</translation>
    </message>
    <message>
        <source>Repair plan item</source>
        <translation>Punto del plan de una reparación</translation>
    </message>
    <message>
        <source>Repair step mark</source>
        <translation>Marca de un paso de reparación</translation>
    </message>
    <message>
        <source>Export history line</source>
        <translation>Línea del historial de exportaciones</translation>
    </message>
    <message>
        <source>Planned conversation</source>
        <translation>Conversación planeada</translation>
    </message>
    <message>
        <source>Thought prepared for a talk</source>
        <translation>Idea preparada para una conversación</translation>
    </message>
    <message>
        <source>Knowing round</source>
        <translation>Ronda de conocernos</translation>
    </message>
    <message>
        <source>Knowing answer</source>
        <translation>Respuesta de conocernos</translation>
    </message>
    <message>
        <source>Knowing mark</source>
        <translation>Marca de conocernos</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Time practised</source>
        <translation>Vez practicada</translation>
    </message>
    <message>
        <source>Question for the therapist</source>
        <translation>Pregunta para la terapia</translation>
    </message>
    <message>
        <source>Weekly check-in</source>
        <translation>Repaso semanal</translation>
    </message>
    <message>
        <source>Read mark</source>
        <translation>Marca de lectura</translation>
    </message>
    <message>
        <source>Therapy consent</source>
        <translation>Permiso para la terapia</translation>
    </message>
</context>
<context>
    <name>export.between_sessions</name>
    <message>
        <source>A practice {partner} wrote down</source>
        <translation>Una práctica que anotó {partner}</translation>
    </message>
    <message numerus="yes">
        <source>This summary covers %n days.</source>
        <translation>
            <numerusform>Este resumen abarca %n día.</numerusform>
            <numerusform>Este resumen abarca %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last summary for a couples session was made on {day}.</source>
        <translation>El último resumen para una sesión de pareja se hizo el {day}.</translation>
    </message>
    <message numerus="yes">
        <source>%n shared journal entries.</source>
        <translation>
            <numerusform>%n entrada del diario compartido.</numerusform>
            <numerusform>%n entradas del diario compartido.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bids for connection logged; {toward} turned toward.</source>
        <translation>
            <numerusform>%n gesto de conexión registrado; {toward} con cercanía.</numerusform>
            <numerusform>%n gestos de conexión registrados; {toward} con cercanía.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchases disclosed in the money ledger.</source>
        <translation>
            <numerusform>%n compra contada en el registro de gastos.</numerusform>
            <numerusform>%n compras contadas en el registro de gastos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promises made or settled; {kept} kept.</source>
        <translation>
            <numerusform>%n promesa hecha o cerrada; {kept} cumplidas.</numerusform>
            <numerusform>%n promesas hechas o cerradas; {kept} cumplidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promises made or settled.</source>
        <translation>
            <numerusform>%n promesa hecha o cerrada.</numerusform>
            <numerusform>%n promesas hechas o cerradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repair conversations open at some point.</source>
        <translation>
            <numerusform>%n conversación de reparación abierta en algún momento.</numerusform>
            <numerusform>%n conversaciones de reparación abiertas en algún momento.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Practices from therapy: practised %n times.</source>
        <translation>
            <numerusform>Prácticas de terapia: practicadas %n vez.</numerusform>
            <numerusform>Prácticas de terapia: practicadas %n veces.</numerusform>
        </translation>
    </message>
    <message>
        <source>A quiet stretch: nothing was logged in Toward in this period.</source>
        <translation>Un tramo tranquilo: en este periodo no se registró nada en Toward.</translation>
    </message>
</context>
<context>
    <name>export.markdown</name>
    <message>
        <source>Exported {day}. Private, keep safe.</source>
        <translation>Exportado el {day}. Privado, guárdalo bien.</translation>
    </message>
    <message>
        <source>The bank account ended the period at {balance}.</source>
        <translation>La cuenta bancaria terminó el periodo en {balance}.</translation>
    </message>
    <message>
        <source>Counted as {partner} sees them: shared bids and those {partner} logged privately. No descriptions or notes are included.</source>
        <translation>Contados tal como los ve {partner}: los gestos compartidos y los que {partner} registró en privado. No se incluyen descripciones ni notas.</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Semana a semana</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message numerus="yes">
        <source>%n answers counted here, not quoted.</source>
        <translation>
            <numerusform>%n respuesta contada aquí, sin citarla.</numerusform>
            <numerusform>%n respuestas contadas aquí, sin citarlas.</numerusform>
        </translation>
    </message>
    <message>
        <source>**Agreed:** {agreement}</source>
        <comment>Markdown bold</comment>
        <translation>**Acordado:** {agreement}</translation>
    </message>
    <message numerus="yes">
        <source>{partner} wrote %n more shared entries in this period, counted but not quoted: {partner} has not chosen to bring them to therapy.</source>
        <translation>
            <numerusform>{partner} escribió %n entrada compartida más en este periodo, contada pero no citada: {partner} no ha elegido llevarla a terapia.</numerusform>
            <numerusform>{partner} escribió %n entradas compartidas más en este periodo, contadas pero no citadas: {partner} no ha elegido llevarlas a terapia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replies under these entries are counted, not quoted, for the same reason.</source>
        <translation>
            <numerusform>%n respuesta bajo estas entradas se cuenta, sin citarla, por el mismo motivo.</numerusform>
            <numerusform>%n respuestas bajo estas entradas se cuentan, sin citarlas, por el mismo motivo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>export.pdf.between</name>
    <message numerus="yes">
        <source>{partner} wrote %n more shared entries in this period. {partner} has not chosen to bring them to therapy, so only the number is shown.</source>
        <translation>
            <numerusform>{partner} escribió %n entrada compartida más en este periodo. {partner} no ha elegido llevarla a terapia, así que solo se muestra el número.</numerusform>
            <numerusform>{partner} escribió %n entradas compartidas más en este periodo. {partner} no ha elegido llevarlas a terapia, así que solo se muestra el número.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replies under these entries are counted, not quoted, for the same reason.</source>
        <translation>
            <numerusform>%n respuesta bajo estas entradas se cuenta, sin citarla, por el mismo motivo.</numerusform>
            <numerusform>%n respuestas bajo estas entradas se cuentan, sin citarlas, por el mismo motivo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>export.pdf.charts</name>
    <message>
        <source>Share of bids turned toward, week by week</source>
        <translation>Parte de los gestos recibidos con cercanía, semana a semana</translation>
    </message>
    <message>
        <source>Bars: turning toward (up) and turning away or against (down). Line: the running balance.</source>
        <translation>Barras: acercarse (arriba) y alejarse o ir en contra (abajo). Línea: el saldo acumulado.</translation>
    </message>
    <message>
        <source>Bars: turning toward (up) and turning away or against (down). Too few weeks for a line; the figures above are the whole period.</source>
        <translation>Barras: acercarse (arriba) y alejarse o ir en contra (abajo). Pocas semanas para una línea; las cifras de arriba son las de todo el periodo.</translation>
    </message>
    <message>
        <source>The bank account, week by week</source>
        <translation>La cuenta bancaria, semana a semana</translation>
    </message>
    <message>
        <source>Bids {partner} made</source>
        <translation>Gestos de {partner}</translation>
    </message>
</context>
<context>
    <name>export.pdf.page</name>
    <message>
        <source>Exported {day} · Private, keep safe</source>
        <translation>Exportado el {day} · Privado, guárdalo bien</translation>
    </message>
    <message>
        <source>Page {number} of {pages}</source>
        <translation>Página {number} de {pages}</translation>
    </message>
    <message>
        <source>Contents: {sections}</source>
        <translation>Contenido: {sections}</translation>
    </message>
</context>
<context>
    <name>export.pdf.record</name>
    <message>
        <source>The bank account (turning toward in, turning away or against out) ended the period at {balance}.</source>
        <translation>La cuenta bancaria (acercarse suma, alejarse o ir en contra resta) terminó el periodo en {balance}.</translation>
    </message>
    <message>
        <source>Counted as {partner} sees them in Toward: shared bids and those {partner} logged privately. No descriptions or notes are included.</source>
        <translation>Contados tal como los ve {partner} en Toward: los gestos compartidos y los que {partner} registró en privado. No se incluyen descripciones ni notas.</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <source>{count} of the bids not turned toward at first were answered later.</source>
        <translation>{count} de los gestos que no se recibieron con cercanía al principio se atendieron más tarde.</translation>
    </message>
    <message>
        <source>Kind of bid</source>
        <translation>Tipo de gesto</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Momento del día</translation>
    </message>
    <message>
        <source>By time of day</source>
        <translation>Por momento del día</translation>
    </message>
    <message>
        <source>Standing agreement</source>
        <translation>Acuerdo vigente</translation>
    </message>
    <message>
        <source>How often each was kept or broken in this period.</source>
        <translation>Cuántas veces se cumplió o se rompió cada uno en este periodo.</translation>
    </message>
    <message>
        <source>Notes, taken together</source>
        <translation>Notas, en conjunto</translation>
    </message>
    <message numerus="yes">
        <source>In all, %n answers are counted here but not quoted: their author has not chosen to bring them to therapy.</source>
        <translation>
            <numerusform>En total, %n respuesta se cuenta aquí pero no se cita: quien la escribió no ha elegido llevarla a terapia.</numerusform>
            <numerusform>En total, %n respuestas se cuentan aquí pero no se citan: quien las escribió no ha elegido llevarlas a terapia.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>export.record_parts</name>
    <message>
        <source>question from {partner} since {day}</source>
        <translation>pregunta de {partner} desde el {day}</translation>
    </message>
    <message>
        <source>open question</source>
        <translation>pregunta abierta</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Sin categoría</translation>
    </message>
</context>
<context>
    <name>export.summary</name>
    <message>
        <source>{name} is not a section. Choose from: {known}.</source>
        <translation>{name} no es una sección. Elige entre: {known}.</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Elige al menos una sección.</translation>
    </message>
    <message>
        <source>Summary for an individual session</source>
        <translation>Resumen para una sesión individual</translation>
    </message>
    <message>
        <source>Summary for therapy</source>
        <translation>Resumen para terapia</translation>
    </message>
    <message>
        <source>Only {partner}&apos;s own words are in this summary. What anyone else wrote in this period is left out; counts and dates stand in for it.</source>
        <translation>En este resumen solo están las palabras de {partner}. Lo que haya escrito cualquier otra persona en este periodo se deja fuera; en su lugar quedan recuentos y fechas.</translation>
    </message>
    <message>
        <source>Prepared by {partners}</source>
        <translation>Preparado por {partners}</translation>
    </message>
    <message>
        <source>A summary needs the partner who makes it.</source>
        <translation>Un resumen necesita a la persona que lo hace.</translation>
    </message>
    <message>
        <source>Each partner contributes once.</source>
        <translation>Cada persona aporta una vez.</translation>
    </message>
    <message>
        <source>A note can be at most {count} characters.</source>
        <translation>Una nota puede tener como mucho {count} caracteres.</translation>
    </message>
    <message>
        <source>A summary for an individual session is made by one partner.</source>
        <translation>Un resumen para una sesión individual lo hace una sola persona.</translation>
    </message>
    <message>
        <source>A conversation {partner} started</source>
        <translation>Una conversación que empezó {partner}</translation>
    </message>
</context>
<context>
    <name>export.talks</name>
    <message>
        <source>Questions the two played, each answering about themselves and guessing the other&apos;s answer. Their answers stay between them, and nothing is scored.</source>
        <translation>Preguntas que jugaron los dos, cada uno respondiendo sobre sí y adivinando la respuesta del otro. Sus respuestas quedan entre ellos, y nada se puntúa.</translation>
    </message>
</context>
<context>
    <name>export.words</name>
    <message>
        <source>Partner</source>
        <translation>Pareja</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>Periodo: {period}</translation>
    </message>
    <message>
        <source>No note was written for this summary.</source>
        <translation>No se escribió ninguna nota para este resumen.</translation>
    </message>
    <message>
        <source>From {partner}</source>
        <translation>De {partner}</translation>
    </message>
    <message>
        <source>No bids were logged in this period.</source>
        <translation>En este periodo no se registraron gestos.</translation>
    </message>
    <message>
        <source>Bids made by</source>
        <translation>Gestos de</translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>Gestos</translation>
    </message>
    <message>
        <source>Turned toward</source>
        <translation>Con cercanía</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>En contra</translation>
    </message>
    <message>
        <source>Not yet answered</source>
        <translation>Aún sin respuesta</translation>
    </message>
    <message>
        <source>By kind of bid</source>
        <translation>Por tipo de gesto</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Noche</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Madrugada</translation>
    </message>
    <message>
        <source>No promises were made or settled in this period.</source>
        <translation>En este periodo no se hicieron ni cerraron promesas.</translation>
    </message>
    <message>
        <source>Promises made by</source>
        <translation>Promesas de</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Cumplidas</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>No cumplidas</translation>
    </message>
    <message>
        <source>Renegotiated</source>
        <translation>Renegociadas</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Liberadas</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Aún abiertas</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promesa</translation>
    </message>
    <message>
        <source>Who, to whom</source>
        <translation>Quién, a quién</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Promises made or settled in this period</source>
        <translation>Promesas hechas o cerradas en este periodo</translation>
    </message>
    <message>
        <source>{promiser} to {to}</source>
        <translation>{promiser} a {to}</translation>
    </message>
    <message>
        <source>no day set</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>{status}, {day}</source>
        <translation>{status}, {day}</translation>
    </message>
    <message>
        <source>Standing agreements</source>
        <translation>Acuerdos vigentes</translation>
    </message>
    <message>
        <source>{agreement} (set aside since)</source>
        <translation>{agreement} (dejado a un lado desde entonces)</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Roto</translation>
    </message>
    <message>
        <source>The agreement in force: {agreement}</source>
        <translation>El acuerdo vigente: {agreement}</translation>
    </message>
    <message>
        <source>Nothing was disclosed for this period.</source>
        <translation>No se contó nada en este periodo.</translation>
    </message>
    <message>
        <source>Amounts, dates, payees and categories only: the reasons and replies written in the ledger are not included.</source>
        <translation>Solo importes, fechas, destinatarios y categorías: no se incluyen los motivos ni las respuestas escritos en el registro.</translation>
    </message>
    <message>
        <source>Disclosed by</source>
        <translation>Contado por</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Compras contadas</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Por categoría</translation>
    </message>
    <message>
        <source>Late disclosures</source>
        <translation>Contadas más tarde</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Preguntas abiertas</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Compra</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>How late</source>
        <translation>Cuánto después</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>No repair conversations in this period.</source>
        <translation>No hubo conversaciones de reparación en este periodo.</translation>
    </message>
    <message>
        <source>{partner} answered this step (not quoted).</source>
        <translation>{partner} respondió a este paso (sin citar).</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>El plan</translation>
    </message>
    <message>
        <source>No planned conversations were had in this period.</source>
        <translation>En este periodo no se tuvo ninguna conversación planeada.</translation>
    </message>
    <message>
        <source>had {day}</source>
        <translation>tenida el {day}</translation>
    </message>
    <message>
        <source>How well do we know each other?</source>
        <translation>¿Cuánto nos conocemos?</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Acordado</translation>
    </message>
    <message>
        <source>No journal entries are included.</source>
        <translation>No se incluye ninguna entrada del diario.</translation>
    </message>
    <message>
        <source>Reply from {partner}, {day}</source>
        <translation>Respuesta de {partner}, {day}</translation>
    </message>
    <message>
        <source>No practices from therapy were in use in this period.</source>
        <translation>En este periodo no había en marcha ninguna práctica de terapia.</translation>
    </message>
    <message>
        <source>{partner}, {day}</source>
        <translation>{partner}, {day}</translation>
    </message>
    <message>
        <source>Each answer is about the writer&apos;s own week, in their own words for it.</source>
        <translation>Cada respuesta habla de la propia semana de quien escribe, con sus propias palabras.</translation>
    </message>
    <message>
        <source>{partner}&apos;s check-ins</source>
        <translation>Repasos semanales de {partner}</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>Ninguno en este periodo.</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Semana del {day}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message numerus="yes">
        <source>%n bids in this period; {percent} turned toward.</source>
        <translation>
            <numerusform>%n gesto en este periodo; {percent} con cercanía.</numerusform>
            <numerusform>%n gestos en este periodo; {percent} con cercanía.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disclosures for purchases in this period, totalling {amounts}.</source>
        <translation>
            <numerusform>%n compra contada en este periodo, por un total de {amounts}.</numerusform>
            <numerusform>%n compras contadas en este periodo, por un total de {amounts}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them came later than agreed.</source>
        <translation>
            <numerusform>%n de ellas se contó más tarde de lo acordado.</numerusform>
            <numerusform>%n de ellas se contaron más tarde de lo acordado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions are still open.</source>
        <translation>
            <numerusform>%n pregunta sigue abierta.</numerusform>
            <numerusform>%n preguntas siguen abiertas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more earlier promises are in Toward, not shown here.</source>
        <translation>
            <numerusform>%n promesa anterior más está en Toward; no se muestra aquí.</numerusform>
            <numerusform>%n promesas anteriores más están en Toward; no se muestran aquí.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more late disclosures are in Toward, not shown here.</source>
        <translation>
            <numerusform>%n compra más contada tarde está en Toward; no se muestra aquí.</numerusform>
            <numerusform>%n compras más contadas tarde están en Toward; no se muestran aquí.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more open questions are in Toward, not shown here.</source>
        <translation>
            <numerusform>%n pregunta abierta más está en Toward; no se muestra aquí.</numerusform>
            <numerusform>%n preguntas abiertas más están en Toward; no se muestran aquí.</numerusform>
        </translation>
    </message>
    <message>
        <source>started {day}</source>
        <translation>empezada el {day}</translation>
    </message>
    <message>
        <source>steps completed together: {reached} of {total}</source>
        <translation>pasos completados juntos: {reached} de {total}</translation>
    </message>
    <message>
        <source>apology accepted by {partners}</source>
        <translation>disculpa aceptada por {partners}</translation>
    </message>
    <message>
        <source>by {partner}</source>
        <translation>de {partner}</translation>
    </message>
    <message>
        <source>private, chosen for this summary</source>
        <translation>privado, elegido para este resumen</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>compartido</translation>
    </message>
    <message>
        <source>mood: {mood}</source>
        <translation>ánimo: {mood}</translation>
    </message>
    <message>
        <source>meant {how_often}</source>
        <translation>prevista {how_often}</translation>
    </message>
    <message>
        <source>written down by {partner}</source>
        <translation>anotada por {partner}</translation>
    </message>
    <message>
        <source>set aside since</source>
        <translation>dejada a un lado desde entonces</translation>
    </message>
    <message numerus="yes">
        <source>Practised %n times in this period.</source>
        <translation>
            <numerusform>Practicada %n vez en este periodo.</numerusform>
            <numerusform>Practicada %n veces en este periodo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Practised %n times in this period (logged by {who}).</source>
        <translation>
            <numerusform>Practicada %n vez en este periodo (anotado por {who}).</numerusform>
            <numerusform>Practicada %n veces en este periodo (anotado por {who}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes counted, not quoted: their author has not chosen to bring them to therapy.</source>
        <translation>
            <numerusform>%n nota contada, sin citarla: quien la escribió no ha elegido llevarla a terapia.</numerusform>
            <numerusform>%n notas contadas, sin citarlas: quienes las escribieron no han elegido llevarlas a terapia.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opendata.counts</name>
    <message numerus="yes">
        <source>%n journal entries</source>
        <translation>
            <numerusform>%n entrada del diario</numerusform>
            <numerusform>%n entradas del diario</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pictures</source>
        <translation>
            <numerusform>%n imagen</numerusform>
            <numerusform>%n imágenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replies</source>
        <translation>
            <numerusform>%n respuesta</numerusform>
            <numerusform>%n respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bids</source>
        <translation>
            <numerusform>%n gesto</numerusform>
            <numerusform>%n gestos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ledger lines</source>
        <translation>
            <numerusform>%n línea del registro</numerusform>
            <numerusform>%n líneas del registro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ledger responses</source>
        <translation>
            <numerusform>%n respuesta del registro</numerusform>
            <numerusform>%n respuestas del registro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ledger agreements</source>
        <translation>
            <numerusform>%n acuerdo del registro</numerusform>
            <numerusform>%n acuerdos del registro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promises</source>
        <translation>
            <numerusform>%n promesa</numerusform>
            <numerusform>%n promesas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreements</source>
        <translation>
            <numerusform>%n acuerdo</numerusform>
            <numerusform>%n acuerdos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement moments</source>
        <translation>
            <numerusform>%n momento de un acuerdo</numerusform>
            <numerusform>%n momentos de acuerdos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repair answers</source>
        <translation>
            <numerusform>%n respuesta de reparación</numerusform>
            <numerusform>%n respuestas de reparación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repair plan items</source>
        <translation>
            <numerusform>%n punto del plan de reparación</numerusform>
            <numerusform>%n puntos del plan de reparación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times practised</source>
        <translation>
            <numerusform>%n vez practicada</numerusform>
            <numerusform>%n veces practicada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weekly check-ins</source>
        <translation>
            <numerusform>%n repaso semanal</numerusform>
            <numerusform>%n repasos semanales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers and guesses</source>
        <translation>
            <numerusform>%n respuesta o adivinanza</numerusform>
            <numerusform>%n respuestas y adivinanzas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repair step marks</source>
        <translation>
            <numerusform>%n marca de paso de reparación</numerusform>
            <numerusform>%n marcas de pasos de reparación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read marks</source>
        <translation>
            <numerusform>%n marca de lectura</numerusform>
            <numerusform>%n marcas de lectura</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n therapy consents</source>
        <translation>
            <numerusform>%n consentimiento para terapia</numerusform>
            <numerusform>%n consentimientos para terapia</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opendata.export</name>
    <message>
        <source>An export is not encrypted: anyone who can open the folder can read everything in it, including your private entries. Keep it somewhere only you can reach, or choose a password-protected archive instead.</source>
        <translation>Una exportación no va cifrada: cualquiera que pueda abrir la carpeta puede leer todo lo que contiene, también tus entradas privadas. Guárdala donde solo tú llegues, o elige en su lugar un archivo protegido con contraseña.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Se canceló la exportación; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Toward export for {partner}</source>
        <translation>Exportación de Toward de {partner}</translation>
    </message>
    <message>
        <source>{document}: everything, as one JSON document (described by {schema}).</source>
        <translation>{document}: todo, como un único documento JSON (descrito por {schema}).</translation>
    </message>
    <message>
        <source>journal/private and journal/shared: a Markdown file per month of entries, pictures beside it.</source>
        <translation>journal/private y journal/shared: un archivo Markdown por mes de entradas, con las imágenes al lado.</translation>
    </message>
    <message>
        <source>*.csv: tables for spreadsheets.</source>
        <translation>*.csv: tablas para hojas de cálculo.</translation>
    </message>
    <message>
        <source>Each record says whether it was in your private space or the shared one.</source>
        <translation>Cada registro indica si estaba en tu espacio privado o en el compartido.</translation>
    </message>
    <message>
        <source>These files are not encrypted: anyone who can open them can read everything in them, your private entries included. Keep them where only you can reach them.</source>
        <translation>Estos archivos no van cifrados: cualquiera que pueda abrirlos puede leer todo lo que contienen, también tus entradas privadas. Guárdalos donde solo tú llegues.</translation>
    </message>
</context>
<context>
    <name>opendata.imports.dayone</name>
    <message>
        <source>This Day One file has no list of entries.</source>
        <translation>Este archivo de Day One no tiene lista de entradas.</translation>
    </message>
    <message>
        <source>{journal}, entry {number}</source>
        <translation>{journal}, entrada {number}</translation>
    </message>
    <message>
        <source>entry {number}</source>
        <translation>entrada {number}</translation>
    </message>
    <message>
        <source>is not an entry (not a JSON object)</source>
        <translation>no es una entrada (no es un objeto JSON)</translation>
    </message>
    <message>
        <source>its date could not be read</source>
        <translation>no se pudo leer su fecha</translation>
    </message>
    <message>
        <source>{entry} ({when})</source>
        <translation>{entry} ({when})</translation>
    </message>
    <message>
        <source>Day One, {entry}: {problem}, not as Day One writes it; nothing was imported.</source>
        <translation>Day One, {entry}: {problem}, no como lo escribe Day One; no se ha importado nada.</translation>
    </message>
    <message>
        <source>its text is not text</source>
        <translation>su texto no es texto</translation>
    </message>
    <message>
        <source>its tags are not a list</source>
        <translation>sus etiquetas no son una lista</translation>
    </message>
    <message>
        <source>its photos are not a list</source>
        <translation>sus fotos no son una lista</translation>
    </message>
    <message>
        <source>its photo {number} is not a JSON object</source>
        <translation>su foto {number} no es un objeto JSON</translation>
    </message>
    <message>
        <source>its photo {number}&apos;s {field} is not text</source>
        <translation>el campo {field} de su foto {number} no es texto</translation>
    </message>
    <message>
        <source>a photo without its md5 name was left out</source>
        <translation>se dejó fuera una foto sin su nombre md5</translation>
    </message>
    <message>
        <source>the photo {name} has a name Toward does not read; left out</source>
        <translation>la foto {name} tiene un nombre que Toward no lee; se deja fuera</translation>
    </message>
    <message>
        <source>the photo {name} is not in the export; left out</source>
        <translation>la foto {name} no está en la exportación; se deja fuera</translation>
    </message>
    <message>
        <source>{file} is not readable JSON ({problem}).</source>
        <translation>{file} no es un JSON legible ({problem}).</translation>
    </message>
    <message>
        <source>{file} is nested too deeply to be a journal export.</source>
        <translation>{file} está anidado a demasiada profundidad para ser la exportación de un diario.</translation>
    </message>
</context>
<context>
    <name>opendata.imports.journal_entries</name>
    <message>
        <source>nothing is written in it</source>
        <translation>no tiene nada escrito</translation>
    </message>
    <message>
        <source>its text holds characters that are not valid text</source>
        <translation>su texto tiene caracteres que no son texto válido</translation>
    </message>
    <message>
        <source>the same entry appears earlier in this file</source>
        <translation>la misma entrada aparece antes en este archivo</translation>
    </message>
    <message>
        <source>none of its pictures could be kept</source>
        <translation>no se pudo conservar ninguna de sus imágenes</translation>
    </message>
    <message>
        <source>the picture {name} is not a PNG, JPEG, GIF or WebP picture; left out</source>
        <translation>la imagen {name} no es PNG, JPEG, GIF ni WebP; se deja fuera</translation>
    </message>
    <message>
        <source>the picture {name} is larger than {megabytes} MB; left out</source>
        <translation>la imagen {name} ocupa más de {megabytes} MB; se deja fuera</translation>
    </message>
    <message>
        <source>the picture {name} is past the {most} pictures an entry holds</source>
        <translation>la imagen {name} supera las {most} imágenes que admite una entrada</translation>
    </message>
    <message>
        <source>already in your journal</source>
        <translation>ya está en tu diario</translation>
    </message>
</context>
<context>
    <name>opendata.imports.jrnl</name>
    <message>
        <source>This jrnl file has no list of entries.</source>
        <translation>Este archivo de jrnl no tiene lista de entradas.</translation>
    </message>
    <message>
        <source>entry {number}</source>
        <translation>entrada {number}</translation>
    </message>
    <message>
        <source>is not an entry (not a JSON object)</source>
        <translation>no es una entrada (no es un objeto JSON)</translation>
    </message>
    <message>
        <source>its date or time could not be read</source>
        <translation>no se pudo leer su fecha o su hora</translation>
    </message>
    <message>
        <source>{entry} ({when})</source>
        <translation>{entry} ({when})</translation>
    </message>
    <message>
        <source>its title, text or tags are not in jrnl&apos;s format</source>
        <translation>su título, su texto o sus etiquetas no siguen el formato de jrnl</translation>
    </message>
</context>
<context>
    <name>opendata.imports.plan</name>
    <message>
        <source>{record}: {reason}</source>
        <translation>{record}: {reason}</translation>
    </message>
    <message>
        <source>From {source}: added {records}.</source>
        <translation>Desde {source}: se añadió {records}.</translation>
    </message>
    <message>
        <source>From {source}: added nothing.</source>
        <translation>Desde {source}: no se añadió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Left out (%n):</source>
        <translation>
            <numerusform>Dejado fuera (%n):</numerusform>
            <numerusform>Dejados fuera (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported with a remark (%n):</source>
        <translation>
            <numerusform>Importado con una observación (%n):</numerusform>
            <numerusform>Importados con una observación (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opendata.imports.source</name>
    <message>
        <source>Toward can bring in a Toward export (its folder, toward-export.json or zip), a Day One export (its zip or Journal.json) or a jrnl export (jrnl --export json).</source>
        <translation>Toward puede importar una exportación de Toward (su carpeta, toward-export.json o zip), de Day One (su zip o Journal.json) o de jrnl (jrnl --export json).</translation>
    </message>
    <message>
        <source>This folder holds no Toward export.</source>
        <translation>Esta carpeta no contiene ninguna exportación de Toward.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>No existe el archivo {path}.</translation>
    </message>
    <message>
        <source>{file} is a damaged zip file.</source>
        <translation>{file} es un archivo zip dañado.</translation>
    </message>
    <message>
        <source>{file} is not a file Toward can import.</source>
        <translation>{file} no es un archivo que Toward pueda importar.</translation>
    </message>
    <message>
        <source>{file} holds no journal.</source>
        <translation>{file} no contiene ningún diario.</translation>
    </message>
    <message>
        <source>{member} in {file} is not a Day One journal.</source>
        <translation>{member} de {file} no es un diario de Day One.</translation>
    </message>
    <message>
        <source>{file} is too large to be a journal export.</source>
        <translation>{file} es demasiado grande para ser la exportación de un diario.</translation>
    </message>
    <message>
        <source>{file} cannot be read ({problem}).</source>
        <translation>No se puede leer {file} ({problem}).</translation>
    </message>
</context>
<context>
    <name>opendata.imports.toward_json</name>
    <message>
        <source>a Toward export</source>
        <translation>una exportación de Toward</translation>
    </message>
    <message>
        <source>its entry is neither in this export nor in Toward</source>
        <translation>su entrada no está ni en esta exportación ni en Toward</translation>
    </message>
    <message>
        <source>its agreement is neither in this export nor in Toward</source>
        <translation>su acuerdo no está ni en esta exportación ni en Toward</translation>
    </message>
    <message>
        <source>This is not a Toward export.</source>
        <translation>Esto no es una exportación de Toward.</translation>
    </message>
    <message>
        <source>This export was made by a newer Toward (format {version}); update Toward first.</source>
        <translation>Esta exportación la hizo un Toward más reciente (formato {version}); actualiza Toward antes.</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>el nivel superior</translation>
    </message>
    <message>
        <source>This Toward export is damaged and was not imported (at {where}: {problem}).</source>
        <translation>Esta exportación de Toward está dañada y no se ha importado (en {where}: {problem}).</translation>
    </message>
    <message>
        <source>This export was made by your partner: only they can bring it back in, so their private entries stay theirs.</source>
        <translation>Esta exportación la hizo tu pareja: solo esa persona puede volver a importarla, para que sus entradas privadas sigan siendo suyas.</translation>
    </message>
    <message>
        <source>This export lists one of its {records} twice.</source>
        <translation>Esta exportación incluye dos veces uno de sus {records}.</translation>
    </message>
    <message>
        <source>already in Toward</source>
        <translation>ya está en Toward</translation>
    </message>
    <message>
        <source>This export does not fit this household ({problem}); nothing was imported.</source>
        <translation>Esta exportación no encaja con este hogar ({problem}); no se ha importado nada.</translation>
    </message>
    <message>
        <source>written by someone outside this household</source>
        <translation>escrito por alguien de fuera de este hogar</translation>
    </message>
    <message>
        <source>written by {partner}: only {partner} can bring it in</source>
        <translation>escrito por {partner}: solo {partner} puede importarlo</translation>
    </message>
    <message>
        <source>marked as answered, but its sealed answer is not in the export</source>
        <translation>marcada como respondida, pero su respuesta sellada no está en la exportación</translation>
    </message>
    <message>
        <source>{record}, picture {number}</source>
        <translation>{record}, imagen {number}</translation>
    </message>
    <message>
        <source>{problem} Nothing was imported.</source>
        <translation>{problem} No se ha importado nada.</translation>
    </message>
    <message>
        <source>{record} cannot be imported ({problem}); nothing was imported.</source>
        <translation>{record} no se puede importar ({problem}); no se ha importado nada.</translation>
    </message>
    <message>
        <source>{record} is not as Toward writes it; nothing was imported.</source>
        <translation>{record} no está como lo escribe Toward; no se ha importado nada.</translation>
    </message>
    <message>
        <source>{record} {number} (private)</source>
        <translation>{record} {number} (espacio privado)</translation>
    </message>
    <message>
        <source>{record} {number} (shared)</source>
        <translation>{record} {number} (espacio compartido)</translation>
    </message>
    <message>
        <source>{record}: a picture&apos;s path leaves the export; nothing was imported.</source>
        <translation>{record}: la ruta de una imagen sale de la exportación; no se ha importado nada.</translation>
    </message>
    <message>
        <source>{record}: the picture {name} is missing; nothing was imported.</source>
        <translation>{record}: falta la imagen {name}; no se ha importado nada.</translation>
    </message>
    <message>
        <source>{record}: the picture {name} is damaged; nothing was imported.</source>
        <translation>{record}: la imagen {name} está dañada; no se ha importado nada.</translation>
    </message>
    <message>
        <source>{record}: {name} is not the picture it says; nothing was imported.</source>
        <translation>{record}: {name} no es la imagen que dice ser; no se ha importado nada.</translation>
    </message>
    <message>
        <source>(pictures only)</source>
        <translation>(solo imágenes)</translation>
    </message>
</context>
<context>
    <name>opendata.imports.zip_input</name>
    <message>
        <source>{file} is a damaged zip file ({problem}).</source>
        <translation>{file} es un archivo zip dañado ({problem}).</translation>
    </message>
    <message>
        <source>That password does not open this archive.</source>
        <translation>Esa contraseña no abre este archivo.</translation>
    </message>
    <message>
        <source>This archive is protected by a password.</source>
        <translation>Este archivo está protegido con contraseña.</translation>
    </message>
    <message>
        <source>{member} in {file} unpacks to {ratio} times its packed size, as only a zip bomb does; nothing was imported.</source>
        <translation>{member} de {file} se descomprime a {ratio} veces su tamaño comprimido, algo que solo hace una bomba zip; no se ha importado nada.</translation>
    </message>
    <message>
        <source>{file} would unpack to more than {megabytes} MB, far more than a journal export holds; nothing was imported.</source>
        <translation>{file} ocuparía más de {megabytes} MB al descomprimirse, mucho más que la exportación de un diario; no se ha importado nada.</translation>
    </message>
    <message>
        <source>{member} in {file} would unpack to more than {megabytes} MB, far more than a journal export holds; nothing was imported.</source>
        <translation>{member} de {file} ocuparía más de {megabytes} MB al descomprimirse, mucho más que la exportación de un diario; no se ha importado nada.</translation>
    </message>
    <message>
        <source>{member} in {file} is damaged ({problem}).</source>
        <translation>{member} de {file} está dañado ({problem}).</translation>
    </message>
</context>
<context>
    <name>opendata.kinds</name>
    <message numerus="yes">
        <source>%n repair conversations</source>
        <translation>
            <numerusform>%n conversación de reparación</numerusform>
            <numerusform>%n conversaciones de reparación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practices from therapy</source>
        <translation>
            <numerusform>%n práctica de terapia</numerusform>
            <numerusform>%n prácticas de terapia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions for the therapist</source>
        <translation>
            <numerusform>%n pregunta para la terapia</numerusform>
            <numerusform>%n preguntas para la terapia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned conversations</source>
        <translation>
            <numerusform>%n conversación planeada</numerusform>
            <numerusform>%n conversaciones planeadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thoughts prepared for planned conversations</source>
        <translation>
            <numerusform>%n idea preparada para conversaciones planeadas</numerusform>
            <numerusform>%n ideas preparadas para conversaciones planeadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rounds of how well you know each other</source>
        <translation>
            <numerusform>%n ronda de cuánto os conocéis</numerusform>
            <numerusform>%n rondas de cuánto os conocéis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marks of who has answered which round</source>
        <translation>
            <numerusform>%n marca de quién ha respondido qué ronda</numerusform>
            <numerusform>%n marcas de quién ha respondido qué ronda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n export history lines</source>
        <translation>
            <numerusform>%n línea del historial de exportaciones</numerusform>
            <numerusform>%n líneas del historial de exportaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reasons kept private</source>
        <translation>
            <numerusform>%n motivo guardado en privado</numerusform>
            <numerusform>%n motivos guardados en privado</numerusform>
        </translation>
    </message>
    <message>
        <source>journal entries</source>
        <translation>entradas del diario</translation>
    </message>
    <message>
        <source>replies</source>
        <translation>respuestas</translation>
    </message>
    <message>
        <source>bids</source>
        <translation>gestos</translation>
    </message>
    <message>
        <source>ledger lines</source>
        <translation>líneas del registro</translation>
    </message>
    <message>
        <source>ledger responses</source>
        <translation>respuestas del registro</translation>
    </message>
    <message>
        <source>ledger agreements</source>
        <translation>acuerdos del registro</translation>
    </message>
    <message>
        <source>promises</source>
        <translation>promesas</translation>
    </message>
    <message>
        <source>agreements</source>
        <translation>acuerdos</translation>
    </message>
    <message>
        <source>agreement moments</source>
        <translation>momentos de acuerdos</translation>
    </message>
    <message>
        <source>repair conversations</source>
        <translation>conversaciones de reparación</translation>
    </message>
    <message>
        <source>repair answers</source>
        <translation>respuestas de reparación</translation>
    </message>
    <message>
        <source>repair plan items</source>
        <translation>puntos del plan de reparación</translation>
    </message>
    <message>
        <source>practices from therapy</source>
        <translation>prácticas de terapia</translation>
    </message>
    <message>
        <source>times practised</source>
        <translation>veces practicadas</translation>
    </message>
    <message>
        <source>questions for the therapist</source>
        <translation>preguntas para la terapia</translation>
    </message>
    <message>
        <source>weekly check-ins</source>
        <translation>repasos semanales</translation>
    </message>
    <message>
        <source>planned conversations</source>
        <translation>conversaciones planeadas</translation>
    </message>
    <message>
        <source>thoughts prepared for planned conversations</source>
        <translation>ideas preparadas para conversaciones planeadas</translation>
    </message>
    <message>
        <source>rounds of how well you know each other</source>
        <translation>rondas de cuánto os conocéis</translation>
    </message>
    <message>
        <source>answers and guesses</source>
        <translation>respuestas y adivinanzas</translation>
    </message>
    <message>
        <source>who has answered which round</source>
        <translation>quién ha respondido qué ronda</translation>
    </message>
    <message>
        <source>export history lines</source>
        <translation>líneas del historial de exportaciones</translation>
    </message>
    <message>
        <source>reasons kept private</source>
        <translation>motivos guardados en privado</translation>
    </message>
    <message>
        <source>repair step marks</source>
        <translation>marcas de pasos de reparación</translation>
    </message>
    <message>
        <source>read marks</source>
        <translation>marcas de lectura</translation>
    </message>
    <message>
        <source>therapy consents</source>
        <translation>consentimientos para terapia</translation>
    </message>
</context>
<context>
    <name>packaging.metadata</name>
    <message>
        <source>Couple&apos;s Journal</source>
        <translation>Diario de pareja</translation>
    </message>
    <message>
        <source>A private, encrypted companion for a couple rebuilding or deepening trust</source>
        <translation>Un acompañante privado y cifrado para una pareja que reconstruye o profundiza su confianza</translation>
    </message>
    <message>
        <source>journal;couple;relationship;trust;private;encrypted;</source>
        <translation>diario;pareja;relación;confianza;privado;cifrado;</translation>
    </message>
    <message>
        <source>A private, encrypted companion for a couple working on trust</source>
        <translation>Un acompañante privado y cifrado para una pareja que trabaja la confianza</translation>
    </message>
    <message>
        <source>Toward is a desktop app for two people who want to rebuild or deepen the trust between them. Each partner has a private space that only their own password opens, and the couple shares a space they both read and write. Nothing moves from private to shared unless its author chooses to share it.</source>
        <translation>Toward es una aplicación de escritorio para dos personas que quieren reconstruir o profundizar la confianza entre ellas. Cada una tiene un espacio privado que solo abre su propia contraseña, y la pareja comparte un espacio que las dos leen y escriben. Nada pasa de lo privado a lo compartido si quien lo escribió no elige compartirlo.</translation>
    </message>
    <message>
        <source>Today: log a bid for connection in seconds and see what waits for you, gently</source>
        <translation>Hoy: registra un gesto de conexión en segundos y mira, con calma, lo que te espera</translation>
    </message>
    <message>
        <source>A journal for each partner and a shared one, with prompts; share a whole entry or some of its paragraphs</source>
        <translation>Un diario para cada uno y otro compartido, con propuestas para escribir; comparte una entrada entera o solo algunos de sus párrafos</translation>
    </message>
    <message>
        <source>Bids for connection: notice the small reaches for each other and how they are met, without a score</source>
        <translation>Gestos de conexión: fíjate en los pequeños acercamientos entre vosotros y en cómo se reciben, sin puntuaciones</translation>
    </message>
    <message>
        <source>Money: write purchases down privately, then disclose them to your partner, who can acknowledge or ask</source>
        <translation>Dinero: anota las compras en privado y cuéntaselas después a tu pareja, que puede darlas por recibidas o preguntar</translation>
    </message>
    <message>
        <source>Promises and standing agreements, kept, renegotiated or released together</source>
        <translation>Promesas y acuerdos vigentes, cumplidos, renegociados o liberados juntos</translation>
    </message>
    <message>
        <source>Repair conversations after a fight, step by step, with answers that stay sealed until both have written</source>
        <translation>Conversaciones de reparación después de una pelea, paso a paso, con respuestas que quedan selladas hasta que los dos hayáis escrito</translation>
    </message>
    <message>
        <source>Planned conversations on the big topics of a shared life, ending in one small agreement, and a light round of how well you know each other</source>
        <translation>Conversaciones planeadas sobre los grandes temas de una vida en común, que terminan en un pequeño acuerdo, y una ronda ligera de cuánto os conocéis</translation>
    </message>
    <message>
        <source>Between therapy sessions: practices your therapist suggested, your own questions to bring, and a private weekly check-in</source>
        <translation>Entre sesiones de terapia: las prácticas que os propusieron en terapia, vuestras propias preguntas para llevar y un repaso semanal privado</translation>
    </message>
    <message>
        <source>A calm PDF or Markdown summary of a period to bring to a couples therapist, or one of only your own words for an individual session</source>
        <translation>Un resumen tranquilo de un periodo, en PDF o Markdown, para llevar a terapia de pareja, o uno solo con tus palabras para una sesión individual</translation>
    </message>
    <message>
        <source>Together mode: the second partner unlocks into the same window</source>
        <translation>Modo juntos: la segunda persona desbloquea en la misma ventana</translation>
    </message>
    <message>
        <source>Everything stays on this computer, encrypted with SQLCipher; no account, no cloud; encrypted backups</source>
        <translation>Todo se queda en este ordenador, cifrado con SQLCipher; sin cuenta, sin nube; copias de seguridad cifradas</translation>
    </message>
    <message>
        <source>The lock screen: each partner opens their own space</source>
        <translation>La pantalla de bloqueo: cada persona abre su propio espacio</translation>
    </message>
    <message>
        <source>Today: log a bid for connection and see the week</source>
        <translation>Hoy: registra un gesto de conexión y mira la semana</translation>
    </message>
    <message>
        <source>The journal: private entries, with the shared journal a click away</source>
        <translation>El diario: entradas privadas, con el diario compartido a un clic</translation>
    </message>
    <message>
        <source>Bids for connection, and the ones you could still meet</source>
        <translation>Gestos de conexión, y los que todavía puedes atender</translation>
    </message>
    <message>
        <source>Money: purchases disclosed to each other, and how they were received</source>
        <translation>Dinero: compras que os contáis y cómo se recibieron</translation>
    </message>
    <message>
        <source>Promises: what each of you said you would do, and when</source>
        <translation>Promesas: lo que cada uno dijo que haría, y cuándo</translation>
    </message>
    <message>
        <source>Repair conversations: a time to talk and steps taken together</source>
        <translation>Conversaciones de reparación: un momento para hablar y pasos dados juntos</translation>
    </message>
    <message>
        <source>Talks: planned conversations on the big topics, and how well you know each other</source>
        <translation>Conversaciones: charlas planeadas sobre los grandes temas, y cuánto os conocéis</translation>
    </message>
    <message>
        <source>For therapy: a summary of a period for your couples therapist</source>
        <translation>Para terapia: un resumen de un periodo para vuestra terapia de pareja</translation>
    </message>
    <message>
        <source>Settings: your password, locking and a shared computer</source>
        <translation>Ajustes: tu contraseña, el bloqueo y un ordenador compartido</translation>
    </message>
</context>
<context>
    <name>sync.exchange</name>
    <message>
        <source>That session belongs to another folder.</source>
        <translation>Esa sesión pertenece a otra carpeta.</translation>
    </message>
    <message>
        <source>This household is already linked to {folder}.</source>
        <translation>Este hogar ya está vinculado a {folder}.</translation>
    </message>
    <message>
        <source>This household is not linked to a sync folder yet.</source>
        <translation>Este hogar aún no está vinculado a ninguna carpeta de sincronización.</translation>
    </message>
    <message>
        <source>Your private changes already travel through the sync folder on this computer.</source>
        <translation>En este ordenador, tus cambios privados ya viajan por la carpeta de sincronización.</translation>
    </message>
    <message>
        <source>Your private folder {folder} is not there (not mounted, or moved). Connect it first: this computer moves its own private changes from it back to the sync folder, so that your other computers miss none of them.</source>
        <translation>Tu carpeta privada {folder} no está (sin montar o movida). Conéctala primero: este ordenador devuelve desde ella sus propios cambios privados a la carpeta de sincronización, para que a tus otros ordenadores no les falte ninguno.</translation>
    </message>
    <message>
        <source>Your private folder {folder} is not there (not mounted, or moved). Your private changes wait on this computer until it is back.</source>
        <translation>Tu carpeta privada {folder} no está (sin montar o movida). Tus cambios privados esperan en este ordenador hasta que vuelva.</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>otro ordenador</translation>
    </message>
    <message>
        <source>The sync folder {folder} is not there (not mounted, or moved). Nothing was changed; Toward tries again later.</source>
        <translation>La carpeta de sincronización {folder} no está (sin montar o movida). No se ha cambiado nada; Toward lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>The sync folder {folder} now holds another household.</source>
        <translation>La carpeta de sincronización {folder} contiene ahora otro hogar.</translation>
    </message>
    <message>
        <source>Waiting for a change file from {device}.</source>
        <translation>Esperando un archivo de cambios de {device}.</translation>
    </message>
    <message>
        <source>A change file from {device} stays unreadable: it may have been damaged on the way. Toward never applies it, and the changes after it wait.</source>
        <translation>Un archivo de cambios de {device} sigue sin poder leerse: puede que se haya dañado por el camino. Toward nunca lo aplica, y los cambios posteriores esperan.</translation>
    </message>
    <message>
        <source>A change file from {device} cannot be read yet; Toward tries again later.</source>
        <translation>Aún no se puede leer un archivo de cambios de {device}; Toward lo volverá a intentar más tarde.</translation>
    </message>
    <message numerus="yes">
        <source>Changes waiting for what they build on: %n.</source>
        <translation>
            <numerusform>Cambios que esperan aquello en lo que se basan: %n.</numerusform>
            <numerusform>Cambios que esperan aquello en lo que se basan: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sync.folder</name>
    <message>
        <source>The sync folder&apos;s {name} cannot be read.</source>
        <translation>No se puede leer {name} de la carpeta de sincronización.</translation>
    </message>
    <message>
        <source>This sync folder was made by a newer version of Toward. Update Toward to use it.</source>
        <translation>Esta carpeta de sincronización la creó una versión más nueva de Toward. Actualiza Toward para usarla.</translation>
    </message>
    <message>
        <source>This folder already holds another household&apos;s changes. Choose an empty folder, or the one this household was linked to.</source>
        <translation>Esta carpeta ya contiene los cambios de otro hogar. Elige una carpeta vacía o la que tenía vinculada este hogar.</translation>
    </message>
</context>
<context>
    <name>sync.join_leftovers</name>
    <message>
        <source>{folder} holds databases but no household file: perhaps an earlier join was interrupted there. Toward leaves them untouched. If you did not keep anything there yourself, delete what is in that folder and join again, or choose an empty folder.</source>
        <translation>{folder} contiene bases de datos, pero ningún archivo del hogar: quizá una unión anterior se interrumpió ahí. Toward no las toca. Si no guardaste nada ahí tú, borra lo que hay en esa carpeta y vuelve a unirte, o elige una carpeta vacía.</translation>
    </message>
</context>
<context>
    <name>sync.joining</name>
    <message>
        <source>Link this household to a sync folder before inviting.</source>
        <translation>Vincula este hogar a una carpeta de sincronización antes de invitar.</translation>
    </message>
    <message>
        <source>Both partners are in this household already.</source>
        <translation>Las dos personas ya están en este hogar.</translation>
    </message>
    <message>
        <source>That code does not open an invitation in this folder. It may have been mistyped, used already or be more than 7 days old.</source>
        <translation>Ese código no abre ninguna invitación en esta carpeta. Puede que se haya escrito mal, que ya se haya usado o que tenga más de 7 días.</translation>
    </message>
    <message>
        <source>The sync folder does not hold the inviting partner yet.</source>
        <translation>La carpeta de sincronización aún no contiene a la persona que invita.</translation>
    </message>
    <message>
        <source>No partner called {name} has linked this folder.</source>
        <translation>Ninguna persona llamada {name} ha vinculado esta carpeta.</translation>
    </message>
    <message>
        <source>{name}&apos;s password is tied to the computer it was set on. Untie it there (Settings), link again, then join here.</source>
        <translation>La contraseña de {name} está ligada al ordenador donde se puso. Desvincúlala allí (Ajustes), vuelve a vincular y después únete aquí.</translation>
    </message>
    <message>
        <source>That password doesn&apos;t open {name}&apos;s space.</source>
        <translation>Esa contraseña no abre el espacio de {name}.</translation>
    </message>
    <message>
        <source>{folder} holds no Toward household yet: link one on the other computer first.</source>
        <translation>{folder} aún no contiene ningún hogar de Toward: vincula uno primero en el otro ordenador.</translation>
    </message>
    <message>
        <source>A household already lives in {folder}.</source>
        <translation>Ya hay un hogar en {folder}.</translation>
    </message>
    <message>
        <source>{folder} is not empty: choose an empty folder to join in.</source>
        <translation>{folder} no está vacía: elige una carpeta vacía para unirte.</translation>
    </message>
</context>
<context>
    <name>sync.private</name>
    <message>
        <source>Choose a folder outside the sync folder: your partner&apos;s computer receives everything inside it.</source>
        <translation>Elige una carpeta fuera de la carpeta de sincronización: el ordenador de tu pareja recibe todo lo que hay dentro.</translation>
    </message>
    <message>
        <source>That folder is a household&apos;s sync folder. Choose another folder, shared only between your own computers.</source>
        <translation>Esa carpeta es la carpeta de sincronización de un hogar. Elige otra carpeta, compartida solo entre tus propios ordenadores.</translation>
    </message>
    <message>
        <source>That folder already holds someone else&apos;s private changes. Choose an empty folder, or the one you chose on your other computer.</source>
        <translation>Esa carpeta ya contiene los cambios privados de otra persona. Elige una carpeta vacía, o la que elegiste en tu otro ordenador.</translation>
    </message>
</context>
<context>
    <name>sync.status</name>
    <message>
        <source>another computer</source>
        <translation>otro ordenador</translation>
    </message>
    <message>
        <source>A change from another computer was not applied ({what}): {why}.</source>
        <translation>Un cambio de otro ordenador no se ha aplicado ({what}): {why}.</translation>
    </message>
</context>
<context>
    <name>ui.app</name>
    <message>
        <source>The household file (household.json) is missing. It holds the keys to the databases in this folder, so they cannot be opened without it. Restore from a backup, or put household.json back if you have a copy.</source>
        <translation>Falta el archivo del hogar (household.json). Guarda las claves de las bases de datos de esta carpeta, así que sin él no se pueden abrir. Restaura una copia de seguridad, o vuelve a poner household.json si tienes una copia.</translation>
    </message>
    <message>
        <source>Toward can&apos;t open this household</source>
        <translation>Toward no puede abrir este hogar</translation>
    </message>
    <message>
        <source>Nothing in {folder} has been changed or deleted. Run `toward doctor` for a full report.</source>
        <translation>No se ha cambiado ni borrado nada en {folder}. Ejecuta `toward doctor` para ver un informe completo.</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Restored from the backup made {made}. What was there before is kept in {kept}.</source>
        <translation>Restaurado desde la copia hecha el {made}. Lo que había antes se guarda en {kept}.</translation>
    </message>
    <message>
        <source>Restored from the backup made {made}.</source>
        <translation>Restaurado desde la copia hecha el {made}.</translation>
    </message>
    <message>
        <source>Read-only: Toward cannot write to this folder, so you can read everything but nothing can be changed or added. Make a backup, or move the folder somewhere writable.</source>
        <translation>Solo lectura: Toward no puede escribir en esta carpeta, así que puedes leerlo todo, pero no se puede cambiar ni añadir nada. Haz una copia de seguridad, o mueve la carpeta a un sitio donde se pueda escribir.</translation>
    </message>
    <message>
        <source>{name} unlocks too, for time together</source>
        <translation>{name} también desbloquea, para un rato juntos</translation>
    </message>
    <message>
        <source>Toward is already open for this household; its window was brought forward.</source>
        <translation>Toward ya está abierto para este hogar; su ventana ha pasado al frente.</translation>
    </message>
    <message>
        <source>Nothing here has been opened or changed.</source>
        <translation>Aquí no se ha abierto ni cambiado nada.</translation>
    </message>
</context>
<context>
    <name>ui.bids.page</name>
    <message>
        <source>Morning</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Noche</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Madrugada</translation>
    </message>
    <message>
        <source>Bids for connection</source>
        <translation>Gestos de conexión</translation>
    </message>
    <message>
        <source>Notice the small reaches for each other, and how they are met.</source>
        <translation>Fíjate en los pequeños acercamientos entre vosotros, y en cómo se reciben.</translation>
    </message>
    <message>
        <source>your partner</source>
        <translation>tu pareja</translation>
    </message>
    <message>
        <source>Log a bid</source>
        <translation>Registrar un gesto</translation>
    </message>
    <message>
        <source>{name}&apos;s bids you could still meet</source>
        <translation>Gestos de {name} que aún puedes atender</translation>
    </message>
    <message>
        <source>Missing a bid happens. Turning toward it now is recorded beside the first answer, which stays as it was.</source>
        <translation>Que se escape un gesto es normal. Si te acercas ahora, queda anotado junto a la primera respuesta, que se mantiene tal como fue.</translation>
    </message>
    <message>
        <source>bid waiting</source>
        <translation>gesto esperando</translation>
    </message>
    <message>
        <source>bids waiting</source>
        <translation>gestos esperando</translation>
    </message>
    <message>
        <source>The last twelve weeks</source>
        <translation>Las últimas doce semanas</translation>
    </message>
    <message>
        <source>Your bids, answered by {name}</source>
        <translation>Tus gestos, respondidos por {name}</translation>
    </message>
    <message>
        <source>{name}&apos;s bids, answered by you</source>
        <translation>Los gestos de {name}, respondidos por ti</translation>
    </message>
    <message>
        <source>Emotional bank account</source>
        <translation>Cuenta bancaria emocional</translation>
    </message>
    <message>
        <source>When and how bids happen</source>
        <translation>Cuándo y cómo surgen los gestos</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Momento del día</translation>
    </message>
    <message>
        <source>Bids by time of day</source>
        <translation>Gestos por momento del día</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Bids by kind</source>
        <translation>Gestos por tipo</translation>
    </message>
    <message>
        <source>{kind} · {when} — {bid} ({answer})</source>
        <translation>{kind} · {when} — {bid} ({answer})</translation>
    </message>
    <message>
        <source>{kind} · {when} ({answer})</source>
        <translation>{kind} · {when} ({answer})</translation>
    </message>
    <message>
        <source>I&apos;m turning toward it now</source>
        <translation>Me acerco ahora</translation>
    </message>
    <message>
        <source>I&apos;m turning toward it now: {bid}</source>
        <translation>Me acerco ahora: {bid}</translation>
    </message>
    <message>
        <source>Recently logged</source>
        <translation>Registrados hace poco</translation>
    </message>
    <message>
        <source>bid</source>
        <translation>gesto</translation>
    </message>
    <message>
        <source>bids</source>
        <translation>gestos</translation>
    </message>
    <message>
        <source>Nothing logged yet. The quick log above takes seconds.</source>
        <translation>Todavía no hay nada registrado. El registro rápido de arriba lleva unos segundos.</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privado</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartido</translation>
    </message>
    <message>
        <source>{when} · {name}: {kind} — {answer}</source>
        <translation>{when} · {name}: {kind} — {answer}</translation>
    </message>
    <message>
        <source>turned toward later</source>
        <translation>con cercanía más tarde</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>Gestos</translation>
    </message>
    <message>
        <source>Turned toward</source>
        <translation>Con cercanía</translation>
    </message>
</context>
<context>
    <name>ui.bids.quick_log</name>
    <message>
        <source>My partner</source>
        <translation>Mi pareja</translation>
    </message>
    <message>
        <source>What was the bid</source>
        <translation>¿Cuál fue el gesto?</translation>
    </message>
    <message>
        <source>Kind of bid</source>
        <translation>Tipo de gesto</translation>
    </message>
    <message>
        <source>I made it</source>
        <translation>Lo hice yo</translation>
    </message>
    <message>
        <source>{name} made it</source>
        <translation>Lo hizo {name}</translation>
    </message>
    <message>
        <source>Whose bid</source>
        <translation>De quién fue el gesto</translation>
    </message>
    <message>
        <source>How it was answered</source>
        <translation>Cómo se respondió</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Mood afterwards</source>
        <translation>Ánimo después</translation>
    </message>
    <message>
        <source>What was the bid? e.g. “showed me the sunset”</source>
        <translation>¿Cuál fue el gesto? p. ej. «me enseñó la puesta de sol»</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
    <message>
        <source>A note for yourself</source>
        <translation>Una nota para ti</translation>
    </message>
    <message>
        <source>How you felt afterwards</source>
        <translation>Cómo te sentiste después</translation>
    </message>
    <message>
        <source>Afterwards: {mood}</source>
        <translation>Después: {mood}</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privado</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartido</translation>
    </message>
    <message>
        <source>Where to keep it</source>
        <translation>Dónde guardarlo</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Log bid</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Logged, shared with {name}.</source>
        <translation>Registrado y compartido con {name}.</translation>
    </message>
    <message>
        <source>Logged, kept private.</source>
        <translation>Registrado, en privado.</translation>
    </message>
    <message>
        <source>Log a bid for connection</source>
        <translation>Registrar un gesto de conexión</translation>
    </message>
</context>
<context>
    <name>ui.journal.editor</name>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>Título (opcional)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>How are you feeling?</source>
        <translation>¿Cómo te sientes?</translation>
    </message>
    <message>
        <source>{number} · {mood}</source>
        <translation>{number} · {mood}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Show how the Markdown will look</source>
        <translation>Mostrar cómo quedará el Markdown</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Write freely. Markdown works: *emphasis*, lists, # headings.</source>
        <translation>Escribe con libertad. Puedes usar Markdown: *énfasis*, listas, # títulos.</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Texto de la entrada</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>In your private journal — only you can read it.</source>
        <translation>En tu diario privado: solo tú puedes leerlo.</translation>
    </message>
    <message>
        <source>In the shared journal — {name} can read it once you save.</source>
        <translation>En el diario compartido: {name} podrá leerlo cuando lo guardes.</translation>
    </message>
    <message>
        <source>Writing about: “{prompt}”</source>
        <translation>Escribiendo sobre: «{prompt}»</translation>
    </message>
    <message>
        <source>Your unsaved writing from {when} is back.</source>
        <translation>Ha vuelto lo que escribiste el {when} sin guardar.</translation>
    </message>
    <message>
        <source>Draft not saved: {reason}</source>
        <translation>Borrador sin guardar: {reason}</translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation>Borrador guardado</translation>
    </message>
    <message>
        <source>Write something first — a title or a few words.</source>
        <translation>Escribe algo primero: un título o unas palabras.</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>What you wrote since the last save will be lost.</source>
        <translation>Se perderá lo que escribiste desde la última vez que guardaste.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>ui.journal.filters</name>
    <message>
        <source>Feeling {mood}</source>
        <translation>Con ánimo {mood}</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>Any mood</source>
        <translation>Cualquier ánimo</translation>
    </message>
    <message>
        <source>Kind of trust</source>
        <translation>Tipo de confianza</translation>
    </message>
    <message>
        <source>Any trust</source>
        <translation>Cualquier confianza</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier momento</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpiar</translation>
    </message>
</context>
<context>
    <name>ui.journal.invitation</name>
    <message>
        <source>Prompt of the day</source>
        <translation>Propuesta del día</translation>
    </message>
    <message>
        <source>Write about this</source>
        <translation>Escribir sobre esto</translation>
    </message>
    <message>
        <source>More prompts…</source>
        <translation>Más propuestas…</translation>
    </message>
    <message>
        <source>Not for me</source>
        <translation>No es para mí</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Continue “{title}” (unsaved, {when})</source>
        <translation>Seguir con «{title}» (sin guardar, {when})</translation>
    </message>
</context>
<context>
    <name>ui.journal.model</name>
    <message>
        <source>{title}, private, {date}</source>
        <translation>{title}, privada, {date}</translation>
    </message>
    <message>
        <source>{title}, shared, {date}</source>
        <translation>{title}, compartida, {date}</translation>
    </message>
    <message>
        <source>{title}, private, a copy shared, {date}</source>
        <translation>{title}, privada, con una copia compartida, {date}</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Pareja</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>compartida</translation>
    </message>
</context>
<context>
    <name>ui.journal.page</name>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <source>New entry (Ctrl+N)</source>
        <translation>Nueva entrada (Ctrl+N)</translation>
    </message>
    <message>
        <source>My private journal</source>
        <translation>Mi diario privado</translation>
    </message>
    <message>
        <source>Shared journal</source>
        <translation>Diario compartido</translation>
    </message>
    <message>
        <source>Which journal</source>
        <translation>Qué diario</translation>
    </message>
    <message>
        <source>Search both journals (Ctrl+F)</source>
        <translation>Buscar en los dos diarios (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>your partner</source>
        <translation>tu pareja</translation>
    </message>
    <message numerus="yes">
        <source>%n matching entries</source>
        <translation>
            <numerusform>%n entrada coincide</numerusform>
            <numerusform>%n entradas coinciden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shared journal · %n new</source>
        <translation>
            <numerusform>Diario compartido · %n nueva</numerusform>
            <numerusform>Diario compartido · %n nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries found in both journals</source>
        <translation>
            <numerusform>%n entrada encontrada en los dos diarios</numerusform>
            <numerusform>%n entradas encontradas en los dos diarios</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or different words.</source>
        <translation>No se ha encontrado nada. Prueba con menos palabras o con otras.</translation>
    </message>
    <message>
        <source>Choose a result to read it.</source>
        <translation>Elige un resultado para leerlo.</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>Ninguna entrada coincide con estos filtros.</translation>
    </message>
    <message>
        <source>Nothing here yet — write the first entry.
Only you can read your private journal.</source>
        <translation>Aún no hay nada: escribe la primera entrada.
Solo tú puedes leer tu diario privado.</translation>
    </message>
    <message>
        <source>Nothing shared yet.
Write here for both of you to read, or share an entry from your private journal.</source>
        <translation>Aún no hay nada compartido.
Escribe aquí para que lo leáis los dos, o comparte una entrada de tu diario privado.</translation>
    </message>
    <message>
        <source>Choose an entry to read it, or write a new one.</source>
        <translation>Elige una entrada para leerla, o escribe una nueva.</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>Sin compartir</translation>
    </message>
    <message>
        <source>Stop sharing?</source>
        <translation>¿Dejar de compartir?</translation>
    </message>
    <message>
        <source>The entry leaves the shared journal, with any replies under it. {name} may already have read it.</source>
        <translation>La entrada sale del diario compartido, con las respuestas que tenga. Puede que {name} ya la haya leído.</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Dejar de compartir</translation>
    </message>
    <message>
        <source>No longer shared</source>
        <translation>Ya no se comparte</translation>
    </message>
    <message>
        <source>{name} had already opened it.</source>
        <translation>{name} ya la había abierto.</translation>
    </message>
    <message>
        <source>Toward saw no sign that {name} opened it, though they may have seen it.</source>
        <translation>Toward no vio señales de que {name} la abriera, aunque puede que la haya visto.</translation>
    </message>
    <message>
        <source>It will be gone for good, with its pictures; this can&apos;t be undone. Its shared copy stays in the shared journal until you stop sharing it.</source>
        <translation>Desaparecerá para siempre, con sus imágenes; no se puede deshacer. Su copia compartida sigue en el diario compartido hasta que dejes de compartirla.</translation>
    </message>
    <message>
        <source>It will be gone for good, with its pictures; this can&apos;t be undone.</source>
        <translation>Desaparecerá para siempre, con sus imágenes; no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation>¿Borrar esta entrada?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>ui.journal.prompts</name>
    <message>
        <source>light</source>
        <translation>ligera</translation>
    </message>
    <message>
        <source>deeper</source>
        <translation>algo más honda</translation>
    </message>
    <message>
        <source>deep</source>
        <translation>honda</translation>
    </message>
    <message>
        <source>weighty</source>
        <translation>de peso</translation>
    </message>
    <message>
        <source>weightiest</source>
        <translation>de mucho peso</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <source>Decks</source>
        <translation>Colecciones</translation>
    </message>
    <message>
        <source>Prompts in this deck</source>
        <translation>Propuestas de esta colección</translation>
    </message>
    <message>
        <source>Show prompts I hid</source>
        <translation>Mostrar las propuestas que oculté</translation>
    </message>
    <message>
        <source>Hide this prompt</source>
        <translation>Ocultar esta propuesta</translation>
    </message>
    <message>
        <source>Write about this</source>
        <translation>Escribir sobre esto</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(oculta)</translation>
    </message>
    <message>
        <source>Show it again</source>
        <translation>Volver a mostrarla</translation>
    </message>
</context>
<context>
    <name>ui.journal.reader</name>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>What was shared</source>
        <translation>Lo que se compartió</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Texto de la entrada</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Add picture…</source>
        <translation>Añadir imagen…</translation>
    </message>
    <message>
        <source>Share with partner…</source>
        <translation>Compartir con tu pareja…</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Dejar de compartir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Written for the prompt: “{prompt}”</source>
        <translation>Escrita a partir de la propuesta: «{prompt}»</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} y {last}</translation>
    </message>
    <message numerus="yes">
        <source>Shared in part: {name} can read paragraphs {listed} of {total}; the others stay in your private journal.</source>
        <translation>
            <numerusform>Compartida en parte: {name} puede leer el párrafo {listed} de {total}; los demás se quedan en tu diario privado.</numerusform>
            <numerusform>Compartida en parte: {name} puede leer los párrafos {listed} de {total}; los demás se quedan en tu diario privado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privada</translation>
    </message>
    <message>
        <source>Shared by {name}</source>
        <translation>Compartida por {name}</translation>
    </message>
    <message>
        <source>Shared by a former partner</source>
        <translation>Compartida por una expareja</translation>
    </message>
    <message>
        <source>feeling {mood}</source>
        <translation>con ánimo {mood}</translation>
    </message>
    <message>
        <source>{kinds} trust</source>
        <translation>confianza {kinds}</translation>
    </message>
    <message>
        <source>shared with {name} on {when}</source>
        <translation>compartida con {name} el {when}</translation>
    </message>
    <message>
        <source>your partner</source>
        <translation>tu pareja</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>Some pictures were not added</source>
        <translation>Algunas imágenes no se añadieron</translation>
    </message>
    <message>
        <source>Remove this picture?</source>
        <translation>¿Quitar esta imagen?</translation>
    </message>
    <message>
        <source>It will be gone for good.</source>
        <translation>Desaparecerá para siempre.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>No replies yet.</source>
        <translation>Aún no hay respuestas.</translation>
    </message>
    <message>
        <source>A former partner</source>
        <translation>Una expareja</translation>
    </message>
    <message>
        <source>Reply from {name}</source>
        <translation>Respuesta de {name}</translation>
    </message>
</context>
<context>
    <name>ui.journal.search</name>
    <message>
        <source>{title}, private: {snippet}</source>
        <translation>{title}, privada: {snippet}</translation>
    </message>
    <message>
        <source>{title}, shared: {snippet}</source>
        <translation>{title}, compartida: {snippet}</translation>
    </message>
    <message>
        <source>Your private journal · also shared</source>
        <translation>Tu diario privado · también compartida</translation>
    </message>
    <message>
        <source>Your private journal</source>
        <translation>Tu diario privado</translation>
    </message>
    <message>
        <source>Shared journal · by you</source>
        <translation>Diario compartido · tuya</translation>
    </message>
    <message>
        <source>your partner</source>
        <translation>tu pareja</translation>
    </message>
    <message>
        <source>Shared journal · by {name}</source>
        <translation>Diario compartido · de {name}</translation>
    </message>
</context>
<context>
    <name>ui.journal.share</name>
    <message>
        <source>Share “{title}” with {name}?</source>
        <translation>¿Compartir «{title}» con {name}?</translation>
    </message>
    <message>
        <source>{name} will be able to read it in the shared journal. You can take it back later, but {name} may have read it by then.</source>
        <translation>{name} podrá leerla en el diario compartido. Más adelante puedes retirarla, pero puede que {name} ya la haya leído.</translation>
    </message>
    <message>
        <source>Paragraphs to share</source>
        <translation>Párrafos que compartir</translation>
    </message>
    <message>
        <source>Untick any paragraph you want to keep to yourself.</source>
        <translation>Desmarca los párrafos que quieras guardarte para ti.</translation>
    </message>
    <message numerus="yes">
        <source>Include its %n pictures</source>
        <translation>
            <numerusform>Incluir %n imagen</numerusform>
            <numerusform>Incluir sus %n imágenes</numerusform>
        </translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message numerus="yes">
        <source>Sharing {kept} of %n paragraphs; the rest stay in your private journal.</source>
        <translation>
            <numerusform>Compartes {kept} de %n párrafo; el resto se queda en tu diario privado.</numerusform>
            <numerusform>Compartes {kept} de %n párrafos; el resto se queda en tu diario privado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.journal.trust</name>
    <message>
        <source>Emotional</source>
        <translation>Emocional</translation>
    </message>
    <message>
        <source>This is about emotional trust</source>
        <translation>Trata de la confianza emocional</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>Física</translation>
    </message>
    <message>
        <source>This is about physical trust</source>
        <translation>Trata de la confianza física</translation>
    </message>
    <message>
        <source>Mental</source>
        <translation>Mental</translation>
    </message>
    <message>
        <source>This is about mental trust</source>
        <translation>Trata de la confianza mental</translation>
    </message>
    <message>
        <source>Spiritual</source>
        <translation>Espiritual</translation>
    </message>
    <message>
        <source>This is about spiritual trust</source>
        <translation>Trata de la confianza espiritual</translation>
    </message>
</context>
<context>
    <name>ui.kit.charts</name>
    <message>
        <source>Show numbers</source>
        <translation>Mostrar cifras</translation>
    </message>
    <message>
        <source>{title}: show as a table</source>
        <translation>{title}: mostrar como tabla</translation>
    </message>
    <message>
        <source>Show chart</source>
        <translation>Mostrar gráfico</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <source>Toward</source>
        <translation>Cercanía</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>En contra</translation>
    </message>
    <message>
        <source>Not yet answered</source>
        <translation>Aún sin respuesta</translation>
    </message>
    <message>
        <source>Late toward</source>
        <translation>Cercanía tardía</translation>
    </message>
    <message>
        <source>Toward share</source>
        <translation>Parte con cercanía</translation>
    </message>
    <message>
        <source>Balance (toward − away − against)</source>
        <translation>Saldo (cercanía − distancia − en contra)</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>Retiradas</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
</context>
<context>
    <name>ui.kit.dialogs</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ui.kit.errors</name>
    <message>
        <source>Something went wrong inside Toward. Nothing you wrote was lost. Please report this problem ({kind}).</source>
        <translation>Algo ha fallado dentro de Toward. No se ha perdido nada de lo que escribiste. Por favor, informa de este problema ({kind}).</translation>
    </message>
</context>
<context>
    <name>ui.kit.kept_aside</name>
    <message>
        <source>Changes kept aside</source>
        <translation>Cambios apartados</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Dismiss the changes kept aside</source>
        <translation>Cerrar los cambios apartados</translation>
    </message>
    <message>
        <source>Toward could not apply a change you had asked for:</source>
        <translation>Toward no ha podido aplicar un cambio que habías pedido:</translation>
    </message>
    <message>
        <source>Toward could not apply these changes of yours:</source>
        <translation>Toward no ha podido aplicar estos cambios tuyos:</translation>
    </message>
    <message>
        <source>• {what} (asked {when}). {why}</source>
        <translation>• {what} (pedido {when}). {why}</translation>
    </message>
    <message>
        <source>If you still want it, you can make the change again.</source>
        <translation>Si aún lo quieres, puedes volver a hacer el cambio.</translation>
    </message>
</context>
<context>
    <name>ui.kit.paged_rows</name>
    <message>
        <source>Showing {shown} of {total} {records}</source>
        <translation>Se muestran {shown} de {total} {records}</translation>
    </message>
    <message>
        <source>{total} {records}</source>
        <translation>{total} {records}</translation>
    </message>
    <message numerus="yes">
        <source>Show %n more</source>
        <translation>
            <numerusform>Mostrar %n más</numerusform>
            <numerusform>Mostrar %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Show {more} more {records}</source>
        <translation>Mostrar {more} {records} más</translation>
    </message>
</context>
<context>
    <name>ui.kit.pictures</name>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Picture {name}</source>
        <translation>Imagen {name}</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>Quitar imagen</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>Esta imagen no se puede mostrar.</translation>
    </message>
</context>
<context>
    <name>ui.kit.widgets</name>
    <message>
        <source>Show password</source>
        <translation>Mostrar contraseña</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Ocultar contraseña</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Solidez de la contraseña</translation>
    </message>
    <message>
        <source>At least 8 characters. A few unrelated words work well.</source>
        <translation>Al menos 8 caracteres. Unas cuantas palabras sin relación entre sí funcionan bien.</translation>
    </message>
    <message numerus="yes">
        <source>Toward could not read %n records here, perhaps from damage to the file; everything else is shown, and nothing was changed. ({reasons})</source>
        <translation>
            <numerusform>Toward no pudo leer %n registro de aquí, quizá por un daño en el archivo; todo lo demás se muestra y no se ha cambiado nada. ({reasons})</numerusform>
            <numerusform>Toward no pudo leer %n registros de aquí, quizá por un daño en el archivo; todo lo demás se muestra y no se ha cambiado nada. ({reasons})</numerusform>
        </translation>
    </message>
    <message>
        <source>Records that could not be read</source>
        <translation>Registros que no se pudieron leer</translation>
    </message>
</context>
<context>
    <name>ui.lock_screen</name>
    <message>
        <source>Who&apos;s here?</source>
        <translation>¿Quién está aquí?</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation>Mensaje de desbloqueo</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Abriendo</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation>¿Has olvidado tu contraseña?</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <source>Demo household with sample data, deleted when you quit.
{passwords}</source>
        <translation>Hogar de prueba con datos de ejemplo; se borra al salir.
{passwords}</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Escribe tu contraseña.</translation>
    </message>
</context>
<context>
    <name>ui.main_view</name>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Juntos</translation>
    </message>
    <message>
        <source>Whose view</source>
        <translation>Vista de quién</translation>
    </message>
    <message>
        <source>Signed in as {name}</source>
        <translation>Has entrado como {name}</translation>
    </message>
    <message>
        <source>{name} joins</source>
        <translation>{name} se une</translation>
    </message>
    <message>
        <source>{name} unlocks too, for time together</source>
        <translation>{name} también desbloquea, para un rato juntos</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation>Bloquear ahora (Ctrl+L)</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Salida rápida</translation>
    </message>
    <message>
        <source>Lock and hide Toward at once (or press Shift three times)</source>
        <translation>Bloquear y ocultar Toward al instante (o pulsa Mayús tres veces)</translation>
    </message>
    <message>
        <source>Welcome message</source>
        <translation>Mensaje de bienvenida</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Welcome, {name}.</source>
        <translation>Hola, {name}.</translation>
    </message>
    <message numerus="yes">
        <source>Since then, %n wrong passwords were tried for your space.</source>
        <translation>
            <numerusform>Desde entonces, se ha probado %n contraseña equivocada en tu espacio.</numerusform>
            <numerusform>Desde entonces, se han probado %n contraseñas equivocadas en tu espacio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Before this, %n wrong passwords were tried for your space.</source>
        <translation>
            <numerusform>Antes de esto, se probó %n contraseña equivocada en tu espacio.</numerusform>
            <numerusform>Antes de esto, se probaron %n contraseñas equivocadas en tu espacio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only: Toward can&apos;t write to this folder, so nothing can be changed or added. Make a backup in Settings, or move the folder somewhere writable and open it there.</source>
        <translation>Solo lectura: Toward no puede escribir en esta carpeta, así que no se puede cambiar ni añadir nada. Haz una copia de seguridad en Ajustes, o mueve la carpeta a un sitio donde se pueda escribir y ábrela allí.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>Your space was last opened today at {time}.</source>
        <translation>Abriste tu espacio por última vez hoy a las {time}.</translation>
    </message>
    <message>
        <source>Your space was last opened yesterday at {time}.</source>
        <translation>Abriste tu espacio por última vez ayer a las {time}.</translation>
    </message>
    <message>
        <source>Your space was last opened on {day} at {time}.</source>
        <translation>Abriste tu espacio por última vez el {day} a las {time}.</translation>
    </message>
</context>
<context>
    <name>ui.money.agreement</name>
    <message>
        <source>Our agreement</source>
        <translation>Nuestro acuerdo</translation>
    </message>
    <message>
        <source>No agreement yet. Agreeing on an amount and a number of days makes telling each other a shared habit rather than a test.</source>
        <translation>Aún no hay acuerdo. Acordar un importe y un número de días convierte el contaros las cosas en una costumbre compartida, no en un examen.</translation>
    </message>
    <message>
        <source>Both of you confirmed it on {date}.</source>
        <translation>Los dos lo confirmasteis el {date}.</translation>
    </message>
    <message>
        <source>You proposed a change:</source>
        <translation>Propusiste un cambio:</translation>
    </message>
    <message>
        <source>You proposed an agreement:</source>
        <translation>Propusiste un acuerdo:</translation>
    </message>
    <message>
        <source>{name} proposed a change:</source>
        <translation>{name} propuso un cambio:</translation>
    </message>
    <message>
        <source>{name} proposed an agreement:</source>
        <translation>{name} propuso un acuerdo:</translation>
    </message>
    <message>
        <source>Waiting for {name} to confirm.</source>
        <translation>Esperando a que {name} lo confirme.</translation>
    </message>
    <message>
        <source>Withdraw it</source>
        <translation>Retirarlo</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Propose a change</source>
        <translation>Proponer un cambio</translation>
    </message>
    <message>
        <source>Propose an agreement</source>
        <translation>Proponer un acuerdo</translation>
    </message>
    <message>
        <source>Any purchase over</source>
        <translation>Cualquier compra de más de</translation>
    </message>
    <message>
        <source>Agreed amount</source>
        <translation>Importe acordado</translation>
    </message>
    <message>
        <source>Agreed currency</source>
        <translation>Moneda acordada</translation>
    </message>
    <message>
        <source>within</source>
        <translation>en un plazo de</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Agreed days</source>
        <translation>Días acordados</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Proponer</translation>
    </message>
</context>
<context>
    <name>ui.money.detail</name>
    <message>
        <source>Choose a line to see it in full.</source>
        <translation>Elige una línea para verla completa.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>{amount} at {payee}</source>
        <translation>{amount} en {payee}</translation>
    </message>
    <message>
        <source>{amount} at an unnamed payee</source>
        <translation>{amount} en un comercio sin nombre</translation>
    </message>
    <message>
        <source>no category</source>
        <translation>sin categoría</translation>
    </message>
    <message>
        <source>You disclosed it on {when}</source>
        <translation>Lo contaste el {when}</translation>
    </message>
    <message>
        <source>{name} disclosed it on {when}</source>
        <translation>{name} lo contó el {when}</translation>
    </message>
    <message>
        <source>Corrected: {note}</source>
        <translation>Corregido: {note}</translation>
    </message>
    <message>
        <source>Show the earlier version</source>
        <translation>Mostrar la versión anterior</translation>
    </message>
    <message>
        <source>This version was corrected later; totals count the correction.</source>
        <translation>Esta versión se corrigió después; los totales cuentan la corrección.</translation>
    </message>
    <message>
        <source>Edit the draft</source>
        <translation>Editar el borrador</translation>
    </message>
    <message>
        <source>Why (kept to yourself): {why}</source>
        <translation>Por qué (solo para ti): {why}</translation>
    </message>
    <message>
        <source>Why: kept to yourself.</source>
        <translation>Por qué: solo para quien lo escribió.</translation>
    </message>
    <message>
        <source>{name} kept the why private for now.</source>
        <translation>{name} ha guardado el porqué en privado de momento.</translation>
    </message>
    <message>
        <source>Why: {why}</source>
        <translation>Por qué: {why}</translation>
    </message>
    <message>
        <source>A question, or a note on what you talked about</source>
        <translation>Una pregunta, o una nota sobre lo que hablasteis</translation>
    </message>
    <message>
        <source>Your question or note</source>
        <translation>Tu pregunta o nota</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Dar por recibido</translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translation>Hacer una pregunta</translation>
    </message>
    <message>
        <source>We talked it through</source>
        <translation>Lo hemos hablado</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Corregir…</translation>
    </message>
    <message>
        <source>Earlier: {amount} at {payee}, {date}, disclosed {when}</source>
        <translation>Antes: {amount} en {payee}, {date}, contado el {when}</translation>
    </message>
</context>
<context>
    <name>ui.money.draft_form</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Who was paid</source>
        <translation>A quién se pagó</translation>
    </message>
    <message>
        <source>Account or card</source>
        <translation>Cuenta o tarjeta</translation>
    </message>
    <message>
        <source>Visa ending 4417</source>
        <translation>Visa acabada en 4417</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Office supplies</source>
        <translation>Material de oficina</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Personal or business</source>
        <translation>Personal o de trabajo</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para qué</translation>
    </message>
    <message>
        <source>What it was for, in your own words (optional)</source>
        <translation>Para qué fue, con tus palabras (opcional)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Keep the why to myself (the rest is shared)</source>
        <translation>Guardar el porqué para mí (lo demás se comparte)</translation>
    </message>
    <message>
        <source>Your partner sees that a note was kept private, never that there was none.</source>
        <translation>Tu pareja ve que guardaste una nota en privado, nunca que no había ninguna.</translation>
    </message>
    <message>
        <source>What this correction changes</source>
        <translation>Qué cambia esta corrección</translation>
    </message>
    <message>
        <source>What the correction changes</source>
        <translation>Qué cambia la corrección</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Guardar la corrección</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <source>Write the amount first.</source>
        <translation>Escribe primero el importe.</translation>
    </message>
</context>
<context>
    <name>ui.money.model</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>draft · why kept private</source>
        <translation>borrador · porqué privado</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>question open</source>
        <translation>pregunta abierta</translation>
    </message>
    <message>
        <source>no response from {name} yet</source>
        <translation>{name} aún no ha respondido</translation>
    </message>
    <message>
        <source>waiting for your response</source>
        <translation>esperando tu respuesta</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>corregido</translation>
    </message>
    <message>
        <source>draft · why private</source>
        <translation>borrador · porqué privado</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>aún sin respuesta</translation>
    </message>
    <message>
        <source>for you to see</source>
        <translation>para que lo veas</translation>
    </message>
    <message>
        <source>late</source>
        <translation>tarde</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Número</translation>
    </message>
</context>
<context>
    <name>ui.money.page</name>
    <message>
        <source>Nothing disclosed yet. Write down a purchase, or import a statement, and disclose it when you are ready.</source>
        <translation>Aún no se ha contado nada. Anota una compra, o importa un extracto, y cuéntala cuando quieras.</translation>
    </message>
    <message>
        <source>Nothing is waiting for your response.</source>
        <translation>No hay nada esperando tu respuesta.</translation>
    </message>
    <message>
        <source>No drafts. Purchases you write down or import wait here, private, until you disclose them.</source>
        <translation>No hay borradores. Las compras que anotas o importas esperan aquí, en privado, hasta que las cuentes.</translation>
    </message>
    <message>
        <source>No late disclosures.</source>
        <translation>No hay nada contado tarde.</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Dinero</translation>
    </message>
    <message>
        <source>Telling each other about money: easy to do, kind to receive.</source>
        <translation>Contarnos lo del dinero: fácil de hacer, amable de recibir.</translation>
    </message>
    <message>
        <source>your partner</source>
        <translation>tu pareja</translation>
    </message>
    <message>
        <source>Write down a purchase</source>
        <translation>Anotar una compra</translation>
    </message>
    <message>
        <source>Import a statement…</source>
        <translation>Importar un extracto…</translation>
    </message>
    <message>
        <source>Shared ledger</source>
        <translation>Registro compartido</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Te esperan</translation>
    </message>
    <message>
        <source>My drafts</source>
        <translation>Mis borradores</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Ledger views</source>
        <translation>Vistas del registro</translation>
    </message>
    <message>
        <source>Ledger lines</source>
        <translation>Líneas del registro</translation>
    </message>
    <message>
        <source>Disclose selected…</source>
        <translation>Contar lo seleccionado…</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Borrar borrador</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>Todos los meses</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message numerus="yes">
        <source>Disclose %n selected…</source>
        <translation>
            <numerusform>Contar %n seleccionada…</numerusform>
            <numerusform>Contar las %n seleccionadas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disclose all %n…</source>
        <translation>
            <numerusform>Contar %n…</numerusform>
            <numerusform>Contar las %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the draft</source>
        <translation>Editar el borrador</translation>
    </message>
    <message>
        <source>Correct a disclosure</source>
        <translation>Corregir lo contado</translation>
    </message>
    <message numerus="yes">
        <source>%n rows imported as private drafts. Nothing was shared.</source>
        <translation>
            <numerusform>%n fila importada como borrador privado. No se ha compartido nada.</numerusform>
            <numerusform>%n filas importadas como borradores privados. No se ha compartido nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows imported as private drafts; {skipped} already here were skipped. Nothing was shared.</source>
        <translation>
            <numerusform>%n fila importada como borrador privado; se omitieron {skipped} que ya estaban. No se ha compartido nada.</numerusform>
            <numerusform>%n filas importadas como borradores privados; se omitieron {skipped} que ya estaban. No se ha compartido nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} y {last}</translation>
    </message>
    <message numerus="yes">
        <source>Disclose %n purchases, {sums} in total, to {name}?</source>
        <translation>
            <numerusform>¿Contarle a {name} %n compra, {sums} en total?</numerusform>
            <numerusform>¿Contarle a {name} %n compras, {sums} en total?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keep their why private; {name} will see that it was.</source>
        <translation>
            <numerusform>%n guarda su porqué en privado; {name} verá que es así.</numerusform>
            <numerusform>%n guardan su porqué en privado; {name} verá que es así.</numerusform>
        </translation>
    </message>
    <message>
        <source>Once disclosed, a purchase can be corrected but not taken back.</source>
        <translation>Una vez contada, una compra se puede corregir, pero no retirar.</translation>
    </message>
    <message numerus="yes">
        <source>Disclose %n purchases</source>
        <translation>
            <numerusform>Contar %n compra</numerusform>
            <numerusform>Contar %n compras</numerusform>
        </translation>
    </message>
    <message>
        <source>Disclose</source>
        <translation>Contar</translation>
    </message>
    <message numerus="yes">
        <source>Disclosed %n purchases to {name}.</source>
        <translation>
            <numerusform>Le has contado %n compra a {name}.</numerusform>
            <numerusform>Le has contado %n compras a {name}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n drafts? Nothing was shared.</source>
        <translation>
            <numerusform>¿Borrar %n borrador? No se había compartido nada.</numerusform>
            <numerusform>¿Borrar %n borradores? No se había compartido nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything both of you have disclosed, newest first.</source>
        <translation>Todo lo que habéis contado los dos, lo más reciente primero.</translation>
    </message>
    <message>
        <source>{other}&apos;s disclosures waiting for your response, and questions about yours.</source>
        <translation>Lo que {other} ha contado y espera tu respuesta, y preguntas sobre lo tuyo.</translation>
    </message>
    <message>
        <source>Private until you disclose them. Select several to disclose them together.</source>
        <translation>Privado hasta que lo cuentes. Selecciona varias para contarlas a la vez.</translation>
    </message>
    <message>
        <source>Disclosed later than the agreement asked: a fact to talk about, not a verdict.</source>
        <translation>Contado más tarde de lo que pedía el acuerdo: un hecho del que hablar, no un veredicto.</translation>
    </message>
</context>
<context>
    <name>ui.money.statement_import</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Column for date</source>
        <translation>Columna de la fecha</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Column for payee</source>
        <translation>Columna del destinatario</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Column for amount</source>
        <translation>Columna del importe</translation>
    </message>
    <message>
        <source>Debit (money out)</source>
        <translation>Cargo (dinero que sale)</translation>
    </message>
    <message>
        <source>Column for debit (money out)</source>
        <translation>Columna del cargo (dinero que sale)</translation>
    </message>
    <message>
        <source>Credit (money in)</source>
        <translation>Abono (dinero que entra)</translation>
    </message>
    <message>
        <source>Column for credit (money in)</source>
        <translation>Columna del abono (dinero que entra)</translation>
    </message>
    <message>
        <source>Account or card</source>
        <translation>Cuenta o tarjeta</translation>
    </message>
    <message>
        <source>Column for account or card</source>
        <translation>Columna de la cuenta o tarjeta</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>bar</source>
        <translation>barra vertical</translation>
    </message>
    <message>
        <source>Import a statement</source>
        <translation>Importar un extracto</translation>
    </message>
    <message>
        <source>Rows become private drafts for you to look over. Nothing is shared until you disclose it.</source>
        <translation>Las filas se convierten en borradores privados para que los revises. No se comparte nada hasta que lo cuentes.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Elegir un archivo…</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Extracto</translation>
    </message>
    <message>
        <source>Business Visa</source>
        <translation>Visa de trabajo</translation>
    </message>
    <message>
        <source>Account or card name</source>
        <translation>Nombre de la cuenta o tarjeta</translation>
    </message>
    <message>
        <source>Currency of the statement</source>
        <translation>Moneda del extracto</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personales</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>De trabajo</translation>
    </message>
    <message>
        <source>The purchases are</source>
        <translation>Las compras son</translation>
    </message>
    <message>
        <source>Preview of the rows to import</source>
        <translation>Vista previa de las filas que se importarán</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import as drafts</source>
        <translation>Importar como borradores</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Separador</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Formato de fecha</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>Separador decimal</translation>
    </message>
    <message>
        <source>The first row names the columns</source>
        <translation>La primera fila da nombre a las columnas</translation>
    </message>
    <message>
        <source>Purchases are shown as negative amounts</source>
        <translation>Las compras aparecen como importes negativos</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Importes</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Columna {number}</translation>
    </message>
    <message>
        <source>Statements (*.csv *.ofx *.qfx *.txt)</source>
        <translation>Extractos (*.csv *.ofx *.qfx *.txt)</translation>
    </message>
    <message>
        <source>The file could not be opened ({reason}).</source>
        <translation>No se pudo abrir el archivo ({reason}).</translation>
    </message>
    <message>
        <source>Imported account</source>
        <translation>Cuenta importada</translation>
    </message>
    <message numerus="yes">
        <source>%n new rows totalling {sums}; {skipped} already here, which will be skipped.</source>
        <translation>
            <numerusform>%n fila nueva, por un total de {sums}; {skipped} ya estaban y se omitirán.</numerusform>
            <numerusform>%n filas nuevas, por un total de {sums}; {skipped} ya estaban y se omitirán.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new rows totalling {sums}.</source>
        <translation>
            <numerusform>%n fila nueva, por un total de {sums}.</numerusform>
            <numerusform>%n filas nuevas, por un total de {sums}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new rows; {skipped} already here, which will be skipped.</source>
        <translation>
            <numerusform>%n fila nueva; {skipped} ya estaban y se omitirán.</numerusform>
            <numerusform>%n filas nuevas; {skipped} ya estaban y se omitirán.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new rows.</source>
        <translation>
            <numerusform>%n fila nueva.</numerusform>
            <numerusform>%n filas nuevas.</numerusform>
        </translation>
    </message>
    <message>
        <source>already here</source>
        <translation>ya está</translation>
    </message>
</context>
<context>
    <name>ui.money.totals</name>
    <message>
        <source>Total: nothing yet.</source>
        <translation>Total: aún nada.</translation>
    </message>
    <message numerus="yes">
        <source>Total: {sums}  ({count} disclosures)</source>
        <translation>
            <numerusform>Total: {sums}  ({count} compra contada)</numerusform>
            <numerusform>Total: {sums}  ({count} compras contadas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Totals by</source>
        <translation>Totales por</translation>
    </message>
</context>
<context>
    <name>ui.money.words</name>
    <message>
        <source>personal</source>
        <translation>personal</translation>
    </message>
    <message>
        <source>business</source>
        <translation>trabajo</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <source>Totals by month</source>
        <translation>Totales por mes</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Por categoría</translation>
    </message>
    <message>
        <source>Totals by category</source>
        <translation>Totales por categoría</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>By account</source>
        <translation>Por cuenta</translation>
    </message>
    <message>
        <source>Totals by account</source>
        <translation>Totales por cuenta</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>By purpose</source>
        <translation>Por finalidad</translation>
    </message>
    <message>
        <source>Totals by purpose</source>
        <translation>Totales por finalidad</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>By who</source>
        <translation>Por quién</translation>
    </message>
    <message>
        <source>Totals by who</source>
        <translation>Totales por quién</translation>
    </message>
</context>
<context>
    <name>ui.partner_form</name>
    <message>
        <source>Colour {number}</source>
        <translation>Color {number}</translation>
    </message>
    <message>
        <source>Your colour</source>
        <translation>Tu color</translation>
    </message>
    <message>
        <source>Your colour: left and right arrows choose</source>
        <translation>Tu color: elige con las flechas izquierda y derecha</translation>
    </message>
    <message>
        <source>What your partner calls you</source>
        <translation>Cómo te llama tu pareja</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>La misma contraseña otra vez</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Please give your name.</source>
        <translation>Escribe tu nombre, por favor.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>La contraseña necesita al menos %n carácter.</numerusform>
            <numerusform>La contraseña necesita al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>{name}&apos;s recovery code</source>
        <translation>Código de recuperación de {name}</translation>
    </message>
    <message>
        <source>If you ever forget your password, this code lets you set a new one. It is shown only now.</source>
        <translation>Si algún día olvidas tu contraseña, este código te permite poner una nueva. Solo se muestra ahora.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>Keep it somewhere only you can reach: on paper in a safe place, or in your own password manager. If you lose both your password and this code, your private space cannot be opened again — not by your partner, not by anyone.</source>
        <translation>Guárdalo donde solo tú llegues: en papel, en un lugar seguro, o en tu propio gestor de contraseñas. Si pierdes a la vez tu contraseña y este código, tu espacio privado no se podrá volver a abrir: ni tu pareja ni nadie podrá hacerlo.</translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation>Guardar en un archivo…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>I have put this code somewhere safe</source>
        <translation>He guardado este código en un lugar seguro</translation>
    </message>
    <message>
        <source>Toward recovery code for {name}

{code}

This code lets you set a new password if you forget yours.
Keep it private and safe.
</source>
        <translation>Código de recuperación de Toward para {name}

{code}

Este código te permite poner una contraseña nueva si olvidas la tuya.
Guárdalo en privado y en un lugar seguro.
</translation>
    </message>
    <message>
        <source>Toward recovery code - {name}.txt</source>
        <translation>Código de recuperación de Toward - {name}.txt</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texto (*.txt)</translation>
    </message>
</context>
<context>
    <name>ui.platform.capture</name>
    <message>
        <source>Toward&apos;s windows are kept out of screenshots, recordings and screen sharing.</source>
        <translation>Las ventanas de Toward quedan fuera de capturas de pantalla, grabaciones y pantallas compartidas.</translation>
    </message>
    <message>
        <source>Toward asks macOS to keep its windows out of screenshots and screen sharing; some newer recording apps may not honour it.</source>
        <translation>Toward pide a macOS que deje sus ventanas fuera de las capturas y de las pantallas compartidas; puede que alguna aplicación de grabación reciente no lo respete.</translation>
    </message>
    <message>
        <source>On Linux an app can&apos;t stop screenshots or screen recording of its window, so Toward can&apos;t either. Lock Toward before sharing your screen.</source>
        <translation>En Linux una aplicación no puede impedir capturas ni grabaciones de su ventana, así que Toward tampoco. Bloquea Toward antes de compartir tu pantalla.</translation>
    </message>
</context>
<context>
    <name>ui.platform.single_instance</name>
    <message>
        <source>This household is already open in another Toward on this computer, perhaps under another account. Close it there first, then start Toward again here.</source>
        <translation>Este hogar ya está abierto en otro Toward de este ordenador, quizá con otra cuenta. Ciérralo allí primero y vuelve a abrir Toward aquí.</translation>
    </message>
    <message>
        <source>This household is already open on the computer “{host}”. Close Toward there first, then start it again here. If that computer was switched off without closing Toward, delete the file {file} in {folder} and start again.</source>
        <translation>Este hogar ya está abierto en el ordenador «{host}». Cierra Toward allí primero y vuelve a abrirlo aquí. Si ese ordenador se apagó sin cerrar Toward, borra el archivo {file} de {folder} y vuelve a empezar.</translation>
    </message>
</context>
<context>
    <name>ui.platform.system_events</name>
    <message>
        <source>Toward notices the screen locking or the computer going to sleep when your desktop announces it, as KDE, GNOME and most others do.</source>
        <translation>Toward se da cuenta de que la pantalla se bloquea o el ordenador se suspende cuando tu escritorio lo anuncia, como hacen KDE, GNOME y la mayoría.</translation>
    </message>
    <message>
        <source>On this system Toward can&apos;t yet notice the screen locking or the computer going to sleep; the lock after a few minutes without use still applies.</source>
        <translation>En este sistema Toward aún no puede darse cuenta de que la pantalla se bloquea o el ordenador se suspende; el bloqueo tras unos minutos sin uso sigue funcionando.</translation>
    </message>
</context>
<context>
    <name>ui.promises.agreements</name>
    <message>
        <source>{date} · honoured, noted by you</source>
        <translation>{date} · respetado, anotado por ti</translation>
    </message>
    <message>
        <source>{date} · honoured, noted by you: {note}</source>
        <translation>{date} · respetado, anotado por ti: {note}</translation>
    </message>
    <message>
        <source>{date} · honoured, noted by {name}</source>
        <translation>{date} · respetado, anotado por {name}</translation>
    </message>
    <message>
        <source>{date} · honoured, noted by {name}: {note}</source>
        <translation>{date} · respetado, anotado por {name}: {note}</translation>
    </message>
    <message>
        <source>{date} · broken, noted by you</source>
        <translation>{date} · roto, anotado por ti</translation>
    </message>
    <message>
        <source>{date} · broken, noted by you: {note}</source>
        <translation>{date} · roto, anotado por ti: {note}</translation>
    </message>
    <message>
        <source>{date} · broken, noted by {name}</source>
        <translation>{date} · roto, anotado por {name}</translation>
    </message>
    <message>
        <source>{date} · broken, noted by {name}: {note}</source>
        <translation>{date} · roto, anotado por {name}: {note}</translation>
    </message>
    <message>
        <source>Standing agreements</source>
        <translation>Acuerdos vigentes</translation>
    </message>
    <message>
        <source>Ongoing commitments you both hold. Either of you can note a moment one was honoured, or broken — a broken one is something to talk about, not a mark against anyone.</source>
        <translation>Compromisos duraderos que mantenéis los dos. Cualquiera de los dos puede anotar un momento en que uno se respetó o se rompió; uno roto es algo de lo que hablar, no una marca contra nadie.</translation>
    </message>
    <message>
        <source>e.g. I call if I&apos;ll be more than 30 minutes late</source>
        <translation>p. ej. Aviso si me retraso más de 30 minutos</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Nuevo acuerdo</translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation>Añadir acuerdo</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>acuerdo</translation>
    </message>
    <message>
        <source>agreements</source>
        <translation>acuerdos</translation>
    </message>
    <message>
        <source>No agreements yet. Start with one small thing you both want to count on.</source>
        <translation>Aún no hay acuerdos. Empezad por algo pequeño con lo que los dos queráis poder contar.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Noted so far: honoured {kept} · broken {broken}</source>
        <translation>Anotado hasta ahora: respetado {kept} · roto {broken}</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>Qué pasó (opcional)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Honoured</source>
        <translation>Respetado</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Roto</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Dejar a un lado</translation>
    </message>
    <message>
        <source>For an agreement that no longer fits; its history stays</source>
        <translation>Para un acuerdo que ya no encaja; su historia se conserva</translation>
    </message>
    <message>
        <source>Honoured: {agreement}</source>
        <translation>Respetado: {agreement}</translation>
    </message>
    <message>
        <source>Broken: {agreement}</source>
        <translation>Roto: {agreement}</translation>
    </message>
    <message>
        <source>Set aside: {agreement}</source>
        <translation>Dejar a un lado: {agreement}</translation>
    </message>
    <message>
        <source>Set aside “{agreement}”? It and its moments stay in your history.</source>
        <translation>¿Dejar a un lado «{agreement}»? El acuerdo y sus momentos se quedan en vuestra historia.</translation>
    </message>
</context>
<context>
    <name>ui.promises.chart</name>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Cumplidas</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>No cumplidas</translation>
    </message>
    <message>
        <source>Renegotiated</source>
        <translation>Renegociadas</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Liberadas</translation>
    </message>
</context>
<context>
    <name>ui.promises.page</name>
    <message>
        <source>Promises</source>
        <translation>Promesas</translation>
    </message>
    <message>
        <source>Match words with actions — and when they don&apos;t match, talk it over.</source>
        <translation>Que las palabras y los actos vayan juntos, y cuando no, hablarlo.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>tú</translation>
    </message>
    <message>
        <source>your partner</source>
        <translation>tu pareja</translation>
    </message>
    <message>
        <source>Make a promise</source>
        <translation>Hacer una promesa</translation>
    </message>
    <message>
        <source>A promise is made to your partner. Once they join Toward, you can make one here; an intention of your own belongs in your private journal.</source>
        <translation>Una promesa se le hace a tu pareja. Cuando se una a Toward, podrás hacer una aquí; una intención tuya tiene su sitio en tu diario privado.</translation>
    </message>
    <message>
        <source>You both see every promise. Only {name} can mark one kept or missed, or release you from it; you can ask to change its terms.</source>
        <translation>Los dos veis todas las promesas. Solo {name} puede marcar una como cumplida o no cumplida, o liberarte de ella; tú puedes pedir que cambien sus términos.</translation>
    </message>
    <message>
        <source>What will you do for {name}?</source>
        <translation>¿Qué vas a hacer por {name}?</translation>
    </message>
    <message>
        <source>What you promise</source>
        <translation>Lo que prometes</translation>
    </message>
    <message>
        <source>Promise {name}</source>
        <translation>Prometérselo a {name}</translation>
    </message>
    <message>
        <source>Open promises</source>
        <translation>Promesas abiertas</translation>
    </message>
    <message>
        <source>open promise</source>
        <translation>promesa abierta</translation>
    </message>
    <message>
        <source>open promises</source>
        <translation>promesas abiertas</translation>
    </message>
    <message>
        <source>No open promises. A small one, kept, builds more than a big one.</source>
        <translation>No hay promesas abiertas. Una pequeña, cumplida, construye más que una grande.</translation>
    </message>
    <message>
        <source>Settled promises</source>
        <translation>Promesas cerradas</translation>
    </message>
    <message>
        <source>settled promise</source>
        <translation>promesa cerrada</translation>
    </message>
    <message>
        <source>settled promises</source>
        <translation>promesas cerradas</translation>
    </message>
    <message>
        <source>Promises kept, missed, renegotiated or released land here.</source>
        <translation>Aquí llegan las promesas cumplidas, no cumplidas, renegociadas o liberadas.</translation>
    </message>
    <message>
        <source>Follow-through</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Your promises, month by month</source>
        <translation>Tus promesas, mes a mes</translation>
    </message>
    <message>
        <source>{name}&apos;s promises, month by month</source>
        <translation>Las promesas de {name}, mes a mes</translation>
    </message>
    <message>
        <source>Your partner</source>
        <translation>Tu pareja</translation>
    </message>
</context>
<context>
    <name>ui.promises.rows</name>
    <message>
        <source>By a day</source>
        <translation>Para un día</translation>
    </message>
    <message>
        <source>Due day</source>
        <translation>Día previsto</translation>
    </message>
    <message>
        <source>“{what}” · {due}</source>
        <translation>«{what}» · {due}</translation>
    </message>
    <message>
        <source>Why: {note}</source>
        <translation>Por qué: {note}</translation>
    </message>
    <message>
        <source>You promised {name}</source>
        <translation>Le prometiste a {name}</translation>
    </message>
    <message>
        <source>{name} promised you</source>
        <translation>{name} te prometió</translation>
    </message>
    <message>
        <source>{name} promised {other}</source>
        <translation>{name} le prometió a {other}</translation>
    </message>
    <message>
        <source>{who} · made {date}</source>
        <translation>{who} · hecha el {date}</translation>
    </message>
    <message>
        <source>Renegotiated from {terms}</source>
        <translation>Renegociada desde {terms}</translation>
    </message>
    <message>
        <source>New terms: {terms}</source>
        <translation>Nuevos términos: {terms}</translation>
    </message>
    <message>
        <source>You wrote: {note}</source>
        <translation>Escribiste: {note}</translation>
    </message>
    <message>
        <source>{name} wrote: {note}</source>
        <translation>{name} escribió: {note}</translation>
    </message>
    <message>
        <source>You asked to change it to {terms}.</source>
        <translation>Pediste cambiarla a {terms}.</translation>
    </message>
    <message>
        <source>{name} asked to change it to {terms}.</source>
        <translation>{name} pidió cambiarla a {terms}.</translation>
    </message>
    <message>
        <source>Waiting for {name}&apos;s answer.</source>
        <translation>Esperando la respuesta de {name}.</translation>
    </message>
    <message>
        <source>Accept the new terms</source>
        <translation>Aceptar los nuevos términos</translation>
    </message>
    <message>
        <source>Keep it as it was</source>
        <translation>Dejarla como estaba</translation>
    </message>
    <message>
        <source>A word about it (optional)</source>
        <translation>Unas palabras sobre ello (opcional)</translation>
    </message>
    <message>
        <source>A word about it</source>
        <translation>Unas palabras sobre ello</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Cumplida</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>No cumplida</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Liberar</translation>
    </message>
    <message>
        <source>Free them from this promise, with no hard feelings</source>
        <translation>Liberar de esta promesa, sin resentimiento</translation>
    </message>
    <message>
        <source>{action}: {promise}</source>
        <translation>{action}: {promise}</translation>
    </message>
    <message>
        <source>Ask to change…</source>
        <translation>Pedir un cambio…</translation>
    </message>
    <message>
        <source>Ask to change: {promise}</source>
        <translation>Pedir un cambio: {promise}</translation>
    </message>
    <message>
        <source>Mark as missed</source>
        <translation>Marcar como no cumplida</translation>
    </message>
    <message>
        <source>Mark “{promise}” as missed?</source>
        <translation>¿Marcar «{promise}» como no cumplida?</translation>
    </message>
    <message>
        <source>Mark missed</source>
        <translation>Marcar no cumplida</translation>
    </message>
    <message>
        <source>Release them from “{promise}”? It stays in your history as released.</source>
        <translation>¿Liberar de «{promise}»? Se queda en vuestra historia como liberada.</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Promesas</translation>
    </message>
    <message>
        <source>Ask for new terms. Until your partner accepts them, the promise stays as it is; once they do, the old terms are kept beside the new ones.</source>
        <translation>Pide nuevos términos. Hasta que tu pareja los acepte, la promesa sigue como está; cuando los acepte, los términos anteriores se guardan junto a los nuevos.</translation>
    </message>
    <message>
        <source>New terms</source>
        <translation>Nuevos términos</translation>
    </message>
    <message>
        <source>Why (optional)</source>
        <translation>Por qué (opcional)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Pedir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>{status} {date}</source>
        <translation>{status} {date}</translation>
    </message>
    <message>
        <source>a moment for repair, not a verdict</source>
        <translation>un momento para reparar, no un veredicto</translation>
    </message>
</context>
<context>
    <name>ui.repair.breach</name>
    <message>
        <source>After a breach of trust</source>
        <translation>Después de una ruptura de la confianza</translation>
    </message>
    <message>
        <source>The same questions are in the journal&apos;s prompts, to write about privately before you ask or answer.</source>
        <translation>Estas mismas preguntas están en las propuestas del diario, para escribir sobre ellas en privado antes de preguntar o responder.</translation>
    </message>
    <message>
        <source>Hide the questions</source>
        <translation>Ocultar las preguntas</translation>
    </message>
    <message>
        <source>Show the questions ({count})</source>
        <translation>Mostrar las preguntas ({count})</translation>
    </message>
</context>
<context>
    <name>ui.repair.conversation</name>
    <message>
        <source>This step came to Toward after your conversation had moved past it, so nothing was written here.</source>
        <translation>Este paso llegó a Toward cuando vuestra conversación ya lo había dejado atrás, así que aquí no se escribió nada.</translation>
    </message>
    <message>
        <source>Your partner</source>
        <translation>Tu pareja</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>Todas las conversaciones</translation>
    </message>
    <message>
        <source>{kind} · started by {partner} · {status} · {reached} of {steps} steps</source>
        <translation>{kind} · empezada por {partner} · {status} · {reached} de {steps} pasos</translation>
    </message>
    <message>
        <source>Time to talk, agreed: {day} at {time}</source>
        <translation>Momento para hablar, acordado: {day} a las {time}</translation>
    </message>
    <message>
        <source>Step {position} of {steps}</source>
        <translation>Paso {position} de {steps}</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <source>You have answered this step.</source>
        <translation>Has respondido a este paso.</translation>
    </message>
    <message>
        <source>You have both answered. {partner}&apos;s answer appears here the next time {partner} opens Toward.</source>
        <translation>Ya habéis respondido los dos. La respuesta de {partner} aparecerá aquí la próxima vez que {partner} abra Toward.</translation>
    </message>
    <message>
        <source>Your answer is sealed. {partner} will see it after writing their own, and you will see theirs then too.</source>
        <translation>Tu respuesta está sellada. {partner} la verá después de escribir la suya, y tú verás la suya entonces.</translation>
    </message>
    <message>
        <source>{partner} has answered; their answer is sealed until you do. Once submitted, yours stays as you wrote it.</source>
        <translation>{partner} ya ha respondido; su respuesta está sellada hasta que respondas tú. Una vez enviada, la tuya se queda tal como la escribiste.</translation>
    </message>
    <message>
        <source>Your answer: {step}</source>
        <translation>Tu respuesta: {step}</translation>
    </message>
    <message>
        <source>Keep as a draft</source>
        <translation>Guardar como borrador</translation>
    </message>
    <message>
        <source>Submit my answer</source>
        <translation>Enviar mi respuesta</translation>
    </message>
    <message>
        <source>Once submitted, an answer stays as written</source>
        <translation>Una vez enviada, una respuesta se queda tal como se escribió</translation>
    </message>
    <message>
        <source>Appears the next time {partner} opens Toward.</source>
        <translation>Aparece la próxima vez que {partner} abra Toward.</translation>
    </message>
    <message>
        <source>{partner}: {step}</source>
        <translation>{partner}: {step}</translation>
    </message>
    <message>
        <source>{partner} accepted {other}&apos;s apology.</source>
        <translation>{partner} aceptó la disculpa de {other}.</translation>
    </message>
    <message>
        <source>I accept {partner}&apos;s apology</source>
        <translation>Acepto la disculpa de {partner}</translation>
    </message>
    <message>
        <source>Whenever you are ready; there is no hurry</source>
        <translation>Cuando quieras; no hay prisa</translation>
    </message>
    <message>
        <source>Finished on {day}. Thank you both for staying with it.</source>
        <translation>Terminada el {day}. Gracias a los dos por seguir en ella.</translation>
    </message>
    <message>
        <source>Withdraw this proposal?</source>
        <translation>¿Retirar esta propuesta?</translation>
    </message>
    <message>
        <source>The conversation disappears for you and for {partner}. You can start a new one whenever you like.</source>
        <translation>La conversación desaparece para ti y para {partner}. Podéis empezar otra cuando queráis.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
</context>
<context>
    <name>ui.repair.page</name>
    <message>
        <source>Repair conversations</source>
        <translation>Conversaciones de reparación</translation>
    </message>
    <message>
        <source>After a fight or a breach of trust: slow down, take turns, and find the way back to each other.</source>
        <translation>Después de una pelea o de una ruptura de la confianza: id más despacio, por turnos, y encontrad el camino de vuelta el uno al otro.</translation>
    </message>
    <message>
        <source>How answers stay sealed</source>
        <translation>Cómo quedan selladas las respuestas</translation>
    </message>
    <message>
        <source>Your partner</source>
        <translation>Tu pareja</translation>
    </message>
    <message>
        <source>Your conversations</source>
        <translation>Vuestras conversaciones</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>conversación</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>conversaciones</translation>
    </message>
    <message>
        <source>No conversations yet. When something needs mending, start one above: it only proposes a time, nothing more.</source>
        <translation>Aún no hay conversaciones. Cuando algo necesite arreglo, empieza una aquí arriba: solo propone un momento, nada más.</translation>
    </message>
    <message>
        <source>{kind} · started by {partner} {day} · {status} · {reached} of {steps} steps</source>
        <translation>{kind} · empezada por {partner} el {day} · {status} · {reached} de {steps} pasos</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open {topic}</source>
        <translation>Abrir {topic}</translation>
    </message>
    <message>
        <source>your partner</source>
        <translation>tu pareja</translation>
    </message>
    <message>
        <source>waiting for {partner} to answer about the time</source>
        <translation>esperando a que {partner} responda sobre el momento</translation>
    </message>
    <message>
        <source>a time waits for your answer</source>
        <translation>un momento espera tu respuesta</translation>
    </message>
    <message>
        <source>your turn</source>
        <translation>te toca</translation>
    </message>
    <message>
        <source>waiting for {partner}</source>
        <translation>esperando a {partner}</translation>
    </message>
    <message>
        <source>Start a conversation</source>
        <translation>Empezar una conversación</translation>
    </message>
    <message>
        <source>Repair conversations are for the two of you. Once your partner has joined Toward, either of you can start one here.</source>
        <translation>Las conversaciones de reparación son para los dos. Cuando tu pareja se haya unido a Toward, cualquiera de los dos podrá empezar una aquí.</translation>
    </message>
    <message>
        <source>Name what you would like to talk about and propose a time. {partner} can accept it or suggest another; nothing else is shared yet.</source>
        <translation>Di de qué te gustaría hablar y propón un momento. {partner} puede aceptarlo o proponer otro; por ahora no se comparte nada más.</translation>
    </message>
    <message>
        <source>What about?</source>
        <translation>¿Sobre qué?</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Kind of topic</source>
        <translation>Tipo de tema</translation>
    </message>
    <message>
        <source>Time to talk</source>
        <translation>Momento para hablar</translation>
    </message>
    <message>
        <source>Propose this time</source>
        <translation>Proponer este momento</translation>
    </message>
    <message>
        <source>For example, “the weekend plans that fell through”.</source>
        <translation>Por ejemplo, «los planes del fin de semana que se vinieron abajo».</translation>
    </message>
</context>
<context>
    <name>ui.repair.pause</name>
    <message>
        <source>Taking a break</source>
        <translation>Una pausa</translation>
    </message>
    <message>
        <source>You needed a pause. The conversation picks up again at {time}.</source>
        <translation>Necesitabas una pausa. La conversación sigue a las {time}.</translation>
    </message>
    <message>
        <source>{partner} needed a pause. The conversation picks up again at {time}.</source>
        <translation>{partner} necesitaba una pausa. La conversación sigue a las {time}.</translation>
    </message>
    <message>
        <source>For the break: {suggestion}</source>
        <translation>Para la pausa: {suggestion}</translation>
    </message>
    <message>
        <source>We&apos;re both ready to go on</source>
        <translation>Ya podemos seguir los dos</translation>
    </message>
    <message>
        <source>Heart racing, thoughts spinning? Pausing is part of repairing, not a failure of it.</source>
        <translation>¿El corazón acelerado, los pensamientos a mil? Hacer una pausa es parte de reparar, no un fracaso.</translation>
    </message>
    <message>
        <source>Length of the break</source>
        <translation>Duración de la pausa</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>I&apos;m flooded: take a break</source>
        <translation>Me estoy desbordando: hago una pausa</translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes left</source>
        <translation>
            <numerusform>Queda alrededor de %n minuto</numerusform>
            <numerusform>Quedan alrededor de %n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.repair.plan</name>
    <message>
        <source>No plan items yet.</source>
        <translation>Aún no hay puntos en el plan.</translation>
    </message>
    <message>
        <source>New plan item</source>
        <translation>Nuevo punto del plan</translation>
    </message>
    <message>
        <source>Add to the plan</source>
        <translation>Añadir al plan</translation>
    </message>
    <message>
        <source>The plan is complete for me</source>
        <translation>Para mí el plan está completo</translation>
    </message>
    <message>
        <source>Make it my promise</source>
        <translation>Convertirlo en mi promesa</translation>
    </message>
    <message>
        <source>A promise from you to your partner, with this text</source>
        <translation>Una promesa tuya a tu pareja, con este texto</translation>
    </message>
    <message>
        <source>Make it our agreement</source>
        <translation>Convertirlo en nuestro acuerdo</translation>
    </message>
    <message>
        <source>A standing agreement for the two of you</source>
        <translation>Un acuerdo vigente para los dos</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Added by {partner} · became a promise</source>
        <translation>Añadido por {partner} · se convirtió en una promesa</translation>
    </message>
    <message>
        <source>Added by {partner} · became {promiser}&apos;s promise ({status})</source>
        <translation>Añadido por {partner} · se convirtió en una promesa de {promiser} ({status})</translation>
    </message>
    <message>
        <source>Added by {partner} · became a standing agreement</source>
        <translation>Añadido por {partner} · se convirtió en un acuerdo vigente</translation>
    </message>
    <message>
        <source>Added by {partner}</source>
        <translation>Añadido por {partner}</translation>
    </message>
    <message>
        <source>Done with the plan: {partner}.</source>
        <translation>Ha terminado con el plan: {partner}.</translation>
    </message>
    <message>
        <source>Done with the plan: {first} and {second}.</source>
        <translation>Han terminado con el plan: {first} y {second}.</translation>
    </message>
</context>
<context>
    <name>ui.repair.time_card</name>
    <message>
        <source>Finding a time to talk</source>
        <translation>Buscando un momento para hablar</translation>
    </message>
    <message>
        <source>You proposed {day} at {time}.</source>
        <translation>Propusiste el {day} a las {time}.</translation>
    </message>
    <message>
        <source>Waiting for {partner} to accept or suggest another time.</source>
        <translation>Esperando a que {partner} lo acepte o proponga otro momento.</translation>
    </message>
    <message>
        <source>Withdraw this proposal</source>
        <translation>Retirar esta propuesta</translation>
    </message>
    <message>
        <source>{partner} proposed {day} at {time}.</source>
        <translation>{partner} propuso el {day} a las {time}.</translation>
    </message>
    <message>
        <source>Accept this time</source>
        <translation>Aceptar este momento</translation>
    </message>
    <message>
        <source>Another time</source>
        <translation>Otro momento</translation>
    </message>
    <message>
        <source>Suggest this time instead</source>
        <translation>Proponer este momento en su lugar</translation>
    </message>
</context>
<context>
    <name>ui.sections</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>Gestos</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Dinero</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Promesas</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparar</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>For therapy</source>
        <translation>Para terapia</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
</context>
<context>
    <name>ui.settings.backup</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>A backup is one file holding your household exactly as it is stored here: still encrypted, so it is safe on a USB stick or in a cloud folder. Restoring it needs your password or your partner&apos;s.</source>
        <translation>Una copia de seguridad es un solo archivo con vuestro hogar tal como se guarda aquí: sigue cifrado, así que está a salvo en una memoria USB o en una carpeta en la nube. Para restaurarla hace falta tu contraseña o la de tu pareja.</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Hacer una copia ahora…</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Progreso de la copia</translation>
    </message>
    <message>
        <source>Back up every day into a folder, keeping the last</source>
        <translation>Hacer una copia cada día en una carpeta, conservando las últimas</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Copias que conservar</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Elegir carpeta…</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Estado de las copias</translation>
    </message>
    <message>
        <source>Saved and checked: {path}</source>
        <translation>Guardada y comprobada: {path}</translation>
    </message>
    <message>
        <source>The backup was not made. {reason}</source>
        <translation>No se hizo la copia. {reason}</translation>
    </message>
    <message>
        <source>No folder chosen yet.</source>
        <translation>Aún no has elegido carpeta.</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Carpeta: {folder}</translation>
    </message>
    <message>
        <source>Daily backups are off.</source>
        <translation>Las copias diarias están desactivadas.</translation>
    </message>
    <message numerus="yes">
        <source>Latest daily backup: {name} (%n kept).</source>
        <translation>
            <numerusform>Última copia diaria: {name} (se conserva %n).</numerusform>
            <numerusform>Última copia diaria: {name} (se conservan %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>The first daily backup is made within the hour.</source>
        <translation>La primera copia diaria se hace dentro de una hora.</translation>
    </message>
</context>
<context>
    <name>ui.settings.language</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Follow the system ({language})</source>
        <translation>Seguir el sistema ({language})</translation>
    </message>
    <message>
        <source>Dates and amounts follow the language too. Your partner chooses their own.</source>
        <translation>Las fechas y los importes también siguen el idioma. Tu pareja elige el suyo.</translation>
    </message>
</context>
<context>
    <name>ui.settings.page</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>For {name}. Your partner has their own.</source>
        <translation>Para {name}. Tu pareja tiene los suyos.</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Tu contraseña</translation>
    </message>
    <message>
        <source>Changing it does not change your recovery code, and your partner&apos;s password is not affected.</source>
        <translation>Cambiarla no cambia tu código de recuperación, y no afecta a la contraseña de tu pareja.</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Cambiar la contraseña…</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>Lock Toward after</source>
        <translation>Bloquear Toward tras</translation>
    </message>
    <message>
        <source>Auto-lock delay</source>
        <translation>Tiempo hasta el bloqueo automático</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes without use</source>
        <translation>
            <numerusform>%n minuto sin uso</numerusform>
            <numerusform>%n minutos sin uso</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock at any time with Ctrl+L or the Lock button.</source>
        <translation>Bloquea cuando quieras con Ctrl+L o con el botón Bloquear.</translation>
    </message>
    <message>
        <source>Gentle reminders</source>
        <translation>Recordatorios amables</translation>
    </message>
    <message>
        <source>Remind me to check in with each other every day at</source>
        <translation>Recordarnos ver cómo estamos cada día a las</translation>
    </message>
    <message>
        <source>Check-in time</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <source>While Toward is open, a small notice appears. It never shows what you wrote, names a topic or says whose reminder it is.</source>
        <translation>Mientras Toward está abierto, aparece un pequeño aviso. Nunca muestra lo que escribiste, no nombra ningún tema ni dice de quién es el recordatorio.</translation>
    </message>
    <message>
        <source>Your partner</source>
        <translation>Tu pareja</translation>
    </message>
    <message>
        <source>You and {name} share this household. Each of you has a private space the other cannot open.</source>
        <translation>Compartes este hogar con {name}. Cada uno tiene un espacio privado que el otro no puede abrir.</translation>
    </message>
    <message>
        <source>Toward works for one of you, and your partner can join whenever they are ready. They will choose their own password while you look away.</source>
        <translation>Toward funciona con uno de los dos, y tu pareja puede unirse cuando se sienta preparada. Elegirá su propia contraseña mientras tú miras hacia otro lado.</translation>
    </message>
    <message>
        <source>Add my partner…</source>
        <translation>Añadir a mi pareja…</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este ordenador</translation>
    </message>
    <message>
        <source>Tie my password to this computer</source>
        <translation>Ligar mi contraseña a este ordenador</translation>
    </message>
    <message>
        <source>Toward keeps a random key in this computer&apos;s keyring and mixes it into your password. A copy of the data folder (a cloud backup, a lost disk) then can&apos;t be opened by guessing your password elsewhere. Your password and your keys are never stored in the keyring. On a new computer, your recovery code gets you in.</source>
        <translation>Toward guarda una clave aleatoria en el llavero de este ordenador y la mezcla con tu contraseña. Así, una copia de la carpeta de datos (una copia en la nube, un disco perdido) no se puede abrir adivinando tu contraseña en otro sitio. Tu contraseña y tus claves nunca se guardan en el llavero. En un ordenador nuevo, entras con tu código de recuperación.</translation>
    </message>
    <message>
        <source>Not available: this computer has no keyring service.</source>
        <translation>No disponible: este ordenador no tiene servicio de llavero.</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Carpeta de datos: {folder}</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>About Toward {version}</source>
        <translation>Acerca de Toward {version}</translation>
    </message>
    <message>
        <source>Everything you write is encrypted on this computer. Honest limits: someone who can install software on your computer account (a key logger, a modified app) can defeat any app&apos;s encryption. Separate computer accounts and full-disk encryption are the stronger protection.</source>
        <translation>Todo lo que escribes se cifra en este ordenador. Límites, con sinceridad: quien pueda instalar programas en tu cuenta del ordenador (un registrador de teclas, una aplicación modificada) puede burlar el cifrado de cualquier aplicación. Usar cuentas separadas en el ordenador y cifrar el disco entero protege más.</translation>
    </message>
    <message>
        <source>Tie your password to this computer?</source>
        <translation>¿Ligar tu contraseña a este ordenador?</translation>
    </message>
    <message>
        <source>Untie your password?</source>
        <translation>¿Desligar tu contraseña?</translation>
    </message>
    <message>
        <source>Type your password to confirm.</source>
        <translation>Escribe tu contraseña para confirmar.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Cambiar tu contraseña</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambiar la contraseña</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Contraseña cambiada</translation>
    </message>
    <message>
        <source>Your new password is set.</source>
        <translation>Tu nueva contraseña ya está puesta.</translation>
    </message>
    <message>
        <source>Your partner&apos;s private space</source>
        <translation>El espacio privado de tu pareja</translation>
    </message>
    <message>
        <source>{name}, please hand over the keyboard now. Partner: choose a password only you know.</source>
        <translation>{name}, pasa ahora el teclado, por favor. Para tu pareja: elige una contraseña que solo sepas tú.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Create my space</source>
        <translation>Crear mi espacio</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>ui.settings.password</name>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>La misma contraseña otra vez</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>Set a new password for {name}</source>
        <translation>Poner una contraseña nueva para {name}</translation>
    </message>
    <message>
        <source>Type the recovery code you were given at setup, then a new password.</source>
        <translation>Escribe el código de recuperación que recibiste al empezar y después una contraseña nueva.</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Poner contraseña</translation>
    </message>
</context>
<context>
    <name>ui.settings.restore</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>The household in {folder} is kept as it is, moved aside beside it; nothing is deleted. A partner&apos;s password proves the backup opens before it takes its place.</source>
        <translation>El hogar de {folder} se conserva tal como está, apartado a su lado; no se borra nada. La contraseña de uno de los dos comprueba que la copia se abre antes de que ocupe su lugar.</translation>
    </message>
    <message>
        <source>The backup is restored into {folder}. A partner&apos;s password proves the backup opens before it takes its place.</source>
        <translation>La copia se restaura en {folder}. La contraseña de uno de los dos comprueba que la copia se abre antes de que ocupe su lugar.</translation>
    </message>
    <message>
        <source>No backup chosen yet.</source>
        <translation>Aún no has elegido ninguna copia.</translation>
    </message>
    <message>
        <source>Choose backup file…</source>
        <translation>Elegir archivo de copia…</translation>
    </message>
    <message>
        <source>Whose password</source>
        <translation>De quién es la contraseña</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Restore message</source>
        <translation>Mensaje de restauración</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restaurando</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Toward backups (*.zip)</source>
        <translation>Copias de seguridad de Toward (*.zip)</translation>
    </message>
    <message>
        <source>Type the password of the partner chosen above.</source>
        <translation>Escribe la contraseña de la persona elegida arriba.</translation>
    </message>
</context>
<context>
    <name>ui.settings.safety</name>
    <message>
        <source>Lock Toward when the screen locks</source>
        <translation>Bloquear Toward cuando se bloquea la pantalla</translation>
    </message>
    <message>
        <source>Lock Toward when the computer goes to sleep</source>
        <translation>Bloquear Toward cuando el ordenador se suspende</translation>
    </message>
    <message>
        <source>Lock Toward when its window is minimised</source>
        <translation>Bloquear Toward cuando se minimiza su ventana</translation>
    </message>
    <message>
        <source>On a shared computer</source>
        <translation>En un ordenador compartido</translation>
    </message>
    <message>
        <source>Quick exit: the Quick exit button, or Shift pressed three times, locks Toward at once (for both of you in together mode) and hides its window.</source>
        <translation>Salida rápida: el botón Salida rápida, o pulsar Mayús tres veces, bloquea Toward al instante (para los dos en el modo juntos) y oculta su ventana.</translation>
    </message>
    <message numerus="yes">
        <source>Text you copy from Toward is marked to stay out of clipboard history where the system respects that, and is cleared after %n seconds or when Toward locks.</source>
        <translation>
            <numerusform>El texto que copias de Toward se marca para quedar fuera del historial del portapapeles donde el sistema lo respeta, y se borra pasado %n segundo o cuando Toward se bloquea.</numerusform>
            <numerusform>El texto que copias de Toward se marca para quedar fuera del historial del portapapeles donde el sistema lo respeta, y se borra pasados %n segundos o cuando Toward se bloquea.</numerusform>
        </translation>
    </message>
    <message>
        <source>Screenshots</source>
        <translation>Capturas de pantalla</translation>
    </message>
</context>
<context>
    <name>ui.settings.two_computers</name>
    <message>
        <source>Two computers</source>
        <translation>Dos ordenadores</translation>
    </message>
    <message>
        <source>Toward can keep this household the same on two computers through a folder that a sync service you already use carries between them (Syncthing, a cloud drive, a shared disk). The folder holds only encrypted files: the service cannot read what you write.</source>
        <translation>Toward puede mantener este hogar igual en dos ordenadores mediante una carpeta que un servicio de sincronización que ya uses lleva de uno a otro (Syncthing, una unidad en la nube, un disco compartido). La carpeta solo contiene archivos cifrados: el servicio no puede leer lo que escribes.</translation>
    </message>
    <message>
        <source>Two computers: what happened</source>
        <translation>Dos ordenadores: qué ha pasado</translation>
    </message>
    <message>
        <source>Honest limits</source>
        <translation>Límites, con sinceridad</translation>
    </message>
    <message>
        <source>This household is on this computer only.</source>
        <translation>Este hogar solo está en este ordenador.</translation>
    </message>
    <message>
        <source>Link to a sync folder…</source>
        <translation>Vincular a una carpeta sincronizada…</translation>
    </message>
    <message>
        <source>Linked to {folder}</source>
        <translation>Vinculado a {folder}</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Carpeta sincronizada</translation>
    </message>
    <message>
        <source>Linked computers</source>
        <translation>Ordenadores vinculados</translation>
    </message>
    <message>
        <source>Invite your partner to join from their own computer…</source>
        <translation>Invitar a tu pareja a unirse desde su propio ordenador…</translation>
    </message>
    <message>
        <source>Use a second computer of my own</source>
        <translation>Usar un segundo ordenador mío</translation>
    </message>
    <message>
        <source>On your other computer, once this folder has arrived there: install Toward, choose “Join from a sync folder”, pick the folder, your name, and type your password. Your entries there are the same as here.</source>
        <translation>En tu otro ordenador, cuando esta carpeta haya llegado allí: instala Toward, elige «Unirse desde una carpeta sincronizada», selecciona la carpeta y tu nombre, y escribe tu contraseña. Allí tendrás las mismas entradas que aquí.</translation>
    </message>
    <message>
        <source>Your private space</source>
        <translation>Tu espacio privado</translation>
    </message>
    <message>
        <source>Your private changes travel through {folder}, a folder only your own computers share. On your other computer, choose the same folder here.</source>
        <translation>Tus cambios privados viajan por {folder}, una carpeta que solo comparten tus propios ordenadores. En tu otro ordenador, elige aquí la misma carpeta.</translation>
    </message>
    <message>
        <source>Your private changes travel through the sync folder too, encrypted with a key only you hold. If your partner&apos;s computer shares that folder, it holds them and cannot read them. With a second computer of your own, you can keep them in a folder only your own computers share instead.</source>
        <translation>Tus cambios privados también viajan por la carpeta de sincronización, cifrados con una clave que solo tienes tú. Si el ordenador de tu pareja comparte esa carpeta, los guarda y no puede leerlos. Con un segundo ordenador tuyo, puedes guardarlos en cambio en una carpeta que solo compartan tus propios ordenadores.</translation>
    </message>
    <message>
        <source>Where your private changes travel</source>
        <translation>Por dónde viajan tus cambios privados</translation>
    </message>
    <message>
        <source>Keep my private changes in a folder of my own…</source>
        <translation>Guardar mis cambios privados en una carpeta propia…</translation>
    </message>
    <message>
        <source>Stop using this folder…</source>
        <translation>Dejar de usar esta carpeta…</translation>
    </message>
    <message>
        <source>Stop using your private folder…</source>
        <translation>Dejar de usar tu carpeta privada…</translation>
    </message>
    <message>
        <source>Your private changes now travel through that folder only; this computer&apos;s earlier ones have left the sync folder.</source>
        <translation>Tus cambios privados viajan ahora solo por esa carpeta; los anteriores de este ordenador ya no están en la carpeta de sincronización.</translation>
    </message>
    <message>
        <source>Stop using your private folder?</source>
        <translation>¿Dejar de usar tu carpeta privada?</translation>
    </message>
    <message>
        <source>This computer moves its own private changes from that folder back to the sync folder, and sends your private changes there from now on, encrypted with a key only you hold: if your partner&apos;s computer shares the sync folder, it holds them and cannot read them.

Your other computers that use the private folder still receive everything from this one. What they write there reaches this computer once you stop using the folder on them too. Nothing is deleted.</source>
        <translation>Este ordenador devuelve sus propios cambios privados de esa carpeta a la carpeta de sincronización y, a partir de ahora, envía allí tus cambios privados, cifrados con una clave que solo tienes tú: si el ordenador de tu pareja comparte la carpeta de sincronización, los guarda y no puede leerlos.

Tus otros ordenadores que usan la carpeta privada siguen recibiendo todo lo de este. Lo que escriben allí llega a este ordenador cuando también dejes de usar la carpeta en ellos. No se borra nada.</translation>
    </message>
    <message>
        <source>Stop using it</source>
        <translation>Dejar de usarla</translation>
    </message>
    <message>
        <source>Your private changes travel through the sync folder again. On your other computers, stop using the private folder too.</source>
        <translation>Tus cambios privados vuelven a viajar por la carpeta de sincronización. En tus otros ordenadores, deja de usar también la carpeta privada.</translation>
    </message>
    <message>
        <source>Linking… this can take a moment the first time.</source>
        <translation>Vinculando… la primera vez puede tardar un poco.</translation>
    </message>
    <message>
        <source>Linked. Changes now travel through the folder.</source>
        <translation>Vinculado. Ahora los cambios viajan a través de la carpeta.</translation>
    </message>
    <message>
        <source>Read this code to your partner, in person or by voice:</source>
        <translation>Léele este código a tu pareja, en persona o de viva voz:</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Código de un solo uso</translation>
    </message>
    <message>
        <source>It is shown only this once, works once, and is valid for 7 days. On their own computer, once this folder has arrived there, your partner installs Toward, chooses “Join from a sync folder”, picks the folder, types this code, and then sets their own password, out of your sight.</source>
        <translation>Solo se muestra esta vez, sirve una sola vez y vale durante 7 días. En su propio ordenador, cuando esta carpeta haya llegado allí, tu pareja instala Toward, elige «Unirse desde una carpeta sincronizada», selecciona la carpeta, escribe este código y luego pone su propia contraseña, sin que tú la veas.</translation>
    </message>
    <message>
        <source>No other computer has joined yet.</source>
        <translation>Aún no se ha unido ningún otro ordenador.</translation>
    </message>
    <message>
        <source>This computer: {name}</source>
        <translation>Este ordenador: {name}</translation>
    </message>
    <message>
        <source>a change file from it cannot be read, since {when}</source>
        <translation>un archivo de cambios suyo no se puede leer, desde {when}</translation>
    </message>
    <message>
        <source>not heard from yet</source>
        <translation>aún sin noticias</translation>
    </message>
    <message>
        <source>last heard from {when}</source>
        <translation>última noticia {when}</translation>
    </message>
    <message>
        <source>{computer}: {heard}</source>
        <translation>{computer}: {heard}</translation>
    </message>
    <message>
        <source>{computer} sends your private changes through the sync folder, not your private folder: what this computer sends there reaches {computer} once you choose the same folder on it, or stop using the folder here.</source>
        <translation>{computer} envía tus cambios privados por la carpeta de sincronización, no por tu carpeta privada: lo que este ordenador envía allí llega a {computer} cuando elijas la misma carpeta en él, o cuando dejes de usarla aquí.</translation>
    </message>
    <message>
        <source>The sync service sees how many files there are, their sizes and when they change, never what they say. A computer you stop using keeps what it had until you delete Toward&apos;s folder there. Anyone who gets a copy of the sync folder can try to guess your passwords on their own computer, so choose long ones. If you each link your own private space through one folder, your partner&apos;s computer holds your private changes encrypted, and cannot read them.</source>
        <translation>El servicio de sincronización ve cuántos archivos hay, su tamaño y cuándo cambian, nunca lo que dicen. Un ordenador que dejes de usar conserva lo que tenía hasta que borres allí la carpeta de Toward. Cualquiera que consiga una copia de la carpeta sincronizada puede intentar adivinar vuestras contraseñas en su propio ordenador, así que elegidlas largas. Si cada uno vincula su propio espacio privado a través de la misma carpeta, el ordenador de tu pareja guarda tus cambios privados cifrados y no puede leerlos.</translation>
    </message>
</context>
<context>
    <name>ui.settings.your_data</name>
    <message>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <source>Take everything you can read out of Toward: your private space and the shared space, as a JSON document, a Markdown file per journal entry and spreadsheet tables. Your partner&apos;s private space is never in it. Your partner will see in the shared history that you exported, never what.</source>
        <translation>Llévate de Toward todo lo que puedes leer: tu espacio privado y el compartido, como un documento JSON, un archivo Markdown por entrada del diario y tablas para hojas de cálculo. El espacio privado de tu pareja nunca está incluido. Tu pareja verá en el historial compartido que exportaste, nunca qué.</translation>
    </message>
    <message>
        <source>Protect it with a password (one encrypted zip file)</source>
        <translation>Protegerlo con una contraseña (un único archivo zip cifrado)</translation>
    </message>
    <message>
        <source>Archive password (8 characters or more)</source>
        <translation>Contraseña del archivo (8 caracteres o más)</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>La misma contraseña otra vez</translation>
    </message>
    <message>
        <source>Export my data…</source>
        <translation>Exportar mis datos…</translation>
    </message>
    <message>
        <source>Import a journal…</source>
        <translation>Importar un diario…</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The two archive passwords are not the same.</source>
        <translation>Las dos contraseñas del archivo no coinciden.</translation>
    </message>
    <message>
        <source>Toward export {day}.zip</source>
        <translation>Exportación de Toward {day}.zip</translation>
    </message>
    <message>
        <source>Zip (*.zip)</source>
        <translation>Zip (*.zip)</translation>
    </message>
    <message>
        <source>Toward export {day}</source>
        <translation>Exportación de Toward {day}</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was kept.</source>
        <translation>Exportación cancelada. No se ha guardado nada.</translation>
    </message>
    <message>
        <source>Bring your writing in</source>
        <translation>Trae lo que has escrito</translation>
    </message>
    <message>
        <source>From Day One (its JSON export zip), jrnl (jrnl --export json) or a Toward export. Entries from other apps go into your private journal; nothing is shared. Entries already here are left out, so importing twice is safe.</source>
        <translation>Desde Day One (el zip de su exportación JSON), jrnl (jrnl --export json) o una exportación de Toward. Las entradas de otras aplicaciones van a tu diario privado; no se comparte nada. Las entradas que ya están aquí se dejan fuera, así que importar dos veces no es un problema.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Elegir un archivo…</translation>
    </message>
    <message>
        <source>Archive password</source>
        <translation>Contraseña del archivo</translation>
    </message>
    <message>
        <source>What the import holds</source>
        <translation>Qué contiene la importación</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>From {source}: {counts} to add.</source>
        <translation>Desde {source}: {counts} por añadir.</translation>
    </message>
    <message>
        <source>Nothing new to add from {source}.</source>
        <translation>No hay nada nuevo que añadir desde {source}.</translation>
    </message>
    <message>
        <source>First entries:</source>
        <translation>Primeras entradas:</translation>
    </message>
    <message numerus="yes">
        <source>Will be left out (%n):</source>
        <translation>
            <numerusform>Se dejará fuera (%n):</numerusform>
            <numerusform>Se dejarán fuera (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Remarks:</source>
        <translation>Observaciones:</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n records to {path}</source>
        <translation>
            <numerusform>%n registro exportado a {path}</numerusform>
            <numerusform>%n registros exportados a {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.setup_wizard</name>
    <message>
        <source>Your private space</source>
        <translation>Tu espacio privado</translation>
    </message>
    <message>
        <source>Start with the partner at the keyboard. Your password opens your private space and your shared one; nobody else can open your private space.</source>
        <translation>Empieza quien esté al teclado. Tu contraseña abre tu espacio privado y el compartido; nadie más puede abrir tu espacio privado.</translation>
    </message>
    <message>
        <source>Create my space</source>
        <translation>Crear mi espacio</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Welcome to Toward</source>
        <translation>Te damos la bienvenida a Toward</translation>
    </message>
    <message>
        <source>A quiet place for the two of you to notice each other, keep your word, talk about money openly and repair after hard moments.</source>
        <translation>Un lugar tranquilo para que los dos os fijéis el uno en el otro, cumpláis vuestra palabra, habléis de dinero con franqueza y reparéis después de los momentos difíciles.</translation>
    </message>
    <message>
        <source>Each of you gets a private space that only you can open, with your own password. You also share a space together. Nothing moves from private to shared unless its author chooses to share it.</source>
        <translation>Cada uno tiene un espacio privado que solo abre su propia contraseña. También compartís un espacio juntos. Nada pasa de lo privado a lo compartido si quien lo escribió no elige compartirlo.</translation>
    </message>
    <message>
        <source>Everything is encrypted on this computer. Anyone who can install software on it could still watch what is typed, so a separate computer account for each of you, and disk encryption, make it safer still.</source>
        <translation>Todo se cifra en este ordenador. Quien pueda instalar programas en él podría aun así ver lo que se teclea, así que una cuenta del ordenador para cada uno, y cifrar el disco, lo hacen más seguro todavía.</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>Join from a sync folder…</source>
        <translation>Unirse desde una carpeta sincronizada…</translation>
    </message>
    <message>
        <source>Get started</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>And your partner?</source>
        <translation>¿Y tu pareja?</translation>
    </message>
    <message>
        <source>Your partner gets their own private space and password. If they are here, hand them the keyboard and look away while they choose a password. If not, they can join later from Settings — Toward works for one of you too.</source>
        <translation>Tu pareja tiene su propio espacio privado y su contraseña. Si está aquí, pásale el teclado y mira hacia otro lado mientras elige una contraseña. Si no, puede unirse más tarde desde Ajustes: Toward también funciona con uno solo.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Add my partner now</source>
        <translation>Añadir a mi pareja ahora</translation>
    </message>
    <message>
        <source>Your partner&apos;s private space</source>
        <translation>El espacio privado de tu pareja</translation>
    </message>
    <message>
        <source>{name}, please hand over the keyboard now. Partner: choose a password only you know.</source>
        <translation>{name}, pasa ahora el teclado, por favor. Para tu pareja: elige una contraseña que solo sepas tú.</translation>
    </message>
</context>
<context>
    <name>ui.sync.earlier</name>
    <message>
        <source>Opens what you wrote on that computer before the later change</source>
        <translation>Abre lo que escribiste en ese ordenador antes del cambio posterior</translation>
    </message>
    <message>
        <source>You changed this on two computers while they were apart. The later change is the one shown; this is what you wrote before, kept for you.</source>
        <translation>Cambiaste esto en dos ordenadores mientras estaban separados. Se muestra el cambio posterior; esto es lo que escribiste antes, guardado para ti.</translation>
    </message>
    <message>
        <source>Earlier version, {when}</source>
        <translation>Versión anterior, {when}</translation>
    </message>
    <message>
        <source>Earlier version from {computer}, {when}</source>
        <translation>Versión anterior de {computer}, {when}</translation>
    </message>
</context>
<context>
    <name>ui.sync.join_page</name>
    <message>
        <source>Join from a sync folder</source>
        <translation>Unirse desde una carpeta sincronizada</translation>
    </message>
    <message>
        <source>Once the sync folder has arrived on this computer, Toward makes the household here from it. The folder holds only encrypted files.</source>
        <translation>Cuando la carpeta sincronizada haya llegado a este ordenador, Toward crea aquí el hogar a partir de ella. La carpeta solo contiene archivos cifrados.</translation>
    </message>
    <message>
        <source>No folder chosen yet.</source>
        <translation>Aún no has elegido ninguna carpeta.</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Carpeta sincronizada</translation>
    </message>
    <message>
        <source>Choose the folder…</source>
        <translation>Elegir la carpeta…</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>This is another computer of mine</source>
        <translation>Este es otro ordenador mío</translation>
    </message>
    <message>
        <source>My partner invited me with a code</source>
        <translation>Mi pareja me ha invitado con un código</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Tu contraseña</translation>
    </message>
    <message>
        <source>If you keep your private changes in a folder of your own, choose it too.</source>
        <translation>Si guardas tus cambios privados en una carpeta propia, elígela también.</translation>
    </message>
    <message>
        <source>Folder for your private changes</source>
        <translation>Carpeta para tus cambios privados</translation>
    </message>
    <message>
        <source>Choose my private folder…</source>
        <translation>Elegir mi carpeta privada…</translation>
    </message>
    <message>
        <source>The one-time code</source>
        <translation>El código de un solo uso</translation>
    </message>
    <message>
        <source>A new password, only yours</source>
        <translation>Una contraseña nueva, solo tuya</translation>
    </message>
    <message>
        <source>The new password again</source>
        <translation>Repite la contraseña nueva</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <source>Type the code your partner read to you, then choose your own password. Your partner cannot see it, and your private space here is yours alone.</source>
        <translation>Escribe el código que te ha leído tu pareja y luego elige tu propia contraseña. Tu pareja no puede verla, y tu espacio privado aquí es solo tuyo.</translation>
    </message>
    <message>
        <source>Your password is the one you use on your other computer.</source>
        <translation>Tu contraseña es la que usas en tu otro ordenador.</translation>
    </message>
    <message>
        <source>Your private changes: {folder}</source>
        <translation>Tus cambios privados: {folder}</translation>
    </message>
    <message>
        <source>Choose the sync folder first.</source>
        <translation>Elige primero la carpeta sincronizada.</translation>
    </message>
    <message>
        <source>Type your name, as it is in the household.</source>
        <translation>Escribe tu nombre tal como está en el hogar.</translation>
    </message>
    <message>
        <source>Type the one-time code your partner read to you.</source>
        <translation>Escribe el código de un solo uso que te ha leído tu pareja.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Escribe tu contraseña.</translation>
    </message>
    <message>
        <source>Open Toward</source>
        <translation>Abrir Toward</translation>
    </message>
</context>
<context>
    <name>ui.sync.status_line</name>
    <message>
        <source>Two computers</source>
        <translation>Dos ordenadores</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <source>No other computer has joined yet.</source>
        <translation>Aún no se ha unido ningún otro ordenador.</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>No aplicados</translation>
    </message>
    <message>
        <source>These changes were kept aside, and nothing of yours was lost. They usually come from a computer with an older Toward: updating it helps.</source>
        <translation>Estos cambios se han guardado aparte y no se ha perdido nada tuyo. Suelen venir de un ordenador con una versión más antigua de Toward: actualizarla ayuda.</translation>
    </message>
    <message>
        <source>Your earlier versions</source>
        <translation>Tus versiones anteriores</translation>
    </message>
    <message>
        <source>You changed these on two computers while they were apart. The later change is the one shown everywhere; what you wrote before is kept here for you to read.</source>
        <translation>Cambiaste esto en dos ordenadores mientras no estaban conectados. El cambio más reciente es el que se ve en todas partes; lo que escribiste antes se guarda aquí para que puedas leerlo.</translation>
    </message>
    <message>
        <source>Look for changes now</source>
        <translation>Buscar cambios ahora</translation>
    </message>
    <message>
        <source>Written {when}</source>
        <translation>Escrito {when}</translation>
    </message>
</context>
<context>
    <name>ui.sync.words</name>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <source>on {weekday}</source>
        <translation>el {weekday}</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>el {date}</translation>
    </message>
    <message>
        <source>{computer} ({whose})</source>
        <translation>{computer} ({whose})</translation>
    </message>
    <message>
        <source>A change file from {computer} cannot be read, since {when}</source>
        <translation>Un archivo de cambios de {computer} no se puede leer, desde {when}</translation>
    </message>
    <message>
        <source>Waiting for changes from {computer} since {when}</source>
        <translation>Esperando cambios de {computer} desde {when}</translation>
    </message>
    <message>
        <source>Not heard from {computer} yet</source>
        <translation>Aún sin noticias de {computer}</translation>
    </message>
    <message>
        <source>Up to date with {computer}, {when}</source>
        <translation>Al día con {computer}, {when}</translation>
    </message>
    <message>
        <source>A change file from {computer} cannot be read</source>
        <translation>Un archivo de cambios de {computer} no se puede leer</translation>
    </message>
    <message>
        <source>Your private folder is not there</source>
        <translation>Tu carpeta privada no está</translation>
    </message>
    <message>
        <source>Some changes could not be applied</source>
        <translation>Algunos cambios no se han podido aplicar</translation>
    </message>
    <message>
        <source>Waiting for another computer to join</source>
        <translation>Esperando a que se una otro ordenador</translation>
    </message>
    <message>
        <source>It may have been damaged on the way. Toward never applies it and tries again at every exchange; the changes {computer} made after it wait behind it. Check that your sync service shows no errors for this folder on both computers: once it copies the file again whole, everything goes on. Nothing is lost: {computer} still has those changes.</source>
        <translation>Puede que se haya dañado por el camino. Toward nunca lo aplica y lo vuelve a intentar en cada intercambio; los cambios que {computer} hizo después esperan detrás. Comprueba que tu servicio de sincronización no muestra errores para esta carpeta en los dos ordenadores: cuando vuelva a copiar el archivo entero, todo sigue. No se pierde nada: {computer} sigue teniendo esos cambios.</translation>
    </message>
    <message>
        <source>Your private folder {folder} is not there (not mounted, or moved). Your private changes wait on this computer until it is back.</source>
        <translation>Tu carpeta privada {folder} no está (sin montar o movida). Tus cambios privados esperan en este ordenador hasta que vuelva.</translation>
    </message>
    <message>
        <source>{time} today</source>
        <translation>hoy a las {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.talks.knowing</name>
    <message>
        <source>How well do we know each other?</source>
        <translation>¿Cuánto nos conocemos?</translation>
    </message>
    <message>
        <source>Once your partner has joined, you can play.</source>
        <translation>Cuando tu pareja se haya unido, podréis jugar.</translation>
    </message>
    <message>
        <source>A new question</source>
        <translation>Una pregunta nueva</translation>
    </message>
    <message>
        <source>Start a round</source>
        <translation>Empezar una ronda</translation>
    </message>
    <message>
        <source>Your answer and guess are sealed until {partner} has written theirs.</source>
        <translation>Tu respuesta y tu adivinanza quedan selladas hasta que {partner} escriba las suyas.</translation>
    </message>
    <message>
        <source>{partner} has answered; both appear once you have too.</source>
        <translation>{partner} ya ha respondido; las dos aparecen cuando respondas tú también.</translation>
    </message>
    <message>
        <source>(a question)</source>
        <translation>(una pregunta)</translation>
    </message>
    <message>
        <source>Your answer, about yourself</source>
        <translation>Tu respuesta, sobre ti</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <source>Your guess at {partner}&apos;s answer</source>
        <translation>Lo que crees que responderá {partner}</translation>
    </message>
    <message>
        <source>Your guess</source>
        <translation>Tu adivinanza</translation>
    </message>
    <message>
        <source>Seal my answers</source>
        <translation>Sellar mis respuestas</translation>
    </message>
    <message>
        <source>{partner} said</source>
        <translation>{partner} dijo</translation>
    </message>
    <message>
        <source>Appears when {partner} next opens Toward.</source>
        <translation>Aparece la próxima vez que {partner} abra Toward.</translation>
    </message>
    <message>
        <source>{partner} guessed</source>
        <translation>{partner} adivinó</translation>
    </message>
    <message>
        <source>Appears soon.</source>
        <translation>Aparecerá pronto.</translation>
    </message>
    <message>
        <source>Any surprises? Ask each other about them.</source>
        <translation>¿Alguna sorpresa? Preguntaos por ellas.</translation>
    </message>
</context>
<context>
    <name>ui.talks.page</name>
    <message>
        <source>Talks</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Planned conversations about the big things: what you count on, how you disagree, closeness, money, family, fun, meaning and dreams.</source>
        <translation>Conversaciones planeadas sobre las cosas grandes: con qué contáis, cómo discrepáis, la intimidad, el dinero, la familia, la diversión, el sentido y los sueños.</translation>
    </message>
    <message>
        <source>Your conversations</source>
        <translation>Vuestras conversaciones</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>conversación</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>conversaciones</translation>
    </message>
    <message>
        <source>No conversations planned yet. Pick a topic above and propose a time.</source>
        <translation>Aún no hay conversaciones planeadas. Elige un tema aquí arriba y propón un momento.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open {topic}</source>
        <translation>Abrir {topic}</translation>
    </message>
    <message>
        <source>had on {day}</source>
        <translation>tenida el {day}</translation>
    </message>
    <message>
        <source>{status} · proposed for {day}, {time}</source>
        <translation>{status} · propuesta para el {day}, {time}</translation>
    </message>
    <message>
        <source>{status} · {day}, {time}</source>
        <translation>{status} · {day}, {time}</translation>
    </message>
    <message>
        <source>Plan a conversation</source>
        <translation>Planear una conversación</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Time to talk</source>
        <translation>Momento para hablar</translation>
    </message>
    <message>
        <source>Propose this time</source>
        <translation>Proponer este momento</translation>
    </message>
</context>
<context>
    <name>ui.talks.talk</name>
    <message>
        <source>your partner</source>
        <translation>tu pareja</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>Todas las conversaciones</translation>
    </message>
    <message>
        <source>Time to talk, agreed: {day} at {time}</source>
        <translation>Momento para hablar, acordado: {day} a las {time}</translation>
    </message>
    <message>
        <source>Notes, taken together</source>
        <translation>Notas, en conjunto</translation>
    </message>
    <message>
        <source>Whatever you want to remember: what surprised you, what you want to come back to. {partner} sees the same notes.</source>
        <translation>Lo que queráis recordar: lo que os sorprendió, aquello a lo que queréis volver. {partner} ve las mismas notas.</translation>
    </message>
    <message>
        <source>We talked about…</source>
        <translation>Hablamos de…</translation>
    </message>
    <message>
        <source>Save the notes</source>
        <translation>Guardar las notas</translation>
    </message>
    <message>
        <source>One small agreement</source>
        <translation>Un pequeño acuerdo</translation>
    </message>
    <message>
        <source>e.g. “A walk together every Sunday morning”</source>
        <translation>p. ej. «Un paseo juntos cada domingo por la mañana»</translation>
    </message>
    <message>
        <source>Agree and finish</source>
        <translation>Acordar y terminar</translation>
    </message>
    <message>
        <source>You talked on {day}.</source>
        <translation>Hablasteis el {day}.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>No notes were kept.</source>
        <translation>No se guardaron notas.</translation>
    </message>
    <message>
        <source>What you agreed</source>
        <translation>Lo que acordasteis</translation>
    </message>
    <message>
        <source>{agreement} — a standing agreement in Promises.</source>
        <translation>{agreement}: un acuerdo vigente en Promesas.</translation>
    </message>
    <message>
        <source>The agreement was removed from Promises since.</source>
        <translation>El acuerdo se quitó de Promesas después.</translation>
    </message>
    <message>
        <source>What you thought about first</source>
        <translation>Lo que pensaste antes</translation>
    </message>
    <message>
        <source>To think about first</source>
        <translation>Para pensar antes</translation>
    </message>
    <message>
        <source>Your thoughts stay in your private space; bring what you like to the conversation.</source>
        <translation>Tus ideas se quedan en tu espacio privado; lleva a la conversación lo que quieras.</translation>
    </message>
    <message>
        <source>Only you see this</source>
        <translation>Solo lo ves tú</translation>
    </message>
    <message>
        <source>Keep my thoughts</source>
        <translation>Guardar mis ideas</translation>
    </message>
</context>
<context>
    <name>ui.therapy.checkin</name>
    <message>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <source>Your weekly check-in</source>
        <translation>Tu repaso semanal</translation>
    </message>
    <message>
        <source>A few questions about your own week, not about your partner. Only you see your answers; they go into a summary only if you tick them there.</source>
        <translation>Unas preguntas sobre tu propia semana, no sobre tu pareja. Solo tú ves tus respuestas; entran en un resumen solo si las marcas allí.</translation>
    </message>
    <message>
        <source>A note for yourself (optional)</source>
        <translation>Una nota para ti (opcional)</translation>
    </message>
    <message>
        <source>A note for yourself</source>
        <translation>Una nota para ti</translation>
    </message>
    <message>
        <source>Keep this week&apos;s answers</source>
        <translation>Guardar las respuestas de esta semana</translation>
    </message>
    <message>
        <source>Research context</source>
        <translation>Contexto de la investigación</translation>
    </message>
    <message>
        <source>You have answered for this week; you can change your answers.</source>
        <translation>Ya has respondido esta semana; puedes cambiar tus respuestas.</translation>
    </message>
    <message>
        <source>Not answered yet this week.</source>
        <translation>Aún sin responder esta semana.</translation>
    </message>
    <message>
        <source>Your check-ins over time</source>
        <translation>Tus repasos a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Kept, privately. Thank you for checking in with yourself.</source>
        <translation>Guardado, en privado. Gracias por tomarte este momento contigo.</translation>
    </message>
</context>
<context>
    <name>ui.therapy.consent</name>
    <message>
        <source>your partner</source>
        <translation>tu pareja</translation>
    </message>
    <message>
        <source>{partner} may quote this in a summary for therapy</source>
        <translation>{partner} puede citar esto en un resumen para terapia</translation>
    </message>
    <message>
        <source>Without this, {partner}&apos;s summary only counts it. Your default is in Settings.</source>
        <translation>Sin esto, el resumen de {partner} solo lo cuenta. Tu opción por defecto está en Ajustes.</translation>
    </message>
    <message>
        <source>Summaries for therapy</source>
        <translation>Resúmenes para terapia</translation>
    </message>
    <message>
        <source>Let {partner} quote my shared entries, replies and repair answers in full</source>
        <translation>Dejar que {partner} cite por completo mis entradas compartidas, respuestas y respuestas de reparación</translation>
    </message>
    <message>
        <source>When this is off, {partner}&apos;s summary shows only how many you wrote. You can still decide for each shared entry and reply where you read it.</source>
        <translation>Si está desactivado, el resumen de {partner} solo muestra cuántas escribiste. Aun así puedes decidirlo para cada entrada y respuesta compartida donde la lees.</translation>
    </message>
</context>
<context>
    <name>ui.therapy.entry_checklist</name>
    <message>
        <source>{title} · {day} · {partner}</source>
        <translation>{title} · {day} · {partner}</translation>
    </message>
    <message>
        <source>{title} · {day}</source>
        <translation>{title} · {day}</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Nada en este periodo.</translation>
    </message>
</context>
<context>
    <name>ui.therapy.page</name>
    <message>
        <source>printed</source>
        <translation>impreso</translation>
    </message>
    <message>
        <source>Therapy summary</source>
        <translation>Resumen para terapia</translation>
    </message>
    <message>
        <source>Data export</source>
        <translation>Exportación de datos</translation>
    </message>
    <message>
        <source>A partner who has left</source>
        <translation>Alguien que ya no está en el hogar</translation>
    </message>
    <message>
        <source>{partner} · {kind} · {day}, {time}</source>
        <translation>{partner} · {kind} · {day}, {time}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>del {start} al {end}</translation>
    </message>
    <message>
        <source>{format}, protected with a password</source>
        <translation>{format}, protegido con contraseña</translation>
    </message>
    <message>
        <source>holds words {partner} wrote</source>
        <translation>contiene palabras que escribió {partner}</translation>
    </message>
    <message>
        <source>holds none of {partner}&apos;s words</source>
        <translation>no contiene palabras de {partner}</translation>
    </message>
    <message>
        <source>For therapy</source>
        <translation>Para terapia</translation>
    </message>
    <message>
        <source>A calm summary of a period to bring to your couples therapist.</source>
        <translation>Un resumen tranquilo de un periodo para llevar a vuestra terapia de pareja.</translation>
    </message>
    <message>
        <source>Make a summary</source>
        <translation>Hacer un resumen</translation>
    </message>
    <message>
        <source>Choose a period and what to include: what you practised, bids, promises, the ledger, repair conversations, journal entries and a note about what you want to talk about. You see it before you save or print it.</source>
        <translation>Elige un periodo y qué incluir: lo que habéis practicado, gestos, promesas, el registro de gastos, conversaciones de reparación, entradas del diario y una nota sobre de qué quieres hablar. Lo ves antes de guardarlo o imprimirlo.</translation>
    </message>
    <message>
        <source>Your partner&apos;s shared writing is quoted only where they allowed it. You decide the same for yours, in Settings and on each shared entry.</source>
        <translation>Lo que tu pareja escribió en el espacio compartido solo se cita donde lo permitió. Tú decides lo mismo sobre lo tuyo, en Ajustes y en cada entrada compartida.</translation>
    </message>
    <message>
        <source>Make a summary…</source>
        <translation>Hacer un resumen…</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Historial de exportaciones</translation>
    </message>
    <message>
        <source>Every summary for a couples session or data export either of you makes is listed here, so nothing you wrote leaves Toward unseen: who made it, when, and whether the other&apos;s words are in it, never the content. A summary for an individual session holds only its maker&apos;s own words and is not listed.</source>
        <translation>Aquí aparece cada resumen para una sesión de pareja o exportación de datos que haga cualquiera de los dos, para que nada de lo que escribisteis salga de Toward sin que se vea: quién lo hizo, cuándo y si incluye las palabras del otro, nunca el contenido. Un resumen para una sesión individual solo contiene las palabras de quien lo hace y no aparece aquí.</translation>
    </message>
    <message>
        <source>No exports yet. When one of you makes a summary, it appears here.</source>
        <translation>Aún no hay exportaciones. Cuando uno de los dos haga un resumen, aparecerá aquí.</translation>
    </message>
    <message numerus="yes">
        <source>And %n earlier.</source>
        <translation>
            <numerusform>Y %n anterior.</numerusform>
            <numerusform>Y %n anteriores.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.therapy.practices</name>
    <message>
        <source>Meant {how_often} · not yet practised so far this week</source>
        <translation>Prevista {how_often} · aún sin practicar esta semana</translation>
    </message>
    <message numerus="yes">
        <source>Meant {how_often} · practised %n times so far this week</source>
        <translation>
            <numerusform>Prevista {how_often} · practicada %n vez esta semana</numerusform>
            <numerusform>Prevista {how_often} · practicada %n veces esta semana</numerusform>
        </translation>
    </message>
    <message>
        <source>Practices from therapy</source>
        <translation>Prácticas de terapia</translation>
    </message>
    <message>
        <source>What your therapist suggested trying between sessions. Either of you can add one and note each time you practised it; the summary shows it as “what we practised”.</source>
        <translation>Lo que vuestra terapia os propuso probar entre sesiones. Cualquiera de los dos puede añadir una y anotar cada vez que la practicasteis; el resumen la muestra como «lo que hemos practicado».</translation>
    </message>
    <message>
        <source>e.g. a 20-minute stress-reducing conversation</source>
        <translation>p. ej. una conversación de 20 minutos para bajar el estrés</translation>
    </message>
    <message>
        <source>A practice to add</source>
        <translation>Una práctica que añadir</translation>
    </message>
    <message>
        <source> a week</source>
        <translation> a la semana</translation>
    </message>
    <message>
        <source>Times a week</source>
        <translation>Veces a la semana</translation>
    </message>
    <message>
        <source>Add practice</source>
        <translation>Añadir práctica</translation>
    </message>
    <message>
        <source>No practices yet. When your therapist suggests something to try, write it here so you both remember.</source>
        <translation>Aún no hay prácticas. Cuando en terapia os propongan probar algo, escribidlo aquí para que los dos lo recordéis.</translation>
    </message>
    <message>
        <source>A partner</source>
        <translation>Una persona del hogar</translation>
    </message>
    <message>
        <source>{partner}, {day}: {note}</source>
        <translation>{partner}, {day}: {note}</translation>
    </message>
    <message>
        <source>{partner}, {day}</source>
        <translation>{partner}, {day}</translation>
    </message>
    <message>
        <source>How it went (optional)</source>
        <translation>Cómo fue (opcional)</translation>
    </message>
    <message>
        <source>A note on {practice}</source>
        <translation>Una nota sobre {practice}</translation>
    </message>
    <message>
        <source>We practised it today</source>
        <translation>Lo hemos practicado hoy</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Dejar a un lado</translation>
    </message>
    <message>
        <source>Stop showing it; it stays in your history and past summaries</source>
        <translation>Dejar de mostrarla; se queda en vuestra historia y en los resúmenes anteriores</translation>
    </message>
    <message>
        <source>We practised it today: {practice}</source>
        <translation>Lo hemos practicado hoy: {practice}</translation>
    </message>
    <message>
        <source>Set aside: {practice}</source>
        <translation>Dejar a un lado: {practice}</translation>
    </message>
</context>
<context>
    <name>ui.therapy.questions</name>
    <message>
        <source>Questions for our therapist</source>
        <translation>Preguntas para la terapia</translation>
    </message>
    <message>
        <source>Things you want to bring up in a session. Only you see this list. Share one with {partner} when you want them to know it is coming. When you make a summary, you tick which of them go in.</source>
        <translation>Cosas que quieres sacar en una sesión. Solo tú ves esta lista. Comparte una con {partner} cuando quieras que sepa que va a salir. Cuando hagas un resumen, marcas cuáles entran.</translation>
    </message>
    <message>
        <source>Things you want to bring up in a session. Only you see this list. When you make a summary, you tick which of them go in.</source>
        <translation>Cosas que quieres sacar en una sesión. Solo tú ves esta lista. Cuando hagas un resumen, marcas cuáles entran.</translation>
    </message>
    <message>
        <source>e.g. how do we talk about money?</source>
        <translation>p. ej. ¿cómo hablamos del dinero?</translation>
    </message>
    <message>
        <source>A question to add</source>
        <translation>Una pregunta que añadir</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Añadir pregunta</translation>
    </message>
    <message>
        <source>Nothing on your list yet.</source>
        <translation>Aún no hay nada en tu lista.</translation>
    </message>
    <message>
        <source>Shared by {partner}</source>
        <translation>Compartida por {partner}</translation>
    </message>
    <message>
        <source>Share with {partner}</source>
        <translation>Compartir con {partner}</translation>
    </message>
    <message>
        <source>Shared with {partner}</source>
        <translation>Compartida con {partner}</translation>
    </message>
    <message>
        <source>Only you</source>
        <translation>Solo tú</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Dejar de compartir</translation>
    </message>
    <message>
        <source>Stop sharing: {question}</source>
        <translation>Dejar de compartir: {question}</translation>
    </message>
    <message>
        <source>Share with {partner}: {question}</source>
        <translation>Compartir con {partner}: {question}</translation>
    </message>
    <message>
        <source>Talked about</source>
        <translation>Ya hablada</translation>
    </message>
    <message>
        <source>Take it off the list once it has been brought up</source>
        <translation>Quitarla de la lista una vez que se ha hablado</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete: {question}</source>
        <translation>Borrar: {question}</translation>
    </message>
    <message>
        <source>Talked about: {question}</source>
        <translation>Ya hablada: {question}</translation>
    </message>
    <message>
        <source>{partner} can see this question now.</source>
        <translation>{partner} ya puede ver esta pregunta.</translation>
    </message>
    <message>
        <source>It is private again. {partner} may already have seen it.</source>
        <translation>Vuelve a ser privada. Puede que {partner} ya la haya visto.</translation>
    </message>
    <message>
        <source>Marked as talked about.</source>
        <translation>Marcada como hablada.</translation>
    </message>
    <message>
        <source>Delete this question?</source>
        <translation>¿Borrar esta pregunta?</translation>
    </message>
</context>
<context>
    <name>ui.therapy.summary_dialog</name>
    <message>
        <source>The last 7 days</source>
        <translation>Los últimos 7 días</translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation>Los últimos 30 días</translation>
    </message>
    <message>
        <source>Since the last summary</source>
        <translation>Desde el último resumen</translation>
    </message>
    <message>
        <source>Dates of my choosing</source>
        <translation>Las fechas que yo elija</translation>
    </message>
    <message>
        <source>For an individual session, only your own words go in: your notes, your private entries you tick, your own shared entries and answers, and counts and dates. Nothing your partner wrote leaves, so this summary is not noted in the export history your partner sees.</source>
        <translation>Para una sesión individual solo entran tus propias palabras: tus notas, las entradas privadas que marques, tus propias entradas y respuestas compartidas, y recuentos y fechas. No sale nada de lo que escribió tu pareja, así que este resumen no se anota en el historial de exportaciones que ve tu pareja.</translation>
    </message>
    <message>
        <source>A summary for a couples session is noted in the export history you both see: who made it, when, and whether your partner&apos;s words are in it. Never what it covers.</source>
        <translation>Un resumen para una sesión de pareja se anota en el historial de exportaciones que veis los dos: quién lo hizo, cuándo y si incluye las palabras de tu pareja. Nunca lo que abarca.</translation>
    </message>
    <message>
        <source>An exported file can be read by anyone who gets it, unless you protect it with a password. Keep it somewhere only you can reach, and delete it when you no longer need it.</source>
        <translation>Un archivo exportado lo puede leer cualquiera que lo tenga, salvo que lo protejas con una contraseña. Guárdalo donde solo tú llegues y bórralo cuando ya no lo necesites.</translation>
    </message>
    <message>
        <source>Preview of the summary</source>
        <translation>Vista previa del resumen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Make a summary for therapy</source>
        <translation>Hacer un resumen para terapia</translation>
    </message>
    <message>
        <source>Only what you can read in Toward goes in. Your partner&apos;s shared writing is quoted only where they allowed it; otherwise it is counted.</source>
        <translation>Solo entra lo que puedes leer en Toward. Lo que tu pareja escribió en el espacio compartido solo se cita donde lo permitió; si no, se cuenta.</translation>
    </message>
    <message>
        <source>For which session</source>
        <translation>Para qué sesión</translation>
    </message>
    <message>
        <source>With my partner</source>
        <translation>Con mi pareja</translation>
    </message>
    <message>
        <source>Just me</source>
        <translation>Solo yo</translation>
    </message>
    <message>
        <source>Who sees that this summary was made</source>
        <translation>Quién ve que se hizo este resumen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Since the last summary ({day})</source>
        <translation>Desde el último resumen ({day})</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>From</source>
        <comment>before the first day of a period</comment>
        <translation>Del</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>to</source>
        <comment>before the last day of a period</comment>
        <translation>al</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>What I want to talk about</source>
        <translation>De qué quiero hablar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>What I want to talk about ({partner})</source>
        <translation>De qué quiero hablar ({partner})</translation>
    </message>
    <message>
        <source>Note ({partner})</source>
        <translation>Nota ({partner})</translation>
    </message>
    <message>
        <source>A few lines for the therapist to read first. Optional.</source>
        <translation>Unas líneas para que las lea primero quien os acompaña en terapia. Opcional.</translation>
    </message>
    <message>
        <source>Shared journal entries</source>
        <translation>Entradas del diario compartido</translation>
    </message>
    <message>
        <source>Shared entries to include</source>
        <translation>Entradas compartidas que incluir</translation>
    </message>
    <message>
        <source>Your private entries</source>
        <translation>Tus entradas privadas</translation>
    </message>
    <message>
        <source>{partner}&apos;s private entries ({partner} ticks their own)</source>
        <translation>Entradas privadas de {partner} ({partner} marca las suyas)</translation>
    </message>
    <message>
        <source>None go in unless ticked here, one by one.</source>
        <translation>No entra ninguna si no se marca aquí, una a una.</translation>
    </message>
    <message>
        <source>{partner}&apos;s private entries to include</source>
        <translation>Entradas privadas de {partner} que incluir</translation>
    </message>
    <message>
        <source>Your questions for the therapist</source>
        <translation>Tus preguntas para la terapia</translation>
    </message>
    <message>
        <source>{partner}&apos;s questions for the therapist ({partner} ticks their own)</source>
        <translation>Preguntas de {partner} para la terapia ({partner} marca las suyas)</translation>
    </message>
    <message>
        <source>{partner}&apos;s questions to include</source>
        <translation>Preguntas de {partner} que incluir</translation>
    </message>
    <message>
        <source>None on your list. Add them on the For therapy page.</source>
        <translation>No hay ninguna en tu lista. Añádelas en la página Para terapia.</translation>
    </message>
    <message>
        <source>Include my weekly check-ins (private until ticked)</source>
        <translation>Incluir mis repasos semanales (privados hasta marcarlos)</translation>
    </message>
    <message>
        <source>Include {partner}&apos;s weekly check-ins (private until ticked)</source>
        <translation>Incluir los repasos semanales de {partner} (privados hasta marcarlos)</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>El archivo</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Protect the PDF with a password</source>
        <translation>Proteger el PDF con una contraseña</translation>
    </message>
    <message>
        <source>Password for the PDF</source>
        <translation>Contraseña del PDF</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>La misma contraseña otra vez</translation>
    </message>
    <message>
        <source>Warning about exported files</source>
        <translation>Aviso sobre los archivos exportados</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Save Markdown…</source>
        <translation>Guardar Markdown…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Prints the preview, once it shows your latest choices</source>
        <translation>Imprime la vista previa cuando ya muestre tus últimas elecciones</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>El periodo termina antes de empezar.</translation>
    </message>
    <message>
        <source>A summary covers days {range}.</source>
        <translation>Un resumen abarca días {range}.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Pareja</translation>
    </message>
    <message numerus="yes">
        <source>%n more shared entries are counted, not quoted: their author has not chosen to bring them to therapy.</source>
        <translation>
            <numerusform>%n entrada compartida más se cuenta, sin citarla: quien la escribió no ha elegido llevarla a terapia.</numerusform>
            <numerusform>%n entradas compartidas más se cuentan, sin citarlas: quien las escribió no ha elegido llevarlas a terapia.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a period and at least one section.</source>
        <translation>Elige un periodo y al menos una sección.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message numerus="yes">
        <source>%n pages · {period}</source>
        <translation>
            <numerusform>%n página · {period}</numerusform>
            <numerusform>%n páginas · {period}</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the same password twice to protect the PDF.</source>
        <translation>Escribe la misma contraseña dos veces para proteger el PDF.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Guardado en {path}.</translation>
    </message>
    <message>
        <source>It is protected with your password.</source>
        <translation>Está protegido con tu contraseña.</translation>
    </message>
    <message>
        <source>It is not noted in the shared export history.</source>
        <translation>No se anota en el historial compartido de exportaciones.</translation>
    </message>
    <message>
        <source>The preview is not ready yet.</source>
        <translation>La vista previa aún no está lista.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>No se pudo poner en marcha la impresora.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
</context>
<context>
    <name>ui.today.page</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Log a bid for connection</source>
        <translation>Registrar un gesto de conexión</translation>
    </message>
    <message>
        <source>A bid is any reach for attention: a comment, a question, a touch, a sigh. Ctrl+B logs one from anywhere.</source>
        <translation>Un gesto de conexión es cualquier intento de llamar la atención del otro: un comentario, una pregunta, una caricia, un suspiro. Ctrl+B registra uno desde cualquier sitio.</translation>
    </message>
    <message>
        <source>Emotional bank account</source>
        <translation>Cuenta bancaria emocional</translation>
    </message>
    <message>
        <source>Turning toward a bid is a deposit; turning away or against is a withdrawal. The line is the running balance over the last twelve weeks.</source>
        <translation>Acercarse a un gesto es un ingreso; alejarse o ir en contra es una retirada. La línea es el saldo acumulado de las últimas doce semanas.</translation>
    </message>
    <message>
        <source>Research context</source>
        <translation>Contexto de la investigación</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>your partner</source>
        <translation>tu pareja</translation>
    </message>
    <message>
        <source>Your bids, answered by {name}</source>
        <translation>Tus gestos, respondidos por {name}</translation>
    </message>
    <message>
        <source>{name}&apos;s bids, answered by you</source>
        <translation>Los gestos de {name}, respondidos por ti</translation>
    </message>
    <message>
        <source>No bids logged yet this week. Noticing one is the first step — the small ones count most.</source>
        <translation>Aún no hay gestos registrados esta semana. Darse cuenta de uno es el primer paso: los pequeños son los que más cuentan.</translation>
    </message>
    <message>
        <source>{title} · {count}</source>
        <translation>{title} · {count}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open {title}</source>
        <translation>Abrir {title}</translation>
    </message>
    <message>
        <source>No bids logged yet.</source>
        <translation>Aún no hay gestos registrados.</translation>
    </message>
    <message numerus="yes">
        <source>%n not yet answered</source>
        <translation>
            <numerusform>%n aún sin respuesta</numerusform>
            <numerusform>%n aún sin respuesta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turned against</source>
        <translation>
            <numerusform>%n en contra</numerusform>
            <numerusform>%n en contra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turned away</source>
        <translation>
            <numerusform>%n con distancia</numerusform>
            <numerusform>%n con distancia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turned toward later</source>
        <translation>
            <numerusform>%n con cercanía más tarde</numerusform>
            <numerusform>%n con cercanía más tarde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{toward} of %n turned toward ({share})</source>
        <translation>
            <numerusform>{toward} de %n con cercanía ({share})</numerusform>
            <numerusform>{toward} de %n con cercanía ({share})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vault.errors</name>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n seconds.</source>
        <translation>
            <numerusform>Demasiadas contraseñas equivocadas. Vuelve a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>Demasiadas contraseñas equivocadas. Vuelve a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>That amount is too large to be a household purchase.</source>
        <translation>Ese importe es demasiado grande para ser una compra de casa.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a currency code Toward knows (like USD).</source>
        <translation>&apos;{code}&apos; no es un código de moneda que Toward conozca (como EUR).</translation>
    </message>
    <message>
        <source>An amount must be an exact decimal number.</source>
        <translation>Un importe debe ser un número decimal exacto.</translation>
    </message>
    <message numerus="yes">
        <source>{code} amounts have at most %n decimal places; {amount} has more.</source>
        <translation>
            <numerusform>Los importes en {code} tienen como mucho %n decimal; {amount} tiene más.</numerusform>
            <numerusform>Los importes en {code} tienen como mucho %n decimales; {amount} tiene más.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number.</source>
        <translation>&apos;{text}&apos; no es un número.</translation>
    </message>
    <message>
        <source>Cannot add {other} to {code} without a rate.</source>
        <translation>No se puede sumar {other} a {code} sin un tipo de cambio.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount.</source>
        <translation>&apos;{text}&apos; no es un importe.</translation>
    </message>
    <message>
        <source>{name} is missing from the data folder; nothing was backed up.</source>
        <translation>Falta {name} en la carpeta de datos; no se ha copiado nada.</translation>
    </message>
    <message>
        <source>{name} kept changing while it was copied. Close Toward elsewhere and try again.</source>
        <translation>{name} no dejaba de cambiar mientras se copiaba. Cierra Toward en el otro sitio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Toward. Update Toward to restore it.</source>
        <translation>Esta copia la hizo una versión más reciente de Toward. Actualiza Toward para restaurarla.</translation>
    </message>
    <message>
        <source>This is not a Toward backup, or its list of files is damaged.</source>
        <translation>Esto no es una copia de seguridad de Toward, o su lista de archivos está dañada.</translation>
    </message>
    <message>
        <source>This backup lists files Toward does not make.</source>
        <translation>Esta copia incluye archivos que Toward no crea.</translation>
    </message>
    <message>
        <source>This backup holds no household file.</source>
        <translation>Esta copia no contiene ningún archivo del hogar.</translation>
    </message>
    <message>
        <source>Toward could not use {path}: {value}.</source>
        <translation>Toward no pudo usar {path}: {value}.</translation>
    </message>
    <message>
        <source>The household file in this backup cannot be used: {exc}</source>
        <translation>El archivo del hogar de esta copia no se puede usar: {exc}</translation>
    </message>
    <message>
        <source>{folder} is not empty. Toward restores only into an empty or new folder, so that nothing is ever overwritten.</source>
        <translation>{folder} no está vacía. Toward solo restaura en una carpeta vacía o nueva, para no sobrescribir nunca nada.</translation>
    </message>
    <message>
        <source>{parent} does not exist.</source>
        <translation>{parent} no existe.</translation>
    </message>
    <message>
        <source>This backup&apos;s household file belongs to another household.</source>
        <translation>El archivo del hogar de esta copia pertenece a otro hogar.</translation>
    </message>
    <message>
        <source>No partner called {partner} in this backup ({names}).</source>
        <translation>No hay nadie llamado {partner} en esta copia ({names}).</translation>
    </message>
    <message>
        <source>{value} in this backup fails its integrity check.</source>
        <translation>{value} de esta copia no pasa su comprobación de integridad.</translation>
    </message>
    <message>
        <source>The backup was restored into {fresh}, but it could not take the place of {folder} ({strerror}). Start Toward with --data-dir {fresh}.</source>
        <translation>La copia se restauró en {fresh}, pero no pudo ocupar el lugar de {folder} ({strerror}). Abre Toward con --data-dir {fresh}.</translation>
    </message>
    <message>
        <source>{folder} is no longer empty; nothing was overwritten.</source>
        <translation>{folder} ya no está vacía; no se ha sobrescrito nada.</translation>
    </message>
    <message>
        <source>This is not a Toward backup: it has no list of files.</source>
        <translation>Esto no es una copia de seguridad de Toward: no tiene lista de archivos.</translation>
    </message>
    <message>
        <source>This is not a Toward backup: its list of files is far too large.</source>
        <translation>Esto no es una copia de seguridad de Toward: su lista de archivos es demasiado grande.</translation>
    </message>
    <message>
        <source>This backup is damaged: its list of files cannot be read.</source>
        <translation>Esta copia está dañada: no se puede leer su lista de archivos.</translation>
    </message>
    <message>
        <source>This file is not a Toward backup, or it is damaged.</source>
        <translation>Este archivo no es una copia de seguridad de Toward, o está dañado.</translation>
    </message>
    <message>
        <source>This backup&apos;s files do not match its list of files.</source>
        <translation>Los archivos de esta copia no coinciden con su lista de archivos.</translation>
    </message>
    <message>
        <source>{name} in this backup is damaged.</source>
        <translation>{name} está dañado en esta copia.</translation>
    </message>
    <message>
        <source>{name} in this backup is damaged: it is not the file that was saved.</source>
        <translation>{name} está dañado en esta copia: no es el archivo que se guardó.</translation>
    </message>
    <message>
        <source>This backup is missing {name}.</source>
        <translation>A esta copia le falta {name}.</translation>
    </message>
    <message>
        <source>{name} in this backup is not encrypted.</source>
        <translation>{name} no está cifrado en esta copia.</translation>
    </message>
    <message>
        <source>{name} in this backup is cut short.</source>
        <translation>{name} está cortado en esta copia.</translation>
    </message>
    <message>
        <source>{name} in this backup fails its integrity check: {value}</source>
        <translation>{name} no pasa su comprobación de integridad en esta copia: {value}</translation>
    </message>
    <message>
        <source>{name} in this backup is from a newer version of Toward.</source>
        <translation>{name} de esta copia es de una versión más reciente de Toward.</translation>
    </message>
    <message>
        <source>A household already lives in {folder}.</source>
        <translation>Ya hay un hogar en {folder}.</translation>
    </message>
    <message>
        <source>{folder} holds Toward databases without a household file. Choose an empty folder, or restore the household file from a backup.</source>
        <translation>{folder} contiene bases de datos de Toward sin archivo del hogar. Elige una carpeta vacía, o restaura el archivo del hogar desde una copia.</translation>
    </message>
    <message>
        <source>There is already a partner called {cleaned}.</source>
        <translation>Ya hay alguien llamado {cleaned}.</translation>
    </message>
    <message>
        <source>There is already a partner called {name}.</source>
        <translation>Ya hay alguien llamado {name}.</translation>
    </message>
    <message>
        <source>A household has two partners; both are already here.</source>
        <translation>Un hogar es de dos personas, y las dos ya están aquí.</translation>
    </message>
    <message>
        <source>Adding the second partner needs the first partner&apos;s unlocked session.</source>
        <translation>Para añadir a la segunda persona hace falta que la primera tenga su sesión desbloqueada.</translation>
    </message>
    <message>
        <source>{name} has no recovery code.</source>
        <translation>{name} no tiene código de recuperación.</translation>
    </message>
    <message>
        <source>This computer has no keyring, so the household cannot be bound to it.</source>
        <translation>Este ordenador no tiene llavero, así que el hogar no se puede ligar a él.</translation>
    </message>
    <message>
        <source>{name} needs updating for this version of Toward, which cannot be done while {folder} is read-only.</source>
        <translation>{name} necesita actualizarse para esta versión de Toward, y no se puede mientras {folder} esté en solo lectura.</translation>
    </message>
    <message>
        <source>{folder} is open read-only: nothing can be changed.</source>
        <translation>{folder} está abierta en solo lectura: no se puede cambiar nada.</translation>
    </message>
    <message>
        <source>{folder} now holds a different household.</source>
        <translation>{folder} contiene ahora otro hogar.</translation>
    </message>
    <message>
        <source>That session belongs to another household.</source>
        <translation>Esa sesión pertenece a otro hogar.</translation>
    </message>
    <message>
        <source>{name} is not in this household.</source>
        <translation>{name} no está en este hogar.</translation>
    </message>
    <message>
        <source>{name}&apos;s password is bound to the computer it was set on, and this computer&apos;s keyring does not have that key. Use your recovery code to get in and set your password again.</source>
        <translation>La contraseña de {name} está ligada al ordenador donde se puso, y el llavero de este ordenador no tiene esa clave. Entra con tu código de recuperación y vuelve a poner tu contraseña.</translation>
    </message>
    <message>
        <source>No partner called {name_or_id} in this household.</source>
        <translation>No hay nadie llamado {name_or_id} en este hogar.</translation>
    </message>
    <message>
        <source>That recovery code doesn&apos;t open {name}&apos;s space.</source>
        <translation>Ese código de recuperación no abre el espacio de {name}.</translation>
    </message>
    <message>
        <source>That password doesn&apos;t open {name}&apos;s space.</source>
        <translation>Esa contraseña no abre el espacio de {name}.</translation>
    </message>
    <message>
        <source>A password needs at least {MIN_PASSWORD_LENGTH} characters.</source>
        <translation>Una contraseña necesita al menos {MIN_PASSWORD_LENGTH} caracteres.</translation>
    </message>
    <message>
        <source>Please give a name.</source>
        <translation>Escribe un nombre, por favor.</translation>
    </message>
    <message>
        <source>A name can be at most {MAX_NAME_LENGTH} characters.</source>
        <translation>Un nombre puede tener como mucho {MAX_NAME_LENGTH} caracteres.</translation>
    </message>
    <message>
        <source>A name cannot contain control or formatting characters.</source>
        <translation>Un nombre no puede contener caracteres de control ni de formato.</translation>
    </message>
    <message>
        <source>A bid&apos;s time needs its time zone.</source>
        <translation>La hora de un gesto necesita su zona horaria.</translation>
    </message>
    <message>
        <source>A bid cannot be logged in the future.</source>
        <translation>No se puede registrar un gesto en el futuro.</translation>
    </message>
    <message>
        <source>This bid was already turned toward.</source>
        <translation>Ya te habías acercado a este gesto.</translation>
    </message>
    <message>
        <source>The {what} can be at most {MAX_TEXT} characters.</source>
        <translation>{what}: como mucho {MAX_TEXT} caracteres.</translation>
    </message>
    <message>
        <source>{value} is not a kind of bid Toward knows.</source>
        <translation>{value} no es un tipo de gesto que Toward conozca.</translation>
    </message>
    <message>
        <source>{value} is not an answer Toward knows.</source>
        <translation>{value} no es una respuesta que Toward conozca.</translation>
    </message>
    <message>
        <source>Mood is a number from 1 (heavy) to 5 (bright).</source>
        <translation>El ánimo es un número del 1 (pesado) al 5 (luminoso).</translation>
    </message>
    <message>
        <source>Bid patterns cover days {calendar_words}.</source>
        <translation>Los patrones de gestos abarcan días {calendar_words}.</translation>
    </message>
    <message>
        <source>{sorted} are not check-in questions.</source>
        <translation>{sorted} no son preguntas del repaso.</translation>
    </message>
    <message>
        <source>Each answer is one of the five steps, or left out.</source>
        <translation>Cada respuesta es uno de los cinco pasos, o se deja en blanco.</translation>
    </message>
    <message>
        <source>Answer at least one question.</source>
        <translation>Responde al menos a una pregunta.</translation>
    </message>
    <message>
        <source>A note can be at most {MAX_NOTE} characters.</source>
        <translation>Una nota puede tener como mucho {MAX_NOTE} caracteres.</translation>
    </message>
    <message>
        <source>{value} is not a PNG, JPEG, GIF or WebP picture.</source>
        <translation>{value} no es una imagen PNG, JPEG, GIF ni WebP.</translation>
    </message>
    <message>
        <source>{value} is {value2} MB; the limit is {value3} MB.</source>
        <translation>{value} ocupa {value2} MB; el límite es {value3} MB.</translation>
    </message>
    <message>
        <source>This entry no longer exists; the picture was not kept.</source>
        <translation>Esta entrada ya no existe; la imagen no se ha guardado.</translation>
    </message>
    <message>
        <source>An entry can hold at most {MAX_IMAGES_PER_ENTRY} pictures.</source>
        <translation>Una entrada puede tener como mucho {MAX_IMAGES_PER_ENTRY} imágenes.</translation>
    </message>
    <message>
        <source>This entry is too long to save ({len} characters; the limit is {MAX_BODY}). Split it into several entries.</source>
        <translation>Esta entrada es demasiado larga para guardarla ({len} caracteres; el límite es {MAX_BODY}). Divídela en varias entradas.</translation>
    </message>
    <message>
        <source>Unknown kind of trust: {exc}</source>
        <translation>Tipo de confianza desconocido: {exc}</translation>
    </message>
    <message>
        <source>An entry can have at most {MAX_TAGS} tags.</source>
        <translation>Una entrada puede tener como mucho {MAX_TAGS} etiquetas.</translation>
    </message>
    <message>
        <source>Replies go under entries in the shared journal.</source>
        <translation>Las respuestas van bajo las entradas del diario compartido.</translation>
    </message>
    <message>
        <source>Write a few words first.</source>
        <translation>Escribe unas palabras primero.</translation>
    </message>
    <message>
        <source>A reply can be at most {MAX_REPLY} characters.</source>
        <translation>Una respuesta puede tener como mucho {MAX_REPLY} caracteres.</translation>
    </message>
    <message>
        <source>This entry is no longer in the shared journal.</source>
        <translation>Esta entrada ya no está en el diario compartido.</translation>
    </message>
    <message>
        <source>The agreed time is 0 to {MAX_DAYS} days.</source>
        <translation>El plazo acordado es de 0 a {MAX_DAYS} días.</translation>
    </message>
    <message>
        <source>The amount in an agreement cannot be negative.</source>
        <translation>El importe de un acuerdo no puede ser negativo.</translation>
    </message>
    <message>
        <source>This proposal is no longer waiting for a confirmation.</source>
        <translation>Esta propuesta ya no está esperando confirmación.</translation>
    </message>
    <message>
        <source>A confirmed agreement changes only by a new one.</source>
        <translation>Un acuerdo confirmado solo cambia con otro nuevo.</translation>
    </message>
    <message>
        <source>The {what} can be at most {limit} characters.</source>
        <translation>{what}: como mucho {limit} caracteres.</translation>
    </message>
    <message>
        <source>Write the {value} first.</source>
        <translation>Escribe primero: {value}.</translation>
    </message>
    <message>
        <source>This disclosure was already corrected; correct the latest.</source>
        <translation>Esto ya se corrigió; corrige la versión más reciente.</translation>
    </message>
    <message>
        <source>Say in a few words what the correction changes.</source>
        <translation>Di en pocas palabras qué cambia la corrección.</translation>
    </message>
    <message>
        <source>A purchase needs its date.</source>
        <translation>Una compra necesita su fecha.</translation>
    </message>
    <message>
        <source>A purchase date cannot be in the future.</source>
        <translation>La fecha de una compra no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>A purchase date before {year} ({isoformat}) looks like a mistyped year; check it.</source>
        <translation>Una fecha de compra anterior a {year} ({isoformat}) parece un año mal escrito; revísala.</translation>
    </message>
    <message>
        <source>A purchase needs an amount with its currency.</source>
        <translation>Una compra necesita un importe con su moneda.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>El periodo termina antes de empezar.</translation>
    </message>
    <message>
        <source>A period covers days {calendar_words}.</source>
        <translation>Un periodo abarca días {calendar_words}.</translation>
    </message>
    <message>
        <source>The {what} must be text.</source>
        <translation>{what}: tiene que ser texto.</translation>
    </message>
    <message>
        <source>Say in a few words what you will practise.</source>
        <translation>Di en pocas palabras qué vais a practicar.</translation>
    </message>
    <message>
        <source>How often is 1 to {MAX_PER_WEEK} times a week.</source>
        <translation>La frecuencia es de 1 a {MAX_PER_WEEK} veces a la semana.</translation>
    </message>
    <message>
        <source>This practice was set aside; times are no longer logged.</source>
        <translation>Esta práctica se dejó a un lado; ya no se anotan veces.</translation>
    </message>
    <message>
        <source>A time practised cannot be in the future.</source>
        <translation>Una vez practicada no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>A day is {calendar_words}.</source>
        <translation>Un día es {calendar_words}.</translation>
    </message>
    <message>
        <source>This agreement was set aside; moments are no longer logged.</source>
        <translation>Este acuerdo se dejó a un lado; ya no se anotan momentos.</translation>
    </message>
    <message>
        <source>{kind} is not a kind of moment Toward knows.</source>
        <translation>{kind} no es un tipo de momento que Toward conozca.</translation>
    </message>
    <message>
        <source>Write what the {what} is.</source>
        <translation>Escribe en qué consiste: {what}.</translation>
    </message>
    <message>
        <source>A due date is a calendar day.</source>
        <translation>Una fecha prevista es un día del calendario.</translation>
    </message>
    <message>
        <source>A due date cannot be in the past.</source>
        <translation>Una fecha prevista no puede estar en el pasado.</translation>
    </message>
    <message>
        <source>{what} needs its time zone.</source>
        <translation>{what}: necesita su zona horaria.</translation>
    </message>
    <message>
        <source>{what} cannot be in the future.</source>
        <translation>{what}: no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>A promise is made to your partner. An intention of your own belongs in your private journal.</source>
        <translation>Una promesa se le hace a tu pareja. Una intención tuya tiene su sitio en tu diario privado.</translation>
    </message>
    <message>
        <source>A promise is made to your partner, who is not in Toward yet.</source>
        <translation>Una promesa se le hace a tu pareja, que aún no está en Toward.</translation>
    </message>
    <message>
        <source>That day is before the promise was made, or still to come.</source>
        <translation>Ese día es anterior a la promesa, o aún no ha llegado.</translation>
    </message>
    <message>
        <source>This promise was already settled.</source>
        <translation>Esta promesa ya estaba cerrada.</translation>
    </message>
    <message>
        <source>No new terms are waiting for an answer on this promise.</source>
        <translation>No hay términos nuevos esperando respuesta en esta promesa.</translation>
    </message>
    <message>
        <source>The terms were changed again; have a look at the new ones.</source>
        <translation>Los términos han vuelto a cambiar; echa un vistazo a los nuevos.</translation>
    </message>
    <message>
        <source>This promise was already settled, or its terms changed again.</source>
        <translation>Esta promesa ya estaba cerrada, o sus términos han vuelto a cambiar.</translation>
    </message>
    <message>
        <source>A repair conversation needs both partners in Toward.</source>
        <translation>Una conversación de reparación necesita a las dos personas en Toward.</translation>
    </message>
    <message>
        <source>Say in a few words what the conversation is about.</source>
        <translation>Di en pocas palabras de qué trata la conversación.</translation>
    </message>
    <message>
        <source>A topic can be at most {MAX_TOPIC} characters.</source>
        <translation>Un tema puede tener como mucho {MAX_TOPIC} caracteres.</translation>
    </message>
    <message>
        <source>Your proposal is waiting for an answer already.</source>
        <translation>Tu propuesta ya está esperando respuesta.</translation>
    </message>
    <message>
        <source>This time was already agreed.</source>
        <translation>Este momento ya estaba acordado.</translation>
    </message>
    <message>
        <source>The time you proposed waits for your partner&apos;s answer.</source>
        <translation>El momento que propusiste espera la respuesta de tu pareja.</translation>
    </message>
    <message>
        <source>Only the partner who started this conversation can withdraw it.</source>
        <translation>Solo quien empezó esta conversación puede retirarla.</translation>
    </message>
    <message>
        <source>A conversation under way can be paused, not withdrawn.</source>
        <translation>Una conversación en curso se puede pausar, no retirar.</translation>
    </message>
    <message>
        <source>Your partner&apos;s apology has not been revealed yet.</source>
        <translation>La disculpa de tu pareja aún no se ha mostrado.</translation>
    </message>
    <message>
        <source>Write the plan item first.</source>
        <translation>Escribe primero el punto del plan.</translation>
    </message>
    <message>
        <source>A plan item can be at most {MAX_PLAN_ITEM} characters.</source>
        <translation>Un punto del plan puede tener como mucho {MAX_PLAN_ITEM} caracteres.</translation>
    </message>
    <message>
        <source>This item is a promise or an agreement now; change it there.</source>
        <translation>Este punto ahora es una promesa o un acuerdo; cámbialo allí.</translation>
    </message>
    <message>
        <source>A promise needs your partner in Toward.</source>
        <translation>Una promesa necesita a tu pareja en Toward.</translation>
    </message>
    <message>
        <source>Add at least one small step to the plan first.</source>
        <translation>Añade antes al menos un pequeño paso al plan.</translation>
    </message>
    <message>
        <source>A break lasts between a minute and a day.</source>
        <translation>Una pausa dura entre un minuto y un día.</translation>
    </message>
    <message>
        <source>This conversation is finished.</source>
        <translation>Esta conversación ha terminado.</translation>
    </message>
    <message>
        <source>The plan is written together, not answered alone.</source>
        <translation>El plan se escribe juntos, no se responde a solas.</translation>
    </message>
    <message>
        <source>Agree on a time to talk first.</source>
        <translation>Acordad primero un momento para hablar.</translation>
    </message>
    <message>
        <source>You are on a break. Resume when you both feel ready.</source>
        <translation>Estáis en una pausa. Seguid cuando los dos os sintáis con ánimo.</translation>
    </message>
    <message>
        <source>The two of you are on another step now.</source>
        <translation>Ahora los dos estáis en otro paso.</translation>
    </message>
    <message>
        <source>The plan comes once you have both apologized.</source>
        <translation>El plan llega cuando los dos os hayáis disculpado.</translation>
    </message>
    <message>
        <source>This item is already a promise or an agreement.</source>
        <translation>Este punto ya es una promesa o un acuerdo.</translation>
    </message>
    <message>
        <source>Promises are not available in this version of Toward.</source>
        <translation>Las promesas no están disponibles en esta versión de Toward.</translation>
    </message>
    <message>
        <source>{value} is not a kind of topic Toward knows.</source>
        <translation>{value} no es un tipo de tema que Toward conozca.</translation>
    </message>
    <message>
        <source>A finishing time needs its time zone.</source>
        <translation>La hora de terminar necesita su zona horaria.</translation>
    </message>
    <message>
        <source>A conversation can only finish after it began, and not later than now.</source>
        <translation>Una conversación solo puede terminar después de empezar, y no más tarde que ahora.</translation>
    </message>
    <message>
        <source>This answer was already submitted; it can no longer be changed.</source>
        <translation>Esta respuesta ya se envió; ya no se puede cambiar.</translation>
    </message>
    <message>
        <source>You have already answered this step.</source>
        <translation>Ya has respondido a este paso.</translation>
    </message>
    <message>
        <source>Write a few words first; there is no right length.</source>
        <translation>Escribe primero unas palabras; no hay una extensión correcta.</translation>
    </message>
    <message>
        <source>An answer can be at most {MAX_ANSWER} characters.</source>
        <translation>Una respuesta puede tener como mucho {MAX_ANSWER} caracteres.</translation>
    </message>
    <message>
        <source>{topic} is not a topic Toward knows.</source>
        <translation>{topic} no es un tema que Toward conozca.</translation>
    </message>
    <message>
        <source>Only a proposal of yours still waiting for an answer can go.</source>
        <translation>Solo se puede retirar una propuesta tuya que siga esperando respuesta.</translation>
    </message>
    <message>
        <source>Thoughts on one question can be at most {MAX_PREP} characters.</source>
        <translation>Las ideas sobre una pregunta pueden tener como mucho {MAX_PREP} caracteres.</translation>
    </message>
    <message>
        <source>Notes can be at most {MAX_NOTES} characters.</source>
        <translation>Las notas pueden tener como mucho {MAX_NOTES} caracteres.</translation>
    </message>
    <message>
        <source>Write the one small thing you agree on first.</source>
        <translation>Escribe primero esa pequeña cosa en la que estáis de acuerdo.</translation>
    </message>
    <message>
        <source>An agreement can be at most {MAX_AGREEMENT} characters.</source>
        <translation>Un acuerdo puede tener como mucho {MAX_AGREEMENT} caracteres.</translation>
    </message>
    <message>
        <source>This conversation has been had; its notes stay as they are.</source>
        <translation>Esta conversación ya se tuvo; sus notas se quedan como están.</translation>
    </message>
    <message>
        <source>A conversation ends after it was planned, and not later than now.</source>
        <translation>Una conversación termina después de planearse, y no más tarde que ahora.</translation>
    </message>
    <message>
        <source>A question must be text.</source>
        <translation>Una pregunta tiene que ser texto.</translation>
    </message>
    <message>
        <source>Write the question or topic you want to bring up.</source>
        <translation>Escribe la pregunta o el tema que quieres sacar.</translation>
    </message>
    <message>
        <source>A question can be at most {MAX_TEXT} characters.</source>
        <translation>Una pregunta puede tener como mucho {MAX_TEXT} caracteres.</translation>
    </message>
    <message>
        <source>Finish the round you have started first.</source>
        <translation>Termina primero la ronda que has empezado.</translation>
    </message>
    <message>
        <source>You have answered this round already.</source>
        <translation>Ya has respondido a esta ronda.</translation>
    </message>
    <message>
        <source>Write your guess first; a few words are plenty.</source>
        <translation>Escribe primero lo que crees; bastan unas palabras.</translation>
    </message>
    <message>
        <source>Write your own answer first; a few words are plenty.</source>
        <translation>Escribe primero tu propia respuesta; bastan unas palabras.</translation>
    </message>
    <message>
        <source>Keep your guess under {limit} characters.</source>
        <translation>Tu suposición puede tener como mucho {limit} caracteres.</translation>
    </message>
    <message>
        <source>Keep your own answer under {limit} characters.</source>
        <translation>Tu respuesta puede tener como mucho {limit} caracteres.</translation>
    </message>
    <message>
        <source>{record}: {column} is not text.</source>
        <translation>{record}: {column} no es texto.</translation>
    </message>
    <message>
        <source>{record}: {column} holds {length} characters; at most {limit} fit.</source>
        <translation>{record}: {column} tiene {length} caracteres; caben como máximo {limit}.</translation>
    </message>
    <message>
        <source>{record}: {column} holds a NUL character.</source>
        <translation>{record}: {column} contiene un carácter NUL.</translation>
    </message>
    <message>
        <source>{record}: {column} holds characters that are not valid text.</source>
        <translation>{record}: {column} contiene caracteres que no son texto válido.</translation>
    </message>
    <message>
        <source>{record}: {column} is not a moment Toward can read.</source>
        <translation>{record}: {column} no es un momento que Toward pueda leer.</translation>
    </message>
    <message>
        <source>{record}: {column} {value} is not a moment Toward can read.</source>
        <translation>{record}: {column} {value} no es un momento que Toward pueda leer.</translation>
    </message>
    <message>
        <source>{record}: {column} {value} has no time zone.</source>
        <translation>{record}: {column} {value} no tiene zona horaria.</translation>
    </message>
    <message>
        <source>{record}: {column} {value} is not a date written as YYYY-MM-DD.</source>
        <translation>{record}: {column} {value} no es una fecha escrita como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>{record}: {column} {value} is not a date that exists.</source>
        <translation>{record}: {column} {value} no es una fecha que exista.</translation>
    </message>
    <message>
        <source>{record}: {column} {value} is outside the years {first} to {last}.</source>
        <translation>{record}: {column} {value} queda fuera de los años {first} a {last}.</translation>
    </message>
    <message>
        <source>{record}: {column} {value} is not a whole number.</source>
        <translation>{record}: {column} {value} no es un número entero.</translation>
    </message>
    <message>
        <source>{record}: {column} {value} is not between {low} and {high}.</source>
        <translation>{record}: {column} {value} no está entre {low} y {high}.</translation>
    </message>
    <message>
        <source>{record}: {column} {value} is not a value Toward knows.</source>
        <translation>{record}: {column} {value} no es un valor que Toward conozca.</translation>
    </message>
    <message>
        <source>{record}: {column} holds a value Toward does not know.</source>
        <translation>{record}: {column} tiene un valor que Toward no conoce.</translation>
    </message>
    <message>
        <source>{record}: {column} {value} is not a currency code Toward knows.</source>
        <translation>{record}: {column} {value} no es un código de moneda que Toward conozca.</translation>
    </message>
    <message>
        <source>{record}: {column} is not written as Toward writes it.</source>
        <translation>{record}: {column} no está escrito como lo escribe Toward.</translation>
    </message>
    <message>
        <source>Choose a comma, semicolon, tab or bar between columns.</source>
        <translation>Elige una coma, un punto y coma, un tabulador o una barra entre columnas.</translation>
    </message>
    <message>
        <source>{layout} is not a date layout Toward offers.</source>
        <translation>{layout} no es una forma de escribir fechas que Toward ofrezca.</translation>
    </message>
    <message>
        <source>The decimal separator is a point or a comma.</source>
        <translation>El separador decimal es un punto o una coma.</translation>
    </message>
    <message>
        <source>{encoding} is not an encoding Toward offers.</source>
        <translation>{encoding} no es una codificación que Toward ofrezca.</translation>
    </message>
    <message>
        <source>Choose the column with the amount.</source>
        <translation>Elige la columna con el importe.</translation>
    </message>
    <message>
        <source>Line {line}: this is not {encoding} text; a character is cut short or garbled.</source>
        <translation>Línea {line}: esto no es texto {encoding}; hay un carácter cortado o dañado.</translation>
    </message>
    <message>
        <source>Line {line}: this is not {encoding} text; try another encoding.</source>
        <translation>Línea {line}: esto no es texto {encoding}; prueba con otra codificación.</translation>
    </message>
    <message>
        <source>Line {line}: a cell is far too long to be part of a statement.</source>
        <translation>Línea {line}: una celda es demasiado larga para formar parte de un extracto.</translation>
    </message>
    <message numerus="yes">
        <source>Line {line}: it has %n columns, but the layout needs {needed}; check the separator.</source>
        <translation>
            <numerusform>Línea {line}: tiene %n columna, pero el formato necesita {needed}; revisa el separador.</numerusform>
            <numerusform>Línea {line}: tiene %n columnas, pero el formato necesita {needed}; revisa el separador.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line {line}: the file ends with no statement rows after the header.</source>
        <translation>Línea {line}: el archivo termina sin filas de extracto después de la cabecera.</translation>
    </message>
    <message>
        <source>Line {line}: the file ends with no statement rows.</source>
        <translation>Línea {line}: el archivo termina sin filas de extracto.</translation>
    </message>
    <message>
        <source>Line {line}: an empty cell is not a date written as {layout}.</source>
        <translation>Línea {line}: una celda vacía no es una fecha escrita como {layout}.</translation>
    </message>
    <message>
        <source>Line {line}: {value} is not a date written as {layout}.</source>
        <translation>Línea {line}: {value} no es una fecha escrita como {layout}.</translation>
    </message>
    <message>
        <source>Line {line}: {value} is not an amount ({problem}).</source>
        <translation>Línea {line}: {value} no es un importe ({problem}).</translation>
    </message>
    <message>
        <source>Line {line}: the amount is empty.</source>
        <translation>Línea {line}: el importe está vacío.</translation>
    </message>
    <message>
        <source>Line {line}: both the debit and the credit are empty.</source>
        <translation>Línea {line}: el cargo y el abono están vacíos.</translation>
    </message>
    <message>
        <source>Line {line}: the file cannot be read as CSV ({problem}).</source>
        <translation>Línea {line}: el archivo no se puede leer como CSV ({problem}).</translation>
    </message>
    <message>
        <source>Line {line}: the payee is longer than {most} characters.</source>
        <translation>Línea {line}: el destinatario tiene más de {most} caracteres.</translation>
    </message>
    <message>
        <source>Line {line}: the account is longer than {most} characters.</source>
        <translation>Línea {line}: la cuenta tiene más de {most} caracteres.</translation>
    </message>
    <message>
        <source>Line {line}: the file ends without a bank or card statement (&lt;STMTRS&gt; or &lt;CCSTMTRS&gt;).</source>
        <translation>Línea {line}: el archivo termina sin un extracto de banco o de tarjeta (&lt;STMTRS&gt; o &lt;CCSTMTRS&gt;).</translation>
    </message>
    <message>
        <source>Line {line}: the statement&apos;s currency {value} is not one Toward knows.</source>
        <translation>Línea {line}: la moneda del extracto, {value}, no es una que Toward conozca.</translation>
    </message>
    <message>
        <source>Line {line}: the statement has no transactions.</source>
        <translation>Línea {line}: el extracto no tiene movimientos.</translation>
    </message>
    <message>
        <source>Line {line}: the file does not start like an OFX or QFX statement.</source>
        <translation>Línea {line}: el archivo no empieza como un extracto OFX o QFX.</translation>
    </message>
    <message>
        <source>Line {line}: a tag here is broken or does not match.</source>
        <translation>Línea {line}: aquí hay una etiqueta rota o que no encaja.</translation>
    </message>
    <message>
        <source>Line {line}: the file ends before every section is closed.</source>
        <translation>Línea {line}: el archivo termina antes de que se cierren todas las secciones.</translation>
    </message>
    <message>
        <source>Line {line}: the file ends early (no &lt;/OFX&gt;); it may have been cut off.</source>
        <translation>Línea {line}: el archivo termina antes de tiempo (no hay &lt;/OFX&gt;); puede que esté cortado.</translation>
    </message>
    <message>
        <source>Line {line}: a &lt;![CDATA[ section is not closed on its line.</source>
        <translation>Línea {line}: una sección &lt;![CDATA[ no se cierra en su línea.</translation>
    </message>
    <message>
        <source>Line {line}: the date {value} is not a date (YYYYMMDD).</source>
        <translation>Línea {line}: la fecha {value} no es una fecha (AAAAMMDD).</translation>
    </message>
    <message>
        <source>Line {line}: the amount {value} is not usable ({problem}).</source>
        <translation>Línea {line}: el importe {value} no se puede usar ({problem}).</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>Línea {line}: {problem}</translation>
    </message>
    <message>
        <source>The file is {size} MB; statements up to {most} MB can be imported.</source>
        <translation>El archivo ocupa {size} MB; se pueden importar extractos de hasta {most} MB.</translation>
    </message>
    <message>
        <source>Line {line}: the file is empty.</source>
        <translation>Línea {line}: el archivo está vacío.</translation>
    </message>
    <message>
        <source>Line {line}: the file holds more than {most} rows; split it first.</source>
        <translation>Línea {line}: el archivo tiene más de {most} filas; divídelo antes.</translation>
    </message>
    <message>
        <source>{target} already holds files. Choose an empty or a new folder, so nothing there is overwritten.</source>
        <translation>{target} ya contiene archivos. Elige una carpeta vacía o nueva, para que no se sobrescriba nada de lo que hay.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>Choose an archive password of at least {least} characters.</source>
        <translation>Elige una contraseña para el archivo de al menos {least} caracteres.</translation>
    </message>
    <message>
        <source>{target} is a folder; give a file name ending in .zip.</source>
        <translation>{target} es una carpeta; indica un nombre de archivo que termine en .zip.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full.</source>
        <translation>El disco donde está {folder} está lleno.</translation>
    </message>
    <message>
        <source>Could not write {target}: {reason}.</source>
        <translation>No se pudo escribir {target}: {reason}.</translation>
    </message>
    <message>
        <source>{name} is empty: the file was truncated. Toward has not opened or changed it: its files are kept as they are. Restore your last backup; the damaged files are then kept aside, whole.</source>
        <translation>{name} está vacío: el archivo se ha truncado. Toward no lo ha abierto ni cambiado: sus archivos se conservan tal como están. Restaura tu última copia de seguridad; los archivos dañados se guardan entonces aparte, enteros.</translation>
    </message>
    <message>
        <source>{name} is cut short (not whole pages). Toward has not opened or changed it: its files are kept as they are. Restore your last backup; the damaged files are then kept aside, whole.</source>
        <translation>{name} está cortado (no tiene páginas enteras). Toward no lo ha abierto ni cambiado: sus archivos se conservan tal como están. Restaura tu última copia de seguridad; los archivos dañados se guardan entonces aparte, enteros.</translation>
    </message>
    <message>
        <source>{name} cannot be opened safely: {reason}. Toward has not opened or changed it: its files are kept as they are. Restore your last backup; the damaged files are then kept aside, whole.</source>
        <translation>{name} no se puede abrir con seguridad: {reason}. Toward no lo ha abierto ni cambiado: sus archivos se conservan tal como están. Restaura tu última copia de seguridad; los archivos dañados se guardan entonces aparte, enteros.</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be opened. Toward has not opened or changed it: its files are kept as they are. Restore your last backup; the damaged files are then kept aside, whole.</source>
        <translation>{name} está dañado y no se puede abrir. Toward no lo ha abierto ni cambiado: sus archivos se conservan tal como están. Restaura tu última copia de seguridad; los archivos dañados se guardan entonces aparte, enteros.</translation>
    </message>
    <message>
        <source>{name} is missing from the data folder.</source>
        <translation>Falta {name} en la carpeta de datos.</translation>
    </message>
    <message>
        <source>The disk holding the household is full. Nothing was changed. Free some space, then try again.</source>
        <translation>El disco donde está el hogar está lleno. No se ha cambiado nada. Libera algo de espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full. Nothing was changed. Free some space, then try again.</source>
        <translation>El disco donde está {folder} está lleno. No se ha cambiado nada. Libera algo de espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Toward cannot write to the household: it is read-only for this account (it may belong to another account on this computer). Nothing was changed.</source>
        <translation>Toward no puede escribir en el hogar: es de solo lectura para esta cuenta (puede que pertenezca a otra cuenta de este ordenador). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Toward cannot write to {name} in {folder}: it is read-only for this account (it may belong to another account on this computer). Nothing was changed.</source>
        <translation>Toward no puede escribir en {name}, en {folder}: es de solo lectura para esta cuenta (puede que pertenezca a otra cuenta de este ordenador). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Toward cannot open part of the household&apos;s data.</source>
        <translation>Toward no puede abrir una parte de los datos del hogar.</translation>
    </message>
    <message>
        <source>Toward cannot open {name} in {folder}.</source>
        <translation>Toward no puede abrir {name}, en {folder}.</translation>
    </message>
    <message>
        <source>Part of the household&apos;s data is damaged and could not be read. Nothing was changed. Run `toward doctor` to see which file, and restore it from a backup.</source>
        <translation>Una parte de los datos del hogar está dañada y no se ha podido leer. No se ha cambiado nada. Ejecuta `toward doctor` para ver qué archivo es, y restáuralo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>A key slot names an unknown key-derivation method.</source>
        <translation>Un hueco de clave indica un método de derivación de claves desconocido.</translation>
    </message>
    <message>
        <source>A key slot&apos;s parameters are unreadable.</source>
        <translation>Los parámetros de un hueco de clave no se pueden leer.</translation>
    </message>
    <message>
        <source>A key slot is unreadable.</source>
        <translation>Un hueco de clave no se puede leer.</translation>
    </message>
    <message>
        <source>A key slot is missing a key.</source>
        <translation>A un hueco de clave le falta una clave.</translation>
    </message>
    <message>
        <source>A partner entry is unreadable.</source>
        <translation>Los datos de una persona no se pueden leer.</translation>
    </message>
    <message>
        <source>{name} has no password slot.</source>
        <translation>{name} no tiene hueco de contraseña.</translation>
    </message>
    <message>
        <source>The household file is damaged: it is far too large.</source>
        <translation>El archivo del hogar está dañado: es demasiado grande.</translation>
    </message>
    <message>
        <source>The household file is damaged.</source>
        <translation>El archivo del hogar está dañado.</translation>
    </message>
    <message>
        <source>No household in {folder}.</source>
        <translation>No hay ningún hogar en {folder}.</translation>
    </message>
    <message>
        <source>A wrapped key is unreadable.</source>
        <translation>Una clave protegida no se puede leer.</translation>
    </message>
    <message>
        <source>Toward is busy with this household: it is open in Toward, or another change is being made right now. Close Toward (or wait a moment), then try again. Nothing was changed.</source>
        <translation>Toward está ocupado con este hogar: está abierto en Toward, o se está haciendo otro cambio ahora mismo. Cierra Toward (o espera un momento) y vuelve a intentarlo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Toward is busy with this household ({folder}): it is open in Toward, or another change is being made right now. Close Toward (or wait a moment), then try again. Nothing was changed.</source>
        <translation>Toward está ocupado con este hogar ({folder}): está abierto en Toward, o se está haciendo otro cambio ahora mismo. Cierra Toward (o espera un momento) y vuelve a intentarlo. No se ha cambiado nada.</translation>
    </message>
</context>
</TS>
