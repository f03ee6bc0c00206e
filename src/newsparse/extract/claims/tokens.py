"""A claim's tokens on the DocView, each column sliced once: hedges, types and check-worthiness
all read the same few columns of the same claim, and a fresh slice per question was most of
their cost. Word positions are found in one pass, so lexicon matching is not cues x tokens."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from newsparse.docview import DocView


class Positions:
    """Each value's ascending positions in a column, found only for the keys asked about: a
    lexicon hits few of a claim's words, and the set of words (built in C) is enough to tell
    which."""

    def __init__(self, values: list[Any]) -> None:
        self.values = values
        self.keys = set(values)

    def get(self, key: Any, default: Any = None) -> Any:
        """Ascending positions of ``key`` (list.index and count run in C), or ``default`` if
        absent. Counting first spares the ValueError that would end an open-ended search."""
        if key not in self.keys:
            return default
        values = self.values
        i = values.index(key)
        found = [i]
        for _ in range(values.count(key) - 1):
            i = values.index(key, i + 1)
            found.append(i)
        return found


def union(a: list[int] | None, b: list[int] | None) -> Sequence[int]:
    """Ascending positions found in either list (most cues match neither: no sort then)."""
    if not a or not b:
        return a or b or ()
    return sorted({*a, *b})


class ClaimTokens:
    """Some tokens of a view's Doc, by index: a claim's run (a range) or any few (the words
    around a speech verb). Columns come sliced to them, once; a position ``k`` among them is
    token ``ids[k]`` of the Doc, where the view answers tree questions (heads, children)."""

    __slots__ = ("_columns", "_positions", "ids", "view")

    def __init__(self, view: DocView, ids: range | Sequence[int]) -> None:
        self.view = view
        self.ids = ids
        """The Doc indexes of the tokens, ascending; a range is sliced, a list gathered."""
        self._columns: dict[Any, list[Any]] = {}
        self._positions: dict[Any, Positions] = {}

    def __len__(self) -> int:
        return len(self.ids)

    def column(self, attr: str, derive: Callable[[Any], Any] | None = None) -> list[Any]:
        """The view's column (see ``DocView.column``) for these tokens, sliced once."""
        key = attr if derive is None else (attr, derive)
        values = self._columns.get(key)
        if values is None:
            whole = self.view.column(attr, derive)
            ids = self.ids
            if type(ids) is range and ids.step == 1:
                values = whole[ids.start : ids.stop]
            else:
                values = [whole[i] for i in ids]
            self._columns[key] = values
        return values

    def positions(self, attr: str, derive: Callable[[Any], Any] | None = None) -> Positions:
        """``Positions`` of a column, built once."""
        key = attr if derive is None else (attr, derive)
        found = self._positions.get(key)
        if found is None:
            found = self._positions[key] = Positions(self.column(attr, derive))
        return found
