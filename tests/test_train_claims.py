"""scripts/train_claims.py fits its weights in numpy alone: its solver and folds, on tiny data."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np

_PATH = Path(__file__).resolve().parents[1] / "scripts" / "train_claims.py"
_SPEC = importlib.util.spec_from_file_location("train_claims", _PATH)
assert _SPEC is not None and _SPEC.loader is not None
train_claims = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(train_claims)


def _data() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(0)
    x = (rng.random((60, 3)) > 0.5).astype(float)
    y = ((x[:, 0] + 0.5 * x[:, 1] + rng.normal(0, 0.6, 60)) > 0.8).astype(int)
    return x, y


def test_the_fit_is_the_regularised_optimum():
    """At the optimum of C * sum(w * logloss) + |coef|^2 / 2 the gradient vanishes; the
    intercept carries no penalty."""
    x, y = _data()
    for weight in (None, "balanced"):
        model = train_claims.fit(x, y, 0.3, weight)
        p = 1 / (1 + np.exp(-model.decision_function(x)))
        w = np.ones(len(y)) if weight is None else len(y) / (2.0 * np.bincount(y)[y])
        grad_coef = 0.3 * x.T @ (w * (p - y)) + model.coef_[0]
        grad_bias = 0.3 * np.sum(w * (p - y))
        assert np.abs(grad_coef).max() < 1e-6
        assert abs(grad_bias) < 1e-6
    assert train_claims.fit(x, y, 1.0).coef_[0][0] > 0  # the informative feature weighs for


def test_stronger_regularisation_shrinks_the_weights():
    x, y = _data()
    small = train_claims.fit(x, y, 0.03).coef_[0]
    large = train_claims.fit(x, y, 3.0).coef_[0]
    assert np.abs(small).sum() < np.abs(large).sum()


def test_folds_keep_each_article_whole_and_cover_every_row():
    groups = ["a"] * 5 + ["b"] * 3 + ["c"] * 3 + ["d"] * 2 + ["e"] + ["f"]
    folds = train_claims.group_folds(groups, n_splits=3)
    tested = np.concatenate([te for _, te in folds])
    assert sorted(tested.tolist()) == list(range(len(groups)))
    for tr, te in folds:
        assert not {groups[i] for i in tr} & {groups[i] for i in te}
        assert len(tr) + len(te) == len(groups)


def test_auc_of_a_perfect_ranking_is_one():
    assert train_claims.roc_auc_score(np.array([0, 0, 1, 1]), np.array([0.1, 0.2, 0.8, 0.9])) == 1


def test_a_later_type_is_judged_with_the_earlier_models_decisions():
    """'other' is weighed after opinion: where the opinion model said no, the row's cue opinion
    is gone, and 'other' then stands beside what is left."""
    rows = [
        {"cue_types": ["opinion"], "split": "dev"},
        {"cue_types": ["quantity"], "split": "wikinews"},
    ]
    earlier = {"opinion": np.array([False, True])}
    sets = train_claims.with_decisions(rows, "other", np.array([False, True]), earlier)
    assert sets == [{"other"}, {"quantity", "opinion", "other"}]
    assert train_claims.split_rows(rows) == [[0], [1]]
