"""A failure as the officer reads it in the interface language, chosen by its class.

The core (db, search_index, desktop_app.library) is Qt-free and says what went wrong in one
English line (`one_line`), which the CLI prints as it is. The GUI says it through `said`: a
translated sentence picked by the error's family or, for the environment (a full disk, a
read-only stick), by its errno, followed by the English detail as its own bidi island. Nothing
parses the English text. In English, or while a language lacks a sentence, the line is exactly
`one_line`'s.
"""

from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication

from desktop_app.i18n.languages import isolate
from desktop_app.library.failures import one_line

CONTEXT = "Errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a string for pyside6-lupdate."""
    return text


# (family name, the sentence before the detail); the most specific family first
FAMILIES: tuple[tuple[str, str], ...] = (
    ("EntryNotFound", QT_TRANSLATE_NOOP("Errors", "That entry is not in this catalogue")),
    ("RegionNotFound", QT_TRANSLATE_NOOP("Errors", "That region is not in this catalogue")),
    ("PackError", QT_TRANSLATE_NOOP("Errors", "The content pack cannot be used")),
    ("SourceError", QT_TRANSLATE_NOOP("Errors", "A catalogue source file is wrong")),
    ("CatalogueError", QT_TRANSLATE_NOOP("Errors", "The catalogue cannot be read")),
    ("UserStoreError", QT_TRANSLATE_NOOP("Errors", "Your notes and bookmarks are unavailable")),
    ("SearchIndexError", QT_TRANSLATE_NOOP("Errors", "Search is unavailable")),
    ("UnsafeFileError", QT_TRANSLATE_NOOP("Errors", "The app may not use this file")),
)
ERRNOS: dict[int, str] = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("Errors", "The disk is full"),
    errno.EROFS: QT_TRANSLATE_NOOP("Errors", "The disk is read-only"),
    errno.EACCES: QT_TRANSLATE_NOOP("Errors", "Permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("Errors", "Permission denied"),
    errno.ENOENT: QT_TRANSLATE_NOOP("Errors", "The file or folder does not exist"),
}
BUG = QT_TRANSLATE_NOOP("Errors", "Something went wrong; the details are in the log")
# what a problem line reported by the core as text (not raised) is about; see `explained`
SETTINGS = QT_TRANSLATE_NOOP("Errors", "Window settings start from defaults and are not saved")
CONTENT = QT_TRANSLATE_NOOP("Errors", "Content packs were set aside")
TEMPORARY_INDEX = QT_TRANSLATE_NOOP("Errors", "Search uses a temporary index for this session")
NOTES = QT_TRANSLATE_NOOP("Errors", "Your notes and bookmarks")
START = QT_TRANSLATE_NOOP("Errors", "Starting with defaults")


def _sentence(exc: BaseException) -> str:
    from db.errors import FieldReferenceError

    if isinstance(exc, FieldReferenceError):
        names = {cls.__name__ for cls in type(exc).__mro__}
        return next((text for family, text in FAMILIES if family in names), "")
    if isinstance(exc, OSError):
        return ERRNOS.get(exc.errno or 0, "")
    return BUG


def said(exc: BaseException) -> str:
    """The one line for the officer, in the interface language."""
    line = one_line(exc)
    sentence = _sentence(exc)
    return explained(sentence, line) if sentence else line


def explained(sentence: str, line: str) -> str:
    """A problem line the core reported as English text (a setting set aside, a pack refused),
    introduced by what it is about in the interface language; `sentence` is one of the marked
    sentences above. In English, or while untranslated, the line as it is."""
    translated = QCoreApplication.translate(CONTEXT, sentence)
    if translated == sentence:
        return line
    return f"{translated}: {isolate(line)}"
