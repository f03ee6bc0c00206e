"""``run(options)`` on inputs that all fail (so no pipeline is ever loaded): it returns a
RunSummary with the exit code, and problems with the options are errors, never an exit."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from newsparse.batch import RunOptions, RunSummary, run
from newsparse.errors import InputError, UsageError


def _bad_inputs(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    root.mkdir()
    (root / "binary.txt").write_bytes(b"\x00\x01\x02garbage")
    (root / "empty.txt").write_text("")
    return root


def _run(options: RunOptions, **streams: object) -> tuple[RunSummary, str, str]:
    out, err = io.StringIO(), io.StringIO()
    summary = run(options, out=out, err=err, **streams)  # type: ignore[arg-type]
    return summary, out.getvalue(), err.getvalue()


def test_a_batch_of_failures_gives_error_records_and_exit_code_1(tmp_path: Path) -> None:
    summary, out, err = _run(RunOptions(inputs=[str(_bad_inputs(tmp_path))], quiet=True))
    assert summary.exit_code == 1
    assert (summary.inputs, summary.articles, summary.ok, len(summary.failures)) == (2, 2, 0, 2)
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in records] == ["binary", "empty"]
    assert all(set(r) == {"schema_version", "id", "path", "error"} for r in records)
    assert err.count("newsparse: failed: ") == 2
    assert "article(s) from" in err.splitlines()[-1]  # quiet hides progress only


def test_human_formats_name_failures_on_stderr_only(tmp_path: Path) -> None:
    root = _bad_inputs(tmp_path)
    summary, out, err = _run(RunOptions(inputs=[str(root)], format="markdown"))
    assert summary.exit_code == 1 and out == ""
    assert err.splitlines()[-1].startswith("newsparse: 2 article(s) from 2 input(s)")
    assert err.splitlines()[-1].endswith(": 0 ok, 2 failed")


def test_output_dir_gets_its_summary_and_no_file_for_a_failure(tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    options = RunOptions(inputs=[str(_bad_inputs(tmp_path))], output_dir=str(out_dir), quiet=True)
    summary, out, _ = _run(options)
    assert summary.exit_code == 1 and out == ""
    assert sorted(p.name for p in out_dir.iterdir()) == ["_summary.json"]
    counts = json.loads((out_dir / "_summary.json").read_text())["counts"]
    assert counts == {"inputs": 2, "articles": 2, "written": 0, "skipped": 0, "failed": 2}


def test_stdin_is_read_from_the_stream_given(tmp_path: Path) -> None:
    feed = io.BytesIO(b'{"id": "x"}\n{"id": "y", "text": ""}\n')
    summary, out, _ = _run(RunOptions(inputs=["-"], quiet=True), stdin=feed)
    assert summary.exit_code == 1
    records = [json.loads(line) for line in out.splitlines()]
    assert [(r["id"], r["path"]) for r in records] == [("x", None), ("y", None)]
    assert all(r["error"]["message"].startswith("<stdin>: line ") for r in records)


def test_the_one_input_of_a_one_report_run_failing_is_an_input_error(tmp_path: Path) -> None:
    binary = _bad_inputs(tmp_path) / "binary.txt"
    with pytest.raises(InputError, match=r"binary\.txt: looks binary"):
        _run(RunOptions(inputs=[str(binary)]))


def test_nothing_to_read_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no input files found"):
        _run(RunOptions(inputs=[str(tmp_path)]))


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_no_progress_bar_over_a_view_on_the_same_terminal(tmp_path: Path, monkeypatch) -> None:
    """A live bar on stderr would sit in front of the panels printed on stdout."""
    import newsparse.batch.runner as runner

    seen: list[bool] = []

    class Recorder(runner.Progress):  # type: ignore[misc]
        def __init__(self, total: int, err, *, enabled: bool) -> None:
            seen.append(enabled)
            super().__init__(total, err, enabled=False)

    monkeypatch.setattr(runner, "Progress", Recorder)
    root = _bad_inputs(tmp_path)
    for fmt, enabled in (("rich", False), ("jsonl", True), (None, True)):
        run(RunOptions(inputs=[str(root)], format=fmt), out=_Terminal(), err=_Terminal())
        assert seen.pop() is enabled, fmt
    run(
        RunOptions(inputs=[str(root)], format="jsonl", quiet=True), out=_Terminal(), err=_Terminal()
    )
    assert seen.pop() is False


def test_quiet_keeps_the_roll_up_and_the_closing_line(tmp_path: Path) -> None:
    options = RunOptions(inputs=[str(_bad_inputs(tmp_path))], aggregate=True, quiet=True)
    _, _, err = _run(options)
    assert "Most mentioned entities" in err and "article(s) from" in err.splitlines()[-1]
