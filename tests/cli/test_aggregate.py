"""`newsparse aggregate`: JSON and tables from report files or stdin; a missing file is one line."""

from __future__ import annotations

import json

from click.testing import CliRunner

from newsparse.cli import cli

JANE = {"name": "Jane Doe", "anonymous": False}
TOM = {"name": "Tom Baker", "anonymous": False}
REPORT = {
    "id": "a",
    "article": {"word_count": 100},
    "entities": [{"name": "Jane Doe", "label": "PERSON", "count": 3}],
    "quotes": [{"speaker": JANE}, {"speaker": JANE}, {"speaker": TOM}],
    "claims": [],
    "sourcing": {"named": 0, "anonymous": 0, "media": 0, "none": 0},
}
LINES = [
    json.dumps(REPORT),
    json.dumps({"id": "c", "path": "c.txt", "error": {"type": "InputError", "message": "bad"}}),
    "not json at all",
]


def test_cli_json_and_tables(tmp_path) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text("\n".join(LINES) + "\n")
    runner = CliRunner()
    as_json = runner.invoke(cli, ["aggregate", str(path), "--json"])
    assert as_json.exit_code == 0, as_json.output
    assert json.loads(as_json.stdout)["speakers"][0]["name"] == "Jane Doe"
    tables = runner.invoke(cli, ["aggregate", "-"], input="\n".join(LINES))
    assert tables.exit_code == 0
    assert "Most quoted speakers" in tables.stdout and "Tom Baker" in tables.stdout
    missing = runner.invoke(cli, ["aggregate", str(tmp_path / "nope.jsonl")])
    assert missing.exit_code == 1
    assert "Traceback" not in missing.output
