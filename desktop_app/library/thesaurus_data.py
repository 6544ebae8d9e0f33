"""The thesaurus as part of the built data: validated and compiled by `fieldref build`, opened
with the library, and read as typed labels by entry pages and `fieldref terms` (Qt-free).

The sources live beside the catalogue sources (resources/thesaurus/ next to
resources/catalogue/, or next to `fieldref build --source`); the compiled thesaurus.json lives
beside catalogue.sqlite, so the app never parses TOML at start (search_index/thesaurus.py has
the measurements). A build checks the thesaurus against the catalogue it is building before
writing either, so a bad label leaves the old catalogue in place.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.library.records import EntryLabels, LinkingConcept
from desktop_app.paths import AppPaths

if TYPE_CHECKING:
    from db import CatalogueInfo, CatalogueSource, CatalogueView
    from db.packs import ActiveCatalogue
    from search_index.concepts import ConceptIndex
    from search_index.thesaurus import Thesaurus

logger = logging.getLogger(__name__)
THESAURUS_FOLDER = "thesaurus"


def thesaurus_source_for(catalogue_source: Path) -> Path:
    """resources/thesaurus for resources/catalogue: the thesaurus travels with its catalogue."""
    return Path(catalogue_source).parent / THESAURUS_FOLDER


def check_thesaurus(source: CatalogueSource, folder: Path) -> Thesaurus:
    """The thesaurus in folder, validated against this catalogue's entry and region slugs;
    raises ThesaurusError (file:line: what is wrong)."""
    from search_index.thesaurus import Thesaurus

    known = {e.slug for e in source.entries} | {r.slug for r in source.regions}
    return Thesaurus.load(folder, known)


def build_catalogue_data(source_dir: Path, out_dir: Path) -> tuple[CatalogueInfo, Thesaurus]:
    """`fieldref build` minus the index: check the catalogue and the thesaurus, then write
    catalogue.sqlite and thesaurus.json into out_dir (each swapped in whole)."""
    from db import CATALOGUE_FILE, load_source, write_catalogue
    from db.safe_files import write_file_atomically
    from search_index.thesaurus import THESAURUS_FILE

    source = load_source(source_dir)
    thesaurus = check_thesaurus(source, thesaurus_source_for(source_dir))
    info = write_catalogue(source, Path(out_dir) / CATALOGUE_FILE)
    write_file_atomically(Path(out_dir) / THESAURUS_FILE, thesaurus.compiled_bytes())
    return info, thesaurus


def open_thesaurus(
    paths: AppPaths, content: ActiveCatalogue | None, catalogue: CatalogueView | None
) -> tuple[Thesaurus, str | None]:
    """The compiled thesaurus beside the active catalogue (else beside the shipped one), its
    links narrowed to what `catalogue` has, and a line saying why it is empty when it had to
    be. A damaged thesaurus never stops the catalogue opening. Without `content` (a quick
    start, which only happens without content packs) it is the shipped build's; without
    `catalogue` its links are kept as that build checked them."""
    from search_index.thesaurus import THESAURUS_FILE, Thesaurus, ThesaurusError

    beside = () if content is None else (Path(content.catalogue_file).parent,)
    for folder in dict.fromkeys((*beside, Path(paths.data_dir))):
        try:
            thesaurus = Thesaurus.load_compiled(folder / THESAURUS_FILE)
        except FileNotFoundError:
            continue
        except ThesaurusError as exc:
            logger.info("thesaurus not loaded: %s", exc)  # info: the CLI says it itself
            return Thesaurus.empty(), f"The thesaurus is unavailable: {exc}"
        if catalogue is None:
            return thesaurus, None
        known = [e.slug for e in catalogue.entries()] + [r.slug for r in catalogue.regions()]
        return thesaurus.restricted_to(known), None
    logger.info("no compiled thesaurus in %s; run 'fieldref build'", paths.data_dir)
    return Thesaurus.empty(), None


def entry_labels(thesaurus: Thesaurus, slug: str) -> EntryLabels:
    """What the thesaurus calls this entry or region, and which concepts point at it."""
    linked = tuple(
        LinkingConcept(
            c.id, c.pref_label("en") or c.id, "broader" if slug in c.broader else "related"
        )
        for c in thesaurus.about(slug)
    )
    concept = thesaurus.for_entry(slug)
    if concept is None:
        return EntryLabels(slug, linked_by=linked)
    return EntryLabels(slug, concept.id, concept.pref, concept.alt, concept.hidden, linked)


def labels_from_index(index: ConceptIndex, slug: str) -> EntryLabels:
    """`entry_labels` answered by search's label index, built from the same thesaurus and kept
    between runs: a quick start never loads the thesaurus itself (tests check both agree)."""
    linked = tuple(
        LinkingConcept(cid, index.pref_en(cid), relation) for cid, relation in index.linking(slug)
    )
    concept = index.concept_of(slug)
    if concept is None:
        return EntryLabels(slug, linked_by=linked)
    labels = index.labels_of(concept)
    return EntryLabels(slug, concept, labels["pref"], labels["alt"], labels["hidden"], linked)
