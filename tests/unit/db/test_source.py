from __future__ import annotations

from pathlib import Path

import pytest

from db import SourceError, load_source
from tests.helpers import write_source


def test_tiny_source_loads_in_order(tiny_source: Path):
    source = load_source(tiny_source)
    assert [e.slug for e in source.entries] == [
        "border-management",
        "trafficking-human-beings",
        "college",
    ]
    assert [r.slug for r in source.regions] == ["global", "africa", "west-africa", "nigeria"]
    assert source.regions[2].aliases == ("ECOWAS",)


def _break(tiny_source: Path, slug: str, old: str, new: str) -> Path:
    path = tiny_source / "entries" / f"{slug}.md"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "message", "line"),
    [
        ('title = "Border Management"', 'title = "Border', "TOML syntax error", 4),
        ('title = "Border Management"\n', "", "missing or empty 'title'", None),
        ('regions = ["africa"]', 'regions = ["atlantis"]', "unknown region 'atlantis'", 8),
        ('related = ["college"]', 'related = ["nowhere"]', "unknown entry 'nowhere'", None),
        ('kind = "field"', 'kind = "poem"', "kind 'poem' is not one of", 3),
        ("order = 1", 'colour = "red"', "unknown key(s) in front matter: colour", None),
        ('slug = "border-management"', 'slug = "border"', "does not match the file name", 2),
    ],
)
def test_bad_entry_names_file_and_line(tiny_source: Path, old, new, message, line):
    path = _break(tiny_source, "border-management", old, new)
    with pytest.raises(SourceError) as caught:
        load_source(tiny_source)
    assert message in str(caught.value)
    assert str(path) in str(caught.value)
    if line is not None:
        assert caught.value.line == line
    assert "\n" not in str(caught.value)


def test_a_second_file_claiming_an_existing_slug_is_refused(tmp_path: Path):
    """Slugs are unique because each must equal its file's name: a copy is caught by that rule."""
    root = write_source(tmp_path / "src")
    text = (root / "entries" / "college.md").read_text(encoding="utf-8")
    (root / "entries" / "zz.md").write_text(text, encoding="utf-8")
    with pytest.raises(
        SourceError, match=r"zz\.md:\d+: slug 'college' does not match the file name"
    ):
        load_source(root)


def test_missing_front_matter_refused(tiny_source: Path):
    (tiny_source / "entries" / "college.md").write_text("just text\n", encoding="utf-8")
    with pytest.raises(SourceError, match=r"college\.md:1: must start with"):
        load_source(tiny_source)


def test_unclosed_front_matter_refused(tiny_source: Path):
    (tiny_source / "entries" / "college.md").write_text('+++\nslug = "college"\n', encoding="utf-8")
    with pytest.raises(SourceError, match="not closed"):
        load_source(tiny_source)


def test_empty_body_refused(tiny_source: Path):
    path = tiny_source / "entries" / "college.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.split("+++\n")[0] + "+++\n" + text.split("+++\n")[1] + "+++\n\n")
    with pytest.raises(SourceError, match="empty body"):
        load_source(tiny_source)


def test_region_with_unknown_parent_refused(tmp_path: Path):
    regions = '[[region]]\nslug = "nigeria"\nname = "Nigeria"\nparent = "africa"\n'
    with pytest.raises(SourceError, match=r"regions\.toml:2: region 'nigeria' names unknown"):
        load_source(write_source(tmp_path / "src", regions=regions))


def test_duplicate_region_refused(tmp_path: Path):
    regions = '[[region]]\nslug = "a"\nname = "A"\n\n[[region]]\nslug = "a"\nname = "A2"\n'
    with pytest.raises(SourceError, match="duplicate region slug 'a'"):
        load_source(write_source(tmp_path / "src", entries={}, regions=regions))


def test_non_utf8_refused(tiny_source: Path):
    (tiny_source / "entries" / "college.md").write_bytes(b"+++\n\xff\xfe\n+++\nbody\n")
    with pytest.raises(SourceError, match="not UTF-8"):
        load_source(tiny_source)


def test_missing_folder_refused(tmp_path: Path):
    with pytest.raises(SourceError, match="not found"):
        load_source(tmp_path / "nope")


NESTED = "x = " + "[" * 100_000 + "]" * 100_000


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("catalogue.toml", NESTED),
        ("regions.toml", NESTED),
        ("entries/college.md", "+++\n" + NESTED + "\n+++\nbody\n"),
    ],
    ids=["catalogue", "regions", "front-matter"],
)
def test_deeply_nested_toml_is_one_source_error(tiny_source: Path, name: str, text: str):
    """Issue 10: nesting hit the recursion limit and `fieldref build` printed a traceback."""
    (tiny_source / name).write_text(text, encoding="utf-8")
    with pytest.raises(SourceError) as caught:
        load_source(tiny_source)
    assert name.split("/")[-1] in str(caught.value) and "\n" not in str(caught.value)


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="no FIFOs here")
@pytest.mark.parametrize("name", ["catalogue.toml", "regions.toml", "entries/college.md"])
def test_a_fifo_source_file_is_refused_not_waited_on(tiny_source: Path, name: str):
    import os

    (tiny_source / name).unlink()
    os.mkfifo(tiny_source / name)
    with pytest.raises(SourceError, match="not a regular file"):
        load_source(tiny_source)


def test_an_oversized_entry_file_is_refused(tiny_source: Path):
    path = tiny_source / "entries" / "college.md"
    path.write_text(path.read_text() + "x" * (4 << 20))
    with pytest.raises(SourceError, match="larger than"):
        load_source(tiny_source)


def test_windows_line_endings_read_as_before(tiny_source: Path):
    before = load_source(tiny_source)
    for path in (tiny_source / "entries").glob("*.md"):
        path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    assert load_source(tiny_source).entries == before.entries


def test_regions_that_are_not_tables_are_one_source_error(tiny_source: Path):
    (tiny_source / "regions.toml").write_text("region = [1, 2]\n")
    with pytest.raises(SourceError, match=r"\[\[region\]\] tables"):
        load_source(tiny_source)
