"""Zip details that refused legitimate packs (issue 10): members written by Python's
`zipfile.writestr` carry no Unix file type, and repetitive text compresses far better than 100:1."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import pytest

from tests.pack_helpers import BRIEFS, PackEnv, read_members


@pytest.fixture
def env(tmp_path: Path, tiny_source: Path) -> PackEnv:
    return PackEnv.create(tmp_path, tiny_source)


def rewrite(pack: Path, out: Path, mode: int | None) -> Path:
    """The same members through writestr: by name (mode None: 0o600, no file type) or through a
    fresh ZipInfo whose external_attr is `mode << 16` (0: no mode bits at all)."""
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in read_members(pack):
            if mode is None:
                archive.writestr(info.filename, data)
            else:
                fresh = zipfile.ZipInfo(info.filename, info.date_time)
                fresh.external_attr = mode << 16
                archive.writestr(fresh, data, zipfile.ZIP_DEFLATED)
    return out


@pytest.mark.parametrize("mode", [None, 0, 0o644], ids=["by-name", "no-bits", "perm-only"])
def test_a_pack_written_with_writestr_installs(env: PackEnv, mode: int | None):
    pack = rewrite(env.build(1), env.tmp / "plain.frpack", mode)
    assert env.install(pack).version == 1


@pytest.mark.parametrize(
    "kind",
    [stat.S_IFLNK, stat.S_IFCHR, stat.S_IFIFO, stat.S_IFDIR],
    ids=["link", "chr", "fifo", "dir"],
)
def test_special_members_are_still_refused(env: PackEnv, kind: int):
    pack = rewrite(env.build(1), env.tmp / "special.frpack", kind | 0o644)
    env.refuse(pack, "refused pack member")


def test_a_repetitive_but_honest_payload_installs(env: PackEnv):
    body = "Officers check the travel document, the visa and the entry stamp. " * 2_900
    entries = [dict(BRIEFS[0], slug=f"brief-{n}", body=body) for n in range(5)]
    pack = env.build(1, entries=entries, regions=None)
    info = next(i for i, _d in read_members(pack) if i.filename == "entries.jsonl")
    assert info.file_size > 900_000 and info.file_size / info.compress_size > 100
    assert env.install(pack).version == 1
