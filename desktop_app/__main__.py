"""`python -m desktop_app` and the `field-reference` launcher."""

from __future__ import annotations

import sys

import desktop_app.boot.startup  # noqa: F401  - first, so start-up is timed from here at the latest


def main() -> int:
    from desktop_app.app import run

    return run(sys.argv)


if __name__ == "__main__":
    sys.exit(main())
