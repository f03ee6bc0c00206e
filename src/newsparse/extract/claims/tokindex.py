"""Word look-ups over a run of tokens in one pass, so lexicon matching is not cues x tokens."""

from __future__ import annotations

from collections.abc import Sequence


def positions(keys: Sequence[str]) -> dict[str, list[int]]:
    """Each key -> the positions where it occurs, ascending."""
    index: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        index.setdefault(key, []).append(i)
    return index


def union(a: list[int] | None, b: list[int] | None) -> Sequence[int]:
    """Ascending positions found in either list (most cues match neither: no sort then)."""
    if not a or not b:
        return a or b or ()
    return sorted({*a, *b})
