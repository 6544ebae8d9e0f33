"""Spelling distance for 'did you mean': optimal string alignment (a swap counts as one edit)."""

from __future__ import annotations


def edit_distance(a: str, b: str, cap: int = 3) -> int:
    """Levenshtein distance with adjacent transpositions, giving up at `cap` (returns cap)."""
    if a == b:
        return 0
    if abs(len(a) - len(b)) >= cap:
        return cap
    before: list[int] | None = None
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if before is not None and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, before[j - 2] + 1)
            current.append(cost)
        if min(current) >= cap:
            return cap
        before, previous = previous, current
    return min(previous[-1], cap)


def common_prefix(a: str, b: str) -> int:
    n = 0
    for ca, cb in zip(a, b, strict=False):
        if ca != cb:
            break
        n += 1
    return n
