"""Cached Doc views: built once, and released so a finished Doc is freed without the GC."""

from __future__ import annotations

import gc
import weakref

import spacy

from newsparse.extract.doccache import (
    doc_column,
    doc_ents,
    doc_sents,
    doc_text,
    doc_tokens,
    forget,
    sent_of,
    span_text,
    token_bounds,
)


def test_views_are_cached_and_forgotten() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp("Anna met Bob. They talked.")
    assert doc_text(doc) is doc_text(doc) and doc_text(doc) == doc.text
    assert len(doc_sents(doc)) == 2 and doc_sents(doc) is doc_sents(doc)
    assert doc_ents(doc) == ()
    assert doc_tokens(doc) is doc_tokens(doc) and [t.text for t in doc_tokens(doc)][:2] == [
        "Anna",
        "met",
    ]
    forget(doc)
    assert not doc.user_data


def test_a_forgotten_doc_is_freed_by_reference_counting() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp("One sentence here. Another one there.")
    doc_tokens(doc)
    doc_sents(doc)  # spans pointing back at the doc: a reference cycle until forgotten
    forget(doc)
    ref = weakref.ref(doc)
    gc.disable()
    try:
        del doc
        assert ref() is None
    finally:
        gc.enable()


_TEXT = "  Mr. Smith’s dog\n\nran  (fast), 3 km!\tThe END. \n"


def _sentenced_doc() -> spacy.tokens.Doc:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp(_TEXT)


def test_columns_match_the_token_attributes() -> None:
    doc = _sentenced_doc()
    attrs = ("text", "lower_", "is_alpha", "is_stop", "is_punct", "is_space", "is_quote")
    for attr in (*attrs, "whitespace_"):
        assert doc_column(doc, attr) == [getattr(t, attr) for t in doc], attr
    assert token_bounds(doc) == ([t.idx for t in doc], [t.idx + len(t) for t in doc])


def test_span_text_and_sent_of_match_spacy() -> None:
    doc = _sentenced_doc()
    n = len(doc)
    for s in range(n + 1):
        for e in range(s, n + 2):
            assert span_text(doc, s, e) == doc[s:e].text, (s, e)
    for i in range(n):
        assert sent_of(doc, i) == doc[i].sent


def test_every_column_is_forgotten() -> None:
    doc = _sentenced_doc()
    doc_column(doc, "lower_")
    doc_column(doc, "is_punct")
    token_bounds(doc)
    sent_of(doc, 3)
    span_text(doc, 0, 2)
    assert doc.user_data
    forget(doc)
    assert not doc.user_data
