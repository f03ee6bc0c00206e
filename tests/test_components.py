"""newsparse as a spaCy component: on a blank pipeline with hand-set annotations, and on the
real model, where it gives the same quotes as the CLI's analysis of the same text."""

from __future__ import annotations

import pytest
import spacy

from claims_docs import TAG_AFTER, make_doc
from newsparse.components import CLAIMS_KEY, ENTITIES_KEY, QUOTES_KEY, NewsparseComponent


def test_the_component_sets_spans_and_the_plain_parts_on_a_hand_built_doc():
    doc = NewsparseComponent()(make_doc(TAG_AFTER, ents=[(6, 8, "PERSON")]))
    (quote,) = doc.spans[QUOTES_KEY]
    assert quote.label_ == "direct" and "We will win" in quote.text
    assert [s.text for s in doc.spans[ENTITIES_KEY]] == ["Maria Lopez"]
    assert [s.label_ for s in doc.spans[CLAIMS_KEY]] == ["person"]
    parts = doc._.newsparse
    assert parts["quotes"][0]["speaker"]["name"] == "Maria Lopez"
    assert parts["claims"][0]["claimer"]["quote"] == 0


def test_add_pipe_declares_what_it_needs_and_refuses_a_doc_without_a_parse():
    nlp = spacy.blank("en")
    nlp.add_pipe("newsparse", config={"claims": False})
    meta = nlp.get_pipe_meta("newsparse")
    assert "token.dep" in meta.requires and "doc.spans" in meta.assigns
    assert list(nlp("").spans[QUOTES_KEY]) == []
    with pytest.raises(ValueError, match="needs a dependency parse"):
        nlp("No parser in this pipeline, so nothing to attribute.")


@pytest.mark.model
def test_spacy_load_add_pipe_and_pipe_give_the_clis_quotes(nlp_md, sample_path):
    """The user's path: ``spacy.load`` of the installed package (not newsparse's loader), the
    paragraph breaks before the parser, ``add_pipe("newsparse")``, ``nlp.pipe``."""
    from newsparse.analysis import analyze
    from newsparse.components import PARAGRAPH_BREAKS
    from newsparse.loader import article_from_record, load_article
    from newsparse.nlp import resolve_model

    text = load_article(sample_path).text
    report = analyze(article_from_record({"text": text}), nlp=nlp_md)
    nlp = spacy.load(resolve_model("md"))
    nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    nlp.add_pipe("newsparse")
    assert nlp.pipe_names[-1] == "newsparse"
    (doc,) = nlp.pipe([text])
    mine = [(q["kind"], q["spans"], q["speaker"]) for q in doc._.newsparse["quotes"]]
    theirs = [(q.kind, [s.model_dump() for s in q.spans], q.speaker and q.speaker.model_dump())
              for q in report.quotes]  # fmt: skip
    assert mine == theirs and len(mine) >= 5
    assert [s.label_ for s in doc.spans[QUOTES_KEY]] == [q.kind for q in report.quotes]


def test_the_factory_takes_its_options_from_default_config():
    nlp = spacy.blank("en")
    nlp.add_pipe("newsparse")
    assert nlp.config["components"]["newsparse"] == {
        "factory": "newsparse",
        "claims": True,
        "summary": False,
    }
    assert nlp.get_pipe("newsparse").claims is True
    off = spacy.blank("en")
    off.add_pipe("newsparse", config={"claims": False, "summary": True})
    component = off.get_pipe("newsparse")
    assert (component.claims, component.summary) == (False, True)
