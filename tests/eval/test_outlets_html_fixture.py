"""The HTML-page gold matches its texts in ../shared/ and the table in tests/fixtures/README.md."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
_spec = importlib.util.spec_from_file_location("gold_texts_html", FIXTURES / "gold_texts_html.py")
gth = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gth)

RECORDS = gth.load_records(FIXTURES / "outlets-html.jsonl")

needs_shared = pytest.mark.skipif(not gth.SHARED.is_dir(), reason="../shared/ absent")


def test_ids_unique_and_halves_both_used():
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids))
    assert {r["half"] for r in RECORDS} == {"dev", "check"}


@needs_shared
@pytest.mark.parametrize("record", RECORDS, ids=[r["id"][8:20] for r in RECORDS])
def test_record_matches_its_text(record):
    assert (gth.SHARED / record["file"]).is_file()
    text = gth.gold_text(record)
    assert gth.validate_outlets_record(record, text) == []


@needs_shared
def test_validator_catches_a_shifted_quote():
    record = RECORDS[0]
    text = gth.gold_text(record)
    bad = dict(record, quotes=[dict(record["quotes"][0], start=record["quotes"][0]["start"] + 1)])
    assert gth.validate_outlets_record(bad, text)


def _readme_rows() -> dict[str, tuple[str, int, int, int, int]]:
    """The outlets-html table of tests/fixtures/README.md: stem prefix -> half and counts."""
    text = (FIXTURES / "README.md").read_text(encoding="utf-8")
    section = text.split("## outlets-html.jsonl", 1)[1].split("\n## ", 1)[0]
    row = re.compile(r"^\| (dev|check) \| (\S+) \| .+ \| (\d+) \((\d+)\) \| (\d+) \((\d+)\) \|$")
    rows = {}
    for line in section.splitlines():
        if m := row.match(line):
            half, stem, segs, attrs, ents, mentions = m.groups()
            rows[stem] = (half, int(segs), int(attrs), int(ents), int(mentions))
    return rows


def test_readme_table_matches_the_records():
    """The documented pages, halves and counts are the fixture's (needs no ../shared/)."""
    found = {
        r["id"].removeprefix("outlets:")[:12]: (
            r["half"],
            len(r["quotes"]),
            len({q["attribution_id"] for q in r["quotes"]}),
            len(r["entities"]),
            sum(len(e["mentions"]) for e in r["entities"]),
        )
        for r in RECORDS
    }
    assert _readme_rows() == found
