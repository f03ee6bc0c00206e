"""The Dask, Ray and Spark recipes of docs/scale-out.md, run as written on a few records.

The code blocks are read from the document and executed with only their input, model and
output names changed, so the page cannot drift from what works. The Ray and PySpark ones are
skipped when not installed (CI does not install them: see docs/scale-out.md).
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT

GOOD = "“We will win this race,” Maria Lopez said on Tuesday. Officials said 12 people died."
RECORDS = [
    {"id": "a", "text": GOOD, "headline": "A race"},
    {"id": "b", "text": "   "},  # no article text: an error row
    {"id": "c", "text": "Prices rose 4% in May, the ministry said. “It is bad,” Ann Lee said."},
]


def recipe(name: str, **values: object) -> str:
    """The ``# recipe: name`` block of docs/scale-out.md with ``VAR = ...`` lines replaced."""
    text = (ROOT / "docs" / "scale-out.md").read_text(encoding="utf-8")
    blocks = {
        n: code for code, n in re.findall(r"```python\n(# recipe: (\w+)\n.*?)```", text, re.S)
    }
    code = blocks[name]
    for var, value in values.items():
        code, found = re.subn(rf"^{var} = .*$", f"{var} = {value!r}", code, flags=re.M)
        assert found == 1, var
    return code


def _run(name: str, tmp_path: Path, **values: object) -> Any:
    """Execute a recipe on ``RECORDS``; its output as a pandas frame sorted by id."""
    import pandas as pd

    articles = tmp_path / "articles.jsonl"
    articles.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    out = tmp_path / "out"
    code = recipe(name, ARTICLES=str(articles), MODEL="sm", OUT=str(out), **values)
    exec(compile(code, f"docs/scale-out.md ({name})", "exec"), {"__name__": "__main__"})
    return pd.read_parquet(out).sort_values("id").reset_index(drop=True)


def _same_as_analyze_frame(got: Any) -> None:
    import pandas as pd

    from newsparse.dist import FRAME_COLUMNS, analyze_frame

    want = analyze_frame(pd.DataFrame(RECORDS), model="sm")
    assert list(got["id"]) == ["a", "b", "c"]
    assert set(FRAME_COLUMNS) <= set(got.columns)
    for mine, theirs in zip(got.to_dict("records"), want.to_dict("records"), strict=True):
        assert pd.isna(mine["error"]) == (theirs["error"] is None)  # Parquet: None or NaN
        if theirs["report_json"] is not None:
            assert json.loads(mine["report_json"]) == json.loads(theirs["report_json"])
        assert [mine[c] for c in FRAME_COLUMNS[3:]] == [theirs[c] for c in FRAME_COLUMNS[3:]]
    assert json.loads(got["report_json"][0])["quotes"][0]["speaker"]["name"] == "Maria Lopez"


@pytest.mark.model
def test_the_dask_bag_recipe(tmp_path: Path) -> None:
    dask = pytest.importorskip("dask")
    pytest.importorskip("dask.bag")
    articles = tmp_path / "articles.jsonl"
    articles.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    out = tmp_path / "out"
    code = recipe("dask", ARTICLES=str(articles), MODEL="sm", OUT=str(out))
    with dask.config.set(scheduler="synchronous"):
        exec(compile(code, "docs/scale-out.md (dask)", "exec"), {"__name__": "__main__"})
    lines = [
        line for part in sorted(out.glob("part-*.jsonl")) for line in part.read_text().splitlines()
    ]
    got = [json.loads(line) for line in lines]
    from newsparse.dist import analyze_records

    assert got == list(analyze_records(RECORDS, model="sm"))
    assert [r["id"] for r in got] == ["a", "b", "c"] and "error" in got[1]


@pytest.mark.ray
@pytest.mark.model
def test_the_ray_recipe(tmp_path: Path) -> None:
    ray = pytest.importorskip("ray")
    pytest.importorskip("pyarrow")
    os.environ.setdefault("RAY_ENABLE_UV_RUN_RUNTIME_ENV", "0")
    try:
        got = _run("ray", tmp_path, ACTORS=1)  # a CI machine may have 2 cores
    finally:
        ray.shutdown()
    _same_as_analyze_frame(got)


@pytest.mark.spark
@pytest.mark.model
def test_the_spark_recipe(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pyspark")
    pytest.importorskip("pyarrow")
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    monkeypatch.setenv("PYSPARK_DRIVER_PYTHON", sys.executable)
    try:
        got = _run("spark", tmp_path)
    finally:
        from pyspark.sql import SparkSession

        active = SparkSession.getActiveSession()
        if active is not None:
            active.stop()
    _same_as_analyze_frame(got)
