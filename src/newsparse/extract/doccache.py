"""Doc views read once per Doc: spaCy rebuilds text, entities and sentences on every access.

Extractors never change a Doc's text or entities, so caching them in ``doc.user_data`` is safe.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_TEXT = "newsparse.text"
_ENTS = "newsparse.ents"
_SENTS = "newsparse.sents"
_TOKENS = "newsparse.tokens"
_SENT_STARTS = "newsparse.sent_starts"
_BOUNDS = "newsparse.bounds"
_COLUMN = "newsparse.column."


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
    from spacy.attrs import IDX, LENGTH

    bounds = doc.user_data.get(_BOUNDS)
    if bounds is None:
        starts = doc.to_array(IDX)
        ends = starts + doc.to_array(LENGTH)
        bounds = doc.user_data[_BOUNDS] = (starts.tolist(), ends.tolist())
    return bounds


def token_strings(doc: Doc, attr: str) -> list[str]:
    """Every token's ``ORTH`` (``.text``), ``LOWER`` (``.lower_``), ``LEMMA``, ``TAG`` or
    ``ENT_TYPE`` string, read once per Doc from one array."""
    key = _COLUMN + attr
    column = doc.user_data.get(key)
    if column is None:
        strings = doc.vocab.strings
        column = doc.user_data[key] = [strings[h] for h in doc.to_array(attr).tolist()]
    return column


def token_flags(doc: Doc, attr: str) -> list[int]:
    """Every token's lexical flag (``IS_ALPHA``, ``IS_STOP``, ``IS_PUNCT``...) as 0 or 1."""
    key = _COLUMN + attr
    column = doc.user_data.get(key)
    if column is None:
        column = doc.user_data[key] = doc.to_array(attr).tolist()
    return column


def sent_starts(doc: Doc) -> list[int]:
    """First token index of every sentence, ascending (for bisect)."""
    starts = doc.user_data.get(_SENT_STARTS)
    if starts is None:
        starts = doc.user_data[_SENT_STARTS] = [s.start for s in doc_sents(doc)]
    return starts


def sent_of(doc: Doc, i: int) -> Span:
    """``doc[i].sent`` without its walk over sentence flags (and its O(n) annotation check)."""
    return doc_sents(doc)[bisect_right(sent_starts(doc), i) - 1]


def forget(doc: Doc) -> None:
    """Drop the cached views once a Doc is done with.

    Cached spans point back at their Doc, a cycle that only the garbage collector would break;
    dropping them lets the Doc go as soon as the last reference does, keeping batch memory flat.
    """
    for key in (_TEXT, _ENTS, _SENTS, _TOKENS, _SENT_STARTS, _BOUNDS):
        doc.user_data.pop(key, None)
    for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith(_COLUMN)]:
        del doc.user_data[key]
