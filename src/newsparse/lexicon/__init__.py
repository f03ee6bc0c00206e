"""The one reader of the word lists in ``resources/``; typed sets per extractor live beside it.

Every list is a UTF-8 file of lines; ``#`` starts a comment line and blank lines are skipped.
Tab-separated files give rows; where a key repeats, the first row wins (one rule for every list).
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files


@cache
def lines(name: str) -> tuple[str, ...]:
    """Non-blank, non-comment lines of ``resources/<name>``, read once per process."""
    text = files("newsparse").joinpath("resources").joinpath(name).read_text(encoding="utf-8")
    return tuple(
        line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def rows(name: str) -> list[list[str]]:
    """A tab-separated list as rows of stripped cells (empty cells kept, so columns line up)."""
    return [[cell.strip() for cell in line.split("\t")] for line in lines(name)]


@cache
def table(name: str) -> dict[str, str]:
    """A two-column list as a dict, first column -> second (first row wins)."""
    out: dict[str, str] = {}
    for line in lines(name):
        key, _, value = line.partition("\t")
        out.setdefault(key.strip(), value.strip())
    return out


@cache
def words(name: str) -> frozenset[str]:
    """A word-or-phrase-per-line list as a lower-cased set."""
    return frozenset(line.strip().lower() for line in lines(name))


@cache
def patterns(name: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """``kind<TAB>regex`` lines compiled case-insensitively, in file order."""
    out = []
    for line in lines(name):
        kind, _, regex = line.partition("\t")
        out.append((kind.strip(), re.compile(regex.strip(), re.IGNORECASE)))
    return tuple(out)
