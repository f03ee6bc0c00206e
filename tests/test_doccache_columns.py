"""Per-Doc token columns and tree indexes: the same values spaCy's Token attributes give."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsparse.extract.doccache import (
    child_indexes,
    doc_column,
    doc_columns,
    doc_heads,
    doc_memo,
    doc_text,
    forget,
    remember_text,
    tokens_column,
)

ATTRS = (
    "text", "whitespace_", "idx", "lower_", "lemma_", "pos_", "tag_", "dep_", "ent_type_",
    "is_space", "is_alpha", "is_punct", "is_stop", "like_num",
)  # fmt: skip


def _doc() -> Doc:
    nlp = spacy.blank("en")
    words = ["Officials", "said", "12", "people", "died", ",", "police", "said", "."]
    spaces = [True, True, True, True, False, True, True, False, False]
    heads = [1, 1, 3, 4, 1, 1, 7, 1, 1]
    deps = ["nsubj", "ROOT", "nummod", "nsubj", "ccomp", "punct", "nsubj", "conj", "punct"]
    pos = ["NOUN", "VERB", "NUM", "NOUN", "VERB", "PUNCT", "NOUN", "VERB", "PUNCT"]
    tags = ["NNS", "VBD", "CD", "NNS", "VBD", ",", "NNS", "VBD", "."]
    lemmas = ["official", "say", "12", "people", "die", ",", "police", "say", "."]
    return Doc(nlp.vocab, words, spaces, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)


def test_columns_read_in_one_pass_equal_the_token_attributes() -> None:
    doc = _doc()
    doc_columns(doc, ATTRS)
    for attr in ATTRS:
        assert doc_column(doc, attr) == [getattr(t, attr) for t in doc], attr


def test_a_column_read_alone_and_a_derived_column() -> None:
    doc = _doc()
    assert doc_column(doc, "lemma_", str.upper) == [t.lemma_.upper() for t in doc]
    assert doc_column(doc, "lemma_") is doc_column(doc, "lemma_")


def test_a_remembered_text_is_used_only_when_it_fits_the_doc() -> None:
    doc = _doc()
    remember_text(doc, "x" * len(doc.text))  # the same length: trusted as the parsed string
    assert doc_text(doc) == "x" * len(doc.text)
    other = _doc()
    remember_text(other, doc.text + " more")  # longer than the Doc: not its text
    assert doc_text(other) == other.text


def test_tokens_column_slices_a_span_or_a_run_and_reads_anything_else() -> None:
    doc = _doc()
    assert tokens_column(doc[2:5], "lower_") == ["12", "people", "died"]
    assert tokens_column([doc[2], doc[3]], "tag_") == ["CD", "NNS"]
    assert tokens_column([doc[0], doc[4]], "tag_") == ["NNS", "VBD"]
    assert tokens_column([], "tag_") == []


def test_heads_and_children_match_the_parse() -> None:
    doc = _doc()
    assert doc_heads(doc) == [t.head.i for t in doc]
    for tok in doc:
        assert child_indexes(doc, tok.i) == [c.i for c in tok.children]


def test_memo_builds_once_and_forget_drops_every_view() -> None:
    doc = _doc()
    calls: list[int] = []

    def build(d: Doc) -> int:
        calls.append(1)
        return len(d)

    assert doc_memo(doc, "n", build) == doc_memo(doc, "n", build) == 9
    assert calls == [1]
    doc_columns(doc, ATTRS)
    remember_text(doc, doc.text)
    child_indexes(doc, 1)
    forget(doc)
    assert not doc.user_data
