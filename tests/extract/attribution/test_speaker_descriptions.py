"""Which mention speaks and whom it names, by shape (md model, hand-written sentences): a
participle of saying after a reported clause is the reporter's, a plural organisation noun is
several bodies, a name set off after a relative clause is the subject's apposition, a role noun
with an affiliation is its own person; a naming verb with a subject, a subject set off before a
participle, and a passive after a quote are read as frames (or not)."""

from __future__ import annotations

import pytest

from reported_helpers import run

pytestmark = pytest.mark.model


def _speakers(nlp, text: str) -> list[tuple[str, str | None, str | None]]:
    """(kind, speaker as written, resolved name) of every quote, in text order."""
    return [
        (q.kind, q.speaker.text if q.speaker else None, q.speaker.name if q.speaker else None)
        for q in run(nlp, text)
    ]


def test_a_participle_after_a_reported_clause_is_the_reporters(nlp_md) -> None:
    text = (
        "Smith later wrote that the city’s housing crisis “needs urgent attention,” adding "
        "“we cannot wait.”"
    )
    found = _speakers(nlp_md, text)
    assert [written for _kind, written, _name in found] == ["Smith", "Smith"]


def test_a_plural_organisation_noun_is_not_the_organisation_named_last(nlp_md) -> None:
    text = (
        "Acme Corp. and Globex both won contracts. Globex chief Jane Doe welcomed the award. "
        "The companies said they would hire more engineers."
    )
    ((_kind, written, name),) = _speakers(nlp_md, text)
    assert written == "The companies" and name is None


def test_a_name_set_off_after_a_relative_clause_is_the_subject(nlp_md) -> None:
    text = (
        "Taylor Brown sold her catalogue last year. The firm that owns most of her songs, "
        "Harbor Records, says she will be allowed to perform them."
    )
    ((_kind, _written, name),) = _speakers(nlp_md, text)
    assert name == "Harbor Records"


def test_a_role_noun_with_an_affiliation_is_not_the_person_named_most(nlp_md) -> None:
    text = (
        "Mark Stone spoke at length about the scandal on Monday. Stone said he had done "
        "nothing wrong. The chairman of the Liberal Party described the video as satire."
    )
    found = _speakers(nlp_md, text)
    assert found[-1][1] == "The chairman of the Liberal Party"
    assert found[-1][2] is None


def test_a_naming_verb_with_its_own_subject_gives_words_someone_said(nlp_md) -> None:
    # the tagger reads this 'called' as a participle; its subject says who called it so
    text = (
        "That view has upended decades of party orthodoxy toward Ruritania, a country that the "
        "previous Liberal nominee, John Harlow, called ''our No.1 strategic foe.''"
    )
    ((_kind, _written, name),) = _speakers(nlp_md, text)
    assert name == "John Harlow"


def test_a_subject_set_off_before_a_participle_speaks(nlp_md) -> None:
    text = (
        'But Sen. Maria Lopez (D-Ore.), noting the size of the coalition, said, "Let me tell '
        'you, this is a heck of a team."'
    )
    direct = [found for found in _speakers(nlp_md, text) if found[0] == "direct"]
    assert [name for _kind, _written, name in direct] == ["Maria Lopez"]


def test_a_passive_after_a_quote_is_no_tag(nlp_md) -> None:
    text = (
        "As the city prepares for what Mayor Tom Briggs called “the busiest, most chaotic "
        "summer in memory,” the former banker is excited by the chance to lead it."
    )
    ((_kind, _written, name),) = _speakers(nlp_md, text)
    assert name == "Tom Briggs"


@pytest.mark.parametrize(
    "text",
    [
        "Another diplomat, former ambassador to France Ken Vollmer, changed his account to say "
        "the minister did discuss the deal.",
        "A third official, the former envoy to Ukraine Tom Gable, said the aid was frozen.",
    ],
)
def test_a_name_after_a_title_in_apposition_is_the_speaker(nlp_md, text) -> None:
    ((_kind, _written, name),) = _speakers(nlp_md, text)
    assert name is not None and name.endswith(("Vollmer", "Gable"))


def test_an_unnamed_source_is_the_description_in_its_apposition_and_later_the_source(
    nlp_md,
) -> None:
    text = (
        "Nisan Ahmado's source inside the Bekaa camp, a Lebanese farmer who feared retaliation "
        "and asked not to be identified, said that the claim is “absolutely not true.” "
        "“Nobody is stopping us,” the source said."
    )
    quoted = [found for found in _speakers(nlp_md, text) if found[0] != "indirect"]
    assert [name for _kind, _written, name in quoted] == ["a Lebanese farmer"] * 2


@pytest.mark.parametrize("before", ["", "“I was hurt,” Paul Swift said last year. "])
def test_he_is_not_the_subject_of_a_relative_clause_aside(nlp_md, before) -> None:
    # not as a subject, nor as the speaker just quoted
    text = before + (
        "Scott Braun has worked with Ken Wells and Tim Ross, both of whom Paul Swift has had "
        "feuds with in the past. He has consistently denied being unfair to them."
    )
    assert _speakers(nlp_md, text)[-1][2] == "Scott Braun"


def test_a_quote_closed_by_two_apostrophes_keeps_its_comma_tag(nlp_md) -> None:
    # AP's closing ’’: the comma before it asks for the tag after, a long subject included
    text = (
        "Campaign groups cried foul.\n\n“It was a plain attempt to fool people,’’ Jane Doe, "
        "chief executive of the London-based charity Open Data, told the BBC."
    )
    ((_kind, _written, name),) = _speakers(nlp_md, text)
    assert name == "Jane Doe"


def test_a_frame_right_before_the_quote_beats_the_tag_that_reports_it(nlp_md) -> None:
    text = (
        "Tom Reed was arrested in April. During the call, he asked about the tax, called the "
        "mayor a “thief” and said, “somebody ought to teach her a lesson,” the prosecutor’s "
        "office said."
    )
    direct = [found for found in _speakers(nlp_md, text) if found[0] == "direct"]
    assert [(written, name) for _kind, written, name in direct] == [("he", "Tom Reed")]


def test_a_passive_before_the_quote_is_no_frame(nlp_md) -> None:
    text = "That being said, “people should not panic,” he said."
    direct = [found for found in _speakers(nlp_md, text) if found[0] == "direct"]
    assert [written for _kind, written, _name in direct] == ["he"]


def test_a_long_mention_cut_to_its_head_keeps_the_name_after_the_role(nlp_md) -> None:
    text = (
        "Store hours will be cut later this month in towns that do not support the chain’s main "
        "business, said Acme Corp’s newly appointed chief executive Dana Whitfield in a memo to "
        "staff that was seen by Reuters."
    )
    ((_kind, written, name),) = _speakers(nlp_md, text)
    assert written is not None and written.endswith("Dana Whitfield")
    assert name == "Dana Whitfield"


def test_a_participle_modifying_a_noun_is_no_cue(nlp_md) -> None:
    text = (
        "Smith told the Daily Herald in a written statement, “I really don’t want his support, "
        "because he is a weak candidate.”"
    )
    ((_kind, written, _name),) = _speakers(nlp_md, text)
    assert written == "Smith"


def test_the_subject_set_off_before_told_speaks_not_the_listener(nlp_md) -> None:
    # the parser hangs 'told' on the quote's verb: no subject, the listener right after it
    text = (
        "“The agents involved are under a lot of pressure and are busting a–,” an intelligence "
        "source, who was not authorized to speak publicly, told Sky News."
    )
    ((_kind, written, _name),) = _speakers(nlp_md, text)
    assert written == "an intelligence source"


def test_a_frame_between_two_pieces_is_the_first_pieces_tag(nlp_md) -> None:
    text = (
        "“We are not ready,” Holt said on Monday, with aides warning of delays, “but we will "
        "be soon.”"
    )
    direct = [found for found in _speakers(nlp_md, text) if found[0] == "direct"]
    assert [written for _kind, written, _name in direct] == ["Holt", "Holt"]


def test_a_quote_after_a_reported_sentence_is_that_sentences_not_the_first_quotes(
    nlp_md,
) -> None:
    text = (
        "''I would not object to cutting that back,'' Ms. Lane said. She added that she would "
        "also restore some tax relief for families. ''It would help low-income people, who "
        "have the most volatile income.''"
    )
    direct = [found for found in _speakers(nlp_md, text) if found[0] == "direct"]
    assert [(written, name) for _kind, written, name in direct] == [
        ("Ms. Lane", "Lane"),
        ("She", "Lane"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The new poster prompted some local residents to argue that the council had wasted "
            "money.",
            "some local residents",
        ),
        (
            "Ann Lee told Channel 4, reminding the hosts that the mayor had promised new schools.",
            "Ann Lee",
        ),
    ],
)
def test_the_object_an_infinitive_of_saying_completes_speaks(nlp_md, text, speaker) -> None:
    ((_kind, written, _name),) = _speakers(nlp_md, text)
    assert written == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The small home was turned into a museum. Said Dorothy Poynter, who grew up with "
            "him in the neighborhood, “We were all so proud of him.”",
            "Dorothy Poynter",
        ),
        ("Says Tom Reed: “We were all so proud of him.”", "Tom Reed"),
    ],
)
def test_a_sentence_opened_by_said_names_its_speaker_next(nlp_md, text, speaker) -> None:
    ((_kind, written, _name),) = _speakers(nlp_md, text)
    assert written == speaker


def test_the_subject_of_a_participle_set_off_before_the_verb_speaks(nlp_md) -> None:
    text = (
        "Pressed on the question, Lee, exasperated, famously responded: “What difference does "
        "it make now?”"
    )
    ((_kind, written, _name),) = _speakers(nlp_md, text)
    assert written == "Lee"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'If the bill passes, "I think it is going to fill a very deep void that I have had," '
            "Ann Kim said.",
            "Ann Kim",
        ),
        (
            "Senator Tom Reed spoke after the speech. Nothing the mayor said \"will calm people's "
            'fears," the senator said.',
            "the senator",
        ),
    ],
)
def test_a_conditional_or_relative_verb_before_the_quote_is_no_inner_frame(
    nlp_md, text, speaker
) -> None:
    assert _speakers(nlp_md, text)[-1][1] == speaker


def test_the_noun_a_relative_clause_describes_speaks_when_the_verb_lost_its_subject(
    nlp_md,
) -> None:
    text = (
        "“The party needs a plan for young voters,” Ann Lee, the analyst who founded "
        "pollwatch.org tweeted on Wednesday."
    )
    ((_kind, written, name),) = _speakers(nlp_md, text)
    assert written == "the analyst" and name == "Ann Lee"
