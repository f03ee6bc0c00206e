"""Every record of tests/fixtures/claims-outlets.jsonl checks out against ../shared/."""

import json
from pathlib import Path

import pytest
from tests.fixtures.gold_texts_claims import SHARED, gold_text, validate_claims_record

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "claims-outlets.jsonl"
RECORDS = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line]

needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/ not present")


@needs_shared
@pytest.mark.parametrize("record", RECORDS, ids=[r["id"] for r in RECORDS])
def test_record_is_valid(record):
    src = record["file"].partition("#")[0]
    assert (SHARED / src).is_file()
    text = gold_text(record)
    assert validate_claims_record(record, text) == []


def test_ids_unique_and_halves_both_used():
    assert len({r["id"] for r in RECORDS}) == len(RECORDS)
    assert {r["half"] for r in RECORDS} == {"dev", "check"}


def test_validator_catches_bad_records():
    text = "Headline\n\nOne claim here. Two claims\nthere."
    good = {
        "start": 10,
        "end": 25,
        "excerpt": "One claim here.",
        "claimer_type": "article",
        "claimer_start": None,
        "claimer_end": None,
        "types": ["other"],
        "hedged": False,
        "checkworthy": 0,
    }
    rec = {"id": "t", "half": "dev", "claims": [good]}
    assert validate_claims_record(rec, text) == []
    bad = dict(good, start=26, end=42, excerpt="x", claimer_type="poll", types=["fact"])
    rec["claims"] = [good, dict(good, start=12), bad]
    errs = validate_claims_record(rec, text)
    for what in ("overlaps", "paragraph break", "excerpt", "claimer_type", "bad types"):
        assert any(what in e for e in errs), what
