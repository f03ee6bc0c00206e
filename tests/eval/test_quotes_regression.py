"""Scores on the first articles of the shared dev file stay above a floor (skips without it)."""

from __future__ import annotations

from pathlib import Path

import pytest

DEV = Path(__file__).resolve().parents[3] / "shared" / "eval" / "quotes-dev.jsonl"
N_ARTICLES = 15

# Measured on these 15 articles with the md model: direct F1 0.983, exact 0.983, attributed
# 0.950, named speakers 0.943, reported recall 0.798, precision 0.861. Floors sit a bit below.
FLOORS = {
    "direct_f1": 0.95,
    "direct_exact_f1": 0.95,
    "attributed_f1": 0.91,
    "speaker_named": 0.90,
    "reported_recall_speech": 0.76,
    "reported_precision": 0.82,
}


@pytest.mark.model
@pytest.mark.skipif(not DEV.exists(), reason="shared eval data not available")
def test_dev_scores_do_not_regress(nlp_md) -> None:
    from newsparse.eval.quotes import run_evaluation as run

    result = run(str(DEV), model="md", limit=N_ARTICLES, progress=None)
    got = {
        "direct_f1": result.direct.f1,
        "direct_exact_f1": result.direct_exact.f1,
        "attributed_f1": result.attributed.f1,
        "speaker_named": result.speaker_named.accuracy,
        "reported_recall_speech": result.reported_recall_speech.accuracy,
        "reported_precision": result.reported_precision.accuracy,
    }
    low = {k: round(v, 3) for k, v in got.items() if v < FLOORS[k]}
    assert not low, f"below floor: {low} (all: {got})"
