"""The empty search box's drop-down of the officer's recent searches.

The store has recorded every search that opened an entry for a long time; this is where they are
read back. Down (or a click) in the empty box asks for them off the GUI thread; they appear as a
plain-text list under the box, Up/Down choose one, Enter runs it, Esc closes the list. The
completer is not attached to the box with `setCompleter`, so typing never pops it up: only an
empty box offers history.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QStringListModel, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit

Fetch = Callable[[Callable[[list[str]], None]], None]


class RecentSearches(QObject):
    """Signals:
    sig_chosen(str): the officer picked a recent search; the box now holds it.
    """

    sig_chosen = Signal(str)
    """A recent search was chosen (Enter or a click in the list)."""

    def __init__(self, box: QLineEdit, fetch: Fetch) -> None:
        super().__init__(box)
        self._box = box
        self._fetch = fetch  # fetch(deliver): reads the store off the GUI thread, then delivers
        self._model = QStringListModel(self)
        self.completer = QCompleter(self._model, self)
        self.completer.setWidget(box)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(10)
        self.completer.popup().setObjectName("recentSearches")
        self.completer.popup().setAccessibleName(self.tr("Recent searches"))
        self.completer.activated[str].connect(self._chosen)

    def offer(self) -> None:
        """Ask for the recent searches; shown only if the box is still empty when they arrive."""
        if not self._box.text():
            self._fetch(self._show)

    def is_open(self) -> bool:
        return self.completer.popup().isVisible()

    def _show(self, searches: Sequence[str]) -> None:
        if self._box.text() or not self._box.hasFocus() or not searches:
            return
        self._model.setStringList([" ".join(s.split()) for s in searches])
        self.completer.complete()
        popup = self.completer.popup()
        popup.setCurrentIndex(self.completer.completionModel().index(0, 0))

    def _chosen(self, text: str) -> None:
        self._box.setText(text)
        self.sig_chosen.emit(text)
