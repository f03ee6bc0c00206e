"""Gender evidence from the text: pronouns, courtesy titles, role and kin words; never names."""

from __future__ import annotations

import pytest
from voice_data import entity

from newsparse.extract.voices import gender
from newsparse.lexicon.voices import voice_lexicon
from newsparse.models import GenderEvidence, Speaker

LEX = voice_lexicon()


def _ev(kind: str, g: str) -> GenderEvidence:
    return GenderEvidence(kind=kind, text="x", gender=g, start=0, end=1)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the spokeswoman", ["spokeswoman"]),
        ("the victim's mother", ["mother"]),  # the possessive is someone else
        ("lawyer for the widow", []),  # after 'for' the words are about another person
        ("mother of two", ["mother"]),
        ("former US ambassador to Russia", []),
        ("a 56-year-old man", ["man"]),
    ],
)
def test_words_about_the_person_only(text: str, expected: list[str]) -> None:
    found = gender.word_evidence(text, 100, LEX)
    assert [e.text for e in found] == expected
    for ev in found:
        assert text[ev.start - 100 : ev.end - 100] == ev.text


def test_courtesy_title_and_title_word_before_a_mention() -> None:
    text = "Mrs. Jane Doe arrived. Later congressman John Roe spoke."
    doe = entity(text, "e1", "Jane Doe", "PERSON", ["Jane Doe"])
    roe = entity(text, "e2", "John Roe", "PERSON", ["John Roe"])
    (d,) = gender.entity_evidence(doe, text, LEX)
    assert (d.kind, d.text, d.gender, text[d.start : d.end]) == (
        "honorific",
        "Mrs.",
        "female",
        "Mrs.",
    )
    (r,) = gender.entity_evidence(roe, text, LEX)
    assert (r.kind, r.text, r.gender) == ("word", "congressman", "male")


def test_roles_are_found_in_the_text_near_a_mention() -> None:
    text = "Ann Poe, a spokeswoman for the club, said so."
    poe = entity(text, "e1", "Ann Poe", "PERSON", ["Ann Poe"], roles=["spokeswoman"])
    (ev,) = gender.entity_evidence(poe, text, LEX)
    assert (ev.kind, ev.gender, text[ev.start : ev.end]) == ("word", "female", "spokeswoman")


def test_first_names_are_never_evidence() -> None:
    text = "John Smith and Mary Jones spoke."
    for e in (
        entity(text, "e1", "John Smith", "PERSON", ["John Smith"]),
        entity(text, "e2", "Mary Jones", "PERSON", ["Mary Jones"]),
    ):
        assert gender.entity_evidence(e, text, LEX) == []


def test_pronoun_speakers_only() -> None:
    speakers = [
        Speaker(text="he", start=0, end=2, kind="pronoun"),
        Speaker(text="they", start=5, end=9, kind="pronoun"),
        Speaker(text="Smith", start=10, end=15, kind="person"),
    ]
    assert [(e.text, e.gender) for e in gender.pronoun_evidence(speakers)] == [("he", "male")]


@pytest.mark.parametrize(
    ("evidence", "expected"),
    [
        ([], "unknown"),
        ([("pronoun", "male")], "male"),
        ([("pronoun", "male"), ("pronoun", "female")], "unknown"),
        ([("word", "female"), ("pronoun", "male")], "female"),
        ([("pronoun", "male"), ("pronoun", "male"), ("honorific", "female")], "unknown"),
    ],
)
def test_decide(evidence: list[tuple[str, str]], expected: str) -> None:
    assert gender.decide([_ev(k, g) for k, g in evidence]) == expected


def test_unique_keeps_one_per_place_in_text_order() -> None:
    a = GenderEvidence(kind="pronoun", text="he", gender="male", start=9, end=11)
    b = GenderEvidence(kind="word", text="Mr", gender="male", start=1, end=3)
    assert gender.unique([a, b, a]) == [b, a]


def test_a_kin_word_before_an_apposition() -> None:
    text = "Dunn's mother, Charlotte Charles, spoke. Mr., Tom Lee did not."
    charles = entity(text, "e1", "Charlotte Charles", "PERSON", ["Charlotte Charles"])
    lee = entity(text, "e2", "Tom Lee", "PERSON", ["Tom Lee"])
    (ev,) = gender.entity_evidence(charles, text, LEX)
    assert (ev.kind, ev.text, ev.gender) == ("word", "mother", "female")
    assert gender.entity_evidence(lee, text, LEX) == []
