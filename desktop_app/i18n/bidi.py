"""Inserted text in a right-to-left interface: English titles, queries and numbers isolated.

In an Arabic sentence, an inserted English title or query is an island of its own (FSI … PDI):
without it, the title's trailing punctuation jumps to the wrong end and neighbouring numbers
attach to the wrong word. In a left-to-right interface nothing is added, so English text, tests
and copied strings stay exactly as they were.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from desktop_app.i18n.languages import isolate, isolate_ltr


def isolated(text: object) -> str:
    """`text` as a bidi island when the interface is right to left, else unchanged."""
    return isolate(text) if QGuiApplication.isRightToLeft() else str(text)


LRM = "\u200e"


def ltr_label(text: str) -> str:
    """An English label that must still START with its own text (type-ahead matches the
    beginning of a tree row): left-to-right marks instead of an isolate, so its closing
    bracket stays at its end in a right-to-left row. Unchanged in a left-to-right interface."""
    return f"{text}{LRM}" if QGuiApplication.isRightToLeft() else text


def ltr_island(text: str) -> str:
    """Key sequences and other always-left-to-right text ("Ctrl++", "Ctrl+Shift+P") as a
    left-to-right island in a right-to-left interface; unchanged otherwise."""
    return isolate_ltr(text) if text and QGuiApplication.isRightToLeft() else text
