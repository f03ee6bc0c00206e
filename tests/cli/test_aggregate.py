"""`newsparse aggregate`: JSON Lines, one --json report, an --output-dir folder or stdin; bad
records named with file:line and counted; tables, JSON or an HTML page."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newsparse.cli import cli
from report_factory import person, tiny_report

JANE, TOM = person("Jane Doe"), person("Tom Baker")
REPORT = tiny_report("a", [("Jane Doe", "PERSON", 3)], [JANE, JANE, TOM])
FAILURE = {"id": "c", "path": "c.txt", "error": {"type": "InputError", "message": "bad"}}


def lines(*extra: str) -> str:
    return "\n".join([REPORT.model_dump_json(), json.dumps(FAILURE), *extra]) + "\n"


def run(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(cli, ["aggregate", *args], input=input)


def test_json_and_tables(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text(lines())
    as_json = run(str(path), "--json")
    assert as_json.exit_code == 0, as_json.output
    data = json.loads(as_json.stdout)
    assert data["speakers"][0]["name"] == "Jane Doe" and data["failed"] == 1
    tables = run("-", input=lines())
    assert tables.exit_code == 0
    assert "Most quoted speakers" in tables.stdout and "Tom Baker" in tables.stdout


def test_reads_a_json_report_and_an_output_folder(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(REPORT.model_dump_json(indent=2))
    folder = tmp_path / "out"
    folder.mkdir()
    for rid in ("x", "y"):
        (folder / f"{rid}.json").write_text(
            tiny_report(rid, [("Leeds", "GPE", 1)]).model_dump_json()
        )
    (folder / "_summary.json").write_text(json.dumps({"counts": {}}))
    (folder / "_aggregate.json").write_text(json.dumps({"articles": 2}))
    got = run(str(tmp_path / "one.json"), str(folder), "--json")
    assert got.exit_code == 0, got.output
    assert json.loads(got.stdout)["articles"] == 3


def test_bad_records_are_named_counted_and_exit_1(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    path.write_bytes(("\ufeff" + lines('{"entities": "abc"}', "not json")).encode())
    got = run(str(path), "--json")
    assert got.exit_code == 1
    data = json.loads(got.stdout)
    assert (data["articles"], data["failed"], data["invalid_lines"]) == (1, 1, 2)
    assert f"{path}:3: not a valid report" in got.stderr
    assert f"{path}:4: not JSON" in got.stderr
    assert "Traceback" not in got.output


def test_missing_file_and_nothing_valid_are_one_line_errors(tmp_path: Path) -> None:
    missing = run(str(tmp_path / "nope.jsonl"))
    assert missing.exit_code == 1 and "nope.jsonl" in missing.stderr
    garbage = run("-", input="nope\n[1, 2]\n")
    assert garbage.exit_code == 1 and "no valid report records" in garbage.stderr
    assert "Traceback" not in missing.output + garbage.output


def test_html_corpus_page(tmp_path: Path) -> None:
    got = run("-", "--format", "html", input=lines())
    assert got.exit_code == 0
    page = got.stdout
    assert page.startswith("<!DOCTYPE html>") and "Most quoted" in page and "Jane Doe" in page
    assert "<svg" in page and "http" not in page.replace("http-equiv", "")
    contradict = run("-", "--json", "--format", "html", input=lines())
    assert contradict.exit_code == 2
