"""Room to read: the first-run size from the screen, reading mode, the note pane, the pane cycle.

Officers read on 1366×768 laptops and 1024×600 netbooks, often scaled: the window must fit the
screen's available area (never a fixed size), the entry must keep the room, and every pane must be
reachable from the keyboard in one documented order — search box → results → entry → note →
tree → open panels (F6 / Shift+F6; Tab and Shift+Tab follow the same chain).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.commands.actions import ActionRegistry
from desktop_app.settings_store import SettingsStore

FIRST_RUN_SIZE = (1200, 800)  # what a roomy screen gets; smaller screens get their whole area
FRAME_ALLOWANCE = (16, 40)  # the window manager's frame and title bar, outside our geometry


def first_run_rect(available: QRect) -> QRect:
    """The first window on this screen: at most FIRST_RUN_SIZE, never larger than the available
    area (minus the frame), centred in it — so the status bar is on screen at 1366×768 and with
    QT_SCALE_FACTOR=2 (the available area is then in scaled pixels)."""
    width = max(1, min(FIRST_RUN_SIZE[0], available.width() - FRAME_ALLOWANCE[0]))
    height = max(1, min(FIRST_RUN_SIZE[1], available.height() - FRAME_ALLOWANCE[1]))
    left = available.x() + (available.width() - width) // 2
    top = available.y() + (available.height() - height - FRAME_ALLOWANCE[1] // 2) // 2
    return QRect(left, max(available.y(), top), width, height)


def clamped_rect(rect: QRect, available: QRect) -> QRect:
    """A remembered geometry moved and shrunk onto the available area (a bigger monitor was
    unplugged, the scale factor went up): no part of the window is left off screen."""
    width = max(1, min(rect.width(), available.width() - FRAME_ALLOWANCE[0]))
    height = max(1, min(rect.height(), available.height() - FRAME_ALLOWANCE[1]))
    left = min(max(rect.x(), available.x()), available.right() + 1 - width)
    top = min(max(rect.y(), available.y()), available.bottom() + 1 - height - FRAME_ALLOWANCE[1])
    return QRect(left, max(available.y(), top), width, height)


class RoomController(QObject):
    """Reading mode (tree, results and note hidden, then restored), the remembered note pane, and
    the F6 pane cycle. `panes` returns the cycle's widgets in order; hidden ones are skipped."""

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
        self._notes = hideable["notes"]
        self._notes.installEventFilter(self)  # Ctrl+Shift+N shows it again: keep the check

    def handlers(self) -> dict[str, Callable[[], object]]:
        return {
            "next_pane": lambda: self.cycle(1),
            "previous_pane": lambda: self.cycle(-1),
            "reading_mode": self.toggle_reading_mode,
            "toggle_note_pane": self.toggle_notes,
        }

    def restore(self) -> None:
        shown = self._settings.values.notes_visible
        self._notes.setVisible(shown)
        self._registry.action("toggle_note_pane").setChecked(shown)

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
            self._hidden_for_reading = [w for w in self._hideable.values() if w.isVisible()]
            for widget in self._hidden_for_reading:
                widget.hide()
            self._registry.action("reading_mode").setChecked(True)
            self._reader.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def leave_reading_mode(self) -> None:
        """Bring back what reading mode hid (also before the window saves its state)."""
        hidden, self._hidden_for_reading = self._hidden_for_reading, None
        for widget in hidden or ():
            widget.show()
        self._registry.action("reading_mode").setChecked(False)

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
