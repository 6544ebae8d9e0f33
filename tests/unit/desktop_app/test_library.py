"""The open library: one opener for catalogue, index and store, and the rules between them."""

from __future__ import annotations

import subprocess
import sys

from desktop_app.library import OpenOptions, open_library
from desktop_app.paths import AppPaths
from tests.helpers import REPO


def test_rules_between_catalogue_and_store(paths: AppPaths):
    with open_library(paths) as library:
        store = library.store
        assert store is not None and library.store_message is None
        store.save_note("research", "Met the research unit about readmission data")
        store.save_note("gone-entry", "kept although the entry left the catalogue")
        store.set_bookmark("integration", True)
        assert library.marked_slugs() == {"research", "gone-entry", "integration"}
        assert library.orphaned_slugs() == ["gone-entry"]
        hits = library.note_hits("readmission unit", known=set())
        assert [(h.slug, h.title) for h in hits] == [("research", "Research")]
        assert library.note_hits("readmission", known={"research"}) == []
        rows = {r.slug: r for r in library.note_rows()}
        assert rows["gone-entry"].orphaned and not rows["research"].orphaned
        assert library.search("traf").hits[0].slug == "trafficking-human-beings"
        item = library.briefing_item("research", with_note=True)
        assert item.title == "Research" and item.note.startswith("Met the research unit")
        assert library.briefing_item("research", with_note=False).note is None
        stamp = library.stamp()
        assert stamp.catalogue_version == library.info.version and stamp.created.endswith("UTC")


def test_a_notes_file_that_cannot_open_leaves_the_catalogue_usable(paths: AppPaths):
    paths.user_dir.mkdir(parents=True, exist_ok=True)
    (paths.user_dir / "user.sqlite").mkdir()  # a folder where the file should be
    with open_library(paths, OpenOptions(index=False)) as library:
        assert library.store is None
        assert library.store_message.startswith("Your notes and bookmarks are unavailable")
        assert library.catalogue.entry("research").title == "Research"


def test_opening_without_the_index_never_loads_whoosh(paths: AppPaths):
    code = (
        "import sys\n"
        "from desktop_app.library import OpenOptions, open_library\n"
        "from desktop_app.paths import resolve_paths\n"
        f"lib = open_library(resolve_paths(data_dir={str(paths.data_dir)!r}),"
        " OpenOptions(index=False, store=False))\n"
        "print(lib.catalogue.entry('about').kind, 'whoosh' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert done.stdout.split() == ["about", "False"]
