"""Gender evidence from the text: pronouns, courtesy titles, role and kin words; never names."""

from __future__ import annotations

import pytest
from voice_data import entity, quote

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


def _nearby(text: str, *people: tuple[str, str]) -> dict[str, list[str]]:
    ents = [entity(text, f"e{k}", name, "PERSON", [name]) for k, (name, _) in enumerate(people)]
    found = gender.nearby_pronouns(ents, text)
    return {e.name: [ev.text for ev in found.get(e.id, [])] for e in ents}


def test_nearby_pronouns_stop_at_a_pronoun_of_the_other_gender() -> None:
    # 'her' is an unnamed girl: from there on, whose pronoun is whose is unsure.
    text = "Mike Webb ran in. He grabbed her and he ran. She was safe."
    assert _nearby(text, ("Mike Webb", "m")) == {"Mike Webb": ["He"]}


def test_nearby_pronouns_with_mixed_quotation_marks() -> None:
    # A quotation opened with '"' and closed with '”' is closed; the next '"' opens one.
    text = '"I asked, on whose authority?” said Fiona Hill. "And he said, the boss."'
    assert _nearby(text, ("Fiona Hill", "f")) == {"Fiona Hill": []}


def test_nearby_pronouns_not_for_a_person_named_inside_a_quotation() -> None:
    text = "“Specifically, Kurt Volker confirmed it,” she said."
    assert _nearby(text, ("Kurt Volker", "m")) == {"Kurt Volker": []}


def test_nearby_pronouns_that_disagree_with_direct_evidence_are_dropped() -> None:
    direct = [_ev("pronoun", "male")]
    nearby = [_ev("nearby_pronoun", "male"), _ev("nearby_pronoun", "female")]
    assert [e.gender for e in gender.agreeing(nearby, direct)] == ["male"]
    assert len(gender.agreeing(nearby, [])) == 2


def _pronoun_genders(text: str, quotes, entities) -> list[str]:
    named = gender.Antecedents(text, entities, quotes)
    speakers = [q.speaker for q in quotes if q.speaker]
    return [ev.gender for ev in gender.pronoun_evidence(speakers, entity="e1", named=named)]


def test_a_resolved_pronoun_with_another_person_named_before_it_is_no_evidence() -> None:
    text = (
        "Ann Hege said it was hard. The campaign did not appeal to Jo Graham, "
        "a health officer, but she said it could still work."
    )
    hege = entity(text, "e1", "Ann Hege", "PERSON", ["Ann Hege"])
    graham = entity(text, "e2", "Jo Graham", "PERSON", ["Jo Graham"])
    quotes = [
        quote(text, "it was hard", "Ann Hege", kind="indirect", name="Ann Hege", eid="e1"),
        quote(
            text,
            "it could still work",
            "she",
            kind="indirect",
            name="Ann Hege",  # the core's choice; the text names Graham last
            eid="e1",
            speaker_kind="pronoun",
        ),
    ]
    assert _pronoun_genders(text, quotes, [hege, graham]) == []


def test_a_resolved_pronoun_after_another_speaker_is_no_evidence() -> None:
    text = "“Borders matter,” says Ann Roe. “We are not numbers,” says a doctor. Now he works."
    roe = entity(text, "e1", "Ann Roe", "PERSON", ["Ann Roe"])
    quotes = [
        quote(text, "“Borders matter,”", "Ann Roe", name="Ann Roe", eid="e1"),
        quote(text, "“We are not numbers,”", "a doctor", speaker_kind="description"),
        quote(text, "works", "he", kind="indirect", eid="e1", speaker_kind="pronoun"),
    ]
    assert _pronoun_genders(text, quotes, [roe]) == []


def test_a_resolved_pronoun_after_its_person_is_evidence() -> None:
    # A name inside the quoted words is no antecedent; the chain of accepted pronouns goes on.
    text = "“Pat Carlineo is kind,” said Sonya Zoghlin. “He is,” she said. “Yes,” she added."
    zoghlin = entity(text, "e1", "Sonya Zoghlin", "PERSON", ["Sonya Zoghlin"])
    pat = entity(text, "e2", "Pat Carlineo", "PERSON", ["Pat Carlineo"])
    quotes = [
        quote(text, "“Pat Carlineo is kind,”", "Sonya Zoghlin", eid="e1"),
        quote(text, "“He is,”", "she", eid="e1", speaker_kind="pronoun"),
        quote(text, "“Yes,”", "she", nth=1, eid="e1", speaker_kind="pronoun"),
    ]
    assert _pronoun_genders(text, quotes, [zoghlin, pat]) == ["female", "female"]
