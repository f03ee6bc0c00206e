"""Voices end to end: summarize a real sample, then aggregate its report as CSV and tables."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsparse.cli import cli

pytestmark = pytest.mark.model


def test_summarize_then_aggregate(sample_path: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    done = runner.invoke(cli, ["summarize", str(sample_path), "--format", "json"])
    assert done.exit_code == 0, done.output
    report = json.loads(done.output)
    names = [v["name"] for v in report["voices"]]
    assert "Michael McFaul" in names
    assert all(v["quotes"] for v in report["voices"])
    path = tmp_path / "r.json"
    path.write_text(done.output)

    md = runner.invoke(cli, ["summarize", str(sample_path), "--format", "markdown"])
    assert "## Voices" in md.output and "Michael McFaul" in md.output

    table = runner.invoke(
        cli, ["summarize", str(sample_path), "--format", "csv", "--table", "voices"]
    )
    rows = list(csv.DictReader(io.StringIO(table.output)))
    assert {r["name"] for r in rows} == set(names)

    rolled = runner.invoke(cli, ["aggregate", str(path), "--format", "csv"])
    assert rolled.exit_code == 0, rolled.output
    rows = list(csv.DictReader(io.StringIO(rolled.output)))
    assert rows[0]["scope"] == "all" and int(rows[0]["quotes"]) > 0
    assert "Michael McFaul" in [r["key"] for r in rows if r["scope"] == "voice"]
    shown = runner.invoke(cli, ["aggregate", str(path)])
    assert "Voices by gender" in shown.output and "Most quoted voices" in shown.output
