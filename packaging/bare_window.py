"""The start-up floor: a bare PySide6 window that prints when it was first painted, then exits.

packaging/startup_compare.py runs it from source and frozen (PyInstaller onedir, same Python and
PySide6) next to the bundled app's `--self-test`. The clock is the one desktop_app/boot/startup.py
uses: the kernel's process start time on Linux, so interpreter start-up and imports count.
"""

from __future__ import annotations

import json
import os
import sys
import time

_IMPORTED = time.perf_counter()


def process_age_ms() -> float:
    try:
        with open(f"/proc/{os.getpid()}/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        ticks = os.sysconf("SC_CLK_TCK")
        return (time.clock_gettime(time.CLOCK_BOOTTIME) - int(fields[19]) / ticks) * 1000
    except (OSError, ValueError, IndexError, AttributeError):
        return (time.perf_counter() - _IMPORTED) * 1000


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                print(json.dumps({"first_paint_ms": round(process_age_ms(), 1)}), flush=True)
                watched.removeEventFilter(self)
                QTimer.singleShot(0, app.quit)
            return False

    app = QApplication(sys.argv[:1])
    window = QLabel("Field Reference")
    window.resize(1100, 700)
    probe = FirstPaint(window)
    window.installEventFilter(probe)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
