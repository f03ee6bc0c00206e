"""Quantities in a claim: each number with its bound ("at least") and what it counts."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsparse.extract.doccache import doc_column, doc_ents, doc_memo
from newsparse.models import Quantity

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

NUMBER_LABELS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT"})
_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}  # fmt: skip
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "hundred": 100}
_BOUNDS = (
    "at least", "at most", "more than", "less than", "fewer than", "up to", "about",
    "around", "nearly", "almost", "over", "some", "approximately", "roughly", "under",
)  # fmt: skip
_BOUND_WORDS = tuple(bound.split() for bound in _BOUNDS)
_NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")
_NOT_COUNTS = frozenset({"one", "half", "quarter"})
_AGE_OR_SPAN = re.compile(
    r"\b(?:\d+|" + "|".join(_WORDS) + r")[- ](?:year|month|week|day|hour|minute)s?(?:[- ]old)?\b"
    r"|\baged? \d+|\b\d+ (?:years?|months?|weeks?|days?|hours?)\b",
    re.IGNORECASE,
)
_UNIT_LABEL = {"PERCENT": "percent", "MONEY": "money"}


def parse_value(text: str) -> float | None:
    """The number a quantity expression states ('at least 26' -> 26, '$1.5 million' -> 1.5e6)."""
    low = text.lower().replace("-", " ")
    value: float | None = None
    m = _NUM.search(low)
    if m:
        value = float(m.group().replace(",", ""))
    else:
        for word in low.split():
            if word in _WORDS:
                n = _WORDS[word]
                value = n if value is None else (value * n if n == 100 else value + n)
    if value is None:
        return None
    for word in low.split():
        if word in _SCALE and not (word == "hundred" and not m):
            value *= _SCALE[word]
    return value


def _counted_noun(root: Token) -> Token | None:
    """The noun a number counts: its head for 'nummod', through '28-point' to 'point'."""
    head = root.head
    if root.dep_ in ("nummod", "quantmod", "npadvmod", "compound", "amod") and head.pos_ in (
        "NOUN",
        "PROPN",
        "ADJ",
    ):
        return head
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN":
        return None
    for child in root.children:  # "dozens of people", "five of them"
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PRON"):
                    return obj
    return None


def _bounded_start(doc: Doc, start: int) -> int:
    """Move left over a bound phrase such as 'at least' that spaCy left out of the entity."""
    lower = doc_column(doc, "lower_")
    for words in _BOUND_WORDS:
        i = start - len(words)
        if i >= 0 and lower[i:start] == words:
            return i
    return start


def _quantity(doc: Doc, start: int, end: int, label: str) -> Quantity:
    start = _bounded_start(doc, start)
    span = doc[start:end]
    root = span.root
    noun = _counted_noun(root)
    last = end
    counts: str | None = _UNIT_LABEL.get(label)
    if label == "DATE":  # an age or a duration: '28-year-old', 'four years'
        unit = _AGE_OR_SPAN.search(span.text)
        low = span.text.lower()
        counts = "age" if ("old" in low or "aged" in low or "age " in low) else None
        if counts is None and unit:
            counts = re.sub(r"[^a-z]", " ", unit.group().lower()).split()[-1]
        noun = None
    if noun is not None:
        counts = noun.lemma_.lower() if noun.pos_ == "NOUN" else noun.text
        if noun.i >= end and noun.i - end <= 3:
            last = noun.i + 1  # '26 people', '28-point'
    text_span = doc[start:last]
    return Quantity(
        text=text_span.text,
        value=parse_value(span.text),
        counts=counts,
        start=text_span.start_char,
        end=text_span.end_char,
    )


def _ent_ends(doc: Doc) -> list[int]:
    """Where each entity ends, ascending like the entities themselves."""
    return [ent.end for ent in doc_ents(doc)]


def extract_quantities(doc: Doc, start: int, end: int) -> list[Quantity]:
    """Quantities among tokens ``doc[start:end]``: number entities, then bare numerals.

    Dates, times, ordinals and the pronoun 'one' are not quantities; a numeral inside a
    DATE/TIME entity is skipped.
    """
    found: list[Quantity] = []
    covered: set[int] = set()
    ents = doc_ents(doc)
    first = bisect_right(doc_memo(doc, "quantities.ent_ends", _ent_ends), start)
    for ent in ents[first:]:
        if ent.start >= end:
            break  # entities are sorted and never overlap: the rest start later still
        if ent.label_ in ("DATE", "TIME", "ORDINAL"):
            covered.update(range(ent.start, ent.end))
            if ent.label_ in ("DATE", "TIME") and _AGE_OR_SPAN.search(ent.text):
                found.append(_quantity(doc, max(ent.start, start), min(ent.end, end), "DATE"))
            continue
        if ent.label_ not in NUMBER_LABELS or ent.text.lower() in _NOT_COUNTS:
            continue
        covered.update(range(ent.start, ent.end))
        found.append(_quantity(doc, max(ent.start, start), min(ent.end, end), ent.label_))
    like_num = doc_column(doc, "like_num")
    for i in range(start, end):
        if not like_num[i] or i in covered:
            continue
        tok = doc[i]
        if tok.lower_ in _NOT_COUNTS:
            continue
        if (
            tok.dep_ == "nummod"
            or tok.lemma_.lower() in ("dozen", "hundred", "thousand")
            or (tok.dep_ in ("appos", "npadvmod", "attr", "dobj") and tok.text.isdigit())
        ):
            covered.add(tok.i)
            found.append(_quantity(doc, tok.i, tok.i + 1, "CARDINAL"))
    found.sort(key=lambda q: q.start)
    return found


def quantities_in(tokens: Sequence[Token] | Span) -> list[Quantity]:
    """Convenience for a contiguous run of tokens."""
    toks = list(tokens)
    if not toks:
        return []
    return extract_quantities(toks[0].doc, toks[0].i, toks[-1].i + 1)
