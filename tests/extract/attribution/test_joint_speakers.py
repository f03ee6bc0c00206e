"""Speakers who are several people (md model, hand-written sentences): a coordinated subject
speaks jointly and its name joins every part's resolved name; 'they' stands for the nearest
group that was a subject; one name holding 'and' stays one speaker."""

from __future__ import annotations

import pytest

from reported_helpers import run

pytestmark = pytest.mark.model


def _names(nlp, text: str) -> list[tuple[str | None, str | None]]:
    """(speaker as written, resolved name) of every quote, in text order."""
    return [
        (q.speaker.text if q.speaker else None, q.speaker.name if q.speaker else None)
        for q in run(nlp, text)
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Kurt Volker, a former envoy, and Tim Morrison, a former aide, testified on "
            "Tuesday. Volker and Morrison said they had seen no evidence of a bribe.",
            "Kurt Volker and Tim Morrison",
        ),
        (
            "Former officials Alexander Vindman and Jennifer Williams said the call was improper.",
            "Alexander Vindman and Jennifer Williams",
        ),
        (
            "Chief Constable Nick Adderley spoke to reporters. “We will find them,” he and the "
            "county's Police and Crime Commissioner Stephen Mold said in a statement.",
            "Nick Adderley and Stephen Mold",
        ),
    ],
)
def test_a_coordinated_subject_speaks_jointly(nlp_md, text, name) -> None:
    *_, (_written, resolved) = _names(nlp_md, text)
    assert resolved == name


def test_a_part_without_a_name_keeps_its_words(nlp_md) -> None:
    text = "James Hansen and his collaborators said the warming would speed up."
    ((_written, name),) = _names(nlp_md, text)
    assert name == "James Hansen and his collaborators"


def test_one_name_with_and_is_one_speaker(nlp_md) -> None:
    ((_written, name),) = _names(nlp_md, "Procter & Gamble said its sales rose in March.")
    assert name == "Procter & Gamble"


def test_a_joint_speaker_has_no_one_entity(nlp_md) -> None:
    text = "Senator Ann Ward and Senator Tom Lee said the bill would pass."
    (quote,) = run(nlp_md, text)
    assert quote.speaker is not None and quote.speaker.entity is None
    assert quote.speaker.kind == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Republican Gov. Eric Holcomb and leaders of the GOP-dominated Legislature have "
            "avoided criticism of teachers. They seem intent on not angering educators. "
            "However, they said they do not expect to act until at least 2021.",
            "Eric Holcomb and leaders of the GOP-dominated Legislature",
        ),
        (
            "James Hansen and his collaborators said the warming would speed up. They said "
            "the effect was larger than models had shown.",
            "James Hansen and his collaborators",
        ),
    ],
)
def test_they_stands_for_the_nearest_group_that_was_a_subject(nlp_md, text, name) -> None:
    *_, (written, resolved) = _names(nlp_md, text)
    assert written is not None and written.lower() == "they"
    assert resolved == name


def test_they_after_a_named_body_that_was_the_subject_stays_that_body(nlp_md) -> None:
    text = "The Democrats lost the vote on Monday. They said the bill was unfair."
    ((_written, name),) = _names(nlp_md, text)
    assert name is not None and "Democrats" in name
