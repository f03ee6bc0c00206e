"""The range indexes answer exactly what the scans they replace answered."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.extract import overlaps
from newsparse.extract.overlaps import Containment, Coverage, RangeIndex, contained_in_another

spans = st.tuples(st.integers(0, 60), st.integers(0, 60)).map(lambda r: (r[0], r[0] + r[1] // 3))
long_spans = st.tuples(st.integers(0, 5000), st.integers(0, 5000))
queries = st.lists(st.tuples(st.integers(-5, 70), st.integers(-5, 70)), max_size=20)


@given(st.lists(st.one_of(spans, long_spans), max_size=30), queries)
def test_range_index_finds_every_overlap_in_order(ranges, qs) -> None:
    index = RangeIndex(ranges)
    for start, end in qs:
        expect = [i for i, (a, b) in enumerate(ranges) if a < end and b > start]
        assert index.near(start, end) == expect


def test_range_index_keeps_long_ranges_apart() -> None:
    ranges = [(0, overlaps.LONG * 3), (10, 20)]
    assert RangeIndex(ranges).near(overlaps.LONG * 2, overlaps.LONG * 2 + 1) == [0]


@given(st.lists(spans, max_size=30), queries)
def test_containment_matches_the_scan(ranges, qs) -> None:
    index = Containment(ranges)
    for start, end in qs:
        assert index.contains(start, end) == any(a <= start and end <= b for a, b in ranges)


@given(st.lists(spans, max_size=20), st.lists(spans, max_size=20), queries)
def test_coverage_matches_the_scan_as_ranges_are_added(first, added, qs) -> None:
    cover = Coverage(first)
    taken = list(first)
    for a, b in added:
        for start, end in qs:
            scan = any(min(end, y) - max(start, x) > 0 for x, y in taken)
            assert cover.overlaps(start, end) == scan
        cover.add(a, b)
        taken.append((a, b))


@given(st.lists(spans, max_size=30))
def test_contained_in_another_matches_the_scan(ranges) -> None:
    expect = [any(o[0] <= a and b <= o[1] and o != (a, b) for o in ranges) for a, b in ranges]
    assert contained_in_another(ranges) == expect
