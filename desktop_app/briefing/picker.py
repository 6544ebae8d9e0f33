"""The composer's two lists: where entries come from (`EntryPicker`) and what the briefing holds
(`ChosenList`), both driven from the keyboard.

Picker: a source tab bar (Alt+E/B/H/L), a filter box that takes the typing (Up/Down/PageUp/
PageDown move in the list below it, Enter adds), and the list (Enter or Space adds the selected
rows; typing goes back to the filter). Chosen list: Delete removes, Alt+Up/Alt+Down reorder.
Catalogue titles are plain text in every row and tooltip.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from desktop_app.briefing.sources import Candidate, Sources
from desktop_app.plain_text import plain_tooltip
from desktop_app.reading.entry_html import kind_name

CANDIDATE_ROLE = Qt.ItemDataRole.UserRole + 1
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
MOVES = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
ALT = Qt.KeyboardModifier.AltModifier


def _kind(kind: str) -> str:
    return kind_name(kind)  # translated in the "EntryHtml" context, as on the page


class EntryPicker(QWidget):
    """Signals:
    sig_add(object): add these Candidates (a list) to the briefing.
    """

    sig_add = Signal(object)
    """A list of Candidates the officer picked."""

    def __init__(self, sources: Sources, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabBar(self)
        self.tabs.setAccessibleName(self.tr("Where entries come from"))
        self.tabs.setExpanding(False)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Type to filter"))
        self.filter.setAccessibleName(self.tr("Filter entries"))
        self.filter.setClearButtonEnabled(True)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.list = QListView(self)
        self.list.setAccessibleName(self.tr("Entries to add"))
        self.list.setModel(self.proxy)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.empty = QLabel(self)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)  # repeats the typed filter
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        self.models: list[QStandardItemModel] = []
        self._add_sources(sources)
        self.setMinimumWidth(self.tabs.sizeHint().width())  # the splitter keeps them whole
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        self.setFocusProxy(self.filter)
        self._connect_signals()
        first = next((i for i, m in enumerate(self.models) if m.rowCount()), 3)
        self.tabs.setCurrentIndex(first)
        self.show_source(first)

    def _add_sources(self, sources: Sources) -> None:
        """A tab and a list model per source; the tab's tooltip says how many it holds."""
        n_results, n_bookmarks = len(sources.results), len(sources.bookmarks)
        n_history, n_all = len(sources.history), len(sources.catalogue)
        # two numerus strings each: English reads right without an English .qm
        for label, tip, rows in (  # one word each: all four fit a 1024-wide composer
            (
                self.tr("S&earch"),
                self.tr("%n search result on screen", "", n_results)
                if n_results == 1
                else self.tr("%n search results on screen", "", n_results),
                sources.results,
            ),
            (
                self.tr("&Bookmarks"),
                self.tr("%n bookmark", "", n_bookmarks)
                if n_bookmarks == 1
                else self.tr("%n bookmarks", "", n_bookmarks),
                sources.bookmarks,
            ),
            (
                self.tr("&History"),
                self.tr("%n entry read", "", n_history)
                if n_history == 1
                else self.tr("%n entries read", "", n_history),
                sources.history,
            ),
            (self.tr("A&ll"), self.tr("All %n entries", "", n_all), sources.catalogue),
        ):
            self.tabs.setTabToolTip(self.tabs.addTab(label), tip)
            self.models.append(self._model(rows))

    def _model(self, rows: Sequence[Candidate]) -> QStandardItemModel:
        model = QStandardItemModel(self)
        for candidate in rows:
            item = QStandardItem(candidate.title)
            item.setData(candidate, CANDIDATE_ROLE)
            detail = _kind(candidate.kind)
            if candidate.detail:
                detail = f"{detail} · {candidate.detail}"
            item.setToolTip(plain_tooltip(f"{candidate.title}\n{detail}"))
            item.setEditable(False)
            model.appendRow(item)
        return model

    def _connect_signals(self) -> None:
        self.tabs.currentChanged.connect(self.show_source)
        self.filter.textChanged.connect(self._filter)
        self.filter.installEventFilter(self)
        self.list.installEventFilter(self)
        self.list.doubleClicked.connect(lambda _index: self.add_selected())

    def show_source(self, index: int) -> None:
        """Another source starts unfiltered: words typed for one list would hide the next."""
        self.proxy.setSourceModel(self.models[index])
        self.filter.clear()
        self._filter("")
        self.filter.setFocus(Qt.FocusReason.OtherFocusReason)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if self.proxy.rowCount() and not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.proxy.index(0, 0))
        self.empty.setText(self._empty_text(text.strip()))
        self.empty.setVisible(self.proxy.rowCount() == 0)

    def _empty_text(self, typed: str) -> str:
        if typed:
            return self.tr("Nothing here matches “%1”.").replace("%1", typed)
        return (
            self.tr("No search on screen: search in the main window first."),
            self.tr("No bookmarks yet: bookmark an entry and it is listed here."),
            self.tr("No history yet: the entries you read are listed here."),
            "",
        )[self.tabs.currentIndex()]

    def visible(self) -> list[Candidate]:
        """The rows the filter shows now, in order."""
        return [self.proxy.index(r, 0).data(CANDIDATE_ROLE) for r in range(self.proxy.rowCount())]

    def add_selected(self) -> None:
        rows = sorted({i.row() for i in self.list.selectionModel().selectedRows()})
        if not rows and self.list.currentIndex().isValid():
            rows = [self.list.currentIndex().row()]
        picked = [self.proxy.index(r, 0).data(CANDIDATE_ROLE) for r in rows]
        if not picked:
            return
        self.sig_add.emit(picked)
        following = self.proxy.index(min(rows[-1] + 1, self.proxy.rowCount() - 1), 0)
        self.list.setCurrentIndex(following)  # Enter, Enter, Enter adds the next ones

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched is self.filter:
            if key in ENTER:
                self.add_selected()
                return True
            if key in MOVES:
                self.list.setFocus(Qt.FocusReason.OtherFocusReason)
                self.list.keyPressEvent(event)
                self.filter.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if key == Qt.Key.Key_Escape and self.filter.text():
                self.filter.clear()  # Esc empties the filter first, then closes the dialog
                return True
            return False
        if key in ENTER or key == Qt.Key.Key_Space:
            self.add_selected()
            return True
        text = event.text()
        if (
            text
            and text.isprintable()
            and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        ):
            self.filter.setFocus(Qt.FocusReason.OtherFocusReason)
            self.filter.insert(text)
            return True
        return False


class ChosenList(QListWidget):
    """The briefing's entries in order. Signals:
    sig_changed(): an entry was added, removed or moved.
    """

    sig_changed = Signal()
    """The chosen entries or their order changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Entries in the briefing"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def slugs(self) -> list[str]:
        return [c.slug for c in self.candidates()]

    def candidates(self) -> list[Candidate]:
        return [self.item(r).data(CANDIDATE_ROLE) for r in range(self.count())]

    def add(self, candidates: Sequence[Candidate]) -> int:
        """Append the entries not already chosen; returns how many were new."""
        have = set(self.slugs())
        added = 0
        for candidate in candidates:
            if candidate.slug in have:
                continue
            item = QListWidgetItem(candidate.title, self)
            item.setData(CANDIDATE_ROLE, candidate)
            item.setToolTip(plain_tooltip(candidate.title))
            have.add(candidate.slug)
            added += 1
        if added:
            self.setCurrentRow(self.count() - 1)
            self.sig_changed.emit()
        elif candidates:  # already there: show where
            self.setCurrentRow(self.slugs().index(candidates[-1].slug))
        return added

    def remove_current(self) -> None:
        row = self.currentRow()
        if row < 0:
            return
        self.takeItem(row)
        if self.count():
            self.setCurrentRow(min(row, self.count() - 1))
        self.sig_changed.emit()

    def move_current(self, step: int) -> None:
        row = self.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.count():
            return
        item = self.takeItem(row)
        self.insertItem(target, item)
        self.setCurrentRow(target)
        self.sig_changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_current()
        elif event.modifiers() & ALT and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_current(-1 if key == Qt.Key.Key_Up else 1)
        elif key in ENTER:
            event.accept()  # never the dialog's default button from here
        else:
            super().keyPressEvent(event)
