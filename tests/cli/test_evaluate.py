"""`newsparse evaluate` (quotes): bad gold is one line, a tiny gold file scores as expected."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner


def test_cli_bad_json_is_one_line(tmp_path) -> None:
    from newsparse.cli import cli

    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"text": "ok"}\nnot json\n')
    result = CliRunner().invoke(cli, ["evaluate", str(bad), "--limit", "5"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output


def test_cli_missing_file(tmp_path) -> None:
    from newsparse.cli import cli

    result = CliRunner().invoke(cli, ["evaluate", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 1
    assert "no such file" in result.output


@pytest.mark.model
def test_cli_json_on_a_tiny_gold_file(tmp_path) -> None:
    from newsparse.cli import cli

    text = "Headline.\n\n“We will win,” Smith said on Monday."
    record = {
        "id": "t1",
        "text": text,
        "quotes": [
            {
                "start": 11,
                "end": 26,
                "kind": "direct",
                "speaker": "Smith",
                "speaker_is_pronoun": False,
                "cue": "said",
            }
        ],
        "ignore_spans": [],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record) + "\n")
    result = CliRunner().invoke(cli, ["evaluate", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["direct"]["tp"] == 1
    assert data["attributed"]["tp"] == 1


@pytest.mark.model
def test_cli_scores_a_gold_file_whose_texts_live_elsewhere(tmp_path) -> None:
    import hashlib

    from newsparse.cli import cli

    text = "Headline.\n\n“We will win,” Smith said on Monday."
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "a.txt").write_text(text)
    record = {
        "id": "t1",
        "file": "a.txt",
        "sha256": hashlib.sha256(text.encode()).hexdigest(),
        "quotes": [{"start": 11, "end": 26, "kind": "direct", "speaker": "Smith"}],
    }
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(record) + "\n")
    args = ["evaluate", str(gold), "--json", "-m", "sm", "--texts", str(tmp_path / "texts")]
    first = CliRunner().invoke(cli, [*args, "--cache", str(tmp_path / "cache")])
    assert first.exit_code == 0, first.output
    again = CliRunner().invoke(cli, [*args, "--cache", str(tmp_path / "cache")])
    assert again.output == first.output
    assert json.loads(first.output)["attributed"]["tp"] == 1
    missing = CliRunner().invoke(cli, ["evaluate", str(gold)])
    assert missing.exit_code == 1
    assert "pass --texts" in missing.output


def test_cli_claims_half_is_applied_or_refused(tmp_path) -> None:
    from newsparse.cli import cli

    claim = {"start": 0, "end": 5, "claimer": "article"}
    gold = tmp_path / "claims.jsonl"
    gold.write_text(json.dumps({"id": "a", "text": "Prices rose.", "claims": [claim]}) + "\n")
    plain = CliRunner().invoke(cli, ["evaluate", "--claims", str(gold), "--half", "dev"])
    assert plain.exit_code == 1
    assert "no record has a 'half'" in plain.output
    gold.write_text(
        json.dumps({"id": "a", "text": "Prices rose.", "half": "dev", "claims": [claim]}) + "\n"
    )
    other = CliRunner().invoke(cli, ["evaluate", "--claims", str(gold), "--half", "check"])
    assert other.exit_code == 1
    assert "no record of half 'check'" in other.output
    both = CliRunner().invoke(cli, ["evaluate", "--claims", str(gold), "--by-half"])
    assert both.exit_code == 2
    assert "--half dev|check" in both.output
    assert "Traceback" not in plain.output + other.output + both.output
