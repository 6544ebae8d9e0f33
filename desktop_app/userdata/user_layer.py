"""The officer's own layer in the window: bookmarks, notes, history, print, PDF, handover.

Kept apart from MainWindow so the window stays about navigation and search; the window calls
`on_backend`, `on_location` and `note_hits`, and this class owns the notes pane, the three
panels and every user-data action.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QWidget

from desktop_app.briefing.briefing import (
    BriefingItem,
    Stamp,
    briefing_html,
    citation,
    paint_document,
)
from desktop_app.plain_text import show_message
from desktop_app.reading.navigation import Location
from desktop_app.userdata.handover_import import HandoverImporter
from desktop_app.userdata.notes_pane import NotesPane
from desktop_app.userdata.user_panels import TrailItem, TrailPanel

if TYPE_CHECKING:
    from db.userstore import UserStore
    from desktop_app.commands.actions import ActionRegistry
    from desktop_app.library import Library
    from desktop_app.operations import Operations
    from search_index import Hit

NOTE_HIT_KIND = "note"


def _when(stamp: str) -> str:
    """'14:05' for today, '2026-11-20' before: short enough for a narrow panel."""
    import datetime as dt

    try:
        moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return stamp
    if moment.date() == dt.datetime.now().astimezone().date():
        return moment.strftime("%H:%M")
    return moment.strftime("%Y-%m-%d")


class UserLayer(QObject):
    """Signals:
    sig_marks_changed(object): the set of slugs with a note or bookmark changed.
    sig_open(object): open this navigation.Location.
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
        self._ops = ops
        self._store: UserStore | None = None
        self._actions = actions
        self._backend: Library | None = None
        self._current: Location | None = None
        self.notes = NotesPane(None, window)
        self.bookmarks = TrailPanel(self.tr("Bookmarks"), "bookmarksPanel", window)
        self.history = TrailPanel(self.tr("History"), "historyPanel", window)
        self.my_notes = TrailPanel(self.tr("My notes"), "notesPanel", window)
        for panel in (self.bookmarks, self.history, self.my_notes):
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
            panel.hide()
        window.tabifyDockWidget(self.bookmarks, self.history)
        window.tabifyDockWidget(self.history, self.my_notes)
        self.importer = HandoverImporter(window)
        self.import_progress = self.importer.bar
        self.importer.sig_finished.connect(self._import_finished)
        self._enable(False)
        self._connect_signals()

    def _enable(self, on: bool) -> None:
        for action_id in (
            "toggle_bookmark",
            "focus_notes",
            "export_handover",
            "import_handover",
            "search_notes",
            "show_bookmarks",
            "show_history",
            "show_notes",
        ):
            self._actions.action(action_id).setEnabled(on)

    def _connect_signals(self) -> None:
        self._actions.connect(
            {
                "toggle_bookmark": self.toggle_bookmark,
                "focus_notes": self.focus_notes,
                "print": self.print_entry,
                "export_pdf": self.export_briefing,
                "export_handover": self.export_handover,
                "import_handover": self.import_handover,
                "copy_citation": self.copy_citation,
                "show_bookmarks": lambda: self._show(self.bookmarks),
                "show_history": lambda: self._show(self.history),
                "show_notes": lambda: self._show(self.my_notes),
            }
        )
        for panel in (self.bookmarks, self.history, self.my_notes):
            panel.list.sig_open.connect(lambda slug: self.sig_open.emit(Location("entry", slug)))
        self.bookmarks.list.sig_remove.connect(self._remove_bookmark)
        self.notes.sig_saved.connect(lambda _slug: self._refresh_marks())
        self.notes.sig_save_failed.connect(
            lambda reason: self._window.statusBar().showMessage(
                self.tr("Note not saved: %s") % reason, 8000
            )
        )

    # -- hooks called by the window ------------------------------------------------------------

    def on_backend(self, backend: Library) -> None:
        self._backend = backend
        self._store = backend.store
        self.notes.set_store(backend.store)
        self._enable(backend.store is not None)
        if backend.store_message:
            self._error(self.tr("Your notes"), backend.store_message)
        self._refresh_marks()
        orphans = self._orphans()
        if orphans:
            self._window.statusBar().showMessage(
                self.tr(
                    "%d of your notes belong to entries no longer in the catalogue; they are "
                    "kept (View › My Notes Panel)."
                )
                % len(orphans),
                15_000,
            )

    def on_location(self, location: Location) -> None:
        """The window now shows location: load its note, record the visit."""
        self._current = location
        slug = location.slug if location.kind == "entry" else None
        self.notes.set_entry(slug)
        bookmark = self._actions.action("toggle_bookmark")
        bookmark.setEnabled(slug is not None and self._store is not None and not self._importing())
        if self._store is None or slug is None:
            bookmark.setChecked(False)
            return
        if self._importing():  # the import holds the write lock; a visit would wait for it
            return
        try:
            bookmark.setChecked(self._store.is_bookmarked(slug))
            self._store.add_visit(slug)
        except Exception as exc:  # a failing history write must not stop reading
            self._window.statusBar().showMessage(str(exc), 5000)
        if self.history.isVisible():
            self._fill_history()

    def record_search(self, text: str) -> None:
        if self._store is not None and text.strip() and not self._importing():
            try:
                self._store.add_recent_search(text)
            except Exception as exc:
                self._window.statusBar().showMessage(str(exc), 5000)

    def note_hits(self, query: str, known: set[str]) -> list[Hit]:
        """Entries whose note matches the query, for 'Search My Notes Too'."""
        if (
            self._store is None
            or self._backend is None
            or not self._actions.action("search_notes").isChecked()
        ):
            return []
        from search_index import Hit

        catalogue = self._backend.catalogue
        hits = []
        for note in self._store.search_notes(query):
            if note.slug in known or not catalogue.has_entry(note.slug):
                continue
            entry = catalogue.entry(note.slug)
            excerpt = html.escape(" ".join(note.text.split())[:160])
            hits.append(
                Hit(
                    note.slug,
                    entry.kind,
                    entry.title,
                    0.0,
                    f"<mark>{html.escape(self.tr('My note'))}</mark>: {excerpt}",
                    (),
                    entry.regions,
                )
            )
        return hits

    def marked(self) -> set[str]:
        if self._store is None:
            return set()
        try:
            return self._store.marked_slugs()
        except Exception:
            return set()

    # -- actions -------------------------------------------------------------------------------

    def _current_entry(self) -> str | None:
        current = self._current
        return current.slug if current is not None and current.kind == "entry" else None

    def toggle_bookmark(self) -> None:
        slug = self._current_entry()
        if self._store is None or slug is None:
            return
        try:
            state = self._store.toggle_bookmark(slug)
        except Exception as exc:
            self._error(self.tr("Bookmark not saved"), str(exc))
            return
        self._actions.action("toggle_bookmark").setChecked(state)
        self._window.statusBar().showMessage(
            self.tr("Bookmarked") if state else self.tr("Bookmark removed"), 2000
        )
        self._refresh_marks()

    def focus_notes(self) -> None:
        if self.notes.isEnabled():
            self.notes.show()
            self.notes.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _remove_bookmark(self, slug: str) -> None:
        if self._store is not None and not self._importing():
            self._store.set_bookmark(slug, False)
            if self._current_entry() == slug:
                self._actions.action("toggle_bookmark").setChecked(False)
            self._refresh_marks()

    def _refresh_marks(self) -> None:
        self.sig_marks_changed.emit(self.marked())
        if self.bookmarks.isVisible():
            self._fill_bookmarks()
        if self.my_notes.isVisible():
            self._fill_notes()

    def _title(self, slug: str) -> str:
        catalogue = self._backend.catalogue if self._backend else None
        if catalogue is not None and catalogue.has_entry(slug):
            return catalogue.entry(slug).title
        return slug

    def _fill_bookmarks(self) -> None:
        items = [
            TrailItem(b.slug, self._title(b.slug), b.folder)
            for b in (self._store.bookmarks() if self._store else [])
        ]
        self.bookmarks.model.set_items(items)

    def _fill_history(self) -> None:
        items = [
            TrailItem(v.slug, self._title(v.slug), _when(v.opened))
            for v in (self._store.history() if self._store else [])
        ]
        self.history.model.set_items(items)

    def _orphans(self) -> list[str]:
        if self._store is None or self._backend is None:
            return []
        catalogue = self._backend.catalogue
        return [n.slug for n in self._store.notes() if not catalogue.has_entry(n.slug)]

    def _fill_notes(self) -> None:
        orphans = set(self._orphans())
        items = [
            TrailItem(
                n.slug,
                self._title(n.slug),
                self.tr("entry no longer in the catalogue")
                if n.slug in orphans
                else n.updated.replace("T", " ").rstrip("Z"),
            )
            for n in (self._store.notes() if self._store else [])
        ]
        self.my_notes.model.set_items(items)

    def _show(self, panel: TrailPanel) -> None:
        {
            self.bookmarks: self._fill_bookmarks,
            self.history: self._fill_history,
            self.my_notes: self._fill_notes,
        }[panel]()
        panel.focus_list()

    def stamp(self) -> Stamp:
        from db.userstore.store import now

        info = self._backend.catalogue.info if self._backend else None
        return Stamp(
            info.version if info else "?",
            info.data_as_of if info else "?",
            now().replace("T", " ").rstrip("Z") + " UTC",
        )

    def briefing_item(self, slug: str, with_note: bool) -> BriefingItem:
        assert self._backend is not None
        catalogue = self._backend.catalogue
        entry = catalogue.entry(slug)
        note = self._store.note(slug) if (with_note and self._store) else None
        return BriefingItem(
            entry.title,
            entry.kind,
            entry.summary,
            entry.body,
            tuple(catalogue.region(r).name for r in entry.regions),
            tuple(catalogue.entry(s).title for s in entry.related if catalogue.has_entry(s)),
            note.text if note else None,
        )

    def copy_citation(self) -> None:
        slug = self._current_entry()
        if slug is None or self._backend is None:
            return
        text = citation(
            self._backend.catalogue.entry(slug).title,
            self.stamp(),
            self._backend.catalogue.info.title,
        )
        QGuiApplication.clipboard().setText(text)
        self._window.statusBar().showMessage(self.tr("Copied: %s") % text, 4000)

    def print_entry(self) -> None:
        slug = self._current_entry()
        if slug is None or self._backend is None:
            return
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        stamp = self.stamp()
        item = self.briefing_item(slug, with_note=False)
        document = briefing_html(item.title, [item], stamp, with_title_page=False)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        preview = QPrintPreviewDialog(printer, self._window)
        preview.setWindowTitle(self.tr("Print “%s”") % item.title)
        preview.paintRequested.connect(lambda device: paint_document(device, document, stamp))
        preview.exec()

    def export_briefing(self) -> None:
        if self._backend is None:
            return
        from desktop_app.briefing.briefing_dialog import BriefingDialog

        dialog = BriefingDialog(
            self.briefing_choices(), self.briefing_item, self.stamp(), self._window
        )
        dialog.exec()

    def briefing_choices(self) -> list[tuple[str, str, bool]]:
        current = self._current_entry()
        choices = [(current, self._title(current), True)] if current else []
        seen = {current}
        for bookmark in self._store.bookmarks() if self._store else []:
            if (
                bookmark.slug not in seen
                and self._backend
                and self._backend.catalogue.has_entry(bookmark.slug)
            ):
                choices.append((bookmark.slug, self._title(bookmark.slug), current is None))
                seen.add(bookmark.slug)
        return choices

    def export_handover(self, path: str | None = None) -> None:
        if self._store is None:
            return
        from db.userstore import export_handover

        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self._window,
                self.tr("Export notes and bookmarks"),
                "field-reference-notes.json",
                self.tr("Handover files (*.json)"),
            )
        if not path:
            return
        try:
            count = export_handover(self._store, Path(path))
        except Exception as exc:
            self._error(self.tr("Export failed"), str(exc))
            return
        self._window.statusBar().showMessage(
            self.tr("Exported %d items to %s") % (count, path), 5000
        )

    def import_handover(self, path: str | None = None) -> None:
        if self._store is None or self._importing():
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
        self.notes.save_now()
        self._set_importing(True)
        self.importer.start(self._store, Path(path))

    def _importing(self) -> bool:
        return self.importer.busy()

    def _set_importing(self, on: bool) -> None:
        """While the import's one transaction runs, nothing here may write: a note save or a
        bookmark toggle would wait on its lock and then fail."""
        for action_id in ("import_handover", "export_handover"):
            self._actions.action(action_id).setEnabled(not on)
        can_mark = not on and self._store is not None and self._current_entry() is not None
        self._actions.action("toggle_bookmark").setEnabled(can_mark)
        self.notes.editor.setReadOnly(on)

    def _import_finished(self, result: object) -> None:
        from db.userstore import ImportReport

        self._set_importing(False)
        if isinstance(result, ImportReport):
            if self._current is not None:
                self.on_location(self._current)
            self._refresh_marks()
            self._window.statusBar().showMessage(
                self.tr("Imported: %d new notes, %d merged (both versions kept), %d new bookmarks")
                % (result.notes_added, result.notes_merged, result.bookmarks_added),
                8000,
            )
        else:
            self._error(self.tr("Import refused"), str(result))
        self.sig_import_finished.emit(result)

    def _error(self, title: str, message: str) -> None:
        show_message(self._window, title, message)  # quotes slugs and paths from the file

    def flush(self) -> bool:
        """Save a pending note now (on close); False keeps the window open (see
        NotesPane.keep_before_close: the text is saved, kept in a file, or the officer decides)."""
        return self.notes.keep_before_close()

    @property
    def notes_widget(self) -> QWidget:
        return self.notes
