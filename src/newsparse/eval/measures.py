"""The two kinds of score every evaluation reports: P/R/F1 over spans, and a plain accuracy."""

from __future__ import annotations

from newsparse.models import FrozenModel


class PRF(FrozenModel):
    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0


class Accuracy(FrozenModel):
    correct: int = 0
    total: int = 0
    accuracy: float = 0.0


def prf(tp: int, n_pred: int, n_gold: int) -> PRF:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return PRF(tp=tp, n_pred=n_pred, n_gold=n_gold, precision=p, recall=r, f1=f)


def accuracy(correct: int, total: int) -> Accuracy:
    return Accuracy(correct=correct, total=total, accuracy=correct / total if total else 0.0)
