"""The action table: every user command, its default shortcuts and where it appears.

Data only (see commands/actions.py for the QActions made from it and commands/menus.py for the
menus and toolbar). Texts are marked with QT_TRANSLATE_NOOP literals so pyside6-lupdate extracts
them: action texts and tips in the "Actions" context, menu titles in "Menus".
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.i18n.languages import LANGUAGES, SYSTEM


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a table string for pyside6-lupdate; translate() looks it up at run time."""
    return text


@dataclass(frozen=True, slots=True)
class ActionSpec:
    id: str
    text: str  # menu text, translated through the "Actions" context
    shortcuts: tuple[str, ...]
    tip: str
    menu: str  # a key of MENUS: "File", "Edit", "View", "Go", "Help"
    checkable: bool = False
    icon: str = ""  # SVG name under resources/icons/
    toolbar: int = 0  # 0: not on the toolbar; else its section, shown in increasing order
    group: str = ""  # actions sharing a group are exclusive (one checked at a time)
    separator_before: bool = False  # a line above it in its menu
    submenu: str = ""  # a key of SUBMENUS: the action sits in that submenu of its menu


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "focus_search",
        QT_TRANSLATE_NOOP("Actions", "&Search"),
        ("Ctrl+K", "Ctrl+L", "/"),
        QT_TRANSLATE_NOOP("Actions", "Put the cursor in the search box"),
        "Edit",
        icon="search",
    ),
    ActionSpec(
        "find_in_entry",
        QT_TRANSLATE_NOOP("Actions", "&Find in Entry…"),
        ("Ctrl+F",),
        QT_TRANSLATE_NOOP("Actions", "Find words in the entry you are reading"),
        "Edit",
        icon="find",
    ),
    ActionSpec(
        "find_next",
        QT_TRANSLATE_NOOP("Actions", "Find &Next"),
        ("F3",),
        QT_TRANSLATE_NOOP("Actions", "Next match in the entry"),
        "Edit",
    ),
    ActionSpec(
        "find_previous",
        QT_TRANSLATE_NOOP("Actions", "Find &Previous"),
        ("Shift+F3",),
        QT_TRANSLATE_NOOP("Actions", "Previous match in the entry"),
        "Edit",
    ),
    ActionSpec(
        "copy_citation",
        QT_TRANSLATE_NOOP("Actions", "Copy &Citation"),
        ("Ctrl+Shift+C",),
        QT_TRANSLATE_NOOP("Actions", "Copy the entry's title, catalogue version and date"),
        "Edit",
        separator_before=True,
    ),
    ActionSpec(
        "toggle_bookmark",
        QT_TRANSLATE_NOOP("Actions", "&Bookmark This Entry"),
        ("Ctrl+D",),
        QT_TRANSLATE_NOOP("Actions", "Add or remove a bookmark on this entry"),
        "Edit",
        checkable=True,
        icon="bookmark",
        toolbar=2,
        separator_before=True,
    ),
    ActionSpec(
        "focus_notes",
        QT_TRANSLATE_NOOP("Actions", "Edit My &Note"),
        ("Ctrl+Shift+N",),
        QT_TRANSLATE_NOOP("Actions", "Put the cursor in your private note on this entry"),
        "Edit",
        icon="note",
    ),
    ActionSpec(
        "search_notes",
        QT_TRANSLATE_NOOP("Actions", "Search My Notes &Too"),
        (),
        QT_TRANSLATE_NOOP("Actions", "Also find entries whose notes contain the search words"),
        "Edit",
        checkable=True,
    ),
    ActionSpec(
        "back",
        QT_TRANSLATE_NOOP("Actions", "&Back"),
        ("Alt+Left",),
        QT_TRANSLATE_NOOP("Actions", "Go back to the previous entry"),
        "Go",
        icon="back",
        toolbar=1,
    ),
    ActionSpec(
        "forward",
        QT_TRANSLATE_NOOP("Actions", "&Forward"),
        ("Alt+Right",),
        QT_TRANSLATE_NOOP("Actions", "Go forward again"),
        "Go",
        icon="forward",
        toolbar=1,
    ),
    ActionSpec(
        "go_tree",
        QT_TRANSLATE_NOOP("Actions", "Go to &Tree"),
        ("Ctrl+1",),
        QT_TRANSLATE_NOOP("Actions", "Move the cursor to the tree"),
        "Go",
    ),
    ActionSpec(
        "go_entry",
        QT_TRANSLATE_NOOP("Actions", "Go to &Entry"),
        ("Ctrl+2",),
        QT_TRANSLATE_NOOP("Actions", "Move the cursor to the entry"),
        "Go",
    ),
    ActionSpec(
        "show_about_entry",
        QT_TRANSLATE_NOOP("Actions", "&Introduction"),
        ("Ctrl+Home",),
        QT_TRANSLATE_NOOP("Actions", "Show the introduction to the fields of expertise"),
        "Go",
        icon="home",
        toolbar=1,
        separator_before=True,
    ),
    ActionSpec(
        "toggle_tree",
        QT_TRANSLATE_NOOP("Actions", "Show &Tree"),
        ("Ctrl+B",),
        QT_TRANSLATE_NOOP("Actions", "Show or hide the tree"),
        "View",
        checkable=True,
        icon="tree",
        toolbar=1,
    ),
    ActionSpec(
        "group_region",
        QT_TRANSLATE_NOOP("Actions", "Group by &Region"),
        ("Ctrl+Shift+1",),
        QT_TRANSLATE_NOOP("Actions", "Tree: regions, then the fields working there"),
        "View",
        checkable=True,
        group="grouping",
    ),
    ActionSpec(
        "group_field",
        QT_TRANSLATE_NOOP("Actions", "Group by &Field"),
        ("Ctrl+Shift+2",),
        QT_TRANSLATE_NOOP("Actions", "Tree: fields, then their regions, initiatives and dialogues"),
        "View",
        checkable=True,
        group="grouping",
    ),
    ActionSpec(
        "group_az",
        QT_TRANSLATE_NOOP("Actions", "Group &A–Z"),
        ("Ctrl+Shift+3",),
        QT_TRANSLATE_NOOP("Actions", "Tree: all entries by first letter"),
        "View",
        checkable=True,
        group="grouping",
    ),
    ActionSpec(
        "group_kind",
        QT_TRANSLATE_NOOP("Actions", "Group by &Kind"),
        ("Ctrl+Shift+4",),
        QT_TRANSLATE_NOOP("Actions", "Tree: fields, initiatives, dialogues"),
        "View",
        checkable=True,
        group="grouping",
    ),
    ActionSpec(
        "zoom_in",
        QT_TRANSLATE_NOOP("Actions", "Zoom &In"),
        ("Ctrl+=", "Ctrl++"),
        QT_TRANSLATE_NOOP("Actions", "Larger text"),
        "View",
        icon="zoom-in",
    ),
    ActionSpec(
        "zoom_out",
        QT_TRANSLATE_NOOP("Actions", "Zoom &Out"),
        ("Ctrl+-",),
        QT_TRANSLATE_NOOP("Actions", "Smaller text"),
        "View",
        icon="zoom-out",
    ),
    ActionSpec(
        "zoom_reset",
        QT_TRANSLATE_NOOP("Actions", "Reset &Zoom"),
        ("Ctrl+0",),
        QT_TRANSLATE_NOOP("Actions", "Default text size"),
        "View",
    ),
    ActionSpec(
        "theme_system",
        QT_TRANSLATE_NOOP("Actions", "Theme: &System"),
        (),
        QT_TRANSLATE_NOOP("Actions", "Follow the system light or dark scheme"),
        "View",
        checkable=True,
        group="theme",
        separator_before=True,
    ),
    ActionSpec(
        "theme_light",
        QT_TRANSLATE_NOOP("Actions", "Theme: &Light"),
        (),
        QT_TRANSLATE_NOOP("Actions", "Always light"),
        "View",
        checkable=True,
        group="theme",
    ),
    ActionSpec(
        "theme_dark",
        QT_TRANSLATE_NOOP("Actions", "Theme: &Dark"),
        (),
        QT_TRANSLATE_NOOP("Actions", "Always dark"),
        "View",
        checkable=True,
        group="theme",
    ),
    ActionSpec(
        "show_bookmarks",
        QT_TRANSLATE_NOOP("Actions", "&Bookmarks Panel"),
        ("Ctrl+Shift+B",),
        QT_TRANSLATE_NOOP("Actions", "Show your bookmarks and move the cursor there"),
        "View",
        icon="bookmark",
        separator_before=True,
    ),
    ActionSpec(
        "show_history",
        QT_TRANSLATE_NOOP("Actions", "&History Panel"),
        ("Ctrl+H",),
        QT_TRANSLATE_NOOP("Actions", "Show the entries you opened and move the cursor there"),
        "View",
        icon="history",
    ),
    ActionSpec(
        "show_notes",
        QT_TRANSLATE_NOOP("Actions", "My &Notes Panel"),
        ("Ctrl+Shift+M",),
        QT_TRANSLATE_NOOP(
            "Actions", "All your notes, including notes on entries no longer in the catalogue"
        ),
        "View",
        icon="note",
    ),
    ActionSpec(
        "command_palette",
        QT_TRANSLATE_NOOP("Actions", "&Command Palette…"),
        ("Ctrl+Shift+P",),
        QT_TRANSLATE_NOOP("Actions", "Run any command by typing its name"),
        "View",
        icon="palette",
        toolbar=3,
    ),
    ActionSpec(
        "shortcut_sheet",
        QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"),
        ("F1",),
        QT_TRANSLATE_NOOP("Actions", "Every command and its keys"),
        "Help",
        icon="keyboard",
    ),
    ActionSpec(
        "about",
        QT_TRANSLATE_NOOP("Actions", "&About Field Reference"),
        (),
        QT_TRANSLATE_NOOP("Actions", "Version and catalogue"),
        "Help",
        separator_before=True,
    ),
    ActionSpec(
        "print",
        QT_TRANSLATE_NOOP("Actions", "&Print…"),
        ("Ctrl+P",),
        QT_TRANSLATE_NOOP("Actions", "Print the entry, with a preview"),
        "File",
        icon="print",
    ),
    ActionSpec(
        "export_pdf",
        QT_TRANSLATE_NOOP("Actions", "&Export Briefing to PDF…"),
        ("Ctrl+Shift+E",),
        QT_TRANSLATE_NOOP(
            "Actions", "Compose a PDF briefing from search results, bookmarks, history or any entry"
        ),
        "File",
        icon="pdf",
    ),
    ActionSpec(
        "import_pack",
        QT_TRANSLATE_NOOP("Actions", "Import &Content Pack…"),
        (),
        QT_TRANSLATE_NOOP("Actions", "Install signed catalogue updates from a .frpack file"),
        "File",
    ),
    ActionSpec(
        "export_handover",
        QT_TRANSLATE_NOOP("Actions", "Export Notes and &Bookmarks…"),
        (),
        QT_TRANSLATE_NOOP(
            "Actions", "Save your notes and bookmarks to a file for a colleague or a new laptop"
        ),
        "File",
    ),
    ActionSpec(
        "import_handover",
        QT_TRANSLATE_NOOP("Actions", "&Import Notes and Bookmarks…"),
        (),
        QT_TRANSLATE_NOOP("Actions", "Merge notes and bookmarks from a handover file"),
        "File",
    ),
    ActionSpec(
        "quit",
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        ("Ctrl+Q",),
        QT_TRANSLATE_NOOP("Actions", "Close Field Reference"),
        "File",
        separator_before=True,
    ),
    ActionSpec(
        "next_pane",
        QT_TRANSLATE_NOOP("Actions", "Next &Pane"),
        ("F6",),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Move to the next pane: search box, results, entry, note, tree, open panels "
            "(Tab goes the same way)",
        ),
        "Go",
        separator_before=True,
    ),
    ActionSpec(
        "previous_pane",
        QT_TRANSLATE_NOOP("Actions", "Pre&vious Pane"),
        ("Shift+F6",),
        QT_TRANSLATE_NOOP("Actions", "Move to the previous pane (Shift+Tab goes the same way)"),
        "Go",
    ),
    ActionSpec(
        "reading_mode",
        QT_TRANSLATE_NOOP("Actions", "&Reading Mode"),
        ("F11", "Ctrl+Shift+R"),
        QT_TRANSLATE_NOOP(
            "Actions", "Hide the tree, results and note to read; press again to bring them back"
        ),
        "View",
        checkable=True,
        separator_before=True,
    ),
    ActionSpec(
        "toggle_note_pane",
        QT_TRANSLATE_NOOP("Actions", "Show My &Note Pane"),
        ("Ctrl+J",),
        QT_TRANSLATE_NOOP("Actions", "Show or hide your note under the entry (remembered)"),
        "View",
        checkable=True,
    ),
)
# View › Language: each language in its own name (never translated), one checked at a time
FOLLOW_SYSTEM = (
    QT_TRANSLATE_NOOP("Actions", "Follow &System"),
    QT_TRANSLATE_NOOP("Actions", "The desktop's language if we have it, else English"),
)
LANGUAGE_TIP = QT_TRANSLATE_NOOP("Actions", "Show the interface in this language (remembered)")
ACTIONS += tuple(
    ActionSpec(
        f"language_{code}",
        text,
        (),
        tip,
        "View",
        checkable=True,
        group="language",
        submenu="Language",
        separator_before=code == LANGUAGES[0].code,
    )
    for code, text, tip in (
        (SYSTEM, *FOLLOW_SYSTEM),
        *((lang.code, lang.name, LANGUAGE_TIP) for lang in LANGUAGES),
    )
)
# menu key -> title, in menu-bar order; literal calls so pyside6-lupdate extracts every title
MENUS: dict[str, str] = {
    "File": QT_TRANSLATE_NOOP("Menus", "&File"),
    "Edit": QT_TRANSLATE_NOOP("Menus", "&Edit"),
    "View": QT_TRANSLATE_NOOP("Menus", "&View"),
    "Go": QT_TRANSLATE_NOOP("Menus", "&Go"),
    "Help": QT_TRANSLATE_NOOP("Menus", "&Help"),
}
# submenu key -> title; a submenu sits at the end of its actions' menu, after a line
SUBMENUS: dict[str, str] = {"Language": QT_TRANSLATE_NOOP("Menus", "&Language")}
TOOLBAR_TITLE = QT_TRANSLATE_NOOP("Menus", "Navigation")
