"""Files the pack machinery reads that it did not just verify by hash: keys, pack sources,
state.json and the `current` pointer. A device, a FIFO or a nesting bomb is one line, never a
hang, an OOM kill or a traceback (issue 10, item 8 and "deeply nested JSON")."""

from __future__ import annotations

import json
import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from db.errors import CatalogueError
from db.packs import PackError, add_trusted_key, build_pack, load_keyring
from db.packs.manifest import parse_manifest
from db.packs.validate import load_regions, parse_entry
from tests.pack_helpers import PackEnv, make_publisher, write_pack_source

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev are POSIX")
NEST = 200_000


@pytest.fixture(autouse=True)
def no_hang() -> Iterator[None]:
    """A read that blocks on a FIFO fails the test instead of hanging the run."""

    def hung(_signum: int, _frame: object) -> None:
        pytest.fail("blocked reading a special file")  # not an OSError: nothing swallows it

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(5)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


@pytest.fixture
def env(tmp_path: Path, tiny_source: Path) -> PackEnv:
    return PackEnv.create(tmp_path, tiny_source)


def fifo(path: Path) -> Path:
    path.unlink(missing_ok=True)
    os.mkfifo(path)
    return path


def test_fifo_as_a_key_file_is_refused(tmp_path: Path):
    with pytest.raises(PackError, match="not a regular file"):
        add_trusted_key(fifo(tmp_path / "pipe.pub"), tmp_path / "keys")
    assert not (tmp_path / "keys").exists() or not any((tmp_path / "keys").iterdir())


def test_device_as_a_key_file_is_refused(tmp_path: Path):
    with pytest.raises(PackError, match="not a regular file"):
        add_trusted_key(Path("/dev/zero"), tmp_path / "keys")


def test_fifo_in_the_keys_folder_is_a_problem_not_a_hang(tmp_path: Path):
    fifo(tmp_path / "odd.pub")
    keyring = load_keyring([("user", tmp_path)])
    assert not keyring.keys and "not a regular file" in keyring.problems[0].reason


def test_pack_build_with_a_fifo_or_device_as_key(tmp_path: Path):
    src = write_pack_source(tmp_path / "src")
    for key in (fifo(tmp_path / "pipe.key"), Path("/dev/zero")):
        with pytest.raises(PackError, match="not a regular file"):
            build_pack(src, key, 1, tmp_path / "out.frpack")


@pytest.mark.parametrize("name", ["pack.json", "entries.jsonl", "regions.json"])
def test_pack_build_with_a_fifo_in_the_source(tmp_path: Path, name: str):
    publisher = make_publisher(tmp_path / "keys")
    src = write_pack_source(tmp_path / "src")
    fifo(src / name)
    with pytest.raises(CatalogueError, match="not a regular file"):
        build_pack(src, publisher.key_file, 1, tmp_path / "out.frpack")
    assert not (tmp_path / "out.frpack").exists()


def test_pack_build_with_a_nested_pack_json(tmp_path: Path):
    publisher = make_publisher(tmp_path / "keys")
    src = write_pack_source(tmp_path / "src")
    (src / "pack.json").write_text("[" * 60_000, encoding="utf-8")  # under the 64 KB cap
    with pytest.raises(CatalogueError, match="nested too deeply") as caught:
        build_pack(src, publisher.key_file, 1, tmp_path / "out.frpack")
    assert "\n" not in str(caught.value)


def test_nested_manifest_entry_and_regions_are_one_line():
    for attempt in (
        lambda: parse_manifest(b"[" * NEST),
        lambda: parse_manifest(b'{"a": ' * NEST),
        lambda: parse_entry("[" * NEST, "entries.jsonl line 1", 0),
    ):
        with pytest.raises(PackError, match="nested too deeply"):
            attempt()


def test_nested_regions_file(tmp_path: Path):
    (tmp_path / "regions.json").write_text("[" * NEST, encoding="utf-8")
    with pytest.raises(PackError, match="nested too deeply"):
        load_regions(tmp_path / "regions.json")


def test_duplicate_keys_in_an_entry_are_still_refused():
    with pytest.raises(PackError, match="duplicate key"):
        parse_entry('{"slug": "a", "slug": "b"}', "entries.jsonl line 1", 0)


@pytest.mark.parametrize("damage", ["fifo", "nested"])
def test_a_special_or_nested_state_json_falls_back(env: PackEnv, damage: str):
    env.install(env.build(1))
    state = env.paths.content_dir / "versions" / "1" / "state.json"
    if damage == "fifo":
        fifo(state)
    else:
        state.write_text('{"packs": ' * NEST, encoding="utf-8")
    active = env.ctx.active()
    assert active.is_shipped and "installed version 1 was skipped" in (active.problem or "")
    assert "\n" not in active.problem


def test_a_fifo_as_the_current_pointer_falls_back(env: PackEnv):
    env.install(env.build(1))
    fifo(env.paths.content_dir / "current")
    active = env.ctx.active()
    assert "current" in (active.problem or "") and "not a regular file" in active.problem
    assert active.version == 1  # the newest good version is still found


def test_a_fifo_as_the_pack_file(env: PackEnv):
    env.refuse(fifo(env.tmp / "pipe.frpack"), "not a file")


def test_state_json_is_still_read(env: PackEnv):
    env.install(env.build(1))
    state = env.paths.content_dir / "versions" / "1" / "state.json"
    assert json.loads(state.read_text(encoding="utf-8"))["version"] == 1
    assert env.ctx.active().version == 1
