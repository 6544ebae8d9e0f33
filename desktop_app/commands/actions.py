"""The QActions made from the action table (commands/action_table.py), and shortcut overrides.

Menus (titles, order, separators, exclusive groups), the toolbar, tooltips, the command palette and
the shortcut sheet are all generated from ACTIONS and MENUS (see commands/menus.py), and an officer
can override shortcuts in `shortcuts.toml` in the user folder without touching code:

    [shortcuts]
    focus_search = ["Ctrl+K", "Ctrl+E"]
    toggle_tree = []            # no shortcut
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

from desktop_app.commands.action_table import ACTIONS, MENUS, TOOLBAR_TITLE, ActionSpec
from desktop_app.i18n.bidi import ltr_island
from desktop_app.plain_text import plain_tooltip

__all__ = [
    "ACTIONS",
    "MENUS",
    "ActionRegistry",
    "ActionSpec",
    "load_overrides",
    "menu_title",
    "toolbar_title",
]


def menu_title(menu: str, titles: dict[str, str] = MENUS) -> str:
    """The translated title of a menu or submenu (with its Alt mnemonic)."""
    return QCoreApplication.translate("Menus", titles[menu])


def toolbar_title() -> str:
    return QCoreApplication.translate("Menus", TOOLBAR_TITLE)


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
            keys = overrides.get(item.id, item.shortcuts)
            action = QAction(menu_text(translate(item.text), keys), parent)
            action.setObjectName(f"action_{item.id}")
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
    """The keys as the platform writes them; one left-to-right island in Arabic ("Ctrl++")."""
    native = QKeySequence.SequenceFormat.NativeText
    return ltr_island(", ".join(QKeySequence(k).toString(native) for k in keys))


def menu_text(text: str, keys: Sequence[str]) -> str:
    """The action's menu text. Qt lays a menu's shortcut out in the menu's direction, so a
    right-to-left menu shows "Ctrl+=" as "=+Ctrl"; there the first key is given after a tab as
    a left-to-right island, which Qt shows in the shortcut's place (palette and sheet cut it)."""
    if not keys or not QGuiApplication.isRightToLeft():
        return text
    first = QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)
    return f"{text}\t{ltr_island(first)}"


def translate(text: str) -> str:
    return QCoreApplication.translate("Actions", text)
