"""Renderers work on hand-made Reports: no spaCy model needed."""

from __future__ import annotations

import io
import json
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
from newsparse.render import FORMATS, get_renderer
from newsparse.render.common import format_published


def _report() -> Report:
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


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_renders_the_essentials(fmt: str) -> None:
    out = io.StringIO()
    get_renderer(fmt)(_report(), out, top=5)
    text = out.getvalue()
    assert "Anna Smith" in text
    assert "We will win" in text


def test_json_round_trips() -> None:
    out = io.StringIO()
    get_renderer("json")(_report(), out)
    assert Report.model_validate(json.loads(out.getvalue())) == _report()


def test_jsonl_is_one_line() -> None:
    out = io.StringIO()
    get_renderer("jsonl")(_report(), out)
    assert out.getvalue().count("\n") == 1


def test_markdown_escapes_table_pipes() -> None:
    out = io.StringIO()
    get_renderer("markdown")(_report(), out)
    assert "Smith vows | victory" in out.getvalue()  # the title is not a table cell
    table_rows = [line for line in out.getvalue().splitlines() if line.startswith("| ")]
    assert all(r"\|" in row or row.count("|") == 5 for row in table_rows)


def test_rich_shows_hedges_only_on_hedged_claims() -> None:
    base = _report()
    claim = base.claims[0]
    hedged = claim.model_copy(update={"hedged": True, "hedges": ["might", "not (negation)"]})
    negated = claim.model_copy(update={"hedged": False, "hedges": ["not (negation)"]})
    for c, expect, refuse in (
        (hedged, "hedged: might", "hedged: not"),
        (negated, "negated", "hedged"),
    ):
        out = io.StringIO()
        get_renderer("rich")(base.model_copy(update={"claims": [c]}), out)
        assert expect in out.getvalue()
        assert refuse not in out.getvalue()


def test_rich_plain_when_not_a_terminal() -> None:
    out = io.StringIO()
    get_renderer("rich")(_report(), out)
    assert "\x1b[" not in out.getvalue()
    assert "she" in out.getvalue() and "on Telegram" in out.getvalue()


@pytest.mark.parametrize(
    ("when", "shown"),
    [
        (datetime(2019, 1, 4), "2019-01-04"),
        (datetime(2019, 1, 4, 5, 6, 7), "2019-01-04 05:06:07"),
        (datetime(2019, 1, 4, tzinfo=timezone.utc), "2019-01-04 00:00:00+00:00"),
    ],
)
def test_published_is_a_bare_date_only_without_time(when: datetime, shown: str) -> None:
    assert format_published(when) == shown


def test_jsonl_writes_serialised_records_as_is() -> None:
    out = io.StringIO()
    line = _report().model_dump_json()
    get_renderer("jsonl")(line, out)
    assert out.getvalue() == line + "\n"


def test_the_registry_is_the_one_list_of_formats() -> None:
    from newsparse.cli.summarize import summarize
    from newsparse.render import default_format, stream_format

    (option,) = [p for p in summarize.params if p.name == "format_"]
    assert list(option.type.choices) == list(FORMATS)  # type: ignore[attr-defined]
    assert stream_format(None) == stream_format("json") == stream_format("jsonl") == "jsonl"
    assert stream_format("rich") == "rich" and stream_format("markdown") == "markdown"
    assert {default_format(terminal=True), default_format(terminal=False)} <= set(FORMATS)
    assert [name for name, r in FORMATS.items() if r.records] == ["jsonl"]
