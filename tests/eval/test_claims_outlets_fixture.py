"""Every record of tests/fixtures/claims-outlets.jsonl checks out against ../shared/."""

import json
from pathlib import Path

import pytest
from tests.fixtures.gold_texts_claims import SHARED, _raw_text, gold_text, validate_claims_record

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


def test_an_article_body_has_no_headline_line():
    """A benchmark ``articleBody`` holds the body only: a claim may start on line 1 there."""
    text = "One claim here.\n\nTwo."
    claim = {
        "start": 0,
        "end": 15,
        "excerpt": "One claim here.",
        "claimer_type": "article",
        "claimer_start": None,
        "claimer_end": None,
        "types": ["other"],
        "hedged": False,
        "checkworthy": 0,
    }
    rec = {"id": "t", "half": "dev", "claims": [claim]}
    assert any("headline" in e for e in validate_claims_record(rec, text))
    assert validate_claims_record({**rec, "text_field": "articleBody"}, text) == []


def test_corpus_texts_decode_like_the_outlets_gold(tmp_path):
    """BOM stripped, cp1252 fallback, CRLF -> LF (latimes and mysanantonio hashes rely on it)."""
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbfHead\r\n\r\nBody \xe2\x80\x9cq\xe2\x80\x9d")
    (tmp_path / "cp.txt").write_bytes(b"Head\r\n\r\nSchr\xf6der \x93q\x94")
    assert _raw_text("bom.txt", tmp_path) == "Head\n\nBody \u201cq\u201d"
    assert _raw_text("cp.txt", tmp_path) == "Head\n\nSchr\u00f6der \u201cq\u201d"
