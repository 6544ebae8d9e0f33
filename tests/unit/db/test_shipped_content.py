"""The shipped catalogue says what the seed text says, and nothing more."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from db import Catalogue, Entry, load_source
from tests.helpers import SEED, SHIPPED_SOURCE

FIELD_SLUGS = {
    "asylum-protection": "Asylum and Protection",
    "border-management": "Border Management",
    "capacity-building": "Capacity Building",
    "diaspora-engagement": "Diaspora Engagement",
    "private-sector": "Private Sector Engagement",
    "migration-governance": "Migration Governance",
    "integration": "Integration",
    "irregular-migration": "Irregular Migration",
    "legal-labour-migration": "Legal and Labour Migration",
    "migration-dialogues": "Migration Dialogues",
    "migration-development": "Migration and Development",
    "migration-environment": "Migration and Environment",
    "migration-health": "Migration and Health",
    "migration-communication": "Migration Communication",
    "migration-policy": "Migration Policy",
    "research": "Research",
    "return-reintegration": "Return and Reintegration",
    "trafficking-human-beings": "Trafficking in Human Beings",
}
NAMED_INITIATIVES = {
    "MIEUX",
    "Mobility Partnership Facility",
    "SUPREM",
    "College of Practical Skills and Start-up Centre",
    "Border Management Programme",
    "Anti-Trafficking Programme",
    "Budapest Process",
    "Prague Process",
    "MTM Dialogue",
    "EUROMED Migration IV",
    "Rabat Process",
    "Khartoum Process",
}
# "EU" as the first half of a compound ("EU-ICMPD", "EU-funded") names a partner or funder,
# not a place the work happens; "EU-level" is still the Union and is named in full elsewhere.
NOT_A_PLACE = re.compile(r"EU-(?:ICMPD|funded)")


@pytest.fixture(scope="module")
def source():
    return load_source(SHIPPED_SOURCE)


@pytest.fixture(scope="module")
def seed_paragraphs() -> list[str]:
    return SEED.read_text(encoding="utf-8").splitlines()


def test_about_is_the_introduction_verbatim(source, seed_paragraphs):
    about = next(e for e in source.entries if e.slug == "about")
    assert about.kind == "about"
    assert about.body == seed_paragraphs[0]


def test_all_eighteen_field_bodies_equal_the_seed(source, seed_paragraphs):
    fields = sorted((e for e in source.entries if e.kind == "field"), key=lambda e: e.order)
    assert {e.slug: e.title for e in fields} == FIELD_SLUGS
    assert [e.body for e in fields] == seed_paragraphs[1:19]
    for entry in fields:
        assert entry.summary.count(". ") == 0, f"{entry.slug}: summary is one sentence"


def test_every_named_programme_and_dialogue_has_an_entry(source):
    titles = {e.title for e in source.entries if e.kind in ("initiative", "dialogue")}
    assert titles | {t.split(" (")[0] for t in titles} >= NAMED_INITIATIVES
    kinds = {e.title: e.kind for e in source.entries}
    assert kinds["Rabat Process"] == "dialogue"
    assert kinds["SUPREM"] == "initiative"


def test_initiatives_link_to_the_field_that_names_them(source):
    by_slug = {e.slug: e for e in source.entries}
    for entry in source.entries:
        if entry.kind not in ("initiative", "dialogue"):
            continue
        fields = [by_slug[s] for s in entry.related if by_slug[s].kind == "field"]
        assert fields, entry.slug
        short = entry.title.split(" (")[0]
        for field in fields:
            assert short in field.body, f"{field.slug} does not name {entry.title}"
        assert entry.body.strip(), entry.slug


def _mentions(text: str, regions) -> set[str]:
    """Regions named in the text, longest name first so 'European Union' is not 'European'."""
    text = NOT_A_PLACE.sub("", text)
    names = sorted(
        ((n, r.slug) for r in regions for n in (r.name, *r.aliases)), key=lambda pair: -len(pair[0])
    )
    found = set()
    for name, slug in names:
        pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w])")
        if pattern.search(text):
            found.add(slug)
            text = pattern.sub(" ", text)
    return found


def test_regions_are_exactly_those_the_text_names(source):
    places = [r for r in source.regions if r.slug != "global"]
    for entry in source.entries:
        if entry.kind == "about":
            continue
        named = _mentions(entry.body, places)
        if "Global" in entry.body.replace("global migration", ""):
            named.add("global")
        expected = named or {"global"}
        assert set(entry.regions) == expected, entry.slug


def test_every_place_in_the_text_has_a_region(source, seed_paragraphs):
    names = {n for r in source.regions for n in (r.name, *r.aliases)}
    for place in (
        "European Union",
        "South-Eastern Europe",
        "Western Balkans",
        "Türkiye",
        "Eastern Europe",
        "Southern Caucasus",
        "Central Asia",
        "Silk Routes countries",
        "Middle East",
        "Mediterranean",
        "Africa",
        "West Africa (ECOWAS)",
        "Nigeria",
        "South America",
        "Latin America",
        "Brazil",
        "South East Asia",
        "Asia",
        "South East Europe",
        "Global",
    ):
        assert place in names, place
        if place != "Global":
            assert place in "\n".join(seed_paragraphs), place


def _backing_phrases(path: Path) -> dict[str, str]:
    """The `# slug: "phrase"` comments an editor writes under `related` to justify a link."""
    front = path.read_text(encoding="utf-8").split("+++")[1]
    return dict(re.findall(r'^#\s*([a-z0-9-]+):\s*"([^"]+)"', front, re.MULTILINE))


def test_field_links_are_backed_by_the_text(source):
    by_slug: dict[str, Entry] = {e.slug: e for e in source.entries}
    for entry in source.entries:
        phrases = _backing_phrases(SHIPPED_SOURCE / "entries" / f"{entry.slug}.md")
        for other_slug in entry.related:
            other = by_slug[other_slug]
            assert entry.slug in other.related, f"{entry.slug} -> {other_slug} is one-way"
            if entry.kind != "field" or other.kind != "field":
                continue
            bodies = entry.body + "\n" + other.body
            names = [other.title, *other.aliases, entry.title, *entry.aliases]
            backed = any(n.lower() in bodies.lower() for n in names)
            phrase = phrases.get(other_slug) or _backing_phrases(
                SHIPPED_SOURCE / "entries" / f"{other_slug}.md"
            ).get(entry.slug)
            assert backed or (phrase and phrase in bodies), f"{entry.slug} <-> {other_slug}"


def test_aliases_occur_in_the_text(source):
    for entry in source.entries:
        for alias in entry.aliases:
            assert alias.lower() in (entry.body + entry.title).lower() or any(
                alias in e.body for e in source.entries
            ), f"{entry.slug}: {alias}"


def test_shipped_catalogue_reads_back(shipped_catalogue: Path):
    with Catalogue.open(shipped_catalogue) as cat:
        assert len(cat.entries("field")) == 18
        assert cat.entry("border-management").regions[0] == "european-union"
        africa = {e.slug for e in cat.entries_in_region("africa", include_subregions=True)}
        assert {
            "private-sector",
            "college-of-practical-skills",
            "trafficking-human-beings",
        } <= africa
        global_fields = {e.slug for e in cat.entries_in_region("global") if e.kind == "field"}
        assert "research" in global_fields and "border-management" not in global_fields
