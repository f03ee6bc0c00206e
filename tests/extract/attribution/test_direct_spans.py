"""Direct-quote spans (issue 11, PolNeAR): a lead-in that ends in a colon, pieces of one
quotation that a mixed clause absorbs only in part, and quoted names of works."""

from __future__ import annotations

import pytest

from reported_helpers import run


def _kinds(nlp, text: str) -> list[tuple[str, str]]:
    return [(q.kind, q.text) for q in run(nlp, text)]


@pytest.mark.model
def test_words_before_a_colon_are_the_writers_lead_in_not_mixed_content(nlp_md) -> None:
    text = (
        "The tax code was long.\nThe reason for his losses is no mystery:"
        " “I love depreciation,” he said during the debate."
    )
    assert _kinds(nlp_md, text) == [("direct", "“I love depreciation,”")]


@pytest.mark.model
def test_words_of_the_same_sentence_before_the_quote_stay_mixed(nlp_md) -> None:
    text = "The rally ended.\nAmerica needs leaders “who will fight for you,” Clinton said."
    assert [k for k, _ in _kinds(nlp_md, text)] == ["mixed"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Rubio “apologized numerous times on this show,” Hannity said.",
            "Rubio “apologized numerous times on this show,”",
        ),
        (
            "The deal “looks out for the needs of Wall Street first,” she said.",
            "The deal “looks out for the needs of Wall Street first,”",
        ),
    ],
)
def test_a_subject_before_the_quote_is_said_too_mixed(nlp_md, text: str, content: str) -> None:
    assert _kinds(nlp_md, "The show aired.\n" + text) == [("mixed", content)]


@pytest.mark.model
def test_an_opening_link_word_before_the_quote_keeps_it_direct(nlp_md) -> None:
    text = "The study was long.\nBut “it is hard to make a causal link,” he said."
    assert _kinds(nlp_md, text) == [("direct", "“it is hard to make a causal link,”")]


@pytest.mark.model
def test_a_quote_joined_to_one_a_mixed_clause_takes_stays_direct(nlp_md) -> None:
    text = (
        "The donations came in.\nLike most campaigns, “the process we go through is to check"
        " every gift,” Strother said. “If we find a bad one, we return it.”"
    )
    quotes = run(nlp_md, text)
    assert [q.kind for q in quotes] == ["mixed", "direct"]
    assert quotes[1].text == "“If we find a bad one, we return it.”"
    assert quotes[1].speaker is not None and quotes[1].speaker.text == "Strother"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Later that month, Scribner will publish “Trump Revealed,” a biography written by two"
        " reporters at the paper.",
        "Dana Perino, a host of “The Five,” refused to go along with a colleague's attempt to"
        " dispute the polls.",
        "The movie, “13 Hours: The Secret Soldiers of Benghazi,” is based on a book co-written"
        " by contractors hired to protect the base.",
        "Readers questioning her lead can find solace in a CounterPunch article titled “Clinton"
        " Does Best Where Voting Machines Flunk Hacking Tests.”",
        "There is also a collection from the cartoonist Garry Trudeau called “Yuge!: 30 Years of"
        " Doonesbury on Trump.”",
    ],
)
def test_a_title_beside_a_work_or_a_naming_participle_is_no_quote(nlp_md, text) -> None:
    assert [q for q in run(nlp_md, "The campaign went on.\n" + text) if q.kind == "direct"] == []


@pytest.mark.model
def test_a_title_cased_slogan_said_after_a_colon_stays_a_quote(nlp_md) -> None:
    text = "The rally went on.\nOn the show, the host said: “Every Vote Counts.”"
    assert [t for k, t in _kinds(nlp_md, text) if k == "direct"] == ["“Every Vote Counts.”"]


def _direct_speakers(nlp, text: str) -> list[tuple[str, str | None]]:
    return [
        (q.text, q.speaker.text if q.speaker else None)
        for q in run(nlp, text)
        if q.kind == "direct"
    ]


@pytest.mark.model
def test_a_quote_after_one_a_reported_clause_took_in_is_that_clauses_speakers(nlp_md) -> None:
    text = (
        "The plans were compared.\n“I have admiration for the mechanics” of the Clinton"
        " proposals, Mr. Holtz-Eakin said. “They are more detailed than his. But I have"
        " serious concerns about the quality.”"
    )
    assert _direct_speakers(nlp_md, text)[-1:] == [
        (
            "“They are more detailed than his. But I have serious concerns about the quality.”",
            "Mr. Holtz-Eakin",
        )
    ]


@pytest.mark.model
def test_a_sentence_that_ends_inside_a_title_s_marks_ends_before_the_next_quote(nlp_md):
    text = (
        'The senator spoke.\n"Let\'s go back six months and look at it," Sanders said in an'
        ' interview with CNN\'s Gloria Borger aired Monday on "New Day." "No money in the'
        ' campaign, no volunteers, no political organization."'
    )
    assert _direct_speakers(nlp_md, text)[-1:] == [
        ('"No money in the campaign, no volunteers, no political organization."', "Sanders")
    ]


@pytest.mark.model
def test_a_reported_clause_joined_by_but_to_a_quote_of_its_cue_is_one_mixed_quote(
    nlp_md,
) -> None:
    text = (
        "The auction closed.\nMiller said he had received offers for the car, but “the offers"
        " were to use the car in a way I did not like.”"
    )
    assert _kinds(nlp_md, text) == [
        (
            "mixed",
            "he had received offers for the car, but “the offers were to use the car in a way"
            " I did not like.”",
        )
    ]


@pytest.mark.model
def test_a_quote_set_off_after_a_reported_clause_stays_its_own(nlp_md) -> None:
    text = "The vote passed.\nShe said the bill would pass, “and we will make sure of it.”"
    kinds = _kinds(nlp_md, text)
    assert ("direct", "“and we will make sure of it.”") in kinds
    assert all(k != "mixed" for k, _ in kinds)
