"""Check-worthiness reasons on hand-built Docs (no model): each reason must be true of the claim."""

from __future__ import annotations

from claims_docs import claim_tokens
from newsparse.extract.claims.checkworthiness import features


def fired(rows: str) -> list[str]:
    return features(
        claim_tokens(rows), types=["other"], hedged=False, claimer_type="article", quoted=False
    )


LIED_ABOUT = """
He PRP PRON nsubj 1 he
lied VBD VERB ROOT -1 lie
about IN ADP prep 1 about
it PRP PRON pobj 2 it
"""

LYING_ON_THE_ROAD = """
Victims NNS NOUN nsubj 1 victim
lay VBD VERB ROOT -1 lie
on IN ADP prep 1 on
the DT DET det 4 the
road NN NOUN pobj 2 road
"""

RAISED_TAXES = """
They PRP PRON nsubj 1 they
raised VBD VERB ROOT -1 raise
taxes NNS NOUN dobj 1 tax
"""

RAISED_A_QUESTION = """
They PRP PRON nsubj 1 they
raised VBD VERB ROOT -1 raise
a DT DET det 3 a
question NN NOUN dobj 1 question
"""

TRIBUTES_WERE_PAID = """
Tributes NNS NOUN nsubjpass 2 tribute
were VBD AUX auxpass 2 be
paid VBN VERB ROOT -1 pay
"""


def test_lying_is_an_accusation_only_in_the_sense_of_untruth():
    assert "accusation" in fired(LIED_ABOUT)
    assert "accusation" not in fired(LYING_ON_THE_ROAD)


def test_an_act_verb_with_a_light_object_is_no_act():
    assert "consequential_act" in fired(RAISED_TAXES)
    assert "consequential_act" not in fired(RAISED_A_QUESTION)
    assert "consequential_act" not in fired(TRIBUTES_WERE_PAID)
