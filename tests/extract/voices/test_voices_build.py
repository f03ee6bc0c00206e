"""Quotes grouped into voices: one per source, counts, shares, types, gender and source type."""

from __future__ import annotations

from voice_data import entity, quote

from newsparse.extract.voices import extract_voices, gender, quoted_words

TEXT = (
    "“We will win the vote,” said Senator Anna Lee. She said the bill was fair. "
    "“It is a start,” she added. A Pentagon official said talks had stalled. "
    "Reuters reported a deal was near. “Nothing,” he said."
)


def _report():
    lee = entity(
        TEXT, "e1", "Anna Lee", "PERSON", ["Anna Lee"], roles=["Senator"], titles={0: "Senator"}
    )
    pentagon = entity(TEXT, "e2", "Pentagon", "ORG", ["Pentagon"])
    reuters = entity(TEXT, "e3", "Reuters", "ORG", ["Reuters"])
    quotes = [
        quote(TEXT, "“We will win the vote,”", "Senator Anna Lee", name="Anna Lee", eid="e1"),
        quote(
            TEXT,
            "the bill was fair",
            "She",
            kind="indirect",
            name="Anna Lee",
            eid="e1",
            speaker_kind="pronoun",
            paragraph=1,
        ),
        quote(
            TEXT,
            "“It is a start,”",
            "she",
            name="Anna Lee",
            eid="e1",
            speaker_kind="pronoun",
            paragraph=1,
        ),
        quote(
            TEXT,
            "talks had stalled",
            "A Pentagon official",
            kind="indirect",
            name="Pentagon",
            eid="e2",
            speaker_kind="organization",
            paragraph=2,
        ),
        quote(
            TEXT,
            "a deal was near",
            "Reuters",
            kind="indirect",
            name="Reuters",
            eid="e3",
            speaker_kind="media",
            paragraph=2,
        ),
        quote(TEXT, "“Nothing,”", "he", speaker_kind="pronoun", paragraph=3),  # unresolved
    ]
    return [lee, pentagon, reuters], quotes


def test_one_voice_per_source_with_counts_and_shares() -> None:
    entities, quotes = _report()
    voices = extract_voices(entities, quotes, TEXT)
    assert [v.name for v in voices] == ["Anna Lee", "Reuters", "Pentagon official"]
    lee = voices[0]
    assert (lee.id, lee.entity, lee.type) == ("v1", "e1", "person")
    assert (lee.direct, lee.reported, lee.quotes) == (2, 1, [0, 1, 2])
    assert lee.words == 5 + 4 + 4
    total = sum(quoted_words(q, TEXT) for q in quotes)
    assert lee.share == round(lee.words / total, 4)
    assert lee.first_paragraph == 0
    assert lee.roles == ["Senator"]
    assert lee.source_type == "official" and lee.source_type_words == ["senator"]
    # The unresolved "he" is no voice; shares are of all quoted words, so they sum below 1.
    assert sum(v.share for v in voices) < 1
    assert all(5 not in v.quotes for v in voices)


def test_resolved_pronouns_give_gender_with_offsets() -> None:
    entities, quotes = _report()
    lee = extract_voices(entities, quotes, TEXT)[0]
    assert lee.gender == "female"
    pronouns = [(e.kind, e.text) for e in lee.gender_evidence if e.kind == "pronoun"]
    assert pronouns == [("pronoun", "She"), ("pronoun", "she")]
    # The last "he" is someone unnamed; Lee is the only person named before it in the
    # paragraph, but a nearby pronoun that disagrees with what the text says of her is dropped.
    assert ("nearby_pronoun", "he") not in [(e.kind, e.text) for e in lee.gender_evidence]
    for ev in lee.gender_evidence:
        assert TEXT[ev.start : ev.end] == ev.text


def test_an_official_of_an_organisation_is_anonymous_not_the_organisation() -> None:
    entities, quotes = _report()
    voices = {v.name: v for v in extract_voices(entities, quotes, TEXT)}
    anon = voices["Pentagon official"]
    assert anon.type == "anonymous" and anon.entity is None
    assert anon.source_type == "anonymous" and "official" in anon.source_type_words
    assert "Pentagon" not in voices


def test_media() -> None:
    entities, quotes = _report()
    voices = {v.name: v for v in extract_voices(entities, quotes, TEXT)}
    assert voices["Reuters"].type == "media"
    assert voices["Reuters"].source_type == "media"
    assert voices["Reuters"].gender == "unknown" and voices["Reuters"].gender_evidence == []


def test_no_quotes_no_voices() -> None:
    assert extract_voices([], [], "Nothing was said.") == []


def test_nearby_pronouns_need_one_person_named_before_them_and_no_quotation() -> None:
    text = (
        "Ann Lee met the press. She smiled.\n"
        "Ann Lee and Bob Roe spoke. He left.\n"
        "Ann Lee said: “He is wrong.”"
    )
    lee = entity(text, "e1", "Ann Lee", "PERSON", ["Ann Lee", "Ann Lee", "Ann Lee"])
    roe = entity(text, "e2", "Bob Roe", "PERSON", ["Bob Roe"])
    found = gender.nearby_pronouns([lee, roe], text)
    assert [(e.text, e.gender) for e in found["e1"]] == [("She", "female")]
    assert "e2" not in found


def test_unknown_when_the_text_says_nothing() -> None:
    text = "“Fine,” Maria Lopez said."
    lopez = entity(text, "e1", "Maria Lopez", "PERSON", ["Maria Lopez"])
    q = quote(text, "“Fine,”", "Maria Lopez", name="Maria Lopez", eid="e1")
    (voice,) = extract_voices([lopez], [q], text)
    assert voice.gender == "unknown" and voice.gender_evidence == []  # no first-name guess
    assert voice.source_type == "public" and voice.source_type_words == []


def test_description_voices_group_by_their_words() -> None:
    text = "The victim's mother said she was afraid. The victim's mother said more."
    q1 = quote(
        text, "she was afraid", "The victim's mother", kind="indirect", speaker_kind="description"
    )
    q2 = quote(
        text, "more", "The victim's mother", kind="indirect", nth=1, speaker_kind="description"
    )
    (voice,) = extract_voices([], [q1, q2], text)
    assert (voice.name, voice.type, voice.quotes) == ("victim's mother", "description", [0, 1])
    assert voice.gender == "female"
    assert (voice.gender_evidence[0].kind, voice.gender_evidence[0].text) == ("word", "mother")
    assert voice.source_type == "public" and voice.source_type_words == ["mother"]
