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
    heads: dict[str, str]
    """Lower-cased head word -> the spaCy label it gives a name ("pavilion" -> FAC)."""
    first_names: frozenset[str]
    given_names: frozenset[str]
    """``first_names`` and the wider census list (resources/given_names.txt): does a name open
    with a given name? Not for gender."""
    known_organisations: frozenset[str]
    """Normalised names that are organisations wherever they appear ("twitter")."""
    celestial_bodies: frozenset[str]
    """Normalised names of bodies of the sky, places wherever they appear ("moon")."""
    capitals: dict[str, str]
    """Normalised capital -> normalised key of its country ("beijing" -> "china")."""
    given_forms: dict[str, frozenset[str]]
    """Lower-cased short given name -> the full names it stands for ("pat" ->
    {"patrick", "patricia"}; "bill" -> {"william"})."""
    club_names: dict[str, frozenset[str]]
    """Normalised club name or short form -> the full names it may stand for ("spurs" ->
    {"tottenham hotspur"}; resources/club_names.tsv)."""


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
        heads={r[0].lower(): r[1] for r in reversed(_cells("entity_heads.tsv")) if len(r) > 1},
        first_names=frozenset(r[0].lower() for r in _cells("first_names.tsv")),
        given_names=frozenset(r[0].lower() for r in _cells("first_names.tsv"))
        | frozenset(r[0].lower() for r in _cells("given_names.txt")),
        capitals=_capitals(aliases),
        known_organisations=frozenset(
            normalize_key(r[0]) for r in _cells("known_organisations.txt")
        ),
        celestial_bodies=frozenset(normalize_key(r[0]) for r in _cells("celestial_bodies.txt")),
        given_forms=_given_forms(),
        club_names=_club_names(),
    )


def _capitals(aliases: dict[str, str]) -> dict[str, str]:
    from newsparse.extract.entities.names import normalize_key

    out: dict[str, str] = {}
    for row in _cells("capitals.tsv"):
        country = normalize_key(row[1])
        out.setdefault(normalize_key(row[0]), normalize_key(aliases.get(country, row[1])))
    return out


def _given_forms() -> dict[str, frozenset[str]]:
    """Each short given name with the full names it stands for."""
    forms: dict[str, set[str]] = {}
    for row in _cells("hypocorisms.tsv"):
        forms.setdefault(row[0].lower(), set()).update(c.lower() for c in row[1:])
    return {k: frozenset(v) for k, v in forms.items()}


def _club_names() -> dict[str, frozenset[str]]:
    """Each club's full name and short forms with the full names they stand for."""
    from newsparse.extract.entities.names import normalize_key

    out: dict[str, set[str]] = {}
    for row in _cells("club_names.tsv"):
        full = normalize_key(row[0])
        for form in row:
            out.setdefault(normalize_key(form), set()).add(full)
    return {k: frozenset(v) for k, v in out.items()}
