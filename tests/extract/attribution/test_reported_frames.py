"""Reported-speech frames added for the speech-cue recall target, on hand-written sentences
(md model): each case is a linguistic pattern, not an example from the gold data."""

from __future__ import annotations

import pytest

from reported_helpers import reported

pytestmark = pytest.mark.model


FRAMES = [
    (  # respond to X: what was answered
        "The company responded to several requests for comment.",
        [(["several requests for comment"], "The company", "respond")],
    ),
    (  # ... with words between the verb and its 'to'
        "The governor replied on Tuesday to the charges from his rival.",
        [(["the charges from his rival"], "The governor", "reply")],
    ),
    (  # complained about X: a topic, even one noun long
        "The senator complained about Johnson on Monday.",
        [(["Johnson"], "The senator", "complain")],
    ),
    (  # wrote about X
        "The columnist wrote about the housing crisis in the city.",
        [(["the housing crisis in the city"], "The columnist", "write")],
    ),
    (  # the noun object of 'say' is what was said
        "At the memorial the governor said a short prayer for the victims.",
        [(["a short prayer for the victims"], "the governor", "say")],
    ),
    (  # ... and of 'explain', 'suggest', 'declare'
        "The study suggests a link between sleep and memory.",
        [(["a link between sleep and memory"], "The study", "suggest")],
    ),
    (
        "The board declared a state of emergency.",
        [(["a state of emergency"], "The board", "declare")],
    ),
    (  # what was written
        "The senator wrote a letter to the governor last week.",
        [(["a letter to the governor"], "The senator", "write")],
    ),
    (  # 'tell' a story: the story is what was told, the listener is not
        "Her grandfather told the story of the great flood to every visitor.",
        [(["the story of the great flood"], "Her grandfather", "tell")],
    ),
    (  # 'what S wrote': the free relative stands for the words
        "That is what the senator wrote last year.",
        [(["what"], "the senator", "write")],
    ),
    (  # testified about X
        "The witness testified about the night of the fire.",
        [(["the night of the fire"], "The witness", "testify")],
    ),
    (  # ... also with words between the verb and its 'about'
        "The senator wrote in her memoir about a colleague who mocked her.",
        [(["a colleague who mocked her"], "The senator", "write")],
    ),
    (  # a gerund right after the verb is what was denied / suggested
        "The minister denied taking money from the company.",
        [(["taking money from the company"], "The minister", "deny")],
    ),
    (
        "The mayor suggested raising the tax on hotels.",
        [(["raising the tax on hotels"], "The mayor", "suggest")],
    ),
    (  # a closing ", which …" aside about the last noun is the writer's, not the speaker's
        "The mayor said the plan was approved by the council, which meets every Monday.",
        [(["the plan was approved by the council"], "The mayor", "say")],
    ),
    (  # ... but a relative clause without the comma restricts the noun and stays
        "The mayor said the plan was approved by the council that meets every Monday.",
        [(["the plan was approved by the council that meets every Monday"], "The mayor", "say")],
    ),
    (  # a later reporting verb after a dash starts a new report
        "The mayor said the budget was balanced — insisting that taxes would not rise.",
        [
            (["the budget was balanced"], "The mayor", "say"),
            (["that taxes would not rise"], None, "insist"),
        ],
    ),
    (  # ... and so does a concessive clause with its own reporting verb
        "The mayor said the budget was balanced, though she admitted that some fees would rise.",
        [
            (["the budget was balanced"], "The mayor", "say"),
            (["that some fees would rise"], "she", "admit"),
        ],
    ),
    (  # ... but a report inside the reported clause is part of it
        "The mayor said that her deputy told the council the plan was dead.",
        [(["that her deputy told the council the plan was dead"], "The mayor", "say")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRAMES)
def test_reported_frames(nlp_md, text, expected) -> None:
    assert reported(nlp_md, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The firefighters responded quickly.",
        "The market responded with a sharp fall on Monday.",
        "The senator complained about him on Monday.",
        "At the memorial the governor said it twice.",
        "The minister explained it.",
        "The minister told reporters nothing.",
        "Few voters liked what the mayor called a bold plan.",
        "The mayor feared losing the election.",
        # evidence, not a speaker, as the subject of 'reveal': a finding
        "Blood tests revealed that the patient had an infection.",
        "The scan revealed severe inflammation in his lungs.",
    ],
)
def test_not_reported(nlp_md, text) -> None:
    assert reported(nlp_md, text) == []


def test_two_quoted_fragments_of_one_clause_make_one_mixed_quote(nlp_md) -> None:
    text = "The mayor argued that the plan was “too expensive” and would “hurt families” in town."
    assert reported(nlp_md, text) == [
        (
            ["that the plan was “too expensive” and would “hurt families” in town"],
            "The mayor",
            "argue",
        )
    ]


def test_the_noun_after_an_inverted_tag_is_the_speaker_not_the_content(nlp_md) -> None:
    # the parser takes "the statistics office" for the object of "reported"
    text = "Prices rose sharply in May, reported the statistics office."
    assert all("the statistics office" not in spans for spans, _, _ in reported(nlp_md, text))


def test_a_speaker_who_reveals_still_speaks(nlp_md) -> None:
    text = "The minister revealed that the talks had failed."
    assert reported(nlp_md, text) == [(["that the talks had failed"], "The minister", "reveal")]


@pytest.mark.parametrize(
    "text",
    [
        'That being said, "people with old duvets should not panic," the doctor said.',
        "Having said that, the mayor said the budget would pass in May.",
    ],
)
def test_a_connective_of_saying_is_no_content(nlp_md, text) -> None:
    spans = [s for spans, _, _ in reported(nlp_md, text) for s in spans]
    assert not any(s.lower().startswith(("that being said", "having said")) for s in spans)
