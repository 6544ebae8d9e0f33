"""Shared values live once (db/constants.py, db/clock.py, db/fsutil.py): a second copy of the
SQLite magic, the slug grammar, a clock or an fsync in the core is a test failure, not a drift
found later."""

from __future__ import annotations

import re

import pytest

from tests.helpers import REPO

CORE = ("db", "search_index", "desktop_app/library", "desktop_app/cli")

#: (what, pattern, the one file allowed to hold it)
RULES = [
    ("SQLite magic", re.compile(r"SQLite format 3"), "db/constants.py"),
    ("slug grammar", re.compile(r"\[a-z0-9\]\+\(\?:-"), "db/constants.py"),
    ("clock", re.compile(r"datetime\.now\("), "db/clock.py"),
    ("fsync", re.compile(r"os\.fsync\("), "db/fsutil.py"),
]


def _core_sources() -> list[tuple[str, str]]:
    files = []
    for folder in CORE:
        for path in sorted((REPO / folder).rglob("*.py")):
            files.append((path.relative_to(REPO).as_posix(), path.read_text("utf-8")))
    return files


@pytest.mark.parametrize(("what", "pattern", "home"), RULES, ids=[r[0] for r in RULES])
def test_one_home(what: str, pattern: re.Pattern[str], home: str):
    holders = [name for name, text in _core_sources() if pattern.search(text)]
    assert holders == [home], f"{what} defined outside {home}: {holders}"
