"""The command group: help for every command, the schema command, and a fast start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from newsparse.cli import cli

ROOT = Path(__file__).resolve().parents[2]


def test_every_command_has_help() -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["--help"])
    assert result.exit_code == 0
    for name in cli.commands:
        sub = runner.invoke(cli, [name, "--help"])
        assert sub.exit_code == 0, name
        assert "Usage:" in sub.output


def test_schema_is_the_reports_json_schema() -> None:
    from newsparse.models import Report

    result = CliRunner().invoke(cli, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.output) == Report.model_json_schema()


def test_importing_the_cli_does_not_import_spacy() -> None:
    code = "import sys, newsparse.cli; sys.exit('spacy' in sys.modules or 'rich' in sys.modules)"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    assert subprocess.run([sys.executable, "-c", code], env=env).returncode == 0
