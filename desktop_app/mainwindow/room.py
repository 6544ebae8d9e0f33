"""Room to read: the first-run size from the screen, reading mode, the note pane, the pane cycle.

Officers read on 1366×768 laptops and 1024×600 netbooks, often scaled: the window must fit the
screen's available area (never a fixed size), the entry must keep the room, and every pane must be
reachable from the keyboard in one documented order — search box → results → entry → note →
tree → open panels (F6 / Shift+F6; Tab and Shift+Tab follow the same chain).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QMainWindow,
    QWidget,
)

from desktop_app.commands.actions import ActionRegistry
from desktop_app.settings_store import SettingsStore

FIRST_RUN_SIZE = (1200, 800)  # what a roomy screen gets; smaller screens get their whole area
SHORT_SCREEN = 720  # px of available height below which the toolbar goes to the left edge
NOTE_ROOM_SCREEN = 540
"""px of available height below which a first run starts with the note pane closed (Ctrl+J
opens it, and is remembered): 1366×768 at 150 % (about 910×485) has room for 12 body lines
only without it; a 1024×600 netbook (about 1024×573) keeps it."""
PANEL_SHARE = 5  # an open panel takes at most 1/5 of the screen's width…
PANEL_WIDTHS = (180, 320)  # …and never less (or more) than this, in px
FRAME = (8, 32, 8)  # the window manager's side border, title bar and bottom border (outside)


def available_area(widget: QWidget) -> QRect:
    """The available area of the widget's screen, in its (scaled) pixels: the one place the
    window asks, so a test can stand in a 1024×600 or a 150 % screen."""
    return widget.screen().availableGeometry()


def first_run_rect(available: QRect) -> QRect:
    """The first window on this screen: at most FIRST_RUN_SIZE, never larger than the available
    area with its frame, centred in it — so the status bar is on screen at 1366×768 and with
    QT_SCALE_FACTOR=2 (the available area is then in scaled pixels)."""
    side, title, bottom = FRAME
    room_w, room_h = available.width() - 2 * side, available.height() - title - bottom
    width = max(1, min(FIRST_RUN_SIZE[0], room_w))
    height = max(1, min(FIRST_RUN_SIZE[1], room_h))
    left = available.x() + side + (room_w - width) // 2
    top = available.y() + title + (room_h - height) // 2
    return QRect(left, top, width, height)


def panel_width(available: QRect) -> int:
    """The widest a side panel opens on this screen: about 255 px left a 1024×600 netbook's tree
    cutting every name; a fifth of the width leaves tree and entry their room."""
    low, high = PANEL_WIDTHS
    return max(low, min(high, available.width() // PANEL_SHARE))


def tree_width(available: QRect) -> int:
    """The tree's first-run width: a quarter of the screen, 200 to 300 px. It keeps that width
    when the window narrows or a panel opens (the entry gives way): names stay readable."""
    return max(200, min(300, available.width() // 4))


def short_screen(available: QRect) -> bool:
    """A netbook or a scaled laptop: every row of height counts, width is less scarce."""
    return available.height() < SHORT_SCREEN


def clamped_rect(rect: QRect, available: QRect) -> QRect:
    """A remembered geometry moved and shrunk onto the available area (a bigger monitor was
    unplugged, the scale factor went up): no part of the window or its frame is off screen."""
    side, title, bottom = FRAME
    width = max(1, min(rect.width(), available.width() - 2 * side))
    height = max(1, min(rect.height(), available.height() - title - bottom))
    left = max(available.x() + side, min(rect.x(), available.right() + 1 - side - width))
    top = max(available.y() + title, min(rect.y(), available.bottom() + 1 - bottom - height))
    return QRect(left, top, width, height)


class RoomController(QObject):
    """Reading mode (tree, results, note and open panels hidden, then restored), the remembered
    note pane, panels sized to the screen, and the F6 pane cycle.
    `panes` returns the cycle's widgets in order; hidden ones are skipped."""

    def __init__(
        self,
        registry: ActionRegistry,
        settings: SettingsStore,
        hideable: dict[str, QWidget],
        panes: Callable[[], Sequence[QWidget]],
        reader: QWidget,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._registry = registry
        self._settings = settings
        self._hideable = hideable  # "tree", "results", "notes"
        self._panes = panes
        self._reader = reader
        self._hidden_for_reading: list[QWidget] | None = None  # None: not in reading mode
        self._raised_for_reading: list[QDockWidget] = []  # the front tab of each dock group
        self._notes = hideable["notes"]
        self._notes.installEventFilter(self)  # Ctrl+Shift+N shows it again: keep the check
        for dock in self._docks():
            dock.visibilityChanged.connect(lambda shown, d=dock: shown and self._fit_dock(d))

    def handlers(self) -> dict[str, Callable[[], object]]:
        return {
            "next_pane": lambda: self.cycle(1),
            "previous_pane": lambda: self.cycle(-1),
            "reading_mode": self.toggle_reading_mode,
            "toggle_note_pane": self.toggle_notes,
        }

    def restore(self, first_run: bool) -> None:
        """The remembered note pane; a first run on a very short screen starts without it, so
        the entry has its twelve lines (the officer's Ctrl+J is remembered from then on)."""
        shown = self._settings.values.notes_visible
        if first_run and available_area(self._reader).height() < NOTE_ROOM_SCREEN:
            shown = False
        self._notes.setVisible(shown)
        self._remember_notes(shown)

    # -- the note pane ---------------------------------------------------------------------

    def toggle_notes(self) -> None:
        shown = not self._notes.isVisibleTo(self._notes.parentWidget())
        if self.reading():
            self.leave_reading_mode()
            shown = True
        self._notes.setVisible(shown)
        focus = QApplication.focusWidget()
        if not shown and focus is not None and self._notes.isAncestorOf(focus):
            self._reader.setFocus(Qt.FocusReason.OtherFocusReason)
        self._remember_notes(shown)

    def _remember_notes(self, shown: bool) -> None:
        self._registry.action("toggle_note_pane").setChecked(shown)
        if self._settings.values.notes_visible != shown:
            self._settings.update(notes_visible=shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._notes and event.type() == QEvent.Type.Show and not self.reading():
            self._remember_notes(True)
        return False

    # -- reading mode ----------------------------------------------------------------------

    def reading(self) -> bool:
        return self._hidden_for_reading is not None

    def toggle_reading_mode(self) -> None:
        if self.reading():
            self.leave_reading_mode()
        else:
            docks = self._docks()
            self._hidden_for_reading = [w for w in self._hideable.values() if w.isVisible()]
            self._hidden_for_reading += [d for d in docks if not d.isHidden()]  # tabs behind too
            self._raised_for_reading = [d for d in docks if self._in_front(d)]
            for widget in self._hidden_for_reading:
                widget.hide()
            self._registry.action("reading_mode").setChecked(True)
            self._reader.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def leave_reading_mode(self) -> None:
        """Bring back what reading mode hid (also before the window saves its state)."""
        hidden, self._hidden_for_reading = self._hidden_for_reading, None
        results = self._hideable["results"]
        opened = [d for d in self._docks() if self._in_front(d)]  # asked for while reading
        for widget in hidden or ():
            if widget is results and not self._has_rows(results):
                continue  # the search was cleared meanwhile: no empty list comes back
            widget.show()
        for dock in self._raised_for_reading:  # each tab group shows the tab it showed…
            dock.raise_()
        for dock in opened:  # …unless the officer opened another panel meanwhile
            dock.raise_()
        self._raised_for_reading = []
        self._registry.action("reading_mode").setChecked(False)

    def _fit_dock(self, dock: QDockWidget) -> None:
        """A panel opening wider than this screen allows is narrowed (once laid out)."""
        QTimer.singleShot(0, dock, lambda: self._narrow(dock))

    def _narrow(self, dock: QDockWidget) -> None:
        window = self.parent()
        widest = panel_width(available_area(self._reader))
        if isinstance(window, QMainWindow) and not dock.isFloating() and dock.width() > widest:
            window.resizeDocks([dock], [widest], Qt.Orientation.Horizontal)

    @staticmethod
    def _in_front(dock: QDockWidget) -> bool:
        """Shown and the front tab of its group (Qt keeps the tabs behind "visible", moved off
        the window, so isVisible alone cannot tell)."""
        return dock.isVisible() and not dock.visibleRegion().isEmpty()

    def _docks(self) -> list[QDockWidget]:
        """The window's panels (Bookmarks, History, My Notes…): reading mode hides the open ones."""
        window = self.parent()
        return window.findChildren(QDockWidget) if isinstance(window, QWidget) else []

    @staticmethod
    def _has_rows(view: QWidget) -> bool:
        model = view.model() if isinstance(view, QAbstractItemView) else None
        return model is None or model.rowCount() > 0

    # -- the pane cycle --------------------------------------------------------------------

    def cycle(self, step: int) -> None:
        """Focus the next (step 1) or previous (-1) shown pane after the one holding the focus."""
        panes = [p for p in self._panes() if p.isVisible() and p.isEnabled()]
        if not panes:
            return
        focus = QApplication.focusWidget()
        current = next(
            (i for i, p in enumerate(panes) if focus is p or (focus and p.isAncestorOf(focus))),
            None,
        )
        index = (0 if step > 0 else -1) if current is None else (current + step) % len(panes)
        panes[index].setFocus(Qt.FocusReason.TabFocusReason)
