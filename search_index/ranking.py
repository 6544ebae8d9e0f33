"""Small pure functions of the ranking tiers (engine.py): merging, link weights, and which
matched terms make an entry a literal match of a unit."""

from __future__ import annotations

from search_index.query import OPTIONAL_PREFIX, Unit, is_short

RawHit = tuple[str, str, str, float]  # slug, kind, title, score


def reranked(hits: list[RawHit], links: dict[str, float]) -> list[RawHit]:
    """Within one tier, a linked entry's score grows by its link's weight (entry > broader >
    related); across tiers nothing moves."""
    if not links:
        return hits
    scored = [(s, k, t, score * (1.0 + links.get(s, 0.0))) for s, k, t, score in hits]
    return sorted(scored, key=lambda h: -h[3])


def merged(hits: list[RawHit], more: list[RawHit], limit: int) -> list[RawHit]:
    """hits, then those of `more` not already there, up to limit."""
    seen = {h[0] for h in hits}
    return [*hits, *[h for h in more if h[0] not in seen]][: max(limit, len(hits))]


def required(units: list[Unit]) -> list[Unit]:
    """The units a match must have: a trailing 1–2 letter prefix only ranks (build_query)."""
    last = units[-1] if units else None
    optional = last is not None and last.prefix and len(last.surface) <= OPTIONAL_PREFIX
    if optional and len(units) > 1 and not last.is_phrase:
        return units[:-1]
    return units


def literal_sets(unit: Unit) -> list[frozenset[str]]:
    """The term sets any one of which is the unit's own words in an entry."""
    found = [frozenset(unit.stems), *(frozenset((e,)) for e in unit.expansions)]
    if is_short(unit):
        found.append(frozenset((unit.surface,)))
    return found


def unit_phrases(unit: Unit) -> list[frozenset[str]]:
    """The term sets any one of which means an entry has this unit: all its words, one
    completion of a prefix, or all the words of one of its concepts' English labels."""
    found = [frozenset(unit.stems), *(frozenset((e,)) for e in unit.expansions)]
    found += [frozenset(a) for a in unit.alternatives]
    if unit.prefix and len(unit.surface) <= 4:
        found.append(frozenset((unit.surface,)))
    return found
