"""Who stands behind a claim: a speaker mention becomes a typed Claimer."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING

from newsparse.extract.doccache import doc_column
from newsparse.lexicon.claims import ClaimLexicon, lexicon
from newsparse.models import Claimer, Entity, Speaker
from newsparse.vocab import COLLECTIVE_LABELS, PERSON_PRONOUNS, THING_PRONOUNS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

ORG_LABELS = COLLECTIVE_LABELS
SPEAKER_KIND = {
    "person": "person",
    "pronoun": "person",
    "organization": "organization",
    "media": "media",
}


_NOT_WORD = re.compile(r"[^\w/'-]+")


@lru_cache(maxsize=32)
def _longest_first(words: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """Each word and its space-padded form, longest first: sorted once per word set, not per
    question (a phrase is asked about several sets, for every claim)."""
    return tuple((w, f" {w} ") for w in sorted(words, key=len, reverse=True))


def _has_word(text: str, words: frozenset[str]) -> str | None:
    low = " " + _NOT_WORD.sub(" ", text.lower()) + " "
    for w, padded in _longest_first(words):
        if padded in low:
            return w
    return None


class EntityIndex:
    """Entity mentions sorted by offset, to resolve a mention or the nearest earlier person."""

    def __init__(
        self, entities: list[Entity], exclude: list[tuple[int, int]] | None = None
    ) -> None:
        """``exclude``: ranges (quotations) whose mentions never resolve a pronoun."""
        self.exclude = exclude or []
        rows = sorted(
            ((m.start, m.end, e) for e in entities for m in e.mentions), key=lambda r: r[0]
        )
        self.starts = [r[0] for r in rows]
        self.name_labels: dict[str, str] = {}
        for e in entities:
            for w in [e.name, *e.name.split()]:
                self.name_labels.setdefault(w, e.label)
        self.person_words = frozenset(
            w for e in entities if e.label == "PERSON" for w in e.name.split() if w[:1].isupper()
        )
        self.rows = rows

    def covering(self, start: int, end: int, label: str | None = None) -> Entity | None:
        """The entity with a mention inside [start, end), preferring the longest mention."""
        best: tuple[int, Entity] | None = None
        # Mentions inside [start, end) start there: only those rows are read.
        lo, hi = bisect_left(self.starts, start), bisect_right(self.starts, end)
        for s, e, ent in self.rows[lo:hi]:
            if (
                s >= start
                and e <= end
                and (label is None or ent.label == label)
                and (best is None or e - s > best[0])
            ):
                best = (e - s, ent)
        return best[1] if best else None

    def label_of_name(self, name: str) -> str | None:
        """The label of an entity called ``name`` (or containing it as a word), if any."""
        return self.name_labels.get(name)

    def is_person_word(self, word: str) -> bool:
        """True when ``word`` is part of a person's name in the article ('Myers')."""
        return word in self.person_words

    def before(self, pos: int, labels: frozenset[str]) -> Entity | None:
        """The entity of the nearest mention ending before ``pos`` with one of ``labels``."""
        for s, e, ent in reversed(self.rows[: bisect_right(self.starts, pos)]):
            if e <= pos and ent.label in labels and not any(a <= s < b for a, b in self.exclude):
                return ent
        return None


_AUTHOR_PREPS = frozenset({"by", "from", "of"})
_DOC_ORGANIZATION = frozenset(
    {"poll", "survey", "study", "statement", "figures", "data", "ruling", "judgment",
     "judgement", "findings", "post", "memo", "memorandum", "presentation", "filing", "filings"}
)  # fmt: skip


_DOC_ARTICLE = frozenset(
    {"footage", "video", "videos", "evidence", "photo", "photos", "image", "images", "recording",
     "recordings", "documents", "document", "records", "test", "tests", "scan", "scans", "x-ray",
     "autopsy"}
)  # fmt: skip
_DOC_OWNED = frozenset({"website", "site"})
"""Documents an institution publishes: 'its website' speaks for it."""


_POLLS = frozenset({"poll", "survey"})
_WHEN = frozenset({"DATE", "TIME"})
_INDEFINITE = frozenset({"a", "an", "one", "another", "some", "several", "two", "three"})


def _author(head: Token) -> Span | None:
    """The author of a document noun: 'estimates by event organizers', 'witness accounts'."""
    doc = head.doc
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in _AUTHOR_PREPS:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return doc[obj.left_edge.i : obj.right_edge.i + 1]
    for child in head.children:
        if (
            child.dep_ in ("compound", "poss", "nmod")
            and child.pos_ in ("NOUN", "PROPN")
            and child.ent_type_ not in _WHEN  # 'a June poll' names no author
        ):
            return doc[child.left_edge.i : child.i + 1]
    return None


def _role_before_name(head: Token) -> bool:
    """'Broadcaster Piers Morgan': a role noun before a name makes the name a person's, whatever
    label the name got."""
    from newsparse.lexicon.entities import lexicon as entity_lexicon

    if head.pos_ != "PROPN":
        return False
    roles = entity_lexicon().role_words
    return any(
        c.dep_ == "compound" and c.i < head.i and c.pos_ in ("NOUN", "PROPN") and c.lower_ in roles
        for c in head.children
    )


def _is_person_head(head: Token, index: EntityIndex | None) -> bool:
    if head.ent_type_ == "PERSON":
        return True
    if index is not None:
        if head.pos_ == "PROPN" and index.is_person_word(head.text):
            return True  # 'Noem' after 'Kristi Noem', whatever label the mention got
        ent = index.covering(head.idx, head.idx + len(head.text))
        return ent is not None and ent.label == "PERSON"
    return False


def _mention_type(span: Span, lex: ClaimLexicon, index: EntityIndex | None = None) -> str | None:
    """Claimer type from the words of a noun phrase (and the article's entities).

    Coordinated sources ('these videos and NPR') take media when any of them is an outlet.
    """
    doc = span.doc
    for conj in span.root.conjuncts:
        if span.start <= conj.i < span.end:
            part = doc[conj.left_edge.i : conj.right_edge.i + 1]
            if _single_type(part, lex, index) == "media":
                return "media"
    return _single_type(doc[span.start : span.end], lex, index)


def _single_type(span: Span, lex: ClaimLexicon, index: EntityIndex | None = None) -> str | None:
    """Claimer type of one noun phrase; a poll inside it ('51 percent of respondents in a
    Washington Post-ABC News survey') takes its pollster's type."""
    head = span.root
    doc = span.doc
    lemmas, pos = doc_column(doc, "lemma_", str.lower), doc_column(doc, "pos_")
    for i in range(span.start, span.end):  # the columns first: few phrases hold a poll
        if lemmas[i] in _POLLS and pos[i] == "NOUN":
            tok = doc[i]
            author = _author(tok)
            pollster = [
                t
                for t in span
                if t.head.i == tok.i and t.dep_ == "compound" and t.ent_type_ not in _WHEN
            ]
            if author is not None and author.root.i != tok.i:
                return _mention_type(author, lex, index) or "organization"
            if pollster:
                text = " ".join(t.text for t in pollster)
                if _has_word(text, lex.words("outlet")) or _has_word(text, lex.words("outletword")):
                    return "media"
            if i == head.i and not any(t.pos_ == "PROPN" for t in pollster):
                return "anonymous"  # 'a June poll found C': no pollster named (the guide)
            return "organization"
    lemma, low = head.lemma_.lower(), head.lower_
    text = span.text
    if lemma in lex.words("evidence") or low in lex.words("evidence"):
        author = _author(head)
        if author is not None and author.root.i != head.i:
            kind = _mention_type(author, lex, index)
            if kind is not None:
                return kind
        if lemma in ("report", "reporting"):
            return "media"
        if lemma in _DOC_OWNED or low in _DOC_OWNED:
            return "organization"
        if lemma in _DOC_ORGANIZATION or low in _DOC_ORGANIZATION:
            return "organization"
        if lemma in _DOC_ARTICLE or low in _DOC_ARTICLE:
            return "article"  # evidence with no human source: the journalist vouches
        return "anonymous"
    definite_name = (
        head.pos_ == "PROPN"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        # 'the late John McCain', 'The Senate Minority Leader, Chuck Schumer'
        and not any(c.dep_ in ("amod", "appos") for c in head.children)
    )
    if definite_name:  # people rarely take 'the': 'The Argus Leader' is an outlet or institution
        words = " ".join(t.text for t in span)
        if _has_word(words, lex.words("outlet")) or _has_word(words, lex.words("outletword")):
            return "media"
    named_person = not definite_name and (
        _is_person_head(head, index)
        or any(c.dep_ in ("appos", "compound") and _is_person_head(c, index) for c in head.children)
        or _role_before_name(head)
    )
    if named_person:
        # 'Lucy Fischer of The Times' speaks as her outlet
        return "media" if _has_word(text, lex.words("outlet")) else "person"
    if (
        lemma in lex.words("media")
        or low in lex.words("media")
        or _has_word(text, lex.words("outlet"))
    ):
        return "media"
    org_text = " ".join(t.text for t in span if t.ent_type_ == "ORG")
    if org_text and _has_word(org_text, lex.words("outletword")):
        return "media"
    indefinite = any(c.dep_ in ("det", "nummod") and c.lower_ in _INDEFINITE for c in head.children)
    if lemma in lex.words("individual") and head.tag_ in ("NN", "NNP"):
        # 'the patient' is one person of the story; 'a patient' or 'patients' are unnamed
        definite = any(c.dep_ in ("det", "poss") for c in head.children)
        return "person" if definite and not indefinite else "anonymous"
    if lemma in lex.words("title") or low in lex.words("title"):
        return "anonymous" if indefinite else "person"  # 'the father' vs 'one MP'
    if lemma in lex.words("anonymous") or low in lex.words("anonymous"):
        return "anonymous"
    head_ent = index.covering(head.idx, head.idx + len(head.text)) if index else None
    if (
        head.ent_type_ in ORG_LABELS
        or (head_ent is not None and head_ent.label in ORG_LABELS)
        or lemma in lex.words("organization")
        or low in lex.words("organization")
    ):
        return "organization"
    if _has_word(text, lex.words("organization")) and head.pos_ != "PROPN":
        return "organization"
    if any(t.ent_type_ == "PERSON" for t in span):
        return "person"
    if any(t.ent_type_ in ORG_LABELS for t in span):
        return "organization"
    if head.pos_ == "PROPN":
        if indefinite:
            return "anonymous"
        if index is not None and index.label_of_name(head.text) in ORG_LABELS:
            return "organization"  # 'Facebook', named as an organisation elsewhere
        # people rarely take 'the': 'the Sioux Falls Argus Leader' is an institution
        if any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return "organization"
        return "person"
    return None


def claimer_from_speaker(
    speaker: Speaker,
    span: Span | None,
    *,
    index: EntityIndex,
    labels: dict[str, str],
    previous: Claimer | None = None,
    lex: ClaimLexicon | None = None,
    cue_lemma: str | None = None,
    quote: int | None = None,
) -> Claimer:
    """The attribution core's speaker as a typed Claimer: who it is (text, name, entity) is the
    core's, never found again here; only the kind of source is read from the mention's words.

    ``span`` is the mention's tokens; ``labels`` maps entity ids to their labels.
    """
    lex = lex or lexicon()
    base = {
        "text": speaker.text,
        "start": speaker.start,
        "end": speaker.end,
        "name": speaker.name,
        "entity": speaker.entity,
        "quote": quote,
    }
    low = speaker.text.lower()
    if speaker.anonymous:
        return Claimer(type="anonymous", **base)
    if speaker.kind == "pronoun" or span is None:
        label = labels.get(speaker.entity or "")
        kind: str
        if label == "PERSON" or (label is None and low in PERSON_PRONOUNS):
            kind = "person"
        elif label is not None or low in THING_PRONOUNS:
            kind = "organization"
        elif previous is not None and previous.type != "article":
            kind = previous.type
        else:
            kind = SPEAKER_KIND.get(speaker.kind, "anonymous")
        return Claimer(type=kind, **base)
    if speaker.kind == "media" and "," in (speaker.name or ""):
        return Claimer(type="media", **base)  # the core found several outlets speaking
    head = span.root
    kind = _mention_type(span, lex, index) or SPEAKER_KIND.get(speaker.kind) or "anonymous"
    if (
        kind == "person"
        and cue_lemma == "report"
        and not _is_person_head(head, index)
        and not any(t.ent_type_ == "PERSON" for t in span)
    ):
        kind = "media"  # a non-person name that 'reported' is an outlet (TVN24)
    return Claimer(type=kind, **base)
