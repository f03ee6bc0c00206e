"""Quantities in a claim: each number with its bound ("at least") and what it counts."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import islice

from newsparse.docview import DocView
from newsparse.models import Quantity
from newsparse.vocab import BARE_NUMBER_DEPS, NUMBER_LABELS, NUMBER_MODIFIER_DEPS, TEMPORAL_LABELS

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


def _counted_noun(view: DocView, root: int) -> int | None:
    """The noun a number counts: its head for 'nummod', through '28-point' to 'point'."""
    heads, deps = view.heads, view.column("dep_")
    pos, lowers = view.column("pos_"), view.column("lower_")
    head = heads[root]
    if deps[root] in NUMBER_MODIFIER_DEPS and pos[head] in ("NOUN", "PROPN", "ADJ"):
        return head
    if deps[root] == "pobj" and lowers[head] == "of" and pos[heads[head]] == "NOUN":
        return None
    for child in view.children(root):  # "dozens of people", "five of them"
        if deps[child] == "prep" and lowers[child] == "of":
            for obj in view.children(child):
                if deps[obj] == "pobj" and pos[obj] in ("NOUN", "PRON"):
                    return obj
    return None


def _bounded_start(view: DocView, start: int) -> int:
    """Move left over a bound phrase such as 'at least' that spaCy left out of the entity."""
    lower = view.column("lower_")
    for words in _BOUND_WORDS:
        i = start - len(words)
        if i >= 0 and lower[i:start] == words:
            return i
    return start


def _quantity(view: DocView, start: int, end: int, label: str) -> Quantity:
    start = _bounded_start(view, start)
    text = view.span_text(start, end)
    noun = _counted_noun(view, view.span_root(start, end))
    last = end
    counts: str | None = _UNIT_LABEL.get(label)
    if label == "DATE":  # an age or a duration: '28-year-old', 'four years'
        unit = _AGE_OR_SPAN.search(text)
        low = text.lower()
        counts = "age" if ("old" in low or "aged" in low or "age " in low) else None
        if counts is None and unit:
            counts = re.sub(r"[^a-z]", " ", unit.group().lower()).split()[-1]
        noun = None
    if noun is not None:
        if view.column("pos_")[noun] == "NOUN":
            counts = view.column("lemma_", str.lower)[noun]
        else:
            counts = view.column("text")[noun]
        if noun >= end and noun - end <= 3:
            last = noun + 1  # '26 people', '28-point'
    return Quantity(
        text=view.span_text(start, last),
        value=parse_value(text),
        counts=counts,
        start=view.starts[start],
        end=view.ends[last - 1],
    )


def _ent_ends(view: DocView) -> list[int]:
    """Where each entity ends, ascending like the entities themselves."""
    return [ent.end for ent in view.ents]


def _numerals(view: DocView) -> list[int]:
    """The tokens like a number, ascending: a claim visits its few, not all its tokens."""
    return [i for i, num in enumerate(view.column("like_num")) if num]


def extract_quantities(view: DocView, start: int, end: int) -> list[Quantity]:
    """Quantities among tokens ``[start, end)``: number entities, then bare numerals.

    Dates, times, ordinals and the pronoun 'one' are not quantities; a numeral inside a
    DATE/TIME entity is skipped.
    """
    found: list[Quantity] = []
    covered: set[int] = set()
    ents = view.ents
    first = bisect_right(view.memo("quantities.ent_ends", _ent_ends), start)
    for ent in islice(ents, first, None):  # no copy of the rest of the list per claim
        if ent.start >= end:
            break  # entities are sorted and never overlap: the rest start later still
        label = ent.label
        if label in TEMPORAL_LABELS or label == "ORDINAL":
            covered.update(range(ent.start, ent.end))
            if label in TEMPORAL_LABELS and _AGE_OR_SPAN.search(view.span_text(ent.start, ent.end)):
                found.append(_quantity(view, max(ent.start, start), min(ent.end, end), "DATE"))
            continue
        if label not in NUMBER_LABELS or view.span_text(ent.start, ent.end).lower() in _NOT_COUNTS:
            continue
        covered.update(range(ent.start, ent.end))
        found.append(_quantity(view, max(ent.start, start), min(ent.end, end), label))
    lowers = view.column("lower_")
    deps, texts = view.column("dep_"), view.column("text")
    lemmas = view.column("lemma_", str.lower)
    numerals = view.memo("quantities.numerals", _numerals)
    for i in numerals[bisect_left(numerals, start) : bisect_left(numerals, end)]:
        if i in covered or lowers[i] in _NOT_COUNTS:
            continue
        if (
            deps[i] == "nummod"
            or lemmas[i] in ("dozen", "hundred", "thousand")
            or (deps[i] in BARE_NUMBER_DEPS and texts[i].isdigit())
        ):
            covered.add(i)
            found.append(_quantity(view, i, i + 1, "CARDINAL"))
    found.sort(key=lambda q: q.start)
    return found
