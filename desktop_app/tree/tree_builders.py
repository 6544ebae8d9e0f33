"""The navigation tree as plain Python, built four ways from an open catalogue.

This module never imports Qt, so the trees can be built on a worker thread and tested without a
display; `tree_model.NavigationTreeModel` only presents a finished tree. User-visible labels go
through a `translate` callable (identity by default) that the Qt layer replaces with
`QCoreApplication.translate("NavigationTree", ...)`. Every literal label is wrapped in
`QT_TRANSLATE_NOOP` so `pyside6-lupdate` still finds it here.

Catalogues can grow to 100k entries through content packs, so each builder indexes the entries
once and never scans the whole catalogue per region or per field.
"""

from __future__ import annotations

import enum
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Container, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from desktop_app.boot.gc_pause import cyclic_gc_paused

if TYPE_CHECKING:
    from db.catalogue import Catalogue
    from db.records import Entry, Region, RegionNode

Translate = Callable[[str], str]

TRANSLATION_CONTEXT = "NavigationTree"
GLOBAL_REGION = "global"
OTHER_LETTER = "#"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for extraction by lupdate (which looks for this name); translation happens
    later, through the `translate` callable the Qt layer passes in."""
    return text


REGIONS = QT_TRANSLATE_NOOP("NavigationTree", "Regions")
INITIATIVES_AND_DIALOGUES = QT_TRANSLATE_NOOP("NavigationTree", "Initiatives and dialogues")
RELATED_FIELDS = QT_TRANSLATE_NOOP("NavigationTree", "Related fields")
SEE_ALSO = QT_TRANSLATE_NOOP("NavigationTree", "See also")

# Plural group names for the by-kind tree; kinds not listed get "<Kind>s".
KIND_GROUP_LABELS: dict[str, str] = {
    "field": QT_TRANSLATE_NOOP("NavigationTree", "Fields of expertise"),
    "initiative": QT_TRANSLATE_NOOP("NavigationTree", "Initiatives"),
    "dialogue": QT_TRANSLATE_NOOP("NavigationTree", "Migration dialogues"),
    "about": QT_TRANSLATE_NOOP("NavigationTree", "Introduction"),
}
# Singular names, used by the model's tooltips.
KIND_LABELS: dict[str, str] = {
    "field": QT_TRANSLATE_NOOP("NavigationTree", "Field of expertise"),
    "initiative": QT_TRANSLATE_NOOP("NavigationTree", "Initiative"),
    "dialogue": QT_TRANSLATE_NOOP("NavigationTree", "Migration dialogue"),
    "about": QT_TRANSLATE_NOOP("NavigationTree", "Introduction"),
}
_KIND_ORDER_FIRST = ("field", "initiative", "dialogue")
_KIND_ORDER_LAST = ("about",)


def identity(text: str) -> str:
    """The default `translate`: labels stay in English when no Qt layer is involved."""
    return text


class NodeKind(enum.Enum):
    ROOT = "root"
    REGION = "region"
    ENTRY = "entry"
    GROUP = "group"  # a letter, a kind, or a heading such as "Regions" under a field


@dataclass(eq=False, slots=True)
class TreeNode:
    """One row of the navigation tree.

    Identity equality (`eq=False`) because the same entry appears under several regions and each
    appearance is its own row; `parent` and `row` are cached so the Qt model answers `parent()`
    without searching.
    """

    kind: NodeKind
    label: str
    slug: str | None = None  # entry slug for ENTRY, region slug for REGION
    entry_kind: str | None = None  # for ENTRY nodes
    count: int | None = None  # shown as "Africa (10)"; None where a count makes no sense
    own: int | None = None  # REGION: entries naming it (count also has its sub-regions')
    children: list[TreeNode] = field(default_factory=list, repr=False)
    parent: TreeNode | None = field(default=None, repr=False)
    row: int = 0

    def add(self, child: TreeNode) -> TreeNode:
        """Appends `child`, keeping its parent and row in step so the model can trust them."""
        child.parent = self
        child.row = len(self.children)
        self.children.append(child)
        return child

    def walk(self) -> Iterator[TreeNode]:
        """This node and all below it, depth first; iterative so deep trees cannot overflow."""
        stack = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))

    def path(self) -> list[str]:
        """Labels from the top level down to this node, for a breadcrumb (ROOT is not shown)."""
        labels: list[str] = []
        node: TreeNode | None = self
        while node is not None and node.kind is not NodeKind.ROOT:
            labels.append(node.label)
            node = node.parent
        labels.reverse()
        return labels


class TreeBuilder(Protocol):
    def __call__(self, catalogue: Catalogue, translate: Translate = identity) -> TreeNode: ...


def _root() -> TreeNode:
    return TreeNode(NodeKind.ROOT, "")


def _entry_node(entry: Entry) -> TreeNode:
    return TreeNode(NodeKind.ENTRY, entry.title, slug=entry.slug, entry_kind=entry.kind)


def _effective_regions(entry: Entry, known: Container[str]) -> tuple[str, ...]:
    """The regions an entry is shown under, each once: a field naming none belongs to Global.

    Slugs the catalogue does not know are dropped rather than shown as empty branches."""
    if not entry.regions and entry.kind == "field" and GLOBAL_REGION in known:
        return (GLOBAL_REGION,)
    return tuple(r for r in dict.fromkeys(entry.regions) if r in known)


@dataclass(slots=True)
class _RegionIndex:
    """Entries by region and region counts, gathered in one pass so no builder rescans the
    catalogue per region (which would be quadratic on a 100k-entry content pack)."""

    regions: dict[str, Region]
    linked: dict[str, list[Entry]]  # region slug → entries naming it, catalogue order
    counts: dict[str, int]  # region slug → distinct entries in it or any region below


def _index_regions(catalogue: Catalogue) -> _RegionIndex:
    regions = {r.slug: r for r in catalogue.regions()}
    chains: dict[str, tuple[str, ...]] = {}  # region and its ancestors, nearest first
    for slug in regions:
        chain: list[str] = []
        current: str | None = slug
        while current is not None and current in regions and current not in chain:
            chain.append(current)
            current = regions[current].parent
        chains[slug] = tuple(chain)
    linked: dict[str, list[Entry]] = defaultdict(list)
    counts: dict[str, int] = defaultdict(int)
    for entry in catalogue.entries():
        named = _effective_regions(entry, regions)
        if not named:
            continue
        for slug in named:
            linked[slug].append(entry)
        # An entry naming both Europe and the EU counts once for Europe.
        covered = chains[named[0]] if len(named) == 1 else {r for n in named for r in chains[n]}
        for slug in covered:
            counts[slug] += 1
    return _RegionIndex(regions, linked, counts)


_REGION_RANK = {"field": 0, "initiative": 1, "dialogue": 1}


def _region_rank(entry: Entry) -> int:
    return _REGION_RANK.get(entry.kind, 2)


@cyclic_gc_paused()
def build_by_region(catalogue: Catalogue, translate: Translate = identity) -> TreeNode:
    """Regions → their own entries (fields, then initiatives and dialogues, then the rest) →
    sub-regions. An entry appears under every region it names; empty branches are left out."""
    index = _index_regions(catalogue)
    root = _root()
    # Depth-first with an explicit stack: (catalogue region node, tree node to attach it to).
    stack: list[tuple[RegionNode, TreeNode]] = [
        (top, root) for top in reversed(catalogue.region_tree())
    ]
    while stack:
        region_node, attach_to = stack.pop()
        region = region_node.region
        count = index.counts.get(region.slug, 0)
        if not count:
            continue
        own = len(index.linked.get(region.slug, ()))
        node = attach_to.add(
            TreeNode(NodeKind.REGION, region.name, slug=region.slug, count=count, own=own)
        )
        for entry in sorted(index.linked.get(region.slug, ()), key=_region_rank):
            node.add(_entry_node(entry))
        stack.extend((child, node) for child in reversed(region_node.children))
    return root


@cyclic_gc_paused()
def build_by_field(catalogue: Catalogue, translate: Translate = identity) -> TreeNode:
    """The introduction, then each field with its regions, initiatives and dialogues, and
    related fields; a heading with nothing under it is left out."""
    entries = {e.slug: e for e in catalogue.entries()}
    index = _index_regions(catalogue)
    root = _root()
    for about in catalogue.entries("about"):
        root.add(_entry_node(about))
    for field_entry in catalogue.entries("field"):
        node = root.add(_entry_node(field_entry))
        region_nodes = [
            TreeNode(
                NodeKind.REGION,
                index.regions[slug].name,
                slug=slug,
                count=index.counts.get(slug, 0),
                own=len(index.linked.get(slug, ())),
            )
            for slug in _effective_regions(field_entry, index.regions)
        ]
        related = [
            entries[slug]
            for slug in dict.fromkeys(field_entry.related)
            if slug in entries and slug != field_entry.slug
        ]
        groups = (
            (REGIONS, region_nodes),
            (
                INITIATIVES_AND_DIALOGUES,
                [_entry_node(e) for e in related if e.kind in ("initiative", "dialogue")],
            ),
            (RELATED_FIELDS, [_entry_node(e) for e in related if e.kind == "field"]),
            (
                SEE_ALSO,
                [
                    _entry_node(e)
                    for e in related
                    if e.kind not in ("initiative", "dialogue", "field", "about")
                ],
            ),
        )
        for label, children in groups:
            if children:
                group = node.add(TreeNode(NodeKind.GROUP, translate(label), count=len(children)))
                for child in children:
                    group.add(child)
    return root


def _fold(text: str) -> str:
    """Accents removed, case folded, so "Émigré" sorts among the other E titles."""
    if text.isascii():  # the common case, and ten times faster on a large catalogue
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def index_letter(title: str) -> str:
    """The A–Z group a title files under: its first letter without accents, upper case, or "#"
    for titles starting with a digit or having no letter at all. Leading punctuation is
    skipped, so a quoted title files under its first word."""
    for char in title:
        if not char.isascii():
            char = unicodedata.normalize("NFKD", char)[0]
        if char.isalpha():
            return char.upper()[0]
        if char.isdigit():
            return OTHER_LETTER
    return OTHER_LETTER


@cyclic_gc_paused()
def build_az(catalogue: Catalogue, translate: Translate = identity) -> TreeNode:
    """Every entry once, under its first letter; "#" comes after Z."""
    letters: dict[str, list[Entry]] = defaultdict(list)
    for entry in catalogue.entries():
        letters[index_letter(entry.title)].append(entry)
    root = _root()
    for letter in sorted(letters, key=lambda k: (k == OTHER_LETTER, k)):
        members = sorted(letters[letter], key=lambda e: (_fold(e.title), e.title, e.slug))
        group = root.add(TreeNode(NodeKind.GROUP, letter, count=len(members)))
        for entry in members:
            group.add(_entry_node(entry))
    return root


def kind_group_label(kind: str, translate: Translate = identity) -> str:
    """The plural heading for a kind; content-pack kinds get "<Kind>s"."""
    return translate(KIND_GROUP_LABELS.get(kind, kind.capitalize() + "s"))


def kind_label(kind: str, translate: Translate = identity) -> str:
    """The singular name of a kind, for tooltips."""
    return translate(KIND_LABELS.get(kind, kind.capitalize()))


@cyclic_gc_paused()
def build_by_kind(catalogue: Catalogue, translate: Translate = identity) -> TreeNode:
    """Fields, initiatives, dialogues, then content-pack kinds A–Z, then the introduction."""
    by_kind: dict[str, list[Entry]] = defaultdict(list)
    for entry in catalogue.entries():
        by_kind[entry.kind].append(entry)
    fixed = _KIND_ORDER_FIRST + _KIND_ORDER_LAST
    others = sorted(k for k in by_kind if k not in fixed)
    root = _root()
    for kind in (*_KIND_ORDER_FIRST, *others, *_KIND_ORDER_LAST):
        members = by_kind.get(kind)
        if not members:
            continue
        group = root.add(
            TreeNode(NodeKind.GROUP, kind_group_label(kind, translate), count=len(members))
        )
        for entry in members:
            group.add(_entry_node(entry))
    return root


GROUPINGS: dict[str, TreeBuilder] = {
    "region": build_by_region,
    "field": build_by_field,
    "az": build_az,
    "kind": build_by_kind,
}
