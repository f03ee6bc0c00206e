"""The attribution core on hand-built Docs (no model): one table row per sentence shape, with the
cue, speaker and content each shape must give, and the claims built from the same records."""

from __future__ import annotations

import pytest

from claims_docs import TAG_AFTER, make_doc
from newsparse.docview import DocView
from newsparse.extract import extract

# 'word TAG POS dep head lemma [nospace]' a line (head -1: root)

TAG_BEFORE = """
Lopez NNP PROPN nsubj 1 Lopez
said VBD VERB ROOT -1 say nospace
, , PUNCT punct 1 ,
“ `` PUNCT punct 6 “ nospace
We PRP PRON nsubj 6 we
will MD AUX aux 6 will
win VB VERB ccomp 1 win nospace
. . PUNCT punct 6 . nospace
” '' PUNCT punct 1 ”
"""
REPORTED = """
Officials NNS NOUN nsubj 1 official
said VBD VERB ROOT -1 say
that IN SCONJ mark 5 that
the DT DET det 4 the
talks NNS NOUN nsubj 5 talk
failed VBD VERB ccomp 1 fail nospace
. . PUNCT punct 1 .
"""
INVERTED = """
The DT DET det 1 the
talks NNS NOUN nsubj 2 talk
failed VBD VERB ccomp 5 fail nospace
, , PUNCT punct 5 ,
Lopez NNP PROPN nsubj 5 Lopez
said VBD VERB ROOT -1 say nospace
. . PUNCT punct 5 .
"""
ACCORDING = """
According VBG VERB prep 6 accord
to IN ADP prep 0 to
Lopez NNP PROPN pobj 1 Lopez nospace
, , PUNCT punct 6 ,
five CD NUM nummod 5 five
people NNS NOUN nsubj 6 people
died VBD VERB ROOT -1 die nospace
. . PUNCT punct 6 .
"""

# (rows, entities, kind, cue lemma, speaker as written, resolved name, words in the content)
SHAPES = [
    (TAG_AFTER, [(6, 8, "PERSON")], "direct", "say", "Maria Lopez", "Maria Lopez", "We will win"),
    (TAG_BEFORE, [(0, 1, "PERSON")], "direct", "say", "Lopez", "Lopez", "We will win"),
    (REPORTED, [], "indirect", "say", "Officials", "officials", "the talks failed"),
    (INVERTED, [(4, 5, "PERSON")], "indirect", "say", "Lopez", "Lopez", "The talks failed"),
    (ACCORDING, [(2, 3, "PERSON")], "indirect", "according to", "Lopez", "Lopez", "people died"),
]


def _run(rows: str, ents: list[tuple[int, int, str]]):
    view = DocView.of(make_doc(rows, ents=ents))
    return view.text, extract(view, paragraph_starts=[0], summary=False)


@pytest.mark.parametrize(("rows", "ents", "kind", "cue", "written", "name", "content"), SHAPES)
def test_each_shape_gives_its_cue_speaker_and_content(
    rows, ents, kind, cue, written, name, content
):
    text, found = _run(rows, ents)
    (record,) = found.attributions.records
    assert record.kind == kind
    assert record.lemma == cue
    assert record.speaker is not None and record.speaker.text == written
    assert record.speaker.name == name
    assert content in " ".join(text[a:b] for a, b in record.pieces)
    (quote,) = found.quotes  # quotes are the records, one for one
    assert quote.speaker == record.speaker


@pytest.mark.parametrize(("rows", "ents", "kind", "cue", "written", "name", "content"), SHAPES)
def test_a_claim_from_a_quote_names_the_same_speaker(rows, ents, kind, cue, written, name, content):
    _, found = _run(rows, ents)
    linked = [c for c in found.claims if c.claimer.quote is not None]
    assert linked, found.claims
    for claim in linked:
        speaker = found.quotes[claim.claimer.quote].speaker
        assert speaker is not None
        assert (claim.claimer.text, claim.claimer.name, claim.claimer.entity) == (
            speaker.text,
            speaker.name,
            speaker.entity,
        )


PRONOUNS = """
Acme NNP PROPN compound 1 Acme
Corp NNP PROPN nsubj 2 Corp
hired VBD VERB ROOT -1 hire
Anna NNP PROPN compound 4 Anna
Smith NNP PROPN dobj 2 Smith nospace
. . PUNCT punct 2 .
“ `` PUNCT punct 12 “ nospace
Rates NNS NOUN nsubj 8 rate
rise VBP VERB ccomp 12 rise nospace
, , PUNCT punct 12 , nospace
” '' PUNCT punct 12 ”
{pronoun} PRP PRON nsubj 12 {pronoun}
said VBD VERB ROOT -1 say nospace
. . PUNCT punct 12 .
"""


@pytest.mark.parametrize(("pronoun", "name"), [("she", "Anna Smith"), ("it", "Acme Corp")])
def test_a_pronoun_speaker_resolves_by_what_it_can_refer_to(pronoun, name):
    """'she' goes to the person; 'it' skips the nearer person for the organisation."""
    rows = PRONOUNS.format(pronoun=pronoun)
    _, found = _run(rows, [(0, 2, "ORG"), (3, 5, "PERSON")])
    (record,) = found.attributions.records
    assert record.speaker is not None
    assert (record.speaker.text, record.speaker.kind, record.speaker.name) == (
        pronoun,
        "pronoun",
        name,
    )
