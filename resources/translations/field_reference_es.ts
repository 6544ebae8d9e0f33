<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="+38"/>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the cursor in the search box</source>
        <translation>Poner el cursor en el cuadro de búsqueda</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Find in Entry…</source>
        <translation>Buscar en la &amp;ficha…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find words in the entry you are reading</source>
        <translation>Buscar palabras en la ficha que está leyendo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next match in the entry</source>
        <translation>Siguiente coincidencia en la ficha</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find &amp;Previous</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous match in the entry</source>
        <translation>Coincidencia anterior en la ficha</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy &amp;Citation</source>
        <translation>&amp;Copiar referencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the entry&apos;s title, catalogue version and date</source>
        <translation>Copiar el título de la ficha, la versión del catálogo y la fecha</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Bookmark This Entry</source>
        <translation>&amp;Marcar esta ficha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add or remove a bookmark on this entry</source>
        <translation>Añadir o quitar un marcador en esta ficha</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit My &amp;Note</source>
        <translation>Editar mi &amp;nota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the cursor in your private note on this entry</source>
        <translation>Poner el cursor en su nota privada sobre esta ficha</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search My Notes &amp;Too</source>
        <translation>Buscar &amp;también en mis notas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also find entries whose notes contain the search words</source>
        <translation>Encontrar también las fichas cuyas notas contienen las palabras buscadas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the previous entry</source>
        <translation>Volver a la ficha anterior</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go forward again</source>
        <translation>Ir a la ficha siguiente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Go to &amp;Tree</source>
        <translation>Ir al ár&amp;bol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the cursor to the tree</source>
        <translation>Mover el cursor al árbol</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go to &amp;Entry</source>
        <translation>Ir a la &amp;ficha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the cursor to the entry</source>
        <translation>Mover el cursor a la ficha</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Introduction</source>
        <translation>&amp;Introducción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the introduction to the fields of expertise</source>
        <translation>Mostrar la introducción a los ámbitos de especialización</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show &amp;Tree</source>
        <translation>Mostrar el ár&amp;bol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the tree</source>
        <translation>Mostrar u ocultar el árbol</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Group by &amp;Region</source>
        <translation>Agrupar por &amp;región</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tree: regions, then the fields working there</source>
        <translation>Árbol: regiones y luego los ámbitos activos en ellas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Group by &amp;Field</source>
        <translation>A&amp;grupar por ámbito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tree: fields, then their regions, initiatives and dialogues</source>
        <translation>Árbol: ámbitos y luego sus regiones, iniciativas y diálogos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Group &amp;A–Z</source>
        <translation>Agrupar de la &amp;A a la Z</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tree: all entries by first letter</source>
        <translation>Árbol: todas las fichas por su primera letra</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Group by &amp;Kind</source>
        <translation>Agrupar por &amp;tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tree: fields, initiatives, dialogues</source>
        <translation>Árbol: ámbitos, iniciativas, diálogos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom &amp;In</source>
        <translation>Ac&amp;ercar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reset &amp;Zoom</source>
        <translation>Restablecer &amp;zoom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default text size</source>
        <translation>Tamaño de texto predeterminado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Theme: &amp;System</source>
        <translation>Tema: &amp;sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the system light or dark scheme</source>
        <translation>Seguir el modo claro u oscuro del sistema</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Theme: &amp;Light</source>
        <translation>Tema: &amp;claro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always light</source>
        <translation>Siempre claro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Theme: &amp;Dark</source>
        <translation>Tema: &amp;oscuro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always dark</source>
        <translation>Siempre oscuro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Bookmarks Panel</source>
        <translation>Panel de &amp;marcadores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show your bookmarks and move the cursor there</source>
        <translation>Mostrar sus marcadores y mover el cursor allí</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;History Panel</source>
        <translation>Panel de &amp;historial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the entries you opened and move the cursor there</source>
        <translation>Mostrar las fichas que ha abierto y mover el cursor allí</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My &amp;Notes Panel</source>
        <translation>Panel de mis &amp;notas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All your notes, including notes on entries no longer in the catalogue</source>
        <translation>Todas sus notas, incluidas las de fichas que ya no están en el catálogo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Command Palette…</source>
        <translation>&amp;Paleta de comandos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run any command by typing its name</source>
        <translation>Ejecutar cualquier comando escribiendo su nombre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every command and its keys</source>
        <translation>Todos los comandos y sus teclas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About Field Reference</source>
        <translation>Acerca &amp;de Field Reference</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version and catalogue</source>
        <translation>Versión y catálogo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the entry, with a preview</source>
        <translation>Imprimir la ficha, con vista previa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export Briefing to PDF…</source>
        <translation>&amp;Exportar informe a PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compose a PDF briefing from search results, bookmarks, history or any entry</source>
        <translation>Preparar un informe en PDF a partir de resultados de búsqueda, marcadores, historial o cualquier ficha</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import &amp;Content Pack…</source>
        <translation>Importar &amp;paquete de contenido…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install signed catalogue updates from a .frpack file</source>
        <translation>Instalar actualizaciones firmadas del catálogo desde un archivo .frpack</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Notes and &amp;Bookmarks…</source>
        <translation>E&amp;xportar notas y marcadores…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save your notes and bookmarks to a file for a colleague or a new laptop</source>
        <translation>Guardar sus notas y marcadores en un archivo para un colega o un equipo nuevo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import Notes and Bookmarks…</source>
        <translation>I&amp;mportar notas y marcadores…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge notes and bookmarks from a handover file</source>
        <translation>Combinar notas y marcadores de un archivo de traspaso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close Field Reference</source>
        <translation>Cerrar Field Reference</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next &amp;Pane</source>
        <translation>&amp;Panel siguiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to the next pane: search box, results, entry, note, tree, open panels (Tab goes the same way)</source>
        <translation>Pasar al panel siguiente: cuadro de búsqueda, resultados, ficha, nota, árbol, paneles abiertos (Tab hace lo mismo)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pre&amp;vious Pane</source>
        <translation>Panel a&amp;nterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to the previous pane (Shift+Tab goes the same way)</source>
        <translation>Volver al panel anterior (Shift+Tab hace lo mismo)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reading Mode</source>
        <translation>Modo de lect&amp;ura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide the tree, results and note to read; press again to bring them back</source>
        <translation>Ocultar el árbol, los resultados y la nota para leer; presione de nuevo para volver a mostrarlos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show My &amp;Note Pane</source>
        <translation>Mostrar el panel &amp;de mi nota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide your note under the entry (remembered)</source>
        <translation>Mostrar u ocultar su nota debajo de la ficha (se recuerda)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow &amp;System</source>
        <translation>&amp;Seguir el sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The desktop&apos;s language if we have it, else English</source>
        <translation>El idioma del escritorio si está disponible; si no, inglés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the interface in this language (remembered)</source>
        <translation>Mostrar la interfaz en este idioma (se recuerda)</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <location filename="../../desktop_app/briefing/document.py" line="+123"/>
        <source>Field Reference · catalogue %1 · data as of %2</source>
        <translation>Field Reference · catálogo %1 · datos al %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%Ln entries</source>
        <translation>%Ln fichas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalogue %1</source>
        <translation>Catálogo %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data as of %1</source>
        <translation>Datos al %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prepared %1</source>
        <translation>Preparado el %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Regions: %1</source>
        <translation>Regiones: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Related: %1</source>
        <translation>Fichas relacionadas: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>My note</source>
        <translation>Mi nota</translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/print_preview.py" line="+37"/>
        <source>Print “%1”</source>
        <translation>Imprimir “%1”</translation>
    </message>
</context>
<context>
    <name>BriefingComposer</name>
    <message>
        <location filename="../../desktop_app/briefing/composer.py" line="+75"/>
        <source>Compose a Briefing</source>
        <translation>Preparar un informe</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+132"/>
        <location line="+76"/>
        <source>Briefing</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>Briefing title</source>
        <translation>Título del informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include my &amp;notes</source>
        <translation>Incluir mis &amp;notas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview of the briefing</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entries</source>
        <translation>Fichas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;In the briefing</source>
        <translation>&amp;En el informe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previe&amp;w</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type to filter · Enter or Space adds · Delete removes · Alt+Up/Alt+Down reorders · Ctrl+S saves</source>
        <translation>Escriba para filtrar · Entrar o Espacio añade · Supr quita · Alt+Up/Alt+Down reordena · Ctrl+S guarda</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Add entries from the list on the left: they appear here as printed.</source>
        <translation>Añada fichas desde la lista de la izquierda: aparecen aquí tal como se imprimirán.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>About %Ln page</source>
        <translation>
            <numerusform>Aprox. %Ln página</numerusform>
            <numerusform>Aprox. %Ln páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>About %Ln pages</source>
        <translation>
            <numerusform>Aprox. %Ln página</numerusform>
            <numerusform>Aprox. %Ln páginas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Add at least one entry first.</source>
        <translation>Añada primero al menos una ficha.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save Briefing</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>BriefingController</name>
    <message>
        <location filename="../../desktop_app/briefing/briefing_controller.py" line="+95"/>
        <source>Field Reference</source>
        <translation>Field Reference</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copied: %s</source>
        <translation>Copiado: %s</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>Briefing saved: %1 (%Ln page)</source>
        <translation>
            <numerusform>Informe guardado: %1 (%Ln página)</numerusform>
            <numerusform>Informe guardado: %1 (%Ln páginas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Briefing saved: %1 (%Ln pages)</source>
        <translation>
            <numerusform>Informe guardado: %1 (%Ln página)</numerusform>
            <numerusform>Informe guardado: %1 (%Ln páginas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChosenList</name>
    <message>
        <location filename="../../desktop_app/briefing/picker.py" line="+192"/>
        <source>Entries in the briefing</source>
        <translation>Fichas del informe</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../../desktop_app/commands/command_palette.py" line="+195"/>
        <source>Command palette</source>
        <translation>Paleta de comandos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a command…</source>
        <translation>Escriba un comando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type part of a command&apos;s name. Up and Down choose, Enter runs it, Escape closes.</source>
        <translation>Escriba parte del nombre de un comando. Las flechas arriba y abajo eligen, Entrar lo ejecuta, Esc cierra.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Matching commands</source>
        <translation>Comandos coincidentes</translation>
    </message>
</context>
<context>
    <name>CorrectionLine</name>
    <message>
        <location filename="../../desktop_app/search/correction_line.py" line="+49"/>
        <source>Search for the words exactly as typed (Alt+I)</source>
        <translation>Buscar las palabras tal como se escribieron (Alt+L)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Showing results for “%s” —</source>
        <translation>Resultados de “%s” —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>search &amp;instead for “%s”</source>
        <translation>buscar en su &amp;lugar “%s”</translation>
    </message>
</context>
<context>
    <name>EntryHtml</name>
    <message>
        <location filename="../../desktop_app/reading/entry_html.py" line="+35"/>
        <source>Introduction</source>
        <translation>Introducción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field of expertise</source>
        <translation>Ámbito de especialización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration dialogue</source>
        <translation>Diálogo sobre migración</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>★ Bookmarked</source>
        <translation>★ En marcadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✎ Your note</source>
        <translation>✎ Su nota</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The fields of expertise</source>
        <translation>Los ámbitos de especialización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Related fields</source>
        <translation>Ámbitos relacionados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Initiatives</source>
        <translation>Iniciativas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Migration dialogues</source>
        <translation>Diálogos sobre migración</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Part of</source>
        <translation>Forma parte de</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fields of expertise working here</source>
        <translation>Ámbitos de especialización activos aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initiatives and dialogues here</source>
        <translation>Iniciativas y diálogos aquí</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sub-regions</source>
        <translation>Subregiones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also in its sub-regions</source>
        <translation>También en sus subregiones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No entries name this region.</source>
        <translation>Ninguna ficha menciona esta región.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reading/labels_html.py" line="+93"/>
        <source>Also called</source>
        <translation>Otros nombres</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>In other languages</source>
        <translation>En otros idiomas</translation>
    </message>
</context>
<context>
    <name>EntryPicker</name>
    <message>
        <location filename="../../desktop_app/briefing/picker.py" line="-139"/>
        <source>Where entries come from</source>
        <translation>Origen de las fichas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type to filter</source>
        <translation>Escriba para filtrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter entries</source>
        <translation>Filtrar fichas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entries to add</source>
        <translation>Fichas para añadir</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>S&amp;earch results (%n)</source>
        <translation>
            <numerusform>Bú&amp;squeda (%n)</numerusform>
            <numerusform>Bú&amp;squeda (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&amp;Bookmarks (%n)</source>
        <translation>
            <numerusform>&amp;Marcadores (%n)</numerusform>
            <numerusform>&amp;Marcadores (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&amp;History (%n)</source>
        <translation>
            <numerusform>&amp;Historial (%n)</numerusform>
            <numerusform>&amp;Historial (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>A&amp;ll entries (%n)</source>
        <translation>
            <numerusform>To&amp;das (%n)</numerusform>
            <numerusform>To&amp;das (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Nothing here matches “%1”.</source>
        <translation>Nada aquí coincide con “%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No search on screen: search in the main window first.</source>
        <translation>No hay ninguna búsqueda en pantalla: busque primero en la ventana principal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No bookmarks yet: bookmark an entry and it is listed here.</source>
        <translation>Aún no hay marcadores: marque una ficha y aparecerá aquí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No history yet: the entries you read are listed here.</source>
        <translation>Aún no hay historial: las fichas que lea aparecen aquí.</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <location filename="../../desktop_app/reading/entry_view.py" line="+42"/>
        <source>Entry</source>
        <translation>Ficha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The entry you are reading; Page Down and Space scroll, Ctrl+Tab moves to its links, Esc goes back to the search box</source>
        <translation>La ficha que está leyendo; AvPág y Espacio desplazan, Ctrl+Tab pasa a sus enlaces, Esc vuelve al cuadro de búsqueda</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop_app/i18n/errors.py" line="+30"/>
        <source>That entry is not in this catalogue</source>
        <translation>Esa ficha no está en este catálogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That region is not in this catalogue</source>
        <translation>Esa región no está en este catálogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The content pack cannot be used</source>
        <translation>No se puede usar el paquete de contenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A catalogue source file is wrong</source>
        <translation>Un archivo fuente del catálogo es incorrecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalogue cannot be read</source>
        <translation>No se puede leer el catálogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your notes and bookmarks are unavailable</source>
        <translation>Sus notas y marcadores no están disponibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search is unavailable</source>
        <translation>La búsqueda no está disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app may not use this file</source>
        <translation>La aplicación no puede usar este archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is full</source>
        <translation>El disco está lleno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is read-only</source>
        <translation>El disco es de solo lectura</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Permission denied</source>
        <translation>Permiso denegado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file or folder does not exist</source>
        <translation>El archivo o la carpeta no existe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong; the details are in the log</source>
        <translation>Algo salió mal; los detalles están en el registro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window settings start from defaults and are not saved</source>
        <translation>La configuración de la ventana vuelve a los valores predeterminados y no se guarda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content packs were set aside</source>
        <translation>Se dejaron de lado paquetes de contenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search uses a temporary index for this session</source>
        <translation>La búsqueda usa un índice temporal en esta sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your notes and bookmarks</source>
        <translation>Sus notas y marcadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting with defaults</source>
        <translation>Inicio con los valores predeterminados</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop_app/reading/find_bar.py" line="+31"/>
        <location line="+1"/>
        <source>Find in entry</source>
        <translation>Buscar en la ficha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Not found</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{current} of {total}</source>
        <translation>{current} de {total}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n matches</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverController</name>
    <message>
        <location filename="../../desktop_app/userdata/handover_controller.py" line="+84"/>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exported %d items to %s</source>
        <translation>%d elementos exportados a %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Importing notes and bookmarks from %s…</source>
        <translation>Importando notas y marcadores desde %s…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import refused</source>
        <translation>Importación rechazada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported: %d new notes, %d merged (both versions kept), %d new bookmarks</source>
        <translation>Importado: %d notas nuevas, %d combinadas (se conservan ambas versiones), %d marcadores nuevos</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/mainwindow/main_window.py" line="+134"/>
        <source>Search index progress</source>
        <translation>Progreso del índice de búsqueda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening the catalogue…</source>
        <translation>Abriendo el catálogo…</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Preparing search: %s</source>
        <translation>Preparando la búsqueda: %s</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Catalogue %s · data as of %s</source>
        <translation>Catálogo %s · datos al %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Built %s · content %s</source>
        <translation>Generado el %s · contenido %s</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="+20"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <location filename="../../desktop_app/tree/tree_builders.py" line="+41"/>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initiatives and dialogues</source>
        <translation>Iniciativas y diálogos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related fields</source>
        <translation>Ámbitos relacionados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See also</source>
        <translation>Véase también</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fields of expertise</source>
        <translation>Ámbitos de especialización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initiatives</source>
        <translation>Iniciativas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration dialogues</source>
        <translation>Diálogos sobre migración</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Introduction</source>
        <translation>Introducción</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Field of expertise</source>
        <translation>Ámbito de especialización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration dialogue</source>
        <translation>Diálogo sobre migración</translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree/tree_model.py" line="+216"/>
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{label} ({own} · {count} with sub-regions)</source>
        <translation>{label} ({own} · {count} en total)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{label} ({count})</source>
        <translation>{label} ({count})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%n entry in {region} and its sub-regions</source>
        <translation>%n ficha en {region} y sus subregiones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n entries in {region} and its sub-regions</source>
        <translation>%n fichas en {region} y sus subregiones</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%n entry names {region} itself</source>
        <translation>%n ficha menciona directamente {region}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n entries name {region} itself</source>
        <translation>%n fichas mencionan directamente {region}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <location filename="../../desktop_app/userdata/notes_pane.py" line="+39"/>
        <source>Your private note on this entry (Ctrl+Shift+N). Saved automatically; never sent anywhere.</source>
        <translation>Su nota privada sobre esta ficha (Ctrl+Shift+N). Se guarda automáticamente; nunca se envía a ninguna parte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your note</source>
        <translation>Su nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A private note, saved as you type</source>
        <translation>Una nota privada que se guarda mientras escribe</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This note was also changed elsewhere: both versions are kept below.</source>
        <translation>Esta nota también se modificó en otro lugar: ambas versiones se conservan abajo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your notes are read-only (%s): shown, not saved.</source>
        <translation>Sus notas son de solo lectura (%s): se muestran, pero no se guardan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved: %s. Your text is kept; retrying…</source>
        <translation>No guardada: %s. Su texto se conserva; reintentando…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+31"/>
        <source>Note not saved</source>
        <translation>Nota no guardada</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Your note could not be saved: %s.

The text stays in the editor and saving is retried every few seconds.</source>
        <translation>No se pudo guardar su nota: %s.

El texto permanece en el editor y se reintenta guardarlo cada pocos segundos.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Note kept in a file</source>
        <translation>Nota conservada en un archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your note could not be saved (%s).

Its text was written to:
%s</source>
        <translation>No se pudo guardar su nota (%s).

Su texto se escribió en:
%s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your note could not be saved (%s), nor written to a recovery file (%s).

Keep the window open, copy the text somewhere safe or free some space, then close again.</source>
        <translation>No se pudo guardar su nota (%s) ni escribirla en un archivo de recuperación (%s).

Mantenga la ventana abierta, copie el texto en un lugar seguro o libere espacio y vuelva a cerrar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep Window Open</source>
        <translation>Mantener la ventana abierta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard Note and Close</source>
        <translation>Descartar la nota y cerrar</translation>
    </message>
</context>
<context>
    <name>PackImportDialog</name>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="+103"/>
        <source>Import Content Pack</source>
        <translation>Importar paquete de contenido</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A content pack updates the catalogue from a file on a USB stick or an e-mail. It is checked against the publisher&apos;s signature before anything in it is read.</source>
        <translation>Un paquete de contenido actualiza el catálogo a partir de un archivo recibido en una memoria USB o por correo electrónico. Se comprueba la firma del editor antes de leer nada de su contenido.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No pack chosen</source>
        <translation>Ningún paquete elegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content pack file</source>
        <translation>Archivo del paquete de contenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a content pack file</source>
        <translation>Elegir un archivo de paquete de contenido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import status</source>
        <translation>Estado de la importación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the content pack</source>
        <translation>Importar el paquete de contenido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the dialog</source>
        <translation>Cerrar el cuadro de diálogo</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose a content pack</source>
        <translation>Elegir un paquete de contenido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content packs (*.frpack);;All files (*)</source>
        <translation>Paquetes de contenido (*.frpack);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+42"/>
        <source>Checking the signature and contents…</source>
        <translation>Comprobando la firma y el contenido…</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Reading the entries…</source>
        <translation>Leyendo las fichas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Combining with installed content…</source>
        <translation>Combinando con el contenido instalado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the new catalogue…</source>
        <translation>Escribiendo el nuevo catálogo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building the search index…</source>
        <translation>Generando el índice de búsqueda…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switching to the new catalogue…</source>
        <translation>Cambiando al nuevo catálogo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verified. Importing will: %s.</source>
        <translation>Verificado. La importación va a: %s.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import failed: %s</source>
        <translation>Error en la importación: %s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refused: %s</source>
        <translation>Rechazado: %s</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>PackSummary</name>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="+35"/>
        <source>Pack details</source>
        <translation>Detalles del paquete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What changes</source>
        <translation>Qué cambia</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>sequence %d is installed</source>
        <translation>la secuencia %d está instalada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not installed yet</source>
        <translation>aún no instalado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>adds a collection</source>
        <translation>añade una colección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replaces the catalogue</source>
        <translation>reemplaza el catálogo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%s” (%s, sequence %d): %s; %s.</source>
        <translation>“%s” (%s, secuencia %d): %s; %s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by publisher key %s. Data as of %s.</source>
        <translation>Firmado con la clave del editor %s. Datos al %s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New catalogue version: %s</source>
        <translation>Nueva versión del catálogo: %s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>add %s, update %s and remove %s entries</source>
        <translation>añadir %s, actualizar %s y eliminar %s fichas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Installed “%s” (%s, sequence %d).</source>
        <translation>Paquete “%s” instalado (%s, secuencia %d).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added %s, updated %s, removed %s entries.</source>
        <translation>Fichas añadidas: %s; actualizadas: %s; eliminadas: %s.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Catalogue %s is now in use (took %.1f s).</source>
        <translation>El catálogo %s ya está en uso (tardó %.1f s).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To undo it, run &apos;fieldref pack rollback&apos;.</source>
        <translation>Para deshacerlo, ejecute &apos;fieldref pack rollback&apos;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was changed; the catalogue is as it was.</source>
        <translation>No se cambió nada; el catálogo sigue como estaba.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>added</source>
        <translation>añadidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>updated</source>
        <translation>actualizadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>eliminadas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%s … and %s more %s</source>
        <translation>%s … y %s fichas más %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No entries change.</source>
        <translation>No cambia ninguna ficha.</translation>
    </message>
</context>
<context>
    <name>PanelsController</name>
    <message>
        <location filename="../../desktop_app/userdata/panels_controller.py" line="+81"/>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My notes</source>
        <translation>Mis notas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No bookmarks yet — press {key} on an entry to keep it here.</source>
        <translation>Aún no hay marcadores: presione {key} en una ficha para guardarla aquí.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No history yet — the entries you open are listed here, newest first.</source>
        <translation>Aún no hay historial: las fichas que abra aparecen aquí, las más recientes primero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No notes yet — press {key} on an entry to write one.</source>
        <translation>Aún no hay notas: presione {key} en una ficha para escribir una.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%d of your notes belong to entries no longer in the catalogue; they are kept (View › My Notes Panel).</source>
        <translation>%d de sus notas pertenecen a fichas que ya no están en el catálogo; se conservan (Ver › Panel de mis notas).</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Bookmarked</source>
        <translation>Ficha marcada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bookmark removed</source>
        <translation>Marcador quitado</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+31"/>
        <location line="+19"/>
        <source>Bookmark not saved</source>
        <translation>Marcador no guardado</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Bookmark removed: {title}</source>
        <translation>Marcador quitado: {title}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bookmark restored</source>
        <translation>Marcador restaurado</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>entry no longer in the catalogue</source>
        <translation>ficha que ya no está en el catálogo</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../../desktop_app/boot/translations.py" line="+33"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>ReadingController</name>
    <message>
        <location filename="../../desktop_app/reading/reading_controller.py" line="+86"/>
        <source>Where you are</source>
        <translation>Su ubicación</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>That entry is not in this catalogue.</source>
        <translation>Esa ficha no está en este catálogo.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Zoom %d%%</source>
        <translation>Zoom %d%%</translation>
    </message>
</context>
<context>
    <name>RecentSearches</name>
    <message>
        <location filename="../../desktop_app/search/recent_searches.py" line="+38"/>
        <source>Recent searches</source>
        <translation>Búsquedas recientes</translation>
    </message>
</context>
<context>
    <name>ResultsList</name>
    <message>
        <location filename="../../desktop_app/search/results_view.py" line="+347"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entries matching the search; Up and Down move, Enter opens</source>
        <translation>Fichas que coinciden con la búsqueda; las flechas arriba y abajo mueven, Entrar abre</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location line="-228"/>
        <source> (bookmarked; has your note)</source>
        <translation> (con marcador; tiene su nota)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (bookmarked)</source>
        <translation> (con marcador)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (has your note)</source>
        <translation> (tiene su nota)</translation>
    </message>
</context>
<context>
    <name>SavedBar</name>
    <message>
        <location filename="../../desktop_app/briefing/saving.py" line="+81"/>
        <source>&amp;Open</source>
        <translation>Abr&amp;ir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in &amp;Folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Saved “%1” · %Ln page</source>
        <translation>
            <numerusform>“%1” guardado · %Ln página</numerusform>
            <numerusform>“%1” guardado · %Ln páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Saved “%1” · %Ln pages</source>
        <translation>
            <numerusform>“%1” guardado · %Ln página</numerusform>
            <numerusform>“%1” guardado · %Ln páginas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../../desktop_app/search/search_controller.py" line="+77"/>
        <source>Search fields, programmes, dialogues, regions…  (Ctrl+K)</source>
        <translation>Buscar ámbitos, programas, diálogos, regiones…  (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type to search; Up and Down choose a result, Enter opens it, Esc clears</source>
        <translation>Escriba para buscar; las flechas arriba y abajo eligen un resultado, Entrar lo abre, Esc borra</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Search is getting ready…</source>
        <translation>Preparando la búsqueda…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Search failed</source>
        <translation>Error en la búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search failed: %s</source>
        <translation>Error en la búsqueda: %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Searched in %.1f ms</source>
        <translation>Búsqueda realizada en %.1f ms</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No entry names “%s”. The region that contains it:</source>
        <translation>Ninguna ficha menciona “%s”. La región que lo incluye:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No entry names “%s”.</source>
        <translation>Ninguna ficha menciona “%s”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No entries match “{query}” · 1 of your notes does</source>
        <translation>Ninguna ficha coincide con “{query}” · 1 de sus notas sí coincide</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>No entries match “{query}” · %n of your notes do</source>
        <translation>
            <numerusform>Ninguna ficha coincide con “{query}” · %n de sus notas sí coincide</numerusform>
            <numerusform>Ninguna ficha coincide con “{query}” · %n de sus notas sí coinciden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No entries match “%s”. Try fewer or other words.</source>
        <translation>Ninguna ficha coincide con “%s”. Pruebe con menos palabras o con otras.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No results</source>
        <translation>Sin resultados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 result</source>
        <translation>1 resultado</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n results</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 of your notes</source>
        <translation>1 de sus notas</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n of your notes</source>
        <translation>
            <numerusform>%n de sus notas</numerusform>
            <numerusform>%n de sus notas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 introduction</source>
        <translation>1 introducción</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n introductions</source>
        <translation>
            <numerusform>%n introducción</numerusform>
            <numerusform>%n introducciones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 field</source>
        <translation>1 ámbito</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n fields</source>
        <translation>
            <numerusform>%n ámbito</numerusform>
            <numerusform>%n ámbitos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 initiative</source>
        <translation>1 iniciativa</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n initiatives</source>
        <translation>
            <numerusform>%n iniciativa</numerusform>
            <numerusform>%n iniciativas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 dialogue</source>
        <translation>1 diálogo</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n dialogues</source>
        <translation>
            <numerusform>%n diálogo</numerusform>
            <numerusform>%n diálogos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../desktop_app/commands/shortcut_sheet.py" line="+147"/>
        <location line="+1"/>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter by command or key…</source>
        <translation>Filtrar por comando o tecla…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter shortcuts</source>
        <translation>Filtrar atajos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type part of a command&apos;s name or a key; Down moves to the table.</source>
        <translation>Escriba parte del nombre de un comando o una tecla; la flecha abajo pasa a la tabla.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Commands and their keys</source>
        <translation>Comandos y sus teclas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>To change a shortcut, edit {path} and restart Field Reference. For example:</source>
        <translation>Para cambiar un atajo, edite {path} y reinicie Field Reference. Por ejemplo:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where to change shortcuts</source>
        <translation>Dónde cambiar los atajos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Example shortcuts file</source>
        <translation>Ejemplo de archivo de atajos</translation>
    </message>
</context>
<context>
    <name>ShortcutTableModel</name>
    <message>
        <location line="-97"/>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no shortcut</source>
        <translation>sin atajo</translation>
    </message>
</context>
<context>
    <name>StartupController</name>
    <message>
        <location filename="../../desktop_app/boot/startup_controller.py" line="+165"/>
        <source>Catalogue %s is now open.</source>
        <translation>El catálogo %s ya está abierto.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Content pack</source>
        <translation>Paquete de contenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new catalogue could not be opened: %s</source>
        <translation>No se pudo abrir el nuevo catálogo: %s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Field Reference cannot start</source>
        <translation>Field Reference no puede iniciarse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalogue could not be opened:

%s

%s</source>
        <translation>No se pudo abrir el catálogo:

%s

%s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="+62"/>
        <source>From a source checkout run &apos;make build&apos;; an installed copy should be reinstalled.</source>
        <translation>Desde una copia del código fuente, ejecute &apos;make build&apos;; una copia instalada debe reinstalarse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reinstall Field Reference, or rebuild the catalogue with &apos;fieldref build&apos;.</source>
        <translation>Reinstale Field Reference o vuelva a generar el catálogo con &apos;fieldref build&apos;.</translation>
    </message>
</context>
<context>
    <name>TreeController</name>
    <message>
        <location filename="../../desktop_app/tree/tree_controller.py" line="+93"/>
        <source>Catalogue tree</source>
        <translation>Árbol del catálogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions, fields and programmes; Enter opens</source>
        <translation>Regiones, ámbitos y programas; Entrar abre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group the tree</source>
        <translation>Agrupar el árbol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By region</source>
        <translation>Por región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By field</source>
        <translation>Por ámbito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A–Z</source>
        <translation>De la A a la Z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By kind</source>
        <translation>Por tipo</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Could not build the tree: %s</source>
        <translation>No se pudo generar el árbol: %s</translation>
    </message>
</context>
<context>
    <name>UserLayer</name>
    <message>
        <location filename="../../desktop_app/userdata/user_layer.py" line="+102"/>
        <source>Note not saved: %s</source>
        <translation>Nota no guardada: %s</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your notes</source>
        <translation>Sus notas</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Export notes and bookmarks</source>
        <translation>Exportar notas y marcadores</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>Handover files (*.json)</source>
        <translation>Archivos de traspaso (*.json)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Import notes and bookmarks</source>
        <translation>Importar notas y marcadores</translation>
    </message>
</context>
<context>
    <name>WindowState</name>
    <message>
        <location filename="../../desktop_app/mainwindow/window_state.py" line="+116"/>
        <source>About Field Reference</source>
        <translation>Acerca de Field Reference</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Field Reference %s</source>
        <translation>Field Reference %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Content: “{title}”, from the text in which ICMPD (the International Centre for Migration Policy Development) describes its fields of expertise, arranged here by field, region, initiative and dialogue.</source>
        <translation>Contenido: “{title}”, a partir del texto en el que el ICMPD (Centro Internacional para el Desarrollo de Políticas Migratorias) describe sus ámbitos de especialización, organizado aquí por ámbito, región, iniciativa y diálogo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data as of {date} (catalogue {version}).</source>
        <translation>Datos al {date} (catálogo {version}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Content hash %s</source>
        <translation>Huella del contenido %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Installed content packs:</source>
        <translation>Paquetes de contenido instalados:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No content packs installed (shipped catalogue).</source>
        <translation>No hay paquetes de contenido instalados (catálogo original).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(data as of %s)</source>
        <translation>(datos al %s)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its publisher key is no longer trusted: the next import leaves it out.</source>
        <translation>La clave de su editor ya no es de confianza: la próxima importación omitirá este paquete.</translation>
    </message>
</context>
</TS>
