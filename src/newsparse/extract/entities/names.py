"""Name normalisation: the comparison key under which mentions of one referent meet."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "–": "-", "—": "-", "‐": "-"})
_POSSESSIVE = re.compile(r"(?:'s|')$")
_SPACES = re.compile(r"\s+")
_SINGLE_LETTERS = re.compile(r"\b(?:[a-z] )+[a-z]\b")
GENERATIONAL = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
INITIALS_SKIP = frozenset({"of", "the", "and", "for", "on", "in", "&", "de", "du", "la", "des"})


def strip_possessive(text: str) -> str:
    """'Zelenskyy’s' -> 'Zelenskyy'; 'Ukraine' unchanged."""
    if text.endswith(("'s", "’s")):
        return text[:-2]
    return text


def fold(text: str) -> str:
    """Drop diacritics: 'Erdoğan' -> 'Erdogan', 'Brudziński' -> 'Brudzinski'."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def normalize_key(text: str, org_suffixes: frozenset[str] = frozenset()) -> str:
    """Lower-cased comparison form: no dots, no leading 'the', no possessive, no legal suffix.

    'U.S.' and 'US' meet as 'us'; 'the Kremlin' and 'Kremlin' as 'kremlin';
    'Facebook Inc.' and 'Facebook' as 'facebook' when 'inc' is among ``org_suffixes``.
    """
    return _normalize_key(text, frozenset(org_suffixes))


@lru_cache(maxsize=1 << 14)
def _normalize_key(text: str, org_suffixes: frozenset[str]) -> str:
    """``normalize_key``, remembered: a name recurs in an article and across articles, and
    mentions are keyed again when entities are built."""
    key = _SPACES.sub(" ", fold(text).translate(_APOSTROPHES)).strip().lower()
    key = _POSSESSIVE.sub("", key) if key.endswith("'s") else key
    if key.startswith("the "):
        key = key[4:]
    key = key.replace(".", " ").replace(",", " ")
    key = _SPACES.sub(" ", key).strip()
    key = _SINGLE_LETTERS.sub(lambda m: m.group().replace(" ", ""), key)
    words = key.split(" ")
    while len(words) > 1 and (words[-1] in org_suffixes or f"{words[-1]}." in org_suffixes):
        words.pop()
    return " ".join(words)


def name_words(key: str) -> list[str]:
    """The words of a person key without generational suffixes ('jr', 'iii')."""
    words = key.split(" ")
    while len(words) > 1 and words[-1] in GENERATIONAL:
        words.pop()
    return words


def initials(name: str) -> str:
    """'World Health Organization' -> 'WHO'; small words are skipped."""
    words = re.findall(r"[A-Za-z][\w'-]*", name)
    return "".join(w[0].upper() for w in words if w.lower() not in INITIALS_SKIP)


def is_acronym(text: str) -> bool:
    """'NATO', 'U.N.', 'FBI': two to six capitals, dots allowed."""
    bare = text.replace(".", "").replace(" ", "")
    return 2 <= len(bare) <= 6 and bare.isalpha() and bare.isupper()
