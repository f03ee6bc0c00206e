"""'“Q,” tweeted former thinktank executive Ken Gude': an inverted tag whose speaker is a
description built on a name (md model; text from Wikinews, CC BY 2.5, 2019-09-30)."""

from __future__ import annotations

import pytest

from reported_helpers import run

pytestmark = pytest.mark.model

WIKINEWS = (
    "Regarding Trump's phone call, former federal prosecutor Elie Honig said via "
    'Twitter: "If I got a transcript like the Trump-Ukraine call in a regular criminal '
    "case for bribery or extortion, I'd think, 'Wow, I’m surprised they're discussing "
    'this so openly and clearly.\'\xa0"\n\n"The only conclusion I can reach after '
    "reading that devastating call summary is that Trump's White House staff want him "
    'to resign or be impeached," tweeted former thinktank executive Ken Gude. "That\'s '
    "the only explanation I can come up with for why they would release this call "
    'summary."'
)


def test_the_speaker_is_the_name_the_description_is_built_on(nlp_md) -> None:
    gude = [q for q in run(nlp_md, WIKINEWS) if "only conclusion" in q.text]
    assert len(gude) == 1 and gude[0].speaker is not None
    assert gude[0].speaker.text.endswith("Ken Gude")
    assert gude[0].speaker.name == "Ken Gude"


def test_the_tag_speaker_is_never_reported_content(nlp_md) -> None:
    # the parser also read 'tweeted' with the quotation's subject as speaker and the name
    # as what was tweeted; a speaker mention of a quote is never content
    quotes = run(nlp_md, WIKINEWS)
    assert not [q for q in quotes if q.kind == "indirect" and "Gude" in q.text]


def test_a_participle_cue_on_the_noun_of_a_verbless_sentence_has_that_noun_speak(nlp_md) -> None:
    # the parser made the sentence a noun phrase: 'eyewitness' is its root, 'described' and
    # 'stating' hang on it (Wikinews, 2020-02-05)
    text = (
        "An eyewitness described for news agency PA Media how the attack unfolded, stating, "
        '"I was crossing the road when I saw a man with a machete."'
    )
    (quote,) = run(nlp_md, text)
    assert quote.speaker is not None and quote.speaker.text == "An eyewitness"


def test_a_passive_naming_verb_with_an_agent_is_speech_by_the_agent(nlp_md) -> None:
    # 'a song called “X”' names a work; 'was called “X” by S' is what S called it
    text = 'The plan was called "reckless and dangerous" by Senator John Smith on Tuesday.'
    (quote,) = run(nlp_md, text)
    assert quote.speaker is not None and quote.speaker.text == "Senator John Smith"
    assert not run(nlp_md, 'They played a song called "Day after Day" on Tuesday.')


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The flu was later declared to be an “epidemic” by the WHO.", "the WHO"),
        ("The fire was announced to be “under control” by the fire department.", None),
    ],
)
def test_a_by_phrase_the_parser_hung_inside_a_passive_cues_words_names_the_speaker(
    nlp_md, text: str, speaker: str | None
) -> None:
    quotes = [q for q in run(nlp_md, text) if q.kind == "direct"]
    if speaker is None:  # a body noun: the department
        assert quotes and quotes[0].speaker is not None
        assert "department" in quotes[0].speaker.text
    else:
        assert quotes and quotes[0].speaker is not None and quotes[0].speaker.text == speaker


def test_a_by_phrase_of_time_names_no_speaker(nlp_md) -> None:
    quotes = run(nlp_md, "The fund was announced to be “nearly empty” by the end of May.")
    assert all(q.speaker is None or "end" not in q.speaker.text for q in quotes)


def test_a_bare_role_noun_joined_to_a_name_is_the_same_speaker(nlp_md) -> None:
    text = (
        "Jennifer Daskal of American University and contributor to Slate wrote that the "
        'ruling was "a dangerous precedent."'
    )
    quotes = [q for q in run(nlp_md, text) if q.speaker is not None]
    assert quotes and all(q.speaker.name == "Jennifer Daskal" for q in quotes)
    two = run(nlp_md, "Jennifer Daskal and the senator said the ruling was wrong.")
    assert two and two[0].speaker is not None and " and " in (two[0].speaker.name or "")


def test_a_case_name_is_no_quote(nlp_md) -> None:
    text = 'The court ruled in regard to the case "Eva Glawischnig-Piesczek vs. Facebook Ireland".'
    assert not run(nlp_md, text)
