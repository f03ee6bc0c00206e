"""Quantities on hand-built Docs (no model): numbers with their bounds and what they count."""

from __future__ import annotations

import pytest

from claims_docs import make_doc
from newsparse.docview import DocView
from newsparse.extract.claims.quantities import extract_quantities, parse_value

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
    (q,) = extract_quantities(DocView.of(doc), 0, len(doc))
    assert (q.text, q.value, q.counts) == ("at least 26 people", 26.0, "people")
    assert doc.text[q.start : q.end] == q.text


def test_a_hyphenated_number_counts_its_unit():
    doc = make_doc(POINT_PLAN, ents=[(1, 2, "CARDINAL")])
    (q,) = extract_quantities(DocView.of(doc), 0, len(doc))
    assert (q.text, q.value, q.counts) == ("28-point", 28.0, "point")


def test_bare_numerals_count_but_dates_do_not():
    doc = make_doc(AGE, ents=[(9, 10, "DATE")])
    assert [q.text for q in extract_quantities(DocView.of(doc), 0, len(doc))] == ["22"]


def test_an_age_or_duration_entity_is_a_quantity():
    doc = make_doc(
        """
        a DT DET det 2 a
        28-year-old JJ ADJ amod 2 28-year-old
        man NN NOUN ROOT -1 man
        """,
        ents=[(1, 2, "DATE")],
    )
    assert [q.text for q in extract_quantities(DocView.of(doc), 0, len(doc))] == ["28-year-old"]


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
