"""What every `fieldref` command shares with its caller: exit codes, the user error and a parser
whose mistakes are that error (one line on stderr, exit 2; docs/architecture.md §4).

Kept apart from main.py so command modules never import the entry module: under
`python -m desktop_app.cli.main` that module runs as __main__, and a second copy of it would
bring a second UserError class that main() does not catch.
"""

from __future__ import annotations

import argparse
from typing import NoReturn

from db.errors import FieldReferenceError

EXIT_OK = 0
EXIT_USAGE = 2


class UserError(FieldReferenceError):
    """A problem the person at the terminal can fix (a bad flag, a missing query)."""


class Parser(argparse.ArgumentParser):
    """argparse that reports a usage mistake as a UserError instead of exiting itself."""

    def error(self, message: str) -> NoReturn:
        raise UserError(f"{message} (see 'fieldref --help')")
