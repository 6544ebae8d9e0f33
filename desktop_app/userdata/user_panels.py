"""Bookmarks, History and My Notes panels: keyboard-navigable lists of the officer's own trail."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop_app.plain_text import plain_tooltip

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class TrailItem:
    slug: str
    title: str
    detail: str  # folder, or when it was opened
    preview: str = ""  # the first words of a note


class TrailRole(IntEnum):
    SLUG = Qt.ItemDataRole.UserRole + 1


class TrailModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[TrailItem] = []

    def set_items(self, items: Sequence[TrailItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> TrailItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if item.preview:  # second line: the date first, so eliding cuts words, not it
                return f"{item.title}\n{item.detail}  ·  {item.preview}"
            return f"{item.title}   ·   {item.detail}" if item.detail else item.title
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = f"{item.title} ({item.detail})" if item.detail else item.title
            if item.preview:
                text = f"{text}\n{item.preview}"
            # a bookmark folder from a handover file is data: never a live link or image
            return plain_tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text
        if role == TrailRole.SLUG:
            return item.slug
        return None


class _FitWidth(QStyledItemDelegate):
    """Rows as wide as the panel, never wider: a long title or note preview is elided ("…")
    instead of pushing the date out of sight behind a horizontal scroll bar."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(min(hint.width(), max(self._view.viewport().width(), 1)), hint.height())


class TrailList(QListView):
    """Enter opens; Delete removes and Ctrl+Z undoes it (bookmarks only); an empty list says
    how to fill it instead of staying blank."""

    sig_open = Signal(str)
    """Open this entry slug."""
    sig_remove = Signal(str)
    """Remove this slug from the list (Delete key)."""
    sig_escape = Signal()
    """Esc: close the panel."""
    sig_undo = Signal()
    """Put back what Delete removed last (Ctrl+Z)."""

    def __init__(self, model: TrailModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # re-lay rows out when the dock resizes
        self.setItemDelegate(_FitWidth(self))
        self.activated.connect(self._open)
        self._empty_hint = ""

    def set_empty_hint(self, text: str) -> None:
        """What the empty list says ("No bookmarks yet — press Ctrl+D on an entry")."""
        self._empty_hint = text
        self.setAccessibleDescription(text)
        self.viewport().update()

    def empty_hint(self) -> str:
        return self._empty_hint

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.model().rowCount() or not self._empty_hint:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        area = self.viewport().rect().adjusted(12, 12, -12, -12)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        painter.drawText(area, int(flags), self._empty_hint)
        painter.end()

    def _open(self, index: QModelIndex) -> None:
        slug = index.data(TrailRole.SLUG)
        if slug:
            self.sig_open.emit(slug)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open(self.currentIndex())
            return
        if event.key() == Qt.Key.Key_Escape:
            self.sig_escape.emit()
            return
        if event.key() == Qt.Key.Key_Delete and self.currentIndex().isValid():
            self.sig_remove.emit(self.currentIndex().data(TrailRole.SLUG))
            return
        if event.matches(QKeySequence.StandardKey.Undo):
            self.sig_undo.emit()
            return
        super().keyPressEvent(event)


class TrailPanel(QDockWidget):
    """A dock holding one TrailList; hidden until asked for, closed again by Esc or by its own
    shortcut (`toggle`).

    Signals:
        sig_dismissed(): the officer closed it from the keyboard; the window focuses the entry.
    """

    sig_dismissed = Signal()
    """Esc or the panel's shortcut closed the panel while it had the focus."""

    def __init__(self, title: str, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName(object_name)
        self.model = TrailModel(self)
        self.list = TrailList(self.model, self)
        self.list.setObjectName(f"{object_name}List")
        self.list.setAccessibleName(title)
        self.setWidget(self.list)
        self.list.sig_escape.connect(self.dismiss)
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )

    def set_items(self, items: Sequence[TrailItem], select_first: bool = False) -> None:
        """Show these rows; select_first: the officer just asked for the panel, so Enter
        opens the first row (the rows arrive from the store lane after the panel has focus)."""
        self.model.set_items(items)
        if select_first and self.list.hasFocus() and self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))

    def has_focus(self) -> bool:
        return self.isVisible() and self.list.hasFocus()

    def dismiss(self) -> None:
        self.hide()
        self.sig_dismissed.emit()

    def focus_list(self) -> None:
        self.show()
        self.raise_()
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.list.currentIndex().isValid() and self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))
