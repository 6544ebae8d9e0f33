"""`fieldref search` and the index step of `fieldref build` (contract: DESIGN.md §4).

Registered into the core CLI as an extension so the catalogue commands work without Whoosh.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from db import Catalogue
from desktop_app.cli import main as cli
from desktop_app.paths import AppPaths, active_catalogue
from search_index import SearchIndex, SearchResult, build_index


def open_search(
    paths: AppPaths,
    catalogue: Catalogue,
    err: TextIO | None = None,
    index_dir: Path | None = None,
) -> SearchIndex:
    """The search index for `catalogue`: in index_dir (the active one by default)."""

    def tell(reason: str) -> None:
        if err is not None:
            print(f"fieldref: {reason}; rebuilding it…", file=err)

    index = SearchIndex.open(
        index_dir or active_catalogue(paths).index_dir,
        catalogue,
        paths.index_key_file,
        synonyms_file=paths.synonyms_file,
        on_rebuild=tell,
    )
    if err is not None and index.temporary_because:
        print(f"fieldref: note: {index.temporary_because}", file=err)
    return index


def result_json(result: SearchResult) -> dict[str, object]:
    return {
        "query": result.query,
        "total": result.total,
        "corrected": result.corrected,
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
        print(f"(showing results for: {result.corrected})", file=out)
    print(f"{result.total} result{'s' if result.total != 1 else ''} for {result.query!r}", file=out)
    for hit in result.hits:
        print(f"  {hit.title}  [{hit.kind}]  {hit.slug}", file=out)


def cmd_search(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    if args.limit < 1:
        raise cli.UserError("--limit must be at least 1")
    active = active_catalogue(paths)
    with Catalogue.open(active.catalogue_file) as catalogue:
        if args.kind is not None and args.kind not in catalogue.kinds():
            raise cli.UserError(
                f"unknown kind '{args.kind}' (known: {', '.join(catalogue.kinds())})"
            )
        if args.region is not None:
            catalogue.region(args.region)
        with open_search(paths, catalogue, sys.stderr, active.index_dir) as index:

            def run(text: str) -> SearchResult:
                return index.search(text, limit=args.limit, kind=args.kind, region=args.region)

            if args.query is not None:
                result = run(args.query)
                if args.json:
                    print(json.dumps(result_json(result), ensure_ascii=False), file=out)
                else:
                    _print_text(result, out)
                return cli.EXIT_OK
            if sys.stdin is None or sys.stdin.isatty():
                raise cli.UserError("give a QUERY, or pipe one query per line on stdin")
            for line in sys.stdin:
                result = run(line.rstrip("\r\n"))
                print(json.dumps(result_json(result), ensure_ascii=False), file=out, flush=True)
    return cli.EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("search", help="search the catalogue (one query, or one per stdin line)")
    p.add_argument("query", nargs="?", help="what to look for; omit to read queries from stdin")
    p.add_argument("--json", action="store_true", help="print JSON (always so in stdin mode)")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--kind", help="only entries of this kind (field, initiative, dialogue, …)")
    p.add_argument("--region", help="only entries working in this region or its sub-regions")
    p.set_defaults(run=cmd_search)


def build_hook(target: Path, paths: AppPaths, out: TextIO) -> None:
    index_dir = replace(paths, data_dir=Path(target)).index_dir
    with Catalogue.open(target / "catalogue.sqlite") as catalogue:
        info = build_index(catalogue, index_dir, paths.index_key_file)
    print(
        f"search index: {info.documents} entries in {info.seconds:.1f} s -> {info.folder}", file=out
    )


cli.EXTRA_COMMANDS.append(register)
cli.BUILD_HOOKS.append(build_hook)
