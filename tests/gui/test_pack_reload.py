"""After File → Import content pack…, the window reopens the new catalogue version in place."""

from __future__ import annotations

from pathlib import Path

from tests.gui.conftest import compose_window
from tests.pack_helpers import PackEnv


def test_installed_pack_is_opened_and_listed(qtbot, tmp_path: Path, tiny_source: Path):
    env = PackEnv.create(tmp_path, tiny_source)
    window, controller, _ = compose_window(qtbot, env.paths)
    window.show()
    try:
        with qtbot.waitSignal(controller.sig_started, timeout=60_000):
            controller.start()
        assert "No content packs installed" in window.about_text()
        env.install(env.build(1))
        controller.reload()
        qtbot.waitUntil(lambda: "country-briefs" in window.status_catalogue.text(), timeout=60_000)
        assert "country-briefs #1 — Country briefs" in window.about_text()
        window.focus_search()
        with qtbot.waitSignal(window.sig_search_done, timeout=10_000):
            qtbot.keyClicks(window.search_box, "smuggling")
        assert window.results_model.hit(0).title == "Smuggling of migrants"
    finally:
        window.close()
        controller.close()


def test_about_flags_a_pack_whose_publisher_key_was_removed(qtbot, tmp_path: Path, tiny_source):
    """Issue 10 item 6: after `fieldref keys remove`, the window says the pack is untrusted."""
    env = PackEnv.create(tmp_path, tiny_source)
    env.install(env.build(1))
    for key_file in env.paths.user_keys_dir.iterdir():
        key_file.unlink()
    window, controller, _ = compose_window(qtbot, env.paths)
    window.show()
    try:
        with qtbot.waitSignal(controller.sig_started, timeout=60_000):
            controller.start()
        about = window.about_text()
        assert "country-briefs #1" in about and "no longer trusted" in about
    finally:
        window.close()
        controller.close()
