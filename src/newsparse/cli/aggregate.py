"""``newsparse aggregate``: roll up reports (JSON, JSON Lines, --output-dir folders)."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import click

from newsparse.cli.common import handle_errors

MAX_REASONS = 20
"""Bad records named on stderr one by one; past this only their number is given."""


@click.command()
@click.argument("files", nargs=-1, type=click.Path(allow_dash=True))
@click.option(
    "--format",
    "-f",
    "format_",
    type=click.Choice(["rich", "json", "html", "csv"]),
    default=None,
    help="rich tables (default), json, html: one self-contained page with charts, or csv: "
    "the voices roll-up (gender, naming, source types per outlet and month, top voices).",
)
@click.option("--json", "json_", is_flag=True, help="Same as --format json.")
@click.option(
    "--top",
    type=click.IntRange(min=1),
    default=15,
    show_default=True,
    help="How many entities and speakers to list.",
)
@handle_errors
def aggregate(files: tuple[str, ...], format_: str | None, json_: bool, top: int) -> None:
    """Most mentioned entities, most quoted speakers, anonymous sourcing and voices (gender,
    naming, source types; per outlet and month) across reports.

    FILES are what `newsparse summarize` wrote: JSON Lines, one --json report, or an
    --output-dir folder (default: stdin). Error records are counted; a record that is not a
    valid report is named on stderr (file:line: reason) and skipped, and the exit status is 1.
    """
    from newsparse.corpus import aggregate as roll_up
    from newsparse.reports import Bad, Record, read_reports

    if json_:
        if format_ not in (None, "json"):
            raise click.UsageError(f"--json contradicts --format {format_}")
        format_ = "json"
    bad = 0

    def noted(records: Iterator[Record]) -> Iterator[Record]:
        nonlocal bad
        for record in records:
            if isinstance(record, Bad):
                bad += 1
                if bad <= MAX_REASONS:
                    click.echo(f"newsparse: skipped {record}", err=True)
            yield record

    summary = roll_up(noted(read_reports(files or ("-",))), top=top)
    if bad > MAX_REASONS:
        click.echo(f"newsparse: … and {bad - MAX_REASONS} more invalid records", err=True)
    if format_ == "json":
        click.echo(summary.model_dump_json(indent=2))
    elif format_ == "html":
        from newsparse.render.corpus_html import render

        render(summary, sys.stdout, top=top)
    elif format_ == "csv":
        from newsparse.render.corpus_csv import render as csv_table

        csv_table(summary, sys.stdout, top=top)
    else:
        from newsparse.render.corpus import render as tables

        tables(summary, sys.stdout, top=top)
    if bad:
        click.echo(f"newsparse: {bad} invalid record(s) skipped", err=True)
        sys.exit(1)
