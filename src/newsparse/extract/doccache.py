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
    tokens = doc_tokens(doc)
    end = min(end, len(tokens))
    if start >= end:
        return ""
    last = tokens[end - 1]
    return doc_text(doc)[tokens[start].idx : last.idx + len(last)]


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
    for key in (_TEXT, _ENTS, _SENTS, _TOKENS, _SENT_STARTS):
        doc.user_data.pop(key, None)
