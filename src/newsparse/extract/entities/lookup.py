"""Pure look-ups over finished entities, for the quote and claim extractors."""

from __future__ import annotations

import re

from newsparse.lexicon.entities import lexicon
from newsparse.models import Entity


def entity_at(entities: list[Entity], start: int, end: int) -> Entity | None:
    """The entity with a mention overlapping ``[start, end)``; the largest overlap wins."""
    best: tuple[int, int] | None = None
    found: Entity | None = None
    for rank, entity in enumerate(entities):
        for m in entity.mentions:
            overlap = min(end, m.end) - max(start, m.start)
            if overlap > 0 and (best is None or (overlap, -rank) > best):
                best, found = (overlap, -rank), entity
    return found


_DESCRIPTION_SKIP = frozenset({"the", "a", "an", "his", "her", "its", "their", "this", "that"})
_ROLE_PREPOSITIONS = frozenset({"of", "to", "for", "at", "in", "with", "on", "from"})


def _role_head(words: list[str]) -> str | None:
    """'former us ambassador to russia' -> 'ambassador'; 'chief of staff' -> 'chief'."""
    for i, w in enumerate(words):
        if w in _ROLE_PREPOSITIONS and i > 0:
            return words[i - 1]
    return words[-1] if words else None


def _role_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[\w'’-]+", text.lower()) if w not in _DESCRIPTION_SKIP]


def entity_by_role(entities: list[Entity], description: str) -> Entity | None:
    """The one entity whose role fits a description: 'the minister' -> the person with role
    'Prime Minister'; 'the former diplomat' -> 'former Russian diplomat'; 'the company' -> the
    organisation described as 'a Ukrainian gas company'. None when none or several fit."""
    words = _role_words(description)
    head = _role_head(words)
    if head is None:
        return None
    found: list[Entity] = []
    for entity in entities:
        for role in entity.roles:
            role_words = _role_words(role)
            if _role_head(role_words) == head and set(words) <= set(role_words):
                found.append(entity)
                break
    return found[0] if len(found) == 1 else None


def person_gender_hint(entity: Entity) -> str | None:
    """'m' or 'f' from honorifics (Mr., Mrs., Ms.) and gendered role words; None if unknown."""
    lex = lexicon()
    seen: set[str] = set()
    for m in entity.mentions:
        for word in (m.title or "").split():
            g = lex.honorifics.get(word.lower()) or lex.role_words.get(word.lower())
            if g:
                seen.add(g)
    for role in entity.roles:
        words = role.lower().split()
        if words and (g := lex.role_words.get(words[-1])):
            seen.add(g)
    return seen.pop() if len(seen) == 1 else None
