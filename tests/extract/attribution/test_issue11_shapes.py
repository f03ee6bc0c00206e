"""Issue 11's error shapes as classes, on hand-written sentences (md model): who speaks for a
description, pronouns that never reach a later speaker, non-speech uses of speech verbs,
titles and terms in quotation marks, less common verbs of saying and urging, predicates kept."""

from __future__ import annotations

import pytest

from reported_helpers import reported, run

pytestmark = pytest.mark.model


def _speakers(nlp, text: str) -> list[tuple[str, str | None, str | None, bool]]:
    """(kind, speaker as written, resolved name, anonymous) of every quote."""
    out = []
    for q in run(nlp, text):
        sp = q.speaker
        anonymous = bool(sp and sp.anonymous)
        out.append((q.kind, sp.text if sp else None, sp.name if sp else None, anonymous))
    return out


# --------------------------------------------------------------------------- descriptions


def test_possessive_description_is_the_described_person_never_the_possessor(nlp_md) -> None:
    text = (
        "Harry Dunn died in August. Dunn's mother, Charlotte Charles, spoke to reporters.\n"
        '"She did not mean to drive on the wrong side," Dunn\'s mother said.'
    )
    (quote,) = [q for q in run(nlp_md, text) if q.kind == "direct"]
    assert quote.speaker is not None
    assert quote.speaker.text == "Dunn's mother"
    assert quote.speaker.name == "Charlotte Charles"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A Ukrainian official with direct knowledge of the talks said the deal was close.",
            "a Ukrainian official",
        ),
        ("A spokesperson for Apple said the company would appeal.", "a spokesperson for Apple"),
        ("An Israeli diplomat said the border would stay closed.", "an Israeli diplomat"),
    ],
)
def test_demonyms_and_affiliations_make_an_anonymous_descriptor(nlp_md, text, name) -> None:
    ((kind, _written, resolved, anonymous),) = _speakers(nlp_md, text)
    assert kind == "indirect"
    assert anonymous
    assert resolved == name  # the descriptor, never 'Ukrainian' or 'Apple'


def test_an_organisation_noun_resolves_to_the_organisation_it_names(nlp_md) -> None:
    text = (
        "Police wrote to the US Embassy in London on Monday. "
        "The embassy said the family had left on official advice."
    )
    ((_kind, written, resolved, _anon),) = _speakers(nlp_md, text)
    assert written == "The embassy"
    assert resolved is not None and "Embassy" in resolved


def test_an_institution_noun_without_its_name_stays_a_description(nlp_md) -> None:
    text = "Congress passed the law in May. The court ruled that the law was void."
    ((_kind, written, resolved, _anon),) = _speakers(nlp_md, text)
    assert written == "The court"
    assert resolved is None  # not Congress, the organisation named last


# --------------------------------------------------------------------------- non-speech


@pytest.mark.parametrize(
    "text",
    [
        "Which is not to say that the plan was wrong.",
        "What did the prosecutors say?\nThe trial opened on Monday.",
        "The company did not immediately respond to a request for comment.",
        "The firm declined to respond to questions about the merger.",
        'They played a song called "Day after Day" at the end of the show.',
        'The patient had what is called "feather duvet lung," a rare disease.',
        'She went on to describe the horrific details of the "physical fight" for her life.',
        "Assange Faces Charges In The United States\nThe indictment was unsealed.",
        "That said, the two companies might have made a good fit.",
        "But having said that, the league will stay in the city for now.",
        "Morrison was the third witness testifying Tuesday who listened in on the call.",
        "What it is to say is that this is a White House that has misled the public.",
        "It is difficult to predict how the vote in South Carolina will go.",
        "This is why a White House that lies as easily as it tells the truth is a problem.",
    ],
)
def test_fixed_phrases_questions_titles_and_terms_are_no_quotes(nlp_md, text) -> None:
    assert run(nlp_md, text) == []


def test_a_quoted_modifier_is_part_of_a_name_not_a_quote(nlp_md) -> None:
    text = '"Hearing the heartbeat was something we never took for granted," the "Pose" actor said.'
    quotes = run(nlp_md, text)
    assert [q.text for q in quotes] == [
        '"Hearing the heartbeat was something we never took for granted,"'
    ]
    assert quotes[0].speaker is not None and quotes[0].speaker.text == 'the "Pose" actor'


def test_a_definite_description_is_the_person_the_article_is_about(nlp_md) -> None:
    text = (
        "James Van Der Beek was eliminated on Monday. Van Der Beek thanked his fans. "
        "His wife Kimberly watched.\n"
        '"You never know why these things happen," the actor said.\n'
        '"I am excited," the 56-year-old added.'
    )
    speakers = [q.speaker for q in run(nlp_md, text) if q.kind == "direct"]
    assert [sp.name if sp else None for sp in speakers] == ["James Van Der Beek"] * 2


def test_a_statement_speaks_for_whoever_issued_it(nlp_md) -> None:
    text = (
        "Two service members were killed, the US Army said in a statement on Wednesday.\n"
        '"The cause of the crash is under investigation," the statement said.'
    )
    (quote,) = [q for q in run(nlp_md, text) if q.kind == "direct"]
    assert quote.speaker is not None and quote.speaker.text == "the statement"
    assert quote.speaker.name is not None and "Army" in quote.speaker.name


def test_a_demonstrative_fact_can_still_suggest(nlp_md) -> None:
    text = "That suggests a lack of confidence in the classified systems of the department."
    assert [c for _s, _w, c in reported(nlp_md, text)] == ["suggest"]


# --------------------------------------------------------------------------- verbs and frames


@pytest.mark.parametrize(
    ("text", "content", "lemma"),
    [
        (
            "The minister reaffirmed that the country would stay neutral.",
            "that the country would stay neutral",
            "reaffirm",
        ),
        ("She underlined that the talks must go on.", "that the talks must go on", "underline"),
        ("The court ruled that the law was void.", "that the law was void", "rule"),
        ("Biden called on Congress to pass the bill.", "Congress to pass the bill", "call"),
        ("She pleaded with voters to stay home.", "voters to stay home", "plead"),
        ("He hailed the deal as a breakthrough.", "the deal as a breakthrough", "hail"),
    ],
)
def test_less_common_verbs_of_saying_and_urging(nlp_md, text, content, lemma) -> None:
    ((spans, _speaker, cue),) = reported(nlp_md, text)
    assert spans == [content]
    assert cue == lemma


def test_a_predicate_is_kept_so_the_meaning_does_not_flip(nlp_md) -> None:
    ((spans, _speaker, _cue),) = reported(nlp_md, "He called it unlikely that the bill would pass.")
    assert spans == ["it unlikely that the bill would pass"]


def test_calling_something_a_quoted_name_is_mixed_speech(nlp_md) -> None:
    ((spans, speaker, cue),) = reported(nlp_md, 'Sanders called Trump a "pathological liar."')
    assert spans == ['Trump a "pathological liar."']
    assert (speaker, cue) == ("Sanders", "call")


def test_the_absolute_with_frame_names_its_own_speaker(nlp_md) -> None:
    text = 'The Democrats had a plan, with Pelosi warning of "a long fight ahead for all of us."'
    ((kind, written, _name, _anon),) = _speakers(nlp_md, text)
    assert kind == "direct"
    assert written == "Pelosi"


def test_an_inherited_quote_passes_over_a_title_between(nlp_md) -> None:
    text = (
        "''Politics has never been gentlemanly,'' said Jon Meacham, the author of "
        "''Destiny and Power,'' a biography of the president.\n"
        "''The lesson of 2016 is that none of the old rules apply.''"
    )
    quotes = [q for q in run(nlp_md, text) if q.kind == "direct"]
    assert quotes[-1].text.startswith("''The lesson")
    assert quotes[-1].speaker is not None and quotes[-1].speaker.name == "Jon Meacham"


def test_a_quote_after_its_tag_continues_past_a_show_title(nlp_md) -> None:
    text = (
        "The race tightened.\n"
        '"I have always said that I expect to be vetted," he said on "Meet the Press." '
        '"But being vetted is different from this."'
    )
    quotes = [q for q in run(nlp_md, text) if q.kind == "direct"]
    assert len(quotes) == 1  # one quotation in two pieces; the show's name is not a quote
    assert len(quotes[0].spans) == 2
    assert quotes[0].speaker is not None and quotes[0].speaker.text == "he"


def test_a_past_tense_tag_read_as_a_participle_still_names_the_speaker(nlp_md) -> None:
    text = (
        "The video spread fast.\n"
        '"What if Donald Trump had elocution lessons?" the 43-year-old asked in the video.'
    )
    (quote,) = [q for q in run(nlp_md, text) if q.kind == "direct"]
    assert quote.speaker is not None and quote.speaker.text == "the 43-year-old"
    assert quote.cue is not None and quote.cue.lemma == "ask"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # a name set off by a dash before the colon speaks, not the clause's subject
            "Pollsters agree - Carl Bialik: "
            '"One of the biggest lessons was to keep contacting voters as late as possible."',
            "Carl Bialik",
        ),
        (  # a name that is also a word, right after the quote
            '"Our challenge was how to tackle those problems," From said.',
            "From",
        ),
        (  # after "!", a pronoun with a clause of its own starts a new sentence
            'The note ended, "you are an all-star player and we need you!" '
            "She replied to him that it was an honor.",
            None,
        ),
    ],
)
def test_tag_shapes_name_the_right_speaker(nlp_md, text, speaker) -> None:
    quote = next(q for q in run(nlp_md, "The story began.\n" + text) if q.kind == "direct")
    written = quote.speaker.text if quote.speaker else None
    assert written != "She"
    if speaker is not None:
        assert written == speaker


def test_a_dash_and_a_conjunction_after_a_quote_is_no_tag(nlp_md) -> None:
    text = (
        "The speech went on.\n"
        "''I love Oreos,'' he said, ''I will never eat them again'' - and vowed to impose "
        "a tariff on imports of Fords."
    )
    quotes = [q for q in run(nlp_md, text) if q.kind == "direct"]
    assert all(q.speaker is not None and q.speaker.text == "he" for q in quotes)


def test_ap_double_single_marks_are_one_quotation_mark(nlp_md) -> None:
    text = "The vote was close.\n‘‘We will win this,’’ the senator said. ‘‘The choice is clear.’’"
    (quote,) = run(nlp_md, text)
    assert quote.kind == "direct"
    assert [text[s.start : s.end] for s in quote.spans] == [
        "‘‘We will win this,’’",
        "‘‘The choice is clear.’’",
    ]


def test_an_indefinite_speaker_is_never_resolved_to_a_name(nlp_md) -> None:
    text = (
        "Kristi Noem defended the campaign on Monday. "
        'One user joked about it. "We are all on meth now," another wrote.'
    )
    quote = next(q for q in run(nlp_md, text) if q.kind == "direct")
    assert quote.speaker is not None and quote.speaker.text == "another"
    assert quote.speaker.name is None


def test_the_tag_after_a_frame_phrase_is_not_content(nlp_md) -> None:
    text = "The talks went on.\nThe plan is dead, she said, in an interview with CNN."
    ((spans, _speaker, _cue),) = reported(nlp_md, text)
    assert spans == ["The plan is dead"]


def test_a_clause_interrupted_by_its_tag_goes_on_after_it(nlp_md) -> None:
    text = (
        "The crash happened at night.\nThe accident sequence began, Florida Highway Patrol "
        "described, in the northbound lanes of the highway."
    )
    ((spans, _speaker, cue),) = reported(nlp_md, text)
    assert spans == ["The accident sequence began", "in the northbound lanes of the highway"]
    assert cue == "describe"


def test_in_a_statement_that_keeps_the_verbs_speaker(nlp_md) -> None:
    text = (
        "The man pleaded guilty.\nSonya Zoghlin, his attorney, told The Hill in a statement "
        "that her client did not intend to cause harm."
    )
    (quote,) = run(nlp_md, text)
    assert quote.kind == "indirect"
    assert quote.speaker is not None and "Zoghlin" in quote.speaker.text


def test_a_release_named_by_its_office_speaks_for_that_office(nlp_md) -> None:
    text = (
        "The U.S. Attorney's Office for the Western District said the man would be sentenced. "
        "His sentencing is scheduled for Feb. 14, according to the office release."
    )
    quote = next(q for q in run(nlp_md, text) if q.cue and q.cue.lemma == "according to")
    assert quote.speaker is not None and quote.speaker.text == "the office release"
    assert quote.speaker.name is not None and "Office" in quote.speaker.name


def test_an_unnamed_issuer_still_speaks_for_its_statement(nlp_md) -> None:
    text = (
        "Two soldiers were killed, the military said in a statement on Wednesday.\n"
        '"The cause of the crash is under investigation," the statement said.\n'
        "It said it was withholding the names of those killed."
    )
    quotes = run(nlp_md, text)
    direct = next(q for q in quotes if q.kind == "direct")
    assert direct.speaker is not None and direct.speaker.name == "military"
    last = quotes[-1]
    assert last.speaker is not None and last.speaker.text == "It"
    assert last.speaker.name == "military"  # 'it' continues the body that spoke


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "In a statement to the Observer, her senior policy adviser, Jake Sullivan, said: "
            '"Clinton believes that transatlantic cooperation is essential."',
            "Jake Sullivan",
        ),
        (
            "Of Carson, Levine, who has given money to Marco Rubio, said, "
            '"He is flat-out scary. I think he is a wonderful man."',
            "Levine",
        ),
    ],
)
def test_a_subject_set_off_by_commas_before_the_verb_speaks(nlp_md, text, speaker) -> None:
    (quote,) = [q for q in run(nlp_md, "The visit went on.\n" + text) if q.kind == "direct"]
    assert quote.speaker is not None and quote.speaker.text == speaker


@pytest.mark.parametrize(
    "text",
    [
        "By some standards one could say immigrants integrate poorly.",
        "It goes without saying that higher taxes are unpopular with the party.",
    ],
)
def test_speech_nobody_made_reports_nothing(nlp_md, text) -> None:
    assert reported(nlp_md, text) == []


def test_you_said_with_a_modal_in_a_quote_frame_is_still_speech(nlp_md) -> None:
    ((_spans, speaker, cue),) = reported(nlp_md, "The mayor said the budget was balanced.")
    assert (speaker, cue) == ("The mayor", "say")


@pytest.mark.parametrize(
    "text",
    [
        'Indeed, the name "Brujas" comes from the title of a film.',
        'He paid to use his trademark of the word "We" after the rebrand.',
        'It is what has become known as the "Buffett rule" after the investor.',
    ],
)
def test_a_mentioned_name_or_word_is_no_quote(nlp_md, text) -> None:
    assert [q for q in run(nlp_md, "The story began.\n" + text) if q.kind == "direct"] == []


def test_a_tagged_chant_in_capitals_is_a_quote_not_a_title(nlp_md) -> None:
    text = 'The crowd waited in the hall.\nThe protesters chanted "USA! USA!" as he arrived.'
    quotes = [q for q in run(nlp_md, text) if q.kind == "direct"]
    assert [q.text for q in quotes] == ['"USA! USA!"']


# --------------------------------------------------------------------------- tags after a term


@pytest.mark.parametrize(
    "text",
    [
        "Students can join school teams “consistent with their gender identity,” even if it’s "
        "different than their gender at birth.",
        "The law bans sales “without a licence,” because it is unsafe, the court found.",
        "Residents may keep hens “for personal use,” when they live outside the city.",
    ],
)
def test_a_quoted_term_before_a_subordinate_clause_has_no_tag(nlp_md, text) -> None:
    assert [k for k, *_ in _speakers(nlp_md, text) if k == "direct"] == []


def test_any_verb_after_a_comma_closed_quote_is_still_a_tag(nlp_md) -> None:
    text = "“We will win this case in court,” Trump shot back on Monday."
    assert _speakers(nlp_md, text)[:1] == [("direct", "Trump", "Trump", False)]


# ------------------------------------------------------------------ written things that read


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The newspaper criticised the governor. “If she wants to be the next president, she "
            "should act like one and come to Louisiana,” the editorial read.",
            "the editorial",
        ),
        (
            "Protesters gathered outside. A banner on the gate read: “We will not be silenced by "
            "anyone in this city.”",
            "A banner on the gate",
        ),
    ],
)
def test_a_written_thing_that_reads_is_the_speaker(nlp_md, text, speaker) -> None:
    found = [(k, w) for k, w, *_ in _speakers(nlp_md, text) if k == "direct"]
    assert found == [("direct", speaker)]


def test_a_person_who_reads_is_no_cue(nlp_md) -> None:
    text = "He read the report aloud on Monday. It said the plant would close in March."
    assert [k for k, *_ in _speakers(nlp_md, text) if k == "direct"] == []
    assert all(w != "He" for _k, w, *_ in _speakers(nlp_md, text))


# ------------------------------------------------------------------ inverted tags, misparsed


@pytest.mark.parametrize("comma", ["", ","])
def test_an_inverted_tag_names_the_person_after_the_verb(nlp_md, comma) -> None:
    text = (
        "Sadiq Khan praised the crowd. "
        f'"I am in awe of the people who ran towards danger to keep us all safe{comma}" '
        "tweeted Mayor of London Sadiq Khan (no relation)."
    )
    ((kind, written, resolved, _anonymous),) = _speakers(nlp_md, text)
    assert (kind, written, resolved) == ("direct", "Mayor of London Sadiq Khan", "Sadiq Khan")


def test_a_copula_names_the_speaker_before_a_colon(nlp_md) -> None:
    text = (
        "One of the men who held him down was James Ford, 42. Another was tour manager Thomas "
        'Gray, 24, who cited only his experience with the sport of rugby: "I did what any '
        'Londoner would do and tried to put a stop to it."'
    )
    ((kind, _written, resolved, _anonymous),) = _speakers(nlp_md, text)
    assert (kind, resolved) == ("direct", "Thomas Gray")


def test_a_heading_that_repeats_a_quote_is_no_quote_of_its_own(nlp_md) -> None:
    """A highlight heading picks out words given in full, with their speaker, below it."""
    text = (
        'Here are the highlights:\n\n- "My fears have been realized"\n\n'
        'Morrison told the committee, "I feared how its disclosure would play. '
        'My fears have been realized."'
    )
    quotes = run(nlp_md, text)
    assert len(quotes) == 1
    assert quotes[0].speaker is not None and quotes[0].speaker.text == "Morrison"


def test_a_quote_alone_in_its_paragraph_stays_when_it_repeats_nothing(nlp_md) -> None:
    text = (
        'Morrison told the committee, "I feared how its disclosure would play."\n\n'
        '"My fears have been realized."'
    )
    assert len(run(nlp_md, text)) == 2


def test_a_tag_hung_on_the_auxiliary_still_splits_the_clause(nlp_md) -> None:
    """'Many of the prisons, she said, are aging': the parser may hang 'said' on 'are'."""
    text = "Many of the prisons, she said, are aging and need to be repaired."
    assert reported(nlp_md, text) == [
        (["Many of the prisons", "are aging and need to be repaired"], "she", "say")
    ]


def test_a_headline_passive_of_accusing_names_no_speaker(nlp_md) -> None:
    """'Officers Charged With …': the subject is accused, not accusing."""
    text = (
        "Two prison officers charged with falsifying records after an inmate's death\n"
        "The officers appeared in court on Tuesday."
    )
    found = reported(nlp_md, text)
    assert found and found[0][1] is None and found[0][2] == "charge"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the 'by' phrase hung inside the quoted label still names who said it
            'Amman, who was described as "knife-obsessed" by the police, sent videos.',
            [(['as "knife-obsessed"'], "the police", "describe")],
        ),
        (  # the label in circulation: reported, by no one named
            'He won by sending what has been described as a "political army" of volunteers.',
            [(['as a "political army" of volunteers'], None, "describe")],
        ),
        ('Another strand has been described as "Facebook for Palestinians."', []),
    ],
)
def test_a_passive_description_is_its_as_phrase(nlp_md, text, expected) -> None:
    assert reported(nlp_md, text) == expected


def test_a_time_after_by_names_no_speaker(nlp_md) -> None:
    found = reported(nlp_md, "The results were announced by the end of May.")
    assert all(speaker is None for _, speaker, _ in found)


def test_a_clause_goes_on_after_its_tag_through_more_than_one_phrase(nlp_md) -> None:
    text = (
        "The accident sequence began, Florida Highway Patrol described, in the northbound "
        "lanes of Interstate 75 close to Alachua when the initial collision occurred."
    )
    ((spans, speaker, _),) = reported(nlp_md, text)
    assert speaker == "Florida Highway Patrol"
    assert spans[0] == "The accident sequence began"
    assert spans[1].startswith("in the northbound lanes") and spans[1].endswith("occurred")


def test_a_subject_the_parser_hung_on_the_frames_time_words_stays_in_the_clause(nlp_md) -> None:
    text = (
        "Transportation official Troy Roberts said yesterday morning the road itself, which is "
        "straight in the vicinity, will be examined as part of investigations."
    )
    ((spans, _, _),) = reported(nlp_md, text)
    assert spans[0].startswith("the road itself")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The judge responded by threatening to remove Trump from the witness stand.", "The judge"),
        (
            "Wallace concluded the questioning by asking Trump to confirm that he signed it.",
            "Wallace",
        ),
        (
            "The former president was less interested in explaining why there were "
            "discrepancies in the number of units.",
            "The former president",
        ),
    ],
)
def test_a_gerund_after_a_preposition_is_said_by_the_subject_of_its_verb(
    nlp_md, text, speaker
) -> None:
    assert [s for _, s, _ in reported(nlp_md, text)] == [speaker]


def test_they_continues_a_body_named_by_a_singular_noun(nlp_md) -> None:
    """A foundation is 'it' or 'they'; the descriptors of one person are no group."""
    text = (
        "US singer, actor, and animal rights advocate Doris Day died on Monday. "
        'Day\'s animal foundation said she had been in "excellent physical health." '
        "Day, they said, desired no memorials or grave markers."
    )
    resolved = [r for _, _, r, _ in _speakers(nlp_md, text)]
    assert resolved[-1] == "Day's animal foundation"


def test_you_is_the_one_addressed_never_a_person_named_before(nlp_md) -> None:
    text = (
        "Trump is the president.\n\n"
        'On your website you state "American troops abroad will be brought home."'
    )
    ((_kind, written, resolved, _anon),) = _speakers(nlp_md, text)
    assert written == "you" and resolved is None
