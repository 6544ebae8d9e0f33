"""Frozen entry point of both executables in the bundle (see field-reference.spec).

The program's name picks what runs: `fieldref` (a second executable on Windows and macOS, a
symbolic link on Linux) is the command line; anything else, normally `field-reference`, is the
GUI, exactly as `python -m desktop_app`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

CLI_NAME = "fieldref"


def _ensure_streams() -> None:
    """A windowed executable on Windows has no console: sys.stdout/stderr are None unless the
    caller redirected them (CI does, to read the --self-test line). Stray writes then go to the
    null device instead of raising."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


def is_cli(argv0: str) -> bool:
    return Path(argv0).name.lower().removesuffix(".exe") == CLI_NAME


def run() -> int:
    _ensure_streams()
    if is_cli(sys.argv[0] if sys.argv else ""):
        from desktop_app.cli import main as cli

        return cli.main()
    import desktop_app.boot.startup  # noqa: F401  - first, as in desktop_app/__main__.py
    from desktop_app.__main__ import main

    return main()


if __name__ == "__main__":
    sys.exit(run())
