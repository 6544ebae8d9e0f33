"""The catalogue and the officer's own data, in SQLite via SQLAlchemy 2. Never imports Qt."""

from db.builder import CATALOGUE_FILE, build_catalogue, write_catalogue
from db.catalogue import Catalogue, EntryNotFound, RegionNotFound
from db.errors import CatalogueError, SourceError
from db.records import ENTRY_KINDS, CatalogueInfo, Entry, Region, RegionNode
from db.source import CatalogueSource, load_source

__all__ = [
    "CATALOGUE_FILE",
    "ENTRY_KINDS",
    "Catalogue",
    "CatalogueError",
    "CatalogueInfo",
    "CatalogueSource",
    "Entry",
    "EntryNotFound",
    "Region",
    "RegionNode",
    "RegionNotFound",
    "SourceError",
    "build_catalogue",
    "load_source",
    "write_catalogue",
]
