"""`fieldref`: the command line for scripts, tests and recovery (contract: DESIGN.md §4).

User errors exit 2 with exactly one line on stderr; nothing here may print a traceback. This module
must stay free of Qt so the CLI starts fast and runs on machines without a display.
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import sys
import textwrap
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn, TextIO

from db import Catalogue, CatalogueError, build_catalogue
from desktop_app import __version__
from desktop_app.paths import AppPaths, active_catalogue, resolve_paths

EXIT_OK = 0
EXIT_USAGE = 2


class UserError(Exception):
    """A problem the person at the terminal can fix; printed as one line, exit 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UserError(f"{message} (see 'fieldref --help')")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="fieldref", description="Field Reference catalogue tools.")
    parser.add_argument("--version", action="version", version=f"fieldref {__version__}")
    parser.add_argument("--data-dir", type=Path, help="folder holding catalogue.sqlite and index/")
    parser.add_argument(
        "--portable",
        action="store_true",
        help="keep user data in a folder beside the program (USB-stick installs)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    p = sub.add_parser("build", help="compile the catalogue sources and build the search index")
    p.add_argument("--source", type=Path, help="catalogue source folder (default: shipped)")
    p.add_argument("--out", type=Path, help="output folder (default: the data folder)")
    p.set_defaults(run=cmd_build)

    p = sub.add_parser("export", help="print the whole catalogue")
    p.add_argument("--json", action="store_true", default=True, help="as JSON (the default)")
    p.set_defaults(run=cmd_export)

    p = sub.add_parser("show", help="print one entry as readable text")
    p.add_argument("slug")
    p.set_defaults(run=cmd_show)

    p = sub.add_parser("regions", help="print the region tree")
    p.set_defaults(run=cmd_regions)

    p = sub.add_parser("paths", help="show where the catalogue, index and user data live")
    p.set_defaults(run=cmd_paths)

    for register in EXTRA_COMMANDS:
        register(sub)
    return parser


# Later features (search, notes, packs) add their sub-commands here without touching the core.
EXTRA_COMMANDS: list[Callable[[argparse._SubParsersAction], None]] = []


def open_catalogue(paths: AppPaths) -> Catalogue:
    """The active catalogue: the installed content-pack version, or the shipped one."""
    return Catalogue.open(active_catalogue(paths).catalogue_file)


def cmd_build(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    source = args.source or paths.catalogue_source
    target = args.out or paths.data_dir
    info = build_catalogue(source, target)
    print(f"catalogue {info.version} ({info.content_sha256[:12]}) -> {target}", file=out)
    for hook in BUILD_HOOKS:
        hook(Path(target), paths, out)
    return EXIT_OK


# Steps that follow a catalogue build (the search index registers itself here).
BUILD_HOOKS: list[Callable[[Path, AppPaths, TextIO], None]] = []


def cmd_export(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    active = active_catalogue(paths)
    with Catalogue.open(active.catalogue_file) as cat:
        payload = {
            "catalogue": {
                "version": cat.info.version,
                "content_sha256": cat.info.content_sha256,
                "built": cat.info.built,
                "data_as_of": cat.info.data_as_of,
                "packs": [pack.public_json() for pack in active.packs],
            },
            "entries": [
                {
                    "slug": e.slug,
                    "kind": e.kind,
                    "title": e.title,
                    "summary": e.summary,
                    "body": e.body,
                    "regions": list(e.regions),
                    "related": list(e.related),
                }
                for e in cat.entries()
            ],
            "regions": [
                {"slug": r.slug, "name": r.name, "parent": r.parent} for r in cat.regions()
            ],
        }
    json.dump(payload, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return EXIT_OK


def cmd_show(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    with open_catalogue(paths) as cat:
        entry = cat.entry(args.slug)
        region_names = [cat.region(r).name for r in entry.regions]
        related = [f"{cat.entry(s).title} ({cat.entry(s).kind})" for s in entry.related]
    width = 100
    lines = [entry.title, "=" * len(entry.title), f"Kind: {entry.kind}"]
    if entry.aliases:
        lines.append(f"Also known as: {', '.join(entry.aliases)}")
    if region_names:
        lines.append(f"Regions: {', '.join(region_names)}")
    if related:
        lines.append(_fill(f"Related: {'; '.join(related)}", width, indent=" " * 9))
    lines += ["", _fill(entry.summary, width), "", _fill(entry.body, width)]
    print("\n".join(lines), file=out)
    return EXIT_OK


def _fill(text: str, width: int, indent: str = "") -> str:
    return textwrap.fill(
        text, width, subsequent_indent=indent, break_on_hyphens=False, break_long_words=False
    )


def cmd_regions(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    with open_catalogue(paths) as cat:
        for root in cat.region_tree():
            _print_region(cat, root, 0, out)
    return EXIT_OK


def _print_region(cat: Catalogue, node: object, depth: int, out: TextIO) -> None:
    region = node.region  # type: ignore[attr-defined]
    own = len(cat.entries_in_region(region.slug))
    noun = "entry" if own == 1 else "entries"
    print(f"{'  ' * depth}{region.name} ({region.slug}) — {own} {noun}", file=out)
    for child in node.children:  # type: ignore[attr-defined]
        _print_region(cat, child, depth + 1, out)


def cmd_paths(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    active = active_catalogue(paths)
    rows = [
        ("resources", paths.resources),
        ("catalogue source", paths.catalogue_source),
        ("catalogue", active.catalogue_file),
        ("index", active.index_dir),
        ("shipped", paths.catalogue_file),
        ("content packs", paths.content_dir),
        ("user data", paths.user_dir),
    ]
    for label, value in rows:
        print(f"{label + ':':<18}{value}", file=out)
    print(f"{'portable:':<18}{'yes' if paths.portable else 'no'}", file=out)
    installed = [f"{p.id} #{p.sequence} (data as of {p.data_as_of})" for p in active.packs]
    print(f"{'packs:':<18}{', '.join(installed) or 'none'}", file=out)
    if active.problem:
        print(f"{'warning:':<18}{active.problem}", file=out)
    try:
        with Catalogue.open(active.catalogue_file) as cat:
            info = cat.info
        print(
            f"{'version:':<18}{info.version} (data as of {info.data_as_of}, "
            f"built {info.built}, sha256 {info.content_sha256[:12]})",
            file=out,
        )
    except CatalogueError as exc:
        print(f"{'version:':<18}unavailable — {exc}", file=out)
    return EXIT_OK


def _load_extensions() -> None:
    """Import the modules that register extra commands and build steps."""
    import importlib

    for name in EXTENSION_MODULES:
        importlib.import_module(name)


EXTENSION_MODULES: tuple[str, ...] = (
    "desktop_app.cli.search",
    "desktop_app.cli.notes",
    "desktop_app.cli.packs",
)


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run one command. Whatever goes wrong (bad input, a damaged file, a closed or full
    stdout, a bug) ends as one line on stderr and exit 2; FIELDREF_DEBUG=1 adds the traceback."""
    out = out if out is not None else sys.stdout
    try:
        _load_extensions()
        args = build_parser().parse_args(argv)
        if out is None:  # `fieldref export >&-`: Python sets sys.stdout to None
            raise UserError("standard output is closed; redirect it to a file or a pipe")
        paths = resolve_paths(data_dir=args.data_dir, portable=True if args.portable else None)
        code = args.run(args, paths, out)
        out.flush()  # a full disk must fail here, not in the interpreter's exit flush
        return code
    except (UserError, CatalogueError) as exc:
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
    # Run the imported module, not this __main__ copy: extensions register into that one.
    from desktop_app.cli import main as _cli

    sys.exit(_cli.main())
