<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name></name>
    <message>
        <location filename="../../desktop_app/reading/entry_html.py" line="84"/>
        <source>★ Bookmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reading/entry_html.py" line="94"/>
        <source>The fields of expertise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reading/entry_html.py" line="94"/>
        <source>Related fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reading/entry_html.py" line="96"/>
        <source>Initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reading/entry_html.py" line="97"/>
        <source>Migration dialogues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reading/entry_html.py" line="129"/>
        <source>Fields of expertise working here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reading/entry_html.py" line="130"/>
        <source>Initiatives and dialogues here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reading/entry_html.py" line="132"/>
        <source>Sub-regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reading/entry_html.py" line="135"/>
        <source>Also in its sub-regions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="35"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="37"/>
        <source>Put the cursor in the search box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="43"/>
        <source>&amp;Find in Entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="45"/>
        <source>Find words in the entry you are reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="51"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="53"/>
        <source>Next match in the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="58"/>
        <source>Find &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="60"/>
        <source>Previous match in the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="65"/>
        <source>Copy &amp;Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="67"/>
        <source>Copy the entry&apos;s title, catalogue version and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="73"/>
        <source>&amp;Bookmark This Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="75"/>
        <source>Add or remove a bookmark on this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="83"/>
        <source>Edit My &amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="85"/>
        <source>Put the cursor in your private note on this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="91"/>
        <source>Search My Notes &amp;Too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="93"/>
        <source>Also find entries whose notes contain the search words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="99"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="101"/>
        <source>Go back to the previous entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="108"/>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="110"/>
        <source>Go forward again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="117"/>
        <source>Go to &amp;Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="119"/>
        <source>Move the cursor to the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="124"/>
        <source>Go to &amp;Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="126"/>
        <source>Move the cursor to the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="131"/>
        <source>&amp;Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="133"/>
        <source>Show the introduction to the fields of expertise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="141"/>
        <source>Show &amp;Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="143"/>
        <source>Show or hide the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="151"/>
        <source>Group by &amp;Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="153"/>
        <source>Tree: regions, then the fields working there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="160"/>
        <source>Group by &amp;Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="162"/>
        <source>Tree: fields, then their regions, initiatives and dialogues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="169"/>
        <source>Group &amp;A–Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="171"/>
        <source>Tree: all entries by first letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="178"/>
        <source>Group by &amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="180"/>
        <source>Tree: fields, initiatives, dialogues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="187"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="189"/>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="195"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="197"/>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="203"/>
        <source>Reset &amp;Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="205"/>
        <source>Default text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="210"/>
        <source>Theme: &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="212"/>
        <source>Follow the system light or dark scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="220"/>
        <source>Theme: &amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="222"/>
        <source>Always light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="229"/>
        <source>Theme: &amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="231"/>
        <source>Always dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="238"/>
        <source>&amp;Bookmarks Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="240"/>
        <source>Show your bookmarks and move the cursor there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="247"/>
        <source>&amp;History Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="249"/>
        <source>Show the entries you opened and move the cursor there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="255"/>
        <source>My &amp;Notes Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="257"/>
        <source>All your notes, including notes on entries no longer in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="265"/>
        <source>&amp;Command Palette…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="267"/>
        <source>Run any command by typing its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="274"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="276"/>
        <source>Every command and its keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="282"/>
        <source>&amp;About Field Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="284"/>
        <source>Version and catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="290"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="292"/>
        <source>Print the entry, with a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="298"/>
        <source>&amp;Export Briefing to PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="300"/>
        <source>Export this entry or several bookmarks as a PDF briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="306"/>
        <source>Import &amp;Content Pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="308"/>
        <source>Install signed catalogue updates from a .frpack file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="313"/>
        <source>Export Notes and &amp;Bookmarks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="315"/>
        <source>Save your notes and bookmarks to a file for a colleague or a new laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="322"/>
        <source>&amp;Import Notes and Bookmarks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="324"/>
        <source>Merge notes and bookmarks from a handover file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="329"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="331"/>
        <source>Close Field Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="337"/>
        <source>Next &amp;Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="339"/>
        <source>Move to the next pane: search box, results, entry, note, tree, open panels (Tab goes the same way)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="349"/>
        <source>Pre&amp;vious Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="351"/>
        <source>Move to the previous pane (Shift+Tab goes the same way)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="356"/>
        <source>&amp;Reading Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="358"/>
        <source>Hide the tree, results and note to read; press again to bring them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="367"/>
        <source>Show My &amp;Note Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="369"/>
        <source>Show or hide your note under the entry (remembered)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingController</name>
    <message>
        <location filename="../../desktop_app/briefing/briefing_controller.py" line="85"/>
        <source>Field Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/briefing_controller.py" line="103"/>
        <source>Copied: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/briefing_controller.py" line="122"/>
        <source>Print “%s”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <location filename="../../desktop_app/briefing/briefing_dialog.py" line="58"/>
        <source>Export briefing to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/briefing_dialog.py" line="62"/>
        <location filename="../../desktop_app/briefing/briefing_dialog.py" line="120"/>
        <source>Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/briefing_dialog.py" line="63"/>
        <source>Briefing title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/briefing_dialog.py" line="65"/>
        <source>Entries in the briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/briefing_dialog.py" line="73"/>
        <location filename="../../desktop_app/briefing/briefing_dialog.py" line="74"/>
        <source>Include my notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/briefing_dialog.py" line="81"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/briefing_dialog.py" line="83"/>
        <source>Entries (Space ticks or unticks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/briefing_dialog.py" line="105"/>
        <source>Save briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/briefing_dialog.py" line="107"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/briefing_dialog.py" line="117"/>
        <source>Tick at least one entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/briefing_dialog.py" line="137"/>
        <source>Saved %d pages to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/briefing_dialog.py" line="144"/>
        <source>Could not write the PDF: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../../desktop_app/commands/command_palette.py" line="192"/>
        <source>Command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/command_palette.py" line="197"/>
        <source>Type a command…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/command_palette.py" line="198"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/command_palette.py" line="201"/>
        <source>Type part of a command&apos;s name. Up and Down choose, Enter runs it, Escape closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/command_palette.py" line="208"/>
        <source>Matching commands</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionLine</name>
    <message>
        <location filename="../../desktop_app/search/correction_line.py" line="47"/>
        <source>Search for the words exactly as typed (Alt+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/correction_line.py" line="61"/>
        <source>Showing results for “%s” —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/correction_line.py" line="63"/>
        <source>search &amp;instead for “%s”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <location filename="../../desktop_app/reading/entry_view.py" line="42"/>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reading/entry_view.py" line="45"/>
        <source>The entry you are reading; Page Down and Space scroll, Ctrl+Tab moves to its links, Esc goes back to the search box</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop_app/reading/find_bar.py" line="29"/>
        <location filename="../../desktop_app/reading/find_bar.py" line="30"/>
        <source>Find in entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reading/find_bar.py" line="34"/>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reading/find_bar.py" line="37"/>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reading/find_bar.py" line="43"/>
        <source>Close find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reading/find_bar.py" line="112"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reading/find_bar.py" line="115"/>
        <source>{current} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/reading/find_bar.py" line="118"/>
        <source>%n matches</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverController</name>
    <message>
        <location filename="../../desktop_app/userdata/handover_controller.py" line="84"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/handover_controller.py" line="99"/>
        <source>Exported %d items to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/handover_controller.py" line="104"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/handover_controller.py" line="118"/>
        <source>Importing notes and bookmarks from %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/handover_controller.py" line="144"/>
        <source>Import refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/handover_controller.py" line="150"/>
        <source>Imported: %d new notes, %d merged (both versions kept), %d new bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/mainwindow/main_window.py" line="129"/>
        <source>Search index progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/mainwindow/main_window.py" line="134"/>
        <source>Opening the catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/mainwindow/main_window.py" line="250"/>
        <source>Preparing search: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/mainwindow/main_window.py" line="267"/>
        <source>Catalogue %s · data as of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/mainwindow/main_window.py" line="270"/>
        <source>Built %s · content %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="376"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="377"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="378"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="379"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="380"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="382"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <location filename="../../desktop_app/tree/tree_builders.py" line="41"/>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree/tree_builders.py" line="42"/>
        <source>Initiatives and dialogues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree/tree_builders.py" line="43"/>
        <source>Related fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree/tree_builders.py" line="44"/>
        <source>See also</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree/tree_builders.py" line="48"/>
        <source>Fields of expertise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree/tree_builders.py" line="49"/>
        <source>Initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree/tree_builders.py" line="50"/>
        <source>Migration dialogues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree/tree_builders.py" line="51"/>
        <location filename="../../desktop_app/tree/tree_builders.py" line="58"/>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree/tree_builders.py" line="55"/>
        <source>Field of expertise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree/tree_builders.py" line="56"/>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree/tree_builders.py" line="57"/>
        <source>Migration dialogue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <location filename="../../desktop_app/userdata/notes_pane.py" line="33"/>
        <source>Your private note on this entry (Ctrl+Shift+N). Saved automatically; never sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/notes_pane.py" line="37"/>
        <source>Your note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/notes_pane.py" line="38"/>
        <source>A private note, saved as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/notes_pane.py" line="69"/>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/notes_pane.py" line="74"/>
        <source>This note was also changed elsewhere: both versions are kept below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/notes_pane.py" line="76"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/notes_pane.py" line="80"/>
        <source>Your notes are read-only (%s): shown, not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/notes_pane.py" line="85"/>
        <source>Not saved: %s. Your text is kept; retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/notes_pane.py" line="91"/>
        <location filename="../../desktop_app/userdata/notes_pane.py" line="122"/>
        <source>Note not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/notes_pane.py" line="93"/>
        <source>Your note could not be saved: %s.

The text stays in the editor and saving is retried every few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/notes_pane.py" line="108"/>
        <source>Note kept in a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/notes_pane.py" line="109"/>
        <source>Your note could not be saved (%s).

Its text was written to:
%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/notes_pane.py" line="124"/>
        <source>Your note could not be saved (%s), nor written to a recovery file (%s).

Keep the window open, copy the text somewhere safe or free some space, then close again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/notes_pane.py" line="134"/>
        <source>Keep Window Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/notes_pane.py" line="136"/>
        <source>Discard Note and Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackImportDialog</name>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="103"/>
        <source>Import Content Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="118"/>
        <source>A content pack updates the catalogue from a file on a USB stick or an e-mail. It is checked against the publisher&apos;s signature before anything in it is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="127"/>
        <source>No pack chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="128"/>
        <source>Content pack file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="129"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="130"/>
        <source>Choose a content pack file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="135"/>
        <source>Import status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="143"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="148"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="150"/>
        <source>Import the content pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="152"/>
        <source>Close the dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="174"/>
        <source>Choose a content pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="176"/>
        <source>Content packs (*.frpack);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="188"/>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="230"/>
        <source>Checking the signature and contents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="195"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="231"/>
        <source>Reading the entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="232"/>
        <source>Combining with installed content…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="233"/>
        <source>Writing the new catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="234"/>
        <source>Building the search index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="235"/>
        <source>Switching to the new catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="236"/>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="243"/>
        <source>Verified. Importing will: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="248"/>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="253"/>
        <source>Import failed: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="253"/>
        <source>Refused: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="272"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="272"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackSummary</name>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="35"/>
        <source>Pack details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="37"/>
        <source>What changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="51"/>
        <source>sequence %d is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="53"/>
        <source>not installed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="56"/>
        <source>adds a collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="58"/>
        <source>replaces the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="62"/>
        <source>“%s” (%s, sequence %d): %s; %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="64"/>
        <source>Signed by publisher key %s. Data as of %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="66"/>
        <source>New catalogue version: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="74"/>
        <source>add %s, update %s and remove %s entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="85"/>
        <source>Installed “%s” (%s, sequence %d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="86"/>
        <source>Added %s, updated %s, removed %s entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="92"/>
        <source>Catalogue %s is now in use (took %.1f s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="94"/>
        <source>To undo it, run &apos;fieldref pack rollback&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="101"/>
        <source>Nothing was changed; the catalogue is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="106"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="107"/>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="108"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="114"/>
        <source>%s … and %s more %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="117"/>
        <source>No entries change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanelsController</name>
    <message>
        <location filename="../../desktop_app/userdata/panels_controller.py" line="90"/>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/panels_controller.py" line="91"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/panels_controller.py" line="92"/>
        <source>My notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/panels_controller.py" line="104"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/panels_controller.py" line="119"/>
        <source>No bookmarks yet — press {key} on an entry to keep it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/panels_controller.py" line="124"/>
        <source>No history yet — the entries you open are listed here, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/panels_controller.py" line="127"/>
        <source>No notes yet — press {key} on an entry to write one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/panels_controller.py" line="201"/>
        <source>%d of your notes belong to entries no longer in the catalogue; they are kept (View › My Notes Panel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/panels_controller.py" line="273"/>
        <source>Bookmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/panels_controller.py" line="273"/>
        <source>Bookmark removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/panels_controller.py" line="278"/>
        <location filename="../../desktop_app/userdata/panels_controller.py" line="308"/>
        <location filename="../../desktop_app/userdata/panels_controller.py" line="327"/>
        <source>Bookmark not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/panels_controller.py" line="301"/>
        <source>Bookmark removed: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/panels_controller.py" line="321"/>
        <source>Bookmark restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/panels_controller.py" line="372"/>
        <source>entry no longer in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingController</name>
    <message>
        <location filename="../../desktop_app/reading/reading_controller.py" line="84"/>
        <source>Where you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reading/reading_controller.py" line="189"/>
        <source>That entry is not in this catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reading/reading_controller.py" line="232"/>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reading/reading_controller.py" line="292"/>
        <source>Zoom %d%%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentSearches</name>
    <message>
        <location filename="../../desktop_app/search/recent_searches.py" line="38"/>
        <source>Recent searches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsList</name>
    <message>
        <location filename="../../desktop_app/search/results_view.py" line="268"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/results_view.py" line="270"/>
        <source>Entries matching the search; Up and Down move, Enter opens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../desktop_app/search/results_view.py" line="109"/>
        <source> (bookmarked; has your note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/results_view.py" line="111"/>
        <source> (bookmarked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/results_view.py" line="112"/>
        <source> (has your note)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../../desktop_app/search/search_controller.py" line="76"/>
        <source>Search fields, programmes, dialogues, regions…  (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/search_controller.py" line="79"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/search_controller.py" line="81"/>
        <source>Type to search; Up and Down choose a result, Enter opens it, Esc clears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/search_controller.py" line="143"/>
        <source>Search is getting ready…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/search_controller.py" line="166"/>
        <source>Search failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/search_controller.py" line="167"/>
        <source>Search failed: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/search_controller.py" line="171"/>
        <source>Searched in %.1f ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/search_controller.py" line="182"/>
        <source>No entry names “%s”. The region that contains it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/search_controller.py" line="185"/>
        <source>No entry names “%s”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/search_controller.py" line="188"/>
        <source>No entries match “{query}” · 1 of your notes does</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/search/search_controller.py" line="190"/>
        <source>No entries match “{query}” · %n of your notes do</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/search_controller.py" line="195"/>
        <source>No entries match “%s”. Try fewer or other words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/search_controller.py" line="204"/>
        <source>No results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/search_controller.py" line="206"/>
        <source>1 result</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/search/search_controller.py" line="208"/>
        <source>%n results</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/search_controller.py" line="214"/>
        <source>1 of your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/search/search_controller.py" line="214"/>
        <source>%n of your notes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/search_controller.py" line="223"/>
        <source>1 introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/search/search_controller.py" line="223"/>
        <source>%n introductions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/search_controller.py" line="225"/>
        <source>1 field</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/search/search_controller.py" line="225"/>
        <source>%n fields</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/search_controller.py" line="227"/>
        <source>1 initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/search/search_controller.py" line="227"/>
        <source>%n initiatives</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/search/search_controller.py" line="229"/>
        <source>1 dialogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/search/search_controller.py" line="229"/>
        <source>%n dialogues</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../desktop_app/commands/shortcut_sheet.py" line="147"/>
        <location filename="../../desktop_app/commands/shortcut_sheet.py" line="148"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/shortcut_sheet.py" line="153"/>
        <source>Filter by command or key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/shortcut_sheet.py" line="154"/>
        <source>Filter shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/shortcut_sheet.py" line="156"/>
        <source>Type part of a command&apos;s name or a key; Down moves to the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/shortcut_sheet.py" line="180"/>
        <source>Commands and their keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/shortcut_sheet.py" line="198"/>
        <source>To change a shortcut, edit {path} and restart Field Reference. For example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/shortcut_sheet.py" line="203"/>
        <source>Where to change shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/shortcut_sheet.py" line="206"/>
        <source>Example shortcuts file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutTableModel</name>
    <message>
        <location filename="../../desktop_app/commands/shortcut_sheet.py" line="109"/>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/shortcut_sheet.py" line="109"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/shortcut_sheet.py" line="109"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/shortcut_sheet.py" line="128"/>
        <source>no shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupController</name>
    <message>
        <location filename="../../desktop_app/boot/startup_controller.py" line="101"/>
        <source>Catalogue %s is now open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/boot/startup_controller.py" line="111"/>
        <source>Content pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/boot/startup_controller.py" line="112"/>
        <source>The new catalogue could not be opened: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/boot/startup_controller.py" line="121"/>
        <source>Field Reference cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/boot/startup_controller.py" line="122"/>
        <source>The catalogue could not be opened:

%s

%s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreeController</name>
    <message>
        <location filename="../../desktop_app/tree/tree_controller.py" line="85"/>
        <source>Catalogue tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree/tree_controller.py" line="86"/>
        <source>Regions, fields and programmes; Enter opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree/tree_controller.py" line="89"/>
        <source>Group the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree/tree_controller.py" line="91"/>
        <source>By region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree/tree_controller.py" line="92"/>
        <source>By field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree/tree_controller.py" line="93"/>
        <source>A–Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree/tree_controller.py" line="94"/>
        <source>By kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree/tree_controller.py" line="149"/>
        <source>Could not build the tree: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserLayer</name>
    <message>
        <location filename="../../desktop_app/userdata/user_layer.py" line="101"/>
        <source>Note not saved: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/user_layer.py" line="117"/>
        <source>Your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/user_layer.py" line="173"/>
        <source>Export notes and bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/user_layer.py" line="175"/>
        <location filename="../../desktop_app/userdata/user_layer.py" line="190"/>
        <source>Handover files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/userdata/user_layer.py" line="188"/>
        <source>Import notes and bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowState</name>
    <message>
        <location filename="../../desktop_app/mainwindow/window_state.py" line="109"/>
        <source>About Field Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/mainwindow/window_state.py" line="121"/>
        <source>Field Reference %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/mainwindow/window_state.py" line="126"/>
        <source>Content: “{title}”, from the text in which ICMPD (the International Centre for Migration Policy Development) describes its fields of expertise, arranged here by field, region, initiative and dialogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/mainwindow/window_state.py" line="132"/>
        <source>Data as of {date} (catalogue {version}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/mainwindow/window_state.py" line="136"/>
        <source>Content hash %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/mainwindow/window_state.py" line="141"/>
        <source>Installed content packs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/mainwindow/window_state.py" line="143"/>
        <source>No content packs installed (shipped catalogue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/mainwindow/window_state.py" line="148"/>
        <source>(data as of %s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/mainwindow/window_state.py" line="154"/>
        <source>Its publisher key is no longer trusted: the next import leaves it out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
