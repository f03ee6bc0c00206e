"""The attribution core's and claim segmenter's way to the Doc's one ``DocView`` from a Token.

Their rules walk spaCy Tokens (``tok.doc``) and read columns of the same Doc; ``bound`` makes
the view the caller was handed reachable from that Doc for the length of one extractor call and
removes it afterwards, so nothing outlives the call, nothing is cached as spaCy objects and
callers have nothing to release.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from spacy.tokens import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsparse.docview import DocView

_VIEW = "newsparse.view"


@contextmanager
def bound(view: DocView) -> Iterator[Doc]:
    """Within the block, ``doc_view(view.doc)`` is ``view``; the Doc is left as it was."""
    doc = view.doc
    outer = doc.user_data.get(_VIEW)
    doc.user_data[_VIEW] = view
    try:
        yield doc
    finally:
        if outer is None:
            doc.user_data.pop(_VIEW, None)
        else:
            doc.user_data[_VIEW] = outer


def doc_view(doc: Doc) -> DocView:
    """The view bound to ``doc`` (made on the spot for a Doc used outside any extractor)."""
    view: DocView | None = doc.user_data.get(_VIEW)
    if view is None:
        from newsparse.docview import DocView

        view = DocView.of(doc)
    return view


def doc_text(doc: Doc) -> str:
    return doc_view(doc).text


def doc_sents(doc: Doc) -> list[Span]:
    """The sentences as Spans, made for this call from the view's bounds (never kept)."""
    return [Span(doc, a, b) for a, b in doc_view(doc).sents]


def sent_of(doc: Doc, i: int) -> Span:
    """``doc[i].sent`` from the view's sentence bounds (no walk over sentence flags)."""
    a, b = doc_view(doc).sent_of(i)
    return Span(doc, a, b)


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` (0 <= start) cut from the text, with no Span built."""
    return doc_view(doc).span_text(start, end)


def token_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """Start and end character of every token, as plain ints (``DocView.starts``, ``ends``)."""
    view = doc_view(doc)
    return view.starts, view.ends


def doc_column(doc: Doc, attr: str, derive: Callable[[Any], Any] | None = None) -> list[Any]:
    """``getattr(token, attr)`` for every token, read once per Doc (``DocView.column``).
    The rules ask this in their inner loops: the bound view is looked up inline."""
    view = doc.user_data.get(_VIEW)
    return (view if view is not None else doc_view(doc)).column(attr, derive)


def tokens_column(
    tokens: Sequence[Token], attr: str, derive: Callable[[Any], Any] | None = None
) -> list[Any]:
    """``doc_column`` for ``tokens``: sliced from the Doc's column when they are a run of
    consecutive tokens, read token by token otherwise."""
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
    """Fill ``doc_column(doc, attr, derive)`` for each pair, each distinct value mapped once."""
    view = doc_view(doc)
    for attr, derive in derived:
        view.column(attr, derive)


def doc_heads(doc: Doc) -> list[int]:
    """Each token's head index, without building a head Token per question."""
    return doc_view(doc).heads


def child_indexes(doc: Doc, i: int) -> list[int]:
    """Token ``i``'s children indexes in text order (what ``Token.children`` yields)."""
    return doc_view(doc).children(i)
