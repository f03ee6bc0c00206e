"""Roles of a person from the words around a name: titles before it, appositions after it.

"visiting Army Secretary Dan Driscoll" -> "Army Secretary";
"Michael McFaul, a former US ambassador to Russia," -> "former US ambassador to Russia";
"his chief of staff, Andriy Yermak" -> "chief of staff".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from newsparse.extract.doccache import sent_starts, span_text
from newsparse.extract.lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_STOP_ENTS = frozenset(
    {"PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
)
_NAMED_MODIFIER_ENTS = frozenset({"GPE", "NORP", "ORG", "LOC", "FAC"})
_BOUNDARY_TAGS = frozenset({"WDT", "WP", "WP$"})
_OPENERS = frozenset({",", "(", "-", "—", "–"})
_MAX_ROLE_TOKENS = 12
_TEMPORAL = frozenset({"former", "ex", "then", "late", "acting", "interim", "outgoing", "incoming"})
_AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "ee")


@dataclass(frozen=True)
class TitleBefore:
    """What stands before a name: a role (maybe none) and courtesy forms."""

    start: int
    """Token index where the title words begin (== the name start when there are none)."""
    role: str | None
    """The title nearest the name."""
    honorifics: tuple[str, ...]
    roles: tuple[str, ...] = ()
    """Every title found, nearest last."""


@dataclass(frozen=True)
class Annotations:
    """Which layers a Doc carries; checking is O(tokens), so do it once per Doc."""

    pos: bool
    dep: bool
    sents: bool

    @classmethod
    def of(cls, doc: Doc) -> Annotations:
        dep = doc.has_annotation("DEP")
        return cls(
            pos=doc.has_annotation("POS") or doc.has_annotation("TAG"),
            dep=dep,
            sents=dep or doc.has_annotation("SENT_START"),
        )


def _sent_start(doc: Doc, i: int, ann: Annotations) -> int:
    if not ann.sents:
        return 0
    starts = sent_starts(doc)
    return starts[bisect_right(starts, i) - 1]


def _is_capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper() and any(c.isalpha() for c in tok.text)


def _role_word(tok: Token, lex: Lexicon) -> bool:
    return tok.lower_ in lex.role_words


def _title_token(tok: Token, lex: Lexicon, has_pos: bool) -> bool:
    """May this token sit inside a title written before a name?"""
    low = tok.lower_
    if low in lex.role_words or low in lex.role_modifiers:
        return True
    if not _is_capitalised(tok):
        return False
    if tok.ent_type_ in _NAMED_MODIFIER_ENTS:
        return True
    return not has_pos or tok.pos_ in ("PROPN", "NOUN")


def title_before(
    doc: Doc,
    name_start: int,
    *,
    lex: Lexicon,
    floor: int | None = None,
    ann: Annotations | None = None,
) -> TitleBefore:
    """Walk left from the first token of a name over honorifics and title words.

    ``floor`` is the first token of the entity when the entity itself began with a title
    (spaCy's small model often tags "President Volodymyr Zelenskyy" whole): inside it PERSON
    tokens do not stop the walk.
    """
    ann = ann or Annotations.of(doc)
    has_pos = ann.pos
    lower_bound = _sent_start(doc, name_start, ann)
    honorifics: list[str] = []
    j = name_start - 1
    while j >= lower_bound and doc[j].lower_ in lex.honorifics:
        honorifics.insert(0, doc[j].text)
        j -= 1
    title_end = j + 1
    picked: list[int] = []
    while j >= lower_bound:
        tok = doc[j]
        inside_entity = floor is not None and j >= floor
        if (
            tok.ent_type_ in _STOP_ENTS
            and not inside_entity
            and tok.lower_ not in lex.role_modifiers
        ):
            break
        if tok.lower_ in lex.honorifics:
            break
        # "of" only inside a capitalised title ("Secretary of State"), not in
        # "fiancée of journalist Jamal Khashoggi".
        joins = picked and (
            tok.text == "-" or (tok.lower_ == "of" and _is_capitalised(doc[picked[0]]))
        )
        if _title_token(tok, lex, has_pos) or joins:
            picked.insert(0, j)
            j -= 1
            continue
        break
    # The last role word must sit right before the name, or be followed only by "of X"
    # ("Secretary of State"); everything before it is kept as a modifier.
    last_role = max((k for k in picked if _role_word(doc[k], lex)), default=None)
    if last_role is None:
        return TitleBefore(title_end, None, tuple(honorifics))
    tail = [k for k in picked if k > last_role]
    if tail and (doc[tail[0]].lower_ != "of" or not all(_is_capitalised(doc[k]) for k in tail[1:])):
        return TitleBefore(title_end, None, tuple(honorifics))
    while picked and doc[picked[0]].lower_ in ("of", "-"):
        picked.pop(0)
    # Capitalised words before the first list word are names only if spaCy saw an entity;
    # this stops at sentence-initial words like "Visiting".
    while picked and not (
        doc[picked[0]].lower_ in lex.role_words
        or doc[picked[0]].lower_ in lex.role_modifiers
        or doc[picked[0]].ent_type_ in _NAMED_MODIFIER_ENTS
        or (picked[0] > lower_bound and _is_capitalised(doc[picked[0]]))
    ):
        picked.pop(0)
    if not picked:
        return TitleBefore(title_end, None, tuple(honorifics))
    start = picked[0]
    roles = _split_titles(doc, start, title_end, lex)
    return TitleBefore(start, roles[-1] if roles else None, tuple(honorifics), tuple(roles))


def _split_titles(doc: Doc, start: int, end: int, lex: Lexicon) -> list[str]:
    """'Democratic challenger former Vice President' -> two titles, split before 'former'."""
    cuts = [start]
    for k in range(start + 1, end):
        if doc[k].lower_.rstrip("-") in _TEMPORAL and doc[k - 1].lower_ in lex.role_words:
            cuts.append(k)
    cuts.append(end)
    return [r for a, b in pairwise(cuts) if (r := _clean(span_text(doc, a, b)))]


def _clean(text: str) -> str:
    """Collapse whitespace; a sentence-initial modifier ("Former", "Ex-") is lower-cased."""
    words = text.split()
    if words and re.split(r"-", words[0].lower())[0] in _TEMPORAL:
        words[0] = words[0][:1].lower() + words[0][1:]
    return " ".join(words).strip(" ,;:-")


def _scan_phrase(doc: Doc, start: int, stop: int) -> int:
    """End (exclusive) of a role phrase beginning at ``start``: before clauses and punctuation."""
    k = start
    while k < stop:
        tok = doc[k]
        if tok.is_punct and tok.text not in ("-", "'s", "’s", "&", "/"):
            break
        if tok.tag_ in _BOUNDARY_TAGS or tok.pos_ == "SCONJ":
            break
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod", "compound", "nmod"):
            break
        if tok.ent_type_ in ("PERSON", "DATE", "TIME", "CARDINAL", "MONEY"):
            break
        k += 1
        if k - start > _MAX_ROLE_TOKENS:
            return start
    return k


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end and (
        doc[start].pos_ in ("DET", "PRON") or doc[start].tag_ in ("PRP$", "POS")
    ):
        start += 1
    while end > start and (
        doc[end - 1].pos_ in ("ADP", "CCONJ", "DET", "PART", "PUNCT", "SCONJ")
        or doc[end - 1].tag_ in ("POS", "PRP$")
    ):
        end -= 1
    return start, end


def _split_roles(doc: Doc, start: int, end: int, lex: Lexicon) -> list[str]:
    """'former US diplomat and architect of US sanctions' -> two roles if each has a role word."""
    parts: list[tuple[int, int]] = []
    begin = start
    for k in range(start, end):
        if doc[k].lower_ == "and":
            parts.append((begin, k))
            begin = k + 1
    parts.append((begin, end))
    if len(parts) > 1 and all(
        any(doc[k].lower_ in lex.role_words for k in range(a, b)) for a, b in parts
    ):
        return [_clean(span_text(doc, a, b)) for a, b in parts if b > a]
    return [_clean(span_text(doc, start, end))]


def _role_head_ok(tok: Token, lex: Lexicon) -> bool:
    if tok.ent_type_ and tok.ent_type_ not in ("NORP",):
        return False
    return tok.pos_ == "NOUN" or tok.lower_ in lex.role_words


def apposition_roles(
    doc: Doc,
    start: int,
    end: int,
    *,
    lex: Lexicon,
    ann: Annotations | None = None,
    agent: bool = True,
) -> list[str]:
    """Roles from an apposition next to the name tokens ``doc[start:end]``.

    ``agent`` (for people) keeps only roles with a role word or an agent noun; for
    organisations any noun phrase describes ("Burisma Holdings, a Ukrainian gas company").
    """
    if not (ann or Annotations.of(doc)).dep:
        return []
    span = doc[start:end]  # a Span: its root is wanted
    head = span.root
    roles: list[str] = []
    for child in head.children:
        if child.dep_ != "appos" or child.i < end or not _role_head_ok(child, lex):
            continue
        first = child.left_edge.i
        if first <= end or any(doc[k].text not in _OPENERS for k in range(end, first)):
            continue
        stop = _scan_phrase(doc, first, child.right_edge.i + 1)
        a, b = _trim(doc, first, stop)
        if a <= child.i < b and not _title_of_next_name(doc, stop):
            roles.extend(_split_roles(doc, a, b, lex))
    parent = head.head
    if head.dep_ == "appos" and parent.i < start and _role_head_ok(parent, lex):
        comma = start - 1
        if comma >= 0 and doc[comma].text in (",", "(") and parent.i < comma:
            first = parent.left_edge.i
            stop = _scan_phrase(doc, first, comma)
            a, b = _trim(doc, first, stop)
            if stop == comma and a <= parent.i < b:
                roles.extend(_split_roles(doc, a, b, lex))
    return [r for r in roles if _plausible_role(r, lex, agent=agent)]


def _title_of_next_name(doc: Doc, k: int) -> bool:
    """In a list "A, Labour MP (Member of Parliament) Tom Watson" the words title the next name."""
    if k < len(doc) and doc[k].text == "(":
        while k < len(doc) and doc[k].text != ")":
            k += 1
        k += 1
    return k < len(doc) and doc[k].ent_type_ == "PERSON"


def _plausible_role(role: str, lex: Lexicon, *, agent: bool = True) -> bool:
    """A role names what someone is: it has a role word or an agent noun ('-er', '-ist')."""
    if not role or "@" in role or "http" in role or "/" in role:
        return False
    if not agent:
        return any(c.isalpha() for c in role)
    words = [re.sub(r"['’]s?$", "", w).lower() for w in role.replace("-", " ").split()]
    return any(w in lex.role_words or w.endswith(_AGENT_SUFFIXES) for w in words)
