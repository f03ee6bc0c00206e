"""The output folder: names that never escape it or collide, atomic writes, stale temp files."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.batch.outdir import (
    TEMP_PREFIX,
    OutputDir,
    base_name,
    input_digest,
    raw_name,
    safe_name,
    with_digest,
    write_atomic,
)
from newsparse.errors import OutputError
from newsparse.models import Article, Report


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


def test_names_come_from_the_path_not_from_the_order_of_collisions(tmp_path: Path) -> None:
    art = Article(id="x", text="t")

    def names(rels: list[str]) -> dict[str, str]:
        out = OutputDir(tmp_path)
        return {rel: out.claim(base_name(rel, art), raw_name(rel, art)) for rel in sorted(rels)}

    before = names(["x.html", "x.txt"])
    after = names(["x.html", "x.md", "x.txt"])  # a new file beside them moves no report
    assert before == {rel: after[rel] for rel in before}
    assert len(set(after.values())) == 3
    case = names(["X.txt", "x.txt"])  # one name on macOS and Windows
    assert len({n.lower() for n in case.values()}) == 2
    sub = Article(id="x", text="t")
    assert base_name(os.path.join("a", "x.txt"), sub) != base_name(os.path.join("b", "x.txt"), sub)
    record = Article(id="r/1", text="t")
    assert "/" not in base_name("feed.jsonl", record)


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=300))
def test_every_name_is_one_short_component(raw: str) -> None:
    """Ids and file names of any characters (CJK, surrogates, separators) give a usable name."""
    name = safe_name(raw)
    assert name and "/" not in name and os.sep not in name and name not in (".", "..")
    assert len(f"{name}.json".encode("utf-8", "surrogatepass")) <= 255
    assert safe_name(raw) == name  # stable across runs


def test_long_cjk_names_are_written(tmp_path: Path) -> None:
    out = OutputDir(tmp_path)
    for rel, id in (("日" * 84 + ".md", "日" * 84), ("feed.jsonl", "中" * 100)):
        art = Article(id=id, text="t")
        name = out.claim(base_name(rel, art), raw_name(rel, art))
        assert out.write(name, "{}").is_file()


def test_files_get_the_users_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        target = write_atomic(tmp_path / "r.json", "{}")
    finally:
        os.umask(old)
    assert target.stat().st_mode & 0o777 == 0o644


def test_a_write_failure_names_the_file(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        with pytest.raises(OutputError, match=r"ro/r\.json: cannot write"):
            write_atomic(folder / "r.json", "{}")
    finally:
        folder.chmod(0o700)


def test_full_disk_is_an_output_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)  # where a full disk shows at the latest
    with pytest.raises(OutputError, match=r"No space left on device.*--output-dir") as caught:
        write_atomic(tmp_path / "r.json", "{}" * 10_000)
    assert caught.value.exit_code == 3
    assert sorted(tmp_path.iterdir()) == []  # no temp file left


def _report(article: Article) -> str:
    return Report(
        id=article.id, model="m", newsparse_version="0", article=article
    ).model_dump_json()


@pytest.mark.parametrize(
    "existing",
    [
        "",
        "{not json",
        "[]",
        '{"schema_version": "0"}',
        "\xff",
        "[" * 100_000,
        "REPORT_OTHER_INPUT",
        "REPORT_NO_HASH",
        "REPORT_BAD_FIELD",
    ],
)
def test_skip_existing_trusts_only_a_valid_report_of_the_same_input(
    tmp_path: Path, existing: str
) -> None:
    art = Article(id="a", text="the text")
    other = Article(id="a", text="another text")
    digest = input_digest(art)
    texts = {
        "REPORT_OTHER_INPUT": with_digest(_report(other), input_digest(other)),
        "REPORT_NO_HASH": _report(art),
        "REPORT_BAD_FIELD": with_digest(_report(art), digest).replace(
            '"entities":[]', '"entities":1'
        ),
    }
    (tmp_path / "a.txt.json").write_text(texts.get(existing, existing), encoding="utf-8")
    out = OutputDir(tmp_path, skip_existing=True)
    assert out.done("a.txt", digest) is None
    (tmp_path / "a.txt.json").write_text(with_digest(_report(art), digest), encoding="utf-8")
    kept = out.done("a.txt", digest)
    assert kept is not None and kept["input_sha256"] == digest


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
