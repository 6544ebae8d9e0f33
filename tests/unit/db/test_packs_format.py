"""The pack format: manifest parsing, payload validation and `pack build`'s source checks."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from db.packs import PackError, build_pack
from db.packs.archive import name_problem
from db.packs.manifest import manifest_bytes, parse_manifest
from db.packs.validate import load_regions, parse_entry
from tests.pack_helpers import BRIEFS, make_publisher, write_pack_source


@pytest.fixture
def publisher(tmp_path: Path):
    return make_publisher(tmp_path / "keys")


def test_built_pack_layout(tmp_path: Path, publisher):
    src = write_pack_source(tmp_path / "src")
    built = build_pack(src, publisher.key_file, 7, tmp_path / "out.frpack", data_as_of="2026-10-01")
    with zipfile.ZipFile(built.path) as archive:
        names = archive.namelist()
        manifest_blob = archive.read("manifest.json")
        assert archive.read("entries.jsonl") == (src / "entries.jsonl").read_bytes()
    assert names == ["manifest.json", "manifest.sig", "entries.jsonl", "regions.json"]
    manifest = parse_manifest(manifest_blob)
    assert manifest == built.manifest
    assert manifest_bytes(manifest) == manifest_blob
    assert (manifest.id, manifest.mode, manifest.sequence) == ("country-briefs", "add", 7)
    assert manifest.publisher_key == publisher.key_id
    assert manifest.data_as_of == "2026-10-01"
    assert (manifest.entry_count, manifest.region_count) == (3, 1)
    assert [f.path for f in manifest.files] == ["entries.jsonl", "regions.json"]


@pytest.mark.parametrize(
    ("meta", "fragment"),
    [
        ({"id": "x", "title": "T", "mode": "merge"}, "'mode' must be one of add, replace"),
        ({"id": "Bad Id", "title": "T", "mode": "add"}, "'id' must be lower-case"),
        ({"id": "x", "mode": "add"}, "missing 'title'"),
        ({"id": "x", "title": "T", "mode": "add", "version": "2"}, "unknown key(s): version"),
    ],
)
def test_pack_json_is_checked(tmp_path: Path, publisher, meta: dict, fragment: str):
    src = write_pack_source(tmp_path / "src")
    (src / "pack.json").write_text(json.dumps(meta))
    with pytest.raises(PackError) as caught:
        build_pack(src, publisher.key_file, 1, tmp_path / "out.frpack")
    assert fragment in str(caught.value) and "pack.json" in str(caught.value)
    assert not (tmp_path / "out.frpack").exists()


def test_build_names_the_bad_source_line(tmp_path: Path, publisher):
    text = json.dumps(BRIEFS[0]) + "\n" + json.dumps(dict(BRIEFS[1], extra=1)) + "\n"
    src = write_pack_source(tmp_path / "src", raw_entries=text)
    with pytest.raises(PackError, match=r"entries.jsonl line 2 \(entry 'brief-ghana'\): unknown"):
        build_pack(src, publisher.key_file, 1, tmp_path / "out.frpack")


def test_build_needs_a_private_key_and_a_positive_sequence(tmp_path: Path, publisher):
    src = write_pack_source(tmp_path / "src")
    with pytest.raises(PackError, match="not an unencrypted PEM private key"):
        build_pack(src, publisher.pub_file, 1, tmp_path / "out.frpack")
    with pytest.raises(PackError, match="--sequence"):
        build_pack(src, publisher.key_file, 0, tmp_path / "out.frpack")


def test_entries_have_exactly_the_export_keys():
    entry = parse_entry(json.dumps(BRIEFS[0]), "line 1", 0)
    assert entry.kind == "country" and entry.regions == ("nigeria",)
    minimal = {k: BRIEFS[0][k] for k in ("slug", "kind", "title", "summary", "body")}
    assert parse_entry(json.dumps(minimal), "line 1", 0).related == ()
    with pytest.raises(PackError, match="duplicate key"):
        parse_entry('{"slug": "a", "slug": "b"}', "line 1", 0)
    with pytest.raises(PackError, match="expected a JSON object"):
        parse_entry("[1, 2]", "line 1", 0)


def test_regions_file(tmp_path: Path):
    path = tmp_path / "regions.json"
    path.write_text(json.dumps([{"slug": "ghana", "name": "Ghana", "parent": "west-africa"}]))
    assert load_regions(path)[0].parent == "west-africa"
    path.write_text(json.dumps([{"slug": "ghana", "name": "Ghana", "aliases": []}]))
    with pytest.raises(PackError, match="unknown key"):
        load_regions(path)


@pytest.mark.parametrize(
    "name", ["../x", "/x", "C:x", "a\\b", "a/b", "x/../../y", "", ".hidden", "UPPER.txt"]
)
def test_unsafe_names(name: str):
    assert name_problem(name) is not None


@pytest.mark.parametrize("name", ["entries.jsonl", "regions.json", "manifest.sig"])
def test_safe_names(name: str):
    assert name_problem(name) is None


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        ({"format": 2}, "format 2"),
        ({"sequence": 0}, "'sequence'"),
        ({"sequence": True}, "'sequence'"),
        ({"created": "yesterday"}, "'created'"),
        ({"files": []}, "'files'"),
        ({"files": [{"path": "regions.json", "size": 1, "sha256": "0" * 64}]}, "entries.jsonl"),
    ],
)
def test_manifest_is_strict(tmp_path: Path, publisher, change: dict, fragment: str):
    built = build_pack(write_pack_source(tmp_path / "src"), publisher.key_file, 1, tmp_path / "p")
    data = built.manifest.to_json() | change
    with pytest.raises(PackError, match=fragment):
        parse_manifest(json.dumps(data).encode())
