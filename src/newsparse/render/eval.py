"""``newsparse evaluate``'s scores as a table: Rich for quotes, aligned plain text for claims."""

from __future__ import annotations

from typing import IO, TYPE_CHECKING

from rich.console import Console
from rich.table import Table

from newsparse.render.common import isatty

if TYPE_CHECKING:
    from newsparse.eval.claims import ClaimEvaluation
    from newsparse.eval.quotes import EvalResult


def quotes_table(result: EvalResult, out: IO[str]) -> None:
    """The quote scores as one Rich table (fixed width when piped, one line per measure)."""
    table = Table(title=f"newsparse evaluate: {result.articles} articles")
    for col in ("measure", "P", "R", "F1 / acc", "counts"):
        table.add_column(col, justify="left" if col == "measure" else "right")
    for name, prf in (
        ("direct quotes (overlap ≥ 0.5)", result.direct),
        ("direct quotes, exact boundaries", result.direct_exact),
        ("attributed (span + speaker)", result.attributed),
    ):
        table.add_row(
            name,
            f"{prf.precision:.3f}",
            f"{prf.recall:.3f}",
            f"{prf.f1:.3f}",
            f"tp {prf.tp} / pred {prf.n_pred} / gold {prf.n_gold}",
        )
    for name, acc in (
        ("speaker accuracy, all gold speakers", result.speaker),
        ("speaker accuracy, named gold", result.speaker_named),
        ("speaker accuracy, pronoun gold", result.speaker_pronoun),
        ("reported speech recall (speech cues)", result.reported_recall_speech),
        ("reported speech recall (all)", result.reported_recall_all),
        ("reported speech precision", result.reported_precision),
    ):
        table.add_row(name, "", "", f"{acc.accuracy:.3f}", f"{acc.correct} / {acc.total}")
    table.add_row("matched quotes with no gold speaker", "", "", "", str(result.speaker_null_gold))
    if result.voices is not None:
        v = result.voices
        for name, r in (
            ("voices: gold speakers found", v.found),
            ("voices: gender precision (answered)", v.gender_precision),
            ("voices: gender coverage (text genders)", v.gender_coverage),
            ("voices: source-type accuracy", v.source_type_accuracy),
        ):
            table.add_row(name, "", "", f"{r.rate:.3f}", f"{r.correct} / {r.total}")
    # Piped output gets a fixed width wide enough for one line per measure.
    Console(file=out, width=None if isatty(out) else 110).print(table)


def _fmt(x: float | None) -> str:
    return "—" if x is None else f"{x:.3f}"


def claims_table(result: ClaimEvaluation, out: IO[str]) -> None:
    """The claim scores beside the baseline, as plain aligned text."""
    rows = [
        ("claims precision", "precision"),
        ("claims recall", "recall"),
        ("claims F1", "f1"),
        ("claimer-type accuracy", "claimer_accuracy"),
        ("claim types micro-F1", "types_micro_f1"),
        ("hedged accuracy", "hedged_accuracy"),
        ("check-worthiness AUC", "checkworthiness_auc"),
    ]
    s, b = result.system, result.baseline
    out.write(
        f"{result.gold_path}: {s.articles} articles, {s.gold} gold claims, model {result.model}\n"
    )
    out.write(f"{'measure':<24}{'newsparse':>11}{'baseline':>11}\n")
    for label, key in rows:
        base = _fmt(getattr(b, key)) if b else "—"
        out.write(f"{label:<24}{_fmt(getattr(s, key)):>11}{base:>11}\n")
    out.write(f"matched {s.matched} of {s.gold} gold / {s.predicted} predicted\n")
