"""Combines the shipped catalogue and installed packs into one catalogue source.

The rule, in full:
- The base is the shipped catalogue, unless a *replace* pack is installed: then the base is that
  pack's entries, with its regions (or the shipped regions if it brings none). At most one replace
  pack is installed; a newer replace pack, of any id, takes its place.
- *Add* packs follow in the order they were first installed. An add pack may only bring new entry
  slugs: a slug already in the base or in another pack is refused, naming both. Updating a pack
  (same id, higher sequence) swaps its entries as a whole, which may add, update or remove them.
- A pack may add regions. A region that already exists must be listed identically (same name and
  parent) or the pack is refused. Entries may only use regions of the result, and may only link
  to entries of the result.
- The catalogue version is the base's (the shipped version, or `<id>.<sequence>` for a replace
  pack) followed by `+<id>.<sequence>` per add pack; its "data as of" is the newest of them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from db.builder import link_closure
from db.packs.errors import PackError
from db.packs.records import Changes, InstalledPack
from db.packs.validate import PackPayload
from db.records import Entry, Region
from db.source import CatalogueSource


@dataclass(frozen=True, slots=True)
class Layer:
    """One pack with its verified payload, as it takes part in a composition."""

    pack: InstalledPack
    payload: PackPayload


def order_layers(layers: Sequence[Layer], new: Layer) -> list[Layer]:
    """The installed layers with `new` swapped in.

    A replace pack goes first, in place of any other replace pack. An add pack takes the place of
    its own earlier sequence, or else goes last.
    """
    if new.pack.mode == "replace":
        others = (la for la in layers if la.pack.mode != "replace" and la.pack.id != new.pack.id)
        return [new, *others]
    result = list(layers)
    for position, layer in enumerate(result):
        if layer.pack.id == new.pack.id:
            if layer.pack.mode == "add":
                result[position] = new
                return result
            del result[position]  # it was the replace pack: the shipped base comes back
            break
    return [*result, new]


def compose(shipped: CatalogueSource, layers: Sequence[Layer]) -> CatalogueSource:
    layers = list(layers)
    base, base_owner, base_layer = shipped, "the shipped catalogue", None
    if layers and layers[0].pack.mode == "replace":
        base_layer = layers.pop(0)
        base = _replacement(base_layer, shipped)
        base_owner = f"pack '{base_layer.pack.id}'"
    if any(layer.pack.mode == "replace" for layer in layers):
        raise PackError("more than one replace pack is installed; roll back and re-import")
    entries: dict[str, Entry] = {e.slug: e for e in base.entries}
    owner = dict.fromkeys(entries, base_owner)
    regions: dict[str, Region] = {r.slug: r for r in base.regions}
    for layer in layers:
        _add_regions(layer, regions)
        for entry in layer.payload.entries:
            if entry.slug in entries:
                raise PackError(
                    f"pack '{layer.pack.id}' {layer.payload.where(entry.slug)}: already exists"
                    f" in {owner[entry.slug]}; an add pack may only bring new entries"
                )
            entries[entry.slug] = entry
            owner[entry.slug] = f"pack '{layer.pack.id}'"
    for layer in ([base_layer] if base_layer else []) + layers:
        _check_references(layer, regions, entries)
    data_as_of = max([base.data_as_of, *(layer.pack.data_as_of for layer in layers)])
    version = base.version + "".join(f"+{la.pack.id}.{la.pack.sequence}" for la in layers)
    return CatalogueSource(
        title=base.title,
        version=version,
        data_as_of=data_as_of,
        entries=tuple(dataclasses.replace(e, order=i) for i, e in enumerate(entries.values())),
        regions=tuple(regions.values()),
    )


def _replacement(layer: Layer, shipped: CatalogueSource) -> CatalogueSource:
    regions: dict[str, Region] = {}
    if layer.payload.regions:
        _add_regions(layer, regions)
    else:
        regions = {r.slug: r for r in shipped.regions}
    return CatalogueSource(
        title=layer.pack.title,
        version=f"{layer.pack.id}.{layer.pack.sequence}",
        data_as_of=layer.pack.data_as_of,
        entries=layer.payload.entries,
        regions=tuple(regions.values()),
    )


def _add_regions(layer: Layer, regions: dict[str, Region]) -> None:
    for region in layer.payload.regions:
        where = f"pack '{layer.pack.id}' regions.json: region '{region.slug}'"
        have = regions.get(region.slug)
        if have is not None:
            if (have.name, have.parent) != (region.name, region.parent):
                raise PackError(
                    f"{where} already exists as '{have.name}' (parent {have.parent or 'none'})"
                    " and may not be changed by a pack"
                )
            continue
        if region.parent is not None and region.parent not in regions:
            raise PackError(f"{where} names unknown parent '{region.parent}' (list parents first)")
        regions[region.slug] = region


def _check_references(layer: Layer, regions: dict[str, Region], entries: dict[str, Entry]) -> None:
    for entry in layer.payload.entries:
        for region in entry.regions:
            if region not in regions:
                raise PackError(
                    f"pack '{layer.pack.id}' {layer.payload.where(entry.slug)}: unknown region"
                    f" '{region}'"
                )
        for other in entry.related:
            if other not in entries:
                raise PackError(
                    f"pack '{layer.pack.id}' {layer.payload.where(entry.slug)}: related link to"
                    f" unknown entry '{other}'"
                )


def _fingerprint(entry: Entry, related: Iterable[str]) -> tuple[object, ...]:
    return (
        entry.kind,
        entry.title,
        entry.summary,
        entry.body,
        tuple(entry.regions),
        tuple(sorted(related)),
        tuple(entry.aliases),
    )


def diff(old: Sequence[Entry], new: Sequence[Entry]) -> Changes:
    """Added, updated and removed entries between two catalogues (links compared both ways)."""
    before = {e.slug: e for e in old}
    after = {e.slug: e for e in new}
    links = link_closure(new)
    added = tuple((e.slug, e.title) for e in new if e.slug not in before)
    removed = tuple((e.slug, e.title) for e in old if e.slug not in after)
    updated = tuple(
        (e.slug, e.title)
        for e in new
        if e.slug in before
        and _fingerprint(e, links[e.slug]) != _fingerprint(before[e.slug], before[e.slug].related)
    )
    return Changes(added, updated, removed)
