"""Search as you type: the search box, the results list, the correction line and the status text.

Each keystroke asks `Operations.run_latest("search", …)` for a search on a worker thread: only the
newest request runs, and a result that arrives after the box changed again is dropped here by its
generation. With "Search My Notes Too" on, the same job also asks the library for entries whose
note matches (`Library.note_hits`), so the store is read off the GUI thread too. A search engine
failure (`SearchResult.error`) goes to the window's one error path, never shown as "No results".
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QSplitter, QWidget

from desktop_app.commands.actions import ActionRegistry
from desktop_app.i18n.bidi import isolated
from desktop_app.operations import Operations
from desktop_app.reading.navigation import Location
from desktop_app.search.correction_line import CorrectionLine
from desktop_app.search.recent_searches import RecentSearches
from desktop_app.search.results_view import ResultsList, ResultsModel
from desktop_app.userdata.marks import Marks

if TYPE_CHECKING:  # search_index loads on a worker thread, after the first paint
    from desktop_app.library import Library, NoteHit
    from search_index import Hit, SearchResult

SEARCH_LIMIT = 50
RESULTS_SHARE = 0.45  # the most of the column the results list takes
ROOMY_COLUMN = 560  # px: a column this tall keeps one result row above an open entry
NOTES_SHARE = 5  # an open entry leaves the note pane at most 1/5 of the column
READER_ROOM = 480  # px the reader gets before results are kept above an open entry


class SearchController(QObject):
    """Signals:
    sig_open(object, object, str): open this Location with these highlight terms; the query.
    sig_done(object): the latest search's SearchResult is on screen.
    sig_error(str): the search engine failed: one line for the window's error path.
    sig_leave(): Esc in the empty box: focus moves on (to the tree).
    """

    sig_open = Signal(object, object, str)
    """A result was chosen: (Location, terms to highlight, the query typed)."""
    sig_done = Signal(object)
    """The results of the current search are displayed."""
    sig_error = Signal(str)
    """The search engine itself failed (a bug, not bad input)."""
    sig_leave = Signal()
    """Esc was pressed in an empty search box."""

    def __init__(
        self,
        ops: Operations,
        registry: ActionRegistry,
        status: QLabel,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._registry = registry
        self._status = status
        self._library: Library | None = None
        self._generation = 0
        self._last: SearchResult | None = None
        self._splitter: QSplitter | None = None
        self._literal = ""  # the text to search as typed, not corrected ("search instead for")

        self.box = QLineEdit(parent)
        self.box.setObjectName("searchBox")
        self.box.setPlaceholderText(
            self.tr("Search fields, programmes, dialogues, regions…  (Ctrl+K)")
        )
        self.box.setClearButtonEnabled(True)
        self.box.setAccessibleName(self.tr("Search"))
        self.box.setAccessibleDescription(
            self.tr("Type to search; Up and Down choose a result, Enter opens it, Esc clears")
        )
        self.box.installEventFilter(self)
        self.model = ResultsModel(parent=self)
        self.results = ResultsList(self.model, parent)
        self.results.hide()
        self.results.installEventFilter(self)  # focus in: a compacted list grows back
        self.correction = CorrectionLine(parent)
        self.correction.sig_instead.connect(self.search_instead)
        self.recent = RecentSearches(self.box, self._fetch_recent)

        self.box.textChanged.connect(self._on_text)
        self.results.clicked.connect(lambda index: self.open_result(index.row()))
        self.results.activated.connect(lambda index: self.open_result(index.row()))

    def handlers(self) -> dict[str, Callable[[], object]]:
        return {"focus_search": self.focus, "search_notes": self.rerun}

    def set_splitter(self, splitter: QSplitter) -> None:
        """The splitter whose first pane is the results list (sized to its rows)."""
        self._splitter = splitter

    def set_library(self, library: Library) -> None:
        self._library = library
        regions = {r.slug: r.name for r in library.catalogue.regions()}
        self.model.set_region_names(lambda slug: regions.get(slug, slug))
        self.rerun()

    def set_marked(self, marks: Marks) -> None:
        self.model.set_marked(marks)

    def focus(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def rerun(self) -> None:
        """Search the box's text again (a new library, "Search My Notes Too" toggled)."""
        if self.box.text():
            self._on_text(self.box.text())

    # -- the search ------------------------------------------------------------------------

    def search_instead(self) -> None:
        """Search the box's words as typed (the correction line's button), keeping the box."""
        self._literal = self.box.text()
        self.rerun()
        self.box.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_text(self, text: str) -> None:
        self._generation += 1
        if text != self._literal:
            self._literal = ""
        if not text.strip():
            self.model.set_hits(())
            self._give_reader(0)
            self.results.hide()
            self.correction.clear()
            self._status.clear()
            self._last = None
            return
        library = self._library
        if library is None:
            self._status.setText(self.tr("Search is getting ready…"))
            return
        generation = self._generation
        literal = bool(self._literal)
        with_notes = self._registry.action("search_notes").isChecked()

        def search() -> tuple[SearchResult, list[NoteHit]]:
            result = library.search(text, limit=SEARCH_LIMIT, facets=True, correct=not literal)
            if not with_notes or result.error:
                return result, []
            return result, library.note_hits(result.query, {h.slug for h in result.hits})

        self._ops.run_latest("search", search, lambda found: self._on_result(generation, *found))

    def _on_result(self, generation: int, result: SearchResult, notes: list[NoteHit]) -> None:
        if generation != self._generation:
            return  # the box changed again (or was cleared) while this search ran
        self._last = result
        terms = tuple(result.terms)
        self.model.set_hits([*result.hits, *(self._note_hit(n, terms) for n in notes)])
        self.results.setVisible(True)  # nothing selected yet: Down picks the first, Enter opens it
        if result.error:
            self.correction.clear()
            self._status.setText(self.tr("Search failed"))
            self.sig_error.emit(self.tr("Search failed: %s") % result.error)
        else:
            self._show_correction(result, len(notes))
            self._status.setText(self._status_text(result, len(notes)))
            self._status.setToolTip(self.tr("Searched in %.1f ms") % result.elapsed_ms)
        self._fit_results()
        self.sig_done.emit(result)

    def _show_correction(self, result: SearchResult, notes: int) -> None:
        """The line above the results; with "Search My Notes Too" a note hit under a bare "No
        entries match" would contradict it, so the line says the notes matched."""
        if result.corrected:
            self.correction.show_corrected(result.corrected, result.query)
        elif result.unnamed and result.hits:
            unnamed = isolated(result.unnamed)
            self.correction.show_message(
                self.tr("No entry names “%s”. The region that contains it:") % unnamed
            )
        elif result.unnamed:
            self.correction.show_message(self.tr("No entry names “%s”.") % isolated(result.unnamed))
        elif result.total == 0 and notes:
            text = (
                self.tr("No entries match “{query}” · 1 of your notes does")
                if notes == 1
                else self.tr("No entries match “{query}” · %n of your notes do", "", notes)
            )
            self.correction.show_message(text.format(query=isolated(result.query)))
        elif result.total == 0:
            self.correction.show_message(
                self.tr("No entries match “%s”. Try fewer or other words.") % isolated(result.query)
            )
        else:
            self.correction.clear()

    def _status_text(self, result: SearchResult, notes: int = 0) -> str:
        """'2 results (1 field · 1 initiative)': counts in words, kinds in a stable order; the
        officer's notes that matched are counted apart (they are not catalogue results)."""
        count = (
            self.tr("No results")
            if result.total == 0
            else self.tr("1 result")
            if result.total == 1
            else self.tr("%n results", "", result.total)
        )
        facets = " · ".join(self._kind_count(k, n) for k, n in sorted(result.facets.items()))
        text = f"{count} ({facets})" if facets else count
        if notes:
            mine = (
                self.tr("1 of your notes") if notes == 1 else self.tr("%n of your notes", "", notes)
            )
            text = f"{text} · {mine}"
        return text

    def _kind_count(self, kind: str, n: int) -> str:
        """'1 field', '15 fields': two literals per kind, so English reads right with no .qm."""
        one = n == 1
        if kind == "about":
            return self.tr("1 introduction") if one else self.tr("%n introductions", "", n)
        if kind == "field":
            return self.tr("1 field") if one else self.tr("%n fields", "", n)
        if kind == "initiative":
            return self.tr("1 initiative") if one else self.tr("%n initiatives", "", n)
        if kind == "dialogue":
            return self.tr("1 dialogue") if one else self.tr("%n dialogues", "", n)
        return f"{n} {kind.replace('-', ' ')}"

    def _note_hit(self, note: NoteHit, terms: tuple[str, ...]) -> Hit:
        """A row for an entry found by the officer's note: "My note: …" with the matched words
        of the excerpt marked (not the label)."""
        from search_index import Hit, highlight_spans  # loaded with the library already

        pieces, cursor = [], 0
        for start, end in highlight_spans(note.excerpt, terms):
            pieces.append(html.escape(note.excerpt[cursor:start]))
            pieces.append(f"<mark>{html.escape(note.excerpt[start:end])}</mark>")
            cursor = end
        pieces.append(html.escape(note.excerpt[cursor:]))
        label = self.tr("My note: %1")  # outside the f-string: lupdate does not look inside
        before, _, after = label.partition("%1")
        snippet = f"{html.escape(before)}{''.join(pieces)}{html.escape(after)}"
        return Hit(note.slug, note.kind, note.title, 0.0, snippet, (), note.regions)

    def open_result(self, row: int) -> None:
        hit = self.model.hit(max(row, 0))
        if hit is None:
            return
        terms = self._last.terms if self._last is not None else ()
        kind = "region" if hit.kind == "region" else "entry"  # a region hit opens its page
        self.sig_open.emit(Location(kind, hit.slug), terms, self.box.text())

    # -- keys in the box -------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.results:
            if event.type() == QEvent.Type.FocusIn:
                self._fit_results()
            return False
        if watched is not self.box:
            return False
        if event.type() == QEvent.Type.MouseButtonPress and not self.box.text():
            self.recent.offer()
        if event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            return self._command_wins(event)
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._key(event.key())
        return False

    def _command_wins(self, event: QKeyEvent) -> bool:
        """A command's key with Ctrl or Alt goes to the command, not the box: QLineEdit claims
        Ctrl+Home (Go › Introduction) for its cursor. Keys without them (Home, End, "/") stay
        the box's, so the cursor still moves and "/" is typed."""
        held = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        if not event.modifiers() & held:
            return False
        pressed = QKeySequence(event.keyCombination())
        for _item, action in self._registry.items():
            if action.isEnabled() and pressed in action.shortcuts():
                event.ignore()  # not overridden: the window's shortcut runs
                return True
        return False

    def _key(self, key: int) -> bool:
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            if key == Qt.Key.Key_Down and not self.box.text():
                self.recent.offer()
                return True
            self._fit_results()
            self.results.move_selection(1 if key == Qt.Key.Key_Down else -1)
            return True
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            self.results.move_selection(5 if key == Qt.Key.Key_PageDown else -5)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_result(self.results.selected_row())
            return True
        if key == Qt.Key.Key_Tab and self.correction.instead.isVisible():
            # the window places the line after the box is made, so the focus chain cannot be
            # relied on: Tab from the box goes to "search instead for" while it is offered
            self.correction.instead.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if key == Qt.Key.Key_Escape:
            if self.box.text():
                self.box.clear()
            else:
                self.sig_leave.emit()
            return True
        return False

    def _fetch_recent(self, deliver: Callable[[list[str]], None]) -> None:
        library = self._library
        if library is None or library.store is None:
            return
        store = library.store
        self._ops.run(lambda: store.recent_searches(), deliver, lane="store")

    def compact(self) -> None:
        """An entry opened from the results: they shrink until the reader has READER_ROOM (to
        one row, none on a short column) and the note pane to a fifth, so the reader shows its
        body text even at 1024×600 while a tall screen keeps several results in view. Focusing
        the results, or Up/Down in the box, brings them back."""
        splitter = self._splitter
        rows = self.model.rowCount()
        if splitter is None or rows == 0 or len(splitter.sizes()) != 3:
            return
        sizes = splitter.sizes()
        total = sum(sizes)
        row = self.results.sizeHintForRow(max(self.results.selected_row(), 0))
        roomy = total >= ROOMY_COLUMN
        share = NOTES_SHARE if roomy else 9
        spare = total - min(sizes[2], total // share) - READER_ROOM
        keep = max(row + 2 * self.results.frameWidth(), spare) if roomy else 0
        self._give_reader(min(keep, sizes[0]), notes_share=share)
        self.results.scrollTo(self.results.currentIndex())

    def _give_reader(self, results: int, notes_share: int = NOTES_SHARE) -> None:
        """Leave the results `results` px and the note at most 1/notes_share of the column (on
        a short column about two lines); the reader gets the rest (when the results close, the
        entry grows, not the note)."""
        splitter = self._splitter
        if splitter is None or len(splitter.sizes()) != 3:
            return
        total = sum(splitter.sizes())
        notes = min(splitter.sizes()[2], total // notes_share)
        splitter.setSizes([results, total - results - notes, notes])

    def _fit_results(self) -> None:
        """Give the results only the room their rows need (up to ~45 % of the column), so a
        one-hit search leaves the entry its space."""
        rows = self.model.rowCount()
        splitter = self._splitter
        total = sum(splitter.sizes()) if splitter is not None else 0
        if splitter is None or total <= 0:
            return
        row = self.results.sizeHintForRow(0) if rows else 0
        wanted = min(int(total * RESULTS_SHARE), rows * row + 2 * self.results.frameWidth() + 4)
        wanted = max(wanted, 0 if rows == 0 else row)
        sizes = splitter.sizes()
        rest = total - wanted
        if len(sizes) == 3:
            notes = min(sizes[2], rest // 3)
            splitter.setSizes([wanted, rest - notes, notes])
        else:
            splitter.setSizes([wanted, rest])
        self.results.setVisible(rows > 0)
