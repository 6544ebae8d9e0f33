"""Composition root: the one place that builds the app's objects and wires them together.

`compose()` builds the window, the start-up controller and their ONE `Operations` (the background
helper every disk job goes through) and connects its failures to the window's one error display;
the app and the GUI tests both use it. Start-up order matters for the first paint: only Qt and the
window are built before `show()`; the catalogue (SQLAlchemy), the search index (Whoosh, maybe a
rebuild) and the officer's own store are opened on a worker thread, and the window fills in when
they are ready.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Qt is imported only after the display check, to fail fast and clearly
    from PySide6.QtWidgets import QApplication

    from desktop_app.boot.startup_controller import StartupController
    from desktop_app.mainwindow.main_window import MainWindow
    from desktop_app.operations import Operations
    from desktop_app.paths import AppPaths

APP_NAME = "Field Reference"
SELF_TEST_QUERY = "traf"
SELF_TEST_TIMEOUT_MS = 120_000


def _has_display() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="field-reference", description=APP_NAME)
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="start offscreen, search, open the top hit, print timings as JSON",
    )
    parser.add_argument(
        "--portable", action="store_true", help="keep user data in a folder beside the program"
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    args, _qt_args = parser.parse_known_args(list(argv))
    return args


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a string for pyside6-lupdate; the start-up controller translates it."""
    return text


def how_to_fix(message: str) -> str:
    """English source text, translated where it is shown (StartupController.failed)."""
    if "not found" in message or "run 'fieldref build'" in message:
        return QT_TRANSLATE_NOOP(
            "StartupController",
            "From a source checkout run 'make build'; an installed copy should be reinstalled.",
        )
    return QT_TRANSLATE_NOOP(
        "StartupController",
        "Reinstall Field Reference, or rebuild the catalogue with 'fieldref build'.",
    )


def run(argv: Sequence[str]) -> int:
    args = parse_args(argv[1:])
    if args.version:
        from desktop_app import __version__

        print(f"field-reference {__version__}")
        return 0
    if args.self_test:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if not _has_display():
        print(
            "field-reference: no display found; run it on a desktop, or headless with "
            "QT_QPA_PLATFORM=offscreen",
            file=sys.stderr,
        )
        return 2
    return _run_gui(argv, args)


def _run_gui(argv: Sequence[str], args: argparse.Namespace) -> int:
    """Qt is imported only here, after the display check, so a headless start fails fast."""
    from desktop_app.boot.gc_pause import pause_until_released

    resume_gc = pause_until_released()  # until the library is shown: see the function
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app.boot.import_hygiene import stop_source_caching

    stop_source_caching()  # before anything else is imported: see the module's docstring

    from desktop_app.boot.paint_probe import PaintProbe
    from desktop_app.operations import Operations
    from desktop_app.paths import resolve_paths, user_dir_problem

    qt_args = [a for a in argv[1:] if a not in ("--self-test", "--portable")]
    app = QApplication([argv[0], *qt_args])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("ICMPD")
    app.setDesktopFileName("field-reference")
    if args.self_test:
        _quiet_offscreen_warnings()
    paths = resolve_paths(portable=True if args.portable else None)
    read_only = user_dir_problem(paths.user_dir)  # a read-only stick still starts, read-only
    if read_only:
        print(f"field-reference: {read_only}", file=sys.stderr)

    ops = Operations(app)
    window, controller, problems = compose(app, paths, ops, self_test=args.self_test)
    if read_only:
        problems.insert(0, read_only[:1].upper() + read_only[1:])
    probe = PaintProbe(window)
    window.show()
    window.focus_search()  # typing at once must search, not land in a note or the tree
    if problems:
        from desktop_app.i18n.errors import START, explained

        window.statusBar().showMessage(explained(START, problems[0]), 10_000)

    controller.sig_started.connect(resume_gc)
    controller.start()

    if args.self_test:
        from desktop_app.boot.self_test import SelfTest

        test = SelfTest(window, probe, SELF_TEST_QUERY)
        controller.sig_started.connect(lambda: QTimer.singleShot(0, test.start))
        QTimer.singleShot(
            SELF_TEST_TIMEOUT_MS,
            lambda: (print(json.dumps({"error": "self-test timed out"}), flush=True), app.exit(1)),
        )

    code = app.exec()
    controller.host.window.shutdown()  # ends the background work before the library closes
    controller.close()
    return code


def compose(
    app: QApplication, paths: AppPaths, ops: Operations, *, self_test: bool = False
) -> tuple[MainWindow, StartupController, list[str]]:
    """The window, the controller that opens the library into it, and the start-up problems
    (one line each); the app and the GUI tests build the app through here. The window is made,
    in the remembered language, by a `WindowHost` (`controller.host`), which builds it again
    when the officer picks another language."""
    from desktop_app.boot.interpreter import favour_the_gui_thread
    from desktop_app.boot.startup_controller import StartupController
    from desktop_app.boot.window_host import WindowHost

    favour_the_gui_thread()  # repaints call into Python: see the module
    host = WindowHost(app, paths, ops, qt_translations=None)
    controller = StartupController(
        app, host.window, paths, ops, self_test=self_test, fix_hint=how_to_fix
    )
    controller.host = host
    host.attach(controller)  # import_pack, the language actions and ops.sig_failed → show_error
    return host.window, controller, host.problems


def _quiet_offscreen_warnings() -> None:
    """The offscreen platform says it cannot resize native windows at every show(); in a
    self-test that line is noise that scripts would have to filter."""
    from PySide6.QtCore import qInstallMessageHandler

    previous = None

    def handler(mode: object, context: object, message: str) -> None:
        if message.startswith("This plugin does not support"):
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)
