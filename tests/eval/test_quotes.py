"""The quote scorer on tiny hand-made gold/prediction pairs: every count must be exact."""

from __future__ import annotations

import pytest

from newsparse.eval.quotes import (
    GoldSegment,
    PredSegment,
    aggregate,
    gold_from_record,
    is_speech_cue,
    pred_segments,
    score_article,
    speaker_matches,
)
from newsparse.models import Quote, Span, Speaker


def g(start, end, kind="direct", speaker=None, pronoun=False, cue=None) -> GoldSegment:
    return GoldSegment(
        start=start, end=end, kind=kind, speaker=speaker, speaker_is_pronoun=pronoun, cue=cue
    )


def p(start, end, kind="direct", *speakers: str) -> PredSegment:
    return PredSegment(start=start, end=end, kind=kind, speakers=speakers)


@pytest.mark.parametrize(
    ("gold", "pred", "ok"),
    [
        ("Michael McFaul", "Michael McFaul, a former US ambassador to Russia", True),
        ("he", "He", True),
        ("he", "the spokesman", False),  # 'he' is inside 'the' only as letters
        ("President Obama", "Barack Obama", True),  # shared name word
        ("Sen. Ted Cruz (R-Texas)", "Cruz", True),
        ("the White House", "the State Department", False),
        ("Clinton’s campaign", "Hillary Clinton", True),
    ],
)
def test_speaker_matches_leniently(gold, pred, ok) -> None:
    assert speaker_matches(gold, pred) is ok


def test_direct_scores_exact_and_overlap() -> None:
    gold = [g(0, 10, speaker="Smith"), g(20, 30, speaker="he", pronoun=True), g(40, 50)]
    pred = [p(0, 10, "direct", "Smith"), p(21, 30, "direct", "Jones"), p(60, 70, "direct")]
    c = score_article(gold, pred)
    assert (c.direct_tp, c.direct_exact_tp, c.direct_pred, c.direct_gold) == (2, 1, 3, 3)
    assert c.speaker_named == (1, 1)
    assert c.speaker_pronoun == (0, 1)
    # Smith right; the pronoun quote has the wrong speaker; (40, 50) was missed.
    assert c.attributed_tp == 1


def test_null_gold_speaker_accepts_any() -> None:
    c = score_article([g(0, 10)], [p(0, 10, "direct", "Anyone")])
    assert c.attributed_tp == 1
    assert c.speaker_null_gold == 1
    assert c.speaker_named == (0, 0)


def test_ignore_spans_count_neither_way() -> None:
    gold = [g(0, 10), g(100, 110)]
    pred = [p(0, 10), p(200, 210)]
    c = score_article(gold, pred, ignore=[(95, 115), (200, 210)])
    assert (c.direct_tp, c.direct_pred, c.direct_gold) == (1, 1, 1)


def test_quoted_fragment_of_gold_mixed_is_neutral() -> None:
    gold = [g(0, 60, kind="mixed", cue="said")]
    c = score_article(gold, [p(40, 55)])
    assert c.direct_pred == 0
    c = score_article(gold, [p(50, 80)])  # mostly outside: a false positive
    assert c.direct_pred == 1


def test_reported_speech_recall_on_speech_cues_and_precision_on_all() -> None:
    gold = [
        g(0, 20, kind="indirect", cue="said"),
        g(30, 50, kind="mixed", cue="according to"),
        g(60, 80, kind="indirect", cue="believes"),
        g(90, 99, kind="direct", cue="said"),
    ]
    pred = [p(0, 20, "indirect"), p(60, 78, "indirect"), p(200, 220, "indirect")]
    c = score_article(gold, pred)
    assert (c.speech_gold, c.speech_gold_tp) == (2, 1)
    assert (c.reported_gold, c.reported_gold_tp) == (3, 2)
    assert (c.reported_pred, c.reported_pred_tp) == (3, 2)


def test_reported_recall_on_content_clauses_counts_clausal_speech_cue_gold() -> None:
    gold = [
        g(0, 20, kind="indirect", cue="said").model_copy(update={"clausal": True}),
        g(30, 50, kind="indirect", cue="denied"),  # an object: 'denied wrongdoing'
        g(60, 80, kind="indirect", cue="believes").model_copy(update={"clausal": True}),
    ]
    c = score_article(gold, [p(0, 20, "indirect"), p(30, 50, "indirect")])
    assert (c.speech_gold, c.speech_gold_tp) == (2, 2)
    assert (c.clause_gold, c.clause_gold_tp) == (1, 1)


@pytest.mark.model
def test_mark_clausal_reads_the_articles_parse(nlp_md) -> None:
    from newsparse.eval.quotes import mark_clausal

    text = "Smith said the plan would fail. Jones denied wrongdoing."
    doc = nlp_md(text)
    a, b = text.index("the plan"), text.index(" fail") + 5
    c, d = text.index("wrongdoing"), text.index("wrongdoing") + 10
    gold = mark_clausal([g(a, b, kind="indirect"), g(c, d, kind="indirect"), g(0, 5)], doc)
    assert [x.clausal for x in gold] == [True, False, False]


def test_aggregate_micro_averages() -> None:
    a = score_article([g(0, 10, speaker="A")], [p(0, 10, "direct", "A")])
    b = score_article([g(0, 10, speaker="B")], [p(0, 10, "direct", "C"), p(20, 30)])
    r = aggregate([a, b])
    assert r.articles == 2
    assert (r.direct.tp, r.direct.n_pred, r.direct.n_gold) == (2, 3, 2)
    assert r.direct.precision == pytest.approx(2 / 3)
    assert r.direct.recall == 1.0
    assert r.direct.f1 == pytest.approx(0.8)
    assert r.attributed.tp == 1
    assert r.speaker_named.accuracy == 0.5


@pytest.mark.parametrize(
    ("cue", "speech"),
    [
        ("said", True),
        ("has said", True),
        ("According to", True),
        ("told", True),
        ("believe", False),
        ("show", False),
        (None, False),
    ],
)
def test_speech_cue_subset(cue, speech) -> None:
    assert is_speech_cue(cue) is speech


def test_every_span_of_a_quote_is_a_segment() -> None:
    q = Quote(
        text="“A,” … “B.”",
        kind="direct",
        spans=[Span(start=0, end=4), Span(start=15, end=20)],
        speaker=Speaker(text="he", name="Boris Bondarev", start=6, end=8, kind="pronoun"),
        paragraph=0,
    )
    segs = pred_segments([q])
    assert [(s.start, s.end) for s in segs] == [(0, 4), (15, 20)]
    assert segs[0].speakers == ("he", "Boris Bondarev")


def test_gold_record_parsing_and_errors() -> None:
    record = {"id": "x", "text": "abc", "quotes": [{"start": 0, "end": 3, "kind": "direct"}]}
    gold, ignore = gold_from_record(record)
    assert gold[0].speaker is None and ignore == []
    from newsparse.errors import FormatError

    with pytest.raises(FormatError):
        gold_from_record({"id": "y", "quotes": [{"end": 3}]})
