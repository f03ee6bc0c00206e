"""Roles from real parses (small model) and the entities of the sample article (default model)."""

from __future__ import annotations

import pytest

from newsparse.docview import DocView
from newsparse.extract.entities.mentions import extract_entities
from newsparse.extract.entities.roles import apposition_roles
from newsparse.models import Entity, Report

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp_sm():
    from newsparse.nlp import load_pipeline

    return load_pipeline("sm")


def roles_after(nlp, text: str, name: str) -> list[str]:
    from newsparse.lexicon.entities import lexicon
    from newsparse.nlp import parse

    doc = parse(nlp, text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    return apposition_roles(DocView.of(doc), span.start, span.end, lex=lexicon())


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Michael McFaul, a former US ambassador to Russia, said in a post to X.",
            "Michael McFaul",
            "former US ambassador to Russia",
        ),
        (
            "Boris Bondarev, a former Russian diplomat who resigned in protest, questioned it.",
            "Boris Bondarev",
            "former Russian diplomat",
        ),
        (
            "Lawmakers have called for him to sack his chief of staff, Andriy Yermak.",
            "Andriy Yermak",
            "chief of staff",
        ),
    ],
)
def test_roles_from_appositions(nlp_sm, text: str, name: str, role: str) -> None:
    assert role in roles_after(nlp_sm, text, name)


def test_no_role_from_a_relative_clause(nlp_sm) -> None:
    text = "Zelenskyy, who was visiting Ankara, posted a message to Telegram."
    assert roles_after(nlp_sm, text, "Zelenskyy") == []


def _person(report: Report, name: str) -> Entity:
    found = [e for e in report.entities if e.name == name]
    assert len(found) == 1, [e.name for e in report.entities]
    return found[0]


def test_sample_zelenskyy_is_one_person_with_every_mention(sample_report: Report) -> None:
    text = sample_report.article.text
    z = _person(sample_report, "Volodymyr Zelenskyy")
    assert z.label == "PERSON"
    assert z.count == text.count("Zelenskyy") == len(z.mentions)
    assert all(text[m.start : m.end] == m.text for m in z.mentions)
    assert not [e for e in sample_report.entities if e is not z and "Zelenskyy" in e.name]
    assert "President" in z.roles


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("Michael McFaul", "former US ambassador to Russia"),
        ("Dan Driscoll", "Army Secretary"),
        ("Yulia Svyrydenko", "Prime Minister"),
        ("Marco Rubio", "US Secretary of State"),
        ("Boris Bondarev", "former Russian diplomat"),
        ("Andriy Yermak", "chief of staff"),
    ],
)
def test_sample_roles(sample_report: Report, name: str, role: str) -> None:
    assert role in _person(sample_report, name).roles


def test_sample_has_no_title_fragments_or_junk(sample_report: Report) -> None:
    names = {e.name for e in sample_report.entities}
    assert not names & {"Army", "State", "President", "Secretary"}
    for e in sample_report.entities:
        assert any(c.isupper() for c in e.name)
        assert [x.id for x in sample_report.entities].index(e.id) + 1 == int(e.id[1:])


def test_sample_entities_are_deterministic(nlp_md, sample_report: Report) -> None:
    from newsparse.nlp import parse

    doc = parse(nlp_md, sample_report.article.text)
    again = extract_entities(DocView.of(doc), headline=sample_report.article.headline)
    assert again == sample_report.entities


def test_organisation_described_by_an_apposition(nlp_md) -> None:
    from newsparse.extract.entities.mentions import entity_by_role
    from newsparse.nlp import parse

    text = "The Avoyelles House of Mercy, a Pentecostal church, had been travelling for days."
    ents = extract_entities(DocView.of(parse(nlp_md, text)))
    church = entity_by_role(ents, "the church")
    assert church is not None and "House of Mercy" in church.name
