<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name></name>
    <message>
        <location filename="../../desktop_app/reading/entry_html.py" line="89"/>
        <source>★ Bookmarked</source>
        <translation>★ Nos marcadores</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reading/entry_html.py" line="89"/>
        <source>✎ Your note</source>
        <translation>✎ A sua nota</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reading/entry_html.py" line="101"/>
        <source>The fields of expertise</source>
        <translation>As áreas de especialização</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reading/entry_html.py" line="101"/>
        <source>Related fields</source>
        <translation>Áreas relacionadas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reading/entry_html.py" line="103"/>
        <source>Initiatives</source>
        <translation>Iniciativas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reading/entry_html.py" line="104"/>
        <source>Migration dialogues</source>
        <translation>Diálogos sobre migração</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reading/entry_html.py" line="139"/>
        <source>Fields of expertise working here</source>
        <translation>Áreas de especialização ativas aqui</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reading/entry_html.py" line="140"/>
        <source>Initiatives and dialogues here</source>
        <translation>Iniciativas e diálogos aqui</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reading/entry_html.py" line="142"/>
        <source>Sub-regions</source>
        <translation>Sub-regiões</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reading/entry_html.py" line="145"/>
        <source>Also in its sub-regions</source>
        <translation>Também nas suas sub-regiões</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="35"/>
        <source>&amp;Search</source>
        <translation>&amp;Pesquisar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="37"/>
        <source>Put the cursor in the search box</source>
        <translation>Colocar o cursor na caixa de pesquisa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="43"/>
        <source>&amp;Find in Entry…</source>
        <translation>Procurar na &amp;ficha…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="45"/>
        <source>Find words in the entry you are reading</source>
        <translation>Procurar palavras na ficha aberta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="51"/>
        <source>Find &amp;Next</source>
        <translation>Procurar &amp;seguinte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="53"/>
        <source>Next match in the entry</source>
        <translation>Ocorrência seguinte na ficha</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="58"/>
        <source>Find &amp;Previous</source>
        <translation>Procurar &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="60"/>
        <source>Previous match in the entry</source>
        <translation>Ocorrência anterior na ficha</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="65"/>
        <source>Copy &amp;Citation</source>
        <translation>&amp;Copiar referência</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="67"/>
        <source>Copy the entry&apos;s title, catalogue version and date</source>
        <translation>Copiar o título da ficha, a versão do catálogo e a data</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="73"/>
        <source>&amp;Bookmark This Entry</source>
        <translation>&amp;Marcar esta ficha</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="75"/>
        <source>Add or remove a bookmark on this entry</source>
        <translation>Adicionar ou remover um marcador nesta ficha</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="84"/>
        <source>Edit My &amp;Note</source>
        <translation>Editar a minha &amp;nota</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="86"/>
        <source>Put the cursor in your private note on this entry</source>
        <translation>Colocar o cursor na sua nota privada sobre esta ficha</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="92"/>
        <source>Search My Notes &amp;Too</source>
        <translation>Pesquisar &amp;também nas minhas notas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="94"/>
        <source>Also find entries whose notes contain the search words</source>
        <translation>Encontrar também as fichas cujas notas contêm as palavras pesquisadas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="100"/>
        <source>&amp;Back</source>
        <translation>&amp;Retroceder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="102"/>
        <source>Go back to the previous entry</source>
        <translation>Voltar à ficha anterior</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="109"/>
        <source>&amp;Forward</source>
        <translation>&amp;Avançar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="111"/>
        <source>Go forward again</source>
        <translation>Ir para a ficha seguinte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="118"/>
        <source>Go to &amp;Tree</source>
        <translation>Ir para a ár&amp;vore</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="120"/>
        <source>Move the cursor to the tree</source>
        <translation>Mover o cursor para a árvore</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="125"/>
        <source>Go to &amp;Entry</source>
        <translation>Ir para a &amp;ficha</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="127"/>
        <source>Move the cursor to the entry</source>
        <translation>Mover o cursor para a ficha</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="132"/>
        <source>&amp;Introduction</source>
        <translation>&amp;Introdução</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="134"/>
        <source>Show the introduction to the fields of expertise</source>
        <translation>Mostrar a introdução às áreas de especialização</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="142"/>
        <source>Show &amp;Tree</source>
        <translation>Mostrar a ár&amp;vore</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="144"/>
        <source>Show or hide the tree</source>
        <translation>Mostrar ou ocultar a árvore</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="152"/>
        <source>Group by &amp;Region</source>
        <translation>Agrupar por &amp;região</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="154"/>
        <source>Tree: regions, then the fields working there</source>
        <translation>Árvore: regiões e depois as áreas ativas em cada uma</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="161"/>
        <source>Group by &amp;Field</source>
        <translation>Agrupar por ár&amp;ea</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="163"/>
        <source>Tree: fields, then their regions, initiatives and dialogues</source>
        <translation>Árvore: áreas e depois as suas regiões, iniciativas e diálogos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="170"/>
        <source>Group &amp;A–Z</source>
        <translation>Agrupar de &amp;A a Z</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="172"/>
        <source>Tree: all entries by first letter</source>
        <translation>Árvore: todas as fichas pela primeira letra</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="179"/>
        <source>Group by &amp;Kind</source>
        <translation>Agrupar por &amp;tipo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="181"/>
        <source>Tree: fields, initiatives, dialogues</source>
        <translation>Árvore: áreas, iniciativas, diálogos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="188"/>
        <source>Zoom &amp;In</source>
        <translation>Am&amp;pliar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="190"/>
        <source>Larger text</source>
        <translation>Texto maior</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="196"/>
        <source>Zoom &amp;Out</source>
        <translation>Re&amp;duzir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="198"/>
        <source>Smaller text</source>
        <translation>Texto menor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="204"/>
        <source>Reset &amp;Zoom</source>
        <translation>Repor o &amp;zoom</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="206"/>
        <source>Default text size</source>
        <translation>Tamanho de texto predefinido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="211"/>
        <source>Theme: &amp;System</source>
        <translation>Tema: &amp;sistema</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="213"/>
        <source>Follow the system light or dark scheme</source>
        <translation>Seguir o modo claro ou escuro do sistema</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="221"/>
        <source>Theme: &amp;Light</source>
        <translation>Tema: &amp;claro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="223"/>
        <source>Always light</source>
        <translation>Sempre claro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="230"/>
        <source>Theme: &amp;Dark</source>
        <translation>Tema: escur&amp;o</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="232"/>
        <source>Always dark</source>
        <translation>Sempre escuro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="239"/>
        <source>&amp;Bookmarks Panel</source>
        <translation>Painel de &amp;marcadores</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="241"/>
        <source>Show your bookmarks and move the cursor there</source>
        <translation>Mostrar os seus marcadores e mover o cursor para lá</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="248"/>
        <source>&amp;History Panel</source>
        <translation>Painel do &amp;histórico</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="250"/>
        <source>Show the entries you opened and move the cursor there</source>
        <translation>Mostrar as fichas que abriu e mover o cursor para lá</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="256"/>
        <source>My &amp;Notes Panel</source>
        <translation>Painel das minhas &amp;notas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="258"/>
        <source>All your notes, including notes on entries no longer in the catalogue</source>
        <translation>Todas as suas notas, incluindo as de fichas que já não estão no catálogo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="266"/>
        <source>&amp;Command Palette…</source>
        <translation>Pa&amp;leta de comandos…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="268"/>
        <source>Run any command by typing its name</source>
        <translation>Executar qualquer comando escrevendo o seu nome</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="275"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="277"/>
        <source>Every command and its keys</source>
        <translation>Todos os comandos e as respetivas teclas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="283"/>
        <source>&amp;About Field Reference</source>
        <translation>A&amp;cerca do Field Reference</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="285"/>
        <source>Version and catalogue</source>
        <translation>Versão e catálogo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="291"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="293"/>
        <source>Print the entry, with a preview</source>
        <translation>Imprimir a ficha, com pré-visualização</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="299"/>
        <source>&amp;Export Briefing to PDF…</source>
        <translation>&amp;Exportar dossiê em PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="301"/>
        <source>Export this entry or several bookmarks as a PDF briefing</source>
        <translation>Exportar esta ficha ou vários marcadores como dossiê em PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="307"/>
        <source>Import &amp;Content Pack…</source>
        <translation>Importar &amp;pacote de conteúdo…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="309"/>
        <source>Install signed catalogue updates from a .frpack file</source>
        <translation>Instalar atualizações assinadas do catálogo a partir de um ficheiro .frpack</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="314"/>
        <source>Export Notes and &amp;Bookmarks…</source>
        <translation>E&amp;xportar notas e marcadores…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="316"/>
        <source>Save your notes and bookmarks to a file for a colleague or a new laptop</source>
        <translation>Guardar as suas notas e marcadores num ficheiro para um colega ou um novo computador</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="323"/>
        <source>&amp;Import Notes and Bookmarks…</source>
        <translation>I&amp;mportar notas e marcadores…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="325"/>
        <source>Merge notes and bookmarks from a handover file</source>
        <translation>Combinar notas e marcadores de um ficheiro de transferência</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="330"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="332"/>
        <source>Close Field Reference</source>
        <translation>Fechar o Field Reference</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="338"/>
        <source>Next &amp;Pane</source>
        <translation>&amp;Painel seguinte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="340"/>
        <source>Move to the next pane: search box, results, entry, note, tree, open panels (Tab goes the same way)</source>
        <translation>Passar ao painel seguinte: caixa de pesquisa, resultados, ficha, nota, árvore, painéis abertos (Tab faz o mesmo)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="350"/>
        <source>Pre&amp;vious Pane</source>
        <translation>Painel a&amp;nterior</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="352"/>
        <source>Move to the previous pane (Shift+Tab goes the same way)</source>
        <translation>Voltar ao painel anterior (Shift+Tab faz o mesmo)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="357"/>
        <source>&amp;Reading Mode</source>
        <translation>Modo de leit&amp;ura</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="359"/>
        <source>Hide the tree, results and note to read; press again to bring them back</source>
        <translation>Ocultar a árvore, os resultados e a nota para ler; pressione de novo para voltar a mostrá-los</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="368"/>
        <source>Show My &amp;Note Pane</source>
        <translation>Mostrar a nota por &amp;baixo da ficha</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="370"/>
        <source>Show or hide your note under the entry (remembered)</source>
        <translation>Mostrar ou ocultar a sua nota por baixo da ficha (fica memorizado)</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <location filename="../../desktop_app/briefing/document.py" line="123"/>
        <source>Field Reference · catalogue %1 · data as of %2</source>
        <translation>Field Reference · catálogo %1 · dados de %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/document.py" line="127"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/document.py" line="218"/>
        <source>%Ln entries</source>
        <translation>%Ln fichas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/document.py" line="219"/>
        <source>Catalogue %1</source>
        <translation>Catálogo %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/document.py" line="222"/>
        <source>Data as of %1</source>
        <translation>Dados de %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/document.py" line="225"/>
        <source>Prepared %1</source>
        <translation>Preparado em %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/document.py" line="231"/>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/document.py" line="242"/>
        <source>Regions: %1</source>
        <translation>Regiões: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/document.py" line="245"/>
        <source>Related: %1</source>
        <translation>Fichas relacionadas: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/document.py" line="252"/>
        <source>My note</source>
        <translation>A minha nota</translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/print_preview.py" line="36"/>
        <source>Print “%1”</source>
        <translation>Imprimir “%1”</translation>
    </message>
</context>
<context>
    <name>BriefingComposer</name>
    <message>
        <location filename="../../desktop_app/briefing/composer.py" line="74"/>
        <source>Compose a Briefing</source>
        <translation>Compor um dossiê</translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/composer.py" line="92"/>
        <location filename="../../desktop_app/briefing/composer.py" line="226"/>
        <location filename="../../desktop_app/briefing/composer.py" line="302"/>
        <source>Briefing</source>
        <translation>Dossiê</translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/composer.py" line="93"/>
        <source>Briefing title</source>
        <translation>Título do dossiê</translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/composer.py" line="94"/>
        <source>Include my &amp;notes</source>
        <translation>Incluir as minhas &amp;notas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/composer.py" line="96"/>
        <source>Preview of the briefing</source>
        <translation>Pré-visualização do dossiê</translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/composer.py" line="100"/>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/composer.py" line="101"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/composer.py" line="102"/>
        <source>Move &amp;Up</source>
        <translation>Mover para &amp;cima</translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/composer.py" line="103"/>
        <source>Move &amp;Down</source>
        <translation>Mover para &amp;baixo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/composer.py" line="104"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/composer.py" line="105"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/composer.py" line="106"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/composer.py" line="109"/>
        <source>Entries</source>
        <translation>Fichas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/composer.py" line="112"/>
        <source>&amp;In the briefing</source>
        <translation>N&amp;o dossiê</translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/composer.py" line="117"/>
        <source>Previe&amp;w</source>
        <translation>Pré-&amp;visualização</translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/composer.py" line="178"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/composer.py" line="189"/>
        <source>Type to filter · Enter or Space adds · Delete removes · Alt+Up/Alt+Down reorders · Ctrl+S saves</source>
        <translation>Escreva para filtrar · Enter ou Espaço adiciona · Delete remove · Alt+Up/Alt+Down reordena · Ctrl+S guarda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/composer.py" line="254"/>
        <source>Add entries from the list on the left: they appear here as printed.</source>
        <translation>Adicione fichas a partir da lista à esquerda: aparecem aqui tal como serão impressas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/briefing/composer.py" line="268"/>
        <source>About %Ln page</source>
        <translation>
            <numerusform>Cerca de %Ln página</numerusform>
            <numerusform>Cerca de %Ln páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/briefing/composer.py" line="270"/>
        <source>About %Ln pages</source>
        <translation>
            <numerusform>Cerca de %Ln página</numerusform>
            <numerusform>Cerca de %Ln páginas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/composer.py" line="300"/>
        <source>Add at least one entry first.</source>
        <translation>Adicione primeiro pelo menos uma ficha.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/composer.py" line="304"/>
        <source>Save Briefing</source>
        <translation>Guardar dossiê</translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/composer.py" line="304"/>
        <source>PDF files (*.pdf)</source>
        <translation>Ficheiros PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/composer.py" line="336"/>
        <source>Saving…</source>
        <translation>Gravação em curso…</translation>
    </message>
</context>
<context>
    <name>BriefingController</name>
    <message>
        <location filename="../../desktop_app/briefing/briefing_controller.py" line="95"/>
        <source>Field Reference</source>
        <translation>Field Reference</translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/briefing_controller.py" line="113"/>
        <source>Copied: %s</source>
        <translation>Copiado: %s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/briefing/briefing_controller.py" line="170"/>
        <source>Briefing saved: %1 (%Ln page)</source>
        <translation>
            <numerusform>Dossiê guardado: %1 (%Ln página)</numerusform>
            <numerusform>Dossiê guardado: %1 (%Ln páginas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/briefing/briefing_controller.py" line="172"/>
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
        <location filename="../../desktop_app/briefing/picker.py" line="192"/>
        <source>Entries in the briefing</source>
        <translation>Fichas do dossiê</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../../desktop_app/commands/command_palette.py" line="192"/>
        <source>Command palette</source>
        <translation>Paleta de comandos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/command_palette.py" line="197"/>
        <source>Type a command…</source>
        <translation>Escreva um comando…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/command_palette.py" line="198"/>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/command_palette.py" line="201"/>
        <source>Type part of a command&apos;s name. Up and Down choose, Enter runs it, Escape closes.</source>
        <translation>Escreva parte do nome de um comando. As setas para cima e para baixo escolhem, Enter executa-o, Esc fecha.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/command_palette.py" line="208"/>
        <source>Matching commands</source>
        <translation>Comandos correspondentes</translation>
    </message>
</context>
<context>
    <name>CorrectionLine</name>
    <message>
        <location filename="../../desktop_app/search/correction_line.py" line="47"/>
        <source>Search for the words exactly as typed (Alt+I)</source>
        <translation>Pesquisar as palavras exatamente como foram escritas (Alt+P)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/correction_line.py" line="61"/>
        <source>Showing results for “%s” —</source>
        <translation>Resultados para “%s” —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/correction_line.py" line="63"/>
        <source>search &amp;instead for “%s”</source>
        <translation>em vez disso, &amp;pesquisar “%s”</translation>
    </message>
</context>
<context>
    <name>EntryPicker</name>
    <message>
        <location filename="../../desktop_app/briefing/picker.py" line="53"/>
        <source>Where entries come from</source>
        <translation>Origem das fichas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/picker.py" line="56"/>
        <source>Type to filter</source>
        <translation>Escreva para filtrar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/picker.py" line="57"/>
        <source>Filter entries</source>
        <translation>Filtrar fichas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/picker.py" line="62"/>
        <source>Entries to add</source>
        <translation>Fichas a adicionar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/briefing/picker.py" line="72"/>
        <source>S&amp;earch results (%n)</source>
        <translation>
            <numerusform>Pes&amp;quisa (%n)</numerusform>
            <numerusform>Pes&amp;quisa (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/briefing/picker.py" line="73"/>
        <source>&amp;Bookmarks (%n)</source>
        <translation>
            <numerusform>&amp;Marcadores (%n)</numerusform>
            <numerusform>&amp;Marcadores (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/briefing/picker.py" line="74"/>
        <source>&amp;History (%n)</source>
        <translation>
            <numerusform>&amp;Histórico (%n)</numerusform>
            <numerusform>&amp;Histórico (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/briefing/picker.py" line="75"/>
        <source>A&amp;ll entries (%n)</source>
        <translation>
            <numerusform>To&amp;das (%n)</numerusform>
            <numerusform>To&amp;das (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/picker.py" line="127"/>
        <source>Nothing here matches “%1”.</source>
        <translation>Nada aqui corresponde a “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/picker.py" line="129"/>
        <source>No search on screen: search in the main window first.</source>
        <translation>Nenhuma pesquisa em curso: pesquise primeiro na janela principal.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/picker.py" line="130"/>
        <source>No bookmarks yet: bookmark an entry and it is listed here.</source>
        <translation>Ainda sem marcadores: marque uma ficha e ela aparece aqui.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/picker.py" line="131"/>
        <source>No history yet: the entries you read are listed here.</source>
        <translation>Ainda sem histórico: as fichas que ler aparecem aqui.</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <location filename="../../desktop_app/reading/entry_view.py" line="42"/>
        <source>Entry</source>
        <translation>Ficha</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reading/entry_view.py" line="45"/>
        <source>The entry you are reading; Page Down and Space scroll, Ctrl+Tab moves to its links, Esc goes back to the search box</source>
        <translation>A ficha aberta; Page Down e Espaço deslocam o texto, Ctrl+Tab passa às ligações, Esc volta à caixa de pesquisa</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop_app/reading/find_bar.py" line="29"/>
        <location filename="../../desktop_app/reading/find_bar.py" line="30"/>
        <source>Find in entry</source>
        <translation>Procurar na ficha</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reading/find_bar.py" line="34"/>
        <source>Previous match</source>
        <translation>Ocorrência anterior</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reading/find_bar.py" line="37"/>
        <source>Next match</source>
        <translation>Ocorrência seguinte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reading/find_bar.py" line="43"/>
        <source>Close find bar</source>
        <translation>Fechar a barra de procura</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reading/find_bar.py" line="112"/>
        <source>Not found</source>
        <translation>Sem ocorrências</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reading/find_bar.py" line="115"/>
        <source>{current} of {total}</source>
        <translation>{current} de {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/reading/find_bar.py" line="118"/>
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
        <location filename="../../desktop_app/userdata/handover_controller.py" line="84"/>
        <source>Import progress</source>
        <translation>Progresso da importação</translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/handover_controller.py" line="99"/>
        <source>Exported %d items to %s</source>
        <translation>%d itens exportados para %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/handover_controller.py" line="104"/>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/handover_controller.py" line="118"/>
        <source>Importing notes and bookmarks from %s…</source>
        <translation>Importação de notas e marcadores de %s…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/handover_controller.py" line="144"/>
        <source>Import refused</source>
        <translation>Importação recusada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/handover_controller.py" line="150"/>
        <source>Imported: %d new notes, %d merged (both versions kept), %d new bookmarks</source>
        <translation>Importado: %d notas novas, %d combinadas (ambas as versões mantidas), %d marcadores novos</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/mainwindow/main_window.py" line="131"/>
        <source>Search index progress</source>
        <translation>Progresso do índice de pesquisa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/mainwindow/main_window.py" line="136"/>
        <source>Opening the catalogue…</source>
        <translation>Abertura do catálogo em curso…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/mainwindow/main_window.py" line="259"/>
        <source>Preparing search: %s</source>
        <translation>Preparação da pesquisa: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/mainwindow/main_window.py" line="276"/>
        <source>Catalogue %s · data as of %s</source>
        <translation>Catálogo %s · dados de %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/mainwindow/main_window.py" line="279"/>
        <source>Built %s · content %s</source>
        <translation>Gerado em %s · conteúdo %s</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="377"/>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="378"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="379"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="380"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="381"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="383"/>
        <source>Navigation</source>
        <translation>Navegação</translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <location filename="../../desktop_app/tree/tree_builders.py" line="41"/>
        <source>Regions</source>
        <translation>Regiões</translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree/tree_builders.py" line="42"/>
        <source>Initiatives and dialogues</source>
        <translation>Iniciativas e diálogos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree/tree_builders.py" line="43"/>
        <source>Related fields</source>
        <translation>Áreas relacionadas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree/tree_builders.py" line="44"/>
        <source>See also</source>
        <translation>Ver também</translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree/tree_builders.py" line="48"/>
        <source>Fields of expertise</source>
        <translation>Áreas de especialização</translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree/tree_builders.py" line="49"/>
        <source>Initiatives</source>
        <translation>Iniciativas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree/tree_builders.py" line="50"/>
        <source>Migration dialogues</source>
        <translation>Diálogos sobre migração</translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree/tree_builders.py" line="51"/>
        <location filename="../../desktop_app/tree/tree_builders.py" line="58"/>
        <source>Introduction</source>
        <translation>Introdução</translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree/tree_builders.py" line="55"/>
        <source>Field of expertise</source>
        <translation>Área de especialização</translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree/tree_builders.py" line="56"/>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree/tree_builders.py" line="57"/>
        <source>Migration dialogue</source>
        <translation>Diálogo sobre migração</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <location filename="../../desktop_app/userdata/notes_pane.py" line="33"/>
        <source>Your private note on this entry (Ctrl+Shift+N). Saved automatically; never sent anywhere.</source>
        <translation>A sua nota privada sobre esta ficha (Ctrl+Shift+N). Guardada automaticamente; nunca é enviada para lado nenhum.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/notes_pane.py" line="37"/>
        <source>Your note</source>
        <translation>A sua nota</translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/notes_pane.py" line="38"/>
        <source>A private note, saved as you type</source>
        <translation>Uma nota privada, guardada à medida que escreve</translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/notes_pane.py" line="69"/>
        <source>Editing…</source>
        <translation>Em edição…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/notes_pane.py" line="74"/>
        <source>This note was also changed elsewhere: both versions are kept below.</source>
        <translation>Esta nota também foi alterada noutro local: ambas as versões são mantidas abaixo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/notes_pane.py" line="76"/>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/notes_pane.py" line="80"/>
        <source>Your notes are read-only (%s): shown, not saved.</source>
        <translation>As suas notas são só de leitura (%s): mostradas, não guardadas.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/notes_pane.py" line="85"/>
        <source>Not saved: %s. Your text is kept; retrying…</source>
        <translation>Não guardada: %s. O seu texto é mantido; nova tentativa em curso…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/notes_pane.py" line="91"/>
        <location filename="../../desktop_app/userdata/notes_pane.py" line="122"/>
        <source>Note not saved</source>
        <translation>Nota não guardada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/notes_pane.py" line="93"/>
        <source>Your note could not be saved: %s.

The text stays in the editor and saving is retried every few seconds.</source>
        <translation>Não foi possível guardar a sua nota: %s.

O texto fica no editor e a gravação é tentada de novo a cada poucos segundos.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/notes_pane.py" line="108"/>
        <source>Note kept in a file</source>
        <translation>Nota mantida num ficheiro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/notes_pane.py" line="109"/>
        <source>Your note could not be saved (%s).

Its text was written to:
%s</source>
        <translation>Não foi possível guardar a sua nota (%s).

O texto foi escrito em:
%s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/notes_pane.py" line="124"/>
        <source>Your note could not be saved (%s), nor written to a recovery file (%s).

Keep the window open, copy the text somewhere safe or free some space, then close again.</source>
        <translation>Não foi possível guardar a sua nota (%s), nem escrevê-la num ficheiro de recuperação (%s).

Mantenha a janela aberta, copie o texto para um local seguro ou liberte espaço e depois feche de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/notes_pane.py" line="134"/>
        <source>Keep Window Open</source>
        <translation>Manter a janela aberta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/notes_pane.py" line="136"/>
        <source>Discard Note and Close</source>
        <translation>Descartar a nota e fechar</translation>
    </message>
</context>
<context>
    <name>PackImportDialog</name>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="103"/>
        <source>Import Content Pack</source>
        <translation>Importar pacote de conteúdo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="118"/>
        <source>A content pack updates the catalogue from a file on a USB stick or an e-mail. It is checked against the publisher&apos;s signature before anything in it is read.</source>
        <translation>Um pacote de conteúdo atualiza o catálogo a partir de um ficheiro recebido numa unidade USB ou por email. A assinatura do editor é verificada antes de qualquer parte do conteúdo ser lida.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="127"/>
        <source>No pack chosen</source>
        <translation>Nenhum pacote escolhido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="128"/>
        <source>Content pack file</source>
        <translation>Ficheiro do pacote de conteúdo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="129"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Escolher…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="130"/>
        <source>Choose a content pack file</source>
        <translation>Escolher um ficheiro de pacote de conteúdo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="135"/>
        <source>Import status</source>
        <translation>Estado da importação</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="143"/>
        <source>Import progress</source>
        <translation>Progresso da importação</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="148"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="150"/>
        <source>Import the content pack</source>
        <translation>Importar o pacote de conteúdo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="152"/>
        <source>Close the dialog</source>
        <translation>Fechar a caixa de diálogo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="174"/>
        <source>Choose a content pack</source>
        <translation>Escolher um pacote de conteúdo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="176"/>
        <source>Content packs (*.frpack);;All files (*)</source>
        <translation>Pacotes de conteúdo (*.frpack);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="188"/>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="230"/>
        <source>Checking the signature and contents…</source>
        <translation>Verificação da assinatura e do conteúdo…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="195"/>
        <source>Importing…</source>
        <translation>Importação em curso…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="231"/>
        <source>Reading the entries…</source>
        <translation>Leitura das fichas…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="232"/>
        <source>Combining with installed content…</source>
        <translation>Combinação com o conteúdo instalado…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="233"/>
        <source>Writing the new catalogue…</source>
        <translation>Escrita do novo catálogo…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="234"/>
        <source>Building the search index…</source>
        <translation>Criação do índice de pesquisa…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="235"/>
        <source>Switching to the new catalogue…</source>
        <translation>Mudança para o novo catálogo…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="236"/>
        <source>Done.</source>
        <translation>Concluído.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="243"/>
        <source>Verified. Importing will: %s.</source>
        <translation>Verificado. A importação vai: %s.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="248"/>
        <source>What changed</source>
        <translation>O que mudou</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="253"/>
        <source>Import failed: %s</source>
        <translation>Falha na importação: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="253"/>
        <source>Refused: %s</source>
        <translation>Recusado: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="272"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="272"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>PackSummary</name>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="35"/>
        <source>Pack details</source>
        <translation>Detalhes do pacote</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="37"/>
        <source>What changes</source>
        <translation>O que muda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="51"/>
        <source>sequence %d is installed</source>
        <translation>a sequência %d está instalada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="53"/>
        <source>not installed yet</source>
        <translation>ainda não instalado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="56"/>
        <source>adds a collection</source>
        <translation>acrescenta uma coleção</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="58"/>
        <source>replaces the catalogue</source>
        <translation>substitui o catálogo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="62"/>
        <source>“%s” (%s, sequence %d): %s; %s.</source>
        <translation>“%s” (%s, sequência %d): %s; %s.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="64"/>
        <source>Signed by publisher key %s. Data as of %s.</source>
        <translation>Assinado com a chave do editor %s. Dados de %s.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="66"/>
        <source>New catalogue version: %s</source>
        <translation>Nova versão do catálogo: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="74"/>
        <source>add %s, update %s and remove %s entries</source>
        <translation>adicionar %s, atualizar %s e remover %s fichas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="85"/>
        <source>Installed “%s” (%s, sequence %d).</source>
        <translation>Pacote “%s” instalado (%s, sequência %d).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="86"/>
        <source>Added %s, updated %s, removed %s entries.</source>
        <translation>Fichas adicionadas: %s; atualizadas: %s; removidas: %s.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="92"/>
        <source>Catalogue %s is now in use (took %.1f s).</source>
        <translation>O catálogo %s está agora em uso (demorou %.1f s).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="94"/>
        <source>To undo it, run &apos;fieldref pack rollback&apos;.</source>
        <translation>Para anular, execute &apos;fieldref pack rollback&apos;.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="101"/>
        <source>Nothing was changed; the catalogue is as it was.</source>
        <translation>Nada foi alterado; o catálogo continua como estava.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="106"/>
        <source>added</source>
        <translation>adicionadas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="107"/>
        <source>updated</source>
        <translation>atualizadas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="108"/>
        <source>removed</source>
        <translation>removidas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="114"/>
        <source>%s … and %s more %s</source>
        <translation>%s … e mais %s fichas %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="117"/>
        <source>No entries change.</source>
        <translation>Nenhuma ficha muda.</translation>
    </message>
</context>
<context>
    <name>PanelsController</name>
    <message>
        <location filename="../../desktop_app/userdata/panels_controller.py" line="91"/>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/panels_controller.py" line="92"/>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/panels_controller.py" line="93"/>
        <source>My notes</source>
        <translation>As minhas notas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/panels_controller.py" line="105"/>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/panels_controller.py" line="120"/>
        <source>No bookmarks yet — press {key} on an entry to keep it here.</source>
        <translation>Ainda sem marcadores — pressione {key} numa ficha para a guardar aqui.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/panels_controller.py" line="125"/>
        <source>No history yet — the entries you open are listed here, newest first.</source>
        <translation>Ainda sem histórico — as fichas que abrir aparecem aqui, as mais recentes primeiro.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/panels_controller.py" line="128"/>
        <source>No notes yet — press {key} on an entry to write one.</source>
        <translation>Ainda sem notas — pressione {key} numa ficha para escrever uma.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/panels_controller.py" line="205"/>
        <source>%d of your notes belong to entries no longer in the catalogue; they are kept (View › My Notes Panel).</source>
        <translation>%d das suas notas pertencem a fichas que já não estão no catálogo; são mantidas (Ver › Painel das minhas notas).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/panels_controller.py" line="280"/>
        <source>Bookmarked</source>
        <translation>Ficha marcada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/panels_controller.py" line="280"/>
        <source>Bookmark removed</source>
        <translation>Marcador removido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/panels_controller.py" line="285"/>
        <location filename="../../desktop_app/userdata/panels_controller.py" line="315"/>
        <location filename="../../desktop_app/userdata/panels_controller.py" line="334"/>
        <source>Bookmark not saved</source>
        <translation>Marcador não guardado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/panels_controller.py" line="308"/>
        <source>Bookmark removed: {title}</source>
        <translation>Marcador removido: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/panels_controller.py" line="328"/>
        <source>Bookmark restored</source>
        <translation>Marcador reposto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/panels_controller.py" line="379"/>
        <source>entry no longer in the catalogue</source>
        <translation>ficha que já não está no catálogo</translation>
    </message>
</context>
<context>
    <name>ReadingController</name>
    <message>
        <location filename="../../desktop_app/reading/reading_controller.py" line="84"/>
        <source>Where you are</source>
        <translation>A sua localização</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reading/reading_controller.py" line="189"/>
        <source>That entry is not in this catalogue.</source>
        <translation>Essa ficha não está neste catálogo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reading/reading_controller.py" line="240"/>
        <source>Regions</source>
        <translation>Regiões</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reading/reading_controller.py" line="301"/>
        <source>Zoom %d%%</source>
        <translation>Zoom %d%%</translation>
    </message>
</context>
<context>
    <name>RecentSearches</name>
    <message>
        <location filename="../../desktop_app/search/recent_searches.py" line="38"/>
        <source>Recent searches</source>
        <translation>Pesquisas recentes</translation>
    </message>
</context>
<context>
    <name>ResultsList</name>
    <message>
        <location filename="../../desktop_app/search/results_view.py" line="289"/>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/results_view.py" line="291"/>
        <source>Entries matching the search; Up and Down move, Enter opens</source>
        <translation>Fichas que correspondem à pesquisa; as setas para cima e para baixo movem, Enter abre</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../desktop_app/search/results_view.py" line="112"/>
        <source> (bookmarked; has your note)</source>
        <translation> (com marcador; tem a sua nota)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/results_view.py" line="114"/>
        <source> (bookmarked)</source>
        <translation> (com marcador)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/results_view.py" line="115"/>
        <source> (has your note)</source>
        <translation> (tem a sua nota)</translation>
    </message>
</context>
<context>
    <name>SavedBar</name>
    <message>
        <location filename="../../desktop_app/briefing/saving.py" line="81"/>
        <source>&amp;Open</source>
        <translation>Abr&amp;ir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/saving.py" line="82"/>
        <source>Show in &amp;Folder</source>
        <translation>Mo&amp;strar na pasta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/briefing/saving.py" line="98"/>
        <source>Saved “%1” · %Ln page</source>
        <translation>
            <numerusform>“%1” guardado · %Ln página</numerusform>
            <numerusform>“%1” guardado · %Ln páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/briefing/saving.py" line="100"/>
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
        <location filename="../../desktop_app/search/search_controller.py" line="76"/>
        <source>Search fields, programmes, dialogues, regions…  (Ctrl+K)</source>
        <translation>Pesquisar áreas, programas, diálogos, regiões…  (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/search_controller.py" line="79"/>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/search_controller.py" line="81"/>
        <source>Type to search; Up and Down choose a result, Enter opens it, Esc clears</source>
        <translation>Escreva para pesquisar; as setas para cima e para baixo escolhem um resultado, Enter abre-o, Esc limpa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/search_controller.py" line="143"/>
        <source>Search is getting ready…</source>
        <translation>Pesquisa em preparação…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/search_controller.py" line="166"/>
        <source>Search failed</source>
        <translation>Falha na pesquisa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/search_controller.py" line="167"/>
        <source>Search failed: %s</source>
        <translation>Falha na pesquisa: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/search_controller.py" line="171"/>
        <source>Searched in %.1f ms</source>
        <translation>Pesquisa feita em %.1f ms</translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/search_controller.py" line="182"/>
        <source>No entry names “%s”. The region that contains it:</source>
        <translation>Nenhuma ficha menciona “%s”. A região que o inclui:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/search_controller.py" line="185"/>
        <source>No entry names “%s”.</source>
        <translation>Nenhuma ficha menciona “%s”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/search_controller.py" line="188"/>
        <source>No entries match “{query}” · 1 of your notes does</source>
        <translation>Nenhuma ficha corresponde a “{query}” · 1 das suas notas corresponde</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/search/search_controller.py" line="190"/>
        <source>No entries match “{query}” · %n of your notes do</source>
        <translation>
            <numerusform>Nenhuma ficha corresponde a “{query}” · %n das suas notas corresponde</numerusform>
            <numerusform>Nenhuma ficha corresponde a “{query}” · %n das suas notas correspondem</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/search_controller.py" line="195"/>
        <source>No entries match “%s”. Try fewer or other words.</source>
        <translation>Nenhuma ficha corresponde a “%s”. Experimente menos palavras ou outras.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/search_controller.py" line="204"/>
        <source>No results</source>
        <translation>Sem resultados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/search_controller.py" line="206"/>
        <source>1 result</source>
        <translation>1 resultado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/search/search_controller.py" line="208"/>
        <source>%n results</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/search_controller.py" line="214"/>
        <source>1 of your notes</source>
        <translation>1 das suas notas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/search/search_controller.py" line="214"/>
        <source>%n of your notes</source>
        <translation>
            <numerusform>%n das suas notas</numerusform>
            <numerusform>%n das suas notas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/search_controller.py" line="223"/>
        <source>1 introduction</source>
        <translation>1 introdução</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/search/search_controller.py" line="223"/>
        <source>%n introductions</source>
        <translation>
            <numerusform>%n introdução</numerusform>
            <numerusform>%n introduções</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/search_controller.py" line="225"/>
        <source>1 field</source>
        <translation>1 área</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/search/search_controller.py" line="225"/>
        <source>%n fields</source>
        <translation>
            <numerusform>%n área</numerusform>
            <numerusform>%n áreas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/search_controller.py" line="227"/>
        <source>1 initiative</source>
        <translation>1 iniciativa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/search/search_controller.py" line="227"/>
        <source>%n initiatives</source>
        <translation>
            <numerusform>%n iniciativa</numerusform>
            <numerusform>%n iniciativas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/search_controller.py" line="229"/>
        <source>1 dialogue</source>
        <translation>1 diálogo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/search/search_controller.py" line="229"/>
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
        <location filename="../../desktop_app/commands/shortcut_sheet.py" line="147"/>
        <location filename="../../desktop_app/commands/shortcut_sheet.py" line="148"/>
        <source>Keyboard Shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/shortcut_sheet.py" line="153"/>
        <source>Filter by command or key…</source>
        <translation>Filtrar por comando ou tecla…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/shortcut_sheet.py" line="154"/>
        <source>Filter shortcuts</source>
        <translation>Filtrar atalhos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/shortcut_sheet.py" line="156"/>
        <source>Type part of a command&apos;s name or a key; Down moves to the table.</source>
        <translation>Escreva parte do nome de um comando ou uma tecla; a seta para baixo passa para a tabela.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/shortcut_sheet.py" line="180"/>
        <source>Commands and their keys</source>
        <translation>Comandos e as respetivas teclas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/shortcut_sheet.py" line="198"/>
        <source>To change a shortcut, edit {path} and restart Field Reference. For example:</source>
        <translation>Para alterar um atalho, edite {path} e reinicie o Field Reference. Por exemplo:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/shortcut_sheet.py" line="203"/>
        <source>Where to change shortcuts</source>
        <translation>Onde alterar os atalhos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/shortcut_sheet.py" line="206"/>
        <source>Example shortcuts file</source>
        <translation>Exemplo de ficheiro de atalhos</translation>
    </message>
</context>
<context>
    <name>ShortcutTableModel</name>
    <message>
        <location filename="../../desktop_app/commands/shortcut_sheet.py" line="109"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/shortcut_sheet.py" line="109"/>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/shortcut_sheet.py" line="109"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/shortcut_sheet.py" line="128"/>
        <source>no shortcut</source>
        <translation>sem atalho</translation>
    </message>
</context>
<context>
    <name>StartupController</name>
    <message>
        <location filename="../../desktop_app/boot/startup_controller.py" line="154"/>
        <source>Catalogue %s is now open.</source>
        <translation>O catálogo %s está agora aberto.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/boot/startup_controller.py" line="164"/>
        <source>Content pack</source>
        <translation>Pacote de conteúdo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/boot/startup_controller.py" line="165"/>
        <source>The new catalogue could not be opened: %s</source>
        <translation>Não foi possível abrir o novo catálogo: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/boot/startup_controller.py" line="174"/>
        <source>Field Reference cannot start</source>
        <translation>Não é possível iniciar o Field Reference</translation>
    </message>
    <message>
        <location filename="../../desktop_app/boot/startup_controller.py" line="175"/>
        <source>The catalogue could not be opened:

%s

%s</source>
        <translation>Não foi possível abrir o catálogo:

%s

%s</translation>
    </message>
</context>
<context>
    <name>TreeController</name>
    <message>
        <location filename="../../desktop_app/tree/tree_controller.py" line="93"/>
        <source>Catalogue tree</source>
        <translation>Árvore do catálogo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree/tree_controller.py" line="94"/>
        <source>Regions, fields and programmes; Enter opens</source>
        <translation>Regiões, áreas e programas; Enter abre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree/tree_controller.py" line="97"/>
        <source>Group the tree</source>
        <translation>Agrupar a árvore</translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree/tree_controller.py" line="99"/>
        <source>By region</source>
        <translation>Por região</translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree/tree_controller.py" line="100"/>
        <source>By field</source>
        <translation>Por área</translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree/tree_controller.py" line="101"/>
        <source>A–Z</source>
        <translation>A–Z</translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree/tree_controller.py" line="102"/>
        <source>By kind</source>
        <translation>Por tipo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree/tree_controller.py" line="165"/>
        <source>Could not build the tree: %s</source>
        <translation>Não foi possível criar a árvore: %s</translation>
    </message>
</context>
<context>
    <name>UserLayer</name>
    <message>
        <location filename="../../desktop_app/userdata/user_layer.py" line="101"/>
        <source>Note not saved: %s</source>
        <translation>Nota não guardada: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/user_layer.py" line="117"/>
        <source>Your notes</source>
        <translation>As suas notas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/user_layer.py" line="173"/>
        <source>Export notes and bookmarks</source>
        <translation>Exportar notas e marcadores</translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/user_layer.py" line="175"/>
        <location filename="../../desktop_app/userdata/user_layer.py" line="190"/>
        <source>Handover files (*.json)</source>
        <translation>Ficheiros de transferência (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/user_layer.py" line="188"/>
        <source>Import notes and bookmarks</source>
        <translation>Importar notas e marcadores</translation>
    </message>
</context>
<context>
    <name>WindowState</name>
    <message>
        <location filename="../../desktop_app/mainwindow/window_state.py" line="109"/>
        <source>About Field Reference</source>
        <translation>Acerca do Field Reference</translation>
    </message>
    <message>
        <location filename="../../desktop_app/mainwindow/window_state.py" line="121"/>
        <source>Field Reference %s</source>
        <translation>Field Reference %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/mainwindow/window_state.py" line="126"/>
        <source>Content: “{title}”, from the text in which ICMPD (the International Centre for Migration Policy Development) describes its fields of expertise, arranged here by field, region, initiative and dialogue.</source>
        <translation>Conteúdo: “{title}”, a partir do texto em que o ICMPD (Centro Internacional para o Desenvolvimento de Políticas Migratórias) descreve as suas áreas de especialização, organizado aqui por área, região, iniciativa e diálogo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/mainwindow/window_state.py" line="132"/>
        <source>Data as of {date} (catalogue {version}).</source>
        <translation>Dados de {date} (catálogo {version}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/mainwindow/window_state.py" line="136"/>
        <source>Content hash %s</source>
        <translation>Hash do conteúdo %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/mainwindow/window_state.py" line="141"/>
        <source>Installed content packs:</source>
        <translation>Pacotes de conteúdo instalados:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/mainwindow/window_state.py" line="143"/>
        <source>No content packs installed (shipped catalogue).</source>
        <translation>Nenhum pacote de conteúdo instalado (catálogo original).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/mainwindow/window_state.py" line="148"/>
        <source>(data as of %s)</source>
        <translation>(dados de %s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/mainwindow/window_state.py" line="154"/>
        <source>Its publisher key is no longer trusted: the next import leaves it out.</source>
        <translation>A chave do editor deste pacote já não é de confiança: a próxima importação vai deixá-lo de fora.</translation>
    </message>
</context>
</TS>
