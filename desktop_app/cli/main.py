"""`fieldref`: the command line for scripts, tests and recovery (docs/architecture.md §4).

The command table below is all this module knows about commands: `fieldref --help` prints it
without importing any of them, and a command imports its own module only when it runs (as
calibre's `db/cli` does), so `fieldref paths` never loads Whoosh. User errors exit 2 with exactly
one line on stderr; nothing here may print a traceback. No Qt: the CLI runs without a display.
"""

from __future__ import annotations

import argparse
import errno
import importlib
import os
import sys
import traceback
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from db.errors import FieldReferenceError
from desktop_app.cli.contract import EXIT_OK, EXIT_USAGE, Parser, UserError


@dataclass(frozen=True, slots=True)
class Command:
    module: str  # under desktop_app.cli; has configure(name, parser)
    help: str  # the line `fieldref --help` shows


#: Every command, in the order `fieldref --help` lists them. To add one: a row here and a
#: `configure(name, parser)` in its module that adds the arguments and `run=`.
COMMANDS: dict[str, Command] = {
    "build": Command("catalogue_cmds", "compile the catalogue sources and build the search index"),
    "export": Command("catalogue_cmds", "print the whole catalogue as JSON"),
    "show": Command("catalogue_cmds", "print one entry as readable text"),
    "regions": Command("catalogue_cmds", "print the region tree"),
    "terms": Command("terms_cmds", "print an entry's or region's thesaurus labels by language"),
    "paths": Command("catalogue_cmds", "show where the catalogue, index and user data live"),
    "search": Command("search_cmds", "search the catalogue (one query, or one per stdin line)"),
    "notes": Command("notes_cmds", "your private notes (list, add, export, import)"),
    "bookmarks": Command("notes_cmds", "your bookmarks"),
    "keys": Command("packs_cmds", "publisher keys: generate, list, trust"),
    "pack": Command("packs_cmds", "signed content packs: build, verify, import, roll back"),
}


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole parser, with `command`'s own arguments when one is named (its module is
    imported then, and only then); without one, each command is a name and a help line."""
    from desktop_app import __version__

    parser = Parser(prog="fieldref", description="Field Reference catalogue tools.")
    parser.add_argument("--version", action="version", version=f"fieldref {__version__}")
    parser.add_argument("--data-dir", type=Path, help="folder holding catalogue.sqlite and index/")
    parser.add_argument(
        "--portable",
        action="store_true",
        help="keep user data in a folder beside the program (USB-stick installs)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    sub.required = True
    for name, spec in COMMANDS.items():
        chosen = name == command
        p = sub.add_parser(name, help=spec.help, add_help=chosen)
        if chosen:
            importlib.import_module(f"desktop_app.cli.{spec.module}").configure(name, p)
    return parser


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Two passes: the table alone finds the command (argparse's own rules, so `--data-dir X`
    and abbreviations work as before), then that command's module parses the rest."""
    found, _ = build_parser().parse_known_args(argv)
    return build_parser(found.command).parse_args(argv)


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run one command. Whatever goes wrong (bad input, a damaged file, a closed or full
    stdout, a bug) ends as one line on stderr and exit 2; FIELDREF_DEBUG=1 adds the traceback."""
    out = out if out is not None else sys.stdout
    try:
        args = parse_args(argv)
        if out is None:  # `fieldref export >&-`: Python sets sys.stdout to None
            raise UserError("standard output is closed; redirect it to a file or a pipe")
        from desktop_app.paths import resolve_paths

        paths = resolve_paths(data_dir=args.data_dir, portable=True if args.portable else None)
        code = args.run(args, paths, out)
        out.flush()  # a full disk must fail here, not in the interpreter's exit flush
        return code
    except FieldReferenceError as exc:  # every failure a person can act on, UserError included
        _fail(str(exc))
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _quiet_stdout()  # the reader went away (`| head`): say nothing, as cat and grep do
        return EXIT_OK
    except OSError as exc:
        _fail(_os_error(exc, out))
        return EXIT_USAGE
    except Exception as exc:  # last resort: a bug must still be one line, not a traceback
        if os.environ.get("FIELDREF_DEBUG") == "1":
            traceback.print_exc(file=sys.stderr)
        _fail(
            f"unexpected {type(exc).__name__}: {exc} "
            "(this is a bug; run with FIELDREF_DEBUG=1 for details and report it)"
        )
        return EXIT_USAGE


def _os_error(exc: OSError, out: TextIO | None) -> str:
    """One line naming the file, or saying that the output is the problem."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        reason = "the disk is full"
    elif exc.errno == errno.EROFS:
        reason = "the disk is read-only"
    else:
        reason = exc.strerror or str(exc)
    if exc.filename:
        return f"{exc.filename}: {reason}"
    if out is sys.stdout:
        _quiet_stdout()
        return f"cannot write the output: {reason}"
    return reason


def _quiet_stdout() -> None:
    """Point stdout at the null device so the exit-time flush cannot raise a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, AttributeError, ValueError):
        pass


def _fail(message: str) -> None:
    first = message.strip().splitlines()[0] if message.strip() else "unknown error"
    if sys.stderr is not None:
        print(f"fieldref: error: {first}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
