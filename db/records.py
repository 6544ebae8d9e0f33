"""Plain, immutable values handed to the GUI and the search index.

The GUI never sees ORM rows: these dataclasses are detached copies that are safe to pass between
threads and cannot lazily hit the database behind anyone's back.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ENTRY_KINDS: tuple[str, ...] = ("about", "field", "initiative", "dialogue")


@dataclass(frozen=True, slots=True)
class Region:
    slug: str
    name: str
    parent: str | None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Entry:
    slug: str
    kind: str
    title: str
    summary: str
    body: str
    regions: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    order: int = 0


@dataclass(frozen=True, slots=True)
class RegionNode:
    """One node of the region hierarchy with its children, in catalogue order."""

    region: Region
    children: tuple[RegionNode, ...] = field(default=())

    def walk(self) -> list[RegionNode]:
        """This node and every descendant, depth first."""
        nodes = [self]
        for child in self.children:
            nodes.extend(child.walk())
        return nodes


@dataclass(frozen=True, slots=True)
class CatalogueInfo:
    title: str
    version: str
    data_as_of: str
    content_sha256: str
    built: str
