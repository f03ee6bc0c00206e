"""Reported speech on hand-built parses the model gives in context (no model): a clause the
parser hangs on a reporting verb as its 'ccomp' is not always what was said."""

from __future__ import annotations

import pytest

from claims_docs import make_doc
from newsparse.docview import DocView
from newsparse.extract import extract

# 'word TAG POS dep head lemma [nospace]' a line (head -1: root)

AFTER_CLAUSE = """
Lopez NNP PROPN nsubj 1 Lopez
said VBD VERB ROOT -1 say
after IN SCONJ mark 5 after
the DT DET det 4 the
team NN NOUN nsubj 5 team
lost VBD VERB ccomp 1 lose
the DT DET det 7 the
game NN NOUN dobj 5 game nospace
. . PUNCT punct 1 .
"""
PARTICIPLE_AS_CLAUSE = """
Lopez NNP PROPN nsubj 1 Lopez
said VBD VERB ROOT -1 say
in IN ADP prep 1 in
an DT DET det 4 an
interview NN NOUN pobj 2 interview
aired VBD VERB ccomp 1 air
on IN ADP prep 5 on
Monday NNP PROPN pobj 6 Monday nospace
. . PUNCT punct 1 .
"""
THAT_CLAUSE = """
Lopez NNP PROPN nsubj 1 Lopez
said VBD VERB ROOT -1 say
that IN SCONJ mark 5 that
the DT DET det 4 the
team NN NOUN nsubj 5 team
lost VBD VERB ccomp 1 lose
the DT DET det 7 the
game NN NOUN dobj 5 game nospace
. . PUNCT punct 1 .
"""
SPLIT_CLAUSE = """
Lopez NNP PROPN nsubj 1 Lopez
said VBD VERB ROOT -1 say
traffic NN NOUN nsubj 3 traffic
was VBD AUX ccomp 1 be
worse JJR ADJ acomp 3 bad
than IN ADP prep 4 than
at IN ADP prep 5 at
any DT DET det 8 any
time NN NOUN pobj 6 time
he PRP PRON nsubj 11 he
could MD AUX aux 11 could
remember VB VERB ccomp 1 remember nospace
. . PUNCT punct 1 .
"""


def _contents(rows: str) -> list[str]:
    view = DocView.of(make_doc(rows))
    found = extract(view, paragraph_starts=[0], claims=False, summary=False)
    return [view.text[a:b] for r in found.attributions.records for a, b in r.pieces]


@pytest.mark.parametrize("rows", [AFTER_CLAUSE, PARTICIPLE_AS_CLAUSE])
def test_a_misparsed_clause_is_not_what_was_said(rows) -> None:
    assert _contents(rows) == []


def test_a_that_clause_is_what_was_said() -> None:
    assert _contents(THAT_CLAUSE) == ["that the team lost the game"]


def test_a_clause_split_in_two_complements_is_one() -> None:
    assert _contents(SPLIT_CLAUSE) == ["traffic was worse than at any time he could remember"]
