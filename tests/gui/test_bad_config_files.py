"""A bad shortcuts.toml or settings.json never hangs or crashes the GUI at start (issue 10, item 8).

Each is read before the first paint, at every start: a symlink to /dev/zero grew without end, a
FIFO blocked the start for ever, a deeply nested TOML raised RecursionError. Now the file is left
where it is, the app starts with defaults, and one line in the status bar says what happened.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.commands.actions import load_overrides
from desktop_app.paths import AppPaths, resolve_paths
from desktop_app.settings_store import SettingsStore
from tests.gui.conftest import compose_window

needs_posix = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev/zero are POSIX")


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _dev_zero(path: Path) -> None:
    path.symlink_to("/dev/zero")


def _nested_toml(path: Path) -> None:
    path.write_text("[shortcuts]\nquit = " + "[" * 100_000 + "]" * 100_000 + "\n")


def _huge(path: Path) -> None:
    path.write_text("[shortcuts]\n" + "# padding\n" * 300_000)


def _folder(path: Path) -> None:
    path.mkdir()


BAD_FILES: dict[str, Callable[[Path], None]] = {
    "fifo": _fifo,
    "dev-zero": _dev_zero,
    "nested": _nested_toml,
    "huge": _huge,
    "folder": _folder,
}


@pytest.fixture
def paths(tmp_path: Path, monkeypatch) -> AppPaths:
    monkeypatch.setenv("FIELDREF_USER_DIR", str(tmp_path / "user"))
    (tmp_path / "user").mkdir()
    return resolve_paths(data_dir=tmp_path / "data")


@needs_posix
@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_bad_shortcuts_file_gives_defaults_and_one_line(qtbot, paths: AppPaths, kind: str):
    BAD_FILES[kind](paths.shortcuts_file)
    overrides, problems = load_overrides(paths.shortcuts_file)
    assert overrides == {}
    assert len(problems) == 1
    assert str(paths.shortcuts_file) in problems[0]
    assert "left in place" in problems[0] and "default shortcuts" in problems[0]
    assert "\n" not in problems[0] and "Traceback" not in problems[0]
    window, _controller, problems = compose_window(qtbot, paths)
    assert window.actions_.shortcuts("quit") == ("Ctrl+Q",)
    assert len(problems) == 1
    assert os.path.lexists(paths.shortcuts_file)  # never deleted


@needs_posix
@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "huge", "folder", "nested"])
def test_bad_settings_file_gives_defaults_and_one_line(qtbot, paths: AppPaths, kind: str):
    BAD_FILES[kind](paths.settings_file)
    settings = SettingsStore(paths.settings_file)
    assert settings.problem is not None and str(paths.settings_file) in settings.problem
    assert "left in place" in settings.problem
    assert settings.values.zoom == 100 and settings.values.geometry is None
    window, _controller, _problems = compose_window(qtbot, paths)
    assert "left in place" in window.statusBar().currentMessage()
    window.set_zoom(120)
    window.save_state()  # remembered for this session only; the bad file is not replaced
    assert os.path.lexists(paths.settings_file)
    if kind == "dev-zero":
        assert os.readlink(paths.settings_file) == "/dev/zero"
    if kind == "fifo":
        assert not paths.settings_file.is_file()


def test_good_files_still_work(qtbot, paths: AppPaths):
    paths.shortcuts_file.write_text('[shortcuts]\nquit = ["Ctrl+Shift+Q"]\n')
    overrides, problems = load_overrides(paths.shortcuts_file)
    assert overrides == {"quit": ("Ctrl+Shift+Q",)} and problems == []
    settings = SettingsStore(paths.settings_file)
    assert settings.problem is None
    settings.update(zoom=130)
    settings.sync()
    assert SettingsStore(paths.settings_file).values.zoom == 130


def test_checking_the_files_does_not_load_sqlalchemy_before_the_first_paint(tmp_path: Path):
    import subprocess

    from tests.helpers import REPO

    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from desktop_app.commands.actions import load_overrides\n"
        "from desktop_app.settings_store import SettingsStore\n"
        f"load_overrides(Path({str(tmp_path / 'shortcuts.toml')!r}))\n"
        f"SettingsStore(Path({str(tmp_path / 'settings.json')!r}))\n"
        "print('sqlalchemy' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert result.stdout.strip() == "False"
