"""Where the officer is, and where they have been (Alt+Left / Alt+Right). No Qt."""

from __future__ import annotations

from dataclasses import dataclass

MAX_HISTORY = 200


@dataclass(frozen=True, slots=True)
class Location:
    """An entry page or a region page; the unit of back/forward."""

    kind: str  # "entry" | "region"
    slug: str

    def to_link(self) -> str:
        """The internal link that opens this location (see entry_html)."""
        return f"entry:{self.slug}" if self.kind == "entry" else f"entry:region/{self.slug}"

    @classmethod
    def from_link(cls, link: str) -> Location | None:
        """Parse an internal link; anything that is not ours is None and is never followed."""
        if not link.startswith("entry:"):
            return None
        target = link[len("entry:") :]
        kind = "entry"
        if target.startswith("region/"):
            kind, target = "region", target[len("region/") :]
        if not target or len(target) > 100 or not all(c.isalnum() or c == "-" for c in target):
            return None
        return cls(kind, target)


class History:
    """A browser-style back/forward list of locations."""

    def __init__(self) -> None:
        self._back: list[Location] = []
        self._forward: list[Location] = []
        self.current: Location | None = None

    def visit(self, location: Location) -> None:
        if location == self.current:
            return
        if self.current is not None:
            self._back.append(self.current)
            del self._back[:-MAX_HISTORY]
        self._forward.clear()
        self.current = location

    def can_go_back(self) -> bool:
        return bool(self._back)

    def can_go_forward(self) -> bool:
        return bool(self._forward)

    def back(self) -> Location | None:
        if not self._back:
            return None
        if self.current is not None:
            self._forward.append(self.current)
        self.current = self._back.pop()
        return self.current

    def forward(self) -> Location | None:
        if not self._forward:
            return None
        if self.current is not None:
            self._back.append(self.current)
        self.current = self._forward.pop()
        return self.current
