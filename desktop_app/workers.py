"""Removed when userdata moves to Operations: a shim of the old TaskRunner for
userdata/handover_import.py, the one remaining user. Everything else runs on
desktop_app/operations.py; do not add users.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from desktop_app.operations import Operations


class TaskRunner(QObject):
    """The old interface on top of Operations: the callback gets the job's return value, or the
    exception it raised."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ops = Operations(self)

    def submit(self, fn: Callable[[], object], callback: Callable[[object], None]) -> None:
        def failed(exc: BaseException) -> bool:
            callback(exc)
            return True

        self._ops.run(fn, callback, on_failure=failed, lane="tasks")

    def wait(self) -> None:
        self._ops.wait()
