"""Hedges, quantities and claim types on hand-built Docs (no model)."""

from __future__ import annotations

import pytest

from claims_docs import make_doc
from newsparse.extract.claims.hedges import certainty, find_hedges, hedge_labels, is_hedged
from newsparse.extract.claims.kinds import classify
from newsparse.extract.claims.quantities import extract_quantities, parse_value

ANALYSTS_MIGHT = """
Analysts NNS NOUN nsubj 1 analyst
said VBD VERB ROOT -1 say
it PRP PRON nsubj 4 it
might MD AUX aux 4 might
rain VB VERB ccomp 1 rain
. . PUNCT punct 1 .
"""

COULD_NOT = """
Prices NNS NOUN nsubj 3 price
could MD AUX aux 3 could
not RB PART neg 3 not
rise VB VERB ROOT -1 rise
. . PUNCT punct 3 .
"""

RELATIVE_MIGHT = """
Speech NN NOUN nsubjpass 5 speech
that WDT PRON nsubj 3 that
might MD AUX aux 3 might
be VB AUX relcl 0 be
illegal JJ ADJ acomp 3 illegal
is VBZ AUX auxpass 6 be
banned VBN VERB ROOT -1 ban
"""

APPEARED_IN = """
He PRP PRON nsubj 1 he
appeared VBD VERB ROOT -1 appear
in IN ADP prep 1 in
films NNS NOUN pobj 2 film
"""

APPEARED_TO = """
He PRP PRON nsubj 1 he
appeared VBD VERB ROOT -1 appear
to TO PART aux 3 to
be VB AUX xcomp 1 be
tired JJ ADJ acomp 3 tired
"""

POLICE_BELIEVE = """
Police NNS NOUN nsubj 1 police
believe VBP VERB ROOT -1 believe
him PRP PRON nsubj 4 he
to TO PART aux 4 to
be VB AUX ccomp 1 be
25 CD NUM attr 4 25
"""

I_BELIEVE = """
I PRP PRON nsubj 1 I
believe VBP VERB ROOT -1 believe
it PRP PRON dobj 1 it
"""

LONGEST_POSSIBLE = """
the DT DET det 3 the
longest JJS ADJ amod 3 long
possible JJ ADJ amod 3 possible
sentence NN NOUN ROOT -1 sentence
"""


def tokens(rows: str) -> list:
    return list(make_doc(rows))


def test_a_modal_in_the_claim_hedges_it_and_lowers_certainty():
    found = find_hedges(tokens(ANALYSTS_MIGHT)[2:5])
    assert found == [("might", "modal", 2)]
    assert is_hedged(found)
    assert certainty(found) == "low"


def test_could_not_is_past_inability_and_negation_alone_does_not_hedge():
    found = find_hedges(tokens(COULD_NOT))
    assert not is_hedged(found)
    assert hedge_labels(found) == ["not (negation)"]
    assert certainty(found) == "high"


@pytest.mark.parametrize(
    ("rows", "hedged"),
    [
        (RELATIVE_MIGHT, False),  # the modal sits in a relative clause
        (APPEARED_IN, False),  # 'appeared in films' is not 'appeared to'
        (APPEARED_TO, True),
        (POLICE_BELIEVE, True),
        (I_BELIEVE, False),  # a first-person 'believe' marks opinion, not doubt
        (LONGEST_POSSIBLE, False),
    ],
)
def test_hedge_cues_count_only_in_context(rows, hedged):
    assert is_hedged(find_hedges(tokens(rows))) is hedged


def test_one_mild_hedge_is_medium_certainty():
    assert certainty([("appeared", "hedge", 1)]) == "medium"
    assert certainty([("appeared", "hedge", 1), ("could", "modal", 1)]) == "low"


KILLING = """
killing VBG VERB ROOT -1 kill
at IN ADP advmod 2 at
least JJS ADJ advmod 3 least
26 CD NUM nummod 4 26
people NNS NOUN dobj 0 people
"""

POINT_PLAN = """
a DT DET det 4 a
28 CD NUM nummod 3 28 nospace
- HYPH PUNCT punct 3 - nospace
point NN NOUN compound 4 point
proposal NN NOUN ROOT -1 proposal
"""

AGE = """
Another DT DET det 1 another
brother NN NOUN nsubjpass 7 brother
, , PUNCT punct 1 ,
22 CD NUM appos 1 22
, , PUNCT punct 1 ,
was VBD AUX auxpass 7 be
still RB ADV advmod 7 still
chained VBN VERB ROOT -1 chain
in IN ADP prep 7 in
2018 CD NUM pobj 8 2018
"""


def test_a_number_takes_its_bound_and_the_noun_it_counts():
    doc = make_doc(KILLING, ents=[(3, 4, "CARDINAL")])
    (q,) = extract_quantities(doc, 0, len(doc))
    assert (q.text, q.value, q.counts) == ("at least 26 people", 26.0, "people")
    assert doc.text[q.start : q.end] == q.text


def test_a_hyphenated_number_counts_its_unit():
    doc = make_doc(POINT_PLAN, ents=[(1, 2, "CARDINAL")])
    (q,) = extract_quantities(doc, 0, len(doc))
    assert (q.text, q.value, q.counts) == ("28-point", 28.0, "point")


def test_bare_numerals_count_but_dates_do_not():
    doc = make_doc(AGE, ents=[(9, 10, "DATE")])
    assert [q.text for q in extract_quantities(doc, 0, len(doc))] == ["22"]


def test_an_age_or_duration_entity_is_a_quantity():
    doc = make_doc(
        """
        a DT DET det 2 a
        28-year-old JJ ADJ amod 2 28-year-old
        man NN NOUN ROOT -1 man
        """,
        ents=[(1, 2, "DATE")],
    )
    assert [q.text for q in extract_quantities(doc, 0, len(doc))] == ["28-year-old"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("at least 26", 26.0),
        ("1,000", 1000.0),
        ("$1.5 million", 1.5e6),
        ("five", 5.0),
        ("twenty-two", 22.0),
        ("dozens", None),
    ],
)
def test_parse_value(text, value):
    assert parse_value(text) == value


WILL_RAIN = """
It PRP PRON nsubj 2 it
will MD AUX aux 2 will
rain VB VERB ROOT -1 rain
"""

COURT_BANNED = """
The DT DET det 1 the
court NN NOUN nsubj 2 court
banned VBD VERB ROOT -1 ban
it PRP PRON dobj 2 it
"""

CAUSED_BY = """
Deaths NNS NOUN nsubjpass 2 death
were VBD AUX auxpass 2 be
caused VBN VERB ROOT -1 cause
by IN ADP agent 2 by
smoke NN NOUN pobj 3 smoke
"""

BIGGER_THAN = """
It PRP PRON nsubj 1 it
is VBZ AUX ROOT -1 be
bigger JJR ADJ acomp 1 big
than IN ADP prep 2 than
before RB ADV pcomp 3 before
"""

MORE_THAN_NUMBER = """
More JJR ADJ amod 2 more
than IN ADP quantmod 2 than
1000 CD NUM nummod 3 1000
people NNS NOUN nsubjpass 5 people
were VBD AUX auxpass 5 be
arrested VBN VERB ROOT -1 arrest
"""

WE_TURNED = """
We PRP PRON nsubj 1 we
turned VBD VERB ROOT -1 turn
it PRP PRON dobj 1 it
around RP ADP prt 1 around
"""

FILM_FANTASTIC = """
The DT DET det 1 the
film NN NOUN nsubj 2 film
was VBD AUX ROOT -1 be
fantastic JJ ADJ acomp 2 fantastic
"""

FANTASTIC_FILM_SHOWN = """
A DT DET det 2 a
fantastic JJ ADJ amod 2 fantastic
film NN NOUN nsubjpass 4 film
was VBD AUX auxpass 4 be
shown VBN VERB ROOT -1 show
"""

SKY_BLUE = """
The DT DET det 1 the
sky NN NOUN nsubj 2 sky
is VBZ AUX ROOT -1 be
blue JJ ADJ acomp 2 blue
"""


@pytest.mark.parametrize(
    ("rows", "has_quantity", "expected"),
    [
        (WILL_RAIN, False, ["prediction"]),
        (COURT_BANNED, False, ["law_or_rule"]),
        (CAUSED_BY, False, ["causal"]),
        (BIGGER_THAN, False, ["comparison"]),
        (MORE_THAN_NUMBER, True, ["quantity"]),
        (WE_TURNED, False, ["personal_experience"]),
        (FILM_FANTASTIC, False, ["opinion"]),
        (FANTASTIC_FILM_SHOWN, False, ["other"]),  # evaluative only as a predicate
        (SKY_BLUE, False, ["other"]),
    ],
)
def test_claim_types_from_cues(rows, has_quantity, expected):
    assert classify(tokens(rows), has_quantity=has_quantity) == expected


def test_would_is_a_prediction_only_in_reported_speech():
    rows = """
    It PRP PRON nsubj 2 it
    would MD AUX aux 2 would
    weaken VB VERB ROOT -1 weaken
    Ukraine NNP PROPN dobj 2 Ukraine
    """
    assert classify(tokens(rows), has_quantity=False, reported=True) == ["prediction"]
    assert classify(tokens(rows), has_quantity=False) == ["other"]
