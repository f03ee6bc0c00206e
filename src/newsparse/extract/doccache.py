"""Doc views read once per Doc, for the extractors not yet handed a ``DocView``.

Token columns, offsets, heads and children come from the Doc's ``DocView`` (one per Doc, kept
in ``doc.user_data`` until ``forget``; ``use_view`` shares the one the analysis made, so every
extractor reads each column once). Entities, sentences and Tokens are cached here as spaCy
objects: spaCy rebuilds them on every access. Extractors never change a Doc's text or
entities, so caching them in ``doc.user_data`` is safe.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from spacy.tokens import Span

from newsparse.docview import DocView

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

T = TypeVar("T")

_TEXT = "newsparse.text"
_VIEW = "newsparse.view"
_ENTS = "newsparse.ents"
_SENTS = "newsparse.sents"
_TOKENS = "newsparse.tokens"
_SENT_STARTS = "newsparse.sent_starts"
_MEMO = "newsparse.memo"


def doc_view(doc: Doc) -> DocView:
    """The Doc's ``DocView``: the one ``use_view`` shared, else one made now (with the text
    ``remember_text`` gave) and kept until ``forget``."""
    view: DocView | None = doc.user_data.get(_VIEW)
    if view is None:
        view = doc.user_data[_VIEW] = DocView.of(doc, text=doc.user_data.get(_TEXT))
    return view


def use_view(doc: Doc, view: DocView) -> None:
    """Read ``doc``'s columns, offsets and tree from ``view`` (the analysis's own), so the
    extractors on doccache and those handed the view share one reading of the Doc."""
    doc.user_data[_VIEW] = view


def doc_text(doc: Doc) -> str:
    """The Doc's text, built once."""
    return doc_view(doc).text


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
    """``doc[start:end].text`` (0 <= start) cut from the text, with no Span built."""
    return doc_view(doc).span_text(start, end)


def token_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """Start and end character of every token, as plain ints (``DocView.starts``, ``ends``)."""
    view = doc_view(doc)
    return view.starts, view.ends


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
    Doc (``DocView.column``); ``derive`` (a module-level function) maps each value once."""
    return doc_view(doc).column(attr, derive)


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


def doc_columns(doc: Doc, attrs: Sequence[str]) -> None:
    """Read several columns in one pass over the Doc (``DocView.read``)."""
    doc_view(doc).read(*attrs)


def derived_columns(doc: Doc, derived: Sequence[tuple[str, Callable[[Any], Any]]]) -> None:
    """Fill ``doc_column(doc, attr, derive)`` for each pair, ``derive`` called once per distinct
    value: a Doc repeats most of its words, lemmas and tags."""
    view = doc_view(doc)
    for attr, derive in derived:
        view.column(attr, derive)


def remember_text(doc: Doc, text: str) -> None:
    """Seed ``doc_text`` with the string the Doc was parsed from: spaCy keeps it verbatim, and
    ``Doc.text`` would build every Token to join the same characters again. A text that does
    not end where the Doc's last token ends is not the Doc's, and is ignored (by the view)."""
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
    return doc_view(doc).heads


def child_indexes(doc: Doc, i: int) -> list[int]:
    """Token ``i``'s children indexes in text order (what ``Token.children`` yields)."""
    return doc_view(doc).children(i)


def forget(doc: Doc) -> None:
    """Drop the cached views once a Doc is done with.

    Cached spans (and the view) point back at their Doc, a cycle that only the garbage
    collector would break; dropping them lets the Doc go as soon as the last reference does,
    keeping batch memory flat.
    """
    for key in (_TEXT, _VIEW, _ENTS, _SENTS, _TOKENS, _SENT_STARTS, _MEMO):
        doc.user_data.pop(key, None)
