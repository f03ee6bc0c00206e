"""Word lists for entities and roles, read once from package data (resources/)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files


def _rows(name: str) -> list[list[str]]:
    text = files("newsparse.resources").joinpath(name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([cell.strip() for cell in line.split("\t") if cell.strip()])
    return rows


@dataclass(frozen=True)
class Lexicon:
    """Lower-cased lookups used by the entity and role extractors."""

    honorifics: dict[str, str | None]
    role_words: dict[str, str | None]
    role_modifiers: frozenset[str]
    org_suffixes: frozenset[str]
    aliases: dict[str, str]
    """Normalised variant -> canonical display name (the canonical maps to itself)."""


def _gender(cell: str) -> str | None:
    return cell if cell in ("m", "f") else None


def _gendered(name: str) -> dict[str, str | None]:
    return {r[0].lower(): _gender(r[1] if len(r) > 1 else "-") for r in _rows(name)}


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load every list once per process."""
    from newsparse.extract.names import normalize_key

    aliases: dict[str, str] = {}
    for row in _rows("place_aliases.tsv"):
        canonical = row[0]
        for variant in row:
            aliases[normalize_key(variant)] = canonical
    return Lexicon(
        honorifics=_gendered("honorifics.tsv"),
        role_words=_gendered("role_words.tsv"),
        role_modifiers=frozenset(r[0].lower() for r in _rows("role_modifiers.txt")),
        org_suffixes=frozenset(r[0].lower() for r in _rows("org_suffixes.txt")),
        aliases=aliases,
    )
