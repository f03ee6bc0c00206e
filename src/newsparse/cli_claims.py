"""`newsparse evaluate-claims GOLD.jsonl`: score claims against hand-annotated gold."""

from __future__ import annotations

import sys

import click

from newsparse.cli import handle_errors, model_option


def _fmt(x: float | None) -> str:
    return "—" if x is None else f"{x:.3f}"


@click.command("evaluate-claims")
@click.argument("gold", type=click.Path(dir_okay=False, path_type=str))
@click.option("--json", "json_", is_flag=True, help="Print the scores as JSON.")
@click.option("--no-baseline", is_flag=True, help="Skip the every-sentence baseline.")
@model_option
@handle_errors
def evaluate_claims(gold: str, json_: bool, no_baseline: bool, model: str) -> None:
    """Score claims against GOLD (JSONL: id, text, claims with start/end, claimer, types...)."""
    from newsparse.evaluate_claims import run_claim_evaluation

    result = run_claim_evaluation(gold, model=model, baseline=not no_baseline)
    if json_:
        click.echo(result.model_dump_json(indent=2))
        return
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
