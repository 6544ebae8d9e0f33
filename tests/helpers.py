"""Builders for small catalogues used by tests across the tree."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHIPPED_SOURCE = REPO / "resources" / "catalogue"
SEED = REPO / "tests" / "fixtures" / "fields-of-expertise.txt"
THESAURUS = REPO / "resources" / "thesaurus"

TINY_REGIONS = """\
[[region]]
slug = "global"
name = "Global"

[[region]]
slug = "africa"
name = "Africa"

[[region]]
slug = "west-africa"
name = "West Africa (ECOWAS)"
parent = "africa"
aliases = ["ECOWAS"]

[[region]]
slug = "nigeria"
name = "Nigeria"
parent = "west-africa"
"""

TINY_ENTRIES = {
    "border-management": dict(
        kind="field",
        title="Border Management",
        order=1,
        summary="Open but secure borders.",
        aliases=["IBM"],
        regions=["africa"],
        related=["college"],
        body="Integrated Border Management (IBM) in Africa keeps borders open but secure.",
    ),
    "trafficking-human-beings": dict(
        kind="field",
        title="Trafficking in Human Beings",
        order=2,
        summary="Anti-trafficking responses.",
        aliases=[],
        regions=["west-africa"],
        related=[],
        body="The Anti-Trafficking Programme works in West Africa (ECOWAS).",
    ),
    "college": dict(
        kind="initiative",
        title="College of Practical Skills",
        order=100,
        summary="Trains young people in Nigeria.",
        aliases=[],
        regions=["nigeria"],
        related=["border-management"],
        body="The College of Practical Skills and Start-up Centre in Nigeria trains young people.",
    ),
}


def entry_text(slug: str, fields: dict) -> str:
    def toml_list(items: list[str]) -> str:
        return "[" + ", ".join(f'"{i}"' for i in items) + "]"

    return (
        "+++\n"
        f'slug = "{slug}"\n'
        f'kind = "{fields["kind"]}"\n'
        f'title = "{fields["title"]}"\n'
        f"order = {fields['order']}\n"
        f'summary = "{fields["summary"]}"\n'
        f"aliases = {toml_list(fields['aliases'])}\n"
        f"regions = {toml_list(fields['regions'])}\n"
        f"related = {toml_list(fields['related'])}\n"
        "+++\n"
        f"{fields['body']}\n"
    )


def write_source(
    root: Path,
    entries: dict[str, dict] | None = None,
    regions: str = TINY_REGIONS,
    version: str = "1.0",
) -> Path:
    entries = TINY_ENTRIES if entries is None else entries
    (root / "entries").mkdir(parents=True, exist_ok=True)
    (root / "catalogue.toml").write_text(
        f'title = "Tiny"\nversion = "{version}"\ndata_as_of = "2026-01-01"\n', encoding="utf-8"
    )
    (root / "regions.toml").write_text(regions, encoding="utf-8")
    for slug, fields in entries.items():
        (root / "entries" / f"{slug}.md").write_text(entry_text(slug, fields), encoding="utf-8")
    return root
