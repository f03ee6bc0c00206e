"""Words of a role or description with their offsets, and which of them describe its head."""

from __future__ import annotations

import re
from collections.abc import Iterator

_WORD = re.compile(r"[\w][\w.'’-]*", re.UNICODE)
_POSSESSIVE = re.compile(r"['’]s?$")
STOP_WORDS = frozenset(
    {"of", "for", "to", "at", "with", "in", "from", "on", "by", "who", "whose", "that", "which"}
)
"""Where a role stops being about its person: 'mother of two' is a mother, 'lawyer for the
widow' is not a widow."""


def words(text: str) -> list[tuple[str, int, int]]:
    """``(lower-case word, start, end)`` for each word (trailing full stops kept: 'Dr.')."""
    return [(m.group().lower(), m.start(), m.end()) for m in _WORD.finditer(text)]


def is_possessive(word: str) -> bool:
    return bool(_POSSESSIVE.search(word))


def plain(word: str) -> str:
    """'sen.' stays, 'talks.' (a sentence end) loses its full stop only if it has one period."""
    return word.rstrip(".") if word.count(".") == 1 and word.endswith(".") else word


def own_words(text: str) -> Iterator[tuple[str, int, int]]:
    """The words that describe the person a role or description is about: before the first
    preposition or relative word, possessives left out ('the victim's mother' -> 'the',
    'mother')."""
    for word, start, end in words(text):
        if word in STOP_WORDS:
            return
        if is_possessive(word):
            continue
        yield plain(word), start, end
