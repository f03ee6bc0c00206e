"""The command line: a Click group whose commands are thin layers over the library.

Nothing heavy is imported here: ``newsparse --help`` must not load spaCy or Rich.
"""

from __future__ import annotations

import json

import click

from newsparse.cli.aggregate import aggregate
from newsparse.cli.evaluate import evaluate
from newsparse.cli.export import export
from newsparse.cli.summarize import summarize
from newsparse.version import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsparse")
def cli() -> None:
    """Who is in a news article, who said what, and what is claimed on whose word."""


@cli.command()
def schema() -> None:
    """Print the JSON Schema of the report (the --json output)."""
    from newsparse.models import Report

    click.echo(json.dumps(Report.model_json_schema(), indent=2))


for _command in (summarize, evaluate, aggregate, export):
    cli.add_command(_command)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="newsparse")
