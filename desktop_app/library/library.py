"""The open library: one object that owns the catalogue, its index and the officer's store.

Think of Anki's `Collection`. The rules that join the parts live here, once, for the GUI and the
CLI alike: which notes are orphaned, which entries are marked, how a note search reads as hits,
what a citation stamp says, what a briefing prints. Every method returns frozen dataclasses and
may do disk I/O, so the GUI calls them through its background operations, never on its thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.clock import utc_now
from desktop_app.library.records import BriefingItem, EntryLabels, NoteHit, Stamp, TrailRow
from desktop_app.paths import AppPaths

if TYPE_CHECKING:
    from db import CatalogueInfo, CatalogueView
    from db.packs import ActiveCatalogue
    from db.userstore import UserStore
    from desktop_app.library.opening import Completion, Progress
    from search_index import SearchIndex, SearchResult
    from search_index.thesaurus import Thesaurus

NOTE_EXCERPT_CHARS = 160


class Library:
    """Use `open_library(paths)`; close it (or use `with`) when done.

    `store` is None when the notes could not be opened (then `store_message` says why) or were
    not asked for; `index` is None when the caller did not need search."""

    def __init__(
        self,
        paths: AppPaths,
        catalogue: CatalogueView,
        index: SearchIndex | None,
        store: UserStore | None,
        store_message: str | None,
        content: ActiveCatalogue | None,
    ) -> None:
        self.paths = paths
        self.catalogue: CatalogueView = catalogue
        self.index = index
        self.store = store
        self.store_message = store_message
        self.content = content
        self._thesaurus: Thesaurus | None = None
        self.thesaurus_problem: str | None = None  # why the thesaurus is empty, when it must be
        # True while the library answers from its index's catalogue copy and the SQLite
        # catalogue and the store are still opening behind it (see opening.open_library_quickly)
        self.completing = False

    def adopt(self, completion: Completion) -> None:
        """Take the SQLite catalogue, the store and the content found behind a quick start.

        Runs on the GUI thread; a job already running keeps whichever catalogue it read, and
        both hold the same verified content."""
        self.catalogue = completion.catalogue
        self.store = completion.store
        self.store_message = completion.store_message
        self.content = completion.content
        self.completing = False

    def close(self) -> None:
        if self.index is not None:
            self.index.close()
        self.catalogue.close()
        if self.store is not None:
            self.store.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def info(self) -> CatalogueInfo:
        return self.catalogue.info

    @property
    def thesaurus(self) -> Thesaurus:
        """The compiled thesaurus of this catalogue (empty when there is none), its links
        narrowed to slugs this catalogue has. `open_library` loads it with the index, on the
        caller's thread; a command that needs no index pays for it (a few ms) on first use."""
        if self._thesaurus is None:
            from desktop_app.library.thesaurus_data import open_thesaurus

            self._thesaurus, self.thesaurus_problem = open_thesaurus(
                self.paths, self.content, self.catalogue
            )
        return self._thesaurus

    def entry_labels(self, slug: str) -> EntryLabels:
        """What the thesaurus calls an entry or region in each language (in memory: safe on
        the GUI thread). Read from the search index's label index once it is built, so the
        thesaurus itself need not be loaded and kept; from the thesaurus before that."""
        from desktop_app.library.thesaurus_data import entry_labels, labels_from_index

        concepts = self.index.label_index() if self.index is not None else None
        if concepts is not None:
            return labels_from_index(concepts, slug)
        return entry_labels(self.thesaurus, slug)

    def open_index(self, progress: Progress | None = None) -> SearchIndex:
        """The active version's search index, opened (and rebuilt if it must be) on first call.

        `fieldref search` opens the library without it, checks --kind and --region against the
        catalogue, and only then pays for the index, which may mean a rebuild."""
        if self.index is None:
            from search_index.whoosh_imports import load_whoosh

            load_whoosh()  # before anything imports Whoosh (see the module)
            from desktop_app.library.indexing import open_index

            index_dir = self.content.index_dir if self.content else self.paths.index_dir
            self.index = open_index(self.paths, self.catalogue, index_dir, progress, self.thesaurus)
        return self.index

    def search(self, text: str, **options: object) -> SearchResult:
        if self.index is None:
            raise RuntimeError("this library was opened without its search index")
        return self.index.search(text, **options)  # type: ignore[arg-type]

    def title(self, slug: str) -> str:
        """The entry's title, or its slug when the catalogue no longer has it."""
        return self.catalogue.entry(slug).title if self.catalogue.has_entry(slug) else slug

    # -- rules between the catalogue and the officer's store -------------------------------------

    def note_hits(self, query: str, known: set[str]) -> list[NoteHit]:
        """Entries whose note has every word of the query, not already among the search hits."""
        if self.store is None:
            return []
        hits = []
        for note in self.store.search_notes(query):
            if note.slug in known or not self.catalogue.has_entry(note.slug):
                continue
            entry = self.catalogue.entry(note.slug)
            excerpt = " ".join(note.text.split())[:NOTE_EXCERPT_CHARS]
            hits.append(NoteHit(note.slug, entry.kind, entry.title, excerpt, entry.regions))
        return hits

    def marked_slugs(self) -> set[str]:
        """Entries the officer made their own (a note or a bookmark)."""
        return self.store.marked_slugs() if self.store is not None else set()

    def orphaned_slugs(self) -> list[str]:
        """Notes whose entry left the catalogue: kept and listed, never dropped."""
        if self.store is None:
            return []
        return [n.slug for n in self.store.notes() if not self.catalogue.has_entry(n.slug)]

    def bookmark_rows(self) -> list[TrailRow]:
        if self.store is None:
            return []
        return [TrailRow(b.slug, self.title(b.slug), b.folder) for b in self.store.bookmarks()]

    def history_rows(self) -> list[TrailRow]:
        if self.store is None:
            return []
        return [TrailRow(v.slug, self.title(v.slug), v.opened) for v in self.store.history()]

    def note_rows(self) -> list[TrailRow]:
        if self.store is None:
            return []
        rows = []
        for note in self.store.notes():
            orphaned = not self.catalogue.has_entry(note.slug)
            rows.append(TrailRow(note.slug, self.title(note.slug), note.updated, orphaned))
        return rows

    def stamp(self) -> Stamp:
        """What a citation or printout says about the data it came from."""
        info = self.catalogue.info
        printed = utc_now().strftime("%Y-%m-%d %H:%M:%S UTC")
        return Stamp(info.version, info.data_as_of, printed)

    def briefing_item(self, slug: str, with_note: bool) -> BriefingItem:
        catalogue = self.catalogue
        entry = catalogue.entry(slug)
        note = self.store.note(slug) if (with_note and self.store is not None) else None
        return BriefingItem(
            entry.title,
            entry.kind,
            entry.summary,
            entry.body,
            tuple(catalogue.region(r).name for r in entry.regions),
            tuple(catalogue.entry(s).title for s in entry.related if catalogue.has_entry(s)),
            note.text if note else None,
        )
