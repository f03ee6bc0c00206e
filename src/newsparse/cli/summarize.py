"""``newsparse summarize``: one article or a whole folder, to Rich, Markdown, JSON or JSON Lines."""

from __future__ import annotations

import os
import sys

import click

from newsparse.cli.common import INPUT_FORMATS, handle_errors, model_option
from newsparse.render import FORMATS, TABLES, format_choices, stream_format, variant


@click.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option(
    "--format",
    "-f",
    "format_",
    type=click.Choice(format_choices()),
    default=None,
    help="Output format. Default: one input -> rich on a terminal, json when piped; "
    "several -> jsonl. html: a self-contained page (several inputs: with --output-dir); "
    "csv: one --table of all inputs.",
)
@click.option("--json", "json_", is_flag=True, help="Same as --format json.")
@click.option(
    "--table",
    type=click.Choice(TABLES),
    default=None,
    help="With --format csv: one row per quote, claim, entity or article.",
)
@click.option("--by-speaker", is_flag=True, help="Rich view: group the quotes per speaker.")
@click.option(
    "--input-format",
    type=click.Choice(INPUT_FORMATS),
    default=None,
    help="Read inputs as this format. Default: sniffed from each file's name and content.",
)
@model_option
@click.option(
    "--top",
    type=click.IntRange(min=0),
    default=10,
    show_default=True,
    help="How many entities, quotes and claims per group the rich view shows (0: all).",
)
@click.option("--recursive", "-r", is_flag=True, help="Search folders' sub-folders too.")
@click.option(
    "--pattern",
    "patterns",
    multiple=True,
    metavar="GLOB",
    help="File names a folder contributes (repeatable). Default: "
    "*.txt *.md *.html *.htm *.json *.jsonl.",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    envvar="NEWSPARSE_JOBS",
    help="Worker processes (each loads the model once). Default: the number of cores.",
)
@click.option(
    "--output-dir",
    "-o",
    type=click.Path(file_okay=False, path_type=str),
    default=None,
    help="Write one <name>.json per article here (atomically) plus _summary.json.",
)
@click.option(
    "--skip-existing", is_flag=True, help="With --output-dir: resume, skipping finished articles."
)
@click.option(
    "--aggregate",
    "aggregate_",
    is_flag=True,
    help="Also print a corpus roll-up on stderr (and _aggregate.json with --output-dir).",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option(
    "--offline", is_flag=True, help="Never use the network: URL inputs are refused, not fetched."
)
@click.option(
    "--id", "id_", default=None, metavar="ID", help="The id of the article read from stdin."
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=None,
    help="Refuse inputs larger than this (default 20,000,000).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0),
    default=60.0,
    show_default=True,
    help="Seconds an article may take (per 100,000 characters) before it is given up as an "
    "error record of type timeout; 0: no limit.",
)
@click.option(
    "--shard",
    default=None,
    metavar="K/N",
    help="Analyse only shard K of N (a stable hash of each input's output name): N runs, "
    "e.g. a Slurm array, together cover every input once. With --output-dir each writes "
    "_summary-K-of-N.json.",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default=None,
    help="local: worker processes here (default). dask: a Dask cluster (pip install "
    "newsparse[dask]); a LocalCluster of -j workers unless --scheduler is given.",
)
@click.option(
    "--scheduler",
    default=None,
    metavar="ADDRESS",
    help="A running Dask scheduler (tcp://host:8786); implies --engine dask.",
)
@handle_errors
def summarize(
    inputs: tuple[str, ...],
    format_: str | None,
    json_: bool,
    table: str | None,
    by_speaker: bool,
    input_format: str | None,
    model: str,
    top: int,
    recursive: bool,
    patterns: tuple[str, ...],
    jobs: int | None,
    output_dir: str | None,
    skip_existing: bool,
    aggregate_: bool,
    quiet: bool,
    offline: bool,
    id_: str | None,
    max_bytes: int | None,
    timeout: float,
    shard: str | None,
    engine: str | None,
    scheduler: str | None,
) -> None:
    """Analyse articles and print structured summaries.

    INPUT is a file, a folder, a glob, a URL (fetched; see --offline) or - for stdin (one
    article, or JSON Lines records).
    One article gives one report; several give JSON Lines (one line per article, in sorted
    input order, with an error record for each input that failed). Exit status: 0 all good,
    1 some input failed, 2 usage error, 3 an output could not be written.
    """
    from newsparse.batch import DEFAULT_PATTERNS, RunOptions, run
    from newsparse.batch.runner import single_input
    from newsparse.batch.shard import Shard

    if json_:
        if format_ not in (None, "json"):
            raise click.UsageError("--json contradicts --format " + str(format_))
        format_ = "json"
    if by_speaker and format_ is None:
        format_ = "rich"
    try:
        format_ = variant(format_, table=table, by_speaker=by_speaker) if format_ else None
    except ValueError as err:
        raise click.UsageError(str(err)) from None
    if table is not None and format_ is None:
        raise click.UsageError("--table goes with --format csv")
    if skip_existing and not output_dir:
        raise click.UsageError("--skip-existing needs --output-dir")
    if output_dir and not (format_ == "html" or FORMATS[stream_format(format_)].records):
        raise click.UsageError(
            "--output-dir writes JSON (and with --format html a page each); "
            f"--format {format_} is moot"
        )
    if id_ is not None and "-" not in inputs:
        raise click.UsageError("--id names the article read from stdin; give - as an input")
    if scheduler is not None and engine == "local":
        raise click.UsageError("--scheduler is a Dask scheduler; it goes with --engine dask")
    options = RunOptions(
        inputs=inputs,
        recursive=recursive,
        patterns=patterns or DEFAULT_PATTERNS,
        jobs=jobs or os.cpu_count() or 1,
        model=model,
        max_bytes=max_bytes,
        input_format=input_format,
        output_dir=output_dir,
        skip_existing=skip_existing,
        format=format_,
        terminal=sys.stdout.isatty(),
        top=top,
        aggregate=aggregate_,
        quiet=quiet,
        offline=offline,
        stdin_id=id_,
        timeout=timeout or None,
        shard=None if shard is None else Shard.parse(shard),
        engine="dask" if scheduler is not None else engine or "local",
        scheduler=scheduler,
    )
    if format_ == "html" and not output_dir and single_input(options) is None:
        raise click.UsageError("--format html with several inputs needs --output-dir")
    summary = run(options)
    if summary.exit_code:
        sys.exit(summary.exit_code)
