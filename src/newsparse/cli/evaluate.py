"""``newsparse evaluate``: score quotes and speakers (or, with --claims, claims) against gold."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from newsparse.cli.common import handle_errors, model_option

if TYPE_CHECKING:
    from newsparse.eval.claims import ClaimEvaluation
    from newsparse.eval.quotes import EvalResult


def render_table(result: EvalResult) -> None:
    """The quote scores as one Rich table (fixed width when piped, one line per measure)."""
    from rich.console import Console
    from rich.table import Table

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
    # Piped output gets a fixed width wide enough for one line per measure.
    Console(file=sys.stdout, width=None if sys.stdout.isatty() else 110).print(table)


def _fmt(x: float | None) -> str:
    return "—" if x is None else f"{x:.3f}"


def render_claims_table(result: ClaimEvaluation) -> None:
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
    out = sys.stdout
    out.write(
        f"{result.gold_path}: {s.articles} articles, {s.gold} gold claims, model {result.model}\n"
    )
    out.write(f"{'measure':<24}{'newsparse':>11}{'baseline':>11}\n")
    for label, key in rows:
        base = _fmt(getattr(b, key)) if b else "—"
        out.write(f"{label:<24}{_fmt(getattr(s, key)):>11}{base:>11}\n")
    out.write(f"matched {s.matched} of {s.gold} gold / {s.predicted} predicted\n")


@click.command()
@click.argument("gold", type=click.Path(dir_okay=False, path_type=str))
@click.option(
    "--claims",
    is_flag=True,
    help="GOLD holds annotated claims (tests/fixtures/README.md): score claims instead.",
)
@click.option("--json", "json_", is_flag=True, help="Print the scores as JSON.")
@model_option
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Score the first N only.")
@click.option(
    "--no-baseline", is_flag=True, help="With --claims: skip the every-sentence baseline."
)
@click.option("--quiet", "-q", is_flag=True, help="No progress on stderr.")
@handle_errors
def evaluate(
    gold: str,
    claims: bool,
    json_: bool,
    model: str,
    limit: int | None,
    no_baseline: bool,
    quiet: bool,
) -> None:
    """Score newsparse against GOLD (JSON Lines, one annotated article a line).

    Quotes (default): direct quotes P/R/F1 with one-to-one matching at overlap >= 0.5 of the
    longer span, and on exact boundaries; speaker accuracy on matched quotes (named and pronoun
    gold apart); attributed F1; reported-speech recall and precision.

    Claims (--claims): claims P/R/F1 at the same matching, claimer-type accuracy, claim-type
    micro-F1, hedged accuracy and check-worthiness ROC AUC, beside an every-sentence baseline.
    """
    if claims:
        from newsparse.eval.claims import run_claim_evaluation

        claim_result = run_claim_evaluation(gold, model=model, baseline=not no_baseline)
        if json_:
            click.echo(claim_result.model_dump_json(indent=2))
        else:
            render_claims_table(claim_result)
        return
    from newsparse.eval.quotes import run_evaluation

    def progress(done: int, total: int) -> None:
        end = "\n" if done == total else ""
        click.echo(f"\revaluate: {done}/{total} articles{end}", err=True, nl=False)

    show = not quiet and sys.stderr.isatty()
    result = run_evaluation(gold, model=model, limit=limit, progress=progress if show else None)
    if json_:
        click.echo(result.model_dump_json(indent=2))
    else:
        render_table(result)
