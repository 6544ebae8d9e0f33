"""The catalogue and the officer's own data, in SQLite via SQLAlchemy 2. Never imports Qt.

The public names load on first use (PEP 562): `import db.safe_files` must stay cheap, because
the GUI reads its settings and shortcut files through it before the window's first paint, and
SQLAlchemy (pulled in by the catalogue modules) costs about 0.4 s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.lazy import lazy_exports

if TYPE_CHECKING:
    from db.builder import CATALOGUE_FILE, build_catalogue, write_catalogue
    from db.catalogue import Catalogue
    from db.catalogue_view import CatalogueView, EntryNotFound, RegionNotFound
    from db.errors import CatalogueError, FieldReferenceError, SourceError
    from db.records import ENTRY_KINDS, CatalogueInfo, Entry, Region, RegionNode
    from db.source import CatalogueSource, load_source

_HOMES = {
    "CATALOGUE_FILE": "db.builder",
    "build_catalogue": "db.builder",
    "write_catalogue": "db.builder",
    "Catalogue": "db.catalogue",
    "EntryNotFound": "db.catalogue_view",
    "RegionNotFound": "db.catalogue_view",
    "CatalogueView": "db.catalogue_view",
    "CatalogueError": "db.errors",
    "FieldReferenceError": "db.errors",
    "SourceError": "db.errors",
    "ENTRY_KINDS": "db.records",
    "CatalogueInfo": "db.records",
    "Entry": "db.records",
    "Region": "db.records",
    "RegionNode": "db.records",
    "CatalogueSource": "db.source",
    "load_source": "db.source",
}

__all__ = [
    "CATALOGUE_FILE",
    "ENTRY_KINDS",
    "Catalogue",
    "CatalogueError",
    "CatalogueInfo",
    "CatalogueSource",
    "CatalogueView",
    "Entry",
    "EntryNotFound",
    "FieldReferenceError",
    "Region",
    "RegionNode",
    "RegionNotFound",
    "SourceError",
    "build_catalogue",
    "load_source",
    "write_catalogue",
]


__getattr__ = lazy_exports("db", _HOMES, globals())
