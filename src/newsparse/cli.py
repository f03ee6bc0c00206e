"""Click commands: parse options, call the library, pick a renderer, map errors to exit codes.

Nothing heavy is imported at module level: ``newsparse --help`` must not load spaCy.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import click

from newsparse import __version__
from newsparse.errors import NewsparseError

F = TypeVar("F", bound=Callable[..., Any])

FORMAT_NAMES = ["rich", "json", "jsonl", "markdown"]


def _fail(message: str, code: int = 1) -> None:
    click.echo(f"newsparse: {message}", err=True)
    sys.exit(code)


def handle_errors(func: F) -> F:
    """Turn library errors into one stderr line and an exit code; never a traceback."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except NewsparseError as err:
            _fail(str(err), err.exit_code)
        except BrokenPipeError:
            # `newsparse ... | head`: the reader left; end quietly without a second error.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(0)
        except KeyboardInterrupt:
            _fail("interrupted", 130)
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except Exception as err:  # last resort: one line, not a traceback
            if os.environ.get("NEWSPARSE_DEBUG"):
                raise
            _fail(f"internal error: {type(err).__name__}: {err} (NEWSPARSE_DEBUG=1 shows more)")

    return wrapper  # type: ignore[return-value]


def model_option(func: F) -> F:
    return click.option(
        "--model",
        "-m",
        envvar="NEWSPARSE_MODEL",
        default="md",
        show_default=True,
        help="spaCy pipeline: md, sm, an installed package name (en_core_web_lg...) or a path.",
    )(func)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsparse")
def cli() -> None:
    """Who is in a news article, who said what, and what is claimed on whose word."""


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option(
    "--format",
    "-f",
    "format_",
    type=click.Choice(FORMAT_NAMES),
    default=None,
    help="Output format. Default: one input -> rich on a terminal, json when piped; "
    "several -> jsonl.",
)
@click.option("--json", "json_", is_flag=True, help="Same as --format json.")
@model_option
@click.option(
    "--top",
    type=click.IntRange(min=1),
    default=10,
    show_default=True,
    help="How many entities, quotes and claims per group the rich view shows.",
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
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary line.")
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=None,
    help="Refuse inputs larger than this (default 20,000,000).",
)
@handle_errors
def summarize(
    inputs: tuple[str, ...],
    format_: str | None,
    json_: bool,
    model: str,
    top: int,
    recursive: bool,
    patterns: tuple[str, ...],
    jobs: int | None,
    output_dir: str | None,
    skip_existing: bool,
    aggregate_: bool,
    quiet: bool,
    max_bytes: int | None,
) -> None:
    """Analyse articles and print structured summaries.

    INPUT is a file, a folder, a glob or - for stdin (one article, or JSON Lines records).
    One article gives one report; several give JSON Lines (one line per article, in sorted
    input order, with an error record for each input that failed). Exit status: 0 all good,
    1 some input failed, 2 usage error.
    """
    from newsparse import batch

    if json_:
        if format_ not in (None, "json"):
            raise click.UsageError("--json contradicts --format " + str(format_))
        format_ = "json"
    if skip_existing and not output_dir:
        raise click.UsageError("--skip-existing needs --output-dir")
    if output_dir and format_ not in (None, "json", "jsonl"):
        raise click.UsageError("--output-dir writes JSON; --format " + str(format_) + " is moot")
    options = batch.BatchOptions(
        inputs=list(inputs),
        recursive=recursive,
        patterns=patterns or batch.DEFAULT_PATTERNS,
        jobs=jobs or os.cpu_count() or 1,
        model=model,
        max_bytes=max_bytes,
        output_dir=output_dir,
        skip_existing=skip_existing,
        format=format_ if format_ in ("rich", "markdown") else "jsonl",
        top=top,
        aggregate=aggregate_,
        quiet=quiet,
    )
    single = batch.single_input(options, format_)
    if single is not None:
        if format_ is None:
            format_ = "rich" if sys.stdout.isatty() else "json"
        batch.run_single(single, options, format_)
        return
    code = batch.run(options)
    if code:
        sys.exit(code)


@cli.command()
def schema() -> None:
    """Print the JSON Schema of the report (the --json output)."""
    from newsparse.models import Report

    click.echo(json.dumps(Report.model_json_schema(), indent=2))


from newsparse.cli_claims import evaluate_claims  # noqa: E402
from newsparse.cli_evaluate import evaluate  # noqa: E402

cli.add_command(evaluate)
cli.add_command(evaluate_claims)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="newsparse")


from newsparse.cli_aggregate import aggregate  # noqa: E402  (light: no spaCy)

cli.add_command(aggregate)
