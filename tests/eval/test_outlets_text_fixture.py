"""Checks tests/fixtures/outlets-text.jsonl against the article texts in ../shared/.

Skips when ../shared/ (or $NEWSPARSE_SHARED) is absent; the validator itself is tested on a
hand-built record either way. No spaCy: runs in well under a second.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FIXTURE = FIXTURES / "outlets-text.jsonl"


def _load_helper():
    name = "gold_texts_outlets"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, FIXTURES / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


gt = _load_helper()


def _records() -> list[dict]:
    with FIXTURE.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


RECORDS = _records()
needs_shared = pytest.mark.skipif(
    not (gt.shared_dir() / "corpus" / "text").is_dir(), reason="../shared/ corpus not present"
)


def test_fixture_shape_without_shared() -> None:
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids))
    for rec in RECORDS:
        assert rec["source"] == "outlets"
        assert rec["id"] == "outlets:" + Path(rec["meta"]["file"]).stem
        assert rec["half"] in gt.HALVES
        outlet = rec["meta"]["file"].split("_", 1)[0]
        if outlet != "wikinews":
            # licence: no article text outside Wikinews, only short excerpts
            assert "text" not in rec
            assert rec["file"] == "corpus/text/" + rec["meta"]["file"]
            assert len(rec["sha256"]) == 64
        for q in rec["quotes"]:
            assert "text" not in q or outlet == "wikinews"
            assert len(q["excerpt"]) <= gt.EXCERPT_LEN
            assert q["speaker_gender"] in gt.GENDERS
            assert q["speaker_source_type"] in gt.SOURCE_TYPES
    halves = [r["half"] for r in sorted(RECORDS, key=lambda r: r["meta"]["file"])]
    assert halves == ["dev" if i % 2 == 0 else "check" for i in range(len(halves))]


@needs_shared
@pytest.mark.parametrize("rec", RECORDS, ids=[r["id"] for r in RECORDS])
def test_record_valid(rec: dict) -> None:
    text = gt.gold_text(rec)
    assert gt.validate_outlets_record(rec, text) == []


def _toy() -> tuple[dict, str]:
    text = 'Head line\n\n"We won," Ms. Roe said. "Again."\n\nRoe said it rained.'
    rec = {
        "id": "outlets:toy",
        "source": "outlets",
        "text": text,
        "half": "dev",
        "quotes": [],
        "ignore_spans": [[0, 9]],
        "meta": {"file": "toy.txt"},
        "entities": [{"name": "Jane Roe", "label": "person", "mentions": []}],
    }

    def q(content: str, kind: str, seg: int, n: int, aid: str, sp: str | None, cue: str) -> dict:
        start = text.find(content)
        sps = text.find(sp, start) if sp else None
        cs = text.find(cue, start)
        if cs < 0:
            cs = text.rfind(cue, 0, start)
        return {
            "start": start,
            "end": start + len(content),
            "excerpt": content[:40],
            "kind": kind,
            "speaker": sp,
            "speaker_start": sps,
            "speaker_end": sps + len(sp) if sp else None,
            "speaker_name": "Jane Roe",
            "cue": cue,
            "cue_start": cs,
            "cue_end": cs + len(cue),
            "speaker_is_pronoun": False,
            "attribution_id": aid,
            "segment": seg,
            "n_segments": n,
            "speaker_gender": "female",
            "speaker_source_type": "public",
        }

    rec["quotes"] = [
        q('"We won,"', "direct", 0, 2, "A1", "Ms. Roe", "said"),
        q('"Again."', "direct", 1, 2, "A1", None, "said"),
        q("it rained.", "indirect", 0, 1, "A2", None, "said"),
    ]
    rec["quotes"][1]["cue"] = rec["quotes"][1]["cue_start"] = rec["quotes"][1]["cue_end"] = None
    s = text.find("Roe")
    s2 = text.find("Roe", s + 1)
    rec["entities"][0]["mentions"] = [[s - 4, s + 3], [s2, s2 + 3]]
    return rec, text


def test_validator_accepts_good_record() -> None:
    rec, text = _toy()
    assert gt.gold_text(rec) == text
    assert gt.validate_outlets_record(rec, text) == []


def test_validator_catches_problems() -> None:
    rec, text = _toy()
    rec["quotes"][0]["excerpt"] = "We won"
    rec["quotes"][1]["end"] += 5  # runs over the paragraph break
    rec["quotes"][2]["speaker_gender"] = "f"
    rec["quotes"][2]["kind"] = "quote"
    rec["entities"][0]["label"] = "human"
    rec["ignore_spans"].append([5, 30])
    problems = "\n".join(gt.validate_outlets_record(rec, text))
    for needle in ("excerpt", "paragraph break", "speaker_gender", "kind", "label", "ignore"):
        assert needle in problems


def test_gold_text_hash_checked(tmp_path: Path) -> None:
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_bytes(b"caf\xe9\r\nline\r\n")  # cp1252, CRLF
    text = "café\nline\n"
    rec = {"id": "x", "file": "corpus/a.txt", "sha256": gt.sha256_text(text)}
    assert gt.gold_text(rec, base=tmp_path) == text
    rec["sha256"] = "0" * 64
    with pytest.raises(gt.GoldTextError):
        gt.gold_text(rec, base=tmp_path)
    with pytest.raises(gt.GoldTextError):
        gt.gold_text({"id": "y", "file": "corpus/missing.txt", "sha256": "0"}, base=tmp_path)
