"""Reading report files back: every record validated, every bad one a Bad with file:line, and
no input shape ends in an exception (hand-picked hostile shapes, then hypothesis)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.errors import InputError
from newsparse.models import Failure, Report
from newsparse.reports import Bad, read_reports, records_in
from report_factory import make_report, tiny_report

GOOD = tiny_report("g", [("Leeds", "GPE", 1)]).model_dump_json()

HOSTILE = [
    b'{"entities": "abc"}',
    b'{"quotes": [1]}',
    b'{"quotes": [{"speaker": "Bob"}]}',
    b"NaN",
    GOOD.replace('"word_count":100', '"word_count":NaN').encode(),
    GOOD.replace('"salience":0.0', '"salience":Infinity').encode(),
    b"[" * 100_000 + b"]" * 100_000,
    b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
    GOOD.replace('"word_count":100', '"word_count":1' + "0" * 5000).encode(),
    GOOD.replace('"id":"g"', '"id":"\xff"').encode("latin-1"),
    GOOD.replace('"id":"g"', '"id":"\\ud800x"').encode(),
    b'"just a string"',
    b"null",
    b'{"error": "x"}',
    b'{"error": {"type": 1}}',
    GOOD.replace('"id":"g"', '"id":"g","extra":1', 1).encode(),
]


@pytest.mark.parametrize("line", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_shapes_are_bad_records_not_crashes(line: bytes) -> None:
    data = GOOD.encode() + b"\n" + line + b"\n" + GOOD.encode() + b"\n"
    got = list(records_in(data, "r.jsonl"))
    assert [type(r) for r in got] == [Report, Bad, Report]
    assert got[1].where == "r.jsonl:2" and got[1].reason and "\n" not in got[1].reason  # type: ignore[union-attr]


def test_a_bom_a_pretty_report_an_array_and_error_records(tmp_path: Path) -> None:
    report = make_report()
    assert list(records_in(b"\xef\xbb\xbf" + report.model_dump_json().encode(), "x")) == [report]
    assert list(records_in(report.model_dump_json(indent=2).encode(), "x")) == [report]
    array = json.dumps(
        [report.model_dump(mode="json"), {"id": "f", "error": {"type": "T", "message": "m"}}, 3]
    )
    got = list(records_in(array.encode(), "a.json"))
    assert got[0] == report and isinstance(got[1], Failure)
    assert isinstance(got[2], Bad) and got[2].where == "a.json: item 3"
    broken = list(records_in(report.model_dump_json(indent=2).encode()[:-20], "p.json"))
    assert len(broken) == 1 and isinstance(broken[0], Bad) and broken[0].where == "p.json"


def test_folders_skip_their_own_files_and_missing_names_are_input_errors(tmp_path: Path) -> None:
    (tmp_path / "b.json").write_text(GOOD)
    (tmp_path / "a.jsonl").write_text(GOOD + "\n" + GOOD + "\n")
    (tmp_path / "_summary.json").write_text("{}")
    (tmp_path / "notes.txt").write_text("hello")
    got = list(read_reports([str(tmp_path)]))
    assert len(got) == 3 and all(isinstance(r, Report) for r in got)
    with pytest.raises(InputError, match="nope"):
        list(read_reports([str(tmp_path / "nope")]))
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no report files"):
        list(read_reports([str(tmp_path / "empty")]))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=20,
)
FIELDS = list(json.loads(make_report().model_dump_json()))


@settings(max_examples=150, deadline=None)
@given(field=st.sampled_from(FIELDS), value=json_values)
def test_any_value_in_any_field_is_a_record_or_a_bad_one(field: str, value: object) -> None:
    record = json.loads(make_report().model_dump_json())
    record[field] = value
    line = json.dumps(record).encode()  # NaN and Infinity included: json writes them
    got = list(records_in(line, "h.jsonl"))
    assert len(got) == 1 and isinstance(got[0], (Report, Failure, Bad))


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_never_raise(data: bytes) -> None:
    for record in records_in(data, "b.jsonl"):
        assert isinstance(record, (Report, Failure, Bad))


@settings(max_examples=50, deadline=None)
@given(value=json_values)
def test_any_json_document_is_one_record_per_item(value: object) -> None:
    got = list(records_in(json.dumps(value).encode(), "v.jsonl"))
    try:
        json.dumps(value, allow_nan=False)
    except ValueError:  # NaN or Infinity inside: not JSON, so the document is one bad record
        assert len(got) == 1 and isinstance(got[0], Bad)
        return
    assert len(got) == (len(value) if isinstance(value, list) else 1)
    assert all(isinstance(r, (Report, Failure, Bad)) for r in got)
