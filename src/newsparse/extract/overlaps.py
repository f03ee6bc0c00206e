"""Which of many (start, end) ranges overlap or contain a query, without scanning them all.

The extractors ask such questions once per sentence, quote or claim; asked of every range each
time, the work grows with the square of the article (10,000 quotation marks: minutes). These
answer from sorted starts with ``bisect``. Each gives candidates or answers exactly as the scan
it replaces did (same predicate, same order), so the output does not change.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Sequence
from itertools import accumulate

LONG = 2_000
"""Ranges longer than this are kept apart and always checked: with them out of the sorted list,
a query looks back at most this far, however long the longest range."""


class RangeIndex:
    """Static ranges; ``near(start, end)``: the indexes, in input order, of every range with
    ``a < end and b > start`` (the ranges sharing a position with [start, end), and the empty
    ones inside it). Callers apply their own exact test to these candidates."""

    def __init__(self, ranges: Sequence[tuple[int, int]]) -> None:
        short = sorted(
            (a, i) for i, (a, b) in enumerate(ranges) if b - a <= LONG
        )  # by start, then input order
        self._ranges = ranges
        self._starts = [a for a, _ in short]
        self._order = [i for _, i in short]
        self._long = [i for i, (a, b) in enumerate(ranges) if b - a > LONG]

    def near(self, start: int, end: int) -> list[int]:
        lo = bisect_left(self._starts, start - LONG)
        hi = bisect_left(self._starts, end)
        found = [i for i in self._order[lo:hi] if self._ranges[i][1] > start]
        found += [i for i in self._long if self._ranges[i][0] < end and self._ranges[i][1] > start]
        return sorted(found)


class Containment:
    """Static ranges; ``contains(start, end)``: does any range have ``a <= start and end <= b``?"""

    def __init__(self, ranges: Sequence[tuple[int, int]]) -> None:
        rows = sorted(ranges)
        self._starts = [a for a, _ in rows]
        self._reach = list(accumulate((b for _, b in rows), max))  # max end of each prefix

    def contains(self, start: int, end: int) -> bool:
        k = bisect_right(self._starts, start)
        return k > 0 and self._reach[k - 1] >= end


class Coverage:
    """The union of the ranges added so far; ``overlaps(start, end)`` is ``any(min(end, b) -
    max(start, a) > 0)`` over them (a shared position; empty ranges never overlap)."""

    def __init__(self, ranges: Sequence[tuple[int, int]] = ()) -> None:
        self._segments: list[tuple[int, int]] = []  # disjoint, sorted, non-empty
        for a, b in sorted(ranges):
            self.add(a, b)

    def overlaps(self, start: int, end: int) -> bool:
        if end <= start:
            return False
        k = bisect_left(self._segments, (end, end))  # segments starting before ``end``
        return k > 0 and self._segments[k - 1][1] > start

    def add(self, start: int, end: int) -> None:
        if end <= start:
            return
        segs = self._segments
        k = bisect_left(segs, (start, start))
        if k > 0 and segs[k - 1][1] >= start:  # joins the segment before
            k -= 1
            start = segs[k][0]
        j = k
        while j < len(segs) and segs[j][0] <= end:  # and swallows those it reaches
            end = max(end, segs[j][1])
            j += 1
        if j > k:
            end = max(end, segs[j - 1][1])
            del segs[k:j]
        insort(segs, (start, end))


def contained_in_another(ranges: Sequence[tuple[int, int]]) -> list[bool]:
    """For each range: is it inside a different range of the list (``o[0] <= a and b <= o[1]
    and o != (a, b)``)?"""
    unique = sorted(set(ranges), key=lambda r: (r[0], -r[1]))
    inside: dict[tuple[int, int], bool] = {}
    reach = None  # the largest end among the ranges before, in (start, longest first) order
    for r in unique:
        inside[r] = reach is not None and reach >= r[1]
        reach = r[1] if reach is None else max(reach, r[1])
    return [inside[r] for r in ranges]
