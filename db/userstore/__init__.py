"""The officer's own data (notes, bookmarks, history), separate from the catalogue. No Qt."""

from db.userstore.handover import export_handover, import_handover
from db.userstore.records import Bookmark, ImportReport, Note, NoteSave, Recovery, Visit
from db.userstore.store import USER_FILE, UserStore, UserStoreError
from db.userstore.texts import write_rescue_file

__all__ = [
    "USER_FILE",
    "Bookmark",
    "ImportReport",
    "Note",
    "NoteSave",
    "Recovery",
    "UserStore",
    "UserStoreError",
    "Visit",
    "export_handover",
    "import_handover",
    "write_rescue_file",
]
