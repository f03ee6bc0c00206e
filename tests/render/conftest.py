"""A hand-made Report with one of everything: renderers are tested without a spaCy model."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from newsparse.models import (
    Article,
    Claim,
    Claimer,
    Cue,
    Entity,
    Mention,
    Quote,
    Report,
    Span,
    Speaker,
)


def make_report() -> Report:
    text = "“We will win,” she said. Anna Smith | leads the party."
    article = Article(
        id="a1",
        headline="Smith vows | victory",
        source="The Daily",
        published=datetime(2025, 1, 2, 3, 4, 5, tzinfo=timezone.utc),
        authors=["Jo Writer"],
        paragraphs=[text],
        text=text,
        word_count=10,
    )
    smith = Entity(
        id="e1",
        name="Anna Smith",
        label="PERSON",
        count=1,
        roles=["party leader"],
        mentions=[Mention(start=25, end=35, text="Anna Smith")],
        first_mention=25,
    )
    quote = Quote(
        text="“We will win,”",
        kind="direct",
        spans=[Span(start=0, end=14)],
        speaker=Speaker(text="she", name="Anna Smith", start=15, end=18, entity="e1"),
        cue=Cue(text="said", lemma="say", start=19, end=23),
        venue="on Telegram",
        paragraph=0,
    )
    claim = Claim(
        text="We will win",
        spans=[Span(start=1, end=12)],
        paragraph=0,
        claimer=Claimer(type="person", text="she", name="Anna Smith", entity="e1", quote=0),
        types=["prediction"],
        hedges=["will"],
        checkworthiness=0.2,
    )
    return Report(
        id="a1",
        model="test",
        newsparse_version="0",
        article=article,
        entities=[smith],
        quotes=[quote],
        claims=[claim],
    )


@pytest.fixture
def report() -> Report:
    return make_report()
