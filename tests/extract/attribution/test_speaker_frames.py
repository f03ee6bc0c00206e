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
