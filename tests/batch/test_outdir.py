"""The output folder: names that never escape it or collide, atomic writes, stale temp files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsparse.batch.outdir import TEMP_PREFIX, OutputDir, base_name, safe_name, write_atomic
from newsparse.models import Article


@pytest.mark.parametrize(
    "hostile",
    ["../../x", "/etc/passwd", "..", ".", "", "a/../../b", "CON", "nul.txt", "_summary", "é" * 300],
)
def test_no_name_escapes_the_output_dir(tmp_path: Path, hostile: str) -> None:
    out = OutputDir(tmp_path / "out")
    art = Article(id=hostile or "x", text="t", path=hostile or None)
    name = out.claim(base_name(hostile or "x", art))
    target = out.write(name, "{}")
    assert target.resolve().parent == (tmp_path / "out").resolve()
    assert target.name not in ("_summary.json", "_aggregate.json")
    assert len(target.name) < 200


def test_same_stem_in_different_folders_and_case_collisions(tmp_path: Path) -> None:
    out = OutputDir(tmp_path)
    art = Article(id="x", text="t")
    names = [out.claim(base_name(rel, art)) for rel in ("x.txt", "x.html", "X.txt", "x.txt")]
    assert len({n.lower() for n in names}) == 4
    assert names[:2] == ["x", "x-2"]
    sub = Article(id="x", text="t")
    assert base_name(os.path.join("a", "x.txt"), sub) != base_name(os.path.join("b", "x.txt"), sub)
    record = Article(id="r/1", text="t")
    assert "/" not in base_name("feed.jsonl", record)


def test_safe_name_keeps_readable_names() -> None:
    assert safe_name("bbc_2019-11-19_some-story") == "bbc_2019-11-19_some-story"
    assert safe_name("a b\tc?*") == "a_b_c"


def test_atomic_write_leaves_no_temp_on_failure(tmp_path: Path) -> None:
    with pytest.raises(TypeError):
        write_atomic(tmp_path / "x.json", 42)  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []
    write_atomic(tmp_path / "x.json", "{}")
    assert (tmp_path / "x.json").read_text() == "{}"


def test_leftover_temp_files_are_cleared_but_not_a_live_runs(tmp_path: Path) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (tmp_path / f"{TEMP_PREFIX}abc").write_text("half")
    (tmp_path / f"{TEMP_PREFIX}{dead.pid}-x1").write_text("half")
    (tmp_path / f"{TEMP_PREFIX}{os.getpid()}-x2").write_text("being written")
    (tmp_path / "keep.json").write_text("{}")
    OutputDir(tmp_path)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == [f"{TEMP_PREFIX}{os.getpid()}-x2", "keep.json"]
