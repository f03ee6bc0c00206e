"""Direct quotes on any outlet's page (issue 11): quotations the marks pair, quotes that are
no quotations (fragments and titles in the article's voice) and the kind of a quote whose
frame words sit around it."""

from __future__ import annotations

import pytest

from newsparse.extract.attribution.core import quotations
from reported_helpers import run


def _quoted(text: str) -> list[list[str]]:
    return [[text[a:b] for a, b in pieces] for pieces, _closed in quotations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence that opens with a handle is a quotation; a bare handle or link is not
        (
            '"@Jane and I have been there before.\n\n"But it was worth it," he wrote.',
            [['"@Jane and I have been there before.', '"But it was worth it,"']],
        ),
        ('He tagged "@Jane" and "https://example.com" in it.', []),
        ('Use "#MeToo" here.', []),
    ],
)
def test_handles_links_and_hashtags(text, expected) -> None:
    assert _quoted(text) == expected


def _direct(nlp, text: str) -> list[str]:
    return [q.text for q in run(nlp, text) if q.kind == "direct"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "While the “Rain. We’ve got you.” slogan did not please her, she kept quiet.",
        "Critics mocked the “we are all in this together” line for weeks.",
    ],
)
def test_a_quotation_between_a_determiner_and_its_noun_names_the_noun(nlp_md, text) -> None:
    assert _direct(nlp_md, "The ads ran in May.\n" + text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some protesters chanted, “Red for Ed,” in a hallway.",
            ["“Red for Ed,”"],
        ),
        (
            "The club posted a photo of him on Wednesday, with the caption: “Welcome Jose”.",
            ["“Welcome Jose”"],
        ),
        # the same words as a name, with no frame that sets them off, stay a title
        ("They sang “Red for Ed” in a hallway.", []),
    ],
)
def test_a_short_quote_in_capitals_that_its_frame_sets_off_is_said(nlp_md, text, expected):
    assert _direct(nlp_md, "The rally began.\n" + text) == expected


@pytest.mark.model
def test_two_short_quotes_joined_after_one_set_off_frame_are_both_said(nlp_md) -> None:
    text = "The rally began.\nTeachers chanted, “Fund our schools,” and “Put kids first,” at noon."
    quotes = [q for q in run(nlp_md, text) if q.kind == "direct"]
    assert [q.text for q in quotes] == ["“Fund our schools,”", "“Put kids first,”"]
    assert [q.speaker.text if q.speaker else None for q in quotes] == ["Teachers", "Teachers"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a phrase in the article's own clause, with no frame: no quote
        (
            "The tablets sold well in offices, which in the end meant building the “fastest"
            " laptop replacement for business.”",
            [],
        ),
        (
            "Lee remembered her old coach running drills at practice and “turning each one into a"
            " game that nobody could lose.”",
            [],
        ),
        # a clause of its own, or a sentence opening with the quotation, is still a quote
        (
            "The fair moved to Lyon this year because, in the organisers’ words, “they have the"
            " best halls in the country.”",
            ["“they have the best halls in the country.”"],
        ),
    ],
)
def test_a_lower_case_phrase_in_the_articles_own_clause_is_no_quote(nlp_md, text, expected):
    assert _direct(nlp_md, "The event began.\n" + text) == expected


@pytest.mark.model
def test_said_that_and_a_whole_quotation_is_a_direct_quote(nlp_md) -> None:
    text = "The board met.\nIn a letter, the chair said that “the delay is no detail— it costs us.”"
    (quote,) = run(nlp_md, text)
    assert (quote.kind, quote.text) == ("direct", "“the delay is no detail— it costs us.”")
    assert quote.speaker is not None and quote.speaker.text == "the chair"
    assert quote.cue is not None and quote.cue.text == "said"


@pytest.mark.model
def test_said_that_and_words_of_the_reporter_stay_mixed(nlp_md) -> None:
    text = "The board met.\nThe chair said that the delay was “not a detail” at all."
    (quote,) = run(nlp_md, text)
    assert quote.kind == "mixed"


@pytest.mark.model
def test_a_clause_joined_after_a_whole_quotation_is_the_reporters(nlp_md) -> None:
    text = 'The mayor died.\nHis deputy said "We did all we could," and the flags are at half-mast.'
    quotes = run(nlp_md, text)
    assert [(q.kind, q.text) for q in quotes] == [("direct", '"We did all we could,"')]
    assert quotes[0].speaker is not None and quotes[0].speaker.text == "His deputy"


@pytest.mark.model
def test_a_phrase_before_an_infinitive_is_no_quote_with_a_tag_after(nlp_md) -> None:
    text = (
        "The probe was built in May.\nThe craft will rely on onboard software and"
        ' "error detection, isolation and repair" to maintain a minimum level of service.'
    )
    assert _direct(nlp_md, text) == []


@pytest.mark.model
def test_a_quotation_someone_is_introduced_as_stays_a_quote(nlp_md) -> None:
    text = (
        "The show opened.\nThe host introduced her guest to the audience as"
        ' "someone who has changed what it means to run a company" and sat down.'
    )
    assert _direct(nlp_md, text) == ['"someone who has changed what it means to run a company"']
