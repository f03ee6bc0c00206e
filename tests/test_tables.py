"""Flat rows: every column of every table filled from the report, offsets exact."""

from __future__ import annotations

import pytest

from newsparse.tables import COLUMNS, TABLES, rows
from report_factory import make_report


@pytest.mark.parametrize("table", TABLES)
def test_rows_have_exactly_the_declared_columns_and_types(table: str) -> None:
    got = list(rows(make_report(), table))  # type: ignore[arg-type]
    assert got
    for row in got:
        assert list(row) == list(COLUMNS[table])
        for name, kind in COLUMNS[table].items():
            assert row[name] is None or isinstance(row[name], kind), (name, row[name])


def test_quote_and_claim_rows_point_into_the_text() -> None:
    report = make_report()
    text = report.article.text
    (quote,) = rows(report, "quotes")
    assert text[quote["start"] : quote["end"]] == "“We will win,”"  # type: ignore[misc]
    assert text[quote["speaker_start"] : quote["speaker_end"]] == "she"  # type: ignore[misc]
    assert (quote["speaker"], quote["venue"], quote["spans"]) == (
        "Anna Smith",
        "on Telegram",
        "0-14",
    )
    (claim,) = rows(report, "claims")
    assert text[claim["start"] : claim["end"]] == "We will win"  # type: ignore[misc]
    assert (claim["quote_index"], claim["types"], claim["claimer"]) == (
        0,
        "prediction",
        "Anna Smith",
    )
    (entity,) = rows(report, "entities")
    assert text[entity["first_start"] : entity["first_end"]] == "Anna Smith"  # type: ignore[misc]
    (article,) = rows(report, "articles")
    assert (article["quotes"], article["published"]) == (1, "2025-01-02T03:04:05+00:00")
