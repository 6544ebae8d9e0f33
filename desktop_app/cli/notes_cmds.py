"""`fieldref notes …` and `fieldref bookmarks …`: the officer's own data from the command line,
for scripting and for recovery when the GUI cannot start.

The notes must stay reachable when the catalogue cannot be opened, so the store is opened on
its own (open_store_only) and the catalogue only to flag orphaned notes, when it opens at all.
Note text goes through cli/output.py: printed escaped, never able to drive the terminal.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from desktop_app.cli.contract import EXIT_OK, Parser
from desktop_app.cli.output import json_text, printable, tell
from desktop_app.library import OpenOptions, open_library, open_store_only
from desktop_app.paths import AppPaths

if TYPE_CHECKING:
    from db.userstore import UserStore


def configure(name: str, parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest=f"{name}_command", metavar="ACTION", parser_class=Parser)
    actions.required = True
    if name == "bookmarks":
        p = actions.add_parser("list", help="list bookmarks")
        p.add_argument("--json", action="store_true")
        p.set_defaults(run=cmd_bookmarks_list)
        return
    p = actions.add_parser("list", help="list notes")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_notes_list)
    p = actions.add_parser("add", help="add text to the note of an entry")
    p.add_argument("slug")
    p.add_argument("text")
    p.set_defaults(run=cmd_notes_add)
    p = actions.add_parser("export", help="write notes and bookmarks to a handover file")
    p.add_argument("file")
    p.set_defaults(run=cmd_notes_export)
    p = actions.add_parser("import", help="merge a handover file (nothing is overwritten)")
    p.add_argument("file")
    p.set_defaults(run=cmd_notes_import)


def _known_slugs(paths: AppPaths) -> set[str] | None:
    """The active catalogue's slugs, to flag orphaned notes; None if it cannot be opened."""
    from db import CatalogueError

    try:
        with open_library(paths, OpenOptions(index=False, store=False)) as library:
            return {e.slug for e in library.catalogue.entries()}
    except CatalogueError:
        return None


def _open(paths: AppPaths, listing: bool = False) -> UserStore:
    """Open the store and say on stderr what the officer must know: a damaged file moved
    aside (always), or a read-only store (when listing; a write fails with its own line)."""
    store = open_store_only(paths)
    if store.recovery is not None:
        tell(
            f"your notes file was damaged ({store.recovery.reason}); it was moved "
            f"aside to {store.recovery.moved_to} and a new one was started"
        )
    if listing and store.read_only is not None:
        tell(f"your notes are read-only ({store.read_only}); listing only")
    return store


def cmd_notes_list(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    known = _known_slugs(paths)
    with _open(paths, listing=True) as store:
        notes = store.notes()
    rows = [
        {
            "slug": n.slug,
            "text": n.text,
            "updated": n.updated,
            "orphaned": None if known is None else n.slug not in known,
        }
        for n in notes
    ]
    if args.json:
        print(json_text(rows), file=out)
        return EXIT_OK
    for row in rows:
        flag = "  (entry no longer in the catalogue)" if row["orphaned"] else ""
        first = row["text"].splitlines()[0] if row["text"] else ""
        print(printable(f"{row['slug']}  {row['updated']}{flag}\n    {first}"), file=out)
    return EXIT_OK


def cmd_notes_add(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    with _open(paths) as store:
        store.append_note(args.slug, args.text)  # one transaction: parallel adds never lose one
    known = _known_slugs(paths)
    warning = "" if known is None or args.slug in known else " (no such entry in the catalogue)"
    print(f"note saved for {args.slug}{warning}", file=out)
    return EXIT_OK


def cmd_notes_export(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    from db.userstore import export_handover

    with _open(paths) as store:
        count = export_handover(store, Path(args.file))
    print(f"exported {count} notes and bookmarks to {args.file}", file=out)
    return EXIT_OK


def cmd_notes_import(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    from db.userstore import import_handover

    with _open(paths) as store:
        report = import_handover(store, Path(args.file))
    print(
        f"imported: {report.notes_added} new notes, {report.notes_merged} merged (both "
        f"versions kept), {report.notes_unchanged} unchanged; {report.bookmarks_added} new "
        f"bookmarks, {report.bookmarks_unchanged} already there",
        file=out,
    )
    return EXIT_OK


def cmd_bookmarks_list(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    with _open(paths, listing=True) as store:
        rows = [
            {"slug": b.slug, "folder": b.folder, "created": b.created} for b in store.bookmarks()
        ]
    if args.json:
        print(json_text(rows), file=out)
        return EXIT_OK
    for row in rows:
        print(printable(f"{row['slug']}  {row['folder']}"), file=out)
    return EXIT_OK
