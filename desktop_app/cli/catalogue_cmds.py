"""`fieldref build | export | show | regions | paths`: the catalogue itself.

Each opens the library with only what it needs (no index, no notes), so these commands start
without Whoosh; `build` alone writes, and builds the search index after the catalogue.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from desktop_app.cli.contract import EXIT_OK
from desktop_app.cli.output import fill
from desktop_app.library import Library, OpenOptions, open_library
from desktop_app.paths import AppPaths

if TYPE_CHECKING:
    from db import RegionNode
    from db.packs import InstalledPack

CATALOGUE_ONLY = OpenOptions(index=False, store=False)
SHOW_WIDTH = 100


def configure(name: str, parser: argparse.ArgumentParser) -> None:
    """Add `name`'s arguments (main.COMMANDS lists the commands this module serves)."""
    if name == "build":
        parser.add_argument(
            "--source", type=Path, help="catalogue source folder (default: shipped)"
        )
        parser.add_argument("--out", type=Path, help="output folder (default: the data folder)")
    elif name == "export":
        # JSON is the only format; the flag stays accepted because scripts pass it.
        parser.add_argument("--json", action="store_true", help="accepted; JSON is the only format")
    elif name == "show":
        parser.add_argument("slug")
    parser.set_defaults(run=RUNS[name])


def cmd_build(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    from desktop_app.library import build_search_index
    from desktop_app.library.thesaurus_data import build_catalogue_data

    target = args.out or paths.data_dir
    info, thesaurus = build_catalogue_data(args.source or paths.catalogue_source, target)
    print(f"catalogue {info.version} ({info.content_sha256[:12]}) -> {target}", file=out)
    labels = sum(1 for _ in thesaurus.labels())
    print(f"thesaurus: {len(thesaurus)} concepts, {labels} labels", file=out)
    index = build_search_index(paths, Path(target))
    print(
        f"search index: {index.documents} entries in {index.seconds:.1f} s -> {index.folder}",
        file=out,
    )
    return EXIT_OK


def cmd_export(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    with open_library(paths, CATALOGUE_ONLY) as library:
        payload = _export_payload(library)
    json.dump(payload, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return EXIT_OK


def _export_payload(library: Library) -> dict[str, object]:
    """The `export` JSON contract: these keys, in this order, are what scripts read."""
    cat, info = library.catalogue, library.info
    return {
        "catalogue": {
            "version": info.version,
            "content_sha256": info.content_sha256,
            "built": info.built,
            "data_as_of": info.data_as_of,
            "packs": [pack.public_json() for pack in library.content.packs],
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
        "regions": [{"slug": r.slug, "name": r.name, "parent": r.parent} for r in cat.regions()],
    }


def cmd_show(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    with open_library(paths, CATALOGUE_ONLY) as library:
        cat = library.catalogue
        entry = cat.entry(args.slug)
        region_names = [cat.region(r).name for r in entry.regions]
        related = [f"{cat.entry(s).title} ({cat.entry(s).kind})" for s in entry.related]
    lines = [entry.title, "=" * len(entry.title), f"Kind: {entry.kind}"]
    if entry.aliases:
        lines.append(f"Also known as: {', '.join(entry.aliases)}")
    if region_names:
        lines.append(f"Regions: {', '.join(region_names)}")
    if related:
        lines.append(fill(f"Related: {'; '.join(related)}", SHOW_WIDTH, indent=" " * 9))
    lines += ["", fill(entry.summary, SHOW_WIDTH), "", fill(entry.body, SHOW_WIDTH)]
    print("\n".join(lines), file=out)
    return EXIT_OK


def cmd_regions(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    with open_library(paths, CATALOGUE_ONLY) as library:
        for root in library.catalogue.region_tree():
            _print_region(library, root, 0, out)
    return EXIT_OK


def _print_region(library: Library, node: RegionNode, depth: int, out: TextIO) -> None:
    region = node.region
    own = len(library.catalogue.entries_in_region(region.slug))
    noun = "entry" if own == 1 else "entries"
    print(f"{'  ' * depth}{region.name} ({region.slug}) — {own} {noun}", file=out)
    for child in node.children:
        _print_region(library, child, depth + 1, out)


def cmd_paths(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    """Where everything lives, and the catalogue's version if it opens: a recovery aid, so a
    catalogue that cannot be opened is a line of the report, not a failure of the command."""
    from db import CatalogueError
    from desktop_app.library import active_content

    try:
        with open_library(paths, CATALOGUE_ONLY) as library:
            content, info, problem = library.content, library.info, None
    except CatalogueError as exc:
        content, info, problem = active_content(paths), None, exc
    rows = [
        ("resources", paths.resources),
        ("catalogue source", paths.catalogue_source),
        ("catalogue", content.catalogue_file),
        ("index", content.index_dir),
        ("shipped", paths.catalogue_file),
        ("content packs", paths.content_dir),
        ("user data", paths.user_dir),
        ("portable", "yes" if paths.portable else "no"),
        ("packs", _pack_labels(content.packs) or "none"),
    ]
    if content.problem:
        rows.append(("warning", content.problem))
    if info is not None:
        rows.append(
            (
                "version",
                f"{info.version} (data as of {info.data_as_of}, "
                f"built {info.built}, sha256 {info.content_sha256[:12]})",
            )
        )
    else:
        rows.append(("version", f"unavailable — {problem}"))
    for label, value in rows:
        print(f"{label + ':':<18}{value}", file=out)
    return EXIT_OK


def _pack_labels(packs: tuple[InstalledPack, ...]) -> str:
    return ", ".join(f"{p.id} #{p.sequence} (data as of {p.data_as_of})" for p in packs)


RUNS = {
    "build": cmd_build,
    "export": cmd_export,
    "show": cmd_show,
    "regions": cmd_regions,
    "paths": cmd_paths,
}
