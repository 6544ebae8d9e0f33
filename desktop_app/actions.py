"""Every user command, its default shortcuts and where it appears — one table.

Menus, tooltips, the command palette and the shortcut sheet are all generated from ACTIONS, and an
officer can override shortcuts in `shortcuts.toml` in the user folder without touching code:

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

SHORTCUTS_FILE = "shortcuts.toml"


@dataclass(frozen=True, slots=True)
class ActionSpec:
    id: str
    text: str  # menu text, translated through the "Actions" context
    shortcuts: tuple[str, ...]
    tip: str
    menu: str  # "File", "Edit", "View", "Go", "Help"
    checkable: bool = False
    icon: str = ""  # SVG name under resources/icons/


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "focus_search",
        "&Search",
        ("Ctrl+K", "Ctrl+L", "F6", "/"),
        "Put the cursor in the search box",
        "Edit",
        icon="search",
    ),
    ActionSpec(
        "find_in_entry",
        "&Find in Entry…",
        ("Ctrl+F",),
        "Find words in the entry you are reading",
        "Edit",
        icon="find",
    ),
    ActionSpec("find_next", "Find &Next", ("F3",), "Next match in the entry", "Edit"),
    ActionSpec(
        "find_previous", "Find &Previous", ("Shift+F3",), "Previous match in the entry", "Edit"
    ),
    ActionSpec(
        "copy_citation",
        "Copy &Citation",
        ("Ctrl+Shift+C",),
        "Copy the entry's title, catalogue version and date",
        "Edit",
    ),
    ActionSpec(
        "toggle_bookmark",
        "&Bookmark This Entry",
        ("Ctrl+D",),
        "Add or remove a bookmark on this entry",
        "Edit",
        checkable=True,
        icon="bookmark",
    ),
    ActionSpec(
        "focus_notes",
        "Edit My &Note",
        ("Ctrl+Shift+N",),
        "Put the cursor in your private note on this entry",
        "Edit",
        icon="note",
    ),
    ActionSpec(
        "search_notes",
        "Search My Notes &Too",
        (),
        "Also find entries whose notes contain the search words",
        "Edit",
        checkable=True,
    ),
    ActionSpec("back", "&Back", ("Alt+Left",), "Go back to the previous entry", "Go", icon="back"),
    ActionSpec("forward", "&Forward", ("Alt+Right",), "Go forward again", "Go", icon="forward"),
    ActionSpec("go_tree", "Go to &Tree", ("Ctrl+1",), "Move the cursor to the tree", "Go"),
    ActionSpec("go_entry", "Go to &Entry", ("Ctrl+2",), "Move the cursor to the entry", "Go"),
    ActionSpec(
        "show_about_entry",
        "&Introduction",
        ("Ctrl+Home",),
        "Show the introduction to the fields of expertise",
        "Go",
        icon="home",
    ),
    ActionSpec(
        "toggle_tree",
        "Show &Tree",
        ("Ctrl+B",),
        "Show or hide the tree",
        "View",
        checkable=True,
        icon="tree",
    ),
    ActionSpec(
        "group_region",
        "Group by &Region",
        ("Ctrl+Shift+1",),
        "Tree: regions, then the fields working there",
        "View",
        checkable=True,
    ),
    ActionSpec(
        "group_field",
        "Group by &Field",
        ("Ctrl+Shift+2",),
        "Tree: fields, then their regions, initiatives and dialogues",
        "View",
        checkable=True,
    ),
    ActionSpec(
        "group_az",
        "Group &A–Z",
        ("Ctrl+Shift+3",),
        "Tree: all entries by first letter",
        "View",
        checkable=True,
    ),
    ActionSpec(
        "group_kind",
        "Group by &Kind",
        ("Ctrl+Shift+4",),
        "Tree: fields, initiatives, dialogues",
        "View",
        checkable=True,
    ),
    ActionSpec("zoom_in", "Zoom &In", ("Ctrl+=", "Ctrl++"), "Larger text", "View", icon="zoom-in"),
    ActionSpec("zoom_out", "Zoom &Out", ("Ctrl+-",), "Smaller text", "View", icon="zoom-out"),
    ActionSpec("zoom_reset", "Reset &Zoom", ("Ctrl+0",), "Default text size", "View"),
    ActionSpec(
        "theme_system",
        "Theme: &System",
        (),
        "Follow the system light or dark scheme",
        "View",
        checkable=True,
    ),
    ActionSpec("theme_light", "Theme: &Light", (), "Always light", "View", checkable=True),
    ActionSpec("theme_dark", "Theme: &Dark", (), "Always dark", "View", checkable=True),
    ActionSpec(
        "show_bookmarks",
        "&Bookmarks Panel",
        ("Ctrl+Shift+B",),
        "Show your bookmarks and move the cursor there",
        "View",
        icon="bookmark",
    ),
    ActionSpec(
        "show_history",
        "&History Panel",
        ("Ctrl+H",),
        "Show the entries you opened and move the cursor there",
        "View",
        icon="history",
    ),
    ActionSpec(
        "show_notes",
        "My &Notes Panel",
        ("Ctrl+Shift+M",),
        "All your notes, including notes on entries no longer in the catalogue",
        "View",
        icon="note",
    ),
    ActionSpec(
        "command_palette",
        "&Command Palette…",
        ("Ctrl+Shift+P",),
        "Run any command by typing its name",
        "View",
        icon="palette",
    ),
    ActionSpec(
        "shortcut_sheet",
        "&Keyboard Shortcuts",
        ("F1",),
        "Every command and its keys",
        "Help",
        icon="keyboard",
    ),
    ActionSpec("about", "&About Field Reference", (), "Version and catalogue", "Help"),
    ActionSpec(
        "print", "&Print…", ("Ctrl+P",), "Print the entry, with a preview", "File", icon="print"
    ),
    ActionSpec(
        "export_pdf",
        "&Export Briefing to PDF…",
        ("Ctrl+Shift+E",),
        "Export this entry or several bookmarks as a PDF briefing",
        "File",
        icon="pdf",
    ),
    ActionSpec(
        "export_handover",
        "Export Notes and &Bookmarks…",
        (),
        "Save your notes and bookmarks to a file for a colleague or a new laptop",
        "File",
    ),
    ActionSpec(
        "import_handover",
        "&Import Notes and Bookmarks…",
        (),
        "Merge notes and bookmarks from a handover file",
        "File",
    ),
    ActionSpec("quit", "&Quit", ("Ctrl+Q",), "Close Field Reference", "File"),
)
MENUS: tuple[str, ...] = ("File", "Edit", "View", "Go", "Help")


def spec(action_id: str) -> ActionSpec:
    for item in ACTIONS:
        if item.id == action_id:
            return item
    raise KeyError(action_id)


def load_overrides(path: Path) -> tuple[dict[str, tuple[str, ...]], list[str]]:
    """Shortcut overrides and the problems found (one line each); a bad file changes nothing."""
    import tomllib  # imported here: it compiles regexes, and start-up paints first

    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}, []
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return {}, [f"{path}: ignored, not readable TOML ({exc})"]
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
            action.setToolTip(f"{tip} ({shown})" if shown else tip)
            action.setStatusTip(tip)
            self._actions[item.id] = action

    def action(self, action_id: str) -> QAction:
        return self._actions[action_id]

    def shortcuts(self, action_id: str) -> tuple[str, ...]:
        return self._shortcuts[action_id]

    def items(self) -> Iterable[tuple[ActionSpec, QAction]]:
        return ((item, self._actions[item.id]) for item in ACTIONS)

    def connect(self, handlers: dict[str, Callable[[], object]]) -> None:
        for action_id, handler in handlers.items():
            self._actions[action_id].triggered.connect(lambda _checked=False, h=handler: h())


def shortcut_text(keys: Iterable[str]) -> str:
    return ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys)


def translate(text: str) -> str:
    return QCoreApplication.translate("Actions", text)
