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
    assert all(r"\|" in row or row.count("|") in (5, 6) for row in table_rows)  # 4 or 5 columns


def test_markdown_says_what_it_leaves_out_and_shows_sourcing() -> None:
    from newsparse.render import get_renderer
    from report_factory import tiny_report

    many = tiny_report("m", [(f"Place{i}", "GPE", 1) for i in range(7)], named=2, none=1)
    out = io.StringIO()
    get_renderer("markdown")(many, out, top=2)
    text = out.getvalue()
    assert "… and 1 more entities" in text and "Sourcing:** named 2" in text
    out = io.StringIO()
    get_renderer("markdown")(many, out, top=0)
    assert "more" not in out.getvalue() and "Place6" in out.getvalue()
