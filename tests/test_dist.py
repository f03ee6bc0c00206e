"""newsparse.dist: partition-level functions for engines; never raising per document."""

from __future__ import annotations

import json

import pytest

GOOD = "“We will win this race,” Maria Lopez said on Tuesday. Officials said 12 people died."


@pytest.mark.model
def test_records_in_reports_and_error_records_out_in_order():
    from newsparse.dist import analyze_records

    records = [
        {"id": "a", "text": GOOD, "headline": "A race"},
        {"id": "b"},  # no text
        "not an object",
        {"text": GOOD},  # no id: named by its place
    ]
    out = list(analyze_records(records, model="sm"))
    assert [r["id"] for r in out] == ["a", "b", "record-3", "record-4"]
    assert out[0]["article"]["headline"] == "A race"
    assert any(q["speaker"]["name"] == "Maria Lopez" for q in out[0]["quotes"] if q["speaker"])
    assert "error" in out[1] and "text" in out[1]["error"]["message"]
    assert out[2]["error"]["type"] == "FormatError"
    assert out[3]["quotes"] == out[0]["quotes"]
    json.dumps(out)  # JSON-safe


@pytest.mark.model
def test_a_frame_in_gives_one_row_per_input_with_flat_counts():
    pd = pytest.importorskip("pandas")
    from newsparse.dist import FRAME_COLUMNS, analyze_frame

    frame = pd.DataFrame({"id": ["x", "y"], "text": [GOOD, "   "], "source": ["AP", None]})
    out = analyze_frame(frame, model="sm")
    assert list(out.columns) == list(FRAME_COLUMNS)
    assert list(out["id"]) == ["x", "y"]
    x, y = out.to_dict("records")
    report = json.loads(x["report_json"])
    assert report["article"]["source"] == "AP"
    assert x["error"] is None and x["n_quotes"] == len(report["quotes"]) >= 1
    assert y["report_json"] is None and y["error"] and y["n_claims"] == 0


def test_a_stalled_document_is_a_timeout_record_not_a_stalled_job(monkeypatch):
    import spacy

    import newsparse.nlp
    from newsparse.batch.tasks import DEFAULT_TIMEOUT
    from newsparse.dist import DEFAULT_TIMEOUT as DIST_TIMEOUT
    from newsparse.dist import analyze_records

    assert DIST_TIMEOUT == DEFAULT_TIMEOUT
    blank = spacy.blank("en")

    def parse(nlp, text):
        while "stall" in text:
            pass
        return blank(text)

    monkeypatch.setattr(newsparse.nlp, "load_pipeline", lambda model=None: blank)
    monkeypatch.setattr(newsparse.nlp, "parse", parse)
    monkeypatch.setattr(
        newsparse.nlp, "parse_many", lambda nlp, texts, **kw: [parse(nlp, t) for t in texts]
    )
    (out,) = analyze_records([{"id": "s", "text": "We stall."}], timeout=0.2)
    assert out["id"] == "s" and out["error"]["type"] == "timeout"
