"""quote_regions finds marks with a regex: it must pair them exactly as a character scan does."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.extract.claims.segments import quote_regions


def _scan(text: str, paragraph_starts: list[int]) -> list[tuple[int, int]]:
    """The character-by-character scan quote_regions replaced (the oracle)."""
    bounds = [*paragraph_starts, len(text)] if paragraph_starts else [0, len(text)]
    if bounds[0] != 0:
        bounds = [0, *bounds]
    regions: list[tuple[int, int]] = []
    for p in range(len(bounds) - 1):
        a, b = bounds[p], bounds[p + 1]
        open_at: int | None = None
        straight_open: int | None = None
        i = a - 1
        while i + 1 < b:
            i += 1
            ch = text[i]
            if text.startswith("''", i) or text.startswith("``", i):
                if straight_open is None:
                    straight_open = i + 2
                else:
                    regions.append((straight_open, i))
                    straight_open = None
                i += 1
                continue
            if ch in "“«":
                if open_at is None:
                    open_at = i + 1
            elif ch in "”»":
                if open_at is not None:
                    regions.append((open_at, i))
                    open_at = None
            elif ch == '"':
                if straight_open is None:
                    straight_open = i + 1
                else:
                    regions.append((straight_open, i))
                    straight_open = None
        for left in (open_at, straight_open):
            if left is not None:
                end = b
                while end > left and text[end - 1].isspace():
                    end -= 1
                if end - left > 20:
                    regions.append((left, end))
    regions.sort()
    return regions


def test_a_doubled_mark_across_a_paragraph_break_pairs_as_the_scan_does() -> None:
    text = "He said ''no way' and left'\n''Then'' she spoke at length about it all."
    starts = [0, text.index("\n") + 1 - 1]
    assert quote_regions(text, starts) == _scan(text, starts)


@given(
    st.text(alphabet="ab '`\"“”«»\n", max_size=60),
    st.lists(st.integers(min_value=0, max_value=60), max_size=4),
)
def test_regions_equal_the_character_scan(text: str, cuts: list[int]) -> None:
    starts = sorted({min(c, len(text)) for c in cuts})
    assert quote_regions(text, starts) == _scan(text, starts)
