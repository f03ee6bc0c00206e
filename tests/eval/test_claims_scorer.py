"""The claims scorer on hand-made data: matching, ROC AUC and the measures."""

from __future__ import annotations

import json

import pytest

from newsparse.errors import FormatError, InputError
from newsparse.eval.claims import (
    GoldClaim,
    PredClaim,
    baseline_claims,
    match,
    read_gold,
    roc_auc,
    score,
)


def gold(start, end, claimer="article", types=("other",), hedged=False, cw=False):
    return GoldClaim(
        start=start, end=end, claimer=claimer, types=list(types), hedged=hedged, checkworthy=cw
    )


def pred(start, end, claimer="article", types=("other",), hedged=False, cw=0.0):
    return PredClaim(
        start=start, end=end, claimer=claimer, types=list(types), hedged=hedged, checkworthiness=cw
    )


def test_match_is_one_to_one_and_prefers_the_best_overlap():
    g = [gold(0, 100), gold(100, 200)]
    p = [pred(0, 100), pred(10, 100), pred(100, 190)]
    assert match(g, p) == [(0, 0), (1, 2)]


def test_match_needs_half_of_the_longer_span():
    assert match([gold(0, 100)], [pred(0, 49)]) == []
    assert match([gold(0, 100)], [pred(0, 50)]) == [(0, 0)]


@pytest.mark.parametrize(
    ("scores", "labels", "expected"),
    [
        ([0.9, 0.8, 0.2, 0.1], [True, True, False, False], 1.0),
        ([0.1, 0.2, 0.8, 0.9], [True, True, False, False], 0.0),
        ([0.5, 0.5, 0.5, 0.5], [True, False, True, False], 0.5),
        ([0.9, 0.4, 0.6, 0.1], [True, True, False, False], 0.75),
        ([0.7, 0.7, 0.2], [True, False, False], 0.75),
    ],
)
def test_roc_auc_against_hand_computed_values(scores, labels, expected):
    assert roc_auc(scores, labels) == pytest.approx(expected)


def test_roc_auc_is_undefined_with_one_class():
    assert roc_auc([0.1, 0.9], [True, True]) is None
    assert roc_auc([], []) is None


def test_score_counts_every_measure_on_matched_claims():
    g = [
        gold(0, 10, "person", ("quantity",), hedged=True, cw=True),
        gold(20, 30, "article", ("opinion",), cw=False),
        gold(40, 50),
    ]
    p = [
        pred(0, 10, "person", ("quantity", "comparison"), hedged=True, cw=0.9),
        pred(20, 30, "media", ("opinion",), hedged=True, cw=0.2),
        pred(60, 70),
    ]
    s = score([(g, p)])
    assert (s.gold, s.predicted, s.matched) == (3, 3, 2)
    assert s.precision == pytest.approx(2 / 3, abs=1e-4)
    assert s.recall == pytest.approx(2 / 3, abs=1e-4)
    assert s.claimer_accuracy == 0.5
    # types: tp 2 (quantity, opinion), fp 1 (comparison), fn 0
    assert s.types_micro_f1 == pytest.approx(0.8)
    assert s.hedged_accuracy == 0.5
    assert s.checkworthiness_auc == 1.0
    assert s.claimer_confusion == {"article": {"media": 1}, "person": {"person": 1}}


def test_score_with_nothing_matched_has_no_label_measures():
    s = score([([gold(0, 10)], [pred(50, 60)])])
    assert s.f1 == 0.0
    assert s.claimer_accuracy is None
    assert s.checkworthiness_auc is None


def test_baseline_is_every_sentence_in_article_voice():
    text = "Five people died. It was sad. "
    claims = baseline_claims(text, [(0, 18), (18, 30)])
    assert [(c.start, c.end) for c in claims] == [(0, 17), (18, 29)]
    assert {c.claimer for c in claims} == {"article"}
    assert [c.checkworthiness for c in claims] == [0.0, 0.0]
    assert baseline_claims("In 2019 it rained.", [(0, 18)])[0].checkworthiness == 1.0


def _write(tmp_path, lines):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_read_gold_reads_articles(tmp_path):
    record = {
        "id": "a",
        "text": "Five people died.",
        "claims": [{"start": 0, "end": 17, "claimer": "article", "types": ["quantity"]}],
    }
    (article,) = read_gold(_write(tmp_path, [json.dumps(record), ""]))
    assert article.claims[0].types == ["quantity"]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"id": "a", "text": "x", "claims": [{"start": 0}]}', "claims.0.end"),
        ('{"id": "a", "text": "x", "claims": [{"start": 0, "end": 1, "claimer": "x"}]}', "claimer"),
    ],
)
def test_read_gold_refuses_bad_lines_with_one_line_errors(tmp_path, line, message):
    with pytest.raises(FormatError, match=message):
        read_gold(_write(tmp_path, [line]))


def test_read_gold_refuses_missing_and_empty_files(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_gold(tmp_path / "missing.jsonl")
    with pytest.raises(InputError, match="no gold"):
        read_gold(_write(tmp_path, [""]))
