"""Every user command, its default shortcuts and where it appears — one table.

Menus (titles, order, separators, exclusive groups), the toolbar, tooltips, the command palette and
the shortcut sheet are all generated from ACTIONS and MENUS (see commands/menus.py), and an officer
can override shortcuts in `shortcuts.toml` in the user folder without touching code:

    [shortcuts]
    focus_search = ["Ctrl+K", "Ctrl+E"]
    toggle_tree = []            # no shortcut
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from desktop_app.plain_text import plain_tooltip

SHORTCUTS_FILE = "shortcuts.toml"


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
    toolbar: int = 0  # 0: not on the toolbar; else its toolbar section (separators between)
    group: str = ""  # actions sharing a group are exclusive (one checked at a time)
    separator_before: bool = False  # a line above it in its menu


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "focus_search",
        QT_TRANSLATE_NOOP("Actions", "&Search"),
        ("Ctrl+K", "Ctrl+L", "F6", "/"),
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
        toolbar=2,
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
        QT_TRANSLATE_NOOP("Actions", "Export this entry or several bookmarks as a PDF briefing"),
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
)
# menu key -> title, in menu-bar order; literal calls so pyside6-lupdate extracts every title
MENUS: dict[str, str] = {
    "File": QT_TRANSLATE_NOOP("Menus", "&File"),
    "Edit": QT_TRANSLATE_NOOP("Menus", "&Edit"),
    "View": QT_TRANSLATE_NOOP("Menus", "&View"),
    "Go": QT_TRANSLATE_NOOP("Menus", "&Go"),
    "Help": QT_TRANSLATE_NOOP("Menus", "&Help"),
}


def menu_title(menu: str) -> str:
    """The translated title of a menu (with its Alt mnemonic)."""
    return QCoreApplication.translate("Menus", MENUS[menu])


def load_overrides(path: Path) -> tuple[dict[str, tuple[str, ...]], list[str]]:
    """Shortcut overrides and the problems found (one line each); a bad file changes nothing.

    The file is read at every start, before the first paint: it is checked to be a regular,
    small, sanely nested file (a FIFO, /dev/zero or a nesting bomb would hang or crash every
    start) and, if it is not, left where it is for the officer to fix.
    """
    from db.safe_files import UnsafeFileError, read_toml_file  # cheap: no SQLAlchemy

    try:
        data = read_toml_file(path)
    except FileNotFoundError:
        return {}, []
    except UnsafeFileError as exc:
        return {}, [f"{exc}. Using the default shortcuts; the file was left in place."]
    table = data.get("shortcuts", {})
    if not isinstance(table, dict):
        return {}, [f"{path}: [shortcuts] must be a table"]
    known = {a.id for a in ACTIONS}
    overrides: dict[str, tuple[str, ...]] = {}
    problems: list[str] = []
    for key, value in table.items():
        keys = [value] if isinstance(value, str) else value
        if key not in known:
            problems.append(f"{path}: unknown action '{key}'")
        elif not isinstance(keys, list) or not all(isinstance(k, str) for k in keys):
            problems.append(f"{path}: '{key}' needs a list of key names")
        elif any(QKeySequence(k).isEmpty() for k in keys):
            problems.append(f"{path}: '{key}' has a key Qt does not understand")
        else:
            overrides[key] = tuple(keys)
    return overrides, problems


class ActionRegistry(QObject):
    """Creates one QAction per spec, with translated text, shortcuts and tooltips."""

    def __init__(
        self, parent: QObject, overrides: dict[str, tuple[str, ...]] | None = None
    ) -> None:
        super().__init__(parent)
        self._actions: dict[str, QAction] = {}
        self._shortcuts: dict[str, tuple[str, ...]] = {}
        self._bound: dict[str, int] = {}
        overrides = overrides or {}
        for item in ACTIONS:
            action = QAction(translate(item.text), parent)
            action.setObjectName(f"action_{item.id}")
            keys = overrides.get(item.id, item.shortcuts)
            self._shortcuts[item.id] = keys
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setCheckable(item.checkable)
            tip = translate(item.tip)
            shown = shortcut_text(keys)
            action.setToolTip(plain_tooltip(f"{tip} ({shown})" if shown else tip))
            action.setStatusTip(tip)
            self._actions[item.id] = action

    def action(self, action_id: str) -> QAction:
        return self._actions[action_id]

    def shortcuts(self, action_id: str) -> tuple[str, ...]:
        return self._shortcuts[action_id]

    def items(self) -> Iterable[tuple[ActionSpec, QAction]]:
        return ((item, self._actions[item.id]) for item in ACTIONS)

    def connect(self, handlers: dict[str, Callable[[], object]]) -> None:
        """Bind each action to its one handler (an unknown id raises KeyError)."""
        for action_id, handler in handlers.items():
            self._actions[action_id].triggered.connect(lambda _checked=False, h=handler: h())
            self._bound[action_id] = self._bound.get(action_id, 0) + 1

    def bindings(self) -> dict[str, int]:
        """How many handlers each action id was given: every id exactly once when wired."""
        return dict(self._bound)


def shortcut_text(keys: Iterable[str]) -> str:
    return ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys)


def translate(text: str) -> str:
    return QCoreApplication.translate("Actions", text)
