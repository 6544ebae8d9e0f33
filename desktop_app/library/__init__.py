"""The Qt-free core of the app: open the library (catalogue, packs, index, user store) and the
rules between its parts. The GUI loader, every CLI command and the tests go through here."""

from desktop_app.library.failures import one_line
from desktop_app.library.indexing import build_search_index
from desktop_app.library.library import Library
from desktop_app.library.opening import (
    CatalogueChanged,
    Completion,
    OpenOptions,
    Progress,
    active_content,
    complete_library,
    open_library,
    open_library_quickly,
    open_store_only,
)
from desktop_app.library.records import (
    BriefingItem,
    EntryLabels,
    LinkingConcept,
    NoteHit,
    Stamp,
    TrailRow,
)

__all__ = [
    "BriefingItem",
    "CatalogueChanged",
    "Completion",
    "EntryLabels",
    "Library",
    "LinkingConcept",
    "NoteHit",
    "OpenOptions",
    "Progress",
    "Stamp",
    "TrailRow",
    "active_content",
    "build_search_index",
    "complete_library",
    "one_line",
    "open_library",
    "open_library_quickly",
    "open_store_only",
]
