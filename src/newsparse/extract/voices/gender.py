"""A voice's gender from what the text says about that person, with every piece of evidence.

Evidence: a pronoun the attribution core resolved to the person ('he said'), a gendered pronoun
later in a paragraph where that person is the only one named before it, a courtesy title
before a mention ('Mrs Smith'), and a role, title or kin word for that one person ('the
spokeswoman', 'his widow, Jane Doe', 'Congressman X'). Nothing is guessed from first names:
with no evidence the gender is 'unknown'.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from newsparse.extract.voices.words import own_words
from newsparse.lexicon.voices import VoiceLexicon
from newsparse.models import Entity, Gender, GenderEvidence, Speaker
from newsparse.vocab import FEMALE_PRONOUNS, MALE_PRONOUNS, PERSON_LABELS

_GENDER = {"m": "male", "f": "female"}
WEIGHTS = {"pronoun": 1, "nearby_pronoun": 1, "honorific": 2, "word": 2}
"""A written title or word says more than a pronoun, whose antecedent may be mistaken."""
_WORD_BEFORE = re.compile(r"([\w.'’-]+),?[ \t]+$")
"""The word right before a mention, or before the comma of an apposition ('his widow, Jane')."""
_PRONOUN = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)
_ROLE_WINDOW = 300
"""How far from a mention (characters) its role is looked for in the text."""


def pronoun_evidence(speakers: Iterable[Speaker]) -> list[GenderEvidence]:
    """Gendered pronouns the core resolved as this voice's speaker."""
    out: list[GenderEvidence] = []
    for sp in speakers:
        if sp.kind != "pronoun":
            continue
        low = sp.text.strip().lower()
        gender = "male" if low in MALE_PRONOUNS else "female" if low in FEMALE_PRONOUNS else None
        if gender:
            out.append(
                GenderEvidence(
                    kind="pronoun", text=sp.text, gender=gender, start=sp.start, end=sp.end
                )
            )
    return out


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((start, start + len(line)))
        start += len(line) + 1
    return out


class _QuoteState:
    """Whether a position is inside a quotation opened since the paragraph began, read
    left to right once (positions must not decrease)."""

    def __init__(self, text: str, start: int) -> None:
        self.text, self.pos = text, start
        self.curly = self.straight = 0

    def inside(self, pos: int) -> bool:
        piece = self.text[self.pos : pos]
        self.curly += piece.count("“") - piece.count("”")
        self.straight += piece.count('"')
        self.pos = pos
        return self.curly > 0 or self.straight % 2 == 1


def nearby_pronouns(entities: list[Entity], text: str) -> dict[str, list[GenderEvidence]]:
    """Person id -> gendered pronouns in its paragraphs when it is the only person named
    before them there, outside quotations (a quoted 'he' is often someone else). One pass
    over each paragraph: once a second person is named, its later pronouns are nobody's."""
    people = sorted(
        (m.start, e.id) for e in entities if e.label in PERSON_LABELS for m in e.mentions
    )
    out: dict[str, list[GenderEvidence]] = {}
    k = 0
    for start, end in _paragraphs(text):
        while k < len(people) and people[k][0] < start:
            k += 1
        if k >= len(people) or people[k][0] >= end:
            continue
        owner, j = people[k][1], k
        quotes = _QuoteState(text, start)
        for m in _PRONOUN.finditer(text, people[k][0], end):
            while j < len(people) and people[j][0] < m.start():
                if people[j][1] != owner:
                    break
                j += 1
            if j < len(people) and people[j][0] < m.start():
                break  # a second person named before this pronoun
            if quotes.inside(m.start()):
                continue
            low = m.group().lower()
            out.setdefault(owner, []).append(
                GenderEvidence(
                    kind="nearby_pronoun",
                    text=m.group(),
                    gender="male" if low in MALE_PRONOUNS else "female",
                    start=m.start(),
                    end=m.end(),
                )
            )
    return out


def word_evidence(text: str, offset: int, lex: VoiceLexicon) -> list[GenderEvidence]:
    """Gendered words that describe the person in a role or description written at ``offset``."""
    out = []
    for word, start, end in own_words(text):
        g = lex.gender_words.get(word)
        if g:
            out.append(
                GenderEvidence(
                    kind="word",
                    text=text[start:end],
                    gender=_GENDER[g],
                    start=offset + start,
                    end=offset + end,
                )
            )
    return out


def _before_mention(entity: Entity, text: str, lex: VoiceLexicon) -> list[GenderEvidence]:
    """A courtesy title or gendered word right before a mention ('Ms Lee', 'spokeswoman Lee',
    'Dunn's mother, Charlotte Charles'); a comma after a courtesy title is no title."""
    out = []
    for m in entity.mentions:
        found = _WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
        if not found:
            continue
        raw = found.group(1)
        low = raw.lower()
        comma = "," in text[found.end(1) : m.start]
        if comma and low not in lex.gender_words:
            continue
        if low in lex.honorifics:
            kind, g = "honorific", lex.honorifics[low]
        elif low.rstrip(".") in lex.honorifics:
            kind, g = "honorific", lex.honorifics[low.rstrip(".")]
        elif low in lex.gender_words:
            kind, g = "word", lex.gender_words[low]
        else:
            continue
        out.append(
            GenderEvidence(
                kind=kind,
                text=raw,
                gender=_GENDER[g],
                start=found.start(1),
                end=found.end(1),
            )
        )
    return out


def _role_at(role: str, entity: Entity, lower: str) -> int:
    """Where a role is written near one of the entity's mentions (-1 when it is not found:
    a role is read next to a name, so looking further would cost a scan of the text)."""
    needle = role.lower()
    for m in entity.mentions:
        at = lower.find(needle, max(0, m.start - _ROLE_WINDOW), m.end + _ROLE_WINDOW)
        if at >= 0:
            return at
    return -1


def entity_evidence(
    entity: Entity, text: str, lex: VoiceLexicon, *, lower: str | None = None
) -> list[GenderEvidence]:
    """What the text says about a person's gender around its mentions and in its roles
    (``lower``: ``text.lower()``, made once by a caller that asks for many entities)."""
    out = _before_mention(entity, text, lex)
    lower = text.lower() if lower is None else lower
    for role in entity.roles:
        at = _role_at(role, entity, lower)
        if at >= 0:
            out += word_evidence(text[at : at + len(role)], at, lex)
    return out


def unique(evidence: Iterable[GenderEvidence]) -> list[GenderEvidence]:
    """One item per place in the text, in text order."""
    seen: dict[tuple[int, int], GenderEvidence] = {}
    for ev in evidence:
        seen.setdefault((ev.start, ev.end), ev)
    return sorted(seen.values(), key=lambda e: (e.start, e.end))


def decide(evidence: Sequence[GenderEvidence]) -> Gender:
    """The gender the evidence supports: it must outweigh the other at least twice over
    (conflicting evidence more often means a wrong antecedent than a mixed description)."""
    score = {"male": 0, "female": 0}
    for ev in evidence:
        score[ev.gender] += WEIGHTS[ev.kind]
    male, female = score["male"], score["female"]
    if male > 0 and male >= 2 * female:
        return "male"
    if female > 0 and female >= 2 * male:
        return "female"
    return "unknown"
