"""The shared slug grammar and the guarded file readers and writer (db/safe_files.py)."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from db.safe_files import (
    UnsafeFileError,
    is_slug,
    read_json_file,
    read_regular_bytes,
    read_toml_file,
    write_file_atomically,
)

CONTROL = st.sampled_from([chr(c) for c in [*range(0, 32), 127, 0x85, 0x2028, 0x2029]])


@pytest.mark.parametrize("good", ["border-management", "a", "x1-2-y", "a" * 100])
def test_whole_slugs_pass(good: str):
    assert is_slug(good)


@pytest.mark.parametrize(
    "bad",
    ["border-management\n", "\nborder", "a--b", "-a", "a-", "A", "a b", "a" * 101, "", None, 3],
)
def test_malformed_slugs_fail(bad: object):
    assert not is_slug(bad)


@given(
    st.from_regex(r"[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,3}", fullmatch=True), CONTROL, st.booleans()
)
def test_no_control_character_passes_anywhere(slug: str, control: str, at_end: bool):
    """The old `re.match('^...$')` accepted a trailing newline; every place must now refuse it."""
    tainted = slug + control if at_end else control + slug
    assert not is_slug(tainted)


def test_fifo_is_refused_without_blocking(tmp_path: Path):
    fifo = tmp_path / "handover.json"
    os.mkfifo(fifo)
    outcome: list[object] = []
    worker = threading.Thread(target=lambda: outcome.append(_try(read_regular_bytes, fifo)))
    worker.start()
    worker.join(timeout=5)
    assert not worker.is_alive(), "reading a FIFO blocked"
    assert isinstance(outcome[0], UnsafeFileError)


def test_device_and_symlink_to_device_are_refused(tmp_path: Path):
    link = tmp_path / "shortcuts.toml"
    link.symlink_to("/dev/zero")
    for path in (Path("/dev/zero"), link):
        with pytest.raises(UnsafeFileError, match="not a regular file"):
            read_regular_bytes(path)


def test_size_cap(tmp_path: Path):
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 2048)
    with pytest.raises(UnsafeFileError, match="larger than"):
        read_regular_bytes(big, limit=1024)
    assert read_regular_bytes(big, limit=4096) == b" " * 2048


def test_nesting_bombs_are_one_line_errors(tmp_path: Path):
    deep_json = tmp_path / "state.json"
    deep_json.write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(UnsafeFileError, match="nested too deeply"):
        read_json_file(deep_json)
    deep_toml = tmp_path / "shortcuts.toml"
    deep_toml.write_text("a = " + "[" * 100_000 + "]" * 100_000)
    with pytest.raises(UnsafeFileError, match=r"nested too deeply|not valid TOML"):
        read_toml_file(deep_toml)


def test_atomic_write_refuses_special_targets(tmp_path: Path):
    fifo = tmp_path / "notes.json"
    os.mkfifo(fifo)
    real = tmp_path / "real.json"
    real.write_text("keep")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    for target in (fifo, link, Path("/dev/full")):
        with pytest.raises(UnsafeFileError):
            write_file_atomically(target, b"data")
    assert real.read_text() == "keep"
    assert link.is_symlink()


def test_atomic_write_replaces_a_regular_file_and_leaves_no_temp(tmp_path: Path):
    target = tmp_path / "out.json"
    target.write_text("old")
    write_file_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


def test_atomic_write_error_names_the_target_not_the_temp(tmp_path: Path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as a user who may write anywhere")
        with pytest.raises(UnsafeFileError) as caught:
            write_file_atomically(folder / "notes.json", b"x")
        assert "notes.json" in str(caught.value) and ".tmp" not in str(caught.value)
    finally:
        folder.chmod(0o700)


def _try(function, *args) -> object:
    try:
        return function(*args)
    except Exception as exc:
        return exc
