"""Polarity and scope of claims on hand-built Docs (no model): denials keep their cue, reported
questions are no claims, conditions stay inside the span."""

from __future__ import annotations

from claims_docs import make_doc
from newsparse.extract.claims.segments import segment_sentence


def segments(rows: str) -> list[str]:
    doc = make_doc(rows)
    sent = doc[0 : len(doc)]
    found = segment_sentence(sent, regions=[], region_starts=[])
    return [doc.text[s.start : s.end] for s in found]


DENIED = """
Pence NNP PROPN nsubj 2 Pence
has VBZ AUX aux 2 have
denied VBN VERB ROOT -1 deny
any DT DET det 4 any
connection NN NOUN dobj 2 connection
to IN ADP prep 4 to
hacking NN NOUN pobj 5 hacking nospace
. . PUNCT punct 2 .
"""

QUESTIONED_WHETHER = """
Bondarev NNP PROPN nsubj 1 Bondarev
questioned VBD VERB ROOT -1 question
whether IN SCONJ mark 5 whether
the DT DET det 4 the
Kremlin NNP PROPN nsubj 5 Kremlin
is VBZ AUX ccomp 1 be
willing JJ ADJ acomp 5 willing
to TO PART aux 8 to
negotiate VB VERB xcomp 6 negotiate nospace
. . PUNCT punct 1 .
"""

ASKED_IF = """
She PRP PRON nsubj 1 she
asked VBD VERB ROOT -1 ask
if IN SCONJ mark 6 if
the DT DET det 4 the
plan NN NOUN nsubj 6 plan
would MD AUX aux 6 would
pass VB VERB ccomp 1 pass nospace
. . PUNCT punct 1 .
"""

SAID_THAT = """
She PRP PRON nsubj 1 she
said VBD VERB ROOT -1 say
that IN SCONJ mark 5 that
the DT DET det 4 the
plan NN NOUN nsubj 5 plan
failed VBD VERB ccomp 1 fail nospace
. . PUNCT punct 1 .
"""

IF_CONVICTED = """
If IN SCONJ mark 1 if
convicted VBN VERB advcl 5 convict nospace
, , PUNCT punct 5 ,
he PRP PRON nsubj 5 he
could MD AUX aux 5 could
face VB VERB ROOT -1 face
jail NN NOUN dobj 5 jail nospace
. . PUNCT punct 5 .
"""

UNLESS_TALKS = """
Unless IN SCONJ mark 2 unless
talks NNS NOUN nsubj 2 talk
resume VBP VERB advcl 6 resume nospace
, , PUNCT punct 6 ,
the DT DET det 5 the
strike NN NOUN nsubj 6 strike
continues VBZ VERB ROOT -1 continue nospace
. . PUNCT punct 6 .
"""


def test_a_denial_keeps_its_cue_and_drops_the_denier():
    assert segments(DENIED) == ["has denied any connection to hacking."]


def test_questioned_whether_keeps_the_doubt_in_the_claim():
    assert segments(QUESTIONED_WHETHER) == [
        "questioned whether the Kremlin is willing to negotiate."
    ]


def test_asked_if_is_no_claim():
    assert segments(ASKED_IF) == []


def test_said_that_drops_the_frame_and_the_complementiser():
    assert segments(SAID_THAT) == ["the plan failed."]


def test_a_condition_stays_in_the_claim():
    assert segments(IF_CONVICTED) == ["If convicted, he could face jail."]
    assert segments(UNLESS_TALKS) == ["Unless talks resume, the strike continues."]
