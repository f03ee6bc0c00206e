"""The claim's grammatical shape, for the type weights: hand-built Docs, no model."""

from __future__ import annotations

from claims_docs import claim_tokens
from newsparse.extract.claims.checkworthiness import _root
from newsparse.extract.claims.shapes import shape_features

SHE_WAS_PREPARED = """
She PRP PRON nsubj 1 she
was VBD AUX ROOT -1 be
really RB ADV advmod 3 really
prepared JJ ADJ acomp 1 prepared
! . PUNCT punct 1 !
"""

HE_IS_A_PREDATOR = """
He PRP PRON nsubj 1 he
is VBZ AUX ROOT -1 be
a DT DET det 3 a
predator NN NOUN attr 1 predator
"""

STEIN_LEFT = """
Stein NNP PROPN nsubj 1 Stein
left VBD VERB ROOT -1 leave
the DT DET det 3 the
area NN NOUN dobj 1 area
"""

I_WANT = """
I PRP PRON nsubj 1 I
want VBP VERB ROOT -1 want
to TO PART aux 3 to
listen VB VERB xcomp 1 listen
"""

THE_WORST_SHOT = """
It PRP PRON nsubj 1 it
was VBD AUX ROOT -1 be
the DT DET det 3 the
worst JJS ADJ amod 4 bad
shot NN NOUN attr 1 shot
"""


def shapes(rows: str) -> list[str]:
    tokens = claim_tokens(rows)
    return shape_features(tokens, _root(tokens))


def test_a_quality_predicated_of_the_subject_with_its_grading():
    assert shapes(SHE_WAS_PREPARED) == ["shape_quality", "shape_degree", "shape_exclamation"]


def test_an_identity_a_past_act_and_a_preference_are_told_apart():
    assert shapes(HE_IS_A_PREDATOR) == ["shape_identity"]
    assert shapes(STEIN_LEFT) == ["shape_past_act"]
    assert shapes(I_WANT) == ["shape_preference"]


def test_a_superlative_grades():
    assert shapes(THE_WORST_SHOT) == ["shape_identity", "shape_superlative"]


def test_shapes_are_features_for_the_types_only():
    """They fire with the others but carry no check-worthiness weight, so no reason shows one."""
    from newsparse.extract.claims.checkworthiness import features, score

    fired = features(
        claim_tokens(SHE_WAS_PREPARED),
        types=["opinion"],
        hedged=False,
        claimer_type="person",
        quoted=True,
    )
    assert "shape_quality" in fired
    _, reasons = score(fired)
    assert not any(r.startswith("shape") for r in reasons)
