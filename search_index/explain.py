"""`fieldref search --explain`: how a query was understood, as a frozen value the CLI prints.

Officers and editors ask "why did it find that?": the answer is the detected language and
script, the words kept and dropped, the thesaurus concepts matched (and through which label),
the English labels added, the correction, the place and the filters — the same plan the search
itself ran (engine.Plan), never a second reading of the query.
"""

from __future__ import annotations

from dataclasses import dataclass

from search_index.concepts import ConceptIndex
from search_index.engine import Plan
from search_index.results import SearchResult


@dataclass(frozen=True, slots=True)
class ConceptNote:
    concept: str
    matched: str  # the label found in the query, as the thesaurus writes it
    language: str
    kind: str  # pref, alt, hidden
    english: str  # the concept's English preferred label
    entry: str | None  # the entry or region this concept is
    linked: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Explanation:
    query: str
    language: str
    script: str
    words: tuple[str, ...]  # normalised words searched ("…*": a word being typed)
    dropped: tuple[str, ...]  # question and stop words
    concepts: tuple[ConceptNote, ...]
    expansions: tuple[str, ...]  # English labels added to the query (those entries can match)
    corrected: str | None
    place: str | None
    filters: tuple[tuple[str, str | None], ...]
    notice: str | None
    total: int
    top: tuple[tuple[str, str, str], ...]  # (kind, slug, title) of the first hits

    def lines(self) -> list[str]:
        """Plain text, one fact a line (terminal-safe escaping is the caller's)."""
        out = [
            f"query:      {self.query}",
            f"language:   {self.language} (script: {self.script})",
            f"words:      {' '.join(self.words) or '-'}",
            f"dropped:    {' '.join(self.dropped) or '-'}",
        ]
        for note in self.concepts:
            target = f" = {note.entry}" if note.entry else ""
            links = f"; links {', '.join(note.linked)}" if note.linked else ""
            out.append(
                f"concept:    {note.concept}{target} via {note.language} {note.kind} label "
                f"'{note.matched}' ({note.english}){links}"
            )
        if not self.concepts:
            out.append("concept:    -")
        out.append(f"expansions: {'; '.join(self.expansions) or '-'}")
        out.append(f"corrected:  {self.corrected or '-'}")
        out.append(f"place:      {self.place or '-'}")
        used = [f"{k}={v}" for k, v in self.filters if v]
        out.append(f"filters:    {', '.join(used) or '-'}")
        if self.notice:
            out.append(f"notice:     {self.notice}")
        out.append(f"results:    {self.total}")
        out += [f"  {kind:10s} {slug}  {title}" for kind, slug, title in self.top]
        return out


def explain_plan(
    plan: Plan,
    result: SearchResult,
    concepts: ConceptIndex,
    filters: tuple[tuple[str, str | None], ...],
) -> Explanation:
    understood = plan.understood
    notes = tuple(
        ConceptNote(
            m.concept,
            m.label,
            m.language,
            m.kind,
            concepts.pref_en(m.concept),
            concepts.entry(m.concept),
            concepts.linked(m.concept),
        )
        for m in understood.matches
    )
    expansions = tuple(
        dict.fromkeys(
            label
            for unit in understood.units
            for cid in unit.concepts
            for phrase, label in zip(
                concepts.english(cid), concepts.english_labels(cid), strict=True
            )
            if phrase in unit.alternatives  # searched: a label with a word no entry has is not
        )
    )
    place = None
    if plan.place is not None:
        where = plan.place.region or "no catalogue region"
        country = f"country {plan.place.country.name}, " if plan.place.country else ""
        place = f"{plan.place.name} ({country}region {where})"
    return Explanation(
        query=plan.text,
        language=understood.language,
        script=understood.script,
        words=tuple(u.surface + ("*" if u.prefix else "") for u in understood.units),
        dropped=understood.dropped,
        concepts=notes,
        expansions=expansions,
        corrected=result.corrected,
        place=place,
        filters=filters,
        notice=result.notice,
        total=result.total,
        top=tuple((h.kind, h.slug, h.title) for h in result.hits),
    )
