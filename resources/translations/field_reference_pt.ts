<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="+38"/>
        <source>&amp;Search</source>
        <translation>&amp;Pesquisar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the cursor in the search box</source>
        <translation>Colocar o cursor na caixa de pesquisa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Find in Entry…</source>
        <translation>Procurar na &amp;ficha…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find words in the entry you are reading</source>
        <translation>Procurar palavras na ficha aberta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find &amp;Next</source>
        <translation>Procurar &amp;seguinte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next match in the entry</source>
        <translation>Ocorrência seguinte na ficha</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find &amp;Previous</source>
        <translation>Procurar &amp;anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous match in the entry</source>
        <translation>Ocorrência anterior na ficha</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy &amp;Citation</source>
        <translation>&amp;Copiar referência</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the entry&apos;s title, catalogue version and date</source>
        <translation>Copiar o título da ficha, a versão do catálogo e a data</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Bookmark This Entry</source>
        <translation>&amp;Marcar esta ficha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add or remove a bookmark on this entry</source>
        <translation>Adicionar ou remover um marcador nesta ficha</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit My &amp;Note</source>
        <translation>Editar a minha &amp;nota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the cursor in your private note on this entry</source>
        <translation>Colocar o cursor na sua nota privada sobre esta ficha</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search My Notes &amp;Too</source>
        <translation>Pesquisar &amp;também nas minhas notas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also find entries whose notes contain the search words</source>
        <translation>Encontrar também as fichas cujas notas contêm as palavras pesquisadas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Back</source>
        <translation>&amp;Retroceder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the previous entry</source>
        <translation>Voltar à ficha anterior</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Forward</source>
        <translation>&amp;Avançar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go forward again</source>
        <translation>Ir para a ficha seguinte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Go to &amp;Tree</source>
        <translation>Ir para a ár&amp;vore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the cursor to the tree</source>
        <translation>Mover o cursor para a árvore</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go to &amp;Entry</source>
        <translation>Ir para a &amp;ficha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the cursor to the entry</source>
        <translation>Mover o cursor para a ficha</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Introduction</source>
        <translation>&amp;Introdução</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the introduction to the fields of expertise</source>
        <translation>Mostrar a introdução às áreas de especialização</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show &amp;Tree</source>
        <translation>Mostrar a ár&amp;vore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the tree</source>
        <translation>Mostrar ou ocultar a árvore</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Group by &amp;Region</source>
        <translation>Agrupar por &amp;região</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tree: regions, then the fields working there</source>
        <translation>Árvore: regiões e depois as áreas ativas em cada uma</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Group by &amp;Field</source>
        <translation>Agrupar por ár&amp;ea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tree: fields, then their regions, initiatives and dialogues</source>
        <translation>Árvore: áreas e depois as suas regiões, iniciativas e diálogos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Group &amp;A–Z</source>
        <translation>Agrupar de &amp;A a Z</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tree: all entries by first letter</source>
        <translation>Árvore: todas as fichas pela primeira letra</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Group by &amp;Kind</source>
        <translation>Agrupar por &amp;tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tree: fields, initiatives, dialogues</source>
        <translation>Árvore: áreas, iniciativas, diálogos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom &amp;In</source>
        <translation>Am&amp;pliar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Larger text</source>
        <translation>Texto maior</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom &amp;Out</source>
        <translation>Re&amp;duzir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smaller text</source>
        <translation>Texto menor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reset &amp;Zoom</source>
        <translation>Repor o &amp;zoom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default text size</source>
        <translation>Tamanho de texto predefinido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Theme: &amp;System</source>
        <translation>Tema: &amp;sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the system light or dark scheme</source>
        <translation>Seguir o modo claro ou escuro do sistema</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Theme: &amp;Light</source>
        <translation>Tema: &amp;claro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always light</source>
        <translation>Sempre claro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Theme: &amp;Dark</source>
        <translation>Tema: escur&amp;o</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always dark</source>
        <translation>Sempre escuro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Bookmarks Panel</source>
        <translation>Painel de &amp;marcadores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show your bookmarks and move the cursor there</source>
        <translation>Mostrar os seus marcadores e mover o cursor para lá</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;History Panel</source>
        <translation>Painel do &amp;histórico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the entries you opened and move the cursor there</source>
        <translation>Mostrar as fichas que abriu e mover o cursor para lá</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My &amp;Notes Panel</source>
        <translation>Painel das minhas &amp;notas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All your notes, including notes on entries no longer in the catalogue</source>
        <translation>Todas as suas notas, incluindo as de fichas que já não estão no catálogo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Command Palette…</source>
        <translation>Pa&amp;leta de comandos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run any command by typing its name</source>
        <translation>Executar qualquer comando escrevendo o seu nome</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every command and its keys</source>
        <translation>Todos os comandos e as respetivas teclas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About Field Reference</source>
        <translation>A&amp;cerca do Field Reference</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version and catalogue</source>
        <translation>Versão e catálogo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the entry, with a preview</source>
        <translation>Imprimir a ficha, com pré-visualização</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export Briefing to PDF…</source>
        <translation>&amp;Exportar dossiê em PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compose a PDF briefing from search results, bookmarks, history or any entry</source>
        <translation>Compor um dossiê em PDF a partir de resultados de pesquisa, marcadores, histórico ou qualquer ficha</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import &amp;Content Pack…</source>
        <translation>Importar &amp;pacote de conteúdo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install signed catalogue updates from a .frpack file</source>
        <translation>Instalar atualizações assinadas do catálogo a partir de um ficheiro .frpack</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Notes and &amp;Bookmarks…</source>
        <translation>E&amp;xportar notas e marcadores…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save your notes and bookmarks to a file for a colleague or a new laptop</source>
        <translation>Guardar as suas notas e marcadores num ficheiro para um colega ou um novo computador</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import Notes and Bookmarks…</source>
        <translation>I&amp;mportar notas e marcadores…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge notes and bookmarks from a handover file</source>
        <translation>Combinar notas e marcadores de um ficheiro de transferência</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close Field Reference</source>
        <translation>Fechar o Field Reference</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next &amp;Pane</source>
        <translation>&amp;Painel seguinte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to the next pane: search box, results, entry, note, tree, open panels (Tab goes the same way)</source>
        <translation>Passar ao painel seguinte: caixa de pesquisa, resultados, ficha, nota, árvore, painéis abertos (Tab faz o mesmo)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pre&amp;vious Pane</source>
        <translation>Painel a&amp;nterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to the previous pane (Shift+Tab goes the same way)</source>
        <translation>Voltar ao painel anterior (Shift+Tab faz o mesmo)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reading Mode</source>
        <translation>Modo de leit&amp;ura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide the tree, results and note to read; press again to bring them back</source>
        <translation>Ocultar a árvore, os resultados e a nota para ler; pressione de novo para voltar a mostrá-los</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show My &amp;Note Pane</source>
        <translation>Mostrar a nota por &amp;baixo da ficha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide your note under the entry (remembered)</source>
        <translation>Mostrar ou ocultar a sua nota por baixo da ficha (fica memorizado)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow &amp;System</source>
        <translation>&amp;Seguir o sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The desktop&apos;s language if we have it, else English</source>
        <translation>O idioma do ambiente de trabalho, se estiver disponível; caso contrário, inglês</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the interface in this language (remembered)</source>
        <translation>Mostrar a interface neste idioma (fica memorizado)</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <location filename="../../desktop_app/briefing/document.py" line="+123"/>
        <source>Field Reference · catalogue %1 · data as of %2</source>
        <translation>Field Reference · catálogo %1 · dados de %2</translation>
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
        <translation>Dados de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prepared %1</source>
        <translation>Preparado em %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Regions: %1</source>
        <translation>Regiões: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Related: %1</source>
        <translation>Fichas relacionadas: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>My note</source>
        <translation>A minha nota</translation>
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
        <translation>Compor um dossiê</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+132"/>
        <location line="+76"/>
        <source>Briefing</source>
        <translation>Dossiê</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>Briefing title</source>
        <translation>Título do dossiê</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include my &amp;notes</source>
        <translation>Incluir as minhas &amp;notas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview of the briefing</source>
        <translation>Pré-visualização do dossiê</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Up</source>
        <translation>Mover para &amp;cima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Down</source>
        <translation>Mover para &amp;baixo</translation>
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
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entries</source>
        <translation>Fichas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;In the briefing</source>
        <translation>N&amp;o dossiê</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previe&amp;w</source>
        <translation>Pré-&amp;visualização</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type to filter · Enter or Space adds · Delete removes · Alt+Up/Alt+Down reorders · Ctrl+S saves</source>
        <translation>Escreva para filtrar · Enter ou Espaço adiciona · Delete remove · Alt+Up/Alt+Down reordena · Ctrl+S guarda</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Add entries from the list on the left: they appear here as printed.</source>
        <translation>Adicione fichas a partir da lista à esquerda: aparecem aqui tal como serão impressas.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>About %Ln page</source>
        <translation>
            <numerusform>Cerca de %Ln página</numerusform>
            <numerusform>Cerca de %Ln páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>About %Ln pages</source>
        <translation>
            <numerusform>Cerca de %Ln página</numerusform>
            <numerusform>Cerca de %Ln páginas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Add at least one entry first.</source>
        <translation>Adicione primeiro pelo menos uma ficha.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save Briefing</source>
        <translation>Guardar dossiê</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Ficheiros PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Saving…</source>
        <translation>Gravação em curso…</translation>
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
            <numerusform>Dossiê guardado: %1 (%Ln página)</numerusform>
            <numerusform>Dossiê guardado: %1 (%Ln páginas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Briefing saved: %1 (%Ln pages)</source>
        <translation>
            <numerusform>Dossiê guardado: %1 (%Ln página)</numerusform>
            <numerusform>Dossiê guardado: %1 (%Ln páginas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChosenList</name>
    <message>
        <location filename="../../desktop_app/briefing/picker.py" line="+192"/>
        <source>Entries in the briefing</source>
        <translation>Fichas do dossiê</translation>
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
        <translation>Escreva um comando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type part of a command&apos;s name. Up and Down choose, Enter runs it, Escape closes.</source>
        <translation>Escreva parte do nome de um comando. As setas para cima e para baixo escolhem, Enter executa-o, Esc fecha.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Matching commands</source>
        <translation>Comandos correspondentes</translation>
    </message>
</context>
<context>
    <name>CorrectionLine</name>
    <message>
        <location filename="../../desktop_app/search/correction_line.py" line="+49"/>
        <source>Search for the words exactly as typed (Alt+I)</source>
        <translation>Pesquisar as palavras exatamente como foram escritas (Alt+P)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Showing results for “%s” —</source>
        <translation>Resultados para “%s” —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>search &amp;instead for “%s”</source>
        <translation>em vez disso, &amp;pesquisar “%s”</translation>
    </message>
</context>
<context>
    <name>EntryHtml</name>
    <message>
        <location filename="../../desktop_app/reading/entry_html.py" line="+35"/>
        <source>Introduction</source>
        <translation>Introdução</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field of expertise</source>
        <translation>Área de especialização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration dialogue</source>
        <translation>Diálogo sobre migração</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Regions</source>
        <translation>Regiões</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>★ Bookmarked</source>
        <translation>★ Nos marcadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✎ Your note</source>
        <translation>✎ A sua nota</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The fields of expertise</source>
        <translation>As áreas de especialização</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Related fields</source>
        <translation>Áreas relacionadas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Initiatives</source>
        <translation>Iniciativas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Migration dialogues</source>
        <translation>Diálogos sobre migração</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Part of</source>
        <translation>Faz parte de</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fields of expertise working here</source>
        <translation>Áreas de especialização ativas aqui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initiatives and dialogues here</source>
        <translation>Iniciativas e diálogos aqui</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sub-regions</source>
        <translation>Sub-regiões</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also in its sub-regions</source>
        <translation>Também nas suas sub-regiões</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No entries name this region.</source>
        <translation>Nenhuma ficha menciona esta região.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reading/labels_html.py" line="+93"/>
        <source>Also called</source>
        <translation>Outros nomes</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>In other languages</source>
        <translation>Noutras línguas</translation>
    </message>
</context>
<context>
    <name>EntryPicker</name>
    <message>
        <location filename="../../desktop_app/briefing/picker.py" line="-139"/>
        <source>Where entries come from</source>
        <translation>Origem das fichas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type to filter</source>
        <translation>Escreva para filtrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter entries</source>
        <translation>Filtrar fichas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entries to add</source>
        <translation>Fichas a adicionar</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>S&amp;earch results (%n)</source>
        <translation>
            <numerusform>Pes&amp;quisa (%n)</numerusform>
            <numerusform>Pes&amp;quisa (%n)</numerusform>
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
            <numerusform>&amp;Histórico (%n)</numerusform>
            <numerusform>&amp;Histórico (%n)</numerusform>
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
        <translation>Nada aqui corresponde a “%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No search on screen: search in the main window first.</source>
        <translation>Nenhuma pesquisa em curso: pesquise primeiro na janela principal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No bookmarks yet: bookmark an entry and it is listed here.</source>
        <translation>Ainda sem marcadores: marque uma ficha e ela aparece aqui.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No history yet: the entries you read are listed here.</source>
        <translation>Ainda sem histórico: as fichas que ler aparecem aqui.</translation>
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
        <translation>A ficha aberta; Page Down e Espaço deslocam o texto, Ctrl+Tab passa às ligações, Esc volta à caixa de pesquisa</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop_app/i18n/errors.py" line="+30"/>
        <source>That entry is not in this catalogue</source>
        <translation>Essa ficha não está neste catálogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That region is not in this catalogue</source>
        <translation>Essa região não está neste catálogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The content pack cannot be used</source>
        <translation>Não é possível usar o pacote de conteúdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A catalogue source file is wrong</source>
        <translation>Um ficheiro de origem do catálogo está incorreto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalogue cannot be read</source>
        <translation>Não é possível ler o catálogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your notes and bookmarks are unavailable</source>
        <translation>As suas notas e marcadores não estão disponíveis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search is unavailable</source>
        <translation>A pesquisa não está disponível</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app may not use this file</source>
        <translation>A aplicação não pode usar este ficheiro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is full</source>
        <translation>O disco está cheio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is read-only</source>
        <translation>O disco é só de leitura</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Permission denied</source>
        <translation>Permissão negada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file or folder does not exist</source>
        <translation>O ficheiro ou a pasta não existe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong; the details are in the log</source>
        <translation>Ocorreu um erro; os detalhes estão no registo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window settings start from defaults and are not saved</source>
        <translation>As definições da janela voltam aos valores predefinidos e não são guardadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content packs were set aside</source>
        <translation>Alguns pacotes de conteúdo foram deixados de lado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search uses a temporary index for this session</source>
        <translation>A pesquisa usa um índice temporário nesta sessão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your notes and bookmarks</source>
        <translation>As suas notas e marcadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting with defaults</source>
        <translation>Início com os valores predefinidos</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop_app/reading/find_bar.py" line="+31"/>
        <location line="+1"/>
        <source>Find in entry</source>
        <translation>Procurar na ficha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous match</source>
        <translation>Ocorrência anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next match</source>
        <translation>Ocorrência seguinte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close find bar</source>
        <translation>Fechar a barra de procura</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Not found</source>
        <translation>Sem ocorrências</translation>
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
            <numerusform>%n ocorrência</numerusform>
            <numerusform>%n ocorrências</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverController</name>
    <message>
        <location filename="../../desktop_app/userdata/handover_controller.py" line="+84"/>
        <source>Import progress</source>
        <translation>Progresso da importação</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exported %d items to %s</source>
        <translation>%d itens exportados para %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Importing notes and bookmarks from %s…</source>
        <translation>Importação de notas e marcadores de %s…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import refused</source>
        <translation>Importação recusada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported: %d new notes, %d merged (both versions kept), %d new bookmarks</source>
        <translation>Importado: %d notas novas, %d combinadas (ambas as versões mantidas), %d marcadores novos</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/mainwindow/main_window.py" line="+134"/>
        <source>Search index progress</source>
        <translation>Progresso do índice de pesquisa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening the catalogue…</source>
        <translation>Abertura do catálogo em curso…</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Preparing search: %s</source>
        <translation>Preparação da pesquisa: %s</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Catalogue %s · data as of %s</source>
        <translation>Catálogo %s · dados de %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Built %s · content %s</source>
        <translation>Gerado em %s · conteúdo %s</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="+20"/>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
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
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Navigation</source>
        <translation>Navegação</translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <location filename="../../desktop_app/tree/tree_builders.py" line="+41"/>
        <source>Regions</source>
        <translation>Regiões</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initiatives and dialogues</source>
        <translation>Iniciativas e diálogos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related fields</source>
        <translation>Áreas relacionadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See also</source>
        <translation>Ver também</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fields of expertise</source>
        <translation>Áreas de especialização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initiatives</source>
        <translation>Iniciativas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration dialogues</source>
        <translation>Diálogos sobre migração</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Introduction</source>
        <translation>Introdução</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Field of expertise</source>
        <translation>Área de especialização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration dialogue</source>
        <translation>Diálogo sobre migração</translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree/tree_model.py" line="+216"/>
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{label} ({own} · {count} with sub-regions)</source>
        <translation>{label} ({own} · {count} no total)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{label} ({count})</source>
        <translation>{label} ({count})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%n entry in {region} and its sub-regions</source>
        <translation>%n ficha em {region} e nas suas sub-regiões</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n entries in {region} and its sub-regions</source>
        <translation>%n fichas em {region} e nas suas sub-regiões</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%n entry names {region} itself</source>
        <translation>%n ficha menciona diretamente {region}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n entries name {region} itself</source>
        <translation>%n fichas mencionam diretamente {region}</translation>
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
        <translation>A sua nota privada sobre esta ficha (Ctrl+Shift+N). Guardada automaticamente; nunca é enviada para lado nenhum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your note</source>
        <translation>A sua nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A private note, saved as you type</source>
        <translation>Uma nota privada, guardada à medida que escreve</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Editing…</source>
        <translation>Em edição…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This note was also changed elsewhere: both versions are kept below.</source>
        <translation>Esta nota também foi alterada noutro local: ambas as versões são mantidas abaixo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your notes are read-only (%s): shown, not saved.</source>
        <translation>As suas notas são só de leitura (%s): mostradas, não guardadas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved: %s. Your text is kept; retrying…</source>
        <translation>Não guardada: %s. O seu texto é mantido; nova tentativa em curso…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+31"/>
        <source>Note not saved</source>
        <translation>Nota não guardada</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Your note could not be saved: %s.

The text stays in the editor and saving is retried every few seconds.</source>
        <translation>Não foi possível guardar a sua nota: %s.

O texto fica no editor e a gravação é tentada de novo a cada poucos segundos.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Note kept in a file</source>
        <translation>Nota mantida num ficheiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your note could not be saved (%s).

Its text was written to:
%s</source>
        <translation>Não foi possível guardar a sua nota (%s).

O texto foi escrito em:
%s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your note could not be saved (%s), nor written to a recovery file (%s).

Keep the window open, copy the text somewhere safe or free some space, then close again.</source>
        <translation>Não foi possível guardar a sua nota (%s), nem escrevê-la num ficheiro de recuperação (%s).

Mantenha a janela aberta, copie o texto para um local seguro ou liberte espaço e depois feche de novo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep Window Open</source>
        <translation>Manter a janela aberta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard Note and Close</source>
        <translation>Descartar a nota e fechar</translation>
    </message>
</context>
<context>
    <name>PackImportDialog</name>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="+103"/>
        <source>Import Content Pack</source>
        <translation>Importar pacote de conteúdo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A content pack updates the catalogue from a file on a USB stick or an e-mail. It is checked against the publisher&apos;s signature before anything in it is read.</source>
        <translation>Um pacote de conteúdo atualiza o catálogo a partir de um ficheiro recebido numa unidade USB ou por email. A assinatura do editor é verificada antes de qualquer parte do conteúdo ser lida.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No pack chosen</source>
        <translation>Nenhum pacote escolhido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content pack file</source>
        <translation>Ficheiro do pacote de conteúdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Escolher…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a content pack file</source>
        <translation>Escolher um ficheiro de pacote de conteúdo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import status</source>
        <translation>Estado da importação</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import progress</source>
        <translation>Progresso da importação</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the content pack</source>
        <translation>Importar o pacote de conteúdo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the dialog</source>
        <translation>Fechar a caixa de diálogo</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose a content pack</source>
        <translation>Escolher um pacote de conteúdo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content packs (*.frpack);;All files (*)</source>
        <translation>Pacotes de conteúdo (*.frpack);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+42"/>
        <source>Checking the signature and contents…</source>
        <translation>Verificação da assinatura e do conteúdo…</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Importing…</source>
        <translation>Importação em curso…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Reading the entries…</source>
        <translation>Leitura das fichas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Combining with installed content…</source>
        <translation>Combinação com o conteúdo instalado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the new catalogue…</source>
        <translation>Escrita do novo catálogo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building the search index…</source>
        <translation>Criação do índice de pesquisa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switching to the new catalogue…</source>
        <translation>Mudança para o novo catálogo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done.</source>
        <translation>Concluído.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verified. Importing will: %s.</source>
        <translation>Verificado. A importação vai: %s.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What changed</source>
        <translation>O que mudou</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import failed: %s</source>
        <translation>Falha na importação: %s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refused: %s</source>
        <translation>Recusado: %s</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Close</source>
        <translation>Fechar</translation>
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
        <translation>Detalhes do pacote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What changes</source>
        <translation>O que muda</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>sequence %d is installed</source>
        <translation>a sequência %d está instalada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not installed yet</source>
        <translation>ainda não instalado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>adds a collection</source>
        <translation>acrescenta uma coleção</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replaces the catalogue</source>
        <translation>substitui o catálogo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%s” (%s, sequence %d): %s; %s.</source>
        <translation>“%s” (%s, sequência %d): %s; %s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by publisher key %s. Data as of %s.</source>
        <translation>Assinado com a chave do editor %s. Dados de %s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New catalogue version: %s</source>
        <translation>Nova versão do catálogo: %s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>add %s, update %s and remove %s entries</source>
        <translation>adicionar %s, atualizar %s e remover %s fichas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Installed “%s” (%s, sequence %d).</source>
        <translation>Pacote “%s” instalado (%s, sequência %d).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added %s, updated %s, removed %s entries.</source>
        <translation>Fichas adicionadas: %s; atualizadas: %s; removidas: %s.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Catalogue %s is now in use (took %.1f s).</source>
        <translation>O catálogo %s está agora em uso (demorou %.1f s).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To undo it, run &apos;fieldref pack rollback&apos;.</source>
        <translation>Para anular, execute &apos;fieldref pack rollback&apos;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was changed; the catalogue is as it was.</source>
        <translation>Nada foi alterado; o catálogo continua como estava.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>added</source>
        <translation>adicionadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>updated</source>
        <translation>atualizadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>removidas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%s … and %s more %s</source>
        <translation>%s … e mais %s fichas %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No entries change.</source>
        <translation>Nenhuma ficha muda.</translation>
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
        <translation>Histórico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My notes</source>
        <translation>As minhas notas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No bookmarks yet — press {key} on an entry to keep it here.</source>
        <translation>Ainda sem marcadores — pressione {key} numa ficha para a guardar aqui.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No history yet — the entries you open are listed here, newest first.</source>
        <translation>Ainda sem histórico — as fichas que abrir aparecem aqui, as mais recentes primeiro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No notes yet — press {key} on an entry to write one.</source>
        <translation>Ainda sem notas — pressione {key} numa ficha para escrever uma.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%d of your notes belong to entries no longer in the catalogue; they are kept (View › My Notes Panel).</source>
        <translation>%d das suas notas pertencem a fichas que já não estão no catálogo; são mantidas (Ver › Painel das minhas notas).</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Bookmarked</source>
        <translation>Ficha marcada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bookmark removed</source>
        <translation>Marcador removido</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+31"/>
        <location line="+19"/>
        <source>Bookmark not saved</source>
        <translation>Marcador não guardado</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Bookmark removed: {title}</source>
        <translation>Marcador removido: {title}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bookmark restored</source>
        <translation>Marcador reposto</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>entry no longer in the catalogue</source>
        <translation>ficha que já não está no catálogo</translation>
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
        <translation>A sua localização</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>That entry is not in this catalogue.</source>
        <translation>Essa ficha não está neste catálogo.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Regions</source>
        <translation>Regiões</translation>
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
        <translation>Pesquisas recentes</translation>
    </message>
</context>
<context>
    <name>ResultsList</name>
    <message>
        <location filename="../../desktop_app/search/results_view.py" line="+347"/>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entries matching the search; Up and Down move, Enter opens</source>
        <translation>Fichas que correspondem à pesquisa; as setas para cima e para baixo movem, Enter abre</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location line="-228"/>
        <source> (bookmarked; has your note)</source>
        <translation> (com marcador; tem a sua nota)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (bookmarked)</source>
        <translation> (com marcador)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (has your note)</source>
        <translation> (tem a sua nota)</translation>
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
        <translation>Mo&amp;strar na pasta</translation>
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
        <translation>Pesquisar áreas, programas, diálogos, regiões…  (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type to search; Up and Down choose a result, Enter opens it, Esc clears</source>
        <translation>Escreva para pesquisar; as setas para cima e para baixo escolhem um resultado, Enter abre-o, Esc limpa</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Search is getting ready…</source>
        <translation>Pesquisa em preparação…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Search failed</source>
        <translation>Falha na pesquisa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search failed: %s</source>
        <translation>Falha na pesquisa: %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Searched in %.1f ms</source>
        <translation>Pesquisa feita em %.1f ms</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No entry names “%s”. The region that contains it:</source>
        <translation>Nenhuma ficha menciona “%s”. A região que o inclui:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No entry names “%s”.</source>
        <translation>Nenhuma ficha menciona “%s”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No entries match “{query}” · 1 of your notes does</source>
        <translation>Nenhuma ficha corresponde a “{query}” · 1 das suas notas corresponde</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>No entries match “{query}” · %n of your notes do</source>
        <translation>
            <numerusform>Nenhuma ficha corresponde a “{query}” · %n das suas notas corresponde</numerusform>
            <numerusform>Nenhuma ficha corresponde a “{query}” · %n das suas notas correspondem</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No entries match “%s”. Try fewer or other words.</source>
        <translation>Nenhuma ficha corresponde a “%s”. Experimente menos palavras ou outras.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No results</source>
        <translation>Sem resultados</translation>
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
        <translation>1 das suas notas</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n of your notes</source>
        <translation>
            <numerusform>%n das suas notas</numerusform>
            <numerusform>%n das suas notas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 introduction</source>
        <translation>1 introdução</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n introductions</source>
        <translation>
            <numerusform>%n introdução</numerusform>
            <numerusform>%n introduções</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 field</source>
        <translation>1 área</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n fields</source>
        <translation>
            <numerusform>%n área</numerusform>
            <numerusform>%n áreas</numerusform>
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
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter by command or key…</source>
        <translation>Filtrar por comando ou tecla…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter shortcuts</source>
        <translation>Filtrar atalhos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type part of a command&apos;s name or a key; Down moves to the table.</source>
        <translation>Escreva parte do nome de um comando ou uma tecla; a seta para baixo passa para a tabela.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Commands and their keys</source>
        <translation>Comandos e as respetivas teclas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>To change a shortcut, edit {path} and restart Field Reference. For example:</source>
        <translation>Para alterar um atalho, edite {path} e reinicie o Field Reference. Por exemplo:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where to change shortcuts</source>
        <translation>Onde alterar os atalhos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Example shortcuts file</source>
        <translation>Exemplo de ficheiro de atalhos</translation>
    </message>
</context>
<context>
    <name>ShortcutTableModel</name>
    <message>
        <location line="-97"/>
        <source>Menu</source>
        <translation>Menu</translation>
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
        <translation>sem atalho</translation>
    </message>
</context>
<context>
    <name>StartupController</name>
    <message>
        <location filename="../../desktop_app/boot/startup_controller.py" line="+165"/>
        <source>Catalogue %s is now open.</source>
        <translation>O catálogo %s está agora aberto.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Content pack</source>
        <translation>Pacote de conteúdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new catalogue could not be opened: %s</source>
        <translation>Não foi possível abrir o novo catálogo: %s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Field Reference cannot start</source>
        <translation>Não é possível iniciar o Field Reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalogue could not be opened:

%s

%s</source>
        <translation>Não foi possível abrir o catálogo:

%s

%s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="+62"/>
        <source>From a source checkout run &apos;make build&apos;; an installed copy should be reinstalled.</source>
        <translation>Numa cópia do código-fonte, execute &apos;make build&apos;; uma cópia instalada deve ser reinstalada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reinstall Field Reference, or rebuild the catalogue with &apos;fieldref build&apos;.</source>
        <translation>Reinstale o Field Reference ou volte a gerar o catálogo com &apos;fieldref build&apos;.</translation>
    </message>
</context>
<context>
    <name>TreeController</name>
    <message>
        <location filename="../../desktop_app/tree/tree_controller.py" line="+93"/>
        <source>Catalogue tree</source>
        <translation>Árvore do catálogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions, fields and programmes; Enter opens</source>
        <translation>Regiões, áreas e programas; Enter abre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group the tree</source>
        <translation>Agrupar a árvore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By region</source>
        <translation>Por região</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By field</source>
        <translation>Por área</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A–Z</source>
        <translation>De A a Z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By kind</source>
        <translation>Por tipo</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Could not build the tree: %s</source>
        <translation>Não foi possível criar a árvore: %s</translation>
    </message>
</context>
<context>
    <name>UserLayer</name>
    <message>
        <location filename="../../desktop_app/userdata/user_layer.py" line="+102"/>
        <source>Note not saved: %s</source>
        <translation>Nota não guardada: %s</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your notes</source>
        <translation>As suas notas</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Export notes and bookmarks</source>
        <translation>Exportar notas e marcadores</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>Handover files (*.json)</source>
        <translation>Ficheiros de transferência (*.json)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Import notes and bookmarks</source>
        <translation>Importar notas e marcadores</translation>
    </message>
</context>
<context>
    <name>WindowState</name>
    <message>
        <location filename="../../desktop_app/mainwindow/window_state.py" line="+116"/>
        <source>About Field Reference</source>
        <translation>Acerca do Field Reference</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Field Reference %s</source>
        <translation>Field Reference %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Content: “{title}”, from the text in which ICMPD (the International Centre for Migration Policy Development) describes its fields of expertise, arranged here by field, region, initiative and dialogue.</source>
        <translation>Conteúdo: “{title}”, a partir do texto em que o ICMPD (Centro Internacional para o Desenvolvimento de Políticas Migratórias) descreve as suas áreas de especialização, organizado aqui por área, região, iniciativa e diálogo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data as of {date} (catalogue {version}).</source>
        <translation>Dados de {date} (catálogo {version}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Content hash %s</source>
        <translation>Hash do conteúdo %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Installed content packs:</source>
        <translation>Pacotes de conteúdo instalados:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No content packs installed (shipped catalogue).</source>
        <translation>Nenhum pacote de conteúdo instalado (catálogo original).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(data as of %s)</source>
        <translation>(dados de %s)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its publisher key is no longer trusted: the next import leaves it out.</source>
        <translation>A chave do editor deste pacote já não é de confiança: a próxima importação vai deixá-lo de fora.</translation>
    </message>
</context>
</TS>
