"""Extractive summary on hand-built Docs (blank pipeline + sentencizer) and on the sample."""

from __future__ import annotations

import re

import pytest
import spacy

from newsparse.docview import DocView
from newsparse.extract.summary import extract_summary
from newsparse.models import Entity, Mention, Quote, Report, Span

NLP = spacy.blank("en")
NLP.add_pipe("sentencizer")


def summarize(paragraphs: list[str], **kw):
    text = "\n\n".join(paragraphs)
    starts = [text.index(p) for p in paragraphs]
    doc = NLP(text)
    return text, extract_summary(
        DocView.of(doc), paragraph_starts=starts, quotes=kw.pop("quotes", []), **kw
    )


LEAD = "The city council approved a new budget for the coming year on Monday night."
SECOND = "The budget raises spending on schools and roads by a modest amount overall."
THIRD = "Opponents of the plan said the council had ignored the needs of older residents."


def test_lead_first_whole_sentences_in_article_order() -> None:
    last = "Council members will vote on the plan again next spring."
    text, out = summarize([LEAD + " " + SECOND, THIRD, last])
    assert out[0].text == LEAD
    assert [s.start for s in out] == sorted(s.start for s in out)
    for s in out:
        assert text[s.start : s.end] == s.text
    assert len(out) == 3
    assert out[0].paragraph == 0


def test_size_limits_the_summary() -> None:
    paragraphs = [LEAD, SECOND, THIRD]
    assert len(summarize(paragraphs, size=1)[1]) == 1
    assert summarize(paragraphs, size=0)[1] == []


def test_caption_and_short_lines_are_skipped() -> None:
    caption = "Council members at the town hall meeting in the old city hall building"
    _, out = summarize([caption, "Read more.", LEAD])
    assert [s.text for s in out] == [LEAD]


def test_boilerplate_is_skipped() -> None:
    note = "This article was originally published by a partner newsroom and is reprinted here."
    _, out = summarize([note, LEAD])
    assert [s.text for s in out] == [LEAD]


def test_bare_quote_fragment_is_skipped() -> None:
    bare = "“We have waited for this budget for a very long time, and it is finally here.”"
    _, out = summarize([LEAD, bare, THIRD])
    assert bare not in [s.text for s in out]


def test_sentence_cutting_a_quote_is_skipped() -> None:
    quoted = (
        "The mayor said: “This is a good day for the whole city. "
        "We will now build the schools our children need.”"
    )
    text, out = summarize([LEAD, quoted])
    start = text.index("“")
    quote = Quote(
        text=text[start : text.index("”") + 1],
        kind="direct",
        spans=[Span(start=start, end=text.index("”") + 1)],
        paragraph=1,
    )
    _, out = summarize([LEAD, quoted], quotes=[quote])
    assert [s.text for s in out] == [LEAD]


def test_salient_entities_win_over_position() -> None:
    filler = "It was a cold and windy evening in the valley with rain on the way."
    named = "Mayor Jane Holt defended the budget against critics from the harbor district."
    text = "\n\n".join([LEAD, filler, named])
    start = text.index("Jane Holt")
    holt = Entity(
        id="e1",
        name="Jane Holt",
        label="PERSON",
        count=1,
        mentions=[Mention(start=start, end=start + 9, text="Jane Holt")],
        first_mention=start,
        salience=5.0,
    )
    _, out = summarize([LEAD, filler, named], size=2, entities=[holt])
    assert [s.text for s in out] == [LEAD, named]


def test_repeated_content_is_not_chosen_twice() -> None:
    repeat = "The city council approved a new budget for the coming year, on Monday night."
    _, out = summarize([LEAD, repeat, THIRD], size=2)
    assert [s.text for s in out] == [LEAD, THIRD]


def test_no_sentences_no_summary() -> None:
    doc = spacy.blank("en")("Just words")
    assert extract_summary(DocView.of(doc), paragraph_starts=[0], quotes=[]) == []


@pytest.mark.model
def test_sample_summary_is_lead_aware_and_keeps_quotes_whole(sample_report: Report) -> None:
    text = sample_report.article.text
    summary = sample_report.summary
    assert 1 <= len(summary) <= 3
    first = text.lstrip()
    assert first.startswith(summary[0].text) or summary[0].start < len(text) // 4
    for s in summary:
        assert text[s.start : s.end] == s.text
        for q in sample_report.quotes:
            for span in q.spans:
                overlaps = span.start < s.end and s.start < span.end
                assert not overlaps or (s.start <= span.start and span.end <= s.end)
        assert re.search(r"[.!?][”\"’]?$", s.text)
