"""Hedges on hand-built Docs (no model): cue words count only in their context."""

from __future__ import annotations

import pytest

from claims_docs import claim_tokens
from newsparse.extract.claims.hedges import (
    certainty,
    find_hedges,
    frame_hedge,
    hedge_labels,
    is_hedged,
)

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


def test_a_modal_in_the_claim_hedges_it_and_lowers_certainty():
    found = find_hedges(claim_tokens(ANALYSTS_MIGHT, 2, 5))
    assert found == [("might", "modal", 2)]
    assert is_hedged(found)
    assert certainty(found) == "low"


def test_could_not_is_past_inability_and_negation_alone_does_not_hedge():
    found = find_hedges(claim_tokens(COULD_NOT))
    assert not is_hedged(found)
    assert hedge_labels(found) == ["not (negation)"]
    assert certainty(found) == "high"


COULD_DELIVER = """
Landers NNS NOUN nsubj 2 lander
could MD AUX aux 2 could
deliver VB VERB ROOT -1 deliver
tools NNS NOUN dobj 2 tool
"""

COULD_HAVE_EFFECTS = """
It PRP PRON nsubj 2 it
could MD AUX aux 2 could
have VB VERB ROOT -1 have
effects NNS NOUN dobj 2 effect
"""

COULD_BE_CUT = """
Costs NNS NOUN nsubjpass 3 cost
could MD AUX aux 3 could
be VB AUX auxpass 3 be
cut VBN VERB ROOT -1 cut
"""

IF_COULD = """
He PRP PRON nsubj 1 he
votes VBZ VERB ROOT -1 vote
if IN SCONJ mark 5 if
people NNS NOUN nsubj 5 people
could MD AUX aux 5 could
vote VB VERB advcl 1 vote
"""

ALTHOUGH_MAY = """
Although IN SCONJ mark 3 although
it PRP PRON nsubj 3 it
may MD AUX aux 3 may
fail VB VERB advcl 6 fail
, , PUNCT punct 6 ,
I PRP PRON nsubj 6 I
am VBP AUX ROOT -1 be
glad JJ ADJ acomp 6 glad
"""

WE_DO_THINK = """
We PRP PRON nsubj 2 we
do VBP AUX aux 2 do
think VB VERB ROOT -1 think
it PRP PRON nsubj 4 it
works VBZ VERB ccomp 2 work
"""

I_DO_NOT_THINK = """
I PRP PRON nsubj 3 I
do VBP AUX aux 3 do
not RB PART neg 3 not
think VB VERB ROOT -1 think
it PRP PRON nsubj 5 it
works VBZ VERB ccomp 3 work
"""

REASON_TO_BELIEVE = """
There EX PRON expl 1 there
is VBZ VERB ROOT -1 be
no DT DET det 3 no
reason NN NOUN attr 1 reason
to TO PART aux 5 to
believe VB VERB acl 3 believe
he PRP PRON nsubj 7 he
fails VBZ VERB ccomp 5 fail
"""

ALLEGED_IN_PP = """
He PRP PRON nsubj 1 he
resigned VBD VERB ROOT -1 resign
over IN ADP prep 1 over
an DT DET det 5 an
alleged JJ ADJ amod 5 alleged
bias NN NOUN pobj 2 bias
"""


I_THINK_ASIDE = """
Values NNS NOUN nsubjpass 6 value
, , PUNCT punct 3 ,
I PRP PRON nsubj 3 I
think VBP VERB parataxis 6 think
, , PUNCT punct 3 ,
are VBP AUX auxpass 6 be
frayed VBN VERB ROOT -1 fray
"""

BELIEVE_THEM = """
You PRP PRON nsubj 3 you
should MD AUX aux 3 should
n't RB PART neg 3 not
believe VB VERB ROOT -1 believe
them PRP PRON dobj 3 they
"""

SOMEONE_WHO_COULD = """
he PRP PRON nsubj 1 he
is VBZ AUX ROOT -1 be
someone NN PRON attr 1 someone
voters NNS NOUN nsubj 5 voter
could MD AUX aux 5 could
see VB VERB relcl 2 see
winning VBG VERB xcomp 5 win
"""

ROOT_NOUN_MAY = """
That DT DET det 1 that
way NN NOUN ROOT -1 way
they PRP PRON nsubj 4 they
may MD AUX aux 4 may
uncover VB VERB relcl 1 uncover
things NNS NOUN dobj 4 thing
"""

OBJECT_WHICH_MIGHT = """
They PRP PRON nsubj 1 they
removed VBD VERB ROOT -1 remove
speech NN NOUN dobj 1 speech
that WDT PRON nsubj 5 that
might MD AUX aux 5 might
be VB AUX relcl 2 be
illegal JJ ADJ acomp 5 illegal
"""

NO_MATTER_WHAT = """
To TO PART aux 1 to
refuse VB VERB csubj 9 refuse
, , PUNCT punct 9 ,
no RB ADV neg 4 no
matter RB ADV advmod 9 matter
what WP PRON attr 8 what
they PRP PRON nsubj 8 they
may MD AUX aux 8 may
be VB AUX ccomp 4 be
is VBZ AUX ROOT -1 be
wrong JJ ADJ acomp 9 wrong
"""

SOUNDED_LIKE = """
It PRP PRON nsubj 1 it
sounded VBD VERB ROOT -1 sound
like IN SCONJ mark 4 like
women NNS NOUN nsubj 4 woman
raised VBD VERB advcl 1 raise
him PRP PRON dobj 4 he
"""


# Scope: a cue hedges only the claim's own predicate (rows as the md parser gives them).
IF_BELIEVED_TO = """
If IN SCONJ mark 3 if
people NNS NOUN nsubjpass 3 people
are VBP AUX auxpass 3 be
believed VBN VERB advcl 10 believe
to TO PART aux 5 to
be VB AUX xcomp 3 be
dangerous JJ ADJ acomp 5 dangerous nospace
, , PUNCT punct 10 ,
the DT DET det 9 the
answer NN NOUN nsubj 10 answer
is VBZ AUX ROOT -1 be
jail NN NOUN attr 10 jail nospace
. . PUNCT punct 10 .
"""

LIKELY_NOMINEE = """
He PRP PRON nsubj 1 he
attacked VBD VERB ROOT -1 attack
likely JJ ADJ amod 3 likely
nominee NN NOUN compound 5 nominee
Hillary NNP PROPN compound 5 Hillary
Clinton NNP PROPN dobj 1 Clinton nospace
. . PUNCT punct 1 .
"""

POTENTIAL_IN_PP = """
They PRP PRON nsubj 1 they
cleared VBD VERB ROOT -1 clear
the DT DET det 3 the
field NN NOUN dobj 1 field
of IN ADP prep 3 of
potential JJ ADJ amod 6 potential
challengers NNS NOUN pobj 4 challenger nospace
. . PUNCT punct 1 .
"""

FOUND_POTENTIAL = """
They PRP PRON nsubj 1 they
found VBD VERB ROOT -1 find
a DT DET det 4 a
potential JJ ADJ amod 4 potential
source NN NOUN dobj 1 source nospace
. . PUNCT punct 1 .
"""

I_WOULD_THINK = """
I PRP PRON nsubj 2 I
would MD AUX aux 2 would
think VB VERB ROOT -1 think
that IN SCONJ mark 5 that
it PRP PRON nsubj 5 it
helps VBZ VERB ccomp 2 help nospace
. . PUNCT punct 2 .
"""

I_SUSPECT = """
I PRP PRON nsubj 1 I
suspect VBP VERB ROOT -1 suspect
that IN SCONJ mark 4 that
he PRP PRON nsubj 4 he
knows VBZ VERB ccomp 1 know nospace
. . PUNCT punct 1 .
"""

I_DONT_BELIEVE = """
I PRP PRON nsubj 3 I
do VBP AUX aux 3 do nospace
n't RB PART neg 3 not
believe VB VERB ROOT -1 believe
that IN SCONJ mark 6 that
it PRP PRON nsubj 6 it
works VBZ VERB ccomp 3 work nospace
. . PUNCT punct 3 .
"""

COULD_REACH_PERCENT = """
Groups NNS NOUN nsubj 2 group
could MD AUX aux 2 could
reach VB VERB ROOT -1 reach
40 CD NUM nummod 4 40
percent NN NOUN dobj 2 percent
by IN ADP prep 2 by
2050 CD NUM pobj 5 2050 nospace
. . PUNCT punct 2 .
"""

WHO_REPORTEDLY = """
Lukasz NNP PROPN nsubj 7 Lukasz nospace
, , PUNCT punct 0 ,
who WP PRON nsubj 4 who
reportedly RB ADV advmod 4 reportedly
works VBZ VERB relcl 0 work
there RB ADV advmod 4 there nospace
, , PUNCT punct 0 ,
fled VBD VERB ROOT -1 flee nospace
. . PUNCT punct 7 .
"""

MAYBE_MISPARSED = """
Maybe RB ADV advmod 3 maybe
years NNS NOUN nsubj 4 year
of IN ADP prep 1 of
talking NN NOUN pobj 2 talking
was VBD AUX ROOT -1 be
a DT DET det 6 a
ruse NN NOUN attr 4 ruse nospace
. . PUNCT punct 4 .
"""

REPORTEDLY_OVER = """
There EX PRON expl 1 there
are VBP VERB ROOT -1 be
reportedly RB ADV advmod 3 reportedly
over IN ADP prep 1 over
1,000 CD NUM pobj 3 1,000
in IN ADP prep 1 in
Poland NNP PROPN pobj 5 Poland nospace
. . PUNCT punct 1 .
"""

IF_SHE_COULD = """
She PRP PRON nsubj 2 she
would MD AUX aux 2 would
do VB VERB ROOT -1 do
it PRP PRON dobj 2 it
differently RB ADV advmod 2 differently
if IN SCONJ mark 7 if
she PRP PRON nsubj 7 she
could MD AUX advcl 2 could nospace
. . PUNCT punct 2 .
"""

REPORTED_BY_TO = """
Politicians NNS NOUN nsubjpass 2 politician
were VBD AUX auxpass 2 be
reported VBN VERB ROOT -1 report
by IN ADP agent 2 by
media NNS NOUN pobj 3 medium
to TO PART aux 7 to
have VB AUX aux 7 have
visited VBN VERB xcomp 2 visit nospace
. . PUNCT punct 2 .
"""

RESPONSE_SUGGESTING = """
He PRP PRON nsubj 1 he
sent VBD VERB ROOT -1 send
a DT DET det 3 a
response NN NOUN dobj 1 response
saying VBG VERB acl 3 say
he PRP PRON nsubj 8 he
would MD AUX aux 8 would
not RB PART neg 8 not
go VB VERB ccomp 4 go
and CC CCONJ cc 8 and
suggesting VBG VERB conj 8 suggest
that IN SCONJ mark 14 that
they PRP PRON nsubj 14 they
should MD AUX aux 14 should
stay VB VERB ccomp 10 stay nospace
. . PUNCT punct 1 .
"""

AS_POSSIBLE = """
They PRP PRON nsubj 2 they
will MD AUX aux 2 will
act VB VERB ROOT -1 act
as RB ADV advmod 4 as
quickly RB ADV advmod 2 quickly
as IN ADP prep 4 as
possible JJ ADJ amod 5 possible nospace
. . PUNCT punct 2 .
"""


@pytest.mark.parametrize(
    ("rows", "hedged"),
    [
        (RELATIVE_MIGHT, False),  # the modal sits in a relative clause
        (APPEARED_IN, False),  # 'appeared in films' is not 'appeared to'
        (APPEARED_TO, True),
        (POLICE_BELIEVE, True),
        (I_BELIEVE, False),  # believing a thing qualifies nothing; 'I believe that C' would
        (LONGEST_POSSIBLE, False),
        (COULD_DELIVER, False),  # a capability: 'could' acting on an object
        (COULD_HAVE_EFFECTS, True),  # a consequence that may come
        (COULD_BE_CUT, True),
        (IF_COULD, False),  # the modal sets a condition
        (ALTHOUGH_MAY, True),  # a concession still hedges
        (WE_DO_THINK, True),
        (I_DO_NOT_THINK, False),
        (REASON_TO_BELIEVE, False),  # no one is said to believe
        (ALLEGED_IN_PP, False),  # what others allege, inside a phrase
        (I_THINK_ASIDE, True),  # 'C, I think, D': the speaker's own belief, set as an aside
        (BELIEVE_THEM, False),  # believing someone is trusting them, no proposition doubted
        (SOMEONE_WHO_COULD, True),  # the relative clause on the predicate noun is the claim
        (ROOT_NOUN_MAY, True),  # a verbless root noun: its relative clause is the claim
        (OBJECT_WHICH_MIGHT, False),  # a relative clause on an object describes the object
        (NO_MATTER_WHAT, False),  # 'no matter what they may be' ranges, it doubts nothing
        (SOUNDED_LIKE, True),  # a perception hedge, like 'looked like'
        (IF_BELIEVED_TO, False),  # a belief inside the condition
        (LIKELY_NOMINEE, False),  # an adjective on a name is a title
        (POTENTIAL_IN_PP, False),  # an adjective deep in a phrase describes a noun
        (FOUND_POTENTIAL, True),  # on the claim's object, it qualifies what was found
        (I_WOULD_THINK, True),
        (I_SUSPECT, True),
        (I_DONT_BELIEVE, False),  # a negated belief denies, as 'I don't think' does
        (COULD_REACH_PERCENT, True),  # an amount as object: a projection, not a capability
        (WHO_REPORTEDLY, True),  # a relative clause set off by commas asserts on its own
        (MAYBE_MISPARSED, True),  # a sentence adverb, wherever the parser hangs it
        (REPORTEDLY_OVER, True),  # on a number, not a clause
        (IF_SHE_COULD, False),  # a bare modal heading the condition
        (REPORTED_BY_TO, True),  # 'reported (by X) to have visited'
        (RESPONSE_SUGGESTING, True),  # a reporting participle carries its content
        (AS_POSSIBLE, False),
    ],
)
def test_hedge_cues_count_only_in_context(rows, hedged):
    assert is_hedged(find_hedges(claim_tokens(rows))) is hedged


def test_one_mild_hedge_is_medium_certainty():
    assert certainty([("appeared", "hedge", 1)]) == "medium"
    assert certainty([("appeared", "hedge", 1), ("could", "modal", 1)]) == "low"


def test_a_hedging_frame_verb_hedges_what_it_frames_and_said_does_not():
    rows = """
    He PRP PRON nsubj 1 he
    suggested VBD VERB ROOT -1 suggest
    prices NNS NOUN nsubj 3 price
    rose VBD VERB ccomp 1 rise
    """
    view = claim_tokens(rows).view
    assert is_hedged(frame_hedge(view, 1))
    said = rows.replace("suggested VBD VERB ROOT -1 suggest", "said VBD VERB ROOT -1 say")
    assert frame_hedge(claim_tokens(said).view, 1) == []


EVERYTHING_POSSIBLE = """
We PRP PRON nsubj 1 we
did VBD VERB ROOT -1 do
everything NN PRON dobj 1 everything
possible JJ ADJ amod 2 possible
. . PUNCT punct 1 .
"""

DEAL_POSSIBLE = """
A DT DET det 1 a
deal NN NOUN nsubj 2 deal
is VBZ AUX ROOT -1 be
possible JJ ADJ acomp 2 possible
. . PUNCT punct 2 .
"""


def test_possible_as_a_limit_reached_is_no_hedge():
    assert not is_hedged(find_hedges(claim_tokens(EVERYTHING_POSSIBLE)))
    assert is_hedged(find_hedges(claim_tokens(DEAL_POSSIBLE)))
