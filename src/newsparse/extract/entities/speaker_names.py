"""After attribution: a speaker the core resolved to a person's full name that no entity holds
becomes a PERSON entity ("Ori Givati, a former Israeli soldier, said": the tagger made only a
place "Givati" of the later "Givati says"); one named by an acronym a mention of the one
organisation whose initials it is ("PETA said", after "People for the Ethical Treatment of
Animals").

Entities are found before the quotes and never read them; this post-step reads both results
and returns new ones (data flows one way). A person's name qualifies when it is written in the
speaker's mention, every word a capitalised proper noun, the first a given name
(resources/given_names.txt) or a role in its apposition: a description ("the singer") or a
group never does. An entity whose every mention is a word of that name ("Givati") is the same
person: it takes the full name and the PERSON label. Ids are renumbered in salience order and
the records follow.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from newsparse.docview import DocView
from newsparse.extract.attribution.records import Attributions
from newsparse.extract.entities.mentions import common_acronym, salience_in
from newsparse.extract.entities.names import initials, normalize_key
from newsparse.lexicon.entities import Lexicon, lexicon
from newsparse.models import Entity, Mention

_WORD = re.compile(r"[a-z]+")
_PARTICLES = frozenset(
    {"de", "da", "di", "del", "van", "von", "der", "bin", "al", "el", "le", "la"}
)


def add_speaker_entities(
    entities: list[Entity],
    found: Attributions,
    view: DocView,
    *,
    headline: str | None = None,
) -> tuple[list[Entity], Attributions]:
    """``entities`` and ``found`` with each unheld speaker's personal name made an entity."""
    lex = lexicon()
    text = view.text
    names: dict[str, tuple[int, int]] = {}
    bodies: dict[str, tuple[int, int]] = {}
    for rec in found.records:
        s = rec.speaker
        if s is None or s.entity is not None or not s.name or s.anonymous:
            continue
        at = text.find(s.name, s.start, s.end)
        if at < 0 or s.name in names:
            continue
        b = at + len(s.name)
        described = any(w in lex.role_words for w in _WORD.findall(text[b : s.end].lower()))
        if _personal_name(view, at, b, lex, described=described):
            names[s.name] = (at, b)
        elif _body_name(view, at, b, lex):
            bodies[s.name] = (at, b)
    if not names and not bodies:
        return entities, found
    by_id = {e.id: e for e in entities}
    held: dict[str, str] = {}
    """Speaker name -> id of the entity that now holds it."""
    for name, (a, b) in names.items():
        part = _part_of_name(by_id.values(), name, a, b)
        if part is not None:
            by_id[part.id] = _as_person(part, name, a, b, view, headline)
            held[name] = part.id
        elif not _taken(by_id.values(), a, b):
            new_id = f"new{len(held)}"
            by_id[new_id] = _new_person(new_id, name, a, b, view, headline)
            held[name] = new_id
    absorbed = set(held.values())
    for name, (a, b) in bodies.items():
        if _taken(by_id.values(), a, b):
            continue
        spelled = [e for e in by_id.values() if e.label == "ORG" and initials(e.name) == name]
        if len(spelled) == 1:  # "PETA said", after "People for the Ethical Treatment of Animals"
            by_id[spelled[0].id] = _with_mention(spelled[0], name, a, b, view, headline)
            held[name] = spelled[0].id
        # A code alone ("TVN24 reported") is left unheld: as an organisation entity it turns
        # the claims' outlet into an organisation.
    records = []
    for rec in found.records:
        s = rec.speaker
        if s is not None and s.entity is not None and s.entity in absorbed:
            s = s.model_copy(update={"kind": "person"})
        elif s is not None and s.entity is None and s.name in held and not s.anonymous:
            kind = "person" if s.name in names else s.kind  # a body keeps its kind: media
            s = s.model_copy(update={"entity": held[s.name], "kind": kind})
        records.append(rec if s is rec.speaker else replace(rec, speaker=s))
    return in_salience_order(list(by_id.values()), replace(found, records=records))


def in_salience_order(
    entities: list[Entity], found: Attributions
) -> tuple[list[Entity], Attributions]:
    """Entities numbered e1, e2, ... by salience again, after a post-step changed or added
    some; the records' speakers follow their entities to the new ids."""
    ordered = sorted(entities, key=lambda e: (-e.salience, e.first_mention, e.name))
    ids = {e.id: f"e{i}" for i, e in enumerate(ordered, 1)}
    if all(old == new for old, new in ids.items()):
        return ordered, found
    out = [e.model_copy(update={"id": ids[e.id]}) for e in ordered]
    records = []
    for rec in found.records:
        s = rec.speaker
        if s is not None and s.entity is not None:
            s = s.model_copy(update={"entity": ids[s.entity]})
        records.append(rec if s is rec.speaker else replace(rec, speaker=s))
    return out, replace(found, records=records)


def _taken(entities: Iterable[Entity], a: int, b: int) -> bool:
    return any(m.start < b and a < m.end for e in entities for m in e.mentions)


def _body_name(view: DocView, a: int, b: int, lex: Lexicon) -> bool:
    """One proper noun shaped as an organisation's name, an acronym or letters with digits
    ("PETA", "TVN24"), that names no place of the alias table ("US", "UK")."""
    bounds = view.char_span_bounds(a, b)
    if bounds is None or bounds[1] - bounds[0] != 1:
        return False
    k = bounds[0]
    word = view.column("text")[k]
    if view.has_pos and view.column("pos_")[k] != "PROPN":
        return False
    shaped = (word.isupper() and word.isalpha() and len(word) > 1) or (
        word[:1].isupper() and any(c.isdigit() for c in word) and any(c.isalpha() for c in word)
    )
    low = word.lower()
    if low in lex.role_words or low in lex.honorifics or common_acronym(word):
        return False  # "one MP said": a role, no body
    return shaped and normalize_key(word) not in lex.aliases


def _with_mention(
    e: Entity, name: str, a: int, b: int, view: DocView, headline: str | None
) -> Entity:
    mentions = sorted([*e.mentions, Mention(start=a, end=b, text=name)], key=lambda m: m.start)
    first = mentions[0].start
    return e.model_copy(
        update={
            "count": len(mentions),
            "mentions": mentions,
            "first_mention": first,
            "salience": salience_in(view, [e.name, name], len(mentions), first, headline),
        }
    )


def _personal_name(view: DocView, a: int, b: int, lex: Lexicon, *, described: bool) -> bool:
    """Two or more capitalised proper nouns (particles aside) opening with a given name, or
    ``described`` by a role in the speaker's apposition ("Ori Givati, a former soldier")."""
    bounds = view.char_span_bounds(a, b)
    if bounds is None:
        return False
    s, e = bounds
    texts, lowers = view.column("text"), view.column("lower_")
    words = [k for k in range(s, e) if lowers[k] not in _PARTICLES and texts[k] != "-"]
    if len(words) < 2 or not (described or lowers[words[0]] in lex.given_names):
        return False
    if any(lowers[k] in lex.role_words or lowers[k] in lex.honorifics for k in words):
        return False
    pos = view.column("pos_") if view.has_pos else None
    return all(texts[k][:1].isupper() and (pos is None or pos[k] == "PROPN") for k in words)


def _part_of_name(entities: Iterable[Entity], name: str, a: int, b: int) -> Entity | None:
    """The one entity whose every mention is a later word of ``name`` and which is named
    inside ``[a, b)`` or only after it (the tagger's "Givati" of "Ori Givati", or of a later
    "Givati says"), if there is one."""
    words = set(re.findall(r"[\w'’.-]+", name)[1:])
    fits = [
        e
        for e in entities
        if all(m.text in words and (m.start >= b or a <= m.start) for m in e.mentions)
    ]
    return fits[0] if len(fits) == 1 else None


def _as_person(e: Entity, name: str, a: int, b: int, view: DocView, headline: str | None) -> Entity:
    mentions = [m for m in e.mentions if not (a <= m.start and m.end <= b)]
    mentions.append(Mention(start=a, end=b, text=name))
    mentions.sort(key=lambda m: m.start)
    first = mentions[0].start
    return e.model_copy(
        update={
            "name": name,
            "label": "PERSON",
            "count": len(mentions),
            "mentions": mentions,
            "first_mention": first,
            "salience": salience_in(view, [name], len(mentions), first, headline),
        }
    )


def _new_person(
    new_id: str, name: str, a: int, b: int, view: DocView, headline: str | None
) -> Entity:
    return Entity(
        id=new_id,
        name=name,
        label="PERSON",
        count=1,
        mentions=[Mention(start=a, end=b, text=name)],
        first_mention=a,
        salience=salience_in(view, [name], 1, a, headline),
    )
