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

from newsparse.extract.doccache import (
    child_indexes,
    doc_column,
    doc_heads,
    sent_starts,
    span_text,
)
from newsparse.lexicon.entities import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc

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


def _is_capitalised(text: str) -> bool:
    """A token text that starts with a capital and holds a letter."""
    return text[:1].isupper() and any(c.isalpha() for c in text)


def _title_token(doc: Doc, j: int, lex: Lexicon, has_pos: bool) -> bool:
    """May token ``j`` sit inside a title written before a name? Read from the Doc's columns:
    the walk asks this of every word left of every name, and a Token per question adds up."""
    low = doc_column(doc, "lower_")[j]
    if low in lex.role_words or low in lex.role_modifiers:
        return True
    if not _is_capitalised(doc_column(doc, "text")[j]):
        return False
    if doc_column(doc, "ent_type_")[j] in _NAMED_MODIFIER_ENTS:
        return True
    return not has_pos or doc_column(doc, "pos_")[j] in ("PROPN", "NOUN")


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
    texts, lowers = doc_column(doc, "text"), doc_column(doc, "lower_")
    ent_types = doc_column(doc, "ent_type_")
    lower_bound = _sent_start(doc, name_start, ann)
    honorifics: list[str] = []
    j = name_start - 1
    while j >= lower_bound and lowers[j] in lex.honorifics:
        honorifics.insert(0, texts[j])
        j -= 1
    title_end = j + 1
    picked: list[int] = []
    while j >= lower_bound:
        inside_entity = floor is not None and j >= floor
        if ent_types[j] in _STOP_ENTS and not inside_entity and lowers[j] not in lex.role_modifiers:
            break
        if lowers[j] in lex.honorifics:
            break
        # "of" only inside a capitalised title ("Secretary of State"), not in
        # "fiancée of journalist Jamal Khashoggi".
        joins = picked and (
            texts[j] == "-" or (lowers[j] == "of" and _is_capitalised(texts[picked[0]]))
        )
        if _title_token(doc, j, lex, has_pos) or joins:
            picked.insert(0, j)
            j -= 1
            continue
        break
    # The last role word must sit right before the name, or be followed only by "of X"
    # ("Secretary of State"); everything before it is kept as a modifier.
    last_role = max((k for k in picked if lowers[k] in lex.role_words), default=None)
    if last_role is None:
        return TitleBefore(title_end, None, tuple(honorifics))
    tail = [k for k in picked if k > last_role]
    if tail and (lowers[tail[0]] != "of" or not all(_is_capitalised(texts[k]) for k in tail[1:])):
        return TitleBefore(title_end, None, tuple(honorifics))
    while picked and lowers[picked[0]] in ("of", "-"):
        picked.pop(0)
    # Capitalised words before the first list word are names only if spaCy saw an entity;
    # this stops at sentence-initial words like "Visiting".
    while picked and not (
        lowers[picked[0]] in lex.role_words
        or lowers[picked[0]] in lex.role_modifiers
        or ent_types[picked[0]] in _NAMED_MODIFIER_ENTS
        or (picked[0] > lower_bound and _is_capitalised(texts[picked[0]]))
    ):
        picked.pop(0)
    if not picked:
        return TitleBefore(title_end, None, tuple(honorifics))
    start = picked[0]
    roles = _split_titles(doc, start, title_end, lex)
    return TitleBefore(start, roles[-1] if roles else None, tuple(honorifics), tuple(roles))


def _split_titles(doc: Doc, start: int, end: int, lex: Lexicon) -> list[str]:
    """'Democratic challenger former Vice President' -> two titles, split before 'former'."""
    lowers = doc_column(doc, "lower_")
    cuts = [start]
    for k in range(start + 1, end):
        if lowers[k].rstrip("-") in _TEMPORAL and lowers[k - 1] in lex.role_words:
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


def _role_head_ok(doc: Doc, i: int, lex: Lexicon) -> bool:
    """May token ``i`` head a role phrase: a noun or role word, not part of a name."""
    ent_type = doc_column(doc, "ent_type_")[i]
    if ent_type and ent_type not in ("NORP",):
        return False
    return doc_column(doc, "pos_")[i] == "NOUN" or doc_column(doc, "lower_")[i] in lex.role_words


def _span_root(doc: Doc, start: int, end: int) -> int:
    """``doc[start:end].root.i`` from the head column: spaCy's rule (a sentence root inside,
    else the token nearest the root, the first on ties; a childless space or punctuation
    token counts as far away) without a Token for each step."""
    heads = doc_heads(doc)
    for i in range(start, end):
        if heads[i] == i:
            return i
    far = len(doc) - 1
    best, root = len(doc), -1
    for i in range(start, end):
        if start <= heads[i] < end:
            continue
        steps = _steps_to_root(doc, i) if not _bare_mark(doc, i) else far
        if steps < best:
            best, root = steps, i
    return start if root == -1 else root


def _bare_mark(doc: Doc, i: int) -> bool:
    """A space or punctuation token with no children (spaCy never picks it as a span's root
    while anything else is there)."""
    marks = doc_column(doc, "is_space")[i] or doc_column(doc, "is_punct")[i]
    return marks and not child_indexes(doc, i)


def _steps_to_root(doc: Doc, i: int) -> int:
    """How many heads up from token ``i`` to its sentence root (capped, as a cycle guard)."""
    heads = doc_heads(doc)
    steps = 0
    while heads[i] != i and steps < len(doc):
        i = heads[i]
        steps += 1
    return steps


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
    deps, texts = doc_column(doc, "dep_"), doc_column(doc, "text")
    head = _span_root(doc, start, end)
    roles: list[str] = []
    for c in child_indexes(doc, head):
        if deps[c] != "appos" or c < end or not _role_head_ok(doc, c, lex):
            continue
        child = doc[c]  # a Token only here, for the edges of its subtree
        first = child.left_edge.i
        if first <= end or any(texts[k] not in _OPENERS for k in range(end, first)):
            continue
        stop = _scan_phrase(doc, first, child.right_edge.i + 1)
        a, b = _trim(doc, first, stop)
        if a <= c < b and not _title_of_next_name(doc, stop):
            roles.extend(_split_roles(doc, a, b, lex))
    parent = doc_heads(doc)[head]
    if deps[head] == "appos" and parent < start and _role_head_ok(doc, parent, lex):
        comma = start - 1
        if comma >= 0 and texts[comma] in (",", "(") and parent < comma:
            first = doc[parent].left_edge.i
            stop = _scan_phrase(doc, first, comma)
            a, b = _trim(doc, first, stop)
            if stop == comma and a <= parent < b:
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
