"""The read rules of a catalogue (lookups, the region tree, sub-regions), apart from storage.

Two things load a catalogue: `Catalogue` reads the verified SQLite file through SQLAlchemy, and
`CatalogueSnapshot` reads the copy the search index keeps of a small catalogue, so the window can
answer a search before SQLAlchemy (about 0.3 s of imports) has loaded. Both must answer every
question the same way, so the answers are written once, here, over plain dictionaries.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from db.errors import CatalogueError
from db.records import CatalogueInfo, Entry, Region, RegionNode


class EntryNotFound(CatalogueError):
    """The slug names no entry in this catalogue."""


class RegionNotFound(CatalogueError):
    """The slug names no region in this catalogue."""


class CatalogueView:
    """Read-only questions over `_all_entries()` and `_all_regions()`, which subclasses load."""

    def __init__(self, path: Path, info: CatalogueInfo) -> None:
        self.path = path
        self.info = info

    def close(self) -> None:
        """Nothing to release here; a subclass holding a connection overrides it."""

    def __enter__(self) -> CatalogueView:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _all_entries(self) -> dict[str, Entry]:
        raise NotImplementedError

    def _all_regions(self) -> dict[str, Region]:
        raise NotImplementedError

    # -- entries -------------------------------------------------------------------------------

    def entries(self, kind: str | None = None) -> tuple[Entry, ...]:
        """All entries in catalogue order (about, fields, initiatives, dialogues, then packs)."""
        everything = self._all_entries().values()
        return tuple(e for e in everything if kind is None or e.kind == kind)

    def entry(self, slug: str) -> Entry:
        try:
            return self._all_entries()[slug]
        except KeyError:
            raise EntryNotFound(f"no entry named '{slug}'") from None

    def has_entry(self, slug: str) -> bool:
        return slug in self._all_entries()

    def kinds(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(e.kind for e in self._all_entries().values()))

    # -- regions -------------------------------------------------------------------------------

    def regions(self) -> tuple[Region, ...]:
        return tuple(self._all_regions().values())

    def region(self, slug: str) -> Region:
        try:
            return self._all_regions()[slug]
        except KeyError:
            raise RegionNotFound(f"no region named '{slug}'") from None

    def region_tree(self) -> tuple[RegionNode, ...]:
        """The hierarchy as root nodes, children in catalogue order."""
        children: dict[str | None, list[Region]] = defaultdict(list)
        for region in self._all_regions().values():
            children[region.parent].append(region)

        def node(region: Region) -> RegionNode:
            return RegionNode(region, tuple(node(c) for c in children.get(region.slug, [])))

        return tuple(node(r) for r in children[None])

    def subregions(self, slug: str) -> tuple[str, ...]:
        """The region and all regions below it, as slugs."""
        self.region(slug)
        below: dict[str | None, list[str]] = defaultdict(list)
        for region in self._all_regions().values():
            below[region.parent].append(region.slug)
        found, stack = [], [slug]
        while stack:
            current = stack.pop(0)
            found.append(current)
            stack.extend(below.get(current, []))
        return tuple(found)

    def ancestors(self, slug: str) -> tuple[str, ...]:
        """The region's parents from the root down, not including the region itself."""
        regions = self._all_regions()
        chain: list[str] = []
        current = regions[slug].parent if slug in regions else None
        while current is not None and current not in chain:
            chain.insert(0, current)
            current = regions[current].parent
        return tuple(chain)

    def entries_in_region(self, slug: str, include_subregions: bool = False) -> tuple[Entry, ...]:
        wanted = set(self.subregions(slug)) if include_subregions else {self.region(slug).slug}
        return tuple(e for e in self._all_entries().values() if wanted.intersection(e.regions))
