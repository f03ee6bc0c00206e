"""An unattributed quotation of proper nouns placed as a title becomes a title entity."""

from __future__ import annotations

from newsparse.docview import DocView
from newsparse.extract import extract
from newsparse.models import Entity


def _entities(nlp_md, text: str) -> list[Entity]:  # type: ignore[no-untyped-def]
    doc = nlp_md(text)
    doc.ents = []  # as the tagger left these titles: untagged
    view = DocView.of(doc, text=text)
    return extract(view, paragraph_starts=[0], claims=False, summary=False).entities


def test_a_quoted_title_modifying_a_noun_is_a_work(nlp_md) -> None:
    found = _entities(nlp_md, "The “Pose” actor arrived late on Monday.")
    assert [(e.name, e.label) for e in found] == [("Pose", "WORK_OF_ART")]


def test_a_quoted_word_standing_alone_or_mentioned_is_none(nlp_md) -> None:
    text = "Fans chanted “Unifier” all night. He owns the word “We” now."
    assert _entities(nlp_md, text) == []
