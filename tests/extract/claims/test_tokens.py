"""Word positions found on demand answer like an eager index of every word."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.extract.claims.tokens import Positions, union


def _eager(words: list[str]) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for i, word in enumerate(words):
        index.setdefault(word, []).append(i)
    return index


@given(st.lists(st.sampled_from(["may", "might", "not", "the", "well"]), max_size=30))
def test_positions_on_demand_equal_the_eager_index(words: list[str]) -> None:
    lazy, eager = Positions(words), _eager(words)
    assert lazy.keys == set(eager)
    for key in ("may", "might", "not", "the", "well", "absent"):
        assert lazy.get(key) == eager.get(key)
        assert lazy.get(key, ()) == eager.get(key, ())


@given(
    st.lists(st.integers(0, 9), unique=True).map(sorted),
    st.lists(st.integers(0, 9), unique=True).map(sorted),
)
def test_union_is_the_sorted_positions_of_either(a: list[int], b: list[int]) -> None:
    assert list(union(a or None, b or None)) == sorted({*a, *b})
