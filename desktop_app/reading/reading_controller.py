"""Reading: open a location, render its entry or region page, back/forward, zoom, find, highlight.

The catalogue it reads is in memory (the library warmed it while opening), so a page renders on
the GUI thread in a few milliseconds; what the page causes elsewhere (load the note, follow the
tree) is wired by the window to `sig_shown`, which a re-render (zoom, theme, a new star) emits
too. A History row is wired to `sig_visited`, which only a visit emits: see `open_location`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.commands.actions import ActionRegistry
from desktop_app.i18n.bidi import isolated
from desktop_app.look.theme import ThemeController, entry_css
from desktop_app.plain_text import plain_tooltip
from desktop_app.reading.entry_html import LinkTarget, render_entry, render_region
from desktop_app.reading.entry_view import EntryView
from desktop_app.reading.find_bar import FindBar
from desktop_app.reading.line_slot import LineSlot
from desktop_app.reading.navigation import History, Location
from desktop_app.settings_store import ZOOM_DEFAULT, ZOOM_STEP, SettingsStore
from desktop_app.tree.tree_builders import NodeKind
from desktop_app.userdata.marks import Marks

if TYPE_CHECKING:
    from desktop_app.library import Library

Breadcrumb = Callable[[str, NodeKind], list[str]]
DWELL_MS = 1500
"""A page the tree shows (arrowing through it) becomes a visit once it stays this long: about
the time to read a title and the first lines. Shorter, and Up/Down held down would record the
rows it passes; longer, and a quick glance that was read would be lost."""


class ReadingController(QObject):
    """Signals:
    sig_shown(object, str, bool): a page was rendered: its Location, title, and whether the
        tree asked for it (then the tree need not follow).
    sig_status(str): a line for the window's status text (the page could not be shown).
    sig_message(str, int): a short status-bar message and how long to show it (ms).
    sig_visited(object): the officer visited this Location (opened it, or stayed on a page the
        tree showed); never for a re-render (zoom, theme) or the page restored at start.
    """

    sig_shown = Signal(object, str, bool)
    """A page is on screen: (Location, title, from_tree)."""
    sig_status = Signal(str)
    """The status text should say this."""
    sig_message = Signal(str, int)
    """A transient status-bar message: (text, milliseconds)."""
    sig_visited = Signal(object)
    """A visit worth a History row: (Location)."""

    def __init__(
        self,
        registry: ActionRegistry,
        theme: ThemeController,
        settings: SettingsStore,
        breadcrumb_for: Breadcrumb,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._registry = registry
        self._theme = theme
        self._settings = settings
        self._breadcrumb_for = breadcrumb_for  # the tree's path to a page
        self._library: Library | None = None
        self._history = History()
        self._shown: Location | None = None  # the page on screen (maybe not a visit yet)
        self._pending: Location | None = None  # shown by the tree, not yet a visit
        self._dwell = QTimer(self)
        self._dwell.setSingleShot(True)
        self._dwell.setInterval(DWELL_MS)
        self._dwell.timeout.connect(self.commit_pending)
        self._highlight: tuple[str, ...] = ()
        self._marks = Marks()
        self._zoom = settings.values.zoom
        self._ui_language = "en"  # pages add the thesaurus's name in this language to titles
        self.breadcrumb = QLabel(parent)
        self.breadcrumb.setContentsMargins(4, 2, 4, 2)
        self.breadcrumb.setObjectName("breadcrumb")
        self.breadcrumb.setTextFormat(Qt.TextFormat.PlainText)
        self.breadcrumb.setAccessibleName(self.tr("Where you are"))
        # in a slot of its own: a new trail is repainted, not laid out (a trail too long for
        # the pane is cut, and its tooltip says it whole)
        self.trail = LineSlot(self.breadcrumb, parent)
        self.view = EntryView(parent)
        self.find_bar = FindBar(self.view, parent)
        self.pane = QWidget(parent)
        layout = QVBoxLayout(self.pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.trail)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.find_bar)
        self.view.sig_navigate.connect(self.open_location)
        self.find_bar.sig_closed.connect(self.focus)
        theme.sig_changed.connect(self.rerender)  # a slot, dropped with the window
        self._update_navigation_actions()

    def handlers(self) -> dict[str, Callable[[], object]]:
        return {
            "find_in_entry": self.find_bar.open_bar,
            "find_next": lambda: self.find_bar.find(forward=True),
            "find_previous": lambda: self.find_bar.find(forward=False),
            "back": self.go_back,
            "forward": self.go_forward,
            "go_entry": lambda: self.view.setFocus(Qt.FocusReason.ShortcutFocusReason),
            "show_about_entry": lambda: self.open_location(Location("entry", "about")),
            "zoom_in": lambda: self.set_zoom(self._zoom + ZOOM_STEP),
            "zoom_out": lambda: self.set_zoom(self._zoom - ZOOM_STEP),
            "zoom_reset": lambda: self.set_zoom(ZOOM_DEFAULT),
        }

    def set_library(self, library: Library) -> None:
        self._library = library

    def set_ui_language(self, code: str) -> None:
        """The interface language ("fr", "ar", …): a page then shows the entry's name in it
        beside the English title, when the thesaurus has one. Re-renders the page."""
        if code != self._ui_language:
            self._ui_language = code
            self.rerender()

    def current(self) -> Location | None:
        """The page on screen."""
        return self._shown

    def focus(self) -> None:
        """Move into the page; a page the tree showed is now being read, so it is a visit."""
        self.commit_pending()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- pages -----------------------------------------------------------------------------

    def open_location(
        self,
        location: Location,
        record: bool = True,
        from_tree: bool = False,
        highlight: tuple[str, ...] | None = None,
    ) -> bool:
        """Show `location`; `highlight` replaces the marked search terms (None keeps them).

        `record`: a new place in back/forward and a visit. A page the tree shows (`from_tree`)
        is only a visit once the officer stays on it (DWELL_MS, Enter, or moving on from it by
        a link or Back), so arrowing through the tree leaves one row, not one per item passed.
        """
        if record and not from_tree:
            self.commit_pending()  # the page being left by a link or a search was read
        if not self._show(location, from_tree, highlight):
            return False
        if record and from_tree:
            self._pending = location
            self._dwell.start()
        elif record:
            self._visit(location)
        return True

    def restore(self, location: Location) -> bool:
        """Show the page the officer left last time: the current place, but not a new visit."""
        if not self._show(location, False, None):
            return False
        self._history.visit(location)
        self._update_navigation_actions()
        return True

    def commit_pending(self) -> None:
        """The page the tree showed has been stayed on: make it a visit now."""
        self._dwell.stop()
        location, self._pending = self._pending, None
        if location is not None and location == self._shown:
            self._visit(location)

    def _visit(self, location: Location) -> None:
        self._pending = None
        self._dwell.stop()
        if location != self._history.current:
            self._history.visit(location)
            self._update_navigation_actions()
        self.sig_visited.emit(location)

    def _show(self, location: Location, from_tree: bool, highlight: tuple[str, ...] | None) -> bool:
        """Render `location` and say so (sig_shown); no history, no visit."""
        library = self._library
        if library is None:
            return False
        from db import CatalogueError

        if highlight is not None:
            self._highlight = highlight
        try:
            if location.kind == "entry":
                title = self._render_entry(library, location.slug)
            else:
                title = self._render_region(library, location.slug)
        except CatalogueError:
            self.sig_status.emit(self.tr("That entry is not in this catalogue."))
            return False
        self._shown = location
        self._settings.update(location=location)
        self.sig_shown.emit(location, title, from_tree)
        return True

    def _render_entry(self, library: Library, slug: str) -> str:
        catalogue = library.catalogue
        entry = catalogue.entry(slug)
        regions = [catalogue.region(r) for r in entry.regions]
        linked = [catalogue.entry(s) for s in entry.related if catalogue.has_entry(s)]
        if entry.kind == "about":  # "…has defined the following fields": list them
            linked = list(catalogue.entries("field"))
        links = [LinkTarget(e.slug, e.title, e.kind) for e in linked]
        marks = self._marks
        html = render_entry(
            entry,
            regions,
            links,
            self._highlight,
            bookmarked=slug in marks.bookmarked,
            noted=slug in marks.noted,
            labels=library.entry_labels(slug),
            ui_language=self._ui_language,
        )
        self.view.show_html(html, self._css())
        self._set_breadcrumb(self._breadcrumb_for(slug, NodeKind.ENTRY))
        return entry.title

    def _render_region(self, library: Library, slug: str) -> str:
        catalogue = library.catalogue
        region = catalogue.region(slug)
        ancestors = [catalogue.region(a) for a in catalogue.ancestors(slug)]
        children = [r for r in catalogue.regions() if r.parent == slug]
        own = catalogue.entries_in_region(slug)
        own_slugs = {e.slug for e in own}
        below = [
            e
            for e in catalogue.entries_in_region(slug, include_subregions=True)
            if e.slug not in own_slugs
        ]
        html = render_region(
            region,
            ancestors,
            children,
            [LinkTarget(e.slug, e.title, e.kind) for e in own],
            [LinkTarget(e.slug, e.title, e.kind) for e in below],
            library.entry_labels(slug),
            self._ui_language,
        )
        self._highlight = ()
        self.view.show_html(html, self._css())
        self._set_breadcrumb([self.tr("Regions"), *(a.name for a in ancestors), region.name])
        return region.name

    def _set_breadcrumb(self, parts: list[str]) -> None:
        text = " › ".join(isolated(part) for part in parts)
        # a QLabel aligns plain text by the text's own direction: isolated English names have
        # none, so an Arabic window put the trail on the left, read left to right; the mark
        # makes it start on the right, first part rightmost (› shown mirrored)
        rtl = self.breadcrumb.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.breadcrumb.setText(f"\u200f{text}" if rtl and text else text)
        self.breadcrumb.setToolTip(plain_tooltip(text))
        self.trail.setVisible(bool(parts))

    def _css(self) -> str:
        return entry_css(self._theme.is_dark(), self._zoom)

    def rerender(self, _dark: bool = False) -> None:
        """Draw the current page again (new zoom or theme, a new star): not a visit, no
        history change, and the officer keeps their place in the text."""
        if self._shown is not None:
            bar = self.view.verticalScrollBar()
            place = bar.value()
            self._show(self._shown, True, None)
            bar.setValue(place)

    def on_search_text(self, text: str) -> None:
        """The search box changed; once it is empty (Esc) its words are no longer marked."""
        if not text.strip() and self._highlight:
            self._highlight = ()
            self.rerender()

    def set_marks(self, marks: Marks) -> None:
        """Bookmarks or notes changed: the page on screen shows its ★ and ✎ if its own marks
        changed."""
        before, self._marks = self._marks, marks
        shown = self._shown
        if shown is None or shown.kind != "entry":
            return
        if shown.slug in before.changed(marks):
            self.rerender()

    # -- history and zoom ------------------------------------------------------------------

    def go_back(self) -> None:
        self.commit_pending()  # Back returns to the page before the one on screen
        self._step(self._history.back())

    def go_forward(self) -> None:
        self.commit_pending()
        self._step(self._history.forward())

    def _step(self, location: Location | None) -> None:
        """Back/Forward landed on `location`: show it; going back to read it is a visit."""
        self._update_navigation_actions()
        if location is not None and self._show(location, False, None):
            self.sig_visited.emit(location)

    def take_history(self, other: ReadingController) -> None:
        """Back and Forward go where they went in `other` (the window rebuilt in another
        language: boot/window_host.py)."""
        self._history = other._history
        self._update_navigation_actions()

    def _update_navigation_actions(self) -> None:
        self._registry.action("back").setEnabled(self._history.can_go_back())
        self._registry.action("forward").setEnabled(self._history.can_go_forward())

    def zoom(self) -> int:
        return self._zoom

    def set_zoom(self, zoom: int) -> None:
        self._zoom = self._settings.update(zoom=zoom).zoom  # clamped by the settings schema
        self.rerender()
        self.sig_message.emit(self.tr("Zoom %d%%") % self._zoom, 1500)
