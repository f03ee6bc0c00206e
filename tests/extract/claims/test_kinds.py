"""Claim types on hand-built Docs (no model), from the cues of the claim lexicon."""

from __future__ import annotations

import pytest

from claims_docs import claim_tokens
from newsparse.extract.claims.kinds import classify

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
    assert classify(claim_tokens(rows), has_quantity=has_quantity) == expected


def test_would_is_a_prediction_only_in_reported_speech():
    rows = """
    It PRP PRON nsubj 2 it
    would MD AUX aux 2 would
    weaken VB VERB ROOT -1 weaken
    Ukraine NNP PROPN dobj 2 Ukraine
    """
    assert classify(claim_tokens(rows), has_quantity=False, reported=True) == ["prediction"]
    assert classify(claim_tokens(rows), has_quantity=False) == ["other"]


CALLED_IT_LOUSY = """
Schiff NNP PROPN nsubj 1 Schiff
called VBD VERB ROOT -1 call
it PRP PRON nsubj 3 it
lousy JJ ADJ oprd 1 lousy
"""

CALLED_FOR_TALKS = """
Schiff NNP PROPN nsubj 1 Schiff
called VBD VERB ROOT -1 call
for IN ADP prep 1 for
talks NNS NOUN pobj 2 talk
"""

REALLY_BAD_DEAL = """
It PRP PRON nsubj 1 it
is VBZ AUX ROOT -1 be
a DT DET det 5 a
really RB ADV advmod 4 really
costly JJ ADJ amod 5 costly
deal NN NOUN attr 1 deal
"""


def test_an_evaluating_frame_makes_an_opinion_but_calling_for_does_not():
    tokens = claim_tokens(CALLED_IT_LOUSY, 2)  # the claim 'it lousy', its frame 'called' outside
    assert "opinion" in classify(tokens, has_quantity=False, cue=1)
    tokens = claim_tokens(CALLED_FOR_TALKS, 2)
    assert classify(tokens, has_quantity=False, cue=1) == ["other"]


def test_a_degree_word_grading_an_adjective_is_a_judgement():
    assert "opinion" in classify(claim_tokens(REALLY_BAD_DEAL), has_quantity=False)


def test_weights_decide_a_weighed_type_and_leave_the_others_to_their_cues():
    from newsparse.extract.claims.kinds import weigh
    from newsparse.lexicon.claims import ClaimLexicon

    lex = ClaimLexicon(
        type_weights={"opinion": {"bias": -1.0, "opinion": 0.5, "direct_quote": 1.0}}
    )
    assert weigh(["law_or_rule", "opinion"], ["opinion"], lex) == ["law_or_rule"]
    assert weigh(["other"], ["direct_quote", "opinion"], lex) == ["opinion"]
    assert weigh(["other"], [], lex) == ["other"]
    assert weigh(["causal"], [], ClaimLexicon()) == ["causal"]  # no weights: the cues stand


def test_weighed_other_can_stand_beside_another_type():
    """A plain happening with a number is quantity and other; with nothing else it is other."""
    from newsparse.extract.claims.kinds import weigh
    from newsparse.lexicon.claims import ClaimLexicon

    lex = ClaimLexicon(type_weights={"other": {"bias": -1.0, "past_event": 1.5}})
    assert weigh(["quantity"], ["quantity_type", "past_event"], lex) == ["quantity", "other"]
    assert weigh(["quantity"], ["quantity_type"], lex) == ["quantity"]
    assert weigh(["other"], [], lex) == ["other"]


US_DRAFTED = """
The DT DET det 1 the
US PRP PROPN compound 2 US
plan NN NOUN nsubj 3 plan
failed VBD VERB ROOT -1 fail
"""

WE_FAILED = """
We PRP PRON nsubj 1 we
failed VBD VERB ROOT -1 fail
"""


def test_first_person_fires_only_on_a_pronoun():
    from newsparse.extract.claims.checkworthiness import features

    def fired(rows: str) -> list[str]:
        return features(
            claim_tokens(rows), types=["other"], hedged=False, claimer_type="article", quoted=False
        )

    assert "first_person" not in fired(US_DRAFTED)  # 'US' the country is no 'us'
    assert "first_person" in fired(WE_FAILED)
    assert "past_event" in fired(WE_FAILED) and "article_voice" in fired(WE_FAILED)


MISSIONS_COULD_BEGIN = """
Missions NNS NOUN nsubj 2 mission
could MD AUX aux 2 could
begin VB VERB ROOT -1 begin
soonish RB ADV advmod 2 soonish
"""

SHE_MIGHT_BE_ILL = """
She PRP PRON nsubj 2 she
might MD AUX aux 2 might
be VB AUX ROOT -1 be
ill JJ ADJ acomp 2 ill
"""

COULD_DELIVER_TOOLS = """
Landers NNS NOUN nsubj 2 lander
could MD AUX aux 2 could
deliver VB VERB ROOT -1 deliver
tools NNS NOUN dobj 2 tool
"""

WE_ARE_GOING_TO_START = """
We PRP PRON nsubj 2 we
are VBP AUX aux 2 be
going VBG VERB ROOT -1 go
to TO PART aux 4 to
start VB VERB xcomp 2 start
"""


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (MISSIONS_COULD_BEGIN, ["prediction"]),  # something may come to happen
        (SHE_MIGHT_BE_ILL, ["other"]),  # how things may be now: no forecast
        (COULD_DELIVER_TOOLS, ["other"]),  # a capability
        (WE_ARE_GOING_TO_START, ["prediction"]),  # a plan, not a lived experience
    ],
)
def test_possibility_modals_forecast_and_plans_are_not_experience(rows, expected):
    assert classify(claim_tokens(rows), has_quantity=False) == expected


def test_would_with_a_verb_of_wanting_is_a_preference_not_a_forecast():
    rows = """
    He PRP PRON nsubj 2 he
    would MD AUX aux 2 would
    prefer VB VERB ROOT -1 prefer
    to TO PART aux 4 to
    agree VB VERB xcomp 2 agree
    """
    assert classify(claim_tokens(rows), has_quantity=False, reported=True) == ["other"]


def test_a_stance_verb_in_any_form_is_an_opinion_only_in_the_first_person():
    rows = """
    He PRP PRON nsubj 1 he
    began VBD VERB ROOT -1 begin
    feeling VBG VERB xcomp 1 feel
    fatigue NN NOUN dobj 2 fatigue
    """
    assert classify(claim_tokens(rows), has_quantity=False) == ["other"]


def test_future_as_a_modifier_is_no_forecast():
    rows = """
    They PRP PRON nsubj 1 they
    bid VBP VERB ROOT -1 bid
    on IN ADP prep 1 on
    future JJ ADJ amod 4 future
    orders NNS NOUN pobj 2 order
    """
    assert classify(claim_tokens(rows), has_quantity=False) == ["other"]


def test_a_compared_likelihood_is_no_forecast():
    rows = """
    They PRP PRON nsubj 1 they
    were VBD AUX ROOT -1 be
    more RBR ADV advmod 3 more
    likely JJ ADJ acomp 1 likely
    to TO PART aux 5 to
    vote VB VERB xcomp 3 vote
    """
    assert "prediction" not in classify(claim_tokens(rows), has_quantity=False)


def test_what_something_is_intended_for_is_no_plan():
    rows = """
    The DT DET det 1 the
    attacks NNS NOUN nsubjpass 3 attack
    are VBP AUX auxpass 3 be
    intended VBN VERB ROOT -1 intend
    to TO PART aux 5 to
    help VB VERB xcomp 3 help
    him PRP PRON dobj 5 he
    """
    assert classify(claim_tokens(rows), has_quantity=False) == ["other"]
    plans = """
    She PRP PRON nsubj 1 she
    intends VBZ VERB ROOT -1 intend
    to TO PART aux 3 to
    run VB VERB xcomp 1 run
    """
    assert classify(claim_tokens(plans), has_quantity=False) == ["prediction"]


TRIPLE_DOUBLES = """
He PRP PRON nsubj 1 he
has VBZ VERB ROOT -1 have
triple JJ ADJ amod 4 triple nospace
- HYPH PUNCT punct 4 - nospace
doubles NNS NOUN dobj 1 double
"""

PRICES_DOUBLED = """
Prices NNS NOUN nsubj 1 price
doubled VBD VERB ROOT -1 double
"""

FIFTH_IN_HISTORY = """
He PRP PRON nsubj 1 he
is VBZ AUX ROOT -1 be
fifth JJ ADJ acomp 1 fifth
in IN ADP prep 2 in
NBA NNP PROPN compound 5 NBA
history NN NOUN pobj 3 history
"""

HIS_HISTORY = """
He PRP PRON nsubj 1 he
told VBD VERB ROOT -1 tell
his PRP$ PRON poss 3 his
history NN NOUN dobj 1 history
"""

ITS_LARGEST_SHAREHOLDER = """
Its PRP$ PRON poss 2 its
largest JJS ADJ amod 2 large
shareholder NN NOUN nsubj 3 shareholder
agreed VBD VERB ROOT -1 agree
"""

THE_LARGEST_LANDER = """
The DT DET det 2 the
largest JJS ADJ amod 2 large
lander NN NOUN nsubj 3 lander
is VBZ AUX ROOT -1 be
American JJ ADJ acomp 3 american
"""


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (TRIPLE_DOUBLES, ["other"]),  # 'double' and 'triple' compare only as verbs
        (PRICES_DOUBLED, ["comparison"]),
        (FIFTH_IN_HISTORY, ["comparison"]),  # a rank in history is a record
        (HIS_HISTORY, ["other"]),
        (ITS_LARGEST_SHAREHOLDER, ["other"]),  # a superlative under a possessor only names
        (THE_LARGEST_LANDER, ["comparison"]),
    ],
)
def test_comparisons_that_rank_and_words_that_only_name(rows, expected):
    assert classify(claim_tokens(rows), has_quantity=False) == expected


I_THINK = """
I PRP PRON nsubj 1 I
think VBP VERB ROOT -1 think
it PRP PRON nsubj 3 it
works VBZ VERB ccomp 1 work
"""

I_THOUGHT = """
I PRP PRON nsubj 1 I
thought VBD VERB ROOT -1 think
he PRP PRON nsubj 4 he
was VBD AUX aux 4 be
joking VBG VERB ccomp 1 joke
"""

I_NEEDED_TO_REST = """
I PRP PRON nsubj 1 I
needed VBD VERB ROOT -1 need
to TO PART aux 3 to
rest VB VERB xcomp 1 rest
"""

WE_NEED_TO_UNIFY = """
We PRP PRON nsubj 1 we
need VBP VERB ROOT -1 need
to TO PART aux 3 to
unify VB VERB xcomp 1 unify
"""


def test_a_stance_or_a_need_is_an_opinion_now_not_when_told_of_the_past():
    assert "opinion" in classify(claim_tokens(I_THINK), has_quantity=False)
    assert "opinion" not in classify(claim_tokens(I_THOUGHT), has_quantity=False)
    assert "opinion" in classify(claim_tokens(WE_NEED_TO_UNIFY), has_quantity=False)
    assert "opinion" not in classify(claim_tokens(I_NEEDED_TO_REST), has_quantity=False)


def test_preparing_to_act_is_a_plan():
    rows = """
    WeWork NNP PROPN nsubj 2 WeWork
    is VBZ AUX aux 2 be
    preparing VBG VERB ROOT -1 prepare
    to TO PART aux 4 to
    cut VB VERB xcomp 2 cut
    jobs NNS NOUN dobj 4 job
    """
    assert classify(claim_tokens(rows), has_quantity=False) == ["prediction"]


def test_a_feeling_told_in_the_first_person_is_lived():
    rows = """
    We PRP PRON nsubj 1 we
    are VBP AUX ROOT -1 be
    broken JJ ADJ acomp 1 broken
    """
    assert "personal_experience" in classify(claim_tokens(rows), has_quantity=False)
    rows = rows.replace("We PRP PRON nsubj 1 we", "They PRP PRON nsubj 1 they")
    assert "personal_experience" not in classify(claim_tokens(rows), has_quantity=False)


CHARGE_A_FEE = """
He PRP PRON nsubj 1 he
charged VBD VERB ROOT -1 charge
WeWork NNP PROPN dobj 1 WeWork
rent NN NOUN dobj 1 rent
"""

CHARGED_WITH_MURDER = """
He PRP PRON nsubjpass 2 he
was VBD AUX auxpass 2 be
charged VBN VERB ROOT -1 charge
with IN ADP prep 2 with
murder NN NOUN pobj 3 murder
"""

LEFT_THE_COURT = """
He PRP PRON nsubj 1 he
left VBD VERB ROOT -1 leave
the DT DET det 3 the
court NN NOUN dobj 1 court
"""

THE_COURT_RULED = """
The DT DET det 1 the
court NN NOUN nsubj 2 court
ruled VBD VERB ROOT -1 rule
"""


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (CHARGE_A_FEE, ["other"]),
        (CHARGED_WITH_MURDER, ["law_or_rule"]),
        (LEFT_THE_COURT, ["other"]),  # where a game is played
        (THE_COURT_RULED, ["law_or_rule"]),
    ],
)
def test_a_rule_word_that_names_a_price_or_a_playing_court_is_no_rule(rows, expected):
    assert classify(claim_tokens(rows), has_quantity=False) == expected


def test_an_emphatic_or_progressive_stance_is_still_now():
    rows = """
    We PRP PRON nsubj 2 we
    do VBP AUX aux 2 do
    think VB VERB ROOT -1 think
    it PRP PRON nsubj 4 it
    works VBZ VERB ccomp 2 work
    """
    assert "opinion" in classify(claim_tokens(rows), has_quantity=False)


def test_what_a_thing_is_attributed_to_is_its_cause():
    rows = """
    His PRP$ PRON poss 1 his
    appeal NN NOUN nsubjpass 4 appeal
    can MD AUX aux 4 can
    be VB AUX auxpass 4 be
    attributed VBN VERB ROOT -1 attribute
    to IN ADP prep 4 to
    socialism NN NOUN pobj 5 socialism
    """
    assert "causal" in classify(claim_tokens(rows), has_quantity=False)


ARE_CONSIDERED_DETECTIVES = """
Crows NNS NOUN nsubjpass 2 crow
are VBP AUX auxpass 2 be
considered VBN VERB ROOT -1 consider
the DT DET det 4 the
detectives NNS NOUN oprd 2 detective
"""

IS_CALLED_DUCK_LUNG = """
It PRP PRON nsubjpass 2 it
is VBZ AUX auxpass 2 be
called VBN VERB ROOT -1 call
duck NN NOUN compound 4 duck
lung NN NOUN oprd 2 lung
"""


def test_a_passive_judgement_is_an_opinion_a_passive_name_is_not():
    assert "opinion" in classify(claim_tokens(ARE_CONSIDERED_DETECTIVES), has_quantity=False)
    assert classify(claim_tokens(IS_CALLED_DUCK_LUNG), has_quantity=False) == ["other"]


def test_have_got_to_is_a_duty():
    rows = """
    We PRP PRON nsubj 2 we
    've VBP AUX aux 2 have
    got VBN VERB ROOT -1 get
    to TO PART aux 4 to
    do VB VERB xcomp 2 do
    more JJR ADJ dobj 4 more
    """
    assert "opinion" in classify(claim_tokens(rows), has_quantity=False)


BETTER_CANDIDATE = """
She PRP PRON nsubj 1 she
is VBZ AUX ROOT -1 be
a DT DET det 4 a
better JJR ADJ amod 4 good
candidate NN NOUN attr 1 candidate
"""

MORE_CAREFUL = """
They PRP PRON nsubj 2 they
would MD AUX aux 2 would
be VB AUX ROOT -1 be
more RBR ADV advmod 4 more
careful JJ ADJ acomp 2 careful
"""

ADDED_SMALLER_LANDERS = """
NASA NNP PROPN nsubj 1 NASA
added VBD VERB ROOT -1 add
smaller JJR ADJ amod 3 small
landers NNS NOUN dobj 1 lander
"""

ANNOUNCED_LATER = """
Cuts NNS NOUN nsubjpass 2 cut
were VBD AUX auxpass 2 be
announced VBN VERB ROOT -1 announce
later RBR ADV advmod 2 later
"""


@pytest.mark.parametrize(
    ("rows", "compares"),
    [(BETTER_CANDIDATE, True), (MORE_CAREFUL, True), (ADDED_SMALLER_LANDERS, False),
     (ANNOUNCED_LATER, False)],
)  # fmt: skip
def test_a_comparative_said_of_the_subject_compares_one_that_picks_out_does_not(rows, compares):
    assert ("comparison" in classify(claim_tokens(rows), has_quantity=False)) is compares


DANCED_FOR_JUDGES = """
She PRP PRON nsubj 1 she
danced VBD VERB ROOT -1 dance
for IN ADP prep 1 for
the DT DET det 4 the
judges NNS NOUN pobj 2 judge
"""

JUDGE_SENTENCED_HIM = """
The DT DET det 1 the
judge NN NOUN nsubj 2 judge
sentenced VBD VERB ROOT -1 sentence
him PRP PRON dobj 2 he
"""

NOT_JUDGE_THE_CAMPAIGN = """
She PRP PRON nsubj 1 she
would MD AUX aux 2 would
judge VB VERB ROOT -1 judge
it PRP PRON dobj 2 it
"""

RULED_OUT_A_BID = """
Daniels NNP PROPN nsubj 1 Daniels
ruled VBD VERB ROOT -1 rule
out RP ADP prt 1 out
a DT DET det 4 a
bid NN NOUN dobj 1 bid
"""


@pytest.mark.parametrize(
    ("rows", "is_rule"),
    [(DANCED_FOR_JUDGES, False), (JUDGE_SENTENCED_HIM, True), (NOT_JUDGE_THE_CAMPAIGN, False),
     (RULED_OUT_A_BID, False), (COURT_BANNED, True)],
)  # fmt: skip
def test_judging_is_a_rule_only_in_a_legal_frame_and_ruling_out_is_none(rows, is_rule):
    assert ("law_or_rule" in classify(claim_tokens(rows), has_quantity=False)) is is_rule


LEGAL_RESIDENT = """
He PRP PRON nsubj 1 he
lived VBD VERB ROOT -1 live
as IN ADP prep 1 as
a DT DET det 4 a
legal JJ ADJ amod 5 legal
resident NN NOUN pobj 2 resident
"""

HOMICIDE_PROBE = """
A DT DET det 2 a
homicide NN NOUN compound 2 homicide
probe NN NOUN nsubj 3 probe
is VBZ AUX ROOT -1 be
ongoing JJ ADJ acomp 3 ongoing
"""


def test_a_legal_word_that_only_describes_a_noun_is_no_rule():
    assert "law_or_rule" not in classify(claim_tokens(LEGAL_RESIDENT), has_quantity=False)
    assert "law_or_rule" in classify(claim_tokens(HOMICIDE_PROBE), has_quantity=False)


THIS_IS_WHY = """
This DT PRON nsubj 1 this
is VBZ AUX ROOT -1 be
why WRB SCONJ advmod 4 why
it PRP PRON nsubj 4 it
failed VBD VERB ccomp 1 fail
"""


def test_saying_why_is_causal():
    assert "causal" in classify(claim_tokens(THIS_IS_WHY), has_quantity=False)


PAYLOADS_GOING_TO_THE_MOON = """
Payloads NNS NOUN nsubj 1 payload
going VBG VERB ROOT -1 go
to IN ADP prep 1 to
the DT DET det 4 the
Moon NNP PROPN pobj 2 Moon
"""

HAD_PLANNED_TO_CHARGE = """
He PRP PRON nsubj 2 he
had VBD AUX aux 2 have
planned VBN VERB ROOT -1 plan
to TO PART aux 4 to
charge VB VERB xcomp 2 charge
rent NN NOUN dobj 4 rent
"""

PLANS_TO_CHARGE = """
He PRP PRON nsubj 1 he
plans VBZ VERB ROOT -1 plan
to TO PART aux 3 to
charge VB VERB xcomp 1 charge
rent NN NOUN dobj 3 rent
"""


@pytest.mark.parametrize(
    ("rows", "forecasts"),
    [(PAYLOADS_GOING_TO_THE_MOON, False), (HAD_PLANNED_TO_CHARGE, False), (PLANS_TO_CHARGE, True)],
)  # fmt: skip
def test_going_somewhere_and_a_plan_that_was_forecast_nothing(rows, forecasts):
    assert ("prediction" in classify(claim_tokens(rows), has_quantity=False)) is forecasts


DROPPED_TO_35 = """
Support NN NOUN nsubj 1 support
dropped VBD VERB ROOT -1 drop
to IN ADP prep 1 to
35 CD NUM nummod 4 35
percent NN NOUN pobj 2 percent
"""

ROSE_TO_FAME = """
He PRP PRON nsubj 1 he
rose VBD VERB ROOT -1 rise
to IN ADP prep 1 to
fame NN NOUN pobj 2 fame
"""


def test_a_change_to_a_value_compares_a_change_to_fame_does_not():
    assert "comparison" in classify(claim_tokens(DROPPED_TO_35), has_quantity=True)
    assert "comparison" not in classify(claim_tokens(ROSE_TO_FAME), has_quantity=False)


WE_NEED_TO_UNIFY = """
We PRP PRON nsubj 1 we
need VBP VERB ROOT -1 need
to TO PART aux 3 to
unify VB VERB xcomp 1 unify
"""

SAW_THE_NEED = """
They PRP PRON nsubj 1 they
saw VBD VERB ROOT -1 see
the DT DET det 3 the
need NN NOUN dobj 1 need
"""

DOES_NOT_NEED_PERMISSION = """
She PRP PRON nsubj 3 she
does VBZ AUX aux 3 do
not RB PART neg 3 not
need VB VERB ROOT -1 need
permission NN NOUN dobj 3 permission
"""


@pytest.mark.parametrize(
    ("rows", "duty"),
    [(WE_NEED_TO_UNIFY, True), (SAW_THE_NEED, False), (DOES_NOT_NEED_PERMISSION, False)],
)
def test_a_need_is_a_duty_only_with_the_act_to_be_done(rows, duty):
    assert ("opinion" in classify(claim_tokens(rows), has_quantity=False)) is duty


SHOULD_BE_AVAILABLE_SOON = """
The DT DET det 1 the
lander NN NOUN nsubj 3 lander
should MD AUX aux 3 should
be VB AUX ROOT -1 be
available JJ ADJ acomp 3 available
soon RB ADV advmod 3 soon
"""

SHOULD_LET_THEM_KNOW = """
They PRP PRON nsubj 2 they
should MD AUX aux 2 should
let VB VERB ROOT -1 let
us PRP PRON nsubj 4 we
know VB VERB ccomp 2 know
soon RB ADV advmod 2 soon
"""


def test_should_be_with_a_time_to_come_is_an_expectation_not_a_duty():
    assert classify(claim_tokens(SHOULD_BE_AVAILABLE_SOON), has_quantity=False) == ["prediction"]
    assert "opinion" in classify(claim_tokens(SHOULD_LET_THEM_KNOW), has_quantity=False)


FALSIFIED_RECORDS = """
They PRP PRON nsubj 1 they
falsified VBD VERB ROOT -1 falsify
records NNS NOUN dobj 1 record
"""

A_RECORD_HIGH = """
Sales NNS NOUN nsubj 1 sale
hit VBD VERB ROOT -1 hit
a DT DET det 3 a
record NN NOUN dobj 1 record
"""


def test_records_kept_are_documents_not_a_record_set():
    assert "comparison" not in classify(claim_tokens(FALSIFIED_RECORDS), has_quantity=False)
    assert "comparison" in classify(claim_tokens(A_RECORD_HIGH), has_quantity=False)
