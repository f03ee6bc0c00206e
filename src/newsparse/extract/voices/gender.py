"""A voice's gender from what the text says about that person, with every piece of evidence.

Evidence: a pronoun the attribution core resolved to the person ('he said') with no one else
named between them, a gendered pronoun
later in a paragraph where that person is the only one named before it, a courtesy title
before a mention ('Mrs Smith'), and a role, title or kin word for that one person ('the
spokeswoman', 'his widow, Jane Doe', 'Congressman X'). Nothing is guessed from first names:
with no evidence the gender is 'unknown'.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence

from newsparse.extract.voices.words import own_words
from newsparse.lexicon.voices import VoiceLexicon
from newsparse.models import Entity, Gender, GenderEvidence, Quote, Speaker
from newsparse.vocab import FEMALE_PRONOUNS, MALE_PRONOUNS, PERSON_LABELS

_GENDER = {"m": "male", "f": "female"}
WEIGHTS = {"pronoun": 1, "nearby_pronoun": 1, "honorific": 2, "word": 2}
"""A written title or word says more than a pronoun, whose antecedent may be mistaken."""
_WORD_BEFORE = re.compile(r"([\w.'’-]+),?[ \t]+$")
"""The word right before a mention, or before the comma of an apposition ('his widow, Jane')."""
_PRONOUN = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)
_MARKS = re.compile('[“”"]')
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+|\n")
_ROLE_WINDOW = 300
"""How far from a mention (characters) its role is looked for in the text."""


class Antecedents:
    """Which pronoun speakers the text supports: a pronoun the core resolved to a person counts
    for that person's gender only when the nearest antecedent before it is that person — the
    last quote speaker (named, described, or a pronoun already accepted), or a person named
    earlier in the pronoun's own sentence outside quoted words. 'Hege said. ... did not appeal
    to Julie Graham, ..., she said' and '"...," says a doctor. ... he explains' (resolved to
    someone named further back) say nothing sure. Built once per article."""

    def __init__(self, text: str, entities: Iterable[Entity], quotes: Iterable[Quote]) -> None:
        quotes = list(quotes)
        spans = sorted((s.start, s.end) for q in quotes for s in q.spans)
        starts, ends = [s for s, _ in spans], [e for _, e in spans]

        def quoted(pos: int) -> bool:  # a name inside quoted words is no antecedent
            k = bisect_right(starts, pos)
            return k > 0 and ends[k - 1] > pos

        mentions = sorted(
            (m.start, e.id)
            for e in entities
            if e.label in PERSON_LABELS
            for m in e.mentions
            if not quoted(m.start)
        )
        at = [p for p, _ in mentions]
        self.accepted: set[int] = set()
        last: str | None = None  # the owner of the last quote speaker so far
        speakers = sorted(
            {q.speaker.start: q.speaker for q in quotes if q.speaker}.values(),
            key=lambda sp: sp.start,
        )
        for sp in speakers:
            if sp.kind != "pronoun":
                last = sp.entity if sp.kind == "person" and sp.entity else f"@{sp.start}"
                continue
            k = bisect_left(at, sp.start)
            sentence = _sentence_start(text, sp.start)
            near = mentions[k - 1][1] if k and at[k - 1] >= sentence else last
            if near is None or near == sp.entity:
                self.accepted.add(sp.start)
                last = sp.entity
            else:
                last = f"@{sp.start}"

    def supports(self, sp: Speaker) -> bool:
        return sp.start in self.accepted


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (after the last sentence end or line break
    within 300 characters; an abbreviation's full stop only makes the sentence shorter)."""
    lo = max(0, pos - 300)
    ends = list(_SENTENCE_END.finditer(text, lo, pos))
    return ends[-1].end() if ends else lo


def pronoun_evidence(
    speakers: Iterable[Speaker], *, entity: str | None = None, named: Antecedents | None = None
) -> list[GenderEvidence]:
    """Gendered pronouns the core resolved as this voice's speaker (with ``named``: only those
    the text supports, ``Antecedents``)."""
    out: list[GenderEvidence] = []
    for sp in speakers:
        if sp.kind != "pronoun":
            continue
        if named is not None and entity is not None and not named.supports(sp):
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
    left to right once (positions must not decrease). One state for every style: a curly
    mark opens or closes, a straight one toggles, so a quotation opened with '"' and closed
    with '”' (pages mix them) is closed."""

    def __init__(self, text: str, start: int) -> None:
        self.text, self.pos = text, start
        self.open = False

    def inside(self, pos: int) -> bool:
        for mark in _MARKS.findall(self.text, self.pos, pos):
            self.open = mark == "“" or (mark == '"' and not self.open)
        self.pos = pos
        return self.open


def nearby_pronouns(entities: list[Entity], text: str) -> dict[str, list[GenderEvidence]]:
    """Person id -> gendered pronouns in its paragraphs when it is the only person named
    before them there, outside quotations (a quoted 'he' is often someone else), and named
    outside one itself. One pass over each paragraph: once a second person is named, or a
    pronoun of the other gender says an unnamed second person is there, its later pronouns
    are nobody's."""
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
        if quotes.inside(people[k][0]):
            continue  # named inside a quotation: the paragraph's pronouns are someone else's
        first: str | None = None
        for m in _PRONOUN.finditer(text, people[k][0], end):
            while j < len(people) and people[j][0] < m.start():
                if people[j][1] != owner:
                    break
                j += 1
            if j < len(people) and people[j][0] < m.start():
                break  # a second person named before this pronoun
            if quotes.inside(m.start()):
                continue
            gender = "male" if m.group().lower() in MALE_PRONOUNS else "female"
            first = first or gender
            if gender != first:
                break  # 'he grabbed her': an unnamed second person; whose is which is unsure
            out.setdefault(owner, []).append(
                GenderEvidence(
                    kind="nearby_pronoun",
                    text=m.group(),
                    gender=gender,
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


def agreeing(
    nearby: Iterable[GenderEvidence], direct: Sequence[GenderEvidence]
) -> list[GenderEvidence]:
    """Nearby pronouns that agree with the direct evidence (a resolved pronoun, a title, a
    gendered word): when the text says 'he' of this person, a nearby 'she' is someone else."""
    said = {ev.gender for ev in direct}
    if len(said) != 1:
        return list(nearby)
    return [ev for ev in nearby if ev.gender in said]


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
