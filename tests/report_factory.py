"""Valid Reports built by hand, for the tests of everything that reads or shows reports."""

from __future__ import annotations

from datetime import datetime, timezone

from newsparse.models import (
    Article,
    Claim,
    Claimer,
    Cue,
    Entity,
    GenderEvidence,
    Mention,
    Quote,
    Report,
    SourcingProfile,
    Span,
    Speaker,
    Voice,
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
    voice = Voice(
        id="v1",
        entity="e1",
        name="Anna Smith",
        type="person",
        roles=["party leader"],
        direct=1,
        quotes=[0],
        words=3,
        share=1.0,
        gender="female",
        gender_evidence=[
            GenderEvidence(kind="pronoun", text="she", gender="female", start=15, end=18)
        ],
        source_type="official",
        source_type_words=["leader"],
    )
    return Report(
        id="a1",
        model="test",
        newsparse_version="0",
        article=article,
        entities=[smith],
        quotes=[quote],
        claims=[claim],
        voices=[voice],
    )


def tiny_report(
    rid: str,
    entities: list[tuple[str, str, int]] = (),  # type: ignore[assignment]
    speakers: list[Speaker | None] = (),  # type: ignore[assignment]
    *,
    words: int = 100,
    **sourcing: int,
) -> Report:
    """A report with the given entities (name, label, count), one quote per speaker and as many
    claims as the sourcing profile counts."""
    text = "x " * words
    article = Article(id=rid, text=text, paragraphs=[text], word_count=words)
    ents = [
        Entity(id=f"e{i}", name=n, label=lab, count=c, first_mention=0)
        for i, (n, lab, c) in enumerate(entities, start=1)
    ]
    quotes = [
        Quote(text="x", kind="direct", spans=[Span(start=0, end=1)], speaker=s, paragraph=0)
        for s in speakers
    ]
    n_claims = sum(sourcing.values())
    claims = [
        Claim(text="x", spans=[Span(start=0, end=1)], paragraph=0, claimer=Claimer(type="article"))
        for _ in range(n_claims)
    ]
    return Report(
        id=rid,
        model="test",
        newsparse_version="0",
        article=article,
        entities=ents,
        quotes=quotes,
        claims=claims,
        sourcing=SourcingProfile(**sourcing),
    )


def person(name: str | None, *, text: str | None = None, anonymous: bool = False) -> Speaker:
    """A speaker as the quote pipeline gives one."""
    return Speaker(text=text or name or "someone", name=name, start=0, end=1, anonymous=anonymous)
