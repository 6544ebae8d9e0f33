"""Guards against a PySide6 build that leaks references to None on void calls.

PySide6 6.12.0 under Python 3.11 lost one reference to None on every Qt call returning nothing;
the result list's painting makes dozens per repaint, so the app aborted with
"Fatal Python error: none_dealloc" after a few hundred key presses. pyproject pins below it; this
test fails loudly if a future pin lets such a build back in.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QImage, QPainter

CALLS = 10_000


def test_void_qt_calls_do_not_consume_references_to_none(qapp):
    image = QImage(8, 8, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    try:
        before = sys.getrefcount(None)
        for _ in range(CALLS):
            painter.setPen(QColor(0, 0, 0))
            painter.save()
            painter.restore()
        lost = before - sys.getrefcount(None)
    finally:
        painter.end()
    assert lost < CALLS // 10, f"{lost} references to None lost in {CALLS * 3} calls"
