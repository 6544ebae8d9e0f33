"""The F1 sheet: every command, the menu it lives in and the keys that run it.

It shows the effective shortcuts (defaults merged with the user's `shortcuts.toml`), and says
where that file is, so an officer who wants different keys learns how without reading docs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFontDatabase, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.commands.actions import MENUS, ActionRegistry, menu_title, shortcut_text
from desktop_app.commands.fuzzy import fuzzy_score, strip_mnemonics
from desktop_app.i18n.bidi import ltr_island
from desktop_app.plain_text import plain_tooltip

Index = QModelIndex | QPersistentModelIndex

_EXAMPLE = """\
[shortcuts]
focus_search = ["Ctrl+K", "Ctrl+E"]
toggle_tree = []  # no shortcut"""


@dataclass(frozen=True, slots=True)
class _Row:
    id: str
    menu: str
    command: str
    keys: str
    tip: str


class ShortcutTableModel(QAbstractTableModel):
    """Every command (enabled or not: this is a reference) grouped by menu in menu-bar order.

    Filtering keeps that order rather than ranking by match quality, so a filtered sheet still
    reads menu by menu.
    """

    MENU, COMMAND, KEYS = range(3)
    ActionIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, registry: ActionRegistry, parent: QObject | None = None) -> None:
        super().__init__(parent)
        menu_order = {menu: position for position, menu in enumerate(MENUS)}
        in_menu_order = sorted(  # stable: within a menu, the order of the action table
            registry.items(), key=lambda pair: menu_order.get(pair[0].menu, len(MENUS))
        )
        self._all = [
            _Row(
                spec.id,
                strip_mnemonics(menu_title(spec.menu)),
                strip_mnemonics(action.text()),
                shortcut_text(registry.shortcuts(spec.id)),
                action.statusTip(),
            )
            for spec, action in in_menu_order
        ]
        self._rows = list(self._all)

    def set_filter(self, query: str) -> None:
        """Keep rows whose command fuzzy-matches `query` or whose keys contain it ("ctrl+k")."""
        needle = "".join(query.split()).casefold()
        self.beginResetModel()
        self._rows = [
            row
            for row in self._all
            if not needle
            or fuzzy_score(query, row.command) is not None
            or needle in "".join(row.keys.split()).casefold()
        ]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 3

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Menu"), self.tr("Command"), self.tr("Keys"))
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.parent().isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.menu, row.command, row.keys)[index.column()]
        if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == self.KEYS:
            return row.keys or self.tr("no shortcut")
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(row.tip)
        if role == self.ActionIdRole:
            return row.id
        return None


class ShortcutSheet(QDialog):
    """Filterable table of every command and its keys, plus where to change them.

    Down in the filter box moves to the table, so the sheet needs no mouse; Escape closes.
    """

    def __init__(
        self, registry: ActionRegistry, overrides_path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shortcut_sheet")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.setAccessibleName(self.tr("Keyboard Shortcuts"))
        self._model = ShortcutTableModel(registry, self)

        self._filter = QLineEdit(self)
        self._filter.setObjectName("shortcut_sheet_filter")
        self._filter.setPlaceholderText(self.tr("Filter by command or key…"))
        self._filter.setAccessibleName(self.tr("Filter shortcuts"))
        self._filter.setAccessibleDescription(
            self.tr("Type part of a command's name or a key; Down moves to the table.")
        )
        self._filter.setClearButtonEnabled(True)
        self._filter.installEventFilter(self)
        self._table = self._make_table()
        self._where, self._example = self._make_help(overrides_path)

        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = self._buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)  # Enter in the filter box must not close the sheet

        layout = QVBoxLayout(self)
        layout.addWidget(self._filter)
        layout.addWidget(self._table, stretch=1)
        layout.addWidget(self._where)
        layout.addWidget(self._example)
        layout.addWidget(self._buttons)
        self.resize(640, 560)
        self._filter.setFocus()
        self._connect_signals()

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("shortcut_sheet_table")
        table.setAccessibleName(self.tr("Commands and their keys"))
        table.setModel(self._model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)  # Tab leaves the table instead of walking cells
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return table

    def _make_help(self, overrides_path: Path) -> tuple[QLabel, QLabel]:
        """Where the shortcuts file is and what goes in it: plain, selectable text."""
        where = QLabel(
            self.tr(
                "To change a shortcut, edit {path} and restart Field Reference. For example:"
            ).format(path=ltr_island(str(overrides_path))),  # "/tmp/…" kept whole in Arabic
            self,
        )
        where.setObjectName("shortcut_sheet_where")
        where.setAccessibleName(self.tr("Where to change shortcuts"))
        example = QLabel(_EXAMPLE, self)
        example.setObjectName("shortcut_sheet_example")
        example.setAccessibleName(self.tr("Example shortcuts file"))
        example.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        for label in (where, example):
            label.setTextFormat(Qt.TextFormat.PlainText)  # a path is never markup
            label.setWordWrap(label is where)
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
        return where, example

    @property
    def filter_edit(self) -> QLineEdit:
        return self._filter

    @property
    def table(self) -> QTableView:
        return self._table

    @property
    def model(self) -> ShortcutTableModel:
        return self._model

    def _connect_signals(self) -> None:
        self._filter.textChanged.connect(self._model.set_filter)
        self._buttons.rejected.connect(self.reject)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._filter
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self._model.rowCount()
        ):
            self._table.setFocus(Qt.FocusReason.TabFocusReason)
            if not self._table.currentIndex().isValid():
                self._table.setCurrentIndex(self._model.index(0, ShortcutTableModel.COMMAND))
            return True
        return super().eventFilter(watched, event)
