"""``run(options)`` on inputs that all fail (so no pipeline is ever loaded): it returns a
RunSummary with the exit code, and problems with the options are errors, never an exit."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsparse.batch import RunOptions, RunSummary, run
from newsparse.errors import InputError, OutputError, UsageError
from newsparse.models import Failure


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


def _fake_engine(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The engine without spaCy: each article's report is the bare Report of it."""
    from newsparse.batch import runner
    from newsparse.batch.outcome import Outcome
    from newsparse.models import Article, Report

    seen: list[str] = []

    def engine(items: Any, **_: object) -> Iterator[Outcome]:
        for item in items:
            if isinstance(item, Article):
                seen.append(item.id)
                report = Report(id=item.id, model="fake", newsparse_version="0", article=item)
                if item.id == "unserialisable":
                    report = report.model_copy(update={"warnings": [object()]})
                yield Outcome.of(report, words=item.word_count)
            else:
                yield Outcome.of(item)

    monkeypatch.setattr(runner, "analyze_outcomes", engine)
    return seen


def _feed(tmp_path: Path, poison: dict[str, object]) -> Path:
    """Ten JSON Lines records; record 5 carries the poison."""
    lines = []
    for n in range(1, 11):
        record: dict[str, object] = {"id": f"r{n}", "text": f"Story number {n} is told here."}
        if n == 5:
            record.update(poison)
        lines.append(json.dumps(record))  # ensure_ascii: a lone surrogate stays "\ud800"
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    field=st.sampled_from(["id", "headline", "authors", "text"]),
    value=st.text(alphabet=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), min_size=1)
    | st.text(min_size=1),
)
def test_record_5_of_10_poisoned_and_records_6_to_10_are_still_written(
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    field: str,
    value: str,
) -> None:
    _fake_engine(monkeypatch)
    tmp = tmp_path_factory.mktemp("feed")
    poison: dict[str, object] = {field: [value] if field == "authors" else f"{value}x"}
    feed = _feed(tmp, poison)
    out_dir = tmp / "out"
    summary, _, _ = _run(RunOptions(inputs=[str(feed)], output_dir=str(out_dir), quiet=True))
    written = sorted(p.name for p in out_dir.iterdir() if not p.name.startswith("_"))
    for n in (6, 7, 8, 9, 10):
        assert f"feed.jsonl__r{n}.json" in written
    assert summary.articles == 10
    record = json.loads((out_dir / "_summary.json").read_text(encoding="utf-8"))
    assert record["counts"]["articles"] == 10 and record["stopped"] is None
    for path in out_dir.glob("*.json"):
        path.read_bytes().decode("utf-8")  # strict: every file is valid UTF-8


def test_a_record_that_cannot_be_serialised_becomes_its_error_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake_engine(monkeypatch)
    feed = _feed(tmp_path, {"id": "unserialisable"})
    summary, out, _ = _run(RunOptions(inputs=[str(feed), str(feed)], quiet=True, jobs=1))
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 10 and summary.exit_code == 1
    assert "error" in records[4] and all("error" not in r for r in records[5:])


def test_a_file_name_with_invalid_utf8_is_reported_not_fatal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake_engine(monkeypatch)
    root = tmp_path / "in"
    root.mkdir()
    (root / os.fsdecode(b"bad\xff\xfe.txt")).write_text("A short story about a council vote.")
    (root / "good.txt").write_text("Another short story about the budget.")
    summary, _, _ = _run(RunOptions(inputs=[str(root)], quiet=True, output_dir=str(tmp_path / "o")))
    assert summary.exit_code == 0 and summary.ok == 2
    names = sorted(p.name for p in (tmp_path / "o").iterdir())
    assert names == ["_summary.json", "bad_.txt.json", "good.txt.json"]
    bad = tmp_path / "o" / "bad_.txt.json"
    assert json.loads(bad.read_text(encoding="utf-8"))["id"] == "bad\\xff\\xfe"


def test_an_added_file_beside_same_stem_files_is_analysed_and_nothing_redone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = _fake_engine(monkeypatch)
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text("The text version of the story is here.")
    (root / "a.json").write_text('{"text": "The JSON version of the story is here."}')
    out_dir = tmp_path / "out"
    options = RunOptions(
        inputs=[str(root)], output_dir=str(out_dir), skip_existing=True, quiet=True
    )
    _run(options)
    first = {p.name: p.read_bytes() for p in out_dir.glob("a*.json")}
    (root / "a.md").write_text("The markdown version of the story is here.")
    seen.clear()
    summary, _, _ = _run(options)
    assert seen == ["a"] and summary.skipped == 2 and summary.ok == 1
    after = {p.name: p.read_bytes() for p in out_dir.glob("a*.json")}
    assert len(after) == 3 and all(after[name] == data for name, data in first.items())


def test_skip_existing_redoes_a_corrupt_or_stale_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = _fake_engine(monkeypatch)
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text("The first version of the story.")
    (root / "b.txt").write_text("Another story entirely.")
    out_dir = tmp_path / "out"
    options = RunOptions(
        inputs=[str(root)], output_dir=str(out_dir), skip_existing=True, quiet=True, aggregate=True
    )
    _run(options)
    (out_dir / "a.txt.json").write_text('{"schema_version": "2", "entities": "abc"}')
    (root / "b.txt").write_text("The story changed since the last run.")
    seen.clear()
    summary, _, _ = _run(options)
    assert sorted(seen) == ["a", "b"] and summary.skipped == 0
    report = json.loads((out_dir / "a.txt.json").read_text())
    assert report["input_sha256"] and report["entities"] == []


def test_a_write_failure_stops_with_exit_3_and_leaves_the_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsparse.batch import outdir

    _fake_engine(monkeypatch)
    feed = _feed(tmp_path, {})
    real = outdir.write_atomic

    def full_after_three(target: Path, text: str) -> Path:
        if not target.name.startswith("_") and len(list(target.parent.glob("feed*"))) >= 3:
            raise OutputError(f"{target}: cannot write (No space left on device); free space")
        return real(target, text)

    monkeypatch.setattr(outdir, "write_atomic", full_after_three)
    out_dir = tmp_path / "out"
    with pytest.raises(OutputError, match=r"feed\.jsonl__r4\.json: cannot write") as caught:
        _run(RunOptions(inputs=[str(feed)], output_dir=str(out_dir), quiet=True))
    assert caught.value.exit_code == 3
    record = json.loads((out_dir / "_summary.json").read_text())
    assert record["counts"]["written"] == 3 and "No space left" in record["stopped"]


def test_recursive_reports_unreadable_folders_and_follows_symlinks_once(tmp_path: Path) -> None:
    from newsparse.batch.inputs import discover, load_pairs

    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "a.txt").write_text("A story.")
    (root / "sub" / "loop").symlink_to(root, target_is_directory=True)
    (root / "linked").symlink_to(root / "sub", target_is_directory=True)
    locked = root / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text("Another story.")
    locked.chmod(0o000)
    try:
        found = discover([str(root)], recursive=True)
        readable = os.access(locked, os.R_OK)  # root reads anything
    finally:
        locked.chmod(0o700)
    files = [i.rel for i in found if i.problem is None]
    assert (
        files.count(os.path.join("sub", "a.txt")) + files.count(os.path.join("linked", "a.txt"))
        == 1
    )
    problems = {i.rel: i.problem for i in found if i.problem is not None}
    assert any("loop" in rel for rel in problems)
    if not readable:
        assert problems[os.path.join("locked")].startswith("cannot read folder")
        failures = [item for src, item in load_pairs(found) if src.rel == "locked"]
        assert (
            isinstance(failures[0], Failure) and "cannot read folder" in failures[0].error.message
        )


def test_a_bug_of_ours_still_leaves_the_summary_and_the_records_so_far(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsparse.batch import runner
    from newsparse.batch.outcome import Outcome
    from newsparse.models import Article, Report

    def buggy(items: Any, **_: object) -> Iterator[Outcome]:
        for k, item in enumerate(items):
            if k == 3:
                raise RuntimeError("engine bug")
            assert isinstance(item, Article)
            yield Outcome.of(Report(id=item.id, model="m", newsparse_version="0", article=item))

    monkeypatch.setattr(runner, "analyze_outcomes", buggy)
    out_dir = tmp_path / "out"
    with pytest.raises(RuntimeError, match="engine bug"):
        _run(RunOptions(inputs=[str(_feed(tmp_path, {}))], output_dir=str(out_dir), quiet=True))
    record = json.loads((out_dir / "_summary.json").read_text())
    assert record["counts"]["written"] == 3
    assert record["stopped"] == "internal error: RuntimeError: engine bug"
    assert len(list(out_dir.glob("feed.jsonl__r*.json"))) == 3
