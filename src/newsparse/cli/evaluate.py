"""``newsparse evaluate``: score quotes and speakers (or, with --claims, claims) against gold."""

from __future__ import annotations

import sys

import click

from newsparse.cli.common import handle_errors, model_option


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
@click.option(
    "--texts",
    type=click.Path(file_okay=False, exists=True, path_type=str),
    envvar="NEWSPARSE_TEXTS",
    help="Folder that gold records' 'file' paths are relative to (records without 'text').",
)
@click.option(
    "--cache",
    type=click.Path(file_okay=False, path_type=str),
    help="Folder of parsed Docs reused between runs: re-scoring after a rule change is fast.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress on stderr.")
@click.option(
    "--half",
    type=click.Choice(["dev", "check", "even", "odd"]),
    default=None,
    help="Score only the records of this half: their 'half' field (dev, check), or by"
    " position in a file without one (even, odd).",
)
@click.option(
    "--by-half",
    is_flag=True,
    help="Show each half beside the total (even/odd by position when records have no half).",
)
@handle_errors
def evaluate(
    gold: str,
    claims: bool,
    json_: bool,
    model: str,
    limit: int | None,
    no_baseline: bool,
    texts: str | None,
    cache: str | None,
    quiet: bool,
    half: str | None,
    by_half: bool,
) -> None:
    """Score newsparse against GOLD (JSON Lines, one annotated article a line).

    Quotes (default): direct quotes P/R/F1 with one-to-one matching at overlap >= 0.5 of the
    longer span, and on exact boundaries; speaker accuracy on matched quotes (named and pronoun
    gold apart); attributed F1; reported-speech recall and precision. When the records carry
    them: resolved-speaker accuracy (speaker_name), entity precision / recall / split rate
    (entities), and the same per half (half; --half, --by-half).

    Claims (--claims): claims P/R/F1 at the same matching, claimer-type accuracy, claim-type
    micro-F1, hedged accuracy and check-worthiness ROC AUC, beside an every-sentence baseline.
    """
    if claims:
        from newsparse.eval.claims import run_claim_evaluation

        if by_half:
            raise click.UsageError("--by-half scores quotes; with --claims use --half dev|check")
        claim_result = run_claim_evaluation(
            gold, model=model, baseline=not no_baseline, texts=texts, cache=cache, half=half
        )
        if json_:
            click.echo(claim_result.model_dump_json(indent=2))
        else:
            from newsparse.render.eval import claims_table

            claims_table(claim_result, sys.stdout)
        return
    from newsparse.eval.quotes import run_evaluation

    def progress(done: int, total: int) -> None:
        end = "\n" if done == total else ""
        click.echo(f"\revaluate: {done}/{total} articles{end}", err=True, nl=False)

    show = not quiet and sys.stderr.isatty()
    result = run_evaluation(
        gold,
        model=model,
        limit=limit,
        half=half,
        by_half=by_half,
        progress=progress if show else None,
        texts=texts,
        cache=cache,
    )
    if json_:
        click.echo(result.model_dump_json(indent=2))
    else:
        from newsparse.render.eval import quotes_table

        quotes_table(result, sys.stdout, by_half=by_half)
