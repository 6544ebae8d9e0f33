"""The officer's trail: the Bookmarks, History and My Notes panels, the bookmark toggle, visits,
recent searches and the set of marked entries the tree and results show.

Every store call runs on the "store" lane of the window's Operations (one worker thread, so
writes land in the order they were made); the GUI thread only paints what comes back. The marked
set is kept here in memory, so the window can ask for it at any time without touching the disk;
it is read again after every write that can change it and on every new library.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolButton

from desktop_app.i18n.bidi import isolated
from desktop_app.i18n.dates import moment
from desktop_app.i18n.errors import said
from desktop_app.plain_text import show_message
from desktop_app.reading.navigation import Location
from desktop_app.userdata.marks import Marks
from desktop_app.userdata.user_panels import TrailItem, TrailPanel

if TYPE_CHECKING:
    from desktop_app.commands.actions import ActionRegistry
    from desktop_app.library import Library, TrailRow
    from desktop_app.operations import Operations

LANE = "store"
PREVIEW_CHARS = 80  # the first words of a note in My Notes
UNDO_MS = 10_000  # how long the status bar offers "Undo" after a bookmark is removed


def note_rows_with_text(library: Library) -> list[TrailRow]:
    """My Notes rows whose detail is "<updated>\n<the note's first words>" (store lane)."""
    from desktop_app.library.records import TrailRow

    store = library.store
    if store is None:
        return []
    rows = []
    for note in store.notes():
        orphaned = not library.catalogue.has_entry(note.slug)
        detail = f"{note.updated}\n{note.text[: PREVIEW_CHARS * 2]}"
        rows.append(TrailRow(note.slug, library.title(note.slug), detail, orphaned))
    return rows


def read_marks(library: Library) -> Marks:
    """Bookmarked and noted slugs (store lane)."""
    store = library.store
    if store is None:
        return Marks()
    return Marks.of(store.bookmark_slugs(), store.note_slugs())  # slugs only, never note text


class PanelsController(QObject):
    """Signals:
    sig_marks_changed(object): which entries have a bookmark or a note changed (Marks).
    sig_open(object): a panel asked to open this navigation.Location.
    """

    sig_marks_changed = Signal(object)
    """Entries with bookmarks or notes (a Marks)."""
    sig_open = Signal(object)
    """A panel asked to open a Location."""

    def __init__(self, window: QMainWindow, actions: ActionRegistry, ops: Operations) -> None:
        super().__init__(window)
        self._window = window
        self._actions = actions
        self._ops = ops
        self._library: Library | None = None
        self._marks: Marks | None = None  # None: not read yet for this library
        self._early_visits: list[str] = []  # visits while a quick start opens the store
        self._current: str | None = None  # the entry on screen
        self.paused = False  # a handover import holds the store: no writes meanwhile
        self.bookmarks = TrailPanel(self.tr("Bookmarks"), "bookmarksPanel", window)
        self.history = TrailPanel(self.tr("History"), "historyPanel", window)
        self.my_notes = TrailPanel(self.tr("My notes"), "notesPanel", window)
        for panel in (self.bookmarks, self.history, self.my_notes):
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
            panel.hide()
            panel.list.sig_open.connect(lambda slug: self.sig_open.emit(Location("entry", slug)))
        window.tabifyDockWidget(self.bookmarks, self.history)
        window.tabifyDockWidget(self.history, self.my_notes)
        self.bookmarks.list.sig_remove.connect(self.remove_bookmark)
        self.bookmarks.list.sig_undo.connect(self.undo_remove)
        self._removed: list[tuple[str, str]] = []  # (slug, folder) Delete took, newest last
        self._undo = QToolButton(window)
        self._undo.setObjectName("undoBookmarkRemoval")
        self._undo.setText(self.tr("Undo"))
        self._undo.setAutoRaise(True)
        self._undo.clicked.connect(self.undo_remove)
        window.statusBar().addPermanentWidget(self._undo)
        self._undo.hide()
        self._set_hints()

    def _set_hints(self) -> None:
        """Each empty panel says how it fills, with the shortcut the officer actually has."""

        def key(action_id: str) -> str:
            sequence = self._actions.action(action_id).shortcut()
            return sequence.toString(QKeySequence.SequenceFormat.NativeText)

        self.bookmarks.list.set_empty_hint(
            self.tr("No bookmarks yet — press {key} on an entry to keep it here.").format(
                key=key("toggle_bookmark")
            )
        )
        self.history.list.set_empty_hint(
            self.tr("No history yet — the entries you open are listed here, newest first.")
        )
        self.my_notes.list.set_empty_hint(
            self.tr("No notes yet — press {key} on an entry to write one.").format(
                key=key("focus_notes")
            )
        )

    def handlers(self) -> dict[str, Callable[[], None]]:
        return {
            "toggle_bookmark": self.toggle_bookmark,
            "show_bookmarks": lambda: self.show_panel(self.bookmarks),
            "show_history": lambda: self.show_panel(self.history),
            "show_notes": lambda: self.show_panel(self.my_notes),
        }

    # -- running store work -------------------------------------------------------------------

    def _run(
        self,
        work: Callable[[Library], object],
        done: Callable[[object], None],
        failed: Callable[[str], None] | None = None,
    ) -> None:
        """work(library) on the store lane; done(result) here, unless the library changed
        meanwhile (a content pack reopened it): then the answer is about the old one."""
        library = self._library
        if library is None:
            return

        def deliver(result: object) -> None:
            if library is self._library:
                done(result)

        def fail(exc: BaseException) -> bool:
            if library is self._library:
                (failed or self._say)(said(exc))
            return True

        self._ops.run(lambda: work(library), deliver, on_failure=fail, lane=LANE)

    def _say(self, message: str) -> None:
        self._window.statusBar().showMessage(message, 5000)

    def _store_ready(self) -> bool:
        return self._library is not None and self._library.store is not None

    # -- marks --------------------------------------------------------------------------------

    def set_library(self, library: Library) -> None:
        self._library = library
        self._marks = None  # the tree was rebuilt: the next answer is news whatever it says
        self.refresh_marks()
        self._run(lambda lib: lib.orphaned_slugs(), self._tell_orphans)
        visits, self._early_visits = self._early_visits, []
        for slug in visits:  # entries opened before the store was open (a quick start)
            self.record_visit(slug)

    def marked(self) -> Marks:
        """The last marks read from the store (no disk access)."""
        return self._marks or Marks()

    def refresh_marks(self) -> None:
        """Read the marks again (after a write), and the panels that show marks."""
        self._run(read_marks, self._got_marks, lambda _message: None)
        if self.bookmarks.isVisible():
            self.fill(self.bookmarks)
        if self.my_notes.isVisible():
            self.fill(self.my_notes)

    def _got_marks(self, marks: object) -> None:
        assert isinstance(marks, Marks)
        if marks != self._marks:
            self._marks = marks
            self.sig_marks_changed.emit(marks)

    def _tell_orphans(self, orphans: object) -> None:
        if orphans:
            self._window.statusBar().showMessage(
                self.tr(
                    "%d of your notes belong to entries no longer in the catalogue; they are "
                    "kept (View › My Notes Panel)."
                )
                % len(orphans),  # type: ignore[arg-type]
                15_000,
            )

    # -- visits, searches, bookmarks ----------------------------------------------------------

    def on_entry(self, slug: str | None) -> None:
        """The window now shows this entry (None: not an entry): show whether it is
        bookmarked. A re-render (zoom, theme) calls this too, so it records nothing."""
        self._current = slug
        bookmark = self._actions.action("toggle_bookmark")
        bookmark.setEnabled(slug is not None and self._store_ready() and not self.paused)
        if slug is None or not self._store_ready():
            self._show_bookmarked(False)
            return
        if self.paused:
            return
        self._run(
            lambda lib: lib.store.is_bookmarked(slug),  # type: ignore[union-attr]
            lambda state: self._bookmark_state(slug, bool(state)),
        )

    def record_visit(self, slug: str) -> None:
        """The officer visited this entry (ReadingController.sig_visited): one History row."""
        if self._library is not None and self._library.completing and not self.paused:
            self._early_visits.append(slug)  # written when the store has opened
            return
        if not self._store_ready() or self.paused:
            return

        def visit(library: Library) -> str:
            assert library.store is not None
            try:
                library.store.add_visit(slug)
            except Exception as exc:  # a failing history write must not stop reading
                return said(exc)
            return ""

        self._run(visit, self._visited)

    def _visited(self, problem: object) -> None:
        if problem:
            self._say(str(problem))
        if self.history.isVisible():
            self.fill(self.history)

    def _bookmark_state(self, slug: str, state: bool) -> None:
        if slug == self._current:
            self._show_bookmarked(state)

    def _show_bookmarked(self, state: bool) -> None:
        """The toolbar's star says whether the entry on screen is bookmarked."""
        self._actions.action("toggle_bookmark").setChecked(state)

    def record_search(self, text: str) -> None:
        if self._store_ready() and text.strip() and not self.paused:
            self._run(lambda lib: lib.store.add_recent_search(text), lambda _none: None)  # type: ignore[union-attr]

    def toggle_bookmark(self) -> None:
        slug = self._current
        if slug is None or not self._store_ready() or self.paused:
            return
        self._run(
            lambda lib: lib.store.toggle_bookmark(slug),  # type: ignore[union-attr]
            lambda state: self._toggled(slug, bool(state)),
            lambda message: self._refused(slug, message),
        )

    def _toggled(self, slug: str, state: bool) -> None:
        if slug == self._current:
            self._show_bookmarked(state)
        self._window.statusBar().showMessage(
            self.tr("Bookmarked") if state else self.tr("Bookmark removed"), 2000
        )
        self.refresh_marks()

    def _refused(self, slug: str, message: str) -> None:
        show_message(self._window, self.tr("Bookmark not saved"), message)
        if slug == self._current:  # the action toggled itself when clicked: say what is stored
            self.on_entry(slug)

    def remove_bookmark(self, slug: str) -> None:
        """Delete in the Bookmarks panel: removed at once, with Ctrl+Z / "Undo" to put back."""
        if not self._store_ready() or self.paused:
            return
        folder = next(
            (
                item.detail
                for row in range(self.bookmarks.model.rowCount())
                if (item := self.bookmarks.model.item(row)) is not None and item.slug == slug
            ),
            "",
        )

        def removed(_none: object) -> None:
            if self._current == slug:
                self._show_bookmarked(False)
            self._removed.append((slug, folder))
            self._undo.show()
            title = isolated(self._title(slug))
            self._window.statusBar().showMessage(
                self.tr("Bookmark removed: {title}").format(title=title), UNDO_MS
            )
            self.refresh_marks()

        self._run(
            lambda lib: lib.store.set_bookmark(slug, False),  # type: ignore[union-attr]
            removed,
            lambda message: show_message(self._window, self.tr("Bookmark not saved"), message),
        )

    def undo_remove(self) -> None:
        """Put back the bookmark Delete removed last (with its folder)."""
        if not self._removed or not self._store_ready() or self.paused:
            return
        slug, folder = self._removed.pop()
        self._undo.setVisible(bool(self._removed))

        def restored(_none: object) -> None:
            if self._current == slug:
                self._show_bookmarked(True)
            self._window.statusBar().showMessage(self.tr("Bookmark restored"), 3000)
            self.refresh_marks()

        self._run(
            lambda lib: lib.store.set_bookmark(slug, True, folder),  # type: ignore[union-attr]
            restored,
            lambda message: show_message(self._window, self.tr("Bookmark not saved"), message),
        )

    def _title(self, slug: str) -> str:
        library = self._library
        if library is None or not library.catalogue.has_entry(slug):
            return slug
        return library.catalogue.entry(slug).title

    # -- panels -------------------------------------------------------------------------------

    def show_panel(self, panel: TrailPanel) -> None:
        """The panel's shortcut: open it and put the cursor there; pressed again while the
        cursor is in it, close it (Esc closes it too)."""
        if panel.has_focus():
            panel.dismiss()
            return
        panel.focus_list()
        self.fill(panel, select_first=True)

    def fill(self, panel: TrailPanel, select_first: bool = False) -> None:
        """Read the panel's rows on the store lane and show them when they come."""
        reads: dict[TrailPanel, Callable[[Library], list[TrailRow]]] = {
            self.bookmarks: lambda lib: lib.bookmark_rows(),
            self.history: lambda lib: lib.history_rows(),
            self.my_notes: note_rows_with_text,
        }
        shown = {self.bookmarks: self._bookmark_item, self.history: self._visit_item}
        item = shown.get(panel, self._note_item)
        self._run(
            reads[panel],
            lambda rows: panel.set_items([item(r) for r in rows], select_first),  # type: ignore[attr-defined]
        )

    @staticmethod
    def _bookmark_item(row: TrailRow) -> TrailItem:
        return TrailItem(row.slug, row.title, row.detail)

    @staticmethod
    def _visit_item(row: TrailRow) -> TrailItem:
        return TrailItem(row.slug, row.title, moment(row.detail))

    def _note_item(self, row: TrailRow) -> TrailItem:
        """Title, then the date and the note's first words (the date first: not clipped)."""
        stamp, _sep, text = row.detail.partition("\n")
        detail = self.tr("entry no longer in the catalogue") if row.orphaned else moment(stamp)
        preview = " ".join(text.split())
        if len(preview) > PREVIEW_CHARS:
            preview = preview[:PREVIEW_CHARS].rsplit(" ", 1)[0] + "…"
        return TrailItem(row.slug, row.title, detail, preview)
