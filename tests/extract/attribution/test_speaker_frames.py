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
