"""Every way a content pack must be refused (issue 6, "Bad input"), one test each.

Each refusal is checked through both verify and import, and afterwards `fieldref export --json`
must be byte-identical to before and no staging folder may be left behind (PackEnv.refuse).
"""

from __future__ import annotations

import dataclasses
import json
import stat
import zipfile
from pathlib import Path

import pytest

from db.packs import Limits
from tests.pack_helpers import (
    BRIEFS,
    PackEnv,
    add_member,
    make_publisher,
    member,
    patch_sizes,
    read_members,
    rename_member,
    replace_data,
    tamper,
    write_members,
)


@pytest.fixture
def env(tmp_path: Path, tiny_source: Path) -> PackEnv:
    return PackEnv.create(tmp_path, tiny_source)


@pytest.fixture
def good(env: PackEnv) -> Path:
    return env.build(1)


def same(members):
    return members


# -- signature ----------------------------------------------------------------------------------


def test_flipped_signature_byte(env: PackEnv, good: Path):
    def flip(members):
        out = []
        for info, data in members:
            if info.filename == "manifest.sig":
                sig = bytearray(data)
                sig[30] = ord("A") if sig[30] != ord("A") else ord("B")  # inside the base64
                data = bytes(sig)
            out.append((info, data))
        return out

    env.refuse(tamper(good, env.tmp / "flipped.frpack", flip), "does not verify")


def test_manifest_changed_after_signing(env: PackEnv, good: Path):
    def retitle(members):
        return [
            (
                i,
                d.replace(b"Country briefs", b"Country bribes")
                if i.filename == "manifest.json"
                else d,
            )
            for i, d in members
        ]

    env.refuse(tamper(good, env.tmp / "retitled.frpack", retitle), "does not verify")


def test_signed_by_an_untrusted_key(env: PackEnv):
    stranger = make_publisher(env.tmp / "stranger")
    pack = env.build(1)
    forged = tamper(pack, env.tmp / "forged.frpack", same, resign_with=stranger)
    env.refuse(forged, stranger.key_id, "not a trusted publisher key")


def test_missing_signature(env: PackEnv, good: Path):
    def drop(members):
        return [(i, d) for i, d in members if i.filename != "manifest.sig"]

    env.refuse(tamper(good, env.tmp / "unsigned.frpack", drop), "is not signed")


def test_malformed_signature_file(env: PackEnv, good: Path):
    bad = tamper(good, env.tmp / "sig.frpack", replace_data("manifest.sig", b"ed25519 zz\n"))
    env.refuse(bad, "malformed")


def test_manifest_naming_another_key_than_its_signer(env: PackEnv, good: Path):
    def claim(manifest):
        manifest["publisher_key"] = "0123456789abcdef"

    bad = tamper(good, env.tmp / "claim.frpack", same, env.publisher, claim)
    env.refuse(bad, "names publisher key 0123456789abcdef")


# -- payload against the manifest ---------------------------------------------------------------


def test_hash_mismatch(env: PackEnv, good: Path):
    original = dict((i.filename, d) for i, d in read_members(good))["entries.jsonl"]
    altered = original.replace(b"Lagos", b"Kano!")  # same size, other bytes
    assert len(altered) == len(original) and altered != original
    bad = tamper(good, env.tmp / "hash.frpack", replace_data("entries.jsonl", altered))
    env.refuse(bad, "entries.jsonl does not match its manifest (sha256 differs)")


def test_payload_size_differs_from_manifest(env: PackEnv, good: Path):
    original = dict((i.filename, d) for i, d in read_members(good))["entries.jsonl"]
    bad = tamper(good, env.tmp / "size.frpack", replace_data("entries.jsonl", original + b"\n"))
    env.refuse(bad, "entries.jsonl claims")


def test_extra_unlisted_file(env: PackEnv, good: Path):
    bad = tamper(good, env.tmp / "extra.frpack", add_member(member("notes.txt", b"hello")))
    env.refuse(bad, "'notes.txt'", "not listed in the manifest")


def test_extra_file_even_when_signed_is_not_a_payload(env: PackEnv, good: Path):
    def list_it(manifest):
        manifest["files"].append({"path": "run.sh", "size": 2, "sha256": "0" * 64})

    bad = tamper(
        good, env.tmp / "script.frpack", add_member(member("run.sh", b"ls")), env.publisher, list_it
    )
    env.refuse(bad, "unknown payload file 'run.sh'")


def test_listed_payload_missing(env: PackEnv, good: Path):
    def drop(members):
        return [(i, d) for i, d in members if i.filename != "regions.json"]

    env.refuse(tamper(good, env.tmp / "missing.frpack", drop), "lacks regions.json")


# -- member names ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("../entries.jsonl", "points outside the pack"),
        ("../../home/officer/.bashrc", "points outside the pack"),
        ("/etc/passwd", "absolute path"),
        ("C:/Windows/evil.dll", "drive letter"),
        ("c:evil.txt", "drive letter"),
        ("payload\\entries.jsonl", "backslash"),
        ("sub/entries.jsonl", "inside a folder"),
        ("Entries.JSONL", "not a plain lower-case file name"),
    ],
)
def test_unsafe_member_names(env: PackEnv, good: Path, name: str, fragment: str):
    bad = tamper(good, env.tmp / "names.frpack", add_member(member(name, b"x")))
    env.refuse(bad, fragment)


def test_traversal_name_replacing_a_payload(env: PackEnv, good: Path):
    bad = tamper(good, env.tmp / "dotdot.frpack", rename_member("regions.json", "../regions.json"))
    env.refuse(bad, "points outside the pack")


def test_duplicate_member_names(env: PackEnv, good: Path):
    entries = dict((i.filename, d) for i, d in read_members(good))["entries.jsonl"]
    bad = tamper(good, env.tmp / "dup.frpack", add_member(member("entries.jsonl", entries)))
    env.refuse(bad, "appears twice")


def test_symlink_member(env: PackEnv, good: Path):
    link = member("secrets.txt", b"/home/officer/.ssh/id_ed25519", mode=stat.S_IFLNK | 0o777)
    bad = tamper(good, env.tmp / "link.frpack", add_member(link))
    env.refuse(bad, "symbolic link")


def test_symlink_in_place_of_a_payload(env: PackEnv, good: Path):
    def linkify(members):
        out = []
        for info, data in members:
            if info.filename == "regions.json":
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
            out.append((info, data))
        return out

    env.refuse(tamper(good, env.tmp / "link2.frpack", linkify), "symbolic link")


def test_directory_member(env: PackEnv, good: Path):
    folder = zipfile.ZipInfo("docs/", (2026, 1, 1, 0, 0, 0))
    folder.external_attr = (stat.S_IFDIR | 0o755) << 16
    env.refuse(tamper(good, env.tmp / "dir.frpack", add_member((folder, b""))), "docs/")


# -- sizes, bombs, damage -----------------------------------------------------------------------


def test_zip_bomb_1000_to_1(env: PackEnv, good: Path):
    bomb = b"\0" * 20_000_000  # deflates about 1000:1
    pack = tamper(good, env.tmp / "bomb.frpack", replace_data("entries.jsonl", bomb), env.publisher)
    info = next(i for i, _d in read_members(pack) if i.filename == "entries.jsonl")
    assert info.file_size / info.compress_size > 900
    env.refuse(pack, "possible zip bomb")


def test_total_size_over_the_cap(env: PackEnv, good: Path):
    ctx = dataclasses.replace(env.ctx, limits=Limits(max_total_bytes=500))
    env.refuse(good, "would unpack to", ctx=ctx)


def test_lying_size_header(env: PackEnv, good: Path):
    bad = tamper(good, env.tmp / "liar.frpack", same)
    patch_sizes(bad, "entries.jsonl", 10)
    env.refuse(bad, "claims 10 bytes in the zip")


def test_lying_size_header_signed_by_a_careless_publisher(env: PackEnv, good: Path):
    """Manifest and zip header agree on 10 bytes; the data is longer. The reader stops at 10
    bytes, and the CRC of what it read cannot match."""

    def shrink(manifest):
        for item in manifest["files"]:
            if item["path"] == "entries.jsonl":
                item["size"] = 10

    bad = tamper(good, env.tmp / "liar2.frpack", same, env.publisher, shrink)
    patch_sizes(bad, "entries.jsonl", 10)
    env.refuse(bad, "damaged")


def test_truncated_zip(env: PackEnv, good: Path):
    data = good.read_bytes()
    for keep in (len(data) // 2, len(data) - 30):
        cut = env.tmp / f"cut-{keep}.frpack"
        cut.write_bytes(data[:keep])
        env.refuse(cut, "damaged or not a content pack")


def test_not_a_zip_at_all(env: PackEnv):
    junk = env.tmp / "junk.frpack"
    junk.write_bytes(b"MZ\x90\x00" + b"\xff" * 5000)
    env.refuse(junk, "damaged or not a content pack")


def test_missing_pack_file(env: PackEnv):
    env.refuse(env.tmp / "nowhere.frpack", "pack file not found")


def test_too_many_members(env: PackEnv, good: Path):
    def flood(members):
        return members + [member(f"f{n}.txt", b"x") for n in range(20)]

    env.refuse(tamper(good, env.tmp / "flood.frpack", flood), "at most a few")


def test_no_free_disk_space_before_staging(env: PackEnv, good: Path, monkeypatch):
    monkeypatch.setattr("db.packs.archive.disk_free", lambda _path: 1_000_000)
    env.refuse(good, "not enough free disk space")


# -- the manifest and the entries ---------------------------------------------------------------


def test_manifest_with_unknown_key(env: PackEnv, good: Path):
    def extend(manifest):
        manifest["run"] = "rm -rf /"

    bad = tamper(good, env.tmp / "key.frpack", same, env.publisher, extend)
    env.refuse(bad, "unknown key(s): run")


def test_needs_a_newer_app(env: PackEnv, good: Path):
    def future(manifest):
        manifest["min_app_version"] = "99.0"

    bad = tamper(good, env.tmp / "future.frpack", same, env.publisher, future)
    env.refuse(bad, "needs Field Reference 99.0 or newer")


def test_entry_count_differs_from_manifest(env: PackEnv, good: Path):
    def miscount(manifest):
        manifest["entry_count"] = 4

    bad = tamper(good, env.tmp / "count.frpack", same, env.publisher, miscount)
    env.refuse(bad, "holds 3 entries; the manifest says 4")


def _with_entries(env: PackEnv, good: Path, text: str, name: str) -> Path:
    return tamper(
        good, env.tmp / name, replace_data("entries.jsonl", text.encode("utf-8")), env.publisher
    )


def test_malformed_json_line(env: PackEnv, good: Path):
    lines = [json.dumps(e) for e in BRIEFS]
    lines[1] = lines[1][:-5]
    bad = _with_entries(env, good, "\n".join(lines) + "\n", "json.frpack")
    env.refuse(bad, "entries.jsonl line 2: not valid JSON")


def test_entry_with_unknown_region(env: PackEnv):
    briefs = [dict(BRIEFS[0]), dict(BRIEFS[1], regions=["atlantis"])]
    pack = env.build(1, entries=briefs)
    env.refuse(pack, "entries.jsonl line 2 (entry 'brief-ghana'): unknown region 'atlantis'")


def test_entry_related_to_unknown_entry(env: PackEnv):
    pack = env.build(1, entries=[dict(BRIEFS[0], related=["no-such-entry"])])
    env.refuse(pack, "entry 'brief-nigeria'", "related link to unknown entry 'no-such-entry'")


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        ({"colour": "red"}, "unknown key(s): colour"),
        ({"title": ""}, "'title' must be non-empty text"),
        ({"title": "x" * 201}, "'title' is longer than 200"),
        ({"slug": "Not A Slug"}, "'slug' must be lower-case-with-hyphens"),
        ({"kind": "Country!"}, "'kind' must be lower-case-with-hyphens"),
        ({"regions": "nigeria"}, "'regions' must be a list"),
        ({"body": "bell\x07"}, "control characters"),
    ],
)
def test_invalid_entry_fields(env: PackEnv, good: Path, change: dict, fragment: str):
    entry = dict(BRIEFS[0], **change)
    bad = _with_entries(env, good, json.dumps(entry) + "\n", "field.frpack")
    message = env.refuse(bad, "entries.jsonl line 1", fragment)
    if "slug" not in change:
        assert "entry 'brief-nigeria'" in message


def test_entry_missing_a_required_field(env: PackEnv, good: Path):
    entry = {k: v for k, v in BRIEFS[0].items() if k != "summary"}
    env.refuse(
        _with_entries(env, good, json.dumps(entry) + "\n", "req.frpack"), "missing 'summary'"
    )


def test_duplicate_slug_in_pack(env: PackEnv, good: Path):
    text = "\n".join(json.dumps(e) for e in (BRIEFS[0], BRIEFS[2], BRIEFS[0])) + "\n"
    env.refuse(_with_entries(env, good, text, "dup.frpack"), "line 3", "already appears on line 1")


def test_empty_line_inside_entries(env: PackEnv, good: Path):
    text = json.dumps(BRIEFS[0]) + "\n\n" + json.dumps(BRIEFS[2]) + "\n"
    env.refuse(_with_entries(env, good, text, "blank.frpack"), "line 2: empty line")


def test_add_pack_cannot_overwrite_a_shipped_entry(env: PackEnv):
    pack = env.build(1, entries=[dict(BRIEFS[0], slug="border-management", related=[])])
    env.refuse(pack, "(entry 'border-management'): already exists in the shipped catalogue")


def test_add_pack_cannot_take_another_packs_entry(env: PackEnv):
    env.install(env.build(1))
    thief = env.build(1, pack_id="other-pack", entries=[BRIEFS[2]], regions=None)
    env.refuse(thief, "(entry 'glossary-smuggling'): already exists in pack 'country-briefs'")


def test_pack_cannot_rename_an_existing_region(env: PackEnv):
    pack = env.build(1, regions=[{"slug": "nigeria", "name": "Naija", "parent": "west-africa"}])
    env.refuse(pack, "region 'nigeria' already exists as 'Nigeria'")


# -- replay ---------------------------------------------------------------------------------------


def test_replayed_same_sequence_is_refused(env: PackEnv):
    pack = env.build(3)
    env.install(pack)
    env.refuse(pack, "sequence 3 is not newer than the installed sequence 3", "--allow-downgrade")


def test_older_sequence_is_refused(env: PackEnv):
    older = env.build(2)
    env.install(env.build(5))
    env.refuse(older, "sequence 2 is not newer than the installed sequence 5")


def test_older_sequence_with_explicit_downgrade(env: PackEnv):
    older = env.build(2, entries=BRIEFS[:1])
    env.install(env.build(5))
    report = env.install(older, allow_downgrade=True)
    assert report.manifest.sequence == 2
    packs = env.exported()["catalogue"]["packs"]
    assert [(p["id"], p["sequence"]) for p in packs] == [("country-briefs", 2)]


def test_write_members_round_trip(env: PackEnv, good: Path):
    """The tampering helper itself changes nothing when asked to change nothing."""
    copy = write_members(env.tmp / "copy.frpack", read_members(good))
    env.install(copy)
