"""Queries that name a place: a catalogue region, a country (in any of six languages) or an M49
area. They answer with the region page first, and a country no entry names says so instead of
showing whatever words happen to look like it (docs/architecture.md §5).
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from db.catalogue_view import CatalogueView
from search_index.analysis import normalize
from search_index.gazetteer import Country, Gazetteer, name_key, normal_key


@dataclass(frozen=True, slots=True)
class Place:
    """What a whole query named. `region` is the catalogue region to offer (None when the
    catalogue has none that contains it); `country` is set when a country was named."""

    name: str
    region: str | None
    country: Country | None = None
    first: bool = True  # the region page leads (a region, or a country that is one)


class Places:
    """Region and country names of the active catalogue and the gazetteer, looked up by key."""

    def __init__(self, gazetteer: Gazetteer, catalogue: CatalogueView) -> None:
        self._gazetteer = gazetteer
        self._region_names = {r.slug: r.name for r in catalogue.regions()}
        self._regions: dict[str, str] = {}
        for region in catalogue.regions():
            for name in (region.name, *region.aliases, region.slug.replace("-", " ")):
                key = name_key(name)
                if key:
                    self._regions.setdefault(key, region.slug)
        region_words = {normalize(w) for key in self._regions for w in key.split()}
        self.words: frozenset[str] = gazetteer.normal_words | region_words
        self.region_slugs = frozenset(self._region_names)
        self._normalised = gazetteer.normal_names or {}

    def region_name(self, slug: str) -> str:
        return self._region_names.get(slug, slug)

    def match(self, text: str) -> Place | None:
        """The place the whole query names, if it names one: a catalogue region first (Türkiye
        and Nigeria are regions of their own), then a country, then an M49 area."""
        key = name_key(text)
        if not key:
            return None
        slug = self._regions.get(key)
        if slug is not None:
            return Place(self.region_name(slug), slug)
        country = self._gazetteer.country(key) or self._country(normal_key(key))
        if country is not None:
            own = self._regions.get(name_key(country.name))  # Brasil, Turquie: catalogue regions
            if own is not None:
                return Place(country.name, own, country)
            region = next((s for s in country.regions if s in self._region_names), None)
            return Place(country.name, region, country, first=False)
        areas = (self._gazetteer.m49_names or {}).get(key, ())
        region = next((s for s in areas if s in self._region_names), None)
        return None if region is None else Place(self.region_name(region), region)

    def _country(self, key: str) -> Country | None:
        index = self._normalised.get(key)
        return None if index is None else self._gazetteer.countries[index]


def region_snippet(place: Place) -> str:
    """Escaped HTML under a region hit: which M49 area the named country lies in."""
    country = place.country
    if country is None or not country.subregion:
        return ""
    return html.escape(f"{country.name}: {country.subregion} (UN M49)")
