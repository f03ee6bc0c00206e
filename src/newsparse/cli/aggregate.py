"""``newsparse aggregate``: roll up JSON Lines of reports into corpus-level tables."""

from __future__ import annotations

import sys

import click

from newsparse.cli.common import handle_errors


@click.command()
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--json", "json_", is_flag=True, help="Print the roll-up as JSON.")
@click.option(
    "--top",
    type=click.IntRange(min=1),
    default=15,
    show_default=True,
    help="How many entities and speakers to list.",
)
@handle_errors
def aggregate(files: tuple[str, ...], json_: bool, top: int) -> None:
    """Most mentioned entities, most quoted speakers and anonymous sourcing across reports.

    FILES are JSON Lines written by `newsparse summarize` (default: stdin). Error records are
    counted and skipped.
    """
    from newsparse.corpus import aggregate_lines, report_lines

    summary = aggregate_lines(report_lines(files or ("-",)), top=top)
    if json_:
        click.echo(summary.model_dump_json(indent=2))
    else:
        from newsparse.render.corpus import render

        render(summary, sys.stdout, top=top)
