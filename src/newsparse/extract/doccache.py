"""Doc views read once per Doc: spaCy rebuilds text, entities and sentences on every access.

Extractors never change a Doc's text or entities, so caching them in ``doc.user_data`` is safe.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from itertools import accumulate
from operator import attrgetter
from typing import TYPE_CHECKING, Any, TypeVar

from spacy.attrs import (
    DEP,
    ENT_TYPE,
    HEAD,
    IDX,
    IS_ALPHA,
    IS_PUNCT,
    IS_QUOTE,
    IS_SPACE,
    IS_STOP,
    LEMMA,
    LENGTH,
    LIKE_NUM,
    LOWER,
    ORTH,
    POS,
    SPACY,
    TAG,
)
from spacy.tokens import Span

if TYPE_CHECKING:
    from spacy.strings import StringStore
    from spacy.tokens import Doc, Token

T = TypeVar("T")

_TEXT = "newsparse.text"
_ENTS = "newsparse.ents"
_SENTS = "newsparse.sents"
_TOKENS = "newsparse.tokens"
_SENT_STARTS = "newsparse.sent_starts"
_BOUNDS = "newsparse.bounds"
_COLUMNS = "newsparse.columns"
_HEADS = "newsparse.heads"
_MEMO = "newsparse.memo"
_CHILDREN = "newsparse.children"


def doc_text(doc: Doc) -> str:
    """The Doc's text, built once."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """The Doc's entity spans, built once."""
    ents = doc.user_data.get(_ENTS)
    if ents is None:
        ents = doc.user_data[_ENTS] = tuple(doc.ents)
    return ents


def doc_sents(doc: Doc) -> tuple[Span, ...]:
    """The Doc's sentences, built once."""
    sents = doc.user_data.get(_SENTS)
    if sents is None:
        sents = doc.user_data[_SENTS] = tuple(doc.sents)
    return sents


def doc_tokens(doc: Doc) -> tuple[Token, ...]:
    """The Doc's tokens, made once: ``doc[i]`` builds a new Token object on every call, so hot
    loops index this tuple instead (``doc_tokens(doc)[i]``, ``[span.start:span.end]``)."""
    tokens = doc.user_data.get(_TOKENS)
    if tokens is None:
        tokens = doc.user_data[_TOKENS] = tuple(doc)
    return tokens


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` (0 <= start) cut from the cached text, with no Span built.

    Tokens tile the text, and a span's text runs from its first token's start to its last
    token's end, so the slice is the same string.
    """
    starts, ends = token_bounds(doc)
    end = min(end, len(starts))
    if start >= end:
        return ""
    return doc_text(doc)[starts[start] : ends[end - 1]]


def token_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """Start and end character of every token, as plain ints read from one array.

    Plain lists, not Token objects: a Doc's worth of live Tokens is a thousand objects for
    the garbage collector to trace (and to promote, and to trace again in full collections).
    """
    bounds = doc.user_data.get(_BOUNDS)
    if bounds is None:
        starts = doc.to_array(IDX)
        ends = starts + doc.to_array(LENGTH)
        bounds = doc.user_data[_BOUNDS] = (starts.tolist(), ends.tolist())
    return bounds


def sent_starts(doc: Doc) -> list[int]:
    """First token index of every sentence, ascending (for bisect)."""
    starts = doc.user_data.get(_SENT_STARTS)
    if starts is None:
        starts = doc.user_data[_SENT_STARTS] = [s.start for s in doc_sents(doc)]
    return starts


def sent_of(doc: Doc, i: int) -> Span:
    """``doc[i].sent`` without its walk over sentence flags (and its O(n) annotation check)."""
    return doc_sents(doc)[bisect_right(sent_starts(doc), i) - 1]


def doc_column(doc: Doc, attr: str, derive: Callable[[Any], Any] | None = None) -> list[Any]:
    """``getattr(token, attr)`` for every token ('lower_', 'dep_', 'is_alpha'...), read once per
    Doc: each read of a string attribute is a StringStore look-up, and rules read them again
    and again; ``doc_column(doc, "dep_")[i]`` is a list index. ``derive`` (a module-level
    function, as it is part of the cache key) maps each value once too, e.g. ``str.lower``."""
    columns: dict[Any, list[Any]] | None = doc.user_data.get(_COLUMNS)
    if columns is None:
        columns = doc.user_data[_COLUMNS] = {}
    key = attr if derive is None else (attr, derive)  # a str key: its hash is cached
    column = columns.get(key)
    if column is None:
        if derive is None:  # through to_array when spaCy can read it in C
            doc_columns(doc, (attr,))
            column = columns[attr]
        else:
            column = columns[key] = [derive(value) for value in doc_column(doc, attr)]
    return column


def tokens_column(
    tokens: Sequence[Token], attr: str, derive: Callable[[Any], Any] | None = None
) -> list[Any]:
    """``doc_column`` for ``tokens``: sliced from the Doc's column when they are a run of
    consecutive tokens (a claim's tokens are), read token by token otherwise."""
    if isinstance(tokens, Span):
        return doc_column(tokens.doc, attr, derive)[tokens.start : tokens.end]
    if not tokens:
        return []
    first, last = tokens[0].i, tokens[-1].i
    if last - first + 1 == len(tokens):
        return doc_column(tokens[0].doc, attr, derive)[first : last + 1]
    values = [getattr(t, attr) for t in tokens]
    return values if derive is None else [derive(v) for v in values]


_FLAGS = {"is_space": IS_SPACE, "is_alpha": IS_ALPHA, "is_punct": IS_PUNCT, "is_stop": IS_STOP,
          "like_num": LIKE_NUM, "is_quote": IS_QUOTE}  # fmt: skip
_LABELS = {"pos_": POS, "tag_": TAG, "dep_": DEP, "ent_type_": ENT_TYPE, "text": ORTH,
           "lower_": LOWER, "lemma_": LEMMA}  # fmt: skip
"""Token attributes ``Doc.to_array`` reads in C, far faster than one getattr each."""


_NAMES: dict[int, str] = {}
"""String of every hash seen in a column, shared by all Docs: a StringStore look-up decodes
the string anew each time, and most words of the next article were in earlier ones. A hash
names one string in every vocab (it is the string's hash), so the table never goes stale; it
holds no more strings than the StringStore already does."""


def _names(hashes: list[int], strings: StringStore) -> list[str]:
    """The strings of ``hashes``: new ones looked up once, then every one mapped in C."""
    new = set(hashes).difference(_NAMES)
    if new:
        _NAMES.update(zip(new, map(strings.__getitem__, new), strict=True))
    return list(map(_NAMES.__getitem__, hashes))


def doc_columns(doc: Doc, attrs: Sequence[str]) -> None:
    """Read several columns in one pass over the Doc: one Token made per token, not per column;
    flags, offsets and labels through ``Doc.to_array`` without any Token.

    The Tokens are not kept (a tuple of them would outlive the pass and make the garbage
    collector walk them again and again)."""
    columns: dict[Any, list[Any]] = doc.user_data.setdefault(_COLUMNS, {})
    missing = [a for a in attrs if a not in columns]
    arrayed = [a for a in missing if a in _FLAGS or a in _LABELS or a in ("idx", "whitespace_")]
    if arrayed:
        ids = [_FLAGS.get(a) or _LABELS.get(a) or (IDX if a == "idx" else SPACY) for a in arrayed]
        strings = doc.vocab.strings
        table = doc.to_array(ids).reshape(len(doc), len(ids))  # one attribute comes back 1-D
        for attr, values in zip(arrayed, table.T.tolist(), strict=True):
            if attr in _FLAGS:
                values = list(map(bool, values))
            elif attr in _LABELS:
                values = _names(values, strings)
            elif attr == "whitespace_":
                values = [" " if v else "" for v in values]
            columns[attr] = values
    missing = [a for a in missing if a not in arrayed]
    if not missing:
        return
    read = attrgetter(*missing)
    rows = [read(t) for t in doc]
    if len(missing) == 1:
        columns[missing[0]] = rows
        return
    for n, attr in enumerate(missing):
        columns[attr] = [row[n] for row in rows]


def remember_text(doc: Doc, text: str) -> None:
    """Seed ``doc_text`` with the string the Doc was parsed from: spaCy keeps it verbatim, and
    ``Doc.text`` would build every Token to join the same characters again. A text that does
    not end where the Doc's last token ends is not the Doc's, and is ignored."""
    end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if len(text) == end:
        doc.user_data[_TEXT] = text


def doc_memo(doc: Doc, name: str, build: Callable[[Doc], T]) -> T:
    """``build(doc)``, computed once per Doc under ``name``: for a table an extractor would
    otherwise rebuild for every claim or sentence (e.g. where the entities end)."""
    memo: dict[str, Any] = doc.user_data.setdefault(_MEMO, {})
    if name not in memo:
        memo[name] = build(doc)
    return memo[name]


def doc_heads(doc: Doc) -> list[int]:
    """Each token's head index, without building a head Token per question."""
    heads = doc.user_data.get(_HEADS)
    if heads is None:
        offsets = doc.to_array(HEAD).astype("int64").tolist()
        heads = doc.user_data[_HEADS] = [i + off for i, off in enumerate(offsets)]
    return heads


def child_indexes(doc: Doc, i: int) -> list[int]:
    """Token ``i``'s children indexes in text order (what ``Token.children`` yields)."""
    grouped = doc.user_data.get(_CHILDREN)
    if grouped is None:
        grouped = doc.user_data[_CHILDREN] = _group_by_head(doc_heads(doc))
    order, starts = grouped
    return [j for j in order[starts[i] : starts[i + 1]] if j != i]


def _group_by_head(heads: list[int]) -> tuple[list[int], list[int]]:
    """Token indexes sorted by head (stable, so text order within a head), and where each head's
    run starts: two lists instead of a list per token, which costs more to build than it saves."""
    order = sorted(range(len(heads)), key=heads.__getitem__)
    counts = [0] * len(heads)
    for head in heads:
        counts[head] += 1
    return order, [0, *accumulate(counts)]


def forget(doc: Doc) -> None:
    """Drop the cached views once a Doc is done with.

    Cached spans point back at their Doc, a cycle that only the garbage collector would break;
    dropping them lets the Doc go as soon as the last reference does, keeping batch memory flat.
    """
    keys = (_TEXT, _ENTS, _SENTS, _TOKENS, _SENT_STARTS, _BOUNDS)
    keys += (_COLUMNS, _HEADS, _CHILDREN, _MEMO)
    for key in keys:
        doc.user_data.pop(key, None)


def derived_columns(doc: Doc, derived: Sequence[tuple[str, Callable[[Any], Any]]]) -> None:
    """Fill ``doc_column(doc, attr, derive)`` for each pair, calling ``derive`` once per distinct
    value rather than once per token: a Doc repeats most of its words, lemmas and tags."""
    columns: dict[tuple[str, Any], list[Any]] = doc.user_data.setdefault(_COLUMNS, {})
    for attr, derive in derived:
        if (attr, derive) in columns:
            continue
        values = doc_column(doc, attr)
        mapped = {value: derive(value) for value in set(values)}
        columns[attr, derive] = [mapped[value] for value in values]
