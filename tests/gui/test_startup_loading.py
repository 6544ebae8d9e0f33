"""The window is up before the catalogue and index are; a missing index shows rebuild progress."""

from __future__ import annotations

from dataclasses import replace

from desktop_app.paths import AppPaths
from tests.gui.conftest import compose_window, load, load_backend


def test_missing_index_is_rebuilt_with_visible_progress(qtbot, gui_paths: AppPaths):
    window, _controller, _ = compose_window(qtbot, gui_paths)
    window.show()
    qtbot.waitExposed(window)
    assert "Opening the catalogue" in window.status_catalogue.text()
    assert not gui_paths.index_dir.exists()
    progress: list[tuple[str, int, int]] = []

    def report(message: str, done: int, total: int) -> None:
        progress.append((message, done, total))
        window.show_progress(message, done, total)

    backend = load_backend_with_progress(qtbot, gui_paths, report)
    assert progress[0][0] == "the search index is missing"
    assert progress[-1][1] == progress[-1][2] > 0  # done == total at the end
    assert "Preparing search" in window.status_results.text()
    window.set_backend(backend)
    assert window.progress.isHidden()
    assert "Catalogue 2026.11.0" in window.status_catalogue.text()
    window.close()
    backend.close()


def test_typing_before_the_catalogue_is_open_searches_once_it_is(qtbot, gui_paths: AppPaths):
    window, _controller, _ = compose_window(qtbot, gui_paths)
    window.show()
    window.focus_search()
    qtbot.keyClicks(window.search_box, "asyl")
    assert "getting ready" in window.status_results.text()
    backend = load_backend(qtbot, gui_paths)
    with qtbot.waitSignal(window.sig_search_done, timeout=10_000):
        window.set_backend(backend)
    assert window.results_model.hit(0).slug == "asylum-protection"
    window.close()
    backend.close()


def load_backend_with_progress(qtbot, paths: AppPaths, progress):
    library = load(qtbot, paths, progress)
    assert not isinstance(library, str), library
    return library


def load_failure(qtbot, paths: AppPaths) -> str:
    message = load(qtbot, paths)
    assert isinstance(message, str), message
    return message


def test_catalogue_without_its_entry_table_fails_with_one_line(qtbot, gui_paths: AppPaths):
    """Issue 10: it passed the integrity check and the GUI never finished loading."""
    import sqlite3

    conn = sqlite3.connect(gui_paths.catalogue_file)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DROP TABLE entry")
    conn.commit()
    conn.close()
    message = load_failure(qtbot, gui_paths)
    assert "entry" in message and "\n" not in message


def test_any_unexpected_failure_reaches_the_error_signal(qtbot, gui_paths, monkeypatch, caplog):
    import search_index

    def broken(*args, **kwargs):
        raise RuntimeError("a bug deep inside\nwith a second line")

    monkeypatch.setattr(search_index.SearchIndex, "open", broken)
    message = load_failure(qtbot, gui_paths)
    assert "\n" not in message and "RuntimeError" in message and "a bug deep inside" in message
    assert any(r.exc_info for r in caplog.records)  # the traceback went to the log


def test_a_notes_file_that_cannot_be_opened_never_stops_the_catalogue(
    qtbot, gui_paths, monkeypatch
):
    """Issue 10: a notes file with a foreign schema gave a GUI traceback."""
    from db.userstore import UserStore

    def foreign(*args, **kwargs):
        raise sqlite3_error("no such column: note.text")

    import sqlite3

    sqlite3_error = sqlite3.OperationalError
    monkeypatch.setattr(UserStore, "open", foreign)
    backend = load_backend(qtbot, gui_paths)
    try:
        assert backend.store is None
        assert "no such column" in backend.store_message and "\n" not in backend.store_message
    finally:
        backend.close()


def test_portable_loader_prunes_a_copy_left_by_an_old_drive_letter(qtbot, gui_paths: AppPaths):
    import json

    from db import Catalogue

    with Catalogue.open(gui_paths.catalogue_file) as catalogue:
        content = catalogue.info.content_sha256
    stale = gui_paths.index_dir.parent / "0123456789ab"
    stale.mkdir(parents=True)
    (stale / "stamp.json").write_text(json.dumps({"content_sha256": content}))
    load_backend(qtbot, replace(gui_paths, portable=True)).close()
    assert not stale.exists() and gui_paths.index_dir.is_dir()


def test_app_starts_when_the_user_folder_cannot_be_written(gui_paths: AppPaths, tmp_path):
    """Issue 10: on a read-only stick the GUI refused to start. It starts, says so once, and
    searches with a temporary index (the self-test searches and opens the top hit)."""
    import json
    import os
    import subprocess
    import sys

    from tests.helpers import REPO

    blocker = tmp_path / "read-only-stick"
    blocker.write_text("a file: nothing can be created below it")
    env = dict(
        os.environ,
        FIELDREF_USER_DIR=str(blocker / "field-reference-data"),
        FIELDREF_DATA_DIR=str(gui_paths.data_dir),
    )
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--self-test"],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["entry"]
    # time to interactive: the clock stops when the search is answered, after the library opened
    assert report["startup_ms"] >= report["ready_ms"] > 0
    assert report["gc_enabled"]  # start-up paused the collector; showing the library resumes it
    said = [line for line in result.stderr.splitlines() if "read-only" in line]
    assert len(said) == 1 and "Traceback" not in result.stderr, result.stderr
