"""A claim's memoised token view answers like the Span and the Doc columns it stands for."""

from __future__ import annotations

import spacy

from newsparse.extract.claims.tokens import ClaimTokens, column, positions
from newsparse.extract.doccache import derived_columns, doc_column, tokens_column
from newsparse.lexicon.claims import norm_word


def test_claim_tokens_read_like_their_span() -> None:
    doc = spacy.blank("en")("They’ll say 12 people died and 12 more were hurt.")
    span = doc[1:10]
    view = ClaimTokens(span)
    assert len(view) == len(span)
    assert [t.i for t in view] == [t.i for t in span]
    assert view[2].text == span[2].text
    assert column(view, "lower_") == tokens_column(span, "lower_")
    assert column(view, "text", norm_word) == [norm_word(t.text) for t in span]
    assert column(view, "lower_") is column(view, "lower_")  # sliced once
    assert positions(view, "text").get("12") == [2, 6]
    assert positions(view, "text").get("absent", ()) == ()
    assert positions([doc[3], doc[4]], "text").get("12") == [0]


def test_derived_columns_map_each_value_like_doc_column() -> None:
    doc = spacy.blank("en")("It’s what it’s worth: IT is it.")
    derived_columns(doc, [("text", norm_word), ("text", str.lower)])
    assert doc_column(doc, "text", norm_word) == [norm_word(t.text) for t in doc]
    assert doc_column(doc, "text", str.lower) == [t.text.lower() for t in doc]
