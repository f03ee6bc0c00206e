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
@click.argument("path", type=click.Path(dir_okay=False, allow_dash=False, path_type=str))
@click.option(
    "--format",
    "-f",
    "format_",
    type=click.Choice(FORMAT_NAMES),
    default=None,
    help="Output format. Default: rich on a terminal, json when piped.",
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
@handle_errors
def summarize(path: str, format_: str | None, json_: bool, model: str, top: int) -> None:
    """Analyse an article and print a structured summary."""
    from newsparse.analyze import analyze
    from newsparse.loader import load_article
    from newsparse.render import get_renderer

    if json_:
        if format_ not in (None, "json"):
            raise click.UsageError("--json contradicts --format " + str(format_))
        format_ = "json"
    if format_ is None:
        format_ = "rich" if sys.stdout.isatty() else "json"
    article = load_article(path)
    report = analyze(article, model=model)
    get_renderer(format_)(report, sys.stdout, top=top)


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
