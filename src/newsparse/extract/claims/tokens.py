"""A claim's tokens with each column sliced once: hedges, types and check-worthiness all read the
same few columns of the same claim, and a fresh slice per question was most of their cost."""

from __future__ import annotations

from collections.abc import Callable, Container, Iterator, Sequence
from contextlib import suppress
from typing import TYPE_CHECKING, Any

from newsparse.extract.doccache import doc_column, tokens_column

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


class Positions:
    """``tokindex.positions(values)`` found only for the keys asked about: a lexicon hits few of
    a claim's words, and the set of words (built in C) is enough to tell which."""

    def __init__(self, values: list[str]) -> None:
        self.values = values
        self.keys = set(values)

    def get(self, key: str, default: Any = None) -> Any:
        """Ascending positions of ``key`` (list.index runs in C), or ``default`` if absent."""
        if key not in self.keys:
            return default
        found: list[int] = []
        i = -1
        with suppress(ValueError):
            while True:
                i = self.values.index(key, i + 1)
                found.append(i)
        return found


class ClaimTokens:
    """The tokens of ``span`` (a run of its Doc) as a sequence, plus memoised column slices and
    word positions. Indexing builds a Token only for the rules that look at one closer."""

    __slots__ = ("_columns", "_positions", "end", "span", "start")

    def __init__(self, span: Span) -> None:
        self.span = span
        self.start, self.end = span.start, span.end
        self._columns: dict[tuple[str, Any], list[Any]] = {}
        self._positions: dict[tuple[str, Any], Positions] = {}

    def __len__(self) -> int:
        return self.end - self.start

    def __getitem__(self, k: Any) -> Any:
        return self.span[k]

    def __iter__(self) -> Iterator[Token]:
        return iter(self.span)

    def column(self, attr: str, derive: Callable[[Any], Any] | None = None) -> list[Any]:
        """``tokens_column(span, attr, derive)``, sliced once per claim."""
        key = (attr, derive)
        values = self._columns.get(key)
        if values is None:
            values = doc_column(self.span.doc, attr, derive)[self.start : self.end]
            self._columns[key] = values
        return values

    def positions(self, attr: str, derive: Callable[[Any], Any] | None = None) -> Positions:
        """``Positions`` of a column, built once per claim."""
        key = (attr, derive)
        found = self._positions.get(key)
        if found is None:
            found = self._positions[key] = Positions(self.column(attr, derive))
        return found


def column(
    tokens: Sequence[Token], attr: str, derive: Callable[[Any], Any] | None = None
) -> list[Any]:
    """``tokens_column``, memoised when ``tokens`` is a ``ClaimTokens``."""
    if type(tokens) is ClaimTokens:
        return tokens.column(attr, derive)
    return tokens_column(tokens, attr, derive)


def positions(
    tokens: Sequence[Token], attr: str, derive: Callable[[Any], Any] | None = None
) -> Positions:
    """``Positions(column(...))``, memoised when ``tokens`` is a ``ClaimTokens``."""
    if type(tokens) is ClaimTokens:
        return tokens.positions(attr, derive)
    return Positions(tokens_column(tokens, attr, derive))


def token_ids(tokens: Sequence[Token]) -> Container[int]:
    """The Doc indexes of ``tokens``, for membership tests: a range for a claim's run of tokens
    (no Token built), a set otherwise."""
    if type(tokens) is ClaimTokens:
        return range(tokens.start, tokens.end)
    return {t.i for t in tokens}
