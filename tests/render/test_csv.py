"""--format csv: a header once per stream, then rows; cells a spreadsheet reads back."""

from __future__ import annotations

import csv
import io

from newsparse.models import Report
from newsparse.render import get_renderer


def test_header_once_per_stream_and_rows_read_back(report: Report) -> None:
    out = io.StringIO()
    render = get_renderer("csv:quotes")
    render(report, out)
    render(report.model_copy(update={"id": "a2"}), out)
    table = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["article_id"] for r in table] == ["a1", "a2"]
    assert table[0]["quote"] == "“We will win,”" and table[0]["speaker_anonymous"] == "false"
    other = io.StringIO()
    render(report, other)
    assert other.getvalue().startswith("article_id,")
