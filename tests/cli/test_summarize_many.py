"""`newsparse summarize` on many inputs, end to end with the small model (`--model sm`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsparse.batch.tasks import TASK_ARTICLES
from newsparse.cli import cli

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.model

TINY = [
    ("alpha", 'Mayor Jane Doe said "the bridge opens in May" on Monday.'),
    ("bravo", "The company reported a loss of $3 million, according to officials."),
    ("charlie", '"We will appeal," said lawyer Tom Baker.'),
    ("delta", "Police arrested two men in Leeds, a spokesman said."),
    ("echo", "Rain is expected across Scotland tomorrow."),
    ("foxtrot", 'Officials said the plan "is dead", but aides disagreed.'),
    ("golf", "The minister denied the report."),
    ("hotel", "Shares in Acme rose 4% on Tuesday."),
    ("india", 'A senior official, who asked not to be named, said "talks failed".'),
    ("juliet", "The museum reopens after a two-year refit."),
]


def _folder(tmp_path: Path, *, corrupt: bool = True) -> Path:
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    for name, body in TINY:
        (root / f"{name}.txt").write_text(f"Headline {name}\n\n{body}\n")
    (root / "sub" / "alpha.txt").write_text("Another alpha\n\nSame stem, other folder.\n")
    if corrupt:
        (root / "binary.txt").write_bytes(b"\x00\x01\x02garbage")
        (root / "empty.txt").write_text("")
        (root / "feed.jsonl").write_text('{"id": "f1", "text": "Fine record."}\n{not json\n')
    return root


def _run(*args: str, input: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "NEWSPARSE_MODEL": "sm"}
    return subprocess.run(
        [sys.executable, "-m", "newsparse", "summarize", *args],
        capture_output=True,
        text=True,
        env=env,
        input=input,
        timeout=300,
    )


def _cli(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, ["summarize", "--model", "sm", *args], input=input)


def test_good_and_corrupt_files_every_one_accounted_for(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    result = _cli(str(root), "-r", "-j", "1", "-q")
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    errors = [r for r in records if "error" in r]
    reports = [r for r in records if "error" not in r]
    assert sorted(Path(r["path"]).name for r in errors) == ["binary.txt", "empty.txt", "feed.jsonl"]
    assert len(reports) == len(TINY) + 2  # ten files, sub/alpha.txt, the good feed record
    assert all(set(r["error"]) == {"type", "message"} for r in errors)
    for name in ("binary.txt", "empty.txt", "feed.jsonl"):
        assert name in result.stderr
    paths = [r.get("path") or r["article"]["path"] for r in records]
    assert paths == sorted(paths)  # sorted input order


def test_same_output_with_one_and_two_jobs(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    for name, body in TINY:  # enough articles for several worker tasks
        (root / "sub" / f"{name}-again.txt").write_text(f"Again {name}\n\n{body}\n")
    assert 2 * len(TINY) + 2 > TASK_ARTICLES
    one = _run(str(root), "-r", "-j", "1", "-q")
    two = _run(str(root), "-r", "-j", "2", "-q")
    assert one.returncode == two.returncode == 1, one.stderr + two.stderr
    assert one.stdout == two.stdout
    # the same failures named, in the same order (the closing line's timing aside)
    assert one.stderr.splitlines()[:-1] == two.stderr.splitlines()[:-1]
    assert len(one.stdout.splitlines()) == 2 * len(TINY) + 1 + 4


def test_resume_with_skip_existing_gives_the_same_output_set(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    full, part = tmp_path / "full", tmp_path / "part"
    assert _cli(str(root), "-r", "-j", "1", "-q", "-o", str(full)).exit_code == 1
    produced = sorted(p.name for p in full.glob("*.json") if not p.name.startswith("_"))
    assert len(produced) == len(TINY) + 2
    # An interrupted run: some outputs done, one half-written temp file left behind.
    part.mkdir()
    for name in produced[:4]:
        (part / name).write_text((full / name).read_text())
    (part / ".newsparse-tmp-interrupted").write_text('{"half": ')
    result = _cli(str(root), "-r", "-j", "1", "-o", str(part), "--skip-existing")
    assert result.exit_code == 1
    assert "4 skipped" in result.stderr
    assert sorted(p.name for p in part.iterdir()) == sorted(p.name for p in full.iterdir())
    for name in produced:
        assert (part / name).read_text() == (full / name).read_text()
    summary = json.loads((part / "_summary.json").read_text())
    assert summary["counts"]["skipped"] == 4
    assert summary["counts"]["failed"] == 3
    assert {f["path"] for f in summary["failures"]} >= {str(root / "binary.txt")}


def test_stdin_single_article_and_json_lines(tmp_path: Path) -> None:
    one = _cli("-", "--json", input="Headline\n\nThe mayor said the bridge opens.\n")
    assert one.exit_code == 0, one.output
    assert json.loads(one.stdout)["article"]["headline"] == "Headline"
    feed = '{"id": "s1", "text": "Rain fell."}\n{"id": "s2", "text": "Sun shone."}\n'
    many = _cli("-", input=feed)
    assert many.exit_code == 0, many.output
    assert [json.loads(line)["id"] for line in many.stdout.splitlines()] == ["s1", "s2"]


def test_aggregate_of_a_batch(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    result = _cli(str(root), "-j", "1", "-q")
    reports = tmp_path / "reports.jsonl"
    reports.write_text(result.stdout)
    agg = CliRunner().invoke(cli, ["aggregate", str(reports), "--json"])
    assert agg.exit_code == 0, agg.output
    data = json.loads(agg.stdout)
    assert data["articles"] == len(TINY) + 1
    assert data["failed"] == 3
    assert data["quotes"] >= 1


def test_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    root = tmp_path / "many"
    root.mkdir()
    for i in range(40):
        (root / f"a{i:02}.txt").write_text(f"Story {i}\n\nOfficials said {i} people came.\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsparse", "summarize", str(root), "-m", "sm", "-j", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # `| head -1`
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == 0
    assert json.loads(first)["id"] == "a00"
    assert err == b""


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert _cli(str(tmp_path), "--skip-existing").exit_code == 2
    assert _cli(str(tmp_path)).exit_code == 2  # a folder with nothing to read
    assert _cli(str(tmp_path), "-o", str(tmp_path / "o"), "-f", "rich").exit_code == 2


def test_an_output_error_exits_3_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsparse.batch import outdir
    from newsparse.errors import OutputError

    def full(target: Path, text: str) -> Path:
        raise OutputError(f"{target}: cannot write (No space left on device); free some space")

    monkeypatch.setattr(outdir, "write_atomic", full)
    root = tmp_path / "in"
    root.mkdir()
    (root / "empty.txt").write_text("")  # a failure: no report, but _summary.json is written
    result = _cli(str(root), "-o", str(tmp_path / "out"), "-q")
    assert result.exit_code == 3
    assert result.stderr.strip().endswith(
        "_summary.json: cannot write (No space left on device); free some space"
    )
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 2
