"""The HTML-page quote/speaker/entity gold is consistent with the texts in ../shared/."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
_spec = importlib.util.spec_from_file_location("gold_texts_html", FIXTURES / "gold_texts_html.py")
gth = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gth)

RECORDS = gth.load_records(FIXTURES / "outlets-html.jsonl")

pytestmark = pytest.mark.skipif(not gth.SHARED.is_dir(), reason="../shared/ absent")


def test_ids_unique_and_halves_both_used():
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids))
    assert {r["half"] for r in RECORDS} == {"dev", "check"}


@pytest.mark.parametrize("record", RECORDS, ids=[r["id"][8:20] for r in RECORDS])
def test_record_matches_its_text(record):
    assert (gth.SHARED / record["file"]).is_file()
    text = gth.gold_text(record)
    assert gth.validate_outlets_record(record, text) == []


def test_validator_catches_a_shifted_quote():
    record = RECORDS[0]
    text = gth.gold_text(record)
    bad = dict(record, quotes=[dict(record["quotes"][0], start=record["quotes"][0]["start"] + 1)])
    assert gth.validate_outlets_record(bad, text)
