"""``newsparse export``: reports -> a CSV or Parquet table for spreadsheets and dataframes."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, cast

import click

from newsparse.cli.common import handle_errors
from newsparse.render import TABLES

if TYPE_CHECKING:
    from newsparse.tables import Table

MAX_REASONS = 20


@click.command()
@click.argument("reports", nargs=-1, type=click.Path(allow_dash=True))
@click.option("--table", "-t", type=click.Choice(TABLES), required=True, help="Rows of what.")
@click.option(
    "--format",
    "-f",
    "format_",
    type=click.Choice(["csv", "parquet"]),
    default="csv",
    show_default=True,
    help="parquet needs pyarrow (pip install 'newsparse[parquet]').",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, writable=True, allow_dash=True),
    default="-",
    help="Write here instead of stdout.",
)
@handle_errors
def export(reports: tuple[str, ...], table: str, format_: str, output: str) -> None:
    """One row per quote, claim, entity or article of REPORTS, with the article id and offsets.

    REPORTS are what `newsparse summarize` wrote: JSON Lines, one --json report, or an
    --output-dir folder (default: stdin). Error records are skipped; a record that is not a
    valid report is named on stderr (file:line: reason) and the exit status is 1.
    """
    from newsparse.export import export as run_export
    from newsparse.reports import Bad

    if format_ == "parquet" and output == "-" and sys.stdout.isatty():
        raise click.UsageError("Parquet is binary: give --output FILE or redirect stdout")
    shown = 0

    def note(bad: Bad) -> None:
        nonlocal shown
        shown += 1
        if shown <= MAX_REASONS:
            click.echo(f"newsparse: skipped {bad}", err=True)

    stream = click.open_file(output, "wb" if format_ == "parquet" else "w", atomic=output != "-")
    with stream as out:
        counts = run_export(
            reports or ("-",),
            table=cast("Table", table),
            fmt=format_,
            out=out,
            on_bad=note,
        )
    if counts.invalid > MAX_REASONS:
        click.echo(
            f"newsparse: … and {counts.invalid - MAX_REASONS} more invalid records", err=True
        )
    click.echo(
        f"newsparse: {counts.rows} {table} row(s) from {counts.reports} report(s)"
        + (f"; {counts.failed} error record(s) skipped" if counts.failed else "")
        + (f"; {counts.invalid} invalid record(s) skipped" if counts.invalid else ""),
        err=True,
    )
    if counts.invalid:
        sys.exit(1)
