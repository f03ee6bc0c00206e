"""Span matching: overlap of the longer span, one-to-one, best first."""

from __future__ import annotations

import pytest

from newsparse.eval.matching import match_spans, overlap_ratio


@pytest.mark.parametrize(
    ("a", "b", "ratio"),
    [
        ((0, 10), (0, 10), 1.0),
        ((0, 10), (5, 10), 0.5),
        ((0, 10), (10, 20), 0.0),
        ((0, 4), (2, 10), 0.25),
    ],
)
def test_overlap_ratio_uses_the_longer_span(a, b, ratio) -> None:
    assert overlap_ratio(a, b) == pytest.approx(ratio)


def test_matching_is_one_to_one_best_first() -> None:
    # Two predictions overlap the same gold: only the better one matches.
    assert match_spans([(0, 10), (0, 9)], [(0, 10)]) == [(0, 0)]
    assert match_spans([(0, 9), (0, 10)], [(0, 10)]) == [(1, 0)]
    assert match_spans([(0, 4)], [(0, 10)]) == []  # 0.4 < 0.5
    assert match_spans([(0, 10)], [(0, 11)], exact=True) == []
