"""Word lists for entities and roles, read once from package data (resources/)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsparse.lexicon import rows


def _cells(name: str) -> list[list[str]]:
    """Rows without their empty cells (these lists align nothing)."""
    return [[c for c in row if c] for row in rows(name)]


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
    return {r[0].lower(): _gender(r[1] if len(r) > 1 else "-") for r in _cells(name)}


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load every list once per process."""
    from newsparse.extract.entities.names import normalize_key

    aliases: dict[str, str] = {}
    for row in _cells("place_aliases.tsv"):
        canonical = row[0]
        for variant in row:
            aliases[normalize_key(variant)] = canonical
    return Lexicon(
        honorifics=_gendered("honorifics.tsv"),
        role_words=_gendered("role_words.tsv"),
        role_modifiers=frozenset(r[0].lower() for r in _cells("role_modifiers.txt")),
        org_suffixes=frozenset(r[0].lower() for r in _cells("org_suffixes.txt")),
        aliases=aliases,
    )
