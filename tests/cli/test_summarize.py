"""`newsparse summarize` on one input through Click's CliRunner, mostly on the bundled sample."""

from __future__ import annotations

import json

import jsonschema
import pytest
from click.testing import CliRunner

from newsparse.cli import cli


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_missing_file_is_one_line_exit_1(runner: CliRunner, tmp_path) -> None:
    result = runner.invoke(cli, ["summarize", str(tmp_path / "nope.txt")])
    assert result.exit_code in (1, 2)
    assert "Traceback" not in result.output


def test_unknown_option_is_usage_error(runner: CliRunner, sample_path) -> None:
    result = runner.invoke(cli, ["summarize", str(sample_path), "--format", "yaml"])
    assert result.exit_code == 2


@pytest.mark.model
def test_json_output_validates_against_schema(runner: CliRunner, sample_path) -> None:
    schema = json.loads(runner.invoke(cli, ["schema"]).output)
    result = runner.invoke(cli, ["summarize", str(sample_path), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    jsonschema.validate(report, schema)
    assert report["schema_version"] == "2"
    assert report["article"]["text"]


@pytest.mark.model
def test_rich_and_markdown_render(runner: CliRunner, sample_path) -> None:
    for fmt in ("rich", "markdown"):
        result = runner.invoke(cli, ["summarize", str(sample_path), "--format", fmt])
        assert result.exit_code == 0, result.output
        assert "McFaul" in result.output


def test_input_format_choices_match_the_loader() -> None:
    from newsparse.cli.common import INPUT_FORMATS
    from newsparse.loader import FORMATS

    assert list(FORMATS) == INPUT_FORMATS


@pytest.mark.model
def test_input_format_overrides_sniffing(runner: CliRunner, tmp_path) -> None:
    # A .txt file that holds a JSON record: sniffed as text unless told otherwise.
    record = {"id": "rec-1", "text": "Anna Smith said the plan “will work.”"}
    path = tmp_path / "record.txt"
    path.write_text(json.dumps(record), encoding="utf-8")
    result = runner.invoke(
        cli, ["summarize", str(path), "--json", "--input-format", "json", "--model", "sm"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["id"] == "rec-1"
    assert report["article"]["text"] == record["text"]


def test_format_choices_are_the_render_registry() -> None:
    from newsparse.cli.summarize import summarize
    from newsparse.render import FORMATS, format_choices

    (option,) = [p for p in summarize.params if p.name == "format_"]
    assert list(option.type.choices) == format_choices()  # type: ignore[attr-defined]
    assert set(format_choices()) - {"csv"} <= set(FORMATS)


def test_pattern_help_names_the_default_patterns() -> None:
    from newsparse.batch import DEFAULT_PATTERNS
    from newsparse.cli.summarize import summarize

    (option,) = [p for p in summarize.params if p.name == "patterns"]
    assert " ".join(DEFAULT_PATTERNS) in (option.help or "")
