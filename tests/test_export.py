"""export(): report files -> CSV or Parquet, bad records reported, error records counted."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from newsparse.export import export
from newsparse.tables import COLUMNS
from report_factory import make_report


def _files(tmp_path: Path) -> list[str]:
    report = make_report()
    path = tmp_path / "r.jsonl"
    failure = '{"id": "f", "error": {"type": "InputError", "message": "bad"}}'
    path.write_text("\n".join([report.model_dump_json(), failure, '{"quotes": [1]}']) + "\n")
    single = tmp_path / "one.json"
    single.write_text(report.model_copy(update={"id": "b"}).model_dump_json(indent=2))
    return [str(path), str(single)]


def test_csv_rows_from_every_report(tmp_path: Path) -> None:
    out = io.StringIO()
    bad: list[str] = []
    counts = export(
        _files(tmp_path), table="claims", fmt="csv", out=out, on_bad=lambda b: bad.append(str(b))
    )
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["article_id"] for r in rows] == ["a1", "b"]
    assert (counts.reports, counts.failed, counts.invalid, counts.rows) == (2, 1, 1, 2)
    assert bad == [f"{tmp_path / 'r.jsonl'}:3: not a valid report: id: Field required (+4 more)"]


def test_parquet_has_the_typed_columns(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    target = tmp_path / "q.parquet"
    with target.open("wb") as fh:
        export(_files(tmp_path), table="quotes", fmt="parquet", out=fh)
    table = pq.read_table(target)
    assert table.schema.names == list(COLUMNS["quotes"])
    assert table.column("start").to_pylist() == [0, 0]
    assert str(table.schema.field("speaker_anonymous").type) == "bool"
