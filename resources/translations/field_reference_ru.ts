<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="+38"/>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the cursor in the search box</source>
        <translation>Поместить курсор в поле поиска</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Find in Entry…</source>
        <translation>&amp;Найти в статье…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find words in the entry you are reading</source>
        <translation>Найти слова в статье, которую вы читаете</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find &amp;Next</source>
        <translation>&amp;Следующее совпадение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next match in the entry</source>
        <translation>Следующее совпадение в статье</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find &amp;Previous</source>
        <translation>П&amp;редыдущее совпадение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous match in the entry</source>
        <translation>Предыдущее совпадение в статье</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy &amp;Citation</source>
        <translation>&amp;Копировать ссылку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the entry&apos;s title, catalogue version and date</source>
        <translation>Скопировать название статьи, версию каталога и дату</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Bookmark This Entry</source>
        <translation>&amp;Закладка на эту статью</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add or remove a bookmark on this entry</source>
        <translation>Добавить или убрать закладку на эту статью</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit My &amp;Note</source>
        <translation>&amp;Изменить мою заметку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the cursor in your private note on this entry</source>
        <translation>Поместить курсор в вашу личную заметку к этой статье</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search My Notes &amp;Too</source>
        <translation>Искать &amp;также в моих заметках</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also find entries whose notes contain the search words</source>
        <translation>Находить также статьи, в заметках к которым есть искомые слова</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the previous entry</source>
        <translation>Вернуться к предыдущей статье</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go forward again</source>
        <translation>Снова перейти вперёд</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Go to &amp;Tree</source>
        <translation>Перейти к &amp;дереву</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the cursor to the tree</source>
        <translation>Переместить курсор в дерево</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go to &amp;Entry</source>
        <translation>Перейти к &amp;статье</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the cursor to the entry</source>
        <translation>Переместить курсор в статью</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Introduction</source>
        <translation>Введ&amp;ение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the introduction to the fields of expertise</source>
        <translation>Показать введение к областям экспертизы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show &amp;Tree</source>
        <translation>Показать &amp;дерево</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the tree</source>
        <translation>Показать или скрыть дерево</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Group by &amp;Region</source>
        <translation>Группировать по &amp;регионам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tree: regions, then the fields working there</source>
        <translation>Дерево: регионы, затем области, работающие в них</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Group by &amp;Field</source>
        <translation>Группировать по &amp;областям</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tree: fields, then their regions, initiatives and dialogues</source>
        <translation>Дерево: области, затем их регионы, инициативы и диалоги</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Group &amp;A–Z</source>
        <translation>Группировать по &amp;алфавиту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tree: all entries by first letter</source>
        <translation>Дерево: все статьи по первой букве</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Group by &amp;Kind</source>
        <translation>Группировать по &amp;типу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tree: fields, initiatives, dialogues</source>
        <translation>Дерево: области, инициативы, диалоги</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Larger text</source>
        <translation>Более крупный текст</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smaller text</source>
        <translation>Более мелкий текст</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reset &amp;Zoom</source>
        <translation>Сбросить мас&amp;штаб</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default text size</source>
        <translation>Размер текста по умолчанию</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Theme: &amp;System</source>
        <translation>Тема: &amp;как в системе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the system light or dark scheme</source>
        <translation>Светлая или тёмная, как в системе</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Theme: &amp;Light</source>
        <translation>Тема: &amp;светлая</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always light</source>
        <translation>Всегда светлая</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Theme: &amp;Dark</source>
        <translation>Тема: тём&amp;ная</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always dark</source>
        <translation>Всегда тёмная</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Bookmarks Panel</source>
        <translation>Панель &amp;закладок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show your bookmarks and move the cursor there</source>
        <translation>Показать ваши закладки и переместить туда курсор</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;History Panel</source>
        <translation>Панель &amp;истории</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the entries you opened and move the cursor there</source>
        <translation>Показать открытые вами статьи и переместить туда курсор</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My &amp;Notes Panel</source>
        <translation>&amp;Панель моих заметок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All your notes, including notes on entries no longer in the catalogue</source>
        <translation>Все ваши заметки, в том числе к статьям, которых больше нет в каталоге</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Command Palette…</source>
        <translation>Па&amp;литра команд…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run any command by typing its name</source>
        <translation>Выполнить любую команду, набрав её название</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every command and its keys</source>
        <translation>Все команды и их клавиши</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About Field Reference</source>
        <translation>&amp;О программе Field Reference</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version and catalogue</source>
        <translation>Версия и каталог</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the entry, with a preview</source>
        <translation>Напечатать статью с предварительным просмотром</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export Briefing to PDF…</source>
        <translation>&amp;Экспорт справки в PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compose a PDF briefing from search results, bookmarks, history or any entry</source>
        <translation>Составить справку PDF из результатов поиска, закладок, истории или любых статей</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import &amp;Content Pack…</source>
        <translation>Импорт пакета &amp;содержимого…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install signed catalogue updates from a .frpack file</source>
        <translation>Установить подписанные обновления каталога из файла .frpack</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Notes and &amp;Bookmarks…</source>
        <translation>Экспорт заметок и &amp;закладок…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save your notes and bookmarks to a file for a colleague or a new laptop</source>
        <translation>Сохранить ваши заметки и закладки в файл для коллеги или нового ноутбука</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import Notes and Bookmarks…</source>
        <translation>&amp;Импорт заметок и закладок…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge notes and bookmarks from a handover file</source>
        <translation>Объединить заметки и закладки из файла передачи</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close Field Reference</source>
        <translation>Закрыть Field Reference</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next &amp;Pane</source>
        <translation>Следующая &amp;панель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to the next pane: search box, results, entry, note, tree, open panels (Tab goes the same way)</source>
        <translation>Перейти к следующей панели: поле поиска, результаты, статья, заметка, дерево, открытые панели (Tab переходит так же)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pre&amp;vious Pane</source>
        <translation>П&amp;редыдущая панель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to the previous pane (Shift+Tab goes the same way)</source>
        <translation>Перейти к предыдущей панели (Shift+Tab переходит так же)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reading Mode</source>
        <translation>Режим &amp;чтения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide the tree, results and note to read; press again to bring them back</source>
        <translation>Скрыть дерево, результаты и заметку для чтения; нажмите ещё раз, чтобы вернуть их</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show My &amp;Note Pane</source>
        <translation>Показать пан&amp;ель заметки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide your note under the entry (remembered)</source>
        <translation>Показать или скрыть заметку под статьёй (запоминается)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow &amp;System</source>
        <translation>&amp;Как в системе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The desktop&apos;s language if we have it, else English</source>
        <translation>Язык рабочего стола, если он доступен, иначе английский</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the interface in this language (remembered)</source>
        <translation>Показывать интерфейс на этом языке (запоминается)</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <location filename="../../desktop_app/briefing/document.py" line="+123"/>
        <source>Field Reference · catalogue %1 · data as of %2</source>
        <translation>Field Reference · каталог %1 · данные на %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>%Ln entries</source>
        <translation>Статей: %Ln</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catalogue %1</source>
        <translation>Каталог %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data as of %1</source>
        <translation>Данные на %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prepared %1</source>
        <translation>Подготовлено %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../desktop_app/reading/entry_html.py" line="+113"/>
        <source>Regions: %1</source>
        <translation>Регионы: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Related: %1</source>
        <translation>Связанные статьи: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>My note</source>
        <translation>Моя заметка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/print_preview.py" line="+37"/>
        <source>Print “%1”</source>
        <translation>Печать «%1»</translation>
    </message>
</context>
<context>
    <name>BriefingComposer</name>
    <message>
        <location filename="../../desktop_app/briefing/composer.py" line="+78"/>
        <source>Compose a Briefing</source>
        <translation>Составление справки</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+133"/>
        <location line="+76"/>
        <source>Briefing</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>Briefing title</source>
        <translation>Название справки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include my &amp;notes</source>
        <translation>Включить мои &amp;заметки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview of the briefing</source>
        <translation>Просмотр справки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Up</source>
        <translation>&amp;Выше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Down</source>
        <translation>Ни&amp;же</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Сохранить PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entries</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;In the briefing</source>
        <translation>В сп&amp;равке</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previe&amp;w</source>
        <translation>Пр&amp;осмотр</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type to filter · Enter or Space adds · Delete removes · Alt+Up/Alt+Down reorders · Ctrl+S saves · An unsaved list is kept until you quit</source>
        <translation>Введите текст для фильтра · Enter или Пробел добавляет · Delete убирает · Alt+Up/Alt+Down меняет порядок · Ctrl+S сохраняет · Несохранённый список хранится до выхода из программы</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Add entries from the list on the left: they appear here as printed.</source>
        <translation>Добавьте статьи из списка слева: здесь они выглядят так, как будут напечатаны.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>About %Ln page</source>
        <translation>
            <numerusform>Около %Ln страницы</numerusform>
            <numerusform>Около %Ln страниц</numerusform>
            <numerusform>Около %Ln страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>About %Ln pages</source>
        <translation>
            <numerusform>Около %Ln страницы</numerusform>
            <numerusform>Около %Ln страниц</numerusform>
            <numerusform>Около %Ln страниц</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Add at least one entry first.</source>
        <translation>Сначала добавьте хотя бы одну статью.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save Briefing</source>
        <translation>Сохранить справку</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>BriefingController</name>
    <message>
        <location filename="../../desktop_app/briefing/briefing_controller.py" line="+96"/>
        <source>Field Reference</source>
        <translation>Field Reference</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copied: %s</source>
        <translation>Скопировано: %s</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>Briefing saved: %1 (%Ln page)</source>
        <translation>
            <numerusform>Справка сохранена: %1 (%Ln страница)</numerusform>
            <numerusform>Справка сохранена: %1 (%Ln страницы)</numerusform>
            <numerusform>Справка сохранена: %1 (%Ln страниц)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Briefing saved: %1 (%Ln pages)</source>
        <translation>
            <numerusform>Справка сохранена: %1 (%Ln страница)</numerusform>
            <numerusform>Справка сохранена: %1 (%Ln страницы)</numerusform>
            <numerusform>Справка сохранена: %1 (%Ln страниц)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChosenList</name>
    <message>
        <location filename="../../desktop_app/briefing/picker.py" line="+218"/>
        <source>Entries in the briefing</source>
        <translation>Статьи в справке</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../../desktop_app/commands/command_palette.py" line="+195"/>
        <source>Command palette</source>
        <translation>Палитра команд</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a command…</source>
        <translation>Введите команду…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type part of a command&apos;s name. Up and Down choose, Enter runs it, Escape closes.</source>
        <translation>Введите часть названия команды. Стрелки вверх и вниз выбирают, Enter выполняет, Escape закрывает.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Matching commands</source>
        <translation>Подходящие команды</translation>
    </message>
</context>
<context>
    <name>CorrectionLine</name>
    <message>
        <location filename="../../desktop_app/search/correction_line.py" line="+49"/>
        <source>Search for the words exactly as typed (Alt+I)</source>
        <translation>Искать слова точно в том виде, как они введены (Alt+И)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Showing results for “%s” —</source>
        <translation>Показаны результаты для «%s» —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>search &amp;instead for “%s”</source>
        <translation>&amp;искать вместо этого «%s»</translation>
    </message>
</context>
<context>
    <name>EntryHtml</name>
    <message>
        <location filename="../../desktop_app/reading/entry_html.py" line="-71"/>
        <source>Introduction</source>
        <translation>Введение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field of expertise</source>
        <translation>Область экспертизы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initiative</source>
        <translation>Инициатива</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration dialogue</source>
        <translation>Диалог по вопросам миграции</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>★ Bookmarked</source>
        <translation>★ В закладках</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✎ Your note</source>
        <translation>✎ Ваша заметка</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The fields of expertise</source>
        <translation>Области экспертизы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Related fields</source>
        <translation>Связанные области</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Initiatives</source>
        <translation>Инициативы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Migration dialogues</source>
        <translation>Диалоги по вопросам миграции</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Part of</source>
        <translation>Входит в</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fields of expertise working here</source>
        <translation>Области экспертизы, работающие здесь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initiatives and dialogues here</source>
        <translation>Инициативы и диалоги здесь</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sub-regions</source>
        <translation>Субрегионы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also in its sub-regions</source>
        <translation>Также в его субрегионах</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No entries name this region.</source>
        <translation>Ни одна статья не называет этот регион.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reading/labels_html.py" line="+93"/>
        <source>Also called</source>
        <translation>Другие названия</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>In other languages</source>
        <translation>На других языках</translation>
    </message>
</context>
<context>
    <name>EntryPicker</name>
    <message>
        <location filename="../../desktop_app/briefing/picker.py" line="-165"/>
        <source>Where entries come from</source>
        <translation>Откуда брать статьи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type to filter</source>
        <translation>Введите текст для фильтра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter entries</source>
        <translation>Фильтр статей</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entries to add</source>
        <translation>Статьи для добавления</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>S&amp;earch</source>
        <translation>Поис&amp;к</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n search result on screen</source>
        <translation>
            <numerusform>%n результат поиска на экране</numerusform>
            <numerusform>%n результата поиска на экране</numerusform>
            <numerusform>%n результатов поиска на экране</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n search results on screen</source>
        <translation>
            <numerusform>%n результат поиска на экране</numerusform>
            <numerusform>%n результата поиска на экране</numerusform>
            <numerusform>%n результатов поиска на экране</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Bookmarks</source>
        <translation>Закл&amp;адки</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n bookmark</source>
        <translation>
            <numerusform>%n закладка</numerusform>
            <numerusform>%n закладки</numerusform>
            <numerusform>%n закладок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n bookmarks</source>
        <translation>
            <numerusform>%n закладка</numerusform>
            <numerusform>%n закладки</numerusform>
            <numerusform>%n закладок</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n entry read</source>
        <translation>
            <numerusform>%n прочитанная статья</numerusform>
            <numerusform>%n прочитанные статьи</numerusform>
            <numerusform>%n прочитанных статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n entries read</source>
        <translation>
            <numerusform>%n прочитанная статья</numerusform>
            <numerusform>%n прочитанные статьи</numerusform>
            <numerusform>%n прочитанных статей</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;ll</source>
        <translation>Вс&amp;е</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>All %n entries</source>
        <translation>
            <numerusform>Всего статей: %n</numerusform>
            <numerusform>Всего статей: %n</numerusform>
            <numerusform>Всего статей: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Nothing here matches “%1”.</source>
        <translation>Здесь нет ничего по запросу «%1».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No search on screen: search in the main window first.</source>
        <translation>На экране нет поиска: сначала выполните поиск в главном окне.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No bookmarks yet: bookmark an entry and it is listed here.</source>
        <translation>Закладок пока нет: добавьте статью в закладки, и она появится здесь.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No history yet: the entries you read are listed here.</source>
        <translation>Истории пока нет: здесь появляются прочитанные вами статьи.</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <location filename="../../desktop_app/reading/entry_view.py" line="+42"/>
        <source>Entry</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The entry you are reading; Page Down and Space scroll, Ctrl+Tab moves to its links, Esc goes back to the search box</source>
        <translation>Статья, которую вы читаете; Page Down и Пробел прокручивают, Ctrl+Tab переходит к её ссылкам, Esc возвращает в поле поиска</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop_app/i18n/errors.py" line="+30"/>
        <source>That entry is not in this catalogue</source>
        <translation>Этой статьи нет в этом каталоге</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That region is not in this catalogue</source>
        <translation>Этого региона нет в этом каталоге</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The content pack cannot be used</source>
        <translation>Пакет содержимого нельзя использовать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A catalogue source file is wrong</source>
        <translation>Ошибка в исходном файле каталога</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalogue cannot be read</source>
        <translation>Не удаётся прочитать каталог</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your notes and bookmarks are unavailable</source>
        <translation>Ваши заметки и закладки недоступны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search is unavailable</source>
        <translation>Поиск недоступен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app may not use this file</source>
        <translation>Приложению нельзя использовать этот файл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is full</source>
        <translation>Диск заполнен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is read-only</source>
        <translation>Диск доступен только для чтения</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Permission denied</source>
        <translation>Доступ запрещён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file or folder does not exist</source>
        <translation>Файл или папка не существует</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong; the details are in the log</source>
        <translation>Что-то пошло не так; подробности в журнале</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window settings start from defaults and are not saved</source>
        <translation>Настройки окна начинаются со значений по умолчанию и не сохраняются</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content packs were set aside</source>
        <translation>Пакеты содержимого отложены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search uses a temporary index for this session</source>
        <translation>Поиск использует временный индекс в этом сеансе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your notes and bookmarks</source>
        <translation>Ваши заметки и закладки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting with defaults</source>
        <translation>Запуск с настройками по умолчанию</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop_app/reading/find_bar.py" line="+31"/>
        <location line="+1"/>
        <source>Find in entry</source>
        <translation>Найти в статье</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous match</source>
        <translation>Предыдущее совпадение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next match</source>
        <translation>Следующее совпадение</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close find bar</source>
        <translation>Закрыть панель поиска</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{current} of {total}</source>
        <translation>{current} из {total}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n matches</source>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverController</name>
    <message>
        <location filename="../../desktop_app/userdata/handover_controller.py" line="+84"/>
        <source>Import progress</source>
        <translation>Ход импорта</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exported %d items to %s</source>
        <translation>Экспортировано элементов: %d, в %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed</source>
        <translation>Не удалось экспортировать</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Importing notes and bookmarks from %s…</source>
        <translation>Импорт заметок и закладок из %s…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import refused</source>
        <translation>Импорт отклонён</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported: %d new notes, %d merged (both versions kept), %d new bookmarks</source>
        <translation>Импортировано: новых заметок — %d, объединено — %d (сохранены обе версии), новых закладок — %d</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/mainwindow/main_window.py" line="+134"/>
        <source>Search index progress</source>
        <translation>Ход построения поискового индекса</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening the catalogue…</source>
        <translation>Открытие каталога…</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Preparing search: %s</source>
        <translation>Подготовка поиска: %s</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Catalogue %s · data as of %s</source>
        <translation>Каталог %s · данные на %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Built %s · content %s</source>
        <translation>Собран %s · содержимое %s</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="+20"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <location filename="../../desktop_app/tree/tree_builders.py" line="+41"/>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initiatives and dialogues</source>
        <translation>Инициативы и диалоги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related fields</source>
        <translation>Связанные области</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See also</source>
        <translation>См. также</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fields of expertise</source>
        <translation>Области экспертизы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initiatives</source>
        <translation>Инициативы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration dialogues</source>
        <translation>Диалоги по вопросам миграции</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Introduction</source>
        <translation>Введение</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Field of expertise</source>
        <translation>Область экспертизы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initiative</source>
        <translation>Инициатива</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration dialogue</source>
        <translation>Диалог по вопросам миграции</translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree/tree_model.py" line="+222"/>
        <source>Catalogue</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{label} ({own} · {count} with sub-regions)</source>
        <translation>{label} ({own} · {count} с субрегионами)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{label} ({count})</source>
        <translation>{label} ({count})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%n entry in {region} and its sub-regions</source>
        <translation>Статей в регионе {region} и его субрегионах: %n</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n entries in {region} and its sub-regions</source>
        <translation>Статей в регионе {region} и его субрегионах: %n</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%n entry names {region} itself</source>
        <translation>Статей, где назван сам регион {region}: %n</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n entries name {region} itself</source>
        <translation>Статей, где назван сам регион {region}: %n</translation>
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
        <translation>Ваша личная заметка к этой статье (Ctrl+Shift+N). Сохраняется автоматически и никуда не отправляется.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your note</source>
        <translation>Ваша заметка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A private note, saved as you type</source>
        <translation>Личная заметка, сохраняется по мере ввода</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Editing…</source>
        <translation>Редактирование…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This note was also changed elsewhere: both versions are kept below.</source>
        <translation>Эта заметка была изменена и в другом месте: обе версии сохранены ниже.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your notes are read-only (%s): shown, not saved.</source>
        <translation>Ваши заметки доступны только для чтения (%s): они показываются, но не сохраняются.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved: %s. Your text is kept; retrying…</source>
        <translation>Не сохранено: %s. Ваш текст не потерян; повторная попытка…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+31"/>
        <source>Note not saved</source>
        <translation>Заметка не сохранена</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Your note could not be saved: %s.

The text stays in the editor and saving is retried every few seconds.</source>
        <translation>Не удалось сохранить заметку: %s.

Текст остаётся в редакторе, сохранение повторяется каждые несколько секунд.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Note kept in a file</source>
        <translation>Заметка сохранена в файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your note could not be saved (%s).

Its text was written to:
%s</source>
        <translation>Не удалось сохранить заметку (%s).

Её текст записан в файл:
%s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your note could not be saved (%s), nor written to a recovery file (%s).

Keep the window open, copy the text somewhere safe or free some space, then close again.</source>
        <translation>Не удалось ни сохранить заметку (%s), ни записать её в файл восстановления (%s).

Не закрывайте окно: скопируйте текст в надёжное место или освободите место на диске, затем закройте снова.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep Window Open</source>
        <translation>Не закрывать окно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard Note and Close</source>
        <translation>Отбросить заметку и закрыть</translation>
    </message>
</context>
<context>
    <name>PackImportDialog</name>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="+103"/>
        <source>Import Content Pack</source>
        <translation>Импорт пакета содержимого</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A content pack updates the catalogue from a file on a USB stick or an e-mail. It is checked against the publisher&apos;s signature before anything in it is read.</source>
        <translation>Пакет содержимого обновляет каталог из файла с USB-накопителя или из письма. Подпись издателя проверяется до того, как что-либо в нём будет прочитано.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No pack chosen</source>
        <translation>Пакет не выбран</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content pack file</source>
        <translation>Файл пакета содержимого</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a content pack file</source>
        <translation>Выбрать файл пакета содержимого</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import status</source>
        <translation>Состояние импорта</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import progress</source>
        <translation>Ход импорта</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the content pack</source>
        <translation>Импортировать пакет содержимого</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the dialog</source>
        <translation>Закрыть окно</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose a content pack</source>
        <translation>Выбор пакета содержимого</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content packs (*.frpack);;All files (*)</source>
        <translation>Пакеты содержимого (*.frpack);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+42"/>
        <source>Checking the signature and contents…</source>
        <translation>Проверка подписи и содержимого…</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Reading the entries…</source>
        <translation>Чтение статей…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Combining with installed content…</source>
        <translation>Объединение с установленным содержимым…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the new catalogue…</source>
        <translation>Запись нового каталога…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building the search index…</source>
        <translation>Построение поискового индекса…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switching to the new catalogue…</source>
        <translation>Переход на новый каталог…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verified. Importing will: %s.</source>
        <translation>Проверено. Импорт выполнит: %s.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import failed: %s</source>
        <translation>Импорт не удался: %s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refused: %s</source>
        <translation>Отклонено: %s</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>PackSummary</name>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="+35"/>
        <source>Pack details</source>
        <translation>Сведения о пакете</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What changes</source>
        <translation>Что изменится</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>sequence %d is installed</source>
        <translation>установлен номер %d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not installed yet</source>
        <translation>ещё не установлен</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>adds a collection</source>
        <translation>добавляет коллекцию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replaces the catalogue</source>
        <translation>заменяет каталог</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%s” (%s, sequence %d): %s; %s.</source>
        <translation>«%s» (%s, номер %d): %s; %s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by publisher key %s. Data as of %s.</source>
        <translation>Подписан ключом издателя %s. Данные на %s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New catalogue version: %s</source>
        <translation>Новая версия каталога: %s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>add %s, update %s and remove %s entries</source>
        <translation>добавление статей: %s, обновление: %s, удаление: %s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Installed “%s” (%s, sequence %d).</source>
        <translation>Установлен «%s» (%s, номер %d).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added %s, updated %s, removed %s entries.</source>
        <translation>Статей добавлено: %s, обновлено: %s, удалено: %s.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Catalogue %s is now in use (took %.1f s).</source>
        <translation>Теперь используется каталог %s (заняло %.1f с).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To undo it, run &apos;fieldref pack rollback&apos;.</source>
        <translation>Чтобы отменить, выполните &apos;fieldref pack rollback&apos;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was changed; the catalogue is as it was.</source>
        <translation>Ничего не изменено; каталог остался прежним.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>updated</source>
        <translation>обновлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>удалено</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%s … and %s more %s</source>
        <translation>%s … и ещё %s: %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No entries change.</source>
        <translation>Статьи не меняются.</translation>
    </message>
</context>
<context>
    <name>PanelsController</name>
    <message>
        <location filename="../../desktop_app/userdata/panels_controller.py" line="+81"/>
        <source>Bookmarks</source>
        <translation>Закладки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My notes</source>
        <translation>Мои заметки</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No bookmarks yet — press {key} on an entry to keep it here.</source>
        <translation>Закладок пока нет — нажмите {key} в статье, чтобы сохранить её здесь.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No history yet — the entries you open are listed here, newest first.</source>
        <translation>Истории пока нет — здесь появляются открытые вами статьи, сначала новые.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No notes yet — press {key} on an entry to write one.</source>
        <translation>Заметок пока нет — нажмите {key} в статье, чтобы написать заметку.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%d of your notes belong to entries no longer in the catalogue; they are kept (View › My Notes Panel).</source>
        <translation>Ваших заметок к статьям, которых больше нет в каталоге: %d; они сохранены (Вид › Панель моих заметок).</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Bookmarked</source>
        <translation>Добавлено в закладки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bookmark removed</source>
        <translation>Закладка удалена</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+31"/>
        <location line="+19"/>
        <source>Bookmark not saved</source>
        <translation>Закладка не сохранена</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Bookmark removed: {title}</source>
        <translation>Закладка удалена: {title}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bookmark restored</source>
        <translation>Закладка восстановлена</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>entry no longer in the catalogue</source>
        <translation>статьи больше нет в каталоге</translation>
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
        <translation>Где вы находитесь</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>That entry is not in this catalogue.</source>
        <translation>Этой статьи нет в этом каталоге.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Zoom %d%%</source>
        <translation>Масштаб %d%%</translation>
    </message>
</context>
<context>
    <name>RecentSearches</name>
    <message>
        <location filename="../../desktop_app/search/recent_searches.py" line="+38"/>
        <source>Recent searches</source>
        <translation>Недавние запросы</translation>
    </message>
</context>
<context>
    <name>ResultsList</name>
    <message>
        <location filename="../../desktop_app/search/results_view.py" line="+347"/>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entries matching the search; Up and Down move, Enter opens</source>
        <translation>Статьи, найденные по запросу; стрелки вверх и вниз перемещают, Enter открывает</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location line="-228"/>
        <source> (bookmarked; has your note)</source>
        <translation> (в закладках; есть ваша заметка)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (bookmarked)</source>
        <translation> (в закладках)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (has your note)</source>
        <translation> (есть ваша заметка)</translation>
    </message>
</context>
<context>
    <name>SavedBar</name>
    <message>
        <location filename="../../desktop_app/briefing/saving.py" line="+81"/>
        <source>&amp;Open</source>
        <translation>О&amp;ткрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in &amp;Folder</source>
        <translation>Показать в &amp;папке</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Saved “%1” · %Ln page</source>
        <translation>
            <numerusform>Сохранено «%1» · %Ln страница</numerusform>
            <numerusform>Сохранено «%1» · %Ln страницы</numerusform>
            <numerusform>Сохранено «%1» · %Ln страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Saved “%1” · %Ln pages</source>
        <translation>
            <numerusform>Сохранено «%1» · %Ln страница</numerusform>
            <numerusform>Сохранено «%1» · %Ln страницы</numerusform>
            <numerusform>Сохранено «%1» · %Ln страниц</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../../desktop_app/search/search_controller.py" line="+77"/>
        <source>Search fields, programmes, dialogues, regions…  (Ctrl+K)</source>
        <translation>Поиск по областям, программам, диалогам, регионам…  (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type to search; Up and Down choose a result, Enter opens it, Esc clears</source>
        <translation>Введите запрос; стрелки вверх и вниз выбирают результат, Enter открывает его, Esc очищает</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Search is getting ready…</source>
        <translation>Подготовка поиска…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Search failed</source>
        <translation>Поиск не удался</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search failed: %s</source>
        <translation>Поиск не удался: %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Searched in %.1f ms</source>
        <translation>Поиск занял %.1f мс</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No entry names “%s”. The region that contains it:</source>
        <translation>Ни одна статья не упоминает «%s». Регион, в который входит это место:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No entry names “%s”.</source>
        <translation>Ни одна статья не упоминает «%s».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No entries match “{query}” · 1 of your notes does</source>
        <translation>Нет статей по запросу «{query}» · подходит 1 ваша заметка</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>No entries match “{query}” · %n of your notes do</source>
        <translation>
            <numerusform>Нет статей по запросу «{query}» · подходит %n ваша заметка</numerusform>
            <numerusform>Нет статей по запросу «{query}» · подходят %n ваши заметки</numerusform>
            <numerusform>Нет статей по запросу «{query}» · подходят %n ваших заметок</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No entries match “%s”. Try fewer or other words.</source>
        <translation>Нет статей по запросу «%s». Попробуйте меньше слов или другие слова.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No results</source>
        <translation>Нет результатов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 result</source>
        <translation>1 результат</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n results</source>
        <translation>
            <numerusform>%n результат</numerusform>
            <numerusform>%n результата</numerusform>
            <numerusform>%n результатов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 of your notes</source>
        <translation>1 ваша заметка</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n of your notes</source>
        <translation>
            <numerusform>%n ваша заметка</numerusform>
            <numerusform>%n ваши заметки</numerusform>
            <numerusform>%n ваших заметок</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 introduction</source>
        <translation>1 введение</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n introductions</source>
        <translation>
            <numerusform>%n введение</numerusform>
            <numerusform>%n введения</numerusform>
            <numerusform>%n введений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 field</source>
        <translation>1 область</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n fields</source>
        <translation>
            <numerusform>%n область</numerusform>
            <numerusform>%n области</numerusform>
            <numerusform>%n областей</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 initiative</source>
        <translation>1 инициатива</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n initiatives</source>
        <translation>
            <numerusform>%n инициатива</numerusform>
            <numerusform>%n инициативы</numerusform>
            <numerusform>%n инициатив</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 dialogue</source>
        <translation>1 диалог</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n dialogues</source>
        <translation>
            <numerusform>%n диалог</numerusform>
            <numerusform>%n диалога</numerusform>
            <numerusform>%n диалогов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>My note: %1</source>
        <translation>Моя заметка: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../desktop_app/commands/shortcut_sheet.py" line="+148"/>
        <location line="+1"/>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter by command or key…</source>
        <translation>Фильтр по команде или клавише…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter shortcuts</source>
        <translation>Фильтр сочетаний клавиш</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type part of a command&apos;s name or a key; Down moves to the table.</source>
        <translation>Введите часть названия команды или клавишу; стрелка вниз переходит к таблице.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Commands and their keys</source>
        <translation>Команды и их клавиши</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>To change a shortcut, edit {path} and restart Field Reference. For example:</source>
        <translation>Чтобы изменить сочетание клавиш, отредактируйте {path} и перезапустите Field Reference. Например:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where to change shortcuts</source>
        <translation>Где изменить сочетания клавиш</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Example shortcuts file</source>
        <translation>Пример файла сочетаний клавиш</translation>
    </message>
</context>
<context>
    <name>ShortcutTableModel</name>
    <message>
        <location line="-97"/>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no shortcut</source>
        <translation>нет сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>StartupController</name>
    <message>
        <location filename="../../desktop_app/boot/startup_controller.py" line="+174"/>
        <source>Catalogue %s is now open.</source>
        <translation>Каталог %s открыт.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Content pack</source>
        <translation>Пакет содержимого</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new catalogue could not be opened: %s</source>
        <translation>Не удалось открыть новый каталог: %s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Field Reference cannot start</source>
        <translation>Не удаётся запустить Field Reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalogue could not be opened:

%s

%s</source>
        <translation>Не удалось открыть каталог:

%s

%s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="+62"/>
        <source>From a source checkout run &apos;make build&apos;; an installed copy should be reinstalled.</source>
        <translation>В копии исходного кода выполните &apos;make build&apos;; установленную копию следует переустановить.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reinstall Field Reference, or rebuild the catalogue with &apos;fieldref build&apos;.</source>
        <translation>Переустановите Field Reference или пересоберите каталог командой &apos;fieldref build&apos;.</translation>
    </message>
</context>
<context>
    <name>TreeController</name>
    <message>
        <location filename="../../desktop_app/tree/tree_controller.py" line="+95"/>
        <source>Catalogue tree</source>
        <translation>Дерево каталога</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions, fields and programmes; Enter opens</source>
        <translation>Регионы, области и программы; Enter открывает</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group the tree</source>
        <translation>Группировка дерева</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By region</source>
        <translation>По регионам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By field</source>
        <translation>По областям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A–Z</source>
        <translation>По алфавиту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By kind</source>
        <translation>По типу</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Could not build the tree: %s</source>
        <translation>Не удалось построить дерево: %s</translation>
    </message>
</context>
<context>
    <name>UserLayer</name>
    <message>
        <location filename="../../desktop_app/userdata/user_layer.py" line="+102"/>
        <source>Note not saved: %s</source>
        <translation>Заметка не сохранена: %s</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your notes</source>
        <translation>Ваши заметки</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Export notes and bookmarks</source>
        <translation>Экспорт заметок и закладок</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>Handover files (*.json)</source>
        <translation>Файлы передачи (*.json)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Import notes and bookmarks</source>
        <translation>Импорт заметок и закладок</translation>
    </message>
</context>
<context>
    <name>WindowState</name>
    <message>
        <location filename="../../desktop_app/mainwindow/window_state.py" line="+119"/>
        <source>About Field Reference</source>
        <translation>О программе Field Reference</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Field Reference %s</source>
        <translation>Field Reference %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Content: “{title}”, from the text in which ICMPD (the International Centre for Migration Policy Development) describes its fields of expertise, arranged here by field, region, initiative and dialogue.</source>
        <translation>Содержимое: «{title}» — текст, в котором ICMPD (Международный центр по развитию миграционной политики) описывает свои области экспертизы; здесь он упорядочен по областям, регионам, инициативам и диалогам.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data as of {date} (catalogue {version}).</source>
        <translation>Данные на {date} (каталог {version}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Content hash %s</source>
        <translation>Хеш содержимого %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Installed content packs:</source>
        <translation>Установленные пакеты содержимого:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No content packs installed (shipped catalogue).</source>
        <translation>Пакеты содержимого не установлены (каталог из поставки).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(data as of %s)</source>
        <translation>(данные на %s)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its publisher key is no longer trusted: the next import leaves it out.</source>
        <translation>Ключ издателя этого пакета больше не считается доверенным: при следующем импорте пакет будет пропущен.</translation>
    </message>
</context>
</TS>
