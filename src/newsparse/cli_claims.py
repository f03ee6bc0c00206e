"""`newsparse evaluate-claims GOLD.jsonl`: score claims against hand-annotated gold."""

from __future__ import annotations

import sys

import click

from newsparse.cli import handle_errors, model_option


def run_claim_evaluation(gold_path: str, *, model: str | None = None, baseline: bool = True):
    """Analyse every gold text as given and score the claims (and the sentence baseline)."""
    from newsparse.analyze import analyze_stream
    from newsparse.evaluate_claims import (
        ClaimEvaluation,
        baseline_claims,
        pred_from_claim,
        read_gold,
        score,
    )
    from newsparse.loader import article_from_record
    from newsparse.nlp import load_pipeline, model_label, parse

    gold = read_gold(gold_path)
    nlp = load_pipeline(model)
    articles = [
        article_from_record({"id": g.id, "text": g.text, "headline": g.headline}) for g in gold
    ]
    system, base = [], []
    for g, report in zip(gold, analyze_stream(articles, nlp=nlp), strict=True):
        system.append((g.claims, [pred_from_claim(c) for c in report.claims]))
        if baseline:
            doc = parse(nlp, g.text)
            sents = [(s.start_char, s.end_char) for s in doc.sents]
            base.append((g.claims, baseline_claims(g.text, sents)))
    return ClaimEvaluation(
        gold_path=str(gold_path),
        model=model_label(nlp),
        system=score(system),
        baseline=score(base) if baseline else None,
    )


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
