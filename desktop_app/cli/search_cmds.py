"""`fieldref search`: one query, or one per stdin line (the long-lived mode scripts keep open).

The only command module that loads Whoosh, and only once --kind and --region have been checked
against the catalogue: a typo must not wait for an index rebuild.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import TYPE_CHECKING, TextIO

from desktop_app.cli.contract import EXIT_OK, UserError
from desktop_app.cli.output import json_text, printable, tell
from desktop_app.library import Library, OpenOptions, open_library
from desktop_app.paths import AppPaths

if TYPE_CHECKING:
    from search_index import Explanation, SearchResult


def configure(name: str, parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "query", nargs="?", help="what to look for; omit to read queries from stdin"
    )
    parser.add_argument("--json", action="store_true", help="print JSON (always so in stdin mode)")
    parser.add_argument("--limit", type=int, default=20)
    parser.add_argument("--kind", help="only entries of this kind (field, initiative, dialogue, …)")
    parser.add_argument("--region", help="only entries working in this region or its sub-regions")
    parser.add_argument(
        "--explain",
        action="store_true",
        help="print how the query was understood (language, concepts, corrections, filters)",
    )
    parser.set_defaults(run=cmd_search)


def result_json(result: SearchResult) -> dict[str, object]:
    """The `search --json` contract: one object per query."""
    return {
        "query": result.query,
        "total": result.total,
        "corrected": result.corrected,
        "notice": result.notice,
        "hits": [
            {
                "slug": h.slug,
                "kind": h.kind,
                "title": h.title,
                "score": h.score,
                "snippet": h.snippet,
            }
            for h in result.hits
        ],
    }


def _print_text(result: SearchResult, out: TextIO) -> None:
    if result.corrected:
        line = f"Showing results for {result.corrected} — search instead for {result.query}"
        print(printable(line), file=out)
    if result.notice:
        print(printable(result.notice), file=out)
    count = f"{result.total} result{'s' if result.total != 1 else ''} for {result.query!r}"
    print(printable(count), file=out)
    for hit in result.hits:
        print(printable(f"  {hit.title}  [{hit.kind}]  {hit.slug}"), file=out)


def _print_explanation(explanation: Explanation, out: TextIO) -> None:
    for line in explanation.lines():
        print(printable(line), file=out)


def _announce_rebuild(message: str, done: int, total: int) -> None:
    """Library progress: (reason, 0, 0) means a rebuild starts; the counts that follow are
    not worth a line each on a terminal a script may be reading."""
    if done == 0 and total == 0 and message:
        tell(f"{message}; rebuilding it…")


def _check_filters(library: Library, args: argparse.Namespace) -> None:
    kinds = library.catalogue.kinds()
    if args.kind is not None and args.kind not in kinds:
        raise UserError(f"unknown kind '{args.kind}' (known: {', '.join(kinds)})")
    if args.region is not None:
        library.catalogue.region(args.region)  # RegionNotFound: one line naming it


def cmd_search(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    if args.limit < 1:
        raise UserError("--limit must be at least 1")
    with open_library(paths, OpenOptions(index=False, store=False)) as library:
        _check_filters(library, args)
        index = library.open_index(progress=_announce_rebuild)
        if index.temporary_because:
            tell(f"note: {index.temporary_because}")

        def run(text: str) -> SearchResult:
            return library.search(text, limit=args.limit, kind=args.kind, region=args.region)

        if args.query is not None and args.explain:
            explained = index.explain(
                args.query, kind=args.kind, region=args.region, limit=min(args.limit, 10)
            )
            if args.json:
                print(json_text(asdict(explained)), file=out)
            else:
                _print_explanation(explained, out)
            return EXIT_OK
        if args.query is not None:
            result = run(args.query)
            if args.json:
                print(json.dumps(result_json(result), ensure_ascii=False), file=out)
            else:
                _print_text(result, out)
            return EXIT_OK
        if sys.stdin is None or sys.stdin.isatty():
            raise UserError("give a QUERY, or pipe one query per line on stdin")
        for line in sys.stdin:
            result = run(line.rstrip("\r\n"))
            print(json.dumps(result_json(result), ensure_ascii=False), file=out, flush=True)
    return EXIT_OK
