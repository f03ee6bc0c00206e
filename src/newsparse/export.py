"""``newsparse export``: report files -> one CSV or Parquet table (quotes, claims, ...).

Reads what ``summarize`` wrote (JSON, JSON Lines, ``--output-dir`` folders) through
``reports.read_reports``, so every record is validated; error records are counted, bad records
are handed to ``on_bad``. Parquet (through pyarrow, the ``parquet`` extra) is written in row
groups, so memory stays flat however many reports there are.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any

from newsparse.errors import UsageError
from newsparse.models import Failure, Report
from newsparse.reports import Bad, Record, read_reports
from newsparse.tables import COLUMNS, Row, Table, rows

ROW_GROUP = 50_000
"""Rows per Parquet row group (and per batch held in memory)."""


@dataclass
class ExportCounts:
    reports: int = 0
    failed: int = 0
    invalid: int = 0
    rows: int = 0


def _rows(
    records: Iterable[Record], table: Table, counts: ExportCounts, on_bad: Callable[[Bad], None]
) -> Iterator[Row]:
    for record in records:
        if isinstance(record, Bad):
            counts.invalid += 1
            on_bad(record)
        elif isinstance(record, Failure):
            counts.failed += 1
        else:
            assert isinstance(record, Report)
            counts.reports += 1
            for row in rows(record, table):
                counts.rows += 1
                yield row


def write_csv(items: Iterable[Row], table: Table, out: IO[str]) -> None:
    import csv

    from newsparse.render.csv import cell

    columns = list(COLUMNS[table])
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in items:
        writer.writerow([cell(row[c]) for c in columns])


def _arrow_schema(table: Table) -> Any:
    import pyarrow as pa

    types = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}
    return pa.schema([(name, types[kind]) for name, kind in COLUMNS[table].items()])


def write_parquet(items: Iterable[Row], table: Table, out: IO[bytes]) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise UsageError(
            "--format parquet needs pyarrow: pip install 'newsparse[parquet]'"
        ) from None
    schema = _arrow_schema(table)
    with pq.ParquetWriter(out, schema) as writer:
        batch: list[Row] = []
        for row in items:
            batch.append(row)
            if len(batch) >= ROW_GROUP:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch = []
        # an empty table still gets its schema written
        writer.write_table(pa.Table.from_pylist(batch, schema=schema))


def export(
    names: Iterable[str],
    *,
    table: Table,
    fmt: str,
    out: IO[Any],
    on_bad: Callable[[Bad], None] = lambda bad: None,
    stdin: IO[bytes] | None = None,
) -> ExportCounts:
    """Write ``table`` of every report in ``names`` to ``out`` (text for csv, bytes for parquet)."""
    counts = ExportCounts()
    items = _rows(read_reports(names, stdin=stdin), table, counts, on_bad)
    if fmt == "csv":
        write_csv(items, table, out)
    elif fmt == "parquet":
        write_parquet(items, table, out)
    else:
        raise UsageError(f"unknown export format {fmt!r}; choose csv or parquet")
    return counts
