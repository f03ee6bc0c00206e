"""`newsparse export`: the table to stdout or a file, a one-line summary on stderr."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from newsparse.cli import cli
from report_factory import make_report


def test_export_csv_to_stdout_and_file(tmp_path: Path) -> None:
    reports = tmp_path / "r.jsonl"
    reports.write_text(make_report().model_dump_json() + "\n")
    got = CliRunner().invoke(cli, ["export", str(reports), "--table", "entities"])
    assert got.exit_code == 0, got.output
    assert got.stdout.splitlines()[1].startswith("a1,e1,Anna Smith,PERSON")
    assert "1 entities row(s) from 1 report(s)" in got.stderr
    target = tmp_path / "e.csv"
    again = CliRunner().invoke(cli, ["export", str(reports), "-t", "articles", "-o", str(target)])
    assert again.exit_code == 0 and target.read_text().startswith("article_id,path,headline")


def test_export_needs_a_table_and_names_bad_records(tmp_path: Path) -> None:
    assert CliRunner().invoke(cli, ["export", "-"], input="").exit_code == 2
    got = CliRunner().invoke(cli, ["export", "-", "-t", "quotes"], input="not json\n")
    assert got.exit_code == 1 and "<stdin>:1: not JSON" in got.stderr
    assert "Traceback" not in got.output
