"""File → Import content pack…: the dialog with a good pack and with tampered ones."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop_app.packs.pack_import_dialog import PackImportDialog
from tests.pack_helpers import PackEnv, make_publisher, replace_data, tamper


@pytest.fixture
def env(tmp_path: Path, tiny_source: Path) -> PackEnv:
    return PackEnv.create(tmp_path, tiny_source)


def make_dialog(qtbot, env: PackEnv, pack: Path | None = None) -> PackImportDialog:
    dialog = PackImportDialog(env.paths, pack_file=pack)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def items(dialog: PackImportDialog) -> list[str]:
    return [dialog.changes_list.item(i).text() for i in range(dialog.changes_list.count())]


def test_good_pack_verify_confirm_import_summary(qtbot, env: PackEnv):
    pack = env.build(1)
    dialog = make_dialog(qtbot, env)
    assert dialog.state == "choose" and not dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.sig_verified, timeout=30_000) as verified:
        dialog.open_pack(pack)
        assert dialog.state == "verifying" and not dialog.close_button.isEnabled()
    assert verified.args[0].manifest.id == "country-briefs"
    assert dialog.state == "review" and dialog.import_button.isEnabled()
    assert "add 3, update 2 and remove 0 entries" in dialog.status.text()
    assert "+ Nigeria country brief" in items(dialog)
    assert "~ Border Management" in items(dialog)
    assert env.exported()["catalogue"]["packs"] == []  # verifying installs nothing

    with qtbot.waitSignal(dialog.sig_installed, timeout=60_000) as installed:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    report = installed.args[0]
    assert report.version == 1
    assert dialog.state == "done" and dialog.close_button.text() == "Close"
    assert "Added 3, updated 2, removed 0 entries." in dialog.details.text()
    assert dialog.progress.isVisible() and dialog.progress.value() == dialog.progress.maximum()
    assert [p["id"] for p in env.exported()["catalogue"]["packs"]] == ["country-briefs"]
    dialog.close()
    assert not dialog.isVisible()


def test_tampered_pack_is_refused_in_one_line(qtbot, env: PackEnv):
    good = env.build(1)
    bad = tamper(good, env.tmp / "bad.frpack", replace_data("regions.json", b"[]"))
    before = env.export()
    dialog = make_dialog(qtbot, env)
    with qtbot.waitSignal(dialog.sig_failed, timeout=30_000) as failed:
        dialog.open_pack(bad)
    assert "regions.json" in failed.args[0]
    assert dialog.state == "refused"
    assert dialog.status.text().startswith("Refused: ")
    assert "\n" not in dialog.status.text() and "Traceback" not in dialog.status.text()
    assert not dialog.import_button.isEnabled() and dialog.choose_button.isEnabled()
    assert env.export() == before
    # the officer can pick another file from the same dialog
    with qtbot.waitSignal(dialog.sig_verified, timeout=30_000):
        dialog.open_pack(good)
    assert dialog.import_button.isEnabled()


def test_untrusted_publisher_is_refused(qtbot, env: PackEnv):
    stranger = make_publisher(env.tmp / "stranger")
    forged = tamper(env.build(1), env.tmp / "forged.frpack", lambda m: m, resign_with=stranger)
    dialog = make_dialog(qtbot, env)
    with qtbot.waitSignal(dialog.sig_failed, timeout=30_000) as failed:
        dialog.open_pack(forged)
    assert "not a trusted publisher key" in failed.args[0]


def test_closing_is_refused_while_busy(qtbot, env: PackEnv):
    dialog = make_dialog(qtbot, env)
    with qtbot.waitSignal(dialog.sig_verified, timeout=30_000):
        dialog.open_pack(env.build(1))
        dialog.reject()  # still verifying: the dialog stays
        assert dialog.isVisible()
    dialog.reject()
    assert not dialog.isVisible()


def test_choose_file_asks_with_a_file_dialog(qtbot, env: PackEnv, monkeypatch):
    pack = env.build(1)
    asked: list[str] = []

    def fake_open(_parent, caption, _start, file_filter):
        asked.append(file_filter)
        return str(pack), file_filter

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_open)
    dialog = make_dialog(qtbot, env)
    with qtbot.waitSignal(dialog.sig_verified, timeout=30_000):
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.file_edit.text() == str(pack)
    assert "*.frpack" in asked[0]


def test_widgets_have_accessible_names(qtbot, env: PackEnv):
    dialog = make_dialog(qtbot, env)
    for widget in (
        dialog.file_edit,
        dialog.choose_button,
        dialog.status,
        dialog.details,
        dialog.changes_list,
        dialog.progress,
        dialog.import_button,
        dialog.close_button,
    ):
        assert widget.accessibleName(), widget


def load(qtbot, env: PackEnv):
    from tests.gui.conftest import load_backend

    return load_backend(qtbot, env.paths)


def test_the_app_opens_the_installed_version(qtbot, env: PackEnv):
    env.install(env.build(1))
    backend = load(qtbot, env)
    try:
        assert backend.content.version == 1 and backend.content.problem is None
        assert [p.id for p in backend.content.packs] == ["country-briefs"]
        assert backend.catalogue.info.version == "1.0+country-briefs.1"
        assert backend.index.search("Accra").hits[0].slug == "brief-ghana"
    finally:
        backend.close()


def test_the_app_falls_back_when_the_installed_version_is_damaged(qtbot, env: PackEnv):
    env.install(env.build(1))
    (env.paths.content_dir / "versions" / "1" / "catalogue.sqlite").write_bytes(b"garbage")
    backend = load(qtbot, env)
    try:
        assert backend.content.is_shipped and "version 1 was skipped" in backend.content.problem
        assert backend.catalogue.info.version == "1.0"
        assert not backend.catalogue.has_entry("brief-ghana")
    finally:
        backend.close()


def test_pack_work_runs_on_the_operations_it_is_given(qtbot, env: PackEnv, monkeypatch):
    """Verify and install run on the caller's Operations (the app's one background helper),
    off the GUI thread, and install progress reaches the dialog's bar."""
    import threading

    import desktop_app.packs.pack_import_dialog as module
    from desktop_app.operations import Operations

    ops = Operations()
    threads: list[bool] = []
    real_verify, real_install = module.verify, module.install

    def spy_verify(*args):
        threads.append(threading.current_thread() is threading.main_thread())
        return real_verify(*args)

    def spy_install(paths, pack_file, report):
        threads.append(threading.current_thread() is threading.main_thread())
        report("Writing the catalogue", 1, 4)
        return real_install(paths, pack_file, report)

    monkeypatch.setattr(module, "verify", spy_verify)
    monkeypatch.setattr(module, "install", spy_install)
    dialog = PackImportDialog(env.paths, pack_file=None, ops=ops)
    qtbot.addWidget(dialog)
    busy: list[bool] = []
    ops.sig_busy.connect(busy.append)
    with qtbot.waitSignal(dialog.sig_verified, timeout=30_000):
        dialog.open_pack(env.build(1))
    with qtbot.waitSignal(dialog.sig_installed, timeout=60_000):
        dialog.start_import()
    assert threads == [False, False]
    assert busy[:2] == [True, False]  # the work went through ops, not a thread of its own
    ops.close()
