"""JSON renderers: pretty JSON round-trips; JSON Lines is one line, a serialised record as is."""

from __future__ import annotations

import io
import json

from newsparse.models import Report
from newsparse.render import get_renderer


def test_json_round_trips(report: Report) -> None:
    out = io.StringIO()
    get_renderer("json")(report, out)
    assert Report.model_validate(json.loads(out.getvalue())) == report


def test_jsonl_is_one_line(report: Report) -> None:
    out = io.StringIO()
    get_renderer("jsonl")(report, out)
    assert out.getvalue().count("\n") == 1


def test_jsonl_writes_serialised_records_as_is(report: Report) -> None:
    out = io.StringIO()
    line = report.model_dump_json()
    get_renderer("jsonl")(line, out)
    assert out.getvalue() == line + "\n"
