"""Claim segmentation pieces and claimer typing on hand-built Docs (no model)."""

from __future__ import annotations

import pytest

from claims_docs import make_doc
from newsparse.extract.claims.claimers import EntityIndex, claimer_from_mention
from newsparse.extract.claims.segments import not_claim_reason, quote_regions
from newsparse.models import Entity, Mention


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said “it is fine” today.", ["it is fine"]),
        ('He said "it is fine" and "so is that".', ["it is fine", "so is that"]),
        ("It’s Bob’s dog.", []),  # apostrophes are never quotation marks
        # an opening mark left open runs to the end of its paragraph only
        (
            "“This is a long quotation that goes on\n\nNext paragraph.",
            ["This is a long quotation that goes on"],
        ),
    ],
)
def test_quote_regions(text, expected):
    starts = [0] + [i + 2 for i in range(len(text)) if text.startswith("\n\n", i)]
    regions = quote_regions(text, starts)
    assert [text[a:b] for a, b in regions] == expected


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
        (FOLLOW, "Follow him on Twitter.", "boilerplate"),
        (UNREACHABLE, "Smith could not be reached for comment.", "boilerplate"),
        (NO_VERB, "Constantly studying.", "no verb"),
        (CLAIM, "Five people died", "heading"),  # a short paragraph with no final stop
        (CLAIM, "Protesters at the march. Image: Andrew Gray.", "boilerplate"),
    ],
)
def test_not_claim_reason(rows, paragraph, reason):
    assert not_claim_reason(sentence(rows), paragraph) == reason


def _entity(eid, name, label, start, end):
    return Entity(
        id=eid,
        name=name,
        label=label,
        count=1,
        mentions=[Mention(start=start, end=end, text=name)],
        first_mention=start,
    )


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
    assert claimer_from_mention(span, index=EntityIndex([])).type == kind


def test_a_surname_resolves_to_the_person_named_earlier():
    doc = make_doc("Myers NNP PROPN ROOT -1 Myers")
    index = EntityIndex([_entity("e1", "Matt Myers", "PERSON", 100, 110)])
    claimer = claimer_from_mention(doc[0:1], index=index)
    assert claimer.type == "person"


def test_a_pronoun_resolves_to_the_nearest_earlier_person_outside_quotes():
    doc = make_doc(
        """
        Bondarev NNP PROPN nsubj 1 Bondarev
        asked VBD VERB ROOT -1 ask
        about IN ADP prep 1 about
        Putin NNP PROPN pobj 2 Putin
        and CC CCONJ cc 1 and
        he PRP PRON nsubj 6 he
        added VBD VERB conj 1 add
        """
    )
    index = EntityIndex(
        [
            _entity("e1", "Boris Bondarev", "PERSON", 0, 8),
            _entity("e2", "Putin", "PERSON", 22, 27),
        ],
        exclude=[(21, 28)],  # 'Putin' is inside a quotation here
    )
    claimer = claimer_from_mention(doc[5:6], index=index)
    assert (claimer.type, claimer.name, claimer.entity) == ("person", "Boris Bondarev", "e1")
