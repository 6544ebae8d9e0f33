"""A full disk or a kill -9 mid-import leaves the active catalogue as it was, and the next
import works (issue 6: "disk full during staging, kill -9 mid-import")."""

from __future__ import annotations

import dataclasses
import errno
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from db import CatalogueError
from db.packs import Limits, PackError, verify_pack
from db.packs.store import ContentStore
from tests.helpers import REPO
from tests.pack_helpers import BRIEFS, PackEnv


@pytest.fixture
def env(tmp_path: Path, tiny_source: Path) -> PackEnv:
    return PackEnv.create(tmp_path, tiny_source)


def _enospc(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_disk_full_while_unpacking(env: PackEnv, monkeypatch):
    env.install(env.build(1))
    monkeypatch.setattr("db.packs.archive._write_block", _enospc)
    env.refuse(env.build(2), "the disk filled up while unpacking")


def test_disk_full_while_writing_the_catalogue(env: PackEnv, monkeypatch):
    env.install(env.build(1))
    before = env.export()
    monkeypatch.setattr("db.builder._write", _enospc)
    with pytest.raises(CatalogueError, match="No space left on device"):
        env.install(env.build(2))
    assert env.export() == before
    assert not any((env.paths.content_dir / "staging").iterdir())
    assert env.ctx.active().version == 1
    monkeypatch.undo()
    assert env.install(env.build(2)).version == 2


def test_index_build_failure_changes_nothing(env: PackEnv):
    env.install(env.build(1))

    def broken(_catalogue, _index_dir, _progress):
        raise PackError("cannot build the search index: No space left on device")

    ctx = dataclasses.replace(env.ctx, build_index=broken)
    env.refuse(env.build(2), "No space left", ctx=ctx, verify=False)


@pytest.mark.parametrize("point", ["index", "switch"])
def test_kill_9_mid_import(env: PackEnv, point: str):
    env.install(env.build(1))
    before = env.export()
    pack = env.build(2)
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.unit.db.pack_import_runner", str(pack), point],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = child.stdout.readline().strip()
        assert line == ("INDEXING" if point == "index" else "SWITCHING"), child.stderr.read()
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
        child.stderr.close()
        child.stdin.close()
    assert child.returncode == -signal.SIGKILL
    assert env.export() == before  # the app starts on exactly what it had
    current = env.ctx.active()
    assert current.version == 1 and current.problem is None
    # the leftovers (staging, or an unreferenced version 2) go with the next import
    report = env.install(pack)
    assert report.manifest.sequence == 2
    store = ContentStore(env.paths.content_dir)
    assert store.versions() == [1, report.version]
    assert not store.staging_dir.exists()


def test_the_space_check_counts_the_catalogue_and_index_build(env: PackEnv, monkeypatch):
    """The peak of an import is the new catalogue and its search index, which hold the whole
    composed catalogue (shipped entries too), not a multiple of the pack's payload."""
    pack = env.build(1, entries=[BRIEFS[2]], regions=None)
    payload = verify_pack(pack, env.ctx).manifest.payload_bytes
    ctx = dataclasses.replace(env.ctx, limits=Limits(disk_margin_bytes=0))
    monkeypatch.setattr("db.packs.archive.disk_free", lambda _path: payload * 9)
    env.refuse(pack, "not enough free disk space to build the new catalogue", ctx=ctx, verify=False)
    assert env.ctx.active().is_shipped


def test_a_disk_that_fills_while_indexing_is_one_line(env: PackEnv):
    env.install(env.build(1))

    def full(_catalogue, index_dir, _progress):
        index_dir.mkdir()
        (index_dir / "segment").write_bytes(b"x")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(index_dir / "segment"))

    ctx = dataclasses.replace(env.ctx, build_index=full)
    message = env.refuse(env.build(2), "the disk filled up", ctx=ctx, verify=False)
    assert "search index" in message and env.ctx.active().version == 1
