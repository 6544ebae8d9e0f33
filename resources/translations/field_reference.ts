<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name></name>
    <message>
        <location filename="../../desktop_app/entry_html.py" line="93"/>
        <source>The fields of expertise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/entry_html.py" line="93"/>
        <source>Related fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/entry_html.py" line="95"/>
        <source>Initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/entry_html.py" line="96"/>
        <source>Migration dialogues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/entry_html.py" line="123"/>
        <source>Fields of expertise working here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/entry_html.py" line="124"/>
        <source>Initiatives and dialogues here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/entry_html.py" line="126"/>
        <source>Sub-regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/entry_html.py" line="129"/>
        <source>Also in its sub-regions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop_app/actions.py" line="42"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="44"/>
        <source>Put the cursor in the search box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="50"/>
        <source>&amp;Find in Entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="52"/>
        <source>Find words in the entry you are reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="58"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="60"/>
        <source>Next match in the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="65"/>
        <source>Find &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="67"/>
        <source>Previous match in the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="72"/>
        <source>Copy &amp;Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="74"/>
        <source>Copy the entry&apos;s title, catalogue version and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="79"/>
        <source>&amp;Bookmark This Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="81"/>
        <source>Add or remove a bookmark on this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="88"/>
        <source>Edit My &amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="90"/>
        <source>Put the cursor in your private note on this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="96"/>
        <source>Search My Notes &amp;Too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="98"/>
        <source>Also find entries whose notes contain the search words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="104"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="106"/>
        <source>Go back to the previous entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="112"/>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="114"/>
        <source>Go forward again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="120"/>
        <source>Go to &amp;Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="122"/>
        <source>Move the cursor to the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="127"/>
        <source>Go to &amp;Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="129"/>
        <source>Move the cursor to the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="134"/>
        <source>&amp;Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="136"/>
        <source>Show the introduction to the fields of expertise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="142"/>
        <source>Show &amp;Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="144"/>
        <source>Show or hide the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="151"/>
        <source>Group by &amp;Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="153"/>
        <source>Tree: regions, then the fields working there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="159"/>
        <source>Group by &amp;Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="161"/>
        <source>Tree: fields, then their regions, initiatives and dialogues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="167"/>
        <source>Group &amp;A–Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="169"/>
        <source>Tree: all entries by first letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="175"/>
        <source>Group by &amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="177"/>
        <source>Tree: fields, initiatives, dialogues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="183"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="185"/>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="191"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="193"/>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="199"/>
        <source>Reset &amp;Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="201"/>
        <source>Default text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="206"/>
        <source>Theme: &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="208"/>
        <source>Follow the system light or dark scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="214"/>
        <source>Theme: &amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="216"/>
        <source>Always light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="222"/>
        <source>Theme: &amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="224"/>
        <source>Always dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="230"/>
        <source>&amp;Bookmarks Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="232"/>
        <source>Show your bookmarks and move the cursor there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="238"/>
        <source>&amp;History Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="240"/>
        <source>Show the entries you opened and move the cursor there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="246"/>
        <source>My &amp;Notes Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="248"/>
        <source>All your notes, including notes on entries no longer in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="256"/>
        <source>&amp;Command Palette…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="258"/>
        <source>Run any command by typing its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="264"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="266"/>
        <source>Every command and its keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="272"/>
        <source>&amp;About Field Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="274"/>
        <source>Version and catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="279"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="281"/>
        <source>Print the entry, with a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="287"/>
        <source>&amp;Export Briefing to PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="289"/>
        <source>Export this entry or several bookmarks as a PDF briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="295"/>
        <source>Export Notes and &amp;Bookmarks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="297"/>
        <source>Save your notes and bookmarks to a file for a colleague or a new laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="304"/>
        <source>&amp;Import Notes and Bookmarks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="306"/>
        <source>Merge notes and bookmarks from a handover file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="311"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/actions.py" line="313"/>
        <source>Close Field Reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <location filename="../../desktop_app/briefing_dialog.py" line="36"/>
        <source>Export briefing to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing_dialog.py" line="40"/>
        <location filename="../../desktop_app/briefing_dialog.py" line="97"/>
        <source>Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing_dialog.py" line="41"/>
        <source>Briefing title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing_dialog.py" line="43"/>
        <source>Entries in the briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing_dialog.py" line="51"/>
        <location filename="../../desktop_app/briefing_dialog.py" line="52"/>
        <source>Include my notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing_dialog.py" line="59"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing_dialog.py" line="61"/>
        <source>Entries (Space ticks or unticks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing_dialog.py" line="83"/>
        <source>Save briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing_dialog.py" line="85"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing_dialog.py" line="94"/>
        <source>Tick at least one entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing_dialog.py" line="101"/>
        <source>Could not write the PDF: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing_dialog.py" line="103"/>
        <source>Saved %d pages to %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../../desktop_app/command_palette.py" line="191"/>
        <source>Command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/command_palette.py" line="196"/>
        <source>Type a command…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/command_palette.py" line="197"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/command_palette.py" line="200"/>
        <source>Type part of a command&apos;s name. Up and Down choose, Enter runs it, Escape closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/command_palette.py" line="207"/>
        <source>Matching commands</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <location filename="../../desktop_app/entry_view.py" line="36"/>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/entry_view.py" line="37"/>
        <source>The entry you are reading; Tab moves to its links</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop_app/find_bar.py" line="25"/>
        <location filename="../../desktop_app/find_bar.py" line="26"/>
        <source>Find in entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/find_bar.py" line="30"/>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/find_bar.py" line="33"/>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/find_bar.py" line="38"/>
        <source>Close find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/find_bar.py" line="89"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/main_window.py" line="120"/>
        <source>Search fields, programmes, dialogues, regions…  (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="123"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="125"/>
        <source>Type to search; Up and Down choose a result, Enter opens it, Esc clears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="143"/>
        <source>Catalogue tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="144"/>
        <source>Regions, fields and programmes; Enter opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="147"/>
        <source>Group the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="149"/>
        <source>By region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="150"/>
        <source>By field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="151"/>
        <source>A–Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="152"/>
        <source>By kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="170"/>
        <source>Where you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="215"/>
        <source>Search index progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="220"/>
        <source>Opening the catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="228"/>
        <source>&amp;{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="229"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="323"/>
        <source>Preparing search: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="334"/>
        <source>Catalogue %s · data as of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="337"/>
        <source>Built %s · content %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="382"/>
        <source>Could not build the tree: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="460"/>
        <source>Search is getting ready…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="473"/>
        <source>Showing results for “%s”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="477"/>
        <source>No entries match “%s”. Try fewer or other words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="485"/>
        <source>No results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="487"/>
        <source>1 result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="489"/>
        <source>%d results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="492"/>
        <source>%s in %.1f ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="544"/>
        <source>That entry is not in this catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="592"/>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="628"/>
        <source>Zoom %d%%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="680"/>
        <source>Field Reference %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="682"/>
        <source>Catalogue %s, data as of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="683"/>
        <source>Content hash %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="684"/>
        <source>About Field Reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <location filename="../../desktop_app/tree_builders.py" line="41"/>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree_builders.py" line="42"/>
        <source>Initiatives and dialogues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree_builders.py" line="43"/>
        <source>Related fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree_builders.py" line="44"/>
        <source>See also</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree_builders.py" line="48"/>
        <source>Fields of expertise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree_builders.py" line="49"/>
        <source>Initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree_builders.py" line="50"/>
        <source>Migration dialogues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree_builders.py" line="51"/>
        <location filename="../../desktop_app/tree_builders.py" line="58"/>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree_builders.py" line="55"/>
        <source>Field of expertise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree_builders.py" line="56"/>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree_builders.py" line="57"/>
        <source>Migration dialogue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <location filename="../../desktop_app/notes_pane.py" line="44"/>
        <source>Your private note on this entry (Ctrl+Shift+N). Saved automatically; never sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/notes_pane.py" line="48"/>
        <source>Your note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/notes_pane.py" line="49"/>
        <source>A private note, saved as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/notes_pane.py" line="107"/>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/notes_pane.py" line="124"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/notes_pane.py" line="130"/>
        <source>Not saved: %s. Your text is kept; retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/notes_pane.py" line="135"/>
        <source>Note not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/notes_pane.py" line="137"/>
        <source>Your note could not be saved: %s.

The text stays in the editor and saving is retried every few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackImportDialog</name>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="152"/>
        <source>Import Content Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="171"/>
        <source>A content pack updates the catalogue from a file on a USB stick or an e-mail. It is checked against the publisher&apos;s signature before anything in it is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="179"/>
        <source>No pack chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="180"/>
        <source>Content pack file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="181"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="182"/>
        <source>Choose a content pack file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="187"/>
        <source>Import status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="191"/>
        <source>Pack details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="193"/>
        <source>What changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="196"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="201"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="203"/>
        <source>Import the content pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="205"/>
        <source>Close the dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="242"/>
        <source>Choose a content pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="244"/>
        <source>Content packs (*.frpack);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="257"/>
        <location filename="../../desktop_app/pack_import_dialog.py" line="284"/>
        <source>Checking the signature and contents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="265"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="285"/>
        <source>Reading the entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="286"/>
        <source>Combining with installed content…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="287"/>
        <source>Writing the new catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="288"/>
        <source>Building the search index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="289"/>
        <source>Switching to the new catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="290"/>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="298"/>
        <source>sequence %d is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="300"/>
        <source>not installed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="303"/>
        <source>adds a collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="305"/>
        <source>replaces the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="309"/>
        <source>“%s” (%s, sequence %d): %s; %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="311"/>
        <source>Signed by publisher key %s. Data as of %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="313"/>
        <source>New catalogue version: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="318"/>
        <source>Verified. Importing will: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="323"/>
        <source>add %s, update %s and remove %s entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="335"/>
        <source>Installed “%s” (%s, sequence %d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="336"/>
        <source>Added %s, updated %s, removed %s entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="342"/>
        <source>Catalogue %s is now in use (took %.1f s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="344"/>
        <source>To undo it, run &apos;fieldref pack rollback&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="349"/>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="355"/>
        <source>Import failed: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="355"/>
        <source>Refused: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="358"/>
        <source>Nothing was changed; the catalogue is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="364"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="365"/>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="366"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="372"/>
        <source>%s … and %s more %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="375"/>
        <source>No entries change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="392"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/pack_import_dialog.py" line="392"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsList</name>
    <message>
        <location filename="../../desktop_app/results_view.py" line="220"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/results_view.py" line="222"/>
        <source>Entries matching the search; Up and Down move, Enter opens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../desktop_app/results_view.py" line="88"/>
        <source> (has your note or bookmark)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../desktop_app/shortcut_sheet.py" line="146"/>
        <location filename="../../desktop_app/shortcut_sheet.py" line="147"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/shortcut_sheet.py" line="152"/>
        <source>Filter by command or key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/shortcut_sheet.py" line="153"/>
        <source>Filter shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/shortcut_sheet.py" line="155"/>
        <source>Type part of a command&apos;s name or a key; Down moves to the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/shortcut_sheet.py" line="162"/>
        <source>Commands and their keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/shortcut_sheet.py" line="177"/>
        <source>To change a shortcut, edit {path} and restart Field Reference. For example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/shortcut_sheet.py" line="182"/>
        <source>Where to change shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/shortcut_sheet.py" line="185"/>
        <source>Example shortcuts file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutTableModel</name>
    <message>
        <location filename="../../desktop_app/shortcut_sheet.py" line="108"/>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/shortcut_sheet.py" line="108"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/shortcut_sheet.py" line="108"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/shortcut_sheet.py" line="127"/>
        <source>no shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserLayer</name>
    <message>
        <location filename="../../desktop_app/user_layer.py" line="64"/>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/user_layer.py" line="65"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/user_layer.py" line="66"/>
        <source>My notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/user_layer.py" line="109"/>
        <source>Note not saved: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/user_layer.py" line="121"/>
        <source>Your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/user_layer.py" line="127"/>
        <source>%d of your notes belong to entries no longer in the catalogue; they are kept (View › My Notes Panel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/user_layer.py" line="210"/>
        <source>Bookmark not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/user_layer.py" line="214"/>
        <source>Bookmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/user_layer.py" line="214"/>
        <source>Bookmark removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/user_layer.py" line="269"/>
        <source>entry no longer in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/user_layer.py" line="320"/>
        <source>Copied: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/user_layer.py" line="333"/>
        <source>Print “%s”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/user_layer.py" line="369"/>
        <source>Export notes and bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/user_layer.py" line="371"/>
        <location filename="../../desktop_app/user_layer.py" line="394"/>
        <source>Handover files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/user_layer.py" line="378"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/user_layer.py" line="381"/>
        <source>Exported %d items to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/user_layer.py" line="392"/>
        <source>Import notes and bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/user_layer.py" line="402"/>
        <source>Import refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/user_layer.py" line="408"/>
        <source>Imported: %d new notes, %d merged (both versions kept), %d new bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self._window</name>
    <message>
        <location filename="../../desktop_app/startup_controller.py" line="51"/>
        <source>Field Reference cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/startup_controller.py" line="52"/>
        <source>The catalogue could not be opened:

%s

%s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
