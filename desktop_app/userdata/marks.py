"""Which entries the officer made their own, and how: a bookmark (★) or a note (✎). No Qt.

One value object travels from the store lane to the tree, the results and the entry header, so
each shows the same two marks with the same meaning (a single ★ used to mean "note or bookmark").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

BOOKMARK_MARK = "★"
NOTE_MARK = "✎"


@dataclass(frozen=True, slots=True)
class Marks:
    """Bookmarked and noted slugs; iterating gives every marked slug."""

    bookmarked: frozenset[str] = field(default_factory=frozenset)
    noted: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, bookmarked: Iterable[str] = (), noted: Iterable[str] = ()) -> Marks:
        return cls(frozenset(bookmarked), frozenset(noted))

    def __contains__(self, slug: object) -> bool:
        return slug in self.bookmarked or slug in self.noted

    def __iter__(self) -> Iterator[str]:
        return iter(self.bookmarked | self.noted)

    def __len__(self) -> int:
        return len(self.bookmarked | self.noted)

    def symbols(self, slug: str | None) -> str:
        """'★', '✎', '★ ✎' or '' for this entry (spaced: two marks read as two)."""
        if slug is None:
            return ""
        marks = (
            BOOKMARK_MARK if slug in self.bookmarked else "",
            NOTE_MARK if slug in self.noted else "",
        )
        return " ".join(mark for mark in marks if mark)

    def changed(self, other: Marks) -> frozenset[str]:
        """Slugs whose marks differ between the two."""
        return (self.bookmarked ^ other.bookmarked) | (self.noted ^ other.noted)
