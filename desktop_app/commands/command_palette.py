"""A VS Code-style command palette: type part of a command's name, press Enter to run it.

Every menu command is reachable from the keyboard without knowing its shortcut or its menu. The
list comes from the ActionRegistry, so the palette never drifts from the menus.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QLineEdit,
    QListView,
    QMainWindow,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.commands.actions import ActionRegistry, shortcut_text
from desktop_app.commands.fuzzy import fuzzy_filter, strip_mnemonics
from desktop_app.plain_text import plain_tooltip

_WIDTH = 600  # px; narrower windows get a palette that fits inside them
_MARGIN = 8  # px between the window's top edge (or menu bar) and the palette
_VISIBLE_ROWS = 10
_KEYS_PADDING = 8  # px between the shortcut text and the row's right edge
_ROW_PADDING = 8  # px added to each row's height

_PLAIN_MODIFIERS = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class _Command:
    id: str
    name: str  # menu text without the '&' mnemonic marker
    keys: str  # effective shortcuts as the platform writes them, "" when none
    tip: str


class CommandListModel(QAbstractListModel):
    """The commands that can run now and match the typed query, best match first.

    Rows are snapshots taken by refresh(), because which actions are enabled changes with the
    app's state and the palette should show the state at the moment it opened. Check state is
    read live from the QAction so toggles always show their current value.
    """

    ActionIdRole = Qt.ItemDataRole.UserRole + 1
    ShortcutRole = Qt.ItemDataRole.UserRole + 2
    NameRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, registry: ActionRegistry, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._registry = registry
        self._available: list[_Command] = []
        self._rows: list[_Command] = []
        self._query = ""

    def refresh(self) -> None:
        """Re-read which actions are enabled and visible, keeping the current query."""
        self._available = [
            _Command(
                spec.id,
                strip_mnemonics(action.text()),
                shortcut_text(self._registry.shortcuts(spec.id)),
                action.statusTip(),
            )
            for spec, action in self._registry.items()
            if action.isEnabled() and action.isVisible()
        ]
        self._apply_query()

    def set_query(self, query: str) -> None:
        """Show only the commands matching `query`, best first (all of them when it is empty)."""
        self._query = query
        self._apply_query()

    def action_id(self, row: int) -> str:
        return self._rows[row].id

    def _apply_query(self) -> None:
        by_id = {command.id: command for command in self._available}
        matching = fuzzy_filter(self._query, ((c.id, c.name) for c in self._available))
        self.beginResetModel()  # rows appear, vanish and reorder: a reset is the honest signal
        self._rows = [by_id[action_id] for action_id in matching]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

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
        command = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{command.name}\t{command.keys}" if command.keys else command.name
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{command.name}, {command.keys}" if command.keys else command.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(command.tip)
        if role == Qt.ItemDataRole.CheckStateRole:
            action = self._registry.action(command.id)
            if not action.isCheckable():
                return None
            return Qt.CheckState.Checked if action.isChecked() else Qt.CheckState.Unchecked
        if role == self.ActionIdRole:
            return command.id
        if role == self.ShortcutRole:
            return command.keys
        if role == self.NameRole:
            return command.name
        return None


class _CommandDelegate(QStyledItemDelegate):
    """Draws the command name at the row's start and its shortcut, dimmed, at its end (right
    to left in Arabic: the name on the right, the keys on the left)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """Taller than a plain list row, so the rows are easy to aim at and to read."""
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + _ROW_PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = index.data(CommandListModel.NameRole) or ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        keys = index.data(CommandListModel.ShortcutRole)
        if not keys:
            return
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        painter.save()
        painter.setPen(opt.palette.color(role))
        rtl = opt.direction == Qt.LayoutDirection.RightToLeft  # the keys at the row's end
        end = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
        painter.drawText(
            rect.adjusted(_KEYS_PADDING if rtl else 0, 0, 0 if rtl else -_KEYS_PADDING, 0),
            end | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter,
            keys,
        )
        painter.restore()


class CommandPalette(QDialog):
    """Popup near the top of the window that runs any enabled command by typing part of its name.

    Up/Down/PageUp/PageDown move the highlight while the caret stays in the text box, so typing
    and choosing never fight over focus. Enter or a click runs the highlighted command; Escape or
    a click elsewhere closes without running anything.
    """

    sig_action_run = Signal(str)
    """A command was run from the palette; carries its action id (e.g. for a recently-used list)."""

    def __init__(self, registry: ActionRegistry, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self._registry = registry
        self.setObjectName("command_palette")
        self.setAccessibleName(self.tr("Command palette"))
        self._model = CommandListModel(registry, self)

        self._edit = QLineEdit(self)
        self._edit.setObjectName("command_palette_query")
        self._edit.setPlaceholderText(self.tr("Type a command…"))
        self._edit.setAccessibleName(self.tr("Command"))
        self._edit.setAccessibleDescription(
            self.tr(
                "Type part of a command's name. Up and Down choose, Enter runs it, Escape closes."
            )
        )
        self._edit.installEventFilter(self)

        self._list = QListView(self)
        self._list.setObjectName("command_palette_list")
        self._list.setAccessibleName(self.tr("Matching commands"))
        self._list.setModel(self._model)
        self._list.setItemDelegate(_CommandDelegate(self._list))
        self._list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the caret stays in the text box
        self._list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._list.setUniformItemSizes(True)
        self._list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self._edit)
        layout.addWidget(self._list)
        self.setFocusProxy(self._edit)
        self._connect_signals()

    @property
    def line_edit(self) -> QLineEdit:
        return self._edit

    @property
    def list_view(self) -> QListView:
        return self._list

    @property
    def model(self) -> CommandListModel:
        return self._model

    def _connect_signals(self) -> None:
        self._edit.textChanged.connect(self._model.set_query)
        self._edit.returnPressed.connect(self._run_current)
        self._model.modelReset.connect(self._select_first)
        self._model.modelReset.connect(self._fit_list_height)
        self._list.clicked.connect(self._run_index)
        self._list.activated.connect(self._run_index)

    def open_palette(self) -> None:
        """Show an empty query over the commands that can run right now, caret in the text box."""
        self._edit.clear()
        self._model.refresh()
        self._fit_list_height()
        self._place_over_parent()
        self.show()  # a Qt.Popup comes up on top and grabs the keyboard by itself
        self._edit.setFocus(Qt.FocusReason.PopupFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            page = max(1, self._list.viewport().height() // max(1, self._row_height()))
            steps = {
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_Down: 1,
                Qt.Key.Key_PageUp: -page,
                Qt.Key.Key_PageDown: page,
            }
            step = steps.get(event.key())  # an int; Qt.Key(...) would reject unknown keys
            plain = event.modifiers() in _PLAIN_MODIFIERS  # macOS flags arrows as keypad keys
            if step is not None and plain:
                self._move(step)
                return True
        return super().eventFilter(watched, event)

    def _move(self, step: int) -> None:
        """Single steps wrap around the ends, as in VS Code; page steps stop at them."""
        rows = self._model.rowCount()
        if not rows:
            return
        current = self._list.currentIndex().row()
        if current < 0:
            row = 0
        elif abs(step) == 1:
            row = (current + step) % rows
        else:
            row = min(max(current + step, 0), rows - 1)
        self._select_row(row)

    def _select_first(self) -> None:
        if self._model.rowCount():
            self._select_row(0)

    def _select_row(self, row: int) -> None:
        index = self._model.index(row, 0)
        self._list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self._list.scrollTo(index)

    def _run_current(self) -> None:
        self._run_index(self._list.currentIndex())

    def _run_index(self, index: Index) -> None:
        """Close first, then trigger: a command that opens a dialog must not open under a popup."""
        if not index.isValid() or not self.isVisible():  # a click can report clicked + activated
            return
        action_id = self._model.action_id(index.row())
        self.accept()
        action = self._registry.action(action_id)
        if action.isEnabled():
            action.trigger()
            self.sig_action_run.emit(action_id)

    def _row_height(self) -> int:
        if self._model.rowCount():
            return self._list.sizeHintForRow(0)
        return self._list.fontMetrics().height() + 6

    def _fit_list_height(self) -> None:
        """As tall as the matches (up to _VISIBLE_ROWS): two matches do not need ten rows."""
        frame = 2 * self._list.frameWidth()
        rows = max(1, min(_VISIBLE_ROWS, self._model.rowCount()))
        self._list.setFixedHeight(rows * self._row_height() + frame)
        if self.isVisible():
            self.adjustSize()

    def _place_over_parent(self) -> None:
        """Centre horizontally just below the window's top edge (and its menu bar), like VS Code."""
        window = self.parentWidget().window()
        area = window.geometry()
        top = area.top() + _MARGIN
        if isinstance(window, QMainWindow):
            menu = window.menuWidget()
            if menu is not None and menu.isVisible():
                top += menu.height()
        width = min(_WIDTH, max(area.width() - 2 * _MARGIN, 200))
        self.setFixedWidth(width)
        self.adjustSize()
        self.move(area.left() + (area.width() - width) // 2, top)
