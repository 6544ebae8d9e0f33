"""The app works on SQLAlchemy Core alone: importing sqlalchemy.orm costs the idle app ~6 MB of
its 120 MB budget (ISSUE 11), so a full library round trip must never load it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from db import build_catalogue
from tests.helpers import REPO

SCRIPT = """
import sys
from pathlib import Path
from desktop_app.library import open_library
from desktop_app.paths import resolve_paths
from db.userstore import export_handover, import_handover

with open_library(resolve_paths(data_dir=Path({data!r}))) as library:
    store = library.store
    assert store is not None, library.store_message
    assert library.search("border").hits[0].slug == "border-management"
    store.save_note("college", "Met the college director")
    store.append_note("college", "Second visit")
    assert store.toggle_bookmark("border-management") is True
    store.set_bookmark("college", True, folder="Lagos")
    store.add_visit("college")
    store.add_recent_search("border")
    assert store.note("college").text == "Met the college director\\n\\nSecond visit"
    assert [b.slug for b in store.bookmarks()] == ["border-management", "college"]
    assert [v.slug for v in store.history()] == ["college"]
    assert store.recent_searches() == ["border"]
    assert library.marked_slugs() == {{"college", "border-management"}}
    assert [h.slug for h in library.note_hits("director", known=set())] == ["college"]
    export_handover(store, Path({handover!r}))
    assert import_handover(store, Path({handover!r})).notes_unchanged == 1
print(sorted(m for m in sys.modules if m.startswith("sqlalchemy.orm")))
"""


def test_a_full_library_round_trip_never_imports_the_orm(tiny_source: Path, tmp_path: Path):
    build_catalogue(tiny_source, tmp_path / "data")
    script = SCRIPT.format(data=str(tmp_path / "data"), handover=str(tmp_path / "handover.json"))
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
