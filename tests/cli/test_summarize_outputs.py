"""`summarize` outputs and options from issue 14, end to end with the small model: CSV tables,
HTML pages with an index, --by-speaker, --id, URL inputs and --offline, skipped READMEs."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from local_server import serving
from newsparse.cli import cli

ARTICLES = {
    "alpha": 'Mayor Jane Doe said "the bridge opens in May" on Monday.',
    "bravo": '"We will appeal," said lawyer Tom Baker. "It is unfair," Baker added.',
}


@pytest.fixture(scope="module")
def serve() -> Iterator[str]:
    with serving() as url:
        yield url


def _cli(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, ["summarize", "--model", "sm", *args], input=input)


def _folder(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    root.mkdir()
    for name, body in ARTICLES.items():
        (root / f"{name}.txt").write_text(f"Headline {name}\n\n{body}\n")
    (root / "README.md").write_text("# Notes\n\nThese are my test articles.\n")
    return root


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"text": "One story."}\n{"text": "Another story."}\n')
    for args in (
        [str(feed), "--format", "html"],
        [str(root), "--format", "csv"],
        [str(root), "--table", "quotes"],
        [str(root), "--format", "json", "--table", "quotes"],
        [str(root), "--format", "html"],
        [str(root), "--format", "markdown", "--by-speaker"],
        [str(root / "alpha.txt"), "--id", "x"],
        [str(root / "alpha.txt"), "--model", "no_such_pipeline"],
    ):
        got = _cli(*args)
        assert got.exit_code == 2, (args, got.output)
        assert "Traceback" not in got.output


@pytest.mark.model
def test_csv_table_of_a_folder_and_readme_skipped(tmp_path: Path) -> None:
    got = _cli(str(_folder(tmp_path)), "--format", "csv", "--table", "quotes", "-j", "1")
    assert got.exit_code == 0, got.output
    rows = list(csv.DictReader(io.StringIO(got.stdout)))
    assert {r["article_id"] for r in rows} == {"alpha", "bravo"}
    assert got.stdout.count("article_id,") == 1
    assert "skipped" in got.stderr and "README.md" in got.stderr


@pytest.mark.model
def test_html_pages_and_index_in_the_output_folder(tmp_path: Path) -> None:
    out = tmp_path / "out"
    got = _cli(str(_folder(tmp_path)), "--format", "html", "-o", str(out), "-j", "1")
    assert got.exit_code == 0, got.output
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(
        [
            "alpha.txt.json",
            "alpha.txt.html",
            "bravo.txt.json",
            "bravo.txt.html",
            "index.html",
            "_summary.json",
        ]
    )
    index = (out / "index.html").read_text()
    assert 'href="alpha.txt.html"' in index and 'href="bravo.txt.html"' in index
    assert "Most quoted" in index
    assert "Tom Baker" in (out / "bravo.txt.html").read_text()


@pytest.mark.model
def test_by_speaker_and_stdin_id(tmp_path: Path) -> None:
    text = "Headline\n\n" + ARTICLES["bravo"] + "\n"
    view = _cli("-", "--by-speaker", "--top", "0", input=text)
    assert view.exit_code == 0 and "Quotes by speaker" in view.stdout and "2 quotes" in view.stdout
    named = _cli("-", "--id", "my-story", "--json", input=text)
    assert json.loads(named.stdout)["id"] == "my-story"


@pytest.mark.model
def test_url_input_fetched_or_refused_offline(serve: str) -> None:
    got = _cli(f"{serve}/story", "--json")
    assert got.exit_code == 0, got.output
    assert f"fetching {serve}/story" in got.stderr
    assert json.loads(got.stdout)["article"]["url"] == f"{serve}/story"
    refused = _cli(f"{serve}/story", "--offline")
    assert refused.exit_code == 1 and "--offline" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
