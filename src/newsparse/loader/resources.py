"""Read the loader's data files from newsparse/resources (package data), once."""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files


@cache
def lines(name: str) -> tuple[str, ...]:
    """Non-blank, non-comment lines of a resource file."""
    text = files("newsparse").joinpath("resources").joinpath(name).read_text(encoding="utf-8")
    return tuple(
        line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@cache
def table(name: str) -> dict[str, str]:
    """A two-column TSV file as a dict (first column -> second)."""
    out: dict[str, str] = {}
    for line in lines(name):
        key, _, value = line.partition("\t")
        out[key.strip()] = value.strip()
    return out


@cache
def patterns(name: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """``kind<TAB>regex`` lines compiled (case-insensitive), in file order."""
    out = []
    for line in lines(name):
        kind, _, regex = line.partition("\t")
        out.append((kind.strip(), re.compile(regex.strip(), re.IGNORECASE)))
    return tuple(out)


@cache
def words(name: str) -> frozenset[str]:
    """A one-word-or-phrase-per-line file as a lower-cased set."""
    return frozenset(line.strip().lower() for line in lines(name))
