"""Claim segmentation pieces and claimer typing on hand-built Docs (no model)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims_docs import make_doc
from newsparse.extract.claims.claimers import EntityIndex, claimer_from_speaker
from newsparse.extract.claims.segments import (
    _FOLDS_TO_ASCII,
    ParagraphFacts,
    _any_match,
    _case_sensitive_twin,
    _lowered,
    is_not_claim,
    not_claim_reason,
)
from newsparse.lexicon.claims import lexicon
from newsparse.models import Entity, Mention, Speaker


def sentence(rows: str):
    doc = make_doc(rows)
    return doc[0 : len(doc)]


CLAIM = """
Five CD NUM nummod 1 five
people NNS NOUN nsubj 2 people
died VBD VERB ROOT -1 die
. . PUNCT punct 2 .
"""

QUESTION = """
Who WP PRON nsubj 1 who
died VBD VERB ROOT -1 die
? . PUNCT punct 1 ?
"""

IMPERATIVE = """
Take VB VERB ROOT -1 take
a DT DET det 2 a
knife NN NOUN dobj 0 knife
. . PUNCT punct 0 .
"""

FOLLOW = """
Follow VB VERB ROOT -1 follow
him PRP PRON dobj 0 he
on IN ADP prep 0 on
Twitter NNP PROPN pobj 2 Twitter
. . PUNCT punct 0 .
"""

UNREACHABLE = """
Smith NNP PROPN nsubjpass 3 Smith
could MD AUX aux 3 could
not RB PART neg 3 not
be VB AUX auxpass 4 be
reached VBN VERB ROOT -1 reach
for IN ADP prep 4 for
comment NN NOUN pobj 5 comment
. . PUNCT punct 4 .
"""

NOW_CONSIDER = """
Now RB ADV advmod 1 now
consider VB VERB ROOT -1 consider
the DT DET det 3 the
plan NN NOUN dobj 1 plan
. . PUNCT punct 1 .
"""

NO_COMMENT = """
We PRP PRON nsubj 1 we
have VBP VERB ROOT -1 have
no DT DET det 4 no
further JJ ADJ amod 4 further
comment NN NOUN dobj 1 comment
. . PUNCT punct 1 .
"""

NO_VERB = """
Constantly RB ADV advmod 1 constantly
studying VBG VERB ROOT -1 study
. . PUNCT punct 1 .
"""


@pytest.mark.parametrize(
    ("rows", "paragraph", "reason"),
    [
        (CLAIM, "Five people died.", None),
        (QUESTION, "Who died?", "question"),
        (IMPERATIVE, "Take a knife.", "imperative"),
        (NOW_CONSIDER, "Now consider the plan.", "imperative"),  # an adverb before the verb
        (NO_COMMENT, "We have no further comment.", "boilerplate"),
        (FOLLOW, "Follow him on Twitter.", "boilerplate"),
        (UNREACHABLE, "Smith could not be reached for comment.", "boilerplate"),
        (NO_VERB, "Constantly studying.", "no verb"),
        (CLAIM, "Five people died", "heading"),  # a short paragraph with no final stop
        (CLAIM, "Protesters at the march. Image: Andrew Gray.", "boilerplate"),
    ],
)
def test_not_claim_reason(rows, paragraph, reason):
    assert not_claim_reason(sentence(rows), paragraph) == reason
    # the claims pipeline asks only whether, cheap tests first: the same answer
    facts = ParagraphFacts.of(paragraph)
    assert is_not_claim(sentence(rows), facts, lexicon()) is (reason is not None)


def _entity(eid, name, label, start, end):
    return Entity(
        id=eid,
        name=name,
        label=label,
        count=1,
        mentions=[Mention(start=start, end=end, text=name)],
        first_mention=start,
    )


def _speaker(span, **kw) -> Speaker:
    return Speaker(text=span.text, start=span.start_char, end=span.end_char, **kw)


ANALYSTS = "Analysts NNS NOUN ROOT -1 analyst"
OFFICIAL = """
A DT DET det 2 a
Ukrainian JJ ADJ amod 2 ukrainian
official NN NOUN ROOT -1 official
"""
REPORTS = """
reports NNS NOUN ROOT -1 report
by IN ADP prep 0 by
Reuters NNP PROPN pobj 1 Reuters
"""
POLICE = "Police NNS NOUN ROOT -1 police"
ONE_MP = """
One CD NUM nummod 1 one
MP NNP PROPN ROOT -1 MP
"""
THE_FATHER = """
The DT DET det 1 the
father NN NOUN ROOT -1 father
"""
ESTIMATES = """
Estimates NNS NOUN ROOT -1 estimate
by IN ADP prep 0 by
organizers NNS NOUN pobj 1 organizer
"""


@pytest.mark.parametrize(
    ("rows", "kind"),
    [
        (ANALYSTS, "anonymous"),
        (OFFICIAL, "anonymous"),
        (REPORTS, "media"),
        (POLICE, "organization"),
        (ONE_MP, "anonymous"),
        (THE_FATHER, "person"),
        (ESTIMATES, "organization"),  # a document takes its author's type
    ],
)
def test_claimer_type_of_a_mention(rows, kind):
    span = sentence(rows)
    claimer = claimer_from_speaker(_speaker(span), span, index=EntityIndex([]), labels={})
    assert claimer.type == kind


def test_the_claimer_is_the_cores_speaker_with_a_type():
    """Who it is (text, name, entity, offsets) comes from the attribution core unchanged."""
    doc = make_doc("Myers NNP PROPN ROOT -1 Myers")
    index = EntityIndex([_entity("e1", "Matt Myers", "PERSON", 100, 110)])
    speaker = _speaker(doc[0:1], name="Matt Myers", entity="e1", kind="person")
    claimer = claimer_from_speaker(speaker, doc[0:1], index=index, labels={"e1": "PERSON"}, quote=3)
    assert (claimer.type, claimer.name, claimer.entity, claimer.quote) == (
        "person",
        "Matt Myers",
        "e1",
        3,
    )
    assert (claimer.text, claimer.start, claimer.end) == ("Myers", 0, 5)


@pytest.mark.parametrize(
    ("pronoun", "entity", "labels", "kind"),
    [
        ("he", "e1", {"e1": "PERSON"}, "person"),
        ("it", "e2", {"e2": "ORG"}, "organization"),
        ("she", None, {}, "person"),  # unresolved: still a person
        ("it", None, {}, "organization"),
    ],
)
def test_a_pronoun_takes_the_type_of_what_the_core_resolved_it_to(pronoun, entity, labels, kind):
    doc = make_doc(f"{pronoun} PRP PRON ROOT -1 {pronoun}")
    speaker = _speaker(doc[0:1], entity=entity, kind="pronoun")
    claimer = claimer_from_speaker(speaker, doc[0:1], index=EntityIndex([]), labels=labels)
    assert claimer.type == kind


def test_an_anonymous_speaker_stays_anonymous():
    doc = make_doc("officials NNS NOUN ROOT -1 official")
    speaker = _speaker(doc[0:1], kind="description", anonymous=True)
    claimer = claimer_from_speaker(speaker, doc[0:1], index=EntityIndex([]), labels={})
    assert claimer.type == "anonymous"


# --------------------------------------------------------------------------- boilerplate search


def test_lower_casing_keeps_every_character_but_the_four_folds() -> None:
    """What ``_any_match`` rests on: ``str.lower`` keeps each character one character of the
    same regex class and makes no ASCII letter of a non-ASCII one, but for the four."""
    classes = [re.compile(c) for c in (r"\w", r"\s", r"\d")]
    odd = set()
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        low = c.lower()
        if low == c:
            continue  # unchanged: nothing to check
        if (
            len(low) != 1
            or any(bool(k.match(c)) != bool(k.match(low)) for k in classes)
            or (not c.isascii() and low.isascii() and low.isalpha())
        ):
            odd.add(c)
    assert odd <= _FOLDS_TO_ASCII


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?i)said",
        r"[A-Z]+ said",
        r"\x41p",
        r"[@-Z]",
        r"Éte",
        r"(?-i:x)y",
        r"stra\N{LATIN SMALL LETTER SHARP S}e",
    ],
)
def test_a_pattern_naming_other_letters_keeps_case_folding(pattern: str) -> None:
    assert _case_sensitive_twin(re.compile(pattern, re.IGNORECASE)) is None


_PIECES = [
    "Smith", "could not be reached for comment", "DID NOT RESPOND", "didn't return", "Image: ",
    "Follow us on Twitter", "March 5, 2020", "ſ", "ı", "İ", "\u212a", "É", "“", "’", " ", "\n",
    "requests for comment", "REQUEST FOR COMMENT.", "by ", "—", "thanks", "12/05/2020", "x" * 90,
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=6))
def test_lowered_search_answers_as_the_case_insensitive_one(pieces: list[str]) -> None:
    patterns = lexicon().not_claims
    text = "".join(pieces)
    assert _any_match(_lowered(patterns), text) == any(p.search(text) for p in patterns)
    for p, twin in _lowered(patterns):  # and pattern by pattern
        assert _any_match([(p, twin)], text) == bool(p.search(text)), p.pattern


A_JUNE_POLL = """
a DT DET det 2 a
June NNP PROPN compound 2 June
poll NN NOUN ROOT -1 poll
"""


def test_a_poll_with_no_pollster_named_is_anonymous():
    doc = make_doc(A_JUNE_POLL, ents=[(1, 2, "DATE")])  # the month names no pollster
    span = doc[0 : len(doc)]
    claimer = claimer_from_speaker(_speaker(span), span, index=EntityIndex([]), labels={})
    assert claimer.type == "anonymous"
