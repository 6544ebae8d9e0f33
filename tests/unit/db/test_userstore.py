from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event

from db.userstore import (
    USER_FILE,
    UserStore,
    UserStoreError,
    export_handover,
    import_handover,
)


@pytest.fixture
def store(tmp_path: Path):
    with UserStore.open(tmp_path / "user") as opened:
        yield opened


def test_notes_round_trip_and_empty_deletes(store: UserStore):
    store.save_note("research", "ask about the transmitter role")
    assert store.note("research").text == "ask about the transmitter role"
    store.save_note("research", "   ")
    assert store.note("research") is None


def test_bookmarks_history_and_recent_searches(store: UserStore):
    assert store.toggle_bookmark("integration") is True
    assert [b.slug for b in store.bookmarks()] == ["integration"]
    assert store.toggle_bookmark("integration") is False
    for slug in ("a", "b", "a"):
        store.add_visit(slug)
    assert [v.slug for v in store.history()] == ["a", "b", "a"]
    for query in ("traf", "asyl", "traf"):
        store.add_recent_search(query)
    assert store.recent_searches() == ["traf", "asyl"]


def test_marked_and_orphaned(store: UserStore):
    store.save_note("gone-entry", "kept although the entry disappeared")
    store.set_bookmark("research", True)
    assert store.marked_slugs() == {"gone-entry", "research"}
    assert [n.slug for n in store.orphaned_notes({"research"})] == ["gone-entry"]


def test_store_uses_wal_and_a_versioned_schema(store: UserStore):
    conn = sqlite3.connect(store.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()


def test_bad_slug_refused(store: UserStore):
    with pytest.raises(UserStoreError, match="not an entry name"):
        store.save_note("../etc", "x")


@pytest.mark.parametrize(
    "content",
    [b"not a database at all" * 50, b"SQLite format 3\x00" + b"\xff" * 4000, bytes(range(256)) * 8],
)
def test_corrupt_file_is_moved_aside_and_reported(tmp_path: Path, content: bytes):
    folder = tmp_path / "user"
    folder.mkdir()
    (folder / USER_FILE).write_bytes(content)
    with UserStore.open(folder) as store:
        assert store.recovery is not None
        moved = store.recovery.moved_to
        assert moved.exists() and moved.read_bytes() == content  # never deleted
        assert "damaged" in moved.name
        store.save_note("research", "fresh store works")
        assert store.note("research").text == "fresh store works"


def test_foreign_sqlite_file_is_moved_aside(tmp_path: Path):
    folder = tmp_path / "user"
    folder.mkdir()
    conn = sqlite3.connect(folder / USER_FILE)
    conn.execute("CREATE TABLE other (x)")
    conn.execute("PRAGMA user_version = 7")
    conn.commit()
    conn.close()
    with UserStore.open(folder) as store:
        assert store.recovery is not None and "not a Field Reference" in store.recovery.reason


def test_newer_schema_is_refused_not_moved(tmp_path: Path):
    folder = tmp_path / "user"
    with UserStore.open(folder):
        pass
    conn = sqlite3.connect(folder / USER_FILE)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    with pytest.raises(UserStoreError, match="newer Field Reference"):
        UserStore.open(folder)
    assert (folder / USER_FILE).exists()


def test_full_disk_fails_visibly_and_keeps_old_text(store: UserStore):
    store.save_note("research", "short")

    @event.listens_for(store.engine, "connect")
    def _tiny(dbapi_conn, _record):
        dbapi_conn.execute("PRAGMA max_page_count = 1")

    store.engine.dispose()
    with pytest.raises(UserStoreError, match="disk is full"):
        store.save_note("research", "x" * 90_000)
    event.remove(store.engine, "connect", _tiny)
    store.engine.dispose()
    assert store.note("research").text == "short"
    store.save_note("research", "saving resumes")
    assert store.note("research").text == "saving resumes"


def test_read_only_fails_visibly(store: UserStore):
    @event.listens_for(store.engine, "connect")
    def _ro(dbapi_conn, _record):
        dbapi_conn.execute("PRAGMA query_only = 1")

    store.engine.dispose()
    with pytest.raises(UserStoreError, match="could not save your note"):
        store.save_note("research", "x")
    event.remove(store.engine, "connect", _ro)


def test_handover_round_trip_merges_without_duplicates(tmp_path: Path):
    with UserStore.open(tmp_path / "a") as alice, UserStore.open(tmp_path / "b") as bob:
        alice.save_note("research", "alice's note")
        alice.save_note("integration", "only alice")
        alice.set_bookmark("research", True, folder="Mission")
        export_handover(alice, tmp_path / "handover.json")
        bob.save_note("research", "bob's own note")
        report = import_handover(bob, tmp_path / "handover.json")
        assert (report.notes_added, report.notes_merged, report.bookmarks_added) == (1, 1, 1)
        merged = bob.note("research").text
        assert "bob's own note" in merged and "alice's note" in merged
        again = import_handover(bob, tmp_path / "handover.json")
        assert (again.notes_added, again.notes_merged, again.bookmarks_added) == (0, 0, 0)
        assert bob.note("research").text == merged
        assert [b.folder for b in bob.bookmarks()] == ["Mission"]


@pytest.mark.parametrize(
    "payload",
    [
        b"{not json",
        b"\xff\xfe garbage",
        json.dumps({"format": "something-else"}).encode(),
        json.dumps({"format": "field-reference-handover", "version": 2}).encode(),
        json.dumps(
            {
                "format": "field-reference-handover",
                "version": 1,
                "notes": [{"slug": "../../x", "text": "t"}],
            }
        ).encode(),
        json.dumps(
            {
                "format": "field-reference-handover",
                "version": 1,
                "notes": [{"slug": "ok", "text": 5}],
            }
        ).encode(),
        json.dumps(
            {
                "format": "field-reference-handover",
                "version": 1,
                "notes": [{"slug": "ok", "text": "t", "evil": "x"}],
            }
        ).encode(),
        json.dumps(
            {"format": "field-reference-handover", "version": 1, "notes": "not a list"}
        ).encode(),
        json.dumps(
            {
                "format": "field-reference-handover",
                "version": 1,
                "notes": [{"slug": "ok", "text": "t"}],
                "bookmarks": [{"slug": "ok", "folder": "f" * 500}],
            }
        ).encode(),
        json.dumps([1, 2, 3]).encode(),
    ],
)
def test_hostile_handover_refused_and_store_unchanged(
    store: UserStore, tmp_path: Path, payload: bytes
):
    store.save_note("research", "mine")
    before = (store.notes(), store.bookmarks())
    path = tmp_path / "hostile.json"
    path.write_bytes(payload)
    with pytest.raises(UserStoreError) as caught:
        import_handover(store, path)
    assert "\n" not in str(caught.value)
    assert (store.notes(), store.bookmarks()) == before


def test_partial_import_rolls_back(store: UserStore, tmp_path: Path):
    items = [{"slug": "good", "text": "fine"}, {"slug": "research", "text": "y" * 99_990}]
    store.save_note("research", "x" * 50)
    path = tmp_path / "h.json"
    path.write_text(
        json.dumps({"format": "field-reference-handover", "version": 1, "notes": items})
    )
    with pytest.raises(UserStoreError, match="would grow past"):
        import_handover(store, path)
    assert store.note("good") is None


def test_save_edit_keeps_both_versions_when_the_note_changed_since_loaded(store: UserStore):
    store.save_note("research", "base")
    plain = store.save_edit("research", "base, edited", base="base")
    assert not plain.conflict and store.note("research").text == "base, edited"
    store.append_note("research", "from elsewhere")
    clash = store.save_edit("research", "base, edited twice", base="base, edited")
    assert clash.conflict and clash.note == store.note("research")
    assert "from elsewhere" in clash.note.text and "base, edited twice" in clash.note.text
    emptied = store.save_edit("research", "", base="stale")  # never deletes newer text
    assert emptied.conflict and store.note("research").text == clash.note.text
