"""Quotes grouped by the source that speaks them: one Voice per person, organisation, outlet or
anonymous source, with its counts, share of the quoted words, gender and source type.

A function of the finished entities and quotes and the article text, so a long article
analysed in chunks gets its voices from the merged results exactly like a short one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from newsparse.extract.voices import gender as gender_rules
from newsparse.extract.voices.source_type import body_table, is_person_role, source_type
from newsparse.extract.voices.words import words
from newsparse.lexicon.voices import VoiceLexicon, voice_lexicon
from newsparse.models import Entity, GenderEvidence, Mention, Quote, Speaker, Voice
from newsparse.vocab import NAME_MODIFIER_LABELS as BODY_LABELS
from newsparse.vocab import PERSON_LABELS

_WORD = re.compile(r"\w+", re.UNICODE)
_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.IGNORECASE)
_GENDERED_TYPES = ("person", "description", "anonymous")


@dataclass
class _Group:
    """The quotes of one voice, gathered in text order."""

    type: str
    name: str
    entity: Entity | None = None
    quotes: list[int] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)


def quoted_words(quote: Quote, text: str) -> int:
    """Words in a quote's spans (quotation marks are not words)."""
    return sum(len(_WORD.findall(text[s.start : s.end])) for s in quote.spans)


class _Starts:
    """Each entity's mention starts, sorted once, to find the mentions inside a speaker span
    by bisection (an organisation may be named thousands of times)."""

    def __init__(self) -> None:
        self.starts: dict[str, list[int]] = {}
        self.mentions: dict[str, list[Mention]] = {}

    def inside(self, entity: Entity, start: int, end: int) -> list[Mention]:
        if entity.id not in self.starts:
            ordered = sorted(entity.mentions, key=lambda m: m.start)
            self.mentions[entity.id] = ordered
            self.starts[entity.id] = [m.start for m in ordered]
        ordered, starts = self.mentions[entity.id], self.starts[entity.id]
        found = []
        for k in range(bisect_left(starts, start), bisect_left(starts, end)):
            if ordered[k].end <= end:
                found.append(ordered[k])
        return found


def _described(sp: Speaker, entity: Entity, text: str, lex: VoiceLexicon, starts: _Starts) -> bool:
    """Is the speaker someone the entity only qualifies: 'a Ukrainian official', 'Pentagon
    spokesmen', 'Kyiv's military administration'? The word after the entity's mention in the
    speaker's words names a person or a body, so the voice is that one, not the entity."""
    if entity.label in PERSON_LABELS or sp.kind == "media":
        return False
    inside = starts.inside(entity, sp.start, sp.end)
    if not inside:
        return False
    after = words(text[inside[-1].end : sp.end])
    if not after:
        return False
    word = after[0][0]
    if word in ("'s", "’s", "s") and len(after) > 1:
        word = after[1][0]
    return word in lex.anonymous_nouns or (word,) in lex.source_words


def _display(text: str) -> str:
    return " ".join(_ARTICLE.sub("", text.strip()).split())


def _key(
    sp: Speaker, entities: dict[str, Entity], text: str, lex: VoiceLexicon, starts: _Starts
) -> tuple[tuple[str, str], _Group] | None:
    """Which voice a quote's speaker is, or None for a speaker the core could not name."""
    ent = entities.get(sp.entity) if sp.entity else None
    if sp.anonymous or (ent is not None and _described(sp, ent, text, lex, starts)):
        kind = "anonymous" if sp.anonymous or _is_anonymous(sp, lex) else "description"
        return (kind, _display(sp.text).lower()), _Group(kind, _display(sp.text))
    if ent is not None:
        if ent.label in PERSON_LABELS:
            kind = "person"
        elif sp.kind == "media":
            kind = "media"
        else:
            kind = "organization"
        return ("entity", ent.id), _Group(kind, ent.name, ent)
    if sp.kind == "media":
        name = sp.name or _display(sp.text)
        return ("media", name.lower()), _Group("media", name)
    if sp.kind == "description" or (sp.kind != "pronoun" and sp.name):
        name = sp.name or _display(sp.text)
        return ("description", name.lower()), _Group("description", name)
    return None


def _is_anonymous(sp: Speaker, lex: VoiceLexicon) -> bool:
    """An unnamed source by its words ('a Ukrainian official', 'people familiar with...')."""
    low = sp.text.lower()
    if any(p in low for p in lex.anonymous_phrases):
        return True
    return any(w in lex.anonymous_nouns for w, _, _ in words(sp.text))


def _evidence(
    group: _Group,
    text: str,
    lex: VoiceLexicon,
    nearby: dict[str, list[GenderEvidence]],
    lower: str,
    named: gender_rules.Antecedents,
) -> list[GenderEvidence]:
    if group.type not in _GENDERED_TYPES and not _person_like(group, lex):
        return []
    eid = group.entity.id if group.entity is not None else None
    found = gender_rules.pronoun_evidence(group.speakers, entity=eid, named=named)
    if group.entity is not None:
        found += gender_rules.entity_evidence(group.entity, text, lex, lower=lower)
    for sp in group.speakers:
        if sp.kind in ("description", "other") and " and " not in sp.text:
            found += gender_rules.word_evidence(sp.text, sp.start, lex)
    if group.entity is not None:
        found += gender_rules.agreeing(nearby.get(group.entity.id, []), found)
    return gender_rules.unique(found)


def _person_like(group: _Group, lex: VoiceLexicon) -> bool:
    """An 'organisation' entity with a role only a person has ('trade professor at Cornell'):
    a person the tagger mislabelled, whose gender the text may say."""
    return (
        group.entity is not None
        and bool(group.entity.roles)
        and is_person_role(group.entity.roles, lex)
    )


def _body_names(entities: list[Entity]) -> list[tuple[str, str]]:
    """Every written form of the article's organisations and places, with the label."""
    out = []
    for e in entities:
        if e.label not in BODY_LABELS:
            continue
        for form in dict.fromkeys([e.name, *(m.text for m in e.mentions)]):
            out.append((form, e.label))
    return out


def extract_voices(entities: list[Entity], quotes: list[Quote], text: str) -> list[Voice]:
    """One Voice per source that speaks, most quoted words first (ties: first quoted)."""
    lex = voice_lexicon()
    by_id = {e.id: e for e in entities}
    groups: dict[tuple[str, str], _Group] = {}
    starts = _Starts()
    for i, quote in enumerate(quotes):
        if quote.speaker is None:
            continue
        found = _key(quote.speaker, by_id, text, lex, starts)
        if found is None:
            continue
        key, fresh = found
        group = groups.setdefault(key, fresh)
        group.quotes.append(i)
        group.speakers.append(quote.speaker)
    counts = [quoted_words(q, text) for q in quotes]
    total = sum(counts)
    nearby = gender_rules.nearby_pronouns(entities, text) if groups else {}
    bodies = body_table(_body_names(entities), lex) if groups else {}
    named = gender_rules.Antecedents(text, entities if groups else [], quotes if groups else [])
    lower = text.lower() if groups else text
    drafts: list[Voice] = []
    for group in groups.values():
        n_words = sum(counts[i] for i in group.quotes)
        direct = sum(1 for i in group.quotes if quotes[i].kind == "direct")
        evidence = _evidence(group, text, lex, nearby, lower, named)
        roles = list(group.entity.roles) if group.entity else []
        names = [group.name, *dict.fromkeys(sp.text for sp in group.speakers)]
        if group.entity is not None:
            names += [m.title for m in group.entity.mentions if m.title]
        kind, deciding = source_type(group.type, names=names, roles=roles, lex=lex, bodies=bodies)
        drafts.append(
            Voice(
                id="",
                entity=group.entity.id if group.entity else None,
                name=group.name,
                type=group.type,
                roles=roles,
                direct=direct,
                reported=len(group.quotes) - direct,
                quotes=group.quotes,
                words=n_words,
                share=round(n_words / total, 4) if total else 0.0,
                first_paragraph=min(quotes[i].paragraph for i in group.quotes),
                gender=gender_rules.decide(evidence),
                gender_evidence=evidence,
                source_type=kind,
                source_type_words=deciding,
            )
        )
    drafts.sort(key=lambda v: (-v.words, v.quotes[0]))
    return [v.model_copy(update={"id": f"v{k}"}) for k, v in enumerate(drafts, 1)]
