"""Word lists for quote attribution, read once from package data (resources/)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from newsparse.lexicon import lines as _lines
from newsparse.lexicon import rows, table


@lru_cache(maxsize=1)
def reporting_verbs() -> dict[str, str]:
    """lemma -> stance (neutral / assertive / distancing)."""
    return {lemma: stance or "neutral" for lemma, stance in table("reporting_verbs.tsv").items()}


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """Single-word reporting verbs (the multi-word entry 'according to' is handled apart)."""
    return frozenset(k for k in reporting_verbs() if " " not in k)


@cache
def verb_class(name: str) -> frozenset[str]:
    """Lemmas of one class in ``attribution_verbs.tsv`` ('cognitive', 'request_verbs', ...)."""
    return frozenset(row[1].lower() for row in rows("attribution_verbs.tsv") if row[0] == name)


COGNITIVE = verb_class("cognitive")
"""Verbs of thinking, feeling or finding: no reported speech (the outlets guide leaves beliefs
and perception out) and never a direct quote's tag on their own ("“Q,” he thinks" is rare and
"he knows “X”" is not a quotation)."""


def _words(name: str) -> frozenset[str]:
    return frozenset(w.lower() for line in _lines(name) for w in line.split())


@lru_cache(maxsize=1)
def anonymous_nouns() -> frozenset[str]:
    return _words("quote_anonymous.txt")


@lru_cache(maxsize=1)
def anonymous_phrases() -> tuple[str, ...]:
    return tuple(line.strip().lower() for line in _lines("quote_anonymous_phrases.txt"))


@lru_cache(maxsize=1)
def org_nouns() -> dict[str, str]:
    """Head noun -> 'named' / 'generic': descriptions that stand for an organisation."""
    return dict(table("speaker_org_nouns.tsv"))


@lru_cache(maxsize=1)
def document_nouns() -> frozenset[str]:
    """Head nouns of descriptions that are a document issued by an earlier speaker."""
    return _words("speaker_document_nouns.txt")


@lru_cache(maxsize=1)
def evidence_nouns() -> frozenset[str]:
    """Head nouns of evidence ('the scan', 'blood tests', 'a close look') that reveal or
    suggest a finding: as an evidence verb's subject they report no speech."""
    return _words("quote_evidence_nouns.txt")


@lru_cache(maxsize=1)
def connectives() -> frozenset[str]:
    """Connectives built on a verb of saying ('that being said', 'having said that'), lower
    case: as a clause's content they report nothing."""
    return frozenset(line.strip().lower() for line in _lines("quote_connectives.txt"))


@lru_cache(maxsize=1)
def read_nouns() -> frozenset[str]:
    """Head nouns of written things that 'read' what they say ('the sign read', '“Q,” the
    editorial read'): with such a subject 'read' is a verb of saying."""
    return _words("quote_read_nouns.txt")


@lru_cache(maxsize=1)
def person_nouns() -> dict[str, str]:
    """Singular head nouns of a description of one unnamed person ('the patient') -> gender
    ('m', 'f' or '-')."""
    return {w.lower(): g for w, g in table("speaker_person_nouns.txt").items()}


@lru_cache(maxsize=1)
def name_nouns() -> frozenset[str]:
    """Nouns whose quoted apposition is a name or a word mentioned ('the word “We”')."""
    return _words("quote_name_nouns.txt")


@lru_cache(maxsize=1)
def work_nouns() -> frozenset[str]:
    """Nouns of works (book, show, film, article) whose quoted name beside them is a title."""
    return _words("quote_work_nouns.txt")


@lru_cache(maxsize=1)
def media_words() -> frozenset[str]:
    return _words("quote_media_words.txt")


@lru_cache(maxsize=1)
def venue_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(line.strip()) for line in _lines("quote_venues.txt"))


@lru_cache(maxsize=1)
def first_name_gender() -> dict[str, str]:
    """First name -> 'm' / 'f': the hand list first, then the census names that one sex
    bears far more often (``given_name_genders.tsv``), so that 'she' never goes to a Bernard."""
    out: dict[str, str] = {}
    for source in ("first_names.tsv", "given_name_genders.tsv"):
        for name, gender in table(source).items():
            out.setdefault(name.lower(), gender)
    return out
