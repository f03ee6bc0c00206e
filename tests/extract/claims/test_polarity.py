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


CHIMED_NOTING = """
Bergeron NNP PROPN nsubj 1 Bergeron
chimed VBD VERB ROOT -1 chime
in RP ADP prt 1 in nospace
, , PUNCT punct 1 ,
noting VBG VERB advcl 1 note
that IN SCONJ mark 8 that
the DT DET det 7 the
offer NN NOUN nsubj 8 offer
was VBD AUX ccomp 4 be
kind JJ ADJ acomp 8 kind nospace
. . PUNCT punct 1 .
"""

CHIMED = """
Bergeron NNP PROPN nsubj 1 Bergeron
chimed VBD VERB ROOT -1 chime
in RP ADP prt 1 in nospace
. . PUNCT punct 1 .
"""

RESPONDED_AND_CONFIRMED = """
Police NNS NOUN nsubj 1 police
responded VBD VERB ROOT -1 respond
and CC CCONJ cc 1 and
confirmed VBD VERB conj 1 confirm
that IN SCONJ mark 7 that
the DT DET det 6 the
car NN NOUN nsubj 7 car
burned VBD VERB ccomp 3 burn nospace
. . PUNCT punct 1 .
"""

DECLINED_TO_SAY = """
He PRP PRON nsubj 1 he
declined VBD VERB ROOT -1 decline
to TO PART aux 3 to
say VB VERB xcomp 1 say
when WRB SCONJ advmod 7 when
it PRP PRON nsubj 7 it
would MD AUX aux 7 would
open VB VERB ccomp 3 open nospace
. . PUNCT punct 1 .
"""

TESTIFIED_DESCRIBING = """
The DT DET det 1 the
mother NN NOUN nsubj 2 mother
testified VBD VERB ROOT -1 testify nospace
, , PUNCT punct 2 ,
describing VBG VERB advcl 2 describe
her PRP$ PRON poss 6 her
daughter NN NOUN dobj 4 daughter
as IN ADP prep 4 as
brave JJ ADJ pobj 7 brave nospace
. . PUNCT punct 2 .
"""


def test_a_speech_verb_with_no_content_is_no_claim():
    assert segments(CHIMED_NOTING) == ["the offer was kind."]
    assert segments(CHIMED) == []
    assert segments(RESPONDED_AND_CONFIRMED) == ["the car burned."]
    assert segments(DECLINED_TO_SAY) == []  # a refusal to speak asserts nothing


def test_a_speech_verb_with_a_phrase_of_its_own_keeps_its_claim():
    assert segments(TESTIFIED_DESCRIBING) == [
        "The mother testified, describing her daughter as brave."
    ]


NOT_ANNOUNCE_WHICH = """
WikiLeaks NNP PROPN nsubj 3 WikiLeaks
did VBD AUX aux 3 do
not RB PART neg 3 not
announce VB VERB ROOT -1 announce
which WDT PRON det 5 which
party NN NOUN nsubj 6 party
cut VBD VERB ccomp 3 cut
the DT DET det 8 the
line NN NOUN dobj 6 line nospace
. . PUNCT punct 3 .
"""

SAID_WHAT_HAPPENED = """
She PRP PRON nsubj 1 she
said VBD VERB ROOT -1 say
what WP PRON nsubj 3 what
happened VBD VERB csubj 4 happen
was VBD AUX ccomp 1 be
a DT DET det 6 a
tragedy NN NOUN attr 4 tragedy nospace
. . PUNCT punct 1 .
"""

AFTER_HE_ANNOUNCED = """
The DT DET det 1 the
news NN NOUN nsubj 2 news
came VBD VERB ROOT -1 come
after IN SCONJ mark 5 after
he PRP PRON nsubj 5 he
announced VBD VERB advcl 2 announce
that IN SCONJ mark 9 that
she PRP PRON nsubj 9 she
was VBD AUX aux 9 be
expecting VBG VERB ccomp 5 expect nospace
. . PUNCT punct 2 .
"""

URGED_BE_WAIVED = """
He PRP PRON nsubj 1 he
urged VBD VERB ROOT -1 urge
the DT DET det 3 the
immunity NN NOUN nsubjpass 5 immunity
be VB AUX auxpass 5 be
waived VBN VERB ccomp 1 waive nospace
. . PUNCT punct 1 .
"""


def test_an_embedded_question_is_not_asserted():
    whole = "WikiLeaks did not announce which party cut the line."
    assert segments(NOT_ANNOUNCE_WHICH) == [whole]
    assert segments(SAID_WHAT_HAPPENED) == ["what happened was a tragedy."]


def test_a_frame_in_a_time_clause_attributes_nothing():
    assert segments(AFTER_HE_ANNOUNCED) == [
        "The news came after he announced that she was expecting."
    ]


def test_a_call_for_action_stays_the_sentence_claim():
    assert segments(URGED_BE_WAIVED) == ["He urged the immunity be waived."]


SHOULD_TRUMP_TAP_HIM = """
They PRP PRON nsubj 1 they
stated VBD VERB ROOT -1 state
interest NN NOUN dobj 1 interest nospace
, , PUNCT punct 6 ,
should MD AUX aux 6 should
Trump NNP PROPN nsubj 6 Trump
tap VB VERB ccomp 1 tap
him PRP PRON dobj 6 he nospace
. . PUNCT punct 1 .
"""


def test_an_inverted_condition_is_no_complement():
    assert segments(SHOULD_TRUMP_TAP_HIM) == ["They stated interest, should Trump tap him."]


CLOSING_FRAME = """
He PRP PRON nsubj 1 he
failed VBD VERB ROOT -1 fail nospace
, , PUNCT punct 4 ,
he PRP PRON nsubj 4 he
said VBD VERB parataxis 1 say nospace
, , PUNCT punct 4 ,
on IN ADP prep 4 on
condition NN NOUN pobj 6 condition
of IN ADP prep 7 of
anonymity NN NOUN pobj 8 anonymity nospace
. . PUNCT punct 4 .
"""

FRAME_INSIDE = """
It PRP PRON nsubj 1 it
began VBD VERB ccomp 5 begin nospace
, , PUNCT punct 5 ,
the DT DET det 4 the
patrol NN NOUN nsubj 5 patrol
described VBD VERB ROOT -1 describe nospace
, , PUNCT punct 5 ,
in IN ADP prep 5 in
lanes NNS NOUN pobj 7 lane nospace
. . PUNCT punct 5 .
"""


def test_a_closing_frame_is_cut_off_with_its_phrases():
    assert segments(CLOSING_FRAME) == ["He failed"]


def test_a_phrase_after_the_frame_keeps_the_frame_inside():
    assert segments(FRAME_INSIDE) == ["It began, the patrol described, in lanes."]


HE_TOLD_THEM = """
he PRP PRON nsubj 1 he
told VBD VERB ROOT -1 tell
them PRP PRON dobj 1 they nospace
. . PUNCT punct 1 .
"""

BELIEVE_THEM = """
You PRP PRON nsubj 2 you
should MD AUX aux 2 should
believe VB VERB ROOT -1 believe
them PRP PRON dobj 2 they nospace
. . PUNCT punct 2 .
"""

DECLINED_TO_STATE_MISPARSED = """
He PRP PRON nsubj 1 he
declined VBD VERB ROOT -1 decline
to IN ADP prep 1 to
state NN NOUN pobj 2 state
when WRB SCONJ advmod 7 when
it PRP PRON nsubj 7 it
would MD AUX aux 7 would
open VB VERB advcl 1 open nospace
. . PUNCT punct 1 .
"""


def test_telling_someone_says_nothing_trusting_them_does():
    assert segments(HE_TOLD_THEM) == []
    assert segments(BELIEVE_THEM) == ["You should believe them."]


def test_a_refusal_to_speak_misparsed_as_a_phrase_is_still_one():
    assert segments(DECLINED_TO_STATE_MISPARSED) == []


SPLICED = """
Riyadh NNP PROPN nsubj 1 Riyadh
denied VBD VERB ccomp 8 deny
the DT DET det 3 the
claims NNS NOUN dobj 1 claim nospace
, , PUNCT punct 1 ,
however RB ADV advmod 1 however nospace
, , PUNCT punct 8 ,
investigators NNS NOUN nsubj 8 investigator
concluded VBD VERB ROOT -1 conclude
he PRP PRON nsubj 10 he
died VBD VERB ccomp 8 die nospace
. . PUNCT punct 8 .
"""


def test_a_clause_run_on_before_a_frame_is_a_claim_of_its_own():
    found = segments(SPLICED)
    assert found == ["denied the claims", "he died."]
