"""Which words of a frame speak (md model, hand-written sentences): an outlet that relayed the
words is a venue, never the speaker; a dateline is no part of the mention; a name the parser
hung on the phrase before it still speaks."""

from __future__ import annotations

import pytest

from reported_helpers import run

pytestmark = pytest.mark.model


def _speakers(nlp, text: str) -> list[tuple[str | None, str | None]]:
    """(speaker as written, resolved name, else the words) of every quote, in text order."""
    return [
        (q.speaker.text, q.speaker.name or q.speaker.text) if q.speaker else (None, None)
        for q in run(nlp, text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "NEW DELHI, Dec 2 (Reuters) - Farmer Om Prakash told Reuters that the crops had failed.",
        "In an interview with Reuters, Om Prakash said the crops had failed.",
        "“We have nothing left,” Om Prakash, a farmer in Punjab, told Reuters.",
        "Om Prakash told Reuters in an interview that the crops had failed.",
    ],
)
def test_the_outlet_that_relayed_the_words_is_not_the_speaker(nlp_md, text) -> None:
    ((written, name),) = _speakers(nlp_md, text)
    assert written is not None and "Reuters" not in written
    assert name is not None and "Prakash" in name and "Reuters" not in name


def test_a_hyphenated_age_is_no_dateline(nlp_md) -> None:
    text = "The 56-year-old said after his appointment: “I am excited to be here.”"
    ((written, _name),) = _speakers(nlp_md, text)
    assert written == "The 56-year-old"


@pytest.mark.parametrize(
    "text",
    [
        "A spokesperson for Acme Corp, Jane Doe, said the company would appeal.",
        "“We will appeal,” said a spokesperson for the company, Jane Doe.",
    ],
)
def test_a_person_set_off_after_a_role_for_a_body_is_the_speaker(nlp_md, text) -> None:
    ((_written, name),) = _speakers(nlp_md, text)
    assert name == "Jane Doe"


def test_a_role_for_a_named_person_is_not_that_person(nlp_md) -> None:
    text = "“We will appeal,” said a spokesperson for Governor Tom Lee."
    ((_written, name),) = _speakers(nlp_md, text)
    assert name is not None and name.startswith("a spokesperson")


def test_an_affiliation_descriptor_stops_at_a_comma(nlp_md) -> None:
    text = "“We will appeal,” said a spokesman for the Ministry of Defence, which denied it."
    (_written, name), *_ = _speakers(nlp_md, text)
    assert name == "a spokesman for the Ministry of Defence"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Here is how bad things got in the words of the patient: “I was unable to stand "
            "for more than a few minutes at a time.”",
            "the patient",
        ),
        (
            "The summit was held there because, in Forbes’ words, “they are the most "
            "entrepreneurial places on the planet.”",
            "Forbes",
        ),
        ("As he related, “the course of steroids went on for 12 months.”", "he"),
        (
            "While predicting Mr. Weiner's latest scandal would not doom Mrs. Clinton's "
            "hopes, Ms. Kovner sighed: “It is more pain.”",
            "Ms. Kovner",
        ),
        (
            "Mike Pence showed a clip of the debate. “Let me help you out - the answer's no,” "
            "the Republican vice-presidential nominee riffed on the answer.",
            "the Republican vice-presidential nominee",
        ),
    ],
)
def test_frames_before_and_after_a_quote_name_its_speaker(nlp_md, text, speaker) -> None:
    ((written, _name),) = _speakers(nlp_md, text)
    assert written == speaker


def test_a_participle_on_a_noun_after_a_quoted_term_is_no_tag(nlp_md) -> None:
    text = (
        "The patient was diagnosed with what's called “feather duvet lung,” a type of severe "
        "lung inflammation caused by an immune response to feathers."
    )
    assert all(q.speaker is None for q in run(nlp_md, text) if q.kind == "direct")


def test_a_bare_clause_after_a_question_is_its_tag(nlp_md) -> None:
    text = "Kristi Noem posted a photo online. “Is this real?” another wondered."
    ((written, name),) = _speakers(nlp_md, text)
    assert written == "another"
    assert name is not None and "Noem" not in name


def test_a_clause_with_an_object_after_a_question_is_no_tag(nlp_md) -> None:
    text = "Ann Ward met the press. “Is this real?” The crowd cheered her arrival."
    ((written, _name),) = _speakers(nlp_md, text)
    assert written != "The crowd"


@pytest.mark.parametrize(
    "text",
    [
        "Immediately after the attacks, Ann Ward issued a brief statement, “Last night, our "
        "city was attacked. We will not be afraid.”",
        "Immediately after the attacks, Ann Ward issued a  statement, “Last night, our city "
        "was attacked. We will not be afraid.”",
    ],
)
def test_the_subject_of_a_verb_issuing_a_document_before_the_comma_speaks(nlp_md, text) -> None:
    ((written, _name),) = _speakers(nlp_md, text)
    assert written == "Ann Ward"


def test_a_quote_after_a_described_subjects_reported_speech_is_theirs(nlp_md) -> None:
    text = (
        "Pastor Jim Hale spoke to the congregation on Sunday. The Christian leader said on "
        "Sunday that the next president will be the nation's 45th. “I sensed the Lord tell me "
        "to look at the 45th Chapter of Isaiah.”"
    )
    *_, (written, _name) = _speakers(nlp_md, text)
    assert written == "The Christian leader"


def test_a_quote_after_a_fronted_answer_continues_the_subject_next_to_the_verb(nlp_md) -> None:
    text = (
        'Or maybe Jeb Bush, digital consultant Phil Musser says. "Several surveys suggest a '
        'second look is occurring for Jeb."'
    )
    ((written, name),) = _speakers(nlp_md, text)
    assert written is not None and "Musser" in written
    assert name == "Phil Musser"
