"""The navigation trees, checked as plain Python against the real and the tiny catalogue."""

from __future__ import annotations

import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest

from db import Catalogue, build_catalogue
from db.records import Entry, Region, RegionNode
from desktop_app.tree.tree_builders import (
    GROUPINGS,
    NodeKind,
    TreeNode,
    build_az,
    build_by_field,
    build_by_kind,
    build_by_region,
    index_letter,
)
from tests.helpers import REPO, TINY_ENTRIES, write_source


class FakeCatalogue:
    """Just the reads the builders use, for kinds and sizes the source format cannot express."""

    def __init__(self, entries: list[Entry], regions: list[Region]) -> None:
        self._entries = tuple(entries)
        self._regions = tuple(regions)

    def entries(self, kind: str | None = None) -> tuple[Entry, ...]:
        return tuple(e for e in self._entries if kind is None or e.kind == kind)

    def regions(self) -> tuple[Region, ...]:
        return self._regions

    def region_tree(self) -> tuple[RegionNode, ...]:
        children: dict[str | None, list[Region]] = defaultdict(list)
        for region in self._regions:
            children[region.parent].append(region)

        def node(region: Region) -> RegionNode:
            return RegionNode(region, tuple(node(c) for c in children.get(region.slug, [])))

        return tuple(node(r) for r in children[None])


def entry(slug: str, kind: str, title: str, regions: tuple[str, ...] = ()) -> Entry:
    return Entry(slug, kind, title, "", "", regions=regions)


@pytest.fixture(scope="module")
def shipped(shipped_catalogue: Path) -> Iterator[Catalogue]:
    catalogue = Catalogue.open(shipped_catalogue)
    yield catalogue
    catalogue.close()


@pytest.fixture
def tiny(tiny_source: Path, tmp_path: Path) -> Iterator[Catalogue]:
    build_catalogue(tiny_source, tmp_path / "out")
    catalogue = Catalogue.open(tmp_path / "out" / "catalogue.sqlite")
    yield catalogue
    catalogue.close()


def child(node: TreeNode, label: str) -> TreeNode:
    matches = [c for c in node.children if c.label == label]
    assert len(matches) == 1, f"{label!r} under {node.label!r}: {[c.label for c in node.children]}"
    return matches[0]


def entry_slugs(node: TreeNode) -> list[str]:
    return [c.slug for c in node.children if c.kind is NodeKind.ENTRY and c.slug]


def test_builders_do_not_import_qt():
    code = (
        "import sys, desktop_app.tree.tree_builders\n"
        "print(','.join(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert result.stdout.strip() == ""


@pytest.mark.parametrize("grouping", sorted(GROUPINGS))
def test_parent_and_row_are_consistent(shipped: Catalogue, grouping: str):
    root = GROUPINGS[grouping](shipped)
    assert root.kind is NodeKind.ROOT and root.parent is None
    for node in root.walk():
        for row, kid in enumerate(node.children):
            assert kid.parent is node
            assert kid.row == row
            assert kid.kind is not NodeKind.ROOT


@pytest.mark.parametrize("grouping", sorted(GROUPINGS))
def test_node_fields_match_their_kind(shipped: Catalogue, grouping: str):
    regions = {r.slug for r in shipped.regions()}
    for node in GROUPINGS[grouping](shipped).walk():
        if node.kind is NodeKind.ENTRY:
            assert shipped.entry(node.slug).kind == node.entry_kind
        elif node.kind is NodeKind.REGION:
            assert node.slug in regions and node.entry_kind is None and node.count
        elif node.kind is NodeKind.GROUP:
            assert node.slug is None and node.children


# -- by region ---------------------------------------------------------------------------------


def test_by_region_nests_africa_west_africa_nigeria(shipped: Catalogue):
    root = build_by_region(shipped)
    nigeria = child(child(child(root, "Africa"), "West Africa (ECOWAS)"), "Nigeria")
    assert nigeria.kind is NodeKind.REGION and nigeria.slug == "nigeria"
    assert "college-of-practical-skills" in entry_slugs(nigeria)
    college = child(nigeria, "College of Practical Skills and Start-up Centre")
    assert college.path() == [
        "Africa",
        "West Africa (ECOWAS)",
        "Nigeria",
        "College of Practical Skills and Start-up Centre",
    ]


def test_by_region_global_holds_regionless_fields(shipped: Catalogue):
    top = build_by_region(shipped)
    assert [n.kind for n in top.children] == [NodeKind.REGION] * len(top.children)
    global_ = child(top, "Global")
    assert "research" in entry_slugs(global_)
    assert "migration-policy" in entry_slugs(global_)
    assert "border-management" not in entry_slugs(global_)


def test_by_region_counts_include_subregions(shipped: Catalogue):
    root = build_by_region(shipped)
    regions = [n for n in root.walk() if n.kind is NodeKind.REGION]
    assert regions
    for node in regions:
        expected = shipped.entries_in_region(node.slug, include_subregions=True)
        assert node.count == len(expected), node.slug
        assert node.own == len(shipped.entries_in_region(node.slug)), node.slug  # = regions CLI
    africa = child(root, "Africa")
    assert africa.count > len(shipped.entries_in_region("africa"))


def test_by_region_lists_own_entries_fields_first_then_subregions(shipped: Catalogue):
    rank = {"field": 0, "initiative": 1, "dialogue": 1}
    for node in build_by_region(shipped).walk():
        if node.kind is not NodeKind.REGION:
            continue
        kinds = [c.kind for c in node.children]
        assert kinds == sorted(kinds, key=lambda k: k is NodeKind.REGION), node.slug
        entries = [c for c in node.children if c.kind is NodeKind.ENTRY]
        ranks = [rank.get(c.entry_kind or "", 2) for c in entries]
        assert ranks == sorted(ranks), node.slug
        assert {c.slug for c in entries} == {e.slug for e in shipped.entries_in_region(node.slug)}


def test_by_region_shows_an_entry_under_every_region_it_names(shipped: Catalogue):
    root = build_by_region(shipped)
    programme = shipped.entry("border-management-programme")
    found = [n.parent.slug for n in root.walk() if n.slug == programme.slug and n.parent]
    assert sorted(found) == sorted(programme.regions)
    fields = {e.slug for e in shipped.entries("field")}
    assert fields <= {n.slug for n in root.walk() if n.kind is NodeKind.ENTRY}


def test_by_region_tiny_omits_empty_regions(tiny: Catalogue):
    root = build_by_region(tiny)
    assert [n.label for n in root.children] == ["Africa"]  # Global has no entries here
    africa = root.children[0]
    assert africa.count == 3
    assert entry_slugs(africa) == ["border-management"]
    west = child(africa, "West Africa (ECOWAS)")
    assert (west.count, entry_slugs(west)) == (2, ["trafficking-human-beings"])
    nigeria = child(west, "Nigeria")
    assert (nigeria.count, entry_slugs(nigeria)) == (1, ["college"])


def test_by_region_puts_a_field_naming_no_region_under_global(tmp_path: Path):
    research = dict(TINY_ENTRIES["border-management"], title="Research", regions=[], related=[])
    source = write_source(tmp_path / "src", {**TINY_ENTRIES, "research": research})
    build_catalogue(source, tmp_path / "out")
    with Catalogue.open(tmp_path / "out" / "catalogue.sqlite") as catalogue:
        root = build_by_region(catalogue)
    assert [n.label for n in root.children] == ["Global", "Africa"]
    assert entry_slugs(root.children[0]) == ["research"]
    assert root.children[0].count == 1


# -- by field ----------------------------------------------------------------------------------


def test_by_field_starts_with_about_then_every_field(shipped: Catalogue):
    root = build_by_field(shipped)
    assert root.children[0].slug == "about" and not root.children[0].children
    fields = [n.slug for n in root.children[1:]]
    assert fields == [e.slug for e in shipped.entries("field")]
    assert all(n.kind is NodeKind.ENTRY for n in root.children)


def test_by_field_groups_regions_initiatives_and_related_fields(shipped: Catalogue):
    root = build_by_field(shipped)
    border = child(root, "Border Management")
    assert [g.label for g in border.children] == ["Regions", "Initiatives and dialogues"]
    regions, initiatives = border.children
    assert [n.slug for n in regions.children] == list(shipped.entry("border-management").regions)
    assert all(n.kind is NodeKind.REGION and not n.children for n in regions.children)
    assert regions.count == 8
    assert [n.slug for n in initiatives.children] == ["border-management-programme"]

    dialogues = child(root, "Migration Dialogues")
    assert [g.label for g in dialogues.children] == [
        "Regions",
        "Initiatives and dialogues",
        "Related fields",
    ]
    assert "rabat-process" in entry_slugs(dialogues.children[1])
    assert "irregular-migration" in entry_slugs(dialogues.children[2])


def test_by_field_omits_empty_groups(shipped: Catalogue):
    asylum = child(build_by_field(shipped), "Asylum and Protection")
    assert [g.label for g in asylum.children] == ["Regions", "Related fields"]
    for node in build_by_field(shipped).walk():
        if node.kind is NodeKind.GROUP:
            assert node.children and node.count == len(node.children)


def test_by_field_translates_headings_but_not_names(shipped: Catalogue):
    root = build_by_field(shipped, translate=lambda text: f"«{text}»")
    border = child(root, "Border Management")
    assert border.children[0].label == "«Regions»"
    assert border.children[0].children[0].label == "European Union"


# -- A–Z ---------------------------------------------------------------------------------------


def test_az_letters_in_order_each_entry_once(shipped: Catalogue):
    root = build_az(shipped)
    letters = [g.label for g in root.children]
    assert letters == sorted(letters)
    assert letters[:3] == ["A", "B", "C"]
    slugs = [n.slug for n in root.walk() if n.kind is NodeKind.ENTRY]
    assert sorted(slugs) == sorted(e.slug for e in shipped.entries())
    m = child(root, "M")
    assert m.count == len(m.children) == 10
    titles = [n.label for n in m.children]
    assert titles == sorted(titles, key=str.casefold)
    assert titles[0] == "MIEUX"  # "mieux" < "migration": case does not decide


@pytest.mark.parametrize(
    ("title", "letter"),
    [
        ("Border", "B"),
        ("border", "B"),
        ("Émigré", "E"),
        ("Öresund", "O"),
        ("«Quoted» title", "Q"),
        ("2030 Agenda", "#"),
        ("—", "#"),
        ("", "#"),
    ],
)
def test_index_letter_folds_accents_and_files_digits_under_hash(title: str, letter: str):
    assert index_letter(title) == letter


def test_az_sorts_accents_with_plain_letters_and_hash_last():
    catalogue = FakeCatalogue(
        [
            entry("b", "term", "2030 Agenda"),
            entry("c", "term", "ecology"),
            entry("d", "term", "Émigré"),
            entry("e", "term", "Exile"),
            entry("f", "term", "asylum"),
        ],
        [],
    )
    root = build_az(catalogue)
    assert [g.label for g in root.children] == ["A", "E", "#"]
    assert [n.label for n in root.children[1].children] == ["ecology", "Émigré", "Exile"]


# -- by kind -----------------------------------------------------------------------------------


def test_by_kind_order_labels_and_counts(shipped: Catalogue):
    root = build_by_kind(shipped)
    assert [(g.label, g.count) for g in root.children] == [
        ("Fields of expertise", 18),
        ("Initiatives", 6),
        ("Migration dialogues", 6),
        ("Introduction", 1),
    ]
    fields = root.children[0]
    assert [n.slug for n in fields.children] == [e.slug for e in shipped.entries("field")]


def test_by_kind_puts_pack_kinds_alphabetically_before_introduction():
    catalogue = FakeCatalogue(
        [
            entry("about", "about", "About"),
            entry("t1", "term", "Asylum seeker"),
            entry("f1", "field", "Research"),
            entry("d1", "document", "Handbook"),
            entry("t2", "term", "Refugee"),
        ],
        [],
    )
    root = build_by_kind(catalogue, translate=str.upper)
    assert [(g.label, g.count) for g in root.children] == [
        ("FIELDS OF EXPERTISE", 1),
        ("DOCUMENTS", 1),
        ("TERMS", 2),
        ("INTRODUCTION", 1),
    ]
    assert [n.slug for n in root.children[2].children] == ["t1", "t2"]


# -- scale -------------------------------------------------------------------------------------


def test_builders_stay_fast_on_a_100k_entry_catalogue():
    regions = [Region("global", "Global", None)]
    for i in range(10):
        regions.append(Region(f"r{i}", f"Region {i}", None))
        regions.extend(Region(f"r{i}-{j}", f"Country {i}.{j}", f"r{i}") for j in range(20))
    slugs = [r.slug for r in regions]
    kinds = ("field", "initiative", "dialogue", "term")
    entries = [
        Entry(
            f"e{n}",
            kinds[n % 4],
            f"Title {n * 7919 % 100_000}",
            "",
            "",
            regions=(slugs[n % len(slugs)], slugs[n * 31 % len(slugs)]),
            related=(f"e{(n + 1) % 100_000}", f"e{(n * 17) % 100_000}"),
        )
        for n in range(100_000)
    ]
    catalogue = FakeCatalogue(entries, regions)
    for grouping, builder in GROUPINGS.items():
        started = time.perf_counter()
        root = builder(catalogue)
        elapsed = time.perf_counter() - started
        # Generous for slow CI machines; a quadratic builder takes minutes here, not seconds.
        assert elapsed < 5, f"{grouping} took {elapsed:.1f}s"
        assert root.children
