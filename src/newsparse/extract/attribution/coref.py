"""Resolve a speaker mention to an entity: names by overlap, pronouns by the nearest compatible
earlier person, descriptions by role; flag anonymous sources."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsparse.extract.attribution.speakers import speaker_span
from newsparse.extract.doccache import (
    child_indexes,
    doc_column,
    doc_view,
    span_text,
    token_bounds,
)
from newsparse.lexicon.attribution import (
    anonymous_nouns,
    anonymous_phrases,
    document_nouns,
    first_name_gender,
    media_words,
    org_nouns,
    person_nouns,
)
from newsparse.lexicon.entities import lexicon as entity_lexicon
from newsparse.models import Entity, Speaker
from newsparse.vocab import (
    COLLECTIVE_LABELS,
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    PERSON_LABELS,
    PLURAL_PRONOUNS,
    THING_PRONOUNS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

MALE, FEMALE, PLURAL, THING = MALE_PRONOUNS, FEMALE_PRONOUNS, PLURAL_PRONOUNS, THING_PRONOUNS
ORG_LABELS = COLLECTIVE_LABELS
THING_LABELS = {"ORG", "GPE"}
"""What 'it' speaks for: an institution or a country (never a person, and never a group's
adjective such as 'Republican')."""
_MODIFIER_DEPS = {"amod", "compound", "nmod", "poss"}
"""'it said', 'it added': an organisation, a country or a document speaks, never a person."""
_HONORIFIC = {"mr": "m", "mr.": "m", "sir": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f"}
PRONOUN_WINDOW = 3000
"""How far back (characters) a pronoun looks for its antecedent."""
MAX_CANDIDATES = 6
"""Compatible mentions a pronoun or a description weighs before it gives up."""
_NON_REFERRING = frozenset(
    {"which", "what", "that", "this", "these", "those", "whatever"}
    | {"another", "one", "some", "others", "many", "several", "few", "someone", "somebody"}
    | {"anyone", "anybody", "everyone", "everybody", "each", "both", "all", "most", "none"}
)
"""Relative, demonstrative and indefinite words: as a speaker they stand for no one named
('which is not to say', 'another wondered', 'some said'), so they are never resolved."""
_AFFILIATION = frozenset({"for", "of", "at", "from"})
_AGE = re.compile(r"^\d{1,3}-year-old$")
SALIENCE_WINDOW = 1500
"""How far back (characters) a definite description ('the actor') looks for its person."""
"""Prepositions that attach a description to whom it speaks for ('a spokesperson for X')."""


@dataclass
class MentionIndex:
    """Entity mentions sorted by start, for nearest-earlier and overlap look-ups."""

    starts: list[int] = field(default_factory=list)
    items: list[tuple[int, int, Entity]] = field(default_factory=list)
    gender: dict[str, str] = field(default_factory=dict)
    surnames: dict[str, list[tuple[int, Entity]]] = field(default_factory=dict)
    """Last word of a person's name -> (first mention start, entity), for ``_by_surname``."""

    @classmethod
    def build(cls, entities: list[Entity], text: str) -> MentionIndex:
        items = sorted(
            ((m.start, m.end, e) for e in entities for m in e.mentions), key=lambda x: x[:2]
        )
        index = cls(starts=[s for s, _, _ in items], items=items)
        for e in entities:
            if e.label in PERSON_LABELS:
                index.gender[e.id] = _gender_of(e, text)
                if e.name.split() and e.mentions:
                    first = min(m.start for m in e.mentions)
                    index.surnames.setdefault(e.name.split()[-1], []).append((first, e))
        return index

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, Entity]]:
        k = bisect_left(self.starts, start - 200)
        out = []
        while k < len(self.items) and self.items[k][0] < end:
            _s, e, _ent = self.items[k]
            if e > start:
                out.append(self.items[k])
            k += 1
        return out

    def before(self, pos: int) -> list[tuple[int, int, Entity]]:
        """Mentions ending before ``pos`` inside the window, nearest first."""
        k = bisect_left(self.starts, pos)
        out = []
        while k > 0:
            k -= 1
            s, e, _ent = self.items[k]
            if s < pos - PRONOUN_WINDOW:
                break
            if e <= pos:
                out.append(self.items[k])
        return out


def _gender_of(entity: Entity, text: str) -> str:
    """'m', 'f' or '' from an honorific before a mention or a known first name."""
    for m in entity.mentions:
        prev = text[max(0, m.start - 5) : m.start].strip().split()
        if prev and prev[-1].lower() in _HONORIFIC:
            return _HONORIFIC[prev[-1].lower()]
    first = entity.name.split()[0].lower() if entity.name.split() else ""
    known = first_name_gender().get(first, "")
    if known:
        return known
    roles = entity_lexicon().role_words  # 'spokeswoman', 'actor': the text says which
    said = {roles.get(w.lower()) for role in entity.roles for w in role.split()} & {"m", "f"}
    return said.pop() or "" if len(said) == 1 else ""


def _kind_of(entity: Entity) -> str:
    if entity.label in PERSON_LABELS:
        return "person"
    words = {w.lower().strip(".") for w in entity.name.split()}
    if words & media_words():
        return "media"
    return "organization"


def is_anonymous(text: str, head_lower: str, has_name: bool) -> bool:
    """An unnamed description whose head is 'official', 'source'... or 'familiar with...'."""
    if has_name:
        return False
    low = text.lower()
    if any(p in low for p in anonymous_phrases()):
        return True
    if head_lower in anonymous_nouns():
        return True
    # 'a doctor from Hebron': an indefinite person role with no name is an unnamed source
    return low.startswith(("a ", "an ")) and head_lower in entity_lexicon().role_words


def resolve(
    doc: Doc,
    span: tuple[int, int],
    head_i: int,
    index: MentionIndex,
    *,
    recent: list[Speaker],
    quoted_chars: list[tuple[int, int]],
) -> Speaker:
    """A Speaker for the mention doc[span]: resolved name and entity where possible. A
    coordinated mention ('Vindman and Williams said') speaks jointly: each part is resolved
    on its own and the name joins them."""
    parts = joint_parts(doc, span, head_i, index)
    if parts is not None:
        speakers = [
            _resolve_one(doc, p, h, index, recent=recent, quoted_chars=quoted_chars)
            for p, h in parts
        ]
        if any(sp.entity is not None or sp.kind == "person" for sp in speakers):
            return _joint(doc, span, speakers)
    return _resolve_one(doc, span, head_i, index, recent=recent, quoted_chars=quoted_chars)


def joint_parts(
    doc: Doc, span: tuple[int, int], head_i: int, index: MentionIndex
) -> list[tuple[tuple[int, int], int]] | None:
    """The coordinated parts of a mention as (tokens, head): 'Volker and Morrison', 'both
    Vindman and Williams', 'he and Commissioner Stephen Mold'; None for one speaker, also
    when one name covers the coordination ('Procter & Gamble', 'Police and Crime Panel')."""
    deps, lowers = doc_column(doc, "dep_"), doc_column(doc, "lower_")
    pos = doc_column(doc, "pos_")
    if pos[head_i] == "NOUN":  # 'former officials Alexander Vindman and Jennifer Williams'
        appos = [c for c in child_indexes(doc, head_i) if deps[c] == "appos"]
        head_i = next((c for c in appos if span[0] <= c < span[1]), head_i)
    heads = [head_i]
    joined = False
    while True:
        kids = child_indexes(doc, heads[-1])
        conj = next(
            (c for c in kids if deps[c] == "conj" and span[0] <= c < span[1] and c > heads[-1]),
            None,
        )
        if conj is None or pos[conj] not in _PART_POS or _second_role(doc, head_i, conj):
            break
        joined = joined or any(deps[c] == "cc" and lowers[c] in ("and", "&") for c in kids)
        heads.append(conj)
    if len(heads) < 2 or not joined or pos[head_i] not in _PART_POS:
        return None
    starts = token_bounds(doc)[0]
    for s, e, _ent in index.overlapping(starts[head_i], starts[heads[-1]] + 1):
        if s <= starts[head_i] and starts[heads[-1]] < e:
            return None  # one entity's name holds the whole coordination
    out = []
    for k, h in enumerate(heads):
        left = span[0] if k == 0 else max(span[0], doc[h].left_edge.i)
        right = span[1] if k + 1 == len(heads) else doc[heads[k + 1]].left_edge.i
        while right > left + 1 and (lowers[right - 1] in _PART_GLUE or pos[right - 1] == "PUNCT"):
            right -= 1
        if not left <= h < right:
            return None
        out.append(((left, right), h))
    return out


def _second_role(doc: Doc, first: int, conj: int) -> bool:
    """'Jennifer Daskal of American University and contributor to Slate': a bare singular
    role noun (no article, no name) joined to a name is the same person's other role."""
    tags = doc_column(doc, "tag_")
    return (
        tags[first] == "NNP"
        and tags[conj] == "NN"
        and not any(doc[c].dep_ in ("det", "poss", "nummod") for c in child_indexes(doc, conj))
    )


_PART_POS = frozenset({"PROPN", "NOUN", "PRON"})
_PART_GLUE = frozenset({"and", "&", ",", "as", "well"})


def _joint(doc: Doc, span: tuple[int, int], parts: list[Speaker]) -> Speaker:
    """One speaker made of several: each part's name (else its words), joined; no one entity
    (a group has no one gender or role)."""
    kinds = {"person" if sp.kind == "pronoun" else sp.kind for sp in parts}
    kind = next(iter(kinds)) if len(kinds) == 1 else "description"
    starts, ends = token_bounds(doc)
    return Speaker(
        text=span_text(doc, span[0], span[1]),
        name=" and ".join(sp.name or sp.text for sp in parts),
        start=starts[span[0]],
        end=ends[span[1] - 1],
        kind=kind if kind in ("person", "organization", "media") else "description",
    )


def _resolve_one(
    doc: Doc,
    span: tuple[int, int],
    head_i: int,
    index: MentionIndex,
    *,
    recent: list[Speaker],
    quoted_chars: list[tuple[int, int]],
) -> Speaker:
    """``resolve`` for a mention that names one speaker."""
    mention = doc[span[0] : span[1]]
    head = doc[head_i]
    start, end = mention.start_char, mention.end_char
    text = span_text(doc, mention.start, mention.end)  # Span.text would build every Token
    low = head.lower_
    if low in _NON_REFERRING and head.pos_ in ("DET", "PRON", "NUM"):
        return Speaker(text=text, start=start, end=end, kind="description")
    if head.pos_ == "PRON" or low in MALE | FEMALE | PLURAL:
        # never a speaker named later; in text order (reported speakers come after direct ones)
        before = sorted((sp for sp in recent if sp.end <= start), key=lambda sp: sp.end)
        found = None  # 'On your website you state …': the one addressed, no one named before
        if low not in _SECOND_PERSON:
            found = _antecedent(doc, start, low, index, before, quoted_chars)
        return Speaker(
            text=text,
            name=found[0] if found else None,
            start=start,
            end=end,
            entity=found[1] if found else None,
            kind="pronoun",
        )
    hits = index.overlapping(head.idx, head.idx + len(head))
    if not hits and head.pos_ == "NOUN":
        hits = _named_after_clause(doc, head, index)
    if not hits:
        hits = [
            h
            for h in index.overlapping(start, end)
            if h[2].label in PERSON_LABELS | ORG_LABELS and _names_speaker(doc, h, head)
        ]
    outlets = _outlet_list(doc, mention.start, mention.end)
    if outlets is not None:
        return Speaker(text=text, name=outlets, start=start, end=end, kind="media")
    if hits:
        hits.sort(key=lambda h: (h[2].label not in PERSON_LABELS, h[0]))
        ent = hits[0][2]
        if ent.label in PERSON_LABELS or ent.label in ORG_LABELS or ent.label == "WORK_OF_ART":
            return Speaker(
                text=text,
                name=ent.name,
                start=start,
                end=end,
                entity=ent.id,
                kind=_kind_of(ent),
            )
    pos, ent_types = doc_column(doc, "pos_"), doc_column(doc, "ent_type_")
    has_name = pos[head_i] == "PROPN" and ent_types[head_i] in ("PERSON", "ORG")
    lemma = head.lemma_.lower()
    # 'the prosecutors', 'the doctors': a plural role noun stands for several, never one person
    several = doc_column(doc, "tag_")[head_i] == "NNS"
    described: Entity | None = None if several else _by_role(lemma, start, index)
    if described is None and pos[head_i] == "NOUN":
        body = org_nouns().get(low) or org_nouns().get(lemma)
        if body is not None and (several or _indefinite(head)):
            # 'a group representing rural counties': a new body, not the one named last;
            # 'the companies said': several bodies, never the one named last
            pass
        elif body is not None:
            described = _organisation(lemma, start, index, quoted_chars, generic=body == "generic")
        else:
            described = _introduced_as(doc, head, start, index)
    if described is None and pos[head_i] in ("NOUN", "ADJ") and _definite(head):
        if lemma in document_nouns():
            issuer = _issuer(doc, head, index)  # 'the statement said': its issuer speaks
            if isinstance(issuer, str):
                return Speaker(text=text, name=issuer, start=start, end=end, kind="description")
            described = issuer
            modifier = next((c for c in head.lefts if c.dep_ == "compound"), None)
            modifier_kind = (
                org_nouns().get(modifier.lemma_.lower()) if modifier is not None else None
            )
            if described is None and modifier is not None and modifier_kind is not None:
                # 'the office release': the organisation the modifier names
                described = _organisation(
                    modifier.lemma_.lower(),
                    start,
                    index,
                    quoted_chars,
                    generic=modifier_kind == "generic",
                )
        elif not several and not is_anonymous(text, low, has_name):
            described = _salient_person(doc, head, start, index, quoted_chars)
    if described is None and not hits and span[1] - span[0] == 1:
        described = _by_surname(head, index)
    kind = "media" if low in media_words() else "description"
    anonymous = described is None and is_anonymous(text, low, has_name)
    if described is None and pos[head_i] == "PROPN" and head.text[:1].isupper():
        # a name the entity pass did not keep still names its speaker, not a neighbour
        name = span_text(doc, _name_start(head), head_i + 1)
        kind = "person" if ent_types[head_i] == "PERSON" else kind
        return Speaker(text=text, name=name, start=start, end=end, kind=kind)
    if described is not None:
        kind = _kind_of(described)
    source: str | None = None
    if anonymous and described is None:
        earlier = _same_source(head, start, recent) if _definite(head) else None
        source = earlier or _descriptor(doc, mention.start, head)
    return Speaker(
        text=text,
        name=described.name if described else source,
        start=start,
        end=end,
        entity=described.id if described else None,
        kind=kind,
        anonymous=anonymous,
    )


def _named_after_clause(
    doc: Doc, head: Token, index: MentionIndex
) -> list[tuple[int, int, Entity]]:
    """'The group that owns her music, Big Machine, says': a subject noun with a relative
    clause, then a name set off by commas right before its verb. The mention stops at the
    clause, and the parser often hangs the name inside it; the name is the noun's apposition
    and speaks."""
    verb = head.head
    if head.dep_ not in ("nsubj", "nsubjpass") or verb.i <= head.i:
        return []
    if not any(c.dep_ in ("relcl", "acl") for c in head.rights):
        return []
    comma = verb.i - 1
    while comma > head.i and doc[comma].dep_ in ("advmod", "aux", "neg"):
        comma -= 1  # 'Big Machine, now says' / ', has said'
    if comma <= head.i or doc[comma].text != ",":
        return []
    end = doc[comma].idx
    for s, e, ent in index.overlapping(end - 1, end):
        if e != end or ent.label not in PERSON_LABELS | ORG_LABELS:
            continue
        first = doc.char_span(s, e, alignment_mode="expand")
        if first is not None and first.start > head.i + 1 and doc[first.start - 1].text == ",":
            return [(s, e, ent)]
    return []


def _names_speaker(doc: Doc, hit: tuple[int, int, Entity], head: Token) -> bool:
    """Whether a name inside a mention names its speaker. Under a common-noun head only an
    apposition does ('his mother, Charlotte Charles'); a possessor ('Dunn's mother'), a
    modifier ('a Ukrainian official', 'an Apple spokesperson') or an affiliation ('a
    spokesperson for Apple') names someone else."""
    if head.pos_ == "PROPN":
        if _titled_role(head) and _in_apposition(doc, hit, head):
            # 'The Senate Minority Leader, Chuck Schumer, said': a capitalised title the
            # tagger made a name; the person set off after it is who speaks
            return True
        # 'Ori Givati, a former Israeli soldier': under a name only that name speaks; an
        # entity elsewhere in its apposition ('Israeli') is someone else
        first = _name_start(head)
        return hit[0] < head.idx + len(head) and hit[1] > doc[first].idx
    if head.pos_ != "NOUN":
        return True
    span = doc.char_span(hit[0], hit[1], alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if (root.dep_ == "appos" and root.head.i == head.i) or (
        head.dep_ == "appos" and head.head.i == root.i
    ):
        return True
    if _titled_by_place(root, head):
        return True
    # 'a spokesperson for Acme Corp, Jane Doe, said': the parser hung the person on the body
    # the role is for; a body has no person in apposition, so the person is the role's
    body = root.head
    return (
        root.dep_ == "appos"
        and (hit[2].label in PERSON_LABELS or root.ent_type_ == "PERSON")
        and body.dep_ == "pobj"
        and body.head.lower_ in _AFFILIATION
        and body.head.head.i == head.i
        and head.lemma_.lower() in entity_lexicon().role_words
    )


def _titled_by_place(name: Token, head: Token) -> bool:
    """'Another diplomat, former special envoy to Ukraine Kurt Volker, said': a title 'to' or
    'of' a place or body, then the person's name, in apposition to the subject; the parser
    reads 'Ukraine Kurt Volker' as one noun phrase under 'to' (or the name as the title's
    own apposition). A name with no place or body
    before it ('a spokesperson for Governor Tom Lee') is someone else."""
    if name.ent_type_ != "PERSON":
        return False
    prep = name.head
    if name.dep_ == "appos" and prep.dep_ == "appos" and prep.head.i == head.i:
        # 'Another diplomat, former ambassador to France Ken Vollmer': the name in apposition
        # to the title that is itself the subject's apposition
        return prep.lemma_.lower() in entity_lexicon().role_words
    if name.dep_ != "pobj" or prep.lower_ not in ("to", "of"):
        return False
    title = prep.head
    if title.i != head.i and not (title.dep_ == "appos" and title.head.i == head.i):
        return False
    if title.lemma_.lower() not in entity_lexicon().role_words:
        return False
    return any(
        c.dep_ == "compound" and c.i < name.i and c.ent_type_ in ("GPE", "ORG", "NORP", "LOC")
        for c in name.lefts
    )


def _by_surname(head: Token, index: MentionIndex) -> Entity | None:
    """'Day said' when the entity pass left this 'Day' out (a surname that is also a common
    word): the one person named earlier whose name ends in that capitalised word."""
    word = head.text
    if not word[:1].isupper() or word.isupper():
        return None
    people = {ent.id: ent for first, ent in index.surnames.get(word, ()) if first < head.idx}
    return next(iter(people.values())) if len(people) == 1 else None


def _titled_role(head: Token) -> bool:
    """'Leader' of 'The Senate Minority Leader', 'President' of 'The Vice President': a role
    word written with a capital, which the tagger reads as a name but names nobody."""
    return head.ent_type_ != "PERSON" and head.lower_ in entity_lexicon().role_words


def _in_apposition(doc: Doc, hit: tuple[int, int, Entity], head: Token) -> bool:
    """Whether the person entity ``hit`` is set off in apposition to ``head``."""
    if hit[2].label not in PERSON_LABELS:
        return False
    span = doc.char_span(hit[0], hit[1], alignment_mode="expand")
    return span is not None and span.root.dep_ == "appos" and span.root.head.i == head.i


def _name_start(head: Token) -> int:
    """Index of the first word of the proper name ending at ``head`` ('Ori' of 'Ori
    Givati'): its run of compound names just before it."""
    first = head.i
    doc = head.doc
    while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].pos_ == "PROPN":
        if doc[first - 1].head.i != head.i:
            break
        first -= 1
    return first


def _same_source(head: Token, pos: int, recent: list[Speaker]) -> str | None:
    """'… the source said': the name of the unnamed source with the same noun who spoke last
    ('Ahmado's source inside the camp, a Syrian refugee …, said'), within the window."""
    low = head.lower_
    for sp in reversed(recent):
        if sp.end > pos or pos - sp.end > PRONOUN_WINDOW:
            continue
        if sp.anonymous and sp.name and low in sp.text.lower().replace(",", " ").split():
            return sp.name
    return None


def _descriptor(doc: Doc, first: int, head: Token) -> str:
    """The short form of an anonymous description: its words up to the head noun and a short
    affiliation after it ('A Ukrainian official with direct knowledge …' -> 'a Ukrainian
    official'; 'a spokesperson for the ministry'). An indefinite description in apposition says
    who the source is ('her source in the camp, a Syrian refugee who …' -> 'a Syrian refugee')."""
    appos = next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
    if appos is not None and _indefinite(appos):
        first, head = appos.left_edge.i, appos
    end = head.i + 1
    conj = next((c for c in head.rights if c.dep_ == "conj" and c.pos_ == "NOUN"), None)
    if conj is not None and conj.i - head.i <= 3 and doc[head.i + 1].dep_ == "cc":
        head, end = conj, conj.i + 1  # 'analysts and activists working in the region'
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.i == end), None)
    if prep is not None and prep.lower_ in _AFFILIATION:
        # up to a comma: 'a spokesman for the Ministry of Defence, which denied …'
        edge = prep.right_edge.i
        last = next((k for k in range(prep.i, edge + 1) if doc[k].text == ","), None)
        last = edge if last is None else last - 1
        if last - head.i <= 5:
            end = last + 1
    words = span_text(doc, first, end).strip(" ,")
    acronym = len(doc[first].text) > 1 and doc[first].is_upper
    named = doc[first].pos_ == "PROPN" or doc[first].ent_type_ in ("NORP", "GPE", "ORG")
    if words[:1].isupper() and not named and not acronym:  # "Israeli officials" stays
        words = words[0].lower() + words[1:]
    return words


def _organisation(
    lemma: str,
    pos: int,
    index: MentionIndex,
    quoted_chars: list[tuple[int, int]],
    *,
    generic: bool,
) -> Entity | None:
    """'The embassy declined': the organisation named before it whose name holds the noun
    ('the US Embassy in London'); for a generic noun ('the company said') else the one named
    last."""
    nearest: Entity | None = None
    seen = 0
    for s, _e, ent in index.before(pos):
        if ent.label != "ORG" or _inside(s, quoted_chars) or _kind_of(ent) == "media":
            continue
        if lemma in {w.lower() for w in ent.name.split()}:
            return ent
        nearest = nearest or ent
        seen += 1
        if seen >= MAX_CANDIDATES:
            break
    return nearest if generic else None


def _indefinite(head: Token) -> bool:
    """'a group', 'an agency': an indefinite article introduces a referent of its own."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.lefts)


def _definite(head: Token) -> bool:
    """'the actor', 'The 56-year-old': a description with 'the' and no possessor."""
    kids = list(head.lefts)
    if any(c.dep_ == "poss" for c in kids):
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in kids)


ISSUER_TOKENS = 120
"""How far back (tokens) 'the statement' looks for 'S said in a statement'."""


def _issuer(doc: Doc, head: Token, index: MentionIndex) -> Entity | str | None:
    """'The US military said in a statement … “…,” the statement said': the subject of the
    speech verb that an earlier 'in a statement' hangs on, as an entity or, unnamed, as its
    words without the article ('US military')."""
    lemma = head.lemma_.lower()
    lemmas = doc_column(doc, "lemma_")
    for k in range(head.i - 1, max(-1, head.i - ISSUER_TOKENS), -1):
        if lemmas[k].lower() != lemma:
            continue
        prep = doc[k].head
        verb = prep.head
        if doc[k].dep_ != "pobj" or prep.lower_ != "in" or verb.pos_ != "VERB":
            continue
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return None
        hits = index.overlapping(subj.idx, subj.idx + len(subj))
        if hits:
            return hits[0][2]
        if subj.pos_ != "NOUN":
            return None
        a, b = speaker_span(subj)
        if doc[a].dep_ == "det":
            a += 1
        return span_text(doc, a, b) if b > a else None
    return None


def _salient_person(
    doc: Doc, head: Token, pos: int, index: MentionIndex, quoted_chars: list[tuple[int, int]]
) -> Entity | None:
    """'the actor said', 'the 56-year-old added': a definite description of a person (a role
    noun or an age) stands for the person the article has named most in the last stretch,
    the nearest one on a tie, of the gender the noun gives."""
    roles = entity_lexicon().role_words
    low = head.lower_
    age = _AGE.match(low) or (low == "old" and head.i >= 2 and head.nbor(-2).lower_ == "year")
    if low not in roles and head.lemma_.lower() not in roles and not age:
        return None
    if any(c.dep_ == "prep" and c.lower_ in _AFFILIATION for c in head.rights):
        return None  # 'the chairman of the party': its own person, not the one named most
    want = roles.get(low) or roles.get(head.lemma_.lower()) or ""
    counts: dict[str, int] = {}
    first_seen: dict[str, tuple[int, Entity]] = {}
    nearest: tuple[int, int] | None = None
    for s, _e, ent in index.before(pos):
        if s < pos - SALIENCE_WINDOW:
            break
        if ent.label not in PERSON_LABELS or _inside(s, quoted_chars):
            continue
        g = index.gender.get(ent.id, "")
        if want in ("m", "f") and g and g != want:
            continue
        if nearest is None:
            nearest = (s, _e)
            if _recent_subject(doc, s, _e, pos):
                return ent  # 'Then Mark Hollis spoke. The 56-year-old said': the subject just named
        counts[ent.id] = counts.get(ent.id, 0) + 1
        first_seen.setdefault(ent.id, (len(first_seen), ent))
    if not counts:
        return None
    best = max(counts, key=lambda k: (counts[k], -first_seen[k][0]))
    return first_seen[best][1]


def _recent_subject(doc: Doc, start: int, end: int, pos: int) -> bool:
    """Whether the mention at ``start:end`` is a subject in the sentence of ``pos`` or the
    one before it: a description right after it continues that person, not the most named."""
    view = doc_view(doc)
    here = bisect_right(view.sent_starts, view.token_at_char(pos)) - 1
    there = bisect_right(view.sent_starts, view.token_at_char(start)) - 1
    if here - there > 1:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("nsubj", "nsubjpass")


def _introduced_as(doc: Doc, head: Token, pos: int, index: MentionIndex) -> Entity | None:
    """'Dunn's mother said': the person the article introduced in apposition with the same
    noun ('Dunn's mother, Charlotte Charles' / 'Charlotte Charles, the mother of …')."""
    lemma = head.lemma_.lower()
    seen = 0
    for s, e, ent in index.before(pos):
        if ent.label not in PERSON_LABELS:
            continue
        seen += 1
        if seen > 3 * MAX_CANDIDATES:
            break
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if root.dep_ == "appos" and root.head.lemma_.lower() == lemma:
            return ent
        if any(c.dep_ == "appos" and c.lemma_.lower() == lemma for c in root.children):
            return ent
    return None


def _outlet_list(doc: Doc, start: int, end: int) -> str | None:
    """'The Financial Times, Reuters, Axios' when a mention lists several outlets (their
    capitalised runs, at least one a media name): one speaker that is several media."""
    texts, pos = doc_column(doc, "text"), doc_column(doc, "pos_")
    if "PERSON" in doc_column(doc, "ent_type_")[start:end]:
        return None  # a person among the names: not a list of outlets
    names: list[str] = []
    run: list[str] = []
    for k in [*range(start, end), end]:
        word = texts[k] if k < end else ""
        if k < end and (pos[k] == "PROPN" or (word.lower() == "the" and not run)):
            run.append(word)
            continue
        if any(w[:1].isupper() and w.lower() != "the" for w in run):
            names.append(" ".join(run))
        run = []
    if len(names) < 2 or not any(set(n.lower().split()) & media_words() for n in names):
        return None
    return ", ".join(names)


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def _antecedent(
    doc: Doc,
    pos: int,
    pronoun: str,
    index: MentionIndex,
    recent: list[Speaker],
    quoted_chars: list[tuple[int, int]],
) -> tuple[str, str | None] | None:
    """Name and entity id of the nearest earlier compatible entity; subjects and recent
    speakers preferred. 'it' and 'they' may also stand for the last unnamed body that spoke
    ('the prosecutors said … it added'), when it spoke after that entity was named."""
    ent, at = _entity_antecedent(doc, pos, pronoun, index, recent, quoted_chars)
    if pronoun in MALE | FEMALE and recent:
        last = recent[-1]  # 'says a doctor from Hebron, … Since October 7, he says, …'
        if last.start >= at and pos - last.end <= PRONOUN_WINDOW and _unnamed_person(last, pronoun):
            return (last.name or last.text), None
    if pronoun in THING | PLURAL:
        body = next((sp for sp in reversed(recent) if _body(sp, pronoun)), None)
        if body is not None and body.start >= at and pos - body.end <= PRONOUN_WINDOW:
            at = body.start
            found: tuple[str, str | None] | None = (body.name or body.text), body.entity
        else:
            found = (ent.name, ent.id) if ent is not None else None
        group = _group_subject(doc, pos, quoted_chars) if pronoun in _THEY else None
        if group is not None and token_bounds(doc)[1][group[0][1] - 1] > at:
            # 'Gov. Holcomb and legislative leaders have avoided … However, they said':
            # the nearest group that was a subject, if no named body is nearer
            sp = resolve(doc, group[0], group[1], index, recent=recent, quoted_chars=quoted_chars)
            return (sp.name or sp.text), sp.entity
        return found
    return (ent.name, ent.id) if ent is not None else None


_THEY = frozenset({"they", "them"})
_SECOND_PERSON = frozenset({"you", "ya", "y'all"})
GROUP_SENTENCES = 3
"""How many sentences back 'they' looks for a group that was the subject."""


def _group_subject(
    doc: Doc, pos: int, quoted_chars: list[tuple[int, int]]
) -> tuple[tuple[int, int], int] | None:
    """The nearest earlier subject 'they' can stand for, as (mention tokens, head): people
    joined by 'and' ('Volker and Morrison'), or a plural noun for people or a body
    ('teachers', 'leaders', 'Democrats'). A 'they' subject on the way is the same group,
    named further back."""
    view = doc_view(doc)
    i = view.token_at_char(pos)
    if i <= 0:
        return None
    k = bisect_right(view.sent_starts, i) - 1
    lo = view.sents[max(0, k - GROUP_SENTENCES)][0]
    deps, lowers = doc_column(doc, "dep_"), doc_column(doc, "lower_")
    starts = view.starts
    for t in range(i - 1, lo - 1, -1):
        if deps[t] not in ("nsubj", "nsubjpass") or _inside(starts[t], quoted_chars):
            continue
        if lowers[t] in _THEY:
            continue
        if _is_group(doc, t):
            return speaker_span(doc[t]), t
    return None


def _is_group(doc: Doc, t: int) -> bool:
    """People joined by 'and', or a plural noun that names people or a body."""
    pos, tags = doc_column(doc, "pos_"), doc_column(doc, "tag_")
    if pos[t] not in ("NOUN", "PROPN"):
        return False
    deps, lowers = doc_column(doc, "dep_"), doc_column(doc, "lower_")
    kids = child_indexes(doc, t)
    if any(deps[c] == "conj" and pos[c] in ("NOUN", "PROPN") for c in kids) and any(
        deps[c] == "cc" and lowers[c] in ("and", "&") for c in kids
    ):
        return not _described_name(doc, t, kids)
    if tags[t] not in ("NNS", "NNPS"):
        return False
    lemma = doc_column(doc, "lemma_")[t].lower()
    return (
        lemma in entity_lexicon().role_words
        or lowers[t] in anonymous_nouns()
        or doc_column(doc, "ent_type_")[t] in ("NORP", "ORG")
    )


def _described_name(doc: Doc, t: int, kids: list[int]) -> bool:
    """'US singer, actor, and animal rights advocate Doris Day': lower-case nouns joined by
    'and' with no article of their own, before one person's name, describe that person."""
    if not doc_column(doc, "text")[t].islower() or any(
        doc_column(doc, "dep_")[c] == "det" for c in kids
    ):
        return False
    ents = doc_column(doc, "ent_type_")
    return any(ents[k] == "PERSON" for k in range(t + 1, doc[t].right_edge.i + 1))


def _unnamed_person(sp: Speaker, pronoun: str) -> bool:
    """A speaker 'he' / 'she' can continue without a name: an anonymous singular person
    ('a doctor from Hebron') or a definite description of one ('the patient'), of no other
    gender by its role word."""
    if sp.entity is not None:
        return False
    if sp.kind == "pronoun":  # 'he explains … he says': a pronoun that already continued one
        return bool(sp.name) and sp.text.lower() in (MALE if pronoun in MALE else FEMALE)
    if sp.anonymous and sp.name:
        words = [w.lower().strip(",.") for w in sp.name.split()]
    elif _person_description(sp):
        words = [sp.text.split()[-1].lower()]
    else:
        return False
    if not words or any(w in PLURAL_NOUN_WORDS for w in words):
        return False
    roles = entity_lexicon().role_words
    said = {roles.get(w) or person_nouns().get(w) for w in words} & {"m", "f"}
    want = "m" if pronoun in MALE else "f"
    return not said or said == {want}


def _person_description(sp: Speaker) -> bool:
    """'the patient said', 'the driver said': an unnamed definite description whose head
    (its last word) is a singular noun for a person."""
    words = sp.text.lower().split()
    if sp.kind != "description" or sp.name or sp.entity is not None or len(words) < 2:
        return False
    head = words[-1].strip(",.")
    return words[0] == "the" and (head in entity_lexicon().role_words or head in person_nouns())


def continues(sp: Speaker) -> bool:
    """Whether a later pronoun may continue this speaker: it has a name, or it is an unnamed
    description ('the prosecution', 'the patient') a pronoun can stand for."""
    return bool(sp.name) or (sp.kind in ("description", "media") and sp.entity is None)


PLURAL_NOUN_WORDS = frozenset({"officials", "sources", "people", "analysts", "experts"})
"""Plural heads an anonymous descriptor often has: never continued by 'he' or 'she'."""


def _body(sp: Speaker, pronoun: str) -> bool:
    """A speaker that 'it' / 'they' can continue: an unnamed body or an organisation."""
    if sp.kind == "pronoun" or sp.anonymous or sp.kind == "person" or _person_description(sp):
        return False
    if sp.entity is not None:
        return sp.kind in ("organization", "media")
    last = sp.text.split()[-1].lower() if sp.text.split() else ""
    if last in org_nouns():
        return True  # 'the foundation said … they said': a body is 'it' or 'they'
    plural = last.endswith("s") and not last.endswith("ss")
    return plural == (pronoun in PLURAL)


def _entity_antecedent(
    doc: Doc,
    pos: int,
    pronoun: str,
    index: MentionIndex,
    recent: list[Speaker],
    quoted_chars: list[tuple[int, int]],
) -> tuple[Entity | None, int]:
    """Nearest earlier compatible entity and where its mention starts (-1 for none)."""
    want = "m" if pronoun in MALE else "f" if pronoun in FEMALE else ""
    thing = pronoun in THING
    labels = THING_LABELS if thing else ORG_LABELS if pronoun in PLURAL else PERSON_LABELS
    best: Entity | None = None
    best_at = -1
    seen = 0
    for s, _e, ent in index.before(pos):
        if ent.label not in labels or _inside(s, quoted_chars):
            continue
        tok = doc.char_span(s, _e, alignment_mode="expand")
        if thing and tok is not None and tok.root.dep_ in _MODIFIER_DEPS:
            continue  # 'Florida voters', 'the Beige Book report': a modifier says nothing
        seen += 1
        if seen > MAX_CANDIDATES:
            break
        g = index.gender.get(ent.id, "")
        if want and g and g != want:
            continue
        if thing and ent.label == "GPE" and not _subject(tok):
            continue  # a country speaks as 'it' when it was the subject ('China said it …')
        is_subject = tok is not None and any(
            t.dep_ in ("nsubj", "nsubjpass") or t.head.dep_ in ("nsubj", "nsubjpass") for t in tok
        )
        aside = tok is not None and tok.root.head.dep_ == "relcl"
        if aside:
            is_subject = False  # 'both of whom Swift had feuds with': a relative clause's aside
        if best is None:
            best, best_at = ent, s
        if is_subject:
            return ent, s
        # a recent speaker beats a non-subject mention (not one in an aside)
        for sp in [] if aside else recent[-2:]:
            if sp.entity == ent.id:
                return ent, s
    return best, best_at


def _subject(tok: SpacySpan | None) -> bool:
    return tok is not None and any(t.dep_ in ("nsubj", "nsubjpass") for t in tok)


def _by_role(lemma: str, pos: int, index: MentionIndex) -> Entity | None:
    """The nearest earlier entity whose roles name this head noun ('the minister')."""
    if not lemma or not lemma.isalpha():
        return None
    for _s, _e, ent in index.before(pos):
        if any(lemma in role.lower().split() for role in ent.roles):
            return ent
    return None
