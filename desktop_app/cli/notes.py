"""`fieldref notes …` and `fieldref bookmarks …`: the officer's own data from the command line,
for scripting and for recovery when the GUI cannot start.

Note text is data, never terminal commands: control characters (ESC sequences that recolour,
retitle, move the cursor or hide lines) are always printed escaped, not only on a terminal,
because output sent to a file or pager is read in a terminal later. The JSON output stays exact
(escapes decode to the same text).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import TextIO

from db import CatalogueError
from db.userstore import UserStore, export_handover, import_handover
from desktop_app.cli import main as cli
from desktop_app.paths import AppPaths


def _known_slugs(paths: AppPaths) -> set[str] | None:
    """The current catalogue's slugs, to flag orphaned notes; None if it cannot be opened."""
    try:
        with cli.open_catalogue(paths) as catalogue:  # the active one, packs included
            return {e.slug for e in catalogue.entries()}
    except CatalogueError:
        return None


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # all but tab and newline
_JSON_UNSAFE = re.compile("[\x7f-\x9f]")  # json.dumps escapes C0 itself, not DEL and C1


def printable(text: str) -> str:
    """text with every control character but tab and newline shown as an escape (\\x1b)."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _dumps(rows: list[dict[str, object]]) -> str:
    text = json.dumps(rows, ensure_ascii=False, indent=1)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _open(paths: AppPaths, listing: bool = False) -> UserStore:
    """Open the store and say on stderr what the officer must know: a damaged file moved
    aside (always), or a read-only store (when listing; a write fails with its own line)."""
    store = UserStore.open(paths.user_dir)
    if store.recovery is not None:
        print(
            f"fieldref: your notes file was damaged ({store.recovery.reason}); it was moved "
            f"aside to {store.recovery.moved_to} and a new one was started",
            file=sys.stderr,
        )
    if listing and store.read_only is not None:
        print(
            f"fieldref: your notes are read-only ({store.read_only}); listing only",
            file=sys.stderr,
        )
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
        print(_dumps(rows), file=out)
    else:
        for row in rows:
            flag = "  (entry no longer in the catalogue)" if row["orphaned"] else ""
            first = row["text"].splitlines()[0] if row["text"] else ""
            print(printable(f"{row['slug']}  {row['updated']}{flag}\n    {first}"), file=out)
    return cli.EXIT_OK


def cmd_notes_add(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    with _open(paths) as store:
        store.append_note(args.slug, args.text)  # one transaction: parallel adds never lose one
    known = _known_slugs(paths)
    warning = "" if known is None or args.slug in known else " (no such entry in the catalogue)"
    print(f"note saved for {args.slug}{warning}", file=out)
    return cli.EXIT_OK


def cmd_notes_export(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    with _open(paths) as store:
        count = export_handover(store, Path(args.file))
    print(f"exported {count} notes and bookmarks to {args.file}", file=out)
    return cli.EXIT_OK


def cmd_notes_import(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    with _open(paths) as store:
        report = import_handover(store, Path(args.file))
    print(
        f"imported: {report.notes_added} new notes, {report.notes_merged} merged (both "
        f"versions kept), {report.notes_unchanged} unchanged; {report.bookmarks_added} new "
        f"bookmarks, {report.bookmarks_unchanged} already there",
        file=out,
    )
    return cli.EXIT_OK


def cmd_bookmarks_list(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    with _open(paths, listing=True) as store:
        rows = [
            {"slug": b.slug, "folder": b.folder, "created": b.created} for b in store.bookmarks()
        ]
    if args.json:
        print(_dumps(rows), file=out)
    else:
        for row in rows:
            print(printable(f"{row['slug']}  {row['folder']}"), file=out)
    return cli.EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    notes = sub.add_parser("notes", help="your private notes (list, add, export, import)")
    actions = notes.add_subparsers(dest="notes_command", metavar="ACTION", parser_class=cli._Parser)
    actions.required = True
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

    marks = sub.add_parser("bookmarks", help="your bookmarks")
    marks_actions = marks.add_subparsers(
        dest="bookmarks_command", metavar="ACTION", parser_class=cli._Parser
    )
    marks_actions.required = True
    p = marks_actions.add_parser("list", help="list bookmarks")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_bookmarks_list)


cli.EXTRA_COMMANDS.append(register)
