"""Reported-speech frames beyond 'S said (that) C', on hand-written sentences (md model)."""

from __future__ import annotations

import pytest

from reported_helpers import reported, run

pytestmark = pytest.mark.model


FRAMES = [
    (  # As S reported, C
        "As the Daily Herald reported on Monday, the mayor will resign before the election.",
        [(["the mayor will resign before the election"], "the Daily Herald", "report")],
    ),
    (  # But as S noted, C
        "But as a city official noted, the bridge has been closed for two years.",
        [(["the bridge has been closed for two years"], "a city official", "note")],
    ),
    (  # raising passive: X is said to VP
        "The new manager is said to be furious with the board.",
        [(["The new manager", "to be furious with the board"], None, "say")],
    ),
    (  # passive of a verb whose object is the proposition
        "The pilot's name was confirmed by the airline on Friday.",
        [(["The pilot's name"], "the airline", "confirm")],
    ),
    (  # relative clause: …, which S said VP
        "Voters rejected the plan, which the mayor said was too expensive for the city.",
        [(["which", "was too expensive for the city"], "the mayor", "say")],
    ),
    (  # relative clause without a relative word: N S said VP
        "It was a decision the agency said was made in good faith.",
        [(["a decision", "was made in good faith"], "the agency", "say")],
    ),
    (  # a two-word object of a verb whose object is the proposition
        "The minister denied the allegations.",
        [(["the allegations"], "The minister", "deny")],
    ),
    (  # a noun of saying with a 'that' clause
        "Voters rejected his claim that the election had been stolen from him.",
        [(["that the election had been stolen from him"], "his", "claim")],
    ),
    (  # the question asked: an 'if' clause
        "The senator asked voters if they would come back in May.",
        [(["if they would come back in May"], "The senator", "ask")],
    ),
    (  # ... or what a passive 'asked' was asked about; the one asked is no speaker
        "Asked about the new tax, the mayor declined to comment.",
        [(["about the new tax"], None, "ask")],
    ),
    (  # a one-word subject before a parenthetical tag is a piece of the clause
        "Carter, his aides said, ordered the staff to wait outside.",
        [(["Carter", "ordered the staff to wait outside"], "his aides", "say")],
    ),
    (  # ... but a conjunction is not
        "But, he said, the plan would never pass the Senate.",
        [(["the plan would never pass the Senate"], "he", "say")],
    ),
    (  # a verb of feeling inside the clause does not end it
        "She said she was tired but still feared the worst.",
        [(["she was tired but still feared the worst"], "She", "say")],
    ),
    (  # a fronted condition with its own subject is a piece of what was said
        "If the council rejects the plan, the mayor said the city would sue the state.",
        [(["If the council rejects the plan", "the city would sue the state"], "the mayor", "say")],
    ),
    (  # ... a concession is the writer's framing
        "Although the team lost, the coach said he was proud of his players.",
        [(["he was proud of his players"], "the coach", "say")],
    ),
    (  # a clause after a semicolon is a new sentence, not the tag's content
        "The plan will cost more than expected, officials say; last year the city spent twice "
        "as much on roads.",
        [(["The plan will cost more than expected"], "officials", "say")],
    ),
    (  # the content's own verbs under its modal are no new report
        "The coach says he'd bench the captain and tell him to train harder.",
        [(["he'd bench the captain and tell him to train harder"], "The coach", "say")],
    ),
    (  # a time clause without a comma is part of the content; a condition too
        "They said they will register voters while the caucus is under way.",
        [(["they will register voters while the caucus is under way"], "They", "say")],
    ),
    (
        "The veterans said they had no problem with the plan, even if they did not entirely "
        "agree with it.",
        [
            (
                ["they had no problem with the plan, even if they did not entirely agree with it"],
                "The veterans",
                "say",
            )
        ],
    ),
    (  # a closing relative aside after a preposition is the writer's
        "Berger said he supports the mayor and the governor, for whom he hosted a fundraiser "
        "last year.",
        [(["he supports the mayor and the governor"], "Berger", "say")],
    ),
    (  # a cue inside a time clause of the content starts no new report
        "The officials said the meeting was planned two weeks ago - before the senator called "
        "for a ban on imports.",
        [
            (
                [
                    "the meeting was planned two weeks ago - before the senator called for a "
                    "ban on imports"
                ],
                "The officials",
                "say",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRAMES)
def test_reported_frames(nlp_md, text, expected) -> None:
    assert reported(nlp_md, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The candidate spoke so loudly it sounded as though he were shouting.",
        "As expected, the council approved the budget on Tuesday.",
        "He asked the waiter for the bill.",
        "He said so.",
        "His statement was short and the claim that followed was shorter.",
        # a clause before a new one ('…, so he …') is not the tag's content
        "The mayor spoke at the opening, so he said nothing about the strike.",
        # beliefs, feelings and findings are no speech (outlets guide)
        "She believes the plan will fail next year.",
        "Officials fear the storm will reach the coast by Friday.",
        "The study found that most patients recovered within a week.",
        "The new manager is believed to be furious with the board.",
    ],
)
def test_not_reported(nlp_md, text) -> None:
    assert reported(nlp_md, text) == []


def test_block_quotation_after_lead_in_colon(nlp_md) -> None:
    text = (
        "In a speech last week, the governor said:\n\n"
        "Our state cannot afford another decade of broken promises.\n"
        "The work starts this summer.\n"
        "Crews will repair every bridge first.\n\n"
        "The crowd cheered loudly."
    )
    got = reported(nlp_md, text)
    assert [pieces for pieces, _, _ in got] == [
        [
            "Our state cannot afford another decade of broken promises",
            "The work starts this summer",
        ],
        ["Crews will repair every bridge first"],
    ]
    assert {(speaker, lemma) for _, speaker, lemma in got} == {("the governor", "say")}


def test_lead_in_colon_before_marks_stays_direct(nlp_md) -> None:
    text = "The governor said:\n\n“We will rebuild every road in the state.”"
    quotes = run(nlp_md, text)
    assert [q.kind for q in quotes] == ["direct"]


def test_lead_in_colon_without_a_cue_is_not_a_block(nlp_md) -> None:
    text = "The plan has three parts:\n\nRoads will be rebuilt before the end of the year."
    assert reported(nlp_md, text) == []


def test_quotation_ending_a_that_clause_is_mixed(nlp_md) -> None:
    text = "The mayor said that when the council cut the budget, “the city lost its best teachers.”"
    quotes = run(nlp_md, text)
    assert [q.kind for q in quotes] == ["mixed"]
    (q,) = quotes
    assert text[q.spans[0].start : q.spans[0].end].startswith("that when the council")


def test_according_to_owns_the_quotation_and_its_tag(nlp_md) -> None:
    text = (
        "“We will not leave,” the mayor said of the flooded town, "
        "according to a local radio report."
    )
    quotes = run(nlp_md, text)
    assert [(q.kind, q.cue.lemma if q.cue else None) for q in quotes] == [("mixed", "according to")]
    assert text[quotes[0].spans[0].start :].startswith("“We will not leave,” the mayor said")


def test_a_participle_after_a_quoted_comma_is_a_new_report(nlp_md) -> None:
    text = (
        "Speaking to supporters, the senator said that there is “only one strong candidate in "
        "a position to win this race,” adding that it is why his rivals attack him."
    )
    pieces = [p for p, _, _ in reported(nlp_md, text)]
    assert ["that there is “only one strong candidate in a position to win this race,”"] in pieces
