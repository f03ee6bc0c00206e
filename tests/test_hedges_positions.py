"""Positions found on demand answer like the eager index they replace."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.extract.claims.tokens import Positions
from newsparse.extract.claims.tokindex import positions


@given(st.lists(st.sampled_from(["may", "might", "not", "the", "well"]), max_size=30))
def test_positions_on_demand_equal_the_eager_index(words: list[str]) -> None:
    lazy, eager = Positions(words), positions(words)
    assert lazy.keys == set(eager)
    for key in ("may", "might", "not", "the", "well", "absent"):
        assert lazy.get(key) == eager.get(key)
        assert lazy.get(key, ()) == eager.get(key, ())
