"""Roles of a person from the words around a name: titles before it, appositions after it.

"visiting Army Secretary Dan Driscoll" -> "Army Secretary";
"Michael McFaul, a former US ambassador to Russia," -> "former US ambassador to Russia";
"his chief of staff, Andriy Yermak" -> "chief of staff".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from newsparse.docview import DocView
from newsparse.lexicon.entities import Lexicon
from newsparse.vocab import (
    DETERMINER_POS,
    FUNCTION_POS,
    MODIFIER_DEPS,
    NAME_MODIFIER_LABELS,
    NOUN_POS,
    NUMERIC_LABELS,
    PERSON_LABELS,
    POSSESSIVE_TAGS,
    ROLE_STOP_LABELS,
    VERB_POS,
    WH_TAGS,
)

_STOP_ENTS = PERSON_LABELS | NUMERIC_LABELS
"""Entities a title walk stops at: another person, a date, a number."""
_PHRASE_MARKS = frozenset({"-", "'s", "’s", "&", "/"})
"""Punctuation that may sit inside a role phrase ("vice-president", "AT&T")."""
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


def _sent_start(view: DocView, i: int) -> int:
    return view.sent_of(i)[0] if view.has_sents else 0


def _is_capitalised(text: str) -> bool:
    """A token text that starts with a capital and holds a letter."""
    return text[:1].isupper() and any(c.isalpha() for c in text)


def _title_token(view: DocView, j: int, lex: Lexicon) -> bool:
    """May token ``j`` sit inside a title written before a name? Read from the view's columns:
    the walk asks this of every word left of every name, and a Token per question adds up."""
    low = view.column("lower_")[j]
    if low in lex.role_words or low in lex.role_modifiers:
        return True
    if not _is_capitalised(view.column("text")[j]):
        return False
    if view.column("ent_type_")[j] in NAME_MODIFIER_LABELS:
        return True
    return not view.has_pos or view.column("pos_")[j] in NOUN_POS


def _joins_one_name(view: DocView, j: int, right: int) -> bool:
    """An "and" inside the one entity a title is made of, between capitalised words ("the
    county's Police and Crime Commissioner Stephen Mold"): the office's name, not a list."""
    if view.column("lower_")[j] not in ("and", "&") or j == 0:
        return False
    ent_types, texts = view.column("ent_type_"), view.column("text")
    return (
        bool(ent_types[j])
        and ent_types[j] == ent_types[j - 1] == ent_types[right]
        and _is_capitalised(texts[j - 1])
    )


def title_before(
    view: DocView, name_start: int, *, lex: Lexicon, floor: int | None = None
) -> TitleBefore:
    """Walk left from the first token of a name over honorifics and title words.

    ``floor`` is the first token of the entity when the entity itself began with a title
    (spaCy's small model often tags "President Volodymyr Zelenskyy" whole): inside it PERSON
    tokens do not stop the walk.
    """
    texts, lowers = view.column("text"), view.column("lower_")
    ent_types = view.column("ent_type_")
    lower_bound = _sent_start(view, name_start)
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
            texts[j] == "-"
            or (lowers[j] == "of" and _is_capitalised(texts[picked[0]]))
            or _joins_one_name(view, j, picked[0])
        )
        if _title_token(view, j, lex) or joins:
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
        or ent_types[picked[0]] in NAME_MODIFIER_LABELS
        or (picked[0] > lower_bound and _is_capitalised(texts[picked[0]]))
    ):
        picked.pop(0)
    if not picked:
        return TitleBefore(title_end, None, tuple(honorifics))
    start = picked[0]
    roles = _split_titles(view, start, title_end, lex)
    return TitleBefore(start, roles[-1] if roles else None, tuple(honorifics), tuple(roles))


def _split_titles(view: DocView, start: int, end: int, lex: Lexicon) -> list[str]:
    """'Democratic challenger former Vice President' -> two titles, split before 'former'."""
    lowers = view.column("lower_")
    cuts = [start]
    for k in range(start + 1, end):
        if lowers[k].rstrip("-") in _TEMPORAL and lowers[k - 1] in lex.role_words:
            cuts.append(k)
    cuts.append(end)
    return [r for a, b in pairwise(cuts) if (r := _clean(view.span_text(a, b)))]


def _clean(text: str) -> str:
    """Collapse whitespace; a sentence-initial modifier ("Former", "Ex-") is lower-cased."""
    words = text.split()
    if words and re.split(r"-", words[0].lower())[0] in _TEMPORAL:
        words[0] = words[0][:1].lower() + words[0][1:]
    return " ".join(words).strip(" ,;:-")


def _scan_phrase(view: DocView, start: int, stop: int) -> int:
    """End (exclusive) of a role phrase beginning at ``start``: before clauses and punctuation."""
    texts, punct = view.column("text"), view.column("is_punct")
    pos, tags = view.column("pos_"), view.column("tag_")
    deps, ent_types = view.column("dep_"), view.column("ent_type_")
    k = start
    while k < stop:
        if punct[k] and texts[k] not in _PHRASE_MARKS:
            break
        if tags[k] in WH_TAGS or pos[k] == "SCONJ":
            break
        if pos[k] in VERB_POS and deps[k] not in MODIFIER_DEPS:
            break
        if ent_types[k] in ROLE_STOP_LABELS:
            break
        k += 1
        if k - start > _MAX_ROLE_TOKENS:
            return start
    return k


def _trim(view: DocView, start: int, end: int) -> tuple[int, int]:
    pos, tags = view.column("pos_"), view.column("tag_")
    while start < end and (pos[start] in DETERMINER_POS or tags[start] in POSSESSIVE_TAGS):
        start += 1
    while end > start and (pos[end - 1] in FUNCTION_POS or tags[end - 1] in POSSESSIVE_TAGS):
        end -= 1
    return start, end


def _split_roles(view: DocView, start: int, end: int, lex: Lexicon) -> list[str]:
    """'former US diplomat and architect of US sanctions' -> two roles if each has a role word."""
    lowers = view.column("lower_")
    parts: list[tuple[int, int]] = []
    begin = start
    for k in range(start, end):
        if lowers[k] == "and":
            parts.append((begin, k))
            begin = k + 1
    parts.append((begin, end))
    if len(parts) == 1:
        return [_clean(view.span_text(start, end))]
    with_role = [any(lowers[k] in lex.role_words for k in range(a, b)) for a, b in parts]
    if all(with_role):
        return [_clean(view.span_text(a, b)) for a, b in parts if b > a]
    if with_role[0]:  # "a senior aide and a couple of friends": the rest is another party
        a, b = parts[0]
        return [_clean(view.span_text(a, b))]
    return [_clean(view.span_text(start, end))]


def _role_head_ok(view: DocView, i: int, lex: Lexicon) -> bool:
    """May token ``i`` head a role phrase: a noun or role word, not part of a name."""
    ent_type = view.column("ent_type_")[i]
    if ent_type and ent_type not in ("NORP",):
        return False
    return view.column("pos_")[i] == "NOUN" or view.column("lower_")[i] in lex.role_words


def apposition_roles(
    view: DocView, start: int, end: int, *, lex: Lexicon, agent: bool = True
) -> list[str]:
    """Roles from an apposition next to the name tokens ``[start, end)``.

    ``agent`` (for people) keeps only roles with a role word or an agent noun; for
    organisations any noun phrase describes ("Burisma Holdings, a Ukrainian gas company").
    """
    if not view.has_dep:
        return []
    deps, texts = view.column("dep_"), view.column("text")
    head = view.span_root(start, end)
    roles: list[str] = []
    for c in view.children(head):
        if deps[c] != "appos" or c < end or not _role_head_ok(view, c, lex):
            continue
        child = view.doc[c]  # a Token only here, for the edges of its subtree
        first = child.left_edge.i
        if first <= end or any(texts[k] not in _OPENERS for k in range(end, first)):
            continue
        stop = _scan_phrase(view, first, child.right_edge.i + 1)
        a, b = _trim(view, first, stop)
        if a <= c < b and not _title_of_next_name(view, stop):
            roles.extend(
                r for r in _split_roles(view, a, b, lex) if not agent or _describes(view, c, r, lex)
            )
    parent = view.heads[head]
    if deps[head] == "appos" and parent < start and _role_head_ok(view, parent, lex):
        comma = start - 1
        if comma >= 0 and texts[comma] in (",", "(") and parent < comma:
            first = view.doc[parent].left_edge.i
            stop = _scan_phrase(view, first, comma)
            a, b = _trim(view, first, stop)
            if stop == comma and a <= parent < b:
                roles.extend(
                    r
                    for r in _split_roles(view, a, b, lex)
                    if not agent or _describes(view, parent, r, lex)
                )
    return [r for r in roles if _plausible_role(r, lex, agent=agent)]


def _describes(view: DocView, head: int, role: str, lex: Lexicon) -> bool:
    """Is the phrase headed by token ``head`` a description of a person: a role word in it, or
    its head an agent noun ("pulmonologist", "producer")? Only the head counts for the noun
    ending: "former" ends like an agent noun but describes no one ("former record label")."""
    words = [re.sub(r"['’]s?$", "", w).lower() for w in role.replace("-", " ").split()]
    if any(w in lex.role_words for w in words):
        return True
    low = view.column("lower_")[head]
    return low not in lex.role_modifiers and low in words and low.endswith(_AGENT_SUFFIXES)


def _title_of_next_name(view: DocView, k: int) -> bool:
    """In a list "A, Labour MP (Member of Parliament) Tom Watson" the words title the next name."""
    texts, n = view.column("text"), len(view)
    if k < n and texts[k] == "(":
        while k < n and texts[k] != ")":
            k += 1
        k += 1
    return k < n and view.column("ent_type_")[k] in PERSON_LABELS


def _plausible_role(role: str, lex: Lexicon, *, agent: bool = True) -> bool:
    """A role names what someone is: it has a role word or an agent noun ('-er', '-ist')."""
    if not role or "@" in role or "http" in role or "/" in role:
        return False
    if not agent:
        return any(c.isalpha() for c in role)
    words = [re.sub(r"['’]s?$", "", w).lower() for w in role.replace("-", " ").split()]
    return any(w in lex.role_words or w.endswith(_AGENT_SUFFIXES) for w in words)
