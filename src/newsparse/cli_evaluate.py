"""``newsparse evaluate GOLD.jsonl``: score quotes and speakers against annotated gold."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from newsparse.cli import handle_errors, model_option
from newsparse.errors import FormatError, InputError


def read_gold(path: str, limit: int | None = None) -> Iterator[dict[str, Any]]:
    """Records from a JSON Lines gold file; a bad line is a one-line FormatError."""
    p = Path(path)
    try:
        handle = p.open(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except OSError as err:
        raise InputError(f"{p}: cannot read ({err.strerror or err})") from None
    count = 0
    with handle:
        for n, line in enumerate(handle, 1):
            if not line.strip():
                continue
            if limit is not None and count >= limit:
                return
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                raise FormatError(f"{p}:{n}: not valid JSON ({err.msg})") from None
            if not isinstance(record, dict):
                raise FormatError(f"{p}:{n}: expected a JSON object per line")
            count += 1
            yield record


def run(path: str, *, model: str | None, limit: int | None, progress: bool) -> Any:
    """Analyse every gold article (entities + quotes only) and score it."""
    from newsparse.analyze import paragraph_starts
    from newsparse.evaluate import aggregate, gold_from_record, pred_segments, score_article
    from newsparse.extract.entities import extract_entities
    from newsparse.extract.quotes import extract_quotes
    from newsparse.loader import article_from_record
    from newsparse.nlp import load_pipeline, parse_many

    records = list(read_gold(path, limit))
    if not records:
        raise InputError(f"{path}: no records")
    articles = [article_from_record(r, path=path) for r in records]
    nlp = load_pipeline(model)
    counts = []
    for k, (record, article, doc) in enumerate(
        zip(records, articles, parse_many(nlp, (a.text for a in articles)), strict=True), 1
    ):
        starts = paragraph_starts(article)
        entities = extract_entities(doc, headline=article.headline)
        quotes = extract_quotes(doc, entities=entities, paragraph_starts=starts, warnings=[])
        gold, ignore = gold_from_record(record)
        counts.append(score_article(gold, pred_segments(quotes), ignore))
        if progress:
            click.echo(f"\revaluate: {k}/{len(records)} articles", err=True, nl=False)
    if progress:
        click.echo("", err=True)
    return aggregate(counts)


def render_table(result: Any) -> None:
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


@click.command()
@click.argument("gold", type=click.Path(dir_okay=False, path_type=str))
@click.option("--json", "json_", is_flag=True, help="Print the scores as JSON.")
@model_option
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Score the first N only.")
@click.option("--quiet", "-q", is_flag=True, help="No progress on stderr.")
@handle_errors
def evaluate(gold: str, json_: bool, model: str, limit: int | None, quiet: bool) -> None:
    """Score quote extraction and attribution against GOLD (JSON Lines, one article a line).

    Direct quotes: P/R/F1 with one-to-one matching at overlap ≥ 0.5 of the longer span, and on
    exact boundaries; speaker accuracy on matched quotes (named and pronoun gold apart);
    attributed F1; reported-speech recall and precision.
    """
    result = run(gold, model=model, limit=limit, progress=not quiet and sys.stderr.isatty())
    if json_:
        click.echo(result.model_dump_json(indent=2))
    else:
        render_table(result)
