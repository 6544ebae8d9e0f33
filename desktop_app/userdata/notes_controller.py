"""Loading and saving the note under the entry, off the GUI thread (issue 11, flow 3).

The note is saved by itself a moment after typing stops, on the "store" lane of the window's
Operations: one worker thread, so saves and loads land in the order they were asked for, and a
slow disk (a USB stick in portable mode) never stalls typing.

Promises kept from issue 10 (tests/gui/test_notes_pane.py):
- a failed save (full disk, read-only folder) never loses text: it stays in the editor, the pane
  says so in red, one dialog explains it, and saving is retried every few seconds; the pane does
  not move on to another entry's note while its text is unsaved;
- a save never overwrites text added elsewhere meanwhile (the CLI, another window, an import):
  each save says which stored text it replaces (`base`) and the store keeps both versions when
  the stored note has changed since;
- on close the text is saved, or written to a recovery file, or the window stays open.

Saves are sent without waiting for the one before to land, so the GUI assumes each will succeed
(`_base` becomes the text just sent). When one fails the store still holds what that save would
have replaced; the worker remembers it (`_failed_base`) and the next save of that note replaces
that instead, so a failure never turns into a false "changed elsewhere".
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.i18n.errors import said
from desktop_app.userdata.notes_pane import NotesPane

if TYPE_CHECKING:  # SQLAlchemy loads on the worker thread, after the first paint
    from db.userstore import UserStore
    from db.userstore.records import NoteSave
    from desktop_app.operations import Operations

SAVE_DELAY_MS = 700  # well within the one second the officer is promised
RETRY_MS = 5_000
LANE = "store"


@dataclass(eq=False)
class _Save:
    """One save sent to the store lane; the worker fills in result or error."""

    slug: str
    body: str
    base: str
    visit: int  # which showing of the note sent it (a later visit must not be repainted)
    result: NoteSave | None = None
    error: BaseException | None = None
    landed: bool = False


class NotesController(QObject):
    """Signals:
    sig_loaded(str): the note of this slug is on screen (the store answered).
    sig_saved(str): the note of this slug was saved (or deleted when emptied).
    sig_save_failed(str): a save failed; carries the one-line reason.
    """

    sig_loaded = Signal(str)
    """The stored note of this entry is now in the editor."""
    sig_saved = Signal(str)
    """A note was stored; carries the entry slug."""
    sig_save_failed = Signal(str)
    """A save failed; carries the reason (the text is still in the editor)."""

    def __init__(self, pane: NotesPane, ops: Operations) -> None:
        super().__init__(pane)
        self.pane = pane
        self._ops = ops
        self._store: UserStore | None = None
        self._slug: str | None = None
        self._visit = 0  # bumped whenever the editor shows another note
        self._dirty = False  # typed since the last save was sent
        self._failing = False  # the text on screen could not be saved (retrying)
        self._base = ""  # what the store holds once every save sent has landed
        self._importing = False
        self._pending: list[_Save] = []  # sent, not yet landed on the GUI thread
        self._failed_base: dict[str, str] = {}  # worker side (see the module docstring)
        self.last_error = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._timer.timeout.connect(self.save_now)
        self._retry.timeout.connect(self.save_now)
        pane.sig_edited.connect(self._on_edit)

    # -- what the user layer tells it ---------------------------------------------------------

    def set_store(self, store: UserStore | None) -> None:
        self._store = store
        self._failed_base.clear()
        self.pane.setEnabled(store is not None and self._slug is not None)
        self._say_if_read_only()

    def set_importing(self, on: bool) -> None:
        """While a handover import runs the note is shown, not edited: a save would only queue
        behind the import and then find its note changed."""
        self._importing = on
        self._say_if_read_only()

    def slug(self) -> str | None:
        return self._slug

    def is_dirty(self) -> bool:
        return self._dirty

    def set_entry(self, slug: str | None) -> None:
        """Show the note of another entry; a pending edit is sent first. Text that could not
        be saved stays on screen (and is retried) instead of being replaced."""
        if self._dirty and self._failing:
            self.save_now()
            return
        if self._dirty:
            self._send()
        if slug != self._slug:
            self._show(slug, "")
        # the same note again (zoom, theme, after an import): it stays on screen, cursor and
        # all, and is replaced only if the store now holds something else
        if slug is not None and self._store is not None:
            store, visit = self._store, self._visit
            self._ops.run(
                lambda: self._read(store, slug),
                lambda text: self._loaded(visit, slug, text),
                on_failure=lambda exc: self._load_failed(visit, exc),
                lane=LANE,
            )

    def save_now(self) -> bool:
        """Send the pending edit to the store lane now; True when nothing is left unsent."""
        if not self._dirty or self._slug is None or self._store is None:
            return True
        self._send()
        return True

    # -- the editor ---------------------------------------------------------------------------

    def _show(self, slug: str | None, text: str) -> None:
        self._slug = slug
        self._visit += 1
        self._dirty = self._failing = False
        self._base = text
        self._timer.stop()
        self._retry.stop()
        self.pane.show_text(text)
        self.pane.say("")
        self._say_if_read_only()
        self.pane.setEnabled(slug is not None and self._store is not None)

    def _on_edit(self) -> None:
        if self._slug is None:
            return
        self._dirty = True
        self.pane.say_editing()
        self._timer.start()

    def _say_if_read_only(self) -> None:
        read_only = self._store.read_only if self._store is not None else None
        self.pane.editor.setReadOnly(read_only is not None or self._importing)
        if read_only is not None:
            self.pane.say_read_only(read_only)

    # -- loading ------------------------------------------------------------------------------

    def _read(self, store: UserStore, slug: str) -> str:
        """On the store lane: the stored text, which is what the next save replaces."""
        note = store.note(slug)
        self._failed_base.pop(slug, None)
        return note.text if note else ""

    def _loaded(self, visit: int, slug: str, text: str) -> None:
        if visit != self._visit:
            return  # the officer moved on (or a failed save took the editor back)
        if not self._dirty:  # typed while it loaded: keep the typing, its save will merge
            self._base = text
            self.pane.show_text(text)
        self.sig_loaded.emit(slug)

    def _load_failed(self, visit: int, exc: BaseException) -> bool:
        if visit == self._visit:
            self.pane.say_error(said(exc))
        return True

    # -- saving -------------------------------------------------------------------------------

    def _send(self) -> None:
        assert self._slug is not None and self._store is not None
        save = _Save(self._slug, self.pane.text(), self._base, self._visit)
        self._base = save.body  # assumed stored; a failure is corrected on the worker
        self._dirty = False
        self._timer.stop()
        self._pending.append(save)
        store = self._store
        self._ops.run(lambda: self._write(store, save), self._landed, lane=LANE)

    def _write(self, store: UserStore, save: _Save) -> _Save:
        """On the store lane (or at close, once the lane is idle): never raises."""
        base = self._failed_base.pop(save.slug, save.base)
        try:
            save.result = store.save_edit(save.slug, save.body, base)
        except Exception as exc:  # UserStoreError, or a bug: the text is kept either way
            save.error = exc
            self._failed_base[save.slug] = base  # the store still holds what this replaced
        return save

    def _landed(self, save: _Save) -> None:
        """On the GUI thread; safe to call twice (close() lands saves before their event)."""
        if save.landed:
            return
        save.landed = True
        self._pending.remove(save)
        if save.error is not None:
            self._failed(save, said(save.error))
            return
        assert save.result is not None
        if save.visit == self._visit:
            self._failing = False
            self._retry.stop()
            self.last_error = ""
            if save.result.conflict and not self._dirty:
                merged = save.result.note.text if save.result.note else ""
                self._base = merged
                self.pane.show_text(merged)
            if not self._dirty:
                self.pane.say_saved(save.result.conflict)
        self.sig_saved.emit(save.slug)

    def _failed(self, save: _Save, reason: str) -> None:
        """Keep the text: when the officer has moved on, the editor goes back to it."""
        if save.visit != self._visit:
            if self._dirty:
                self._send()  # typed in the next note meanwhile: that is sent too
            self._show(save.slug, save.body)
        self._dirty = self._failing = True
        self.last_error = reason
        self.pane.say_error(reason)
        self._retry.start()
        self.sig_save_failed.emit(reason)

    # -- closing ------------------------------------------------------------------------------

    def land_pending(self) -> None:
        """Wait for the store lane, then land what it did, here and now.

        The one wait the GUI thread allows itself: the window is closing, and what a save
        that is still under way did (stored, or failed and must be kept) decides whether the
        window may close. It waits only for work already sent."""
        if self._pending:
            self._ops.wait()
            for save in list(self._pending):
                self._landed(save)

    def keep_before_close(self) -> bool:
        """Save a pending note now (the window is closing). True when it may close: the note was
        saved, or kept in a recovery file the officer is told about. False keeps the window
        open: even the recovery file failed and the officer chose not to discard the text.

        The final save runs on the GUI thread, after land_pending() emptied the lane: closing
        cannot go on until it is known to have worked, so waiting for a worker gains nothing."""
        self.land_pending()
        if not self._dirty or self._slug is None or self._store is None:
            return True
        save = self._write(self._store, _Save(self._slug, self.pane.text(), self._base, 0))
        if save.error is None:
            self._dirty = False
            self._retry.stop()
            self.sig_saved.emit(save.slug)
            return True
        reason = said(save.error)
        self.last_error = reason
        try:
            where = self.rescue()
        except Exception as exc:
            return self.pane.ask_discard(reason, said(exc))
        self.pane.tell_rescued(reason, where)
        return True

    def rescue(self) -> Path:
        """Write unsaved text to a recovery file beside the store (else the temp folder);
        returns where. Raises when even that fails: the caller must not discard the text."""
        from db.userstore import write_rescue_file

        assert self._store is not None and self._slug is not None
        path = write_rescue_file(self._store.path.parent, self._slug, self.pane.text())
        self._dirty = False
        self._retry.stop()
        return path
