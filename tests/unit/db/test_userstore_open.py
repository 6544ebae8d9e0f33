"""Opening user.sqlite: only a truly damaged file is moved aside (issue 10, item 2).

Busy, full, unreadable and read-only files are conditions that pass: the store waits or refuses
to write with one clear line, and keeps every note where it is.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from db.userstore import USER_FILE, UserStore, UserStoreError


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Path]:
    """A user folder holding one note; permissions are restored afterwards."""
    user = tmp_path / "user"
    with UserStore.open(user) as store:
        store.save_note("research", "precious")
    yield user
    os.chmod(user, 0o755)
    for child in user.iterdir():
        if child.is_file():
            os.chmod(child, 0o644)


def _only_the_store(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if "damaged" in p.name)


def test_busy_store_waits_then_says_busy_and_moves_nothing(folder: Path, monkeypatch):
    monkeypatch.setattr("db.userstore.opening.BUSY_TIMEOUT_MS", 300)
    holder = sqlite3.connect(folder / USER_FILE, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE note SET updated = updated")
    try:
        with pytest.raises(UserStoreError, match="busy") as caught:
            UserStore.open(folder)
        assert "\n" not in str(caught.value)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert _only_the_store(folder) == []
    with UserStore.open(folder) as store:
        assert store.recovery is None
        assert store.note("research").text == "precious"


def test_unreadable_store_is_refused_not_moved(folder: Path, monkeypatch):
    target = folder / USER_FILE
    real_open = Path.open

    def denied(self: Path, *args, **kwargs):
        if self == target:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", denied)
    with pytest.raises(UserStoreError, match="permission denied"):
        UserStore.open(folder)
    monkeypatch.undo()
    assert _only_the_store(folder) == []
    with UserStore.open(folder) as store:
        assert store.note("research").text == "precious"


class _FullDiskConnection:
    """Stands in for a connection on a full disk: every statement fails the way SQLite does."""

    def execute(self, *args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    def close(self) -> None:
        pass


def test_full_disk_at_open_is_not_damage(folder: Path, monkeypatch):
    monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: _FullDiskConnection())
    with pytest.raises(UserStoreError, match="disk is full"):
        UserStore.open(folder)
    monkeypatch.undo()
    assert _only_the_store(folder) == []
    with UserStore.open(folder) as store:
        assert store.recovery is None
        assert store.note("research").text == "precious"


@pytest.mark.parametrize("what", ["folder", "file"])
def test_read_only_store_opens_read_only_lists_and_refuses_writes(folder: Path, what: str):
    before = (folder / USER_FILE).read_bytes()
    os.chmod(
        folder if what == "folder" else folder / USER_FILE, 0o555 if what == "folder" else 0o444
    )
    with UserStore.open(folder) as store:
        assert store.read_only is not None and what in store.read_only
        assert [n.text for n in store.notes()] == ["precious"]
        with pytest.raises(UserStoreError, match="read-only") as caught:
            store.save_note("research", "overwritten?")
        assert "nothing was saved" in str(caught.value)
        store.add_visit("research")  # history is best effort: silently skipped, no error
    assert (folder / USER_FILE).read_bytes() == before
    assert _only_the_store(folder) == []


def test_damaged_store_in_read_only_folder_is_refused_not_lost(folder: Path):
    (folder / USER_FILE).write_bytes(b"not a database" * 100)
    os.chmod(folder, 0o555)
    with pytest.raises(UserStoreError, match=r"damaged.*read-only"):
        UserStore.open(folder)
    assert (folder / USER_FILE).read_bytes() == b"not a database" * 100


def test_shm_that_is_a_folder_is_named_not_called_read_only_folder(folder: Path):
    (folder / f"{USER_FILE}-shm").mkdir()
    with UserStore.open(folder) as store:
        assert [n.text for n in store.notes()] == ["precious"]
        with pytest.raises(UserStoreError) as caught:
            store.save_note("research", "more")
    message = str(caught.value)
    assert f"{USER_FILE}-shm" in message and "is a folder" in message
    assert "the folder is read-only" not in message


def test_failed_quick_check_is_damage_and_moved_aside(folder: Path):
    with UserStore.open(folder) as store:
        for number in range(300):
            store.save_note(f"note-{number}", "words " * 200)
    raw = bytearray((folder / USER_FILE).read_bytes())
    page = 4096
    raw[page * 3 : page * 3 + 200] = b"\x07" * 200  # garble a b-tree page, keep the header
    (folder / USER_FILE).write_bytes(bytes(raw))
    with UserStore.open(folder) as store:
        assert store.recovery is not None and "damaged" in store.recovery.reason
        assert store.recovery.moved_to.read_bytes() == bytes(raw)


def test_io_error_on_a_full_disk_is_called_a_full_disk(folder: Path, monkeypatch):
    """On a real full disk SQLite fails to map the -shm file with a bare 'disk I/O error'."""

    class _IoError(_FullDiskConnection):
        def execute(self, *args, **kwargs):
            raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: _IoError())
    monkeypatch.setattr("db.userstore.opening.disk_full", lambda _path: True)
    with pytest.raises(UserStoreError, match="the disk is full"):
        UserStore.open(folder)
    monkeypatch.undo()
    assert _only_the_store(folder) == []


def test_a_new_user_folder_is_created_writable(tmp_path: Path):
    with UserStore.open(tmp_path / "new" / "user") as store:
        assert store.read_only is None and store.recovery is None
