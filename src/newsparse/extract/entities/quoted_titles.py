"""After attribution: a quotation nobody says that is only proper nouns is a title ("the
“Pose” actor", "classic Disney fare, including “Mary Poppins” and “Bambi”"): a WORK_OF_ART
entity. The tagger misses one-word titles it has not seen.

Only the attribution core knows which quotations are speech, so this reads both results
(entities never read quotes): a quotation that is no piece of an attributed record, of one to
six words, every word a capitalised proper noun in no entity. Pronouns, verbs, adverbs and
plain nouns ("Meth. We're on it.", "Never Trumpers", a slogan) keep it out, and so does a
noun of words before it ("the word “We”": resources/quote_name_nouns.txt). An acronym whose
letters open the words of a title already found ("DWTS", "Dancing with the Stars") is one
more mention of it.
"""

from __future__ import annotations

from newsparse.docview import DocView
from newsparse.extract.attribution.records import Attributions
from newsparse.extract.entities.mentions import salience_in
from newsparse.extract.entities.speaker_names import in_salience_order
from newsparse.extract.overlaps import RangeIndex
from newsparse.lexicon.attribution import name_nouns, work_nouns
from newsparse.models import Entity, Mention

MAX_WORDS = 6
_WORD_NOUNS = name_nouns() - {"title"}
_TITLE_LABELS = frozenset({"WORK_OF_ART", "EVENT", "PRODUCT"})


def add_quoted_titles(
    entities: list[Entity], found: Attributions, view: DocView, *, headline: str | None = None
) -> tuple[list[Entity], Attributions]:
    """``entities`` with each unattributed quotation of proper nouns made a title entity."""
    if not view.has_pos or not found.quotations:
        return entities, found
    said = [piece for rec in found.records for piece in rec.pieces]
    taken = [(m.start, m.end) for e in entities for m in e.mentions]
    near_said, near_taken = RangeIndex(said), RangeIndex(taken)  # linear on long articles
    titles: dict[str, list[tuple[int, int]]] = {}
    for a, b in found.quotations:
        if any(said[i][0] < b and a < said[i][1] for i in near_said.near(a, b)) or any(
            taken[i][0] < b and a < taken[i][1] for i in near_taken.near(a, b)
        ):
            continue
        span = _title_span(view, a, b)
        if span is not None:
            titles.setdefault(view.text[span[0] : span[1]], []).append(span)
    if not titles:
        return entities, found
    by_id = {e.id: e for e in entities}
    for n, (title, spans) in enumerate(titles.items()):
        known = _spelled_by(title, by_id.values())
        mentions = [Mention(start=a, end=b, text=title) for a, b in spans]
        if known is not None:
            mentions = sorted([*known.mentions, *mentions], key=lambda m: m.start)
            first = mentions[0].start
            by_id[known.id] = known.model_copy(
                update={
                    "count": len(mentions),
                    "mentions": mentions,
                    "first_mention": first,
                    "salience": salience_in(
                        view, [known.name, title], len(mentions), first, headline
                    ),
                }
            )
            continue
        first = spans[0][0]
        by_id[f"title{n}"] = Entity(
            id=f"title{n}",
            name=title,
            label="WORK_OF_ART",
            count=len(spans),
            mentions=mentions,
            first_mention=first,
            salience=salience_in(view, [title], len(spans), first, headline),
        )
    return in_salience_order(list(by_id.values()), found)


def _title_span(view: DocView, a: int, b: int) -> tuple[int, int] | None:
    """The title inside the quotation ``[a, b)`` (its closing punctuation left out), if every
    word of it is a capitalised proper noun outside any entity."""
    bounds = view.char_span_bounds(a, b)
    if bounds is None:
        return None
    s, e = bounds
    texts, pos = view.column("text"), view.column("pos_")
    ent_types = view.column("ent_type_")
    while e > s and pos[e - 1] == "PUNCT":
        e -= 1
    while s < e and pos[s] == "PUNCT":
        s += 1
    if not 0 < e - s <= MAX_WORDS:
        return None
    before = next((k for k in range(s - 1, max(-1, s - 3), -1) if pos[k] != "PUNCT"), None)
    if before is not None and view.column("lower_")[before] in _WORD_NOUNS:
        return None  # "the word “We”": a word mentioned, no title
    for k in range(s, e):
        if pos[k] != "PROPN" or not texts[k][:1].isupper() or ent_types[k]:
            return None
    return (view.starts[s], view.ends[e - 1]) if _placed_as_title(view, s, e) else None


def _placed_as_title(view: DocView, s: int, e: int) -> bool:
    """Where a title stands: beside a noun of works ("the show “Pose”"), modifying the noun
    after it ("the “Pose” actor"), or joined to a title entity ("“Mary Poppins” and
    “Bambi”"). A quoted name alone ("“Unifier”", a chant) may be anything."""
    if not view.has_dep:
        return False
    lowers, pos = view.column("lower_"), view.column("pos_")
    ent_types, deps, heads = view.column("ent_type_"), view.column("dep_"), view.heads
    before = next((k for k in range(s - 1, max(-1, s - 3), -1) if pos[k] != "PUNCT"), None)
    after = next((k for k in range(e, min(len(view), e + 2)) if pos[k] != "PUNCT"), None)
    works = work_nouns()
    if any(k is not None and lowers[k] in works for k in (before, after)):
        return True
    root = view.span_root(s, e)
    head = heads[root]
    if deps[root] in ("compound", "nmod", "amod") and head == after and pos[head] == "NOUN":
        return True
    partners = [k for k in view.children(root) if deps[k] == "conj"]
    if deps[root] == "conj":
        partners.append(head)
    return any(ent_types[k] in _TITLE_LABELS for k in partners)


def _spelled_by(acronym: str, entities: object) -> Entity | None:
    """The one title entity whose words' first letters spell ``acronym`` ("DWTS")."""
    if not (acronym.isalpha() and acronym.isupper() and len(acronym) > 1):
        return None
    fits = [
        e
        for e in entities  # type: ignore[attr-defined]
        if e.label in _TITLE_LABELS
        and "".join(w[0] for w in e.name.split()).lower() == acronym.lower()
    ]
    return fits[0] if len(fits) == 1 else None
