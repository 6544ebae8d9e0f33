"""Builders for content-pack tests: publishers, pack sources, good packs and tampered ones.

Tests make their own key pairs (never a shipped one) and trust them through the user keys folder,
exactly as an officer would with `fieldref keys add`.
"""

from __future__ import annotations

import hashlib
import json
import struct
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from io import StringIO
from pathlib import Path

import pytest

from db import build_catalogue
from db.packs import (
    InstallReport,
    PackContext,
    PackError,
    build_pack,
    generate_key_pair,
    install_pack,
    verify_pack,
)
from db.packs.keys import add_trusted_key, load_private_key, sign_manifest
from desktop_app.cli import main as cli
from desktop_app.packs.content_packs import pack_context
from desktop_app.paths import AppPaths, resolve_paths

# A pack for the tiny catalogue (tests/helpers.py): its regions are global > africa >
# west-africa > nigeria; its entries border-management, trafficking-human-beings, college.
BRIEFS = [
    {
        "slug": "brief-nigeria",
        "kind": "country",
        "title": "Nigeria country brief",
        "summary": "Migration facts for officers working in Nigeria.",
        "body": "Nigeria is the most populous country of West Africa (ECOWAS). Lagos and Abuja.",
        "regions": ["nigeria"],
        "related": ["border-management"],
    },
    {
        "slug": "brief-ghana",
        "kind": "country",
        "title": "Ghana country brief",
        "summary": "Migration facts for officers working in Ghana.",
        "body": "Ghana borders Togo, Burkina Faso and Côte d'Ivoire; Accra is its capital.",
        "regions": ["ghana"],
        "related": [],
    },
    {
        "slug": "glossary-smuggling",
        "kind": "term",
        "title": "Smuggling of migrants",
        "summary": "Procuring irregular entry for a financial or material benefit.",
        "body": "Smuggling of migrants differs from trafficking in human beings: consent.",
        "regions": [],
        "related": ["trafficking-human-beings"],
    },
]
GHANA = [{"slug": "ghana", "name": "Ghana", "parent": "west-africa"}]


@dataclass(frozen=True)
class Publisher:
    key_file: Path
    pub_file: Path
    key_id: str


def make_publisher(folder: Path) -> Publisher:
    pair = generate_key_pair(folder)
    return Publisher(pair.private_file, pair.public_file, pair.key_id)


def trust(publisher: Publisher, user_keys_dir: Path) -> None:
    add_trusted_key(publisher.pub_file, user_keys_dir)


def write_pack_source(
    folder: Path,
    entries: list[dict] | None = None,
    regions: list[dict] | None = GHANA,
    pack_id: str = "country-briefs",
    mode: str = "add",
    title: str = "Country briefs",
    raw_entries: str | None = None,
) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    meta = {"id": pack_id, "title": title, "mode": mode, "description": "Test pack."}
    (folder / "pack.json").write_text(json.dumps(meta), encoding="utf-8")
    if raw_entries is None:
        chosen = BRIEFS if entries is None else entries
        lines = [json.dumps(e, ensure_ascii=False) for e in chosen]
        raw_entries = "\n".join(lines) + "\n"
    (folder / "entries.jsonl").write_text(raw_entries, encoding="utf-8")
    if regions is not None:
        (folder / "regions.json").write_text(json.dumps(regions), encoding="utf-8")
    return folder


def build(
    tmp: Path,
    publisher: Publisher,
    sequence: int = 1,
    name: str | None = None,
    **source: object,
) -> Path:
    """Write a pack source under tmp and build it into tmp/<name>.frpack."""
    name = name or f"pack-{sequence}-{len(list(tmp.glob('*.frpack')))}"
    src = write_pack_source(tmp / f"{name}-src", **source)  # type: ignore[arg-type]
    out = tmp / f"{name}.frpack"
    build_pack(src, publisher.key_file, sequence, out, data_as_of="2026-11-01")
    return out


# -- tampering ----------------------------------------------------------------------------------

Member = tuple[zipfile.ZipInfo, bytes]


def read_members(pack: Path) -> list[Member]:
    with zipfile.ZipFile(pack) as archive:
        return [(info, archive.read(info)) for info in archive.infolist()]


def write_members(out: Path, members: list[Member]) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are the point of one test
        with zipfile.ZipFile(out, "w") as archive:
            for info, data in members:
                archive.writestr(info, data, compress_type=info.compress_type)
    return out


def member(name: str, data: bytes, deflate: bool = True, mode: int = 0o100644) -> Member:
    info = zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0))
    info.external_attr = mode << 16
    info.compress_type = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
    return info, data


def tamper(
    pack: Path,
    out: Path,
    change: Callable[[list[Member]], list[Member]],
    resign_with: Publisher | None = None,
    manifest_edit: Callable[[dict], None] | None = None,
) -> Path:
    """Copy pack to out with `change` applied to its members; optionally rewrite the manifest
    (hashes and sizes recomputed unless manifest_edit overrides them) and sign it again."""
    members = change(read_members(pack))
    if resign_with is not None:
        members = resign(members, resign_with, manifest_edit)
    return write_members(out, members)


def resign(
    members: list[Member], publisher: Publisher, manifest_edit: Callable[[dict], None] | None
) -> list[Member]:
    by_name = {info.filename: data for info, data in members}
    manifest = json.loads(by_name["manifest.json"])
    for item in manifest["files"]:
        if item["path"] in by_name:
            data = by_name[item["path"]]
            item["size"] = len(data)
            item["sha256"] = hashlib.sha256(data).hexdigest()
    manifest["publisher_key"] = publisher.key_id
    if manifest_edit is not None:
        manifest_edit(manifest)
    blob = (json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()
    signature = sign_manifest(blob, load_private_key(publisher.key_file))
    replaced = []
    for info, data in members:
        if info.filename == "manifest.json":
            data = blob
        elif info.filename == "manifest.sig":
            data = signature
        replaced.append((info, data))
    return replaced


def replace_data(name: str, data: bytes) -> Callable[[list[Member]], list[Member]]:
    def change(members: list[Member]) -> list[Member]:
        return [(i, data if i.filename == name else d) for i, d in members]

    return change


def add_member(new: Member) -> Callable[[list[Member]], list[Member]]:
    return lambda members: [*members, new]


def rename_member(old: str, new: str) -> Callable[[list[Member]], list[Member]]:
    def change(members: list[Member]) -> list[Member]:
        out = []
        for info, data in members:
            out.append((_renamed(info, new) if info.filename == old else info, data))
        return out

    return change


def _renamed(info: zipfile.ZipInfo, name: str) -> zipfile.ZipInfo:
    fresh = zipfile.ZipInfo(name, info.date_time)
    fresh.external_attr = info.external_attr
    fresh.compress_type = info.compress_type
    return fresh


def patch_sizes(pack: Path, name: str, uncompressed: int) -> None:
    """Make the zip's central directory and local header lie about a member's size."""
    blob = bytearray(pack.read_bytes())
    encoded = name.encode()
    for signature, name_len_at, size_at, name_at in (
        (b"PK\x01\x02", 28, 24, 46),  # central directory
        (b"PK\x03\x04", 26, 22, 30),  # local header
    ):
        start = 0
        while (at := blob.find(signature, start)) >= 0:
            (length,) = struct.unpack_from("<H", blob, at + name_len_at)
            if bytes(blob[at + name_at : at + name_at + length]) == encoded:
                struct.pack_into("<I", blob, at + size_at, uncompressed)
            start = at + 4
    pack.write_bytes(bytes(blob))


# -- an app with a tiny shipped catalogue and a trusted publisher -------------------------------


@dataclass
class PackEnv:
    """resolve_paths() of the test (FIELDREF_* point at temp folders) with the tiny catalogue
    built as the shipped one and a publisher the officer trusts."""

    tmp: Path
    paths: AppPaths
    publisher: Publisher

    @classmethod
    def create(cls, tmp: Path, source_dir: Path) -> PackEnv:
        paths = resolve_paths()
        build_catalogue(source_dir, paths.data_dir)
        publisher = make_publisher(tmp / "publisher")
        trust(publisher, paths.user_keys_dir)
        return cls(tmp, paths, publisher)

    @property
    def ctx(self) -> PackContext:
        return pack_context(self.paths)

    def export(self) -> bytes:
        out = StringIO()
        assert cli.main(["export", "--json"], out=out) == 0
        return out.getvalue().encode("utf-8")

    def exported(self) -> dict:
        return json.loads(self.export())

    def build(self, sequence: int = 1, **source: object) -> Path:
        return build(self.tmp, self.publisher, sequence, **source)

    def install(self, pack: Path, **options: object) -> InstallReport:
        return install_pack(pack, self.ctx, **options)  # type: ignore[arg-type]

    def refuse(
        self, pack: Path, *fragments: str, ctx: PackContext | None = None, verify: bool = True
    ) -> str:
        """The pack is refused by verify (unless verify=False: the failure is in installing)
        and by import, and nothing observable changes."""
        before = self.export()
        for attempt in (verify_pack, install_pack) if verify else (install_pack,):
            with pytest.raises(PackError) as caught:
                attempt(pack, ctx or self.ctx)
            message = str(caught.value)
            assert "\n" not in message
            for fragment in fragments:
                assert fragment in message, message
        assert self.export() == before
        staging = self.paths.content_dir / "staging"
        assert not staging.exists() or not any(staging.iterdir())
        return message
