"""Word lists for voices: gendered words and source-type words, read once from resources/."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsparse.lexicon import rows
from newsparse.lexicon.attribution import anonymous_nouns, anonymous_phrases, media_words
from newsparse.lexicon.entities import lexicon

SOURCE_TYPES = ("spokesperson", "official", "organisation", "expert", "media", "public")
"""Source types a word can decide, in the order that wins when several match."""
HEAD = "head"
"""A role word for whoever leads or serves a body: official or organisation by that body."""
BODY_KINDS = ("state", "organisation", "media")


@dataclass(frozen=True)
class VoiceLexicon:
    """Lower-cased look-ups for ``extract/voices``."""

    honorifics: dict[str, str]
    """Courtesy form -> 'm' or 'f' ("mr." -> "m"); forms that say no gender left out."""
    gender_words: dict[str, str]
    """Role, title and kin words that say a gender ("spokeswoman" -> "f")."""
    source_words: dict[tuple[str, ...], str]
    """Word or phrase (as a tuple of words) -> source type or ``HEAD``."""
    longest_phrase: int
    body_words: dict[tuple[str, ...], str]
    """Word or phrase of a body's name or description -> 'state', 'organisation' or 'media'."""
    longest_body: int
    anonymous_nouns: frozenset[str]
    anonymous_phrases: tuple[str, ...]
    media_words: frozenset[str]


def _plain(word: str) -> str:
    """One trailing full stop dropped ('sen.' -> 'sen'), as the voices rules read words."""
    return word[:-1] if word.count(".") == 1 and word.endswith(".") else word


def _gendered(table: dict[str, str | None]) -> dict[str, str]:
    return {k: v for k, v in table.items() if v in ("m", "f")}


@lru_cache(maxsize=1)
def voice_lexicon() -> VoiceLexicon:
    """Load once per process; the entity lists' gender columns are reused, not copied."""
    lex = lexicon()
    said: dict[str, str | None] = {}  # this list first: its '-' rows neutralise a role word
    for row in rows("voices_gender_words.tsv"):
        if len(row) > 1:
            said.setdefault(row[0].lower(), row[1] if row[1] in ("m", "f") else None)
    for word, g in lex.role_words.items():
        said.setdefault(word, g)
    gender_words = _gendered(said)
    source_words: dict[tuple[str, ...], str] = {}
    for row in rows("voices_source_types.tsv"):
        if len(row) > 1 and (row[1] in SOURCE_TYPES or row[1] == HEAD):
            source_words.setdefault(tuple(_plain(w) for w in row[0].lower().split()), row[1])
    body_words: dict[tuple[str, ...], str] = {}
    for row in rows("voices_bodies.tsv"):
        if len(row) > 1 and row[1] in BODY_KINDS:
            body_words.setdefault(tuple(_plain(w) for w in row[0].lower().split()), row[1])
    return VoiceLexicon(
        honorifics=_gendered(lex.honorifics),
        gender_words=gender_words,
        source_words=source_words,
        longest_phrase=max((len(k) for k in source_words), default=1),
        body_words=body_words,
        longest_body=max((len(k) for k in body_words), default=1),
        anonymous_nouns=anonymous_nouns(),
        anonymous_phrases=anonymous_phrases(),
        media_words=media_words(),
    )
