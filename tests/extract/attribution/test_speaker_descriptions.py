"""Which mention speaks and whom it names, by shape (md model, hand-written sentences): a
participle of saying after a reported clause is the reporter's, a plural organisation noun is
several bodies, a name set off after a relative clause is the subject's apposition, a role noun
with an affiliation is its own person."""

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
