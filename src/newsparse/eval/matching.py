"""Span matching shared by the quote and claim scorers: one-to-one, best overlap first.

A pair counts when the spans share at least ``MIN_OVERLAP`` of the longer one's characters;
each prediction and each gold span is used once, so a split or doubled prediction is not
rewarded twice.
"""

from __future__ import annotations

from collections.abc import Sequence

MIN_OVERLAP = 0.5


def overlap_ratio(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Shared characters over the length of the longer span (0 when disjoint)."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    longer = max(a[1] - a[0], b[1] - b[0])
    return inter / longer if inter > 0 and longer > 0 else 0.0


def match_spans(
    pred: Sequence[tuple[int, int]],
    gold: Sequence[tuple[int, int]],
    *,
    min_ratio: float = MIN_OVERLAP,
    exact: bool = False,
) -> list[tuple[int, int]]:
    """One-to-one matching: pairs (pred index, gold index), best overlap first, ties by order."""
    candidates: list[tuple[float, int, int]] = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if exact:
                if p == g:
                    candidates.append((1.0, i, j))
            else:
                r = overlap_ratio(p, g)
                if r >= min_ratio:
                    candidates.append((r, i, j))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, i, j in candidates:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((i, j))
    return sorted(pairs)
