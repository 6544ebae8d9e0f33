"""`fieldref terms SLUG`: what the thesaurus calls an entry or region, in six languages.

Officers and editors use it to check the labels an entry page and search will use (preferred,
alternative and hidden, per language) and which concepts point at the entry. Reads the compiled
thesaurus through the library, like the entry page does.
"""

from __future__ import annotations

import argparse
from typing import TextIO

from desktop_app.cli.contract import EXIT_OK, UserError
from desktop_app.cli.output import json_text, printable
from desktop_app.library import EntryLabels, Library, OpenOptions, open_library
from desktop_app.paths import AppPaths

CATALOGUE_ONLY = OpenOptions(index=False, store=False)
KINDS = ("pref", "alt", "hidden")
MAX_SHOWN_SLUG = 60


def configure(name: str, parser: argparse.ArgumentParser) -> None:
    parser.add_argument("slug", help="an entry or region slug (see 'fieldref export', 'regions')")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(run=cmd_terms)


def cmd_terms(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    with open_library(paths, CATALOGUE_ONLY) as library:
        title, kind = _named(library, args.slug)
        labels = library.entry_labels(args.slug)
        languages = _languages()
        problem = library.thesaurus_problem
    if problem:
        raise UserError(problem)
    if args.json:
        print(json_text(_payload(labels, title, kind, languages)), file=out)
    else:
        print(printable("\n".join(_lines(labels, title, kind, languages))), file=out)
    return EXIT_OK


def _named(library: Library, slug: str) -> tuple[str, str]:
    """The entry's or region's title and kind; an unknown slug is the person's mistake."""
    from db import CatalogueError

    catalogue = library.catalogue
    if catalogue.has_entry(slug):
        entry = catalogue.entry(slug)
        return entry.title, entry.kind
    try:
        return catalogue.region(slug).name, "region"
    except CatalogueError:
        shown = printable(slug[:MAX_SHOWN_SLUG])
        raise UserError(
            f"no entry or region '{shown}' (see 'fieldref export' and 'fieldref regions')"
        ) from None


def _languages() -> tuple[str, ...]:
    from search_index.thesaurus import LANGUAGES

    return LANGUAGES


def _payload(
    labels: EntryLabels, title: str, kind: str, languages: tuple[str, ...]
) -> dict[str, object]:
    """The `terms --json` contract: these keys are what scripts read."""
    per_language: dict[str, dict[str, object]] = {}
    for language in languages:
        per_language[language] = {
            "pref": labels.name_in(language),
            "alt": [t for lang, t in labels.alt if lang == language],
            "hidden": [t for lang, t in labels.hidden if lang == language],
        }
    return {
        "slug": labels.slug,
        "kind": kind,
        "title": title,
        "concept": labels.concept,
        "labels": per_language if labels.concept else {},
        "linked_by": [
            {"id": c.id, "label": c.label, "relation": c.relation} for c in labels.linked_by
        ],
    }


def _lines(labels: EntryLabels, title: str, kind: str, languages: tuple[str, ...]) -> list[str]:
    lines = [f"{title} ({labels.slug}, {kind})"]
    if labels.concept is None:
        lines.append(f"no thesaurus concept is this {'region' if kind == 'region' else 'entry'}")
    else:
        lines.append(f"concept: {labels.concept}")
        for language in languages:
            tag = language
            for kind_name in KINDS:
                texts = [t for lang, t in getattr(labels, kind_name) if lang == language]
                if texts:
                    lines.append(f"  {tag:<3} {kind_name:<7} {'; '.join(texts)}")
                    tag = ""
    if labels.linked_by:
        lines.append("linked from:")
        lines += [f"  {c.id}  {c.label} ({c.relation})" for c in labels.linked_by]
    return lines
