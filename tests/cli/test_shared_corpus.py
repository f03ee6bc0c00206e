"""End to end over the real articles in ../shared/corpus/text: every one analyses, and every
offset in every report points at the text it claims to."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsparse.cli import cli

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "text"

pytestmark = [
    pytest.mark.model,
    pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside the repo"),
]


@pytest.fixture(scope="module")
def reports() -> list[dict]:
    result = CliRunner().invoke(cli, ["summarize", str(CORPUS), "-m", "sm", "-j", "1", "-q"])
    assert result.exit_code == 0, result.output[-2000:]
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_every_file_is_reported(reports: list[dict]) -> None:
    assert len(reports) == len(list(CORPUS.glob("*.txt")))
    assert not [r for r in reports if "error" in r]
    assert [r["id"] for r in reports] == sorted(p.stem for p in CORPUS.glob("*.txt"))


def test_every_offset_points_at_its_text(reports: list[dict]) -> None:
    for report in reports:
        text = report["article"]["text"]
        for ent in report["entities"]:
            for m in ent["mentions"]:
                assert text[m["start"] : m["end"]] == m["text"], (report["id"], m)
        for quote in report["quotes"]:
            for span in quote["spans"]:
                assert 0 <= span["start"] < span["end"] <= len(text)
            if quote["speaker"]:
                sp = quote["speaker"]
                assert text[sp["start"] : sp["end"]] == sp["text"], (report["id"], sp)
            if quote["cue"]:
                cue = quote["cue"]
                assert text[cue["start"] : cue["end"]] == cue["text"], (report["id"], cue)
        for claim in report["claims"]:
            for span in claim["spans"]:
                assert text[span["start"] : span["end"]] in claim["text"], (report["id"], claim)
        for sent in report["summary"]:
            assert text[sent["start"] : sent["end"]] == sent["text"]


def test_most_articles_have_quotes_and_speakers(reports: list[dict]) -> None:
    # Every file in the corpus holds quotation marks (corpus README): most must yield quotes.
    with_quotes = [r for r in reports if any(q["kind"] == "direct" for q in r["quotes"])]
    assert len(with_quotes) >= 0.8 * len(reports)
    attributed = [q for r in reports for q in r["quotes"] if q["speaker"]]
    assert len(attributed) >= 0.7 * sum(len(r["quotes"]) for r in reports)
