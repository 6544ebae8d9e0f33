"""The officer's own layer in the window: what the main window sees of notes, bookmarks, history,
print, PDF and handover.

A thin façade over one controller per flow, so the window keeps one object to talk to:
- notes_controller.NotesController: the note under the entry (load, autosave, close);
- panels_controller.PanelsController: Bookmarks/History/My Notes, the bookmark toggle, visits,
  recent searches and the marked set;
- handover_controller.HandoverController: export and import of notes and bookmarks;
- briefing.briefing_controller.BriefingController: print, PDF briefing, citation.
Every store call they make runs on the "store" lane of the window's Operations (`ops`): one
worker thread, in order; nothing here touches the disk on the GUI thread except the last note
save while the window closes (NotesController.keep_before_close says why).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow

from desktop_app.briefing.briefing_controller import BriefingController
from desktop_app.i18n.errors import NOTES, explained
from desktop_app.plain_text import show_message
from desktop_app.reading.navigation import Location
from desktop_app.userdata.handover_controller import HandoverController
from desktop_app.userdata.marks import Marks
from desktop_app.userdata.notes_controller import NotesController
from desktop_app.userdata.notes_pane import NotesPane
from desktop_app.userdata.panels_controller import PanelsController

if TYPE_CHECKING:
    from desktop_app.commands.actions import ActionRegistry
    from desktop_app.library import Library
    from desktop_app.operations import Operations

NEEDS_STORE = (
    "toggle_bookmark",
    "focus_notes",
    "export_handover",
    "import_handover",
    "search_notes",
    "show_bookmarks",
    "show_history",
    "show_notes",
)


class UserLayer(QObject):
    """Signals:
    sig_marks_changed(object): which entries have a bookmark or a note changed (Marks).
    sig_open(object): open this navigation.Location.
    sig_import_finished(object): a handover import ended (ImportReport, or the exception).
    """

    sig_marks_changed = Signal(object)
    """Slugs with notes or bookmarks (a set of str)."""
    sig_open = Signal(object)
    """A panel asked to open a Location."""
    sig_import_finished = Signal(object)
    """A handover import ended: its ImportReport, or the exception (already shown)."""

    def __init__(self, window: QMainWindow, actions: ActionRegistry, ops: Operations) -> None:
        super().__init__(window)
        self._window = window
        self._actions = actions
        self._library: Library | None = None
        self._current: Location | None = None
        self.notes = NotesPane(window)
        self.notes_controller = NotesController(self.notes, ops)
        self.panels = PanelsController(window, actions, ops)
        self.bookmarks = self.panels.bookmarks
        self.history = self.panels.history
        self.my_notes = self.panels.my_notes
        self.importer = HandoverController(window, ops)
        self.handover = self.importer
        self.import_progress = self.importer.bar
        self.briefing = BriefingController(window, ops)
        self._enable(False)
        self._connect_signals()

    def _enable(self, on: bool) -> None:
        for action_id in NEEDS_STORE:
            self._actions.action(action_id).setEnabled(on)

    def _connect_signals(self) -> None:
        self._actions.connect(
            {
                **self.panels.handlers(),
                **self.briefing.handlers(),
                "focus_notes": self.focus_notes,
                "export_handover": self.export_handover,
                "import_handover": self.import_handover,
            }
        )
        self.panels.sig_open.connect(self.sig_open)
        self.panels.sig_marks_changed.connect(self.sig_marks_changed)
        self.notes_controller.sig_saved.connect(lambda _slug: self.panels.refresh_marks())
        self.notes_controller.sig_save_failed.connect(
            lambda reason: self._window.statusBar().showMessage(
                self.tr("Note not saved: %s") % reason, 8000
            )
        )
        self.importer.sig_finished.connect(self._import_finished)

    @property
    def library(self) -> Library | None:
        return self._library

    # -- hooks called by the window ------------------------------------------------------------

    def on_backend(self, library: Library) -> None:
        self._library = library
        self.notes_controller.set_store(library.store)
        self._enable(library.store is not None)
        if library.store_message:
            show_message(
                self._window, self.tr("Your notes"), explained(NOTES, library.store_message)
            )
        self.panels.set_library(library)
        self.briefing.set_library(library)

    def on_location(self, location: Location) -> None:
        """The window now shows location: load its note, show its bookmark state."""
        self._current = location
        slug = location.slug if location.kind == "entry" else None
        self.notes_controller.set_entry(slug)
        self.panels.on_entry(slug)
        self.briefing.on_entry(slug)

    def record_visit(self, location: Location) -> None:
        """The officer visited `location` (not a re-render): a History row for an entry."""
        if location.kind == "entry":
            self.panels.record_visit(location.slug)

    def record_search(self, text: str) -> None:
        self.panels.record_search(text)

    def marked(self) -> Marks:
        """Entries with a note or a bookmark, as last read (never reads the disk)."""
        return self.panels.marked()

    def flush(self) -> bool:
        """Save a pending note now (on close); False keeps the window open (see
        NotesController.keep_before_close: the text is saved, kept in a file, or the officer
        decides)."""
        return self.notes_controller.keep_before_close()

    # -- actions -------------------------------------------------------------------------------

    def toggle_bookmark(self) -> None:
        self.panels.toggle_bookmark()

    def focus_notes(self) -> None:
        if self.notes.isEnabled():
            self.notes.show()
            self.notes.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def print_entry(self) -> None:
        self.briefing.print_entry()

    def export_briefing(self) -> None:
        self.briefing.export_briefing()

    def copy_citation(self) -> None:
        self.briefing.copy_citation()

    def export_handover(self, path: str | None = None) -> None:
        store = self._library.store if self._library is not None else None
        if store is None:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self._window,
                self.tr("Export notes and bookmarks"),
                "field-reference-notes.json",
                self.tr("Handover files (*.json)"),
            )
        if path:
            self.notes_controller.save_now()  # the file holds what is on screen
            self.importer.export(store, Path(path))

    def import_handover(self, path: str | None = None) -> None:
        store = self._library.store if self._library is not None else None
        if store is None or self.importer.busy():
            return
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self._window,
                self.tr("Import notes and bookmarks"),
                "",
                self.tr("Handover files (*.json)"),
            )
        if not path:
            return
        self.notes_controller.save_now()  # sent first: the lane runs it before the import
        self._set_importing(True)
        self.importer.start_import(store, Path(path))

    def _set_importing(self, on: bool) -> None:
        """While the import's one transaction runs, nothing here writes: a note save or a
        bookmark toggle would only queue behind it and then find the store changed."""
        for action_id in ("import_handover", "export_handover"):
            self._actions.action(action_id).setEnabled(not on)
        self.panels.paused = on
        entry = self._current is not None and self._current.kind == "entry"
        can_mark = not on and self._library is not None and self._library.store is not None
        self._actions.action("toggle_bookmark").setEnabled(can_mark and entry)
        self.notes_controller.set_importing(on)

    def _import_finished(self, result: object) -> None:
        from db.userstore import ImportReport

        self._set_importing(False)
        if isinstance(result, ImportReport):
            if self._current is not None:
                self.on_location(self._current)
            self.panels.refresh_marks()
            self.importer.say_imported(
                result.notes_added, result.notes_merged, result.bookmarks_added
            )
        self.sig_import_finished.emit(result)
