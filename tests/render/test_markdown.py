"""Markdown: table cells are escaped; the title is not a cell."""

from __future__ import annotations

import io

from newsparse.models import Report
from newsparse.render import get_renderer


def test_markdown_escapes_table_pipes(report: Report) -> None:
    out = io.StringIO()
    get_renderer("markdown")(report, out)
    assert "Smith vows | victory" in out.getvalue()  # the title is not a table cell
    table_rows = [line for line in out.getvalue().splitlines() if line.startswith("| ")]
    assert all(r"\|" in row or row.count("|") == 5 for row in table_rows)
