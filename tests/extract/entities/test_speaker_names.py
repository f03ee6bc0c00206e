"""Speakers resolved to a personal name that no entity holds become PERSON entities."""

from __future__ import annotations

from newsparse.docview import DocView
from newsparse.extract import extract


def _run(nlp_md, text: str, ents: list[tuple[str, str]] | None = None):  # type: ignore[no-untyped-def]
    """Parse ``text``; ``ents`` (surface, label) replace the tagger's entities, each at the
    last occurrence of its surface."""
    doc = nlp_md(text)
    if ents is not None:
        spans = [
            doc.char_span(text.rindex(s), text.rindex(s) + len(s), label=lab) for s, lab in ents
        ]
        doc.ents = spans
    view = DocView.of(doc, text=text)
    return extract(view, paragraph_starts=[0], claims=False, summary=False)


def test_a_speaker_the_tagger_made_a_place_is_a_person(nlp_md) -> None:
    # as the tagger did on a WIRED page: the later "Givati" a place, "Ori Givati" nothing
    text = (
        "Ori Givati, a former Israeli soldier, said the checkpoints hurt. "
        "“It is not safe,” Givati says."
    )
    found = _run(nlp_md, text, [("Givati", "GPE")])
    people = [e for e in found.entities if "Givati" in e.name]
    assert [(e.name, e.label) for e in people] == [("Ori Givati", "PERSON")]
    assert [m.text for m in people[0].mentions] == ["Ori Givati", "Givati"]
    ids = [e.id for e in found.entities]
    assert ids == [f"e{i}" for i in range(1, len(ids) + 1)]
    assert {q.speaker.entity for q in found.quotes if q.speaker} == {people[0].id}


def test_a_described_group_stays_no_entity(nlp_md) -> None:
    text = "Middle East observers said the camp was empty."
    found = _run(nlp_md, text)
    assert all("observers" not in e.name for e in found.entities)


def test_a_speaker_acronym_joins_the_organisation_it_spells(nlp_md) -> None:
    text = (
        "People for the Ethical Treatment of Animals sued the state. "
        "PETA said it would use drones to watch hunters."
    )
    found = _run(nlp_md, text, [("People for the Ethical Treatment of Animals", "ORG")])
    (peta,) = found.entities
    assert [m.text for m in peta.mentions] == [
        "People for the Ethical Treatment of Animals",
        "PETA",
    ]
