"""Cached Doc views: built once, and released so a finished Doc is freed without the GC."""

from __future__ import annotations

import gc
import weakref

import spacy

from newsparse.extract.doccache import doc_ents, doc_sents, doc_text, doc_tokens, forget


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
