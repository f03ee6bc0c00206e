"""``--format csv --table T``: one CSV row per quote, claim, entity, voice or article.

The header is written once per output stream, so a batch run gives one table of all reports.
"""

from __future__ import annotations

import csv
import weakref
from typing import IO

from newsparse.models import Report
from newsparse.tables import COLUMNS, Table, Value, rows

_HEADED: weakref.WeakKeyDictionary[IO[str], set[str]] = weakref.WeakKeyDictionary()
"""Streams that already have a table's header (weakly held: a closed stream is forgotten)."""


def cell(value: Value) -> str | int | float:
    """Empty for None; true/false for booleans (spreadsheets read them either way)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def write_header(out: IO[str], table: Table) -> None:
    csv.writer(out, lineterminator="\n").writerow(COLUMNS[table])


def write_rows(report: Report, out: IO[str], table: Table) -> None:
    writer = csv.writer(out, lineterminator="\n")
    columns = list(COLUMNS[table])
    for row in rows(report, table):
        writer.writerow([cell(row[c]) for c in columns])


def render_table(report: Report, out: IO[str], table: Table) -> None:
    """Rows for one report; the header first if this stream has not had it yet."""
    try:
        headed = _HEADED.setdefault(out, set())
    except TypeError:  # a stream that cannot be weakly referenced: always a header
        headed = set()
    if table not in headed:
        write_header(out, table)
        headed.add(table)
    write_rows(report, out, table)


def render_quotes(report: Report, out: IO[str], *, top: int = 0) -> None:
    render_table(report, out, "quotes")


def render_claims(report: Report, out: IO[str], *, top: int = 0) -> None:
    render_table(report, out, "claims")


def render_entities(report: Report, out: IO[str], *, top: int = 0) -> None:
    render_table(report, out, "entities")


def render_voices(report: Report, out: IO[str], *, top: int = 0) -> None:
    render_table(report, out, "voices")


def render_articles(report: Report, out: IO[str], *, top: int = 0) -> None:
    render_table(report, out, "articles")
