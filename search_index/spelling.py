"""Edit distance for ranking spelling corrections (candidates come from Whoosh's automaton)."""

from __future__ import annotations


def edit_distance(a: str, b: str, cap: int = 3) -> int:
    """Levenshtein distance, giving up at `cap` (returns cap) to stay cheap on long words."""
    if a == b:
        return 0
    if abs(len(a) - len(b)) >= cap:
        return cap
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) >= cap:
            return cap
        previous = current
    return min(previous[-1], cap)


def common_prefix(a: str, b: str) -> int:
    n = 0
    for ca, cb in zip(a, b, strict=False):
        if ca != cb:
            break
        n += 1
    return n
