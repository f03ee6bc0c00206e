"""``--engine dask``: the same records, files, summaries and exit codes as the local engine.

Most tests run on an in-process ``LocalCluster(processes=False)`` (one worker thread, the
test's own cached pipeline); one CLI test starts the engine's own LocalCluster of processes.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newsparse.batch import RunOptions, run
from newsparse.cli import cli

distributed = pytest.importorskip("distributed")

TIMING = ("started", "finished", "seconds", "articles_per_second", "words_per_second")


@pytest.fixture(scope="module")
def scheduler() -> Any:
    """The address of an in-process cluster: one worker, one thread."""
    cluster = distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0"
    )
    yield cluster.scheduler_address
    cluster.close()


def _inputs(tmp_path: Path, sample_path: Path, *, good: int = 3) -> Path:
    root = tmp_path / "in"
    root.mkdir()
    # the project's own samples (data/), so the test runs where ../shared/ is absent too
    others = sorted(p for p in sample_path.parent.glob("*.txt") if p != sample_path)
    texts = [sample_path, *others[: good - 1]]
    for text in texts:
        (root / text.name).write_bytes(text.read_bytes())
    (root / "bad.txt").write_bytes(b"\x00binary")
    records = [
        {"id": "r1", "text": "“It works,” Ana Diaz said. Prices rose 4% in May."},
        {"id": "r2"},
    ]
    (root / "records.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n")
    return root


def _run(options: RunOptions) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    summary = run(options, out=out, err=err)
    return summary.exit_code, out.getvalue(), err.getvalue()


def _summary(folder: Path) -> dict[str, Any]:
    data = json.loads((folder / "_summary.json").read_text())
    return {k: v for k, v in data.items() if k not in TIMING}


def test_error_records_alone_need_no_cluster(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\x00binary")
    (tmp_path / "b.txt").write_text("")
    # an address nothing listens on: never contacted, as there is nothing to analyse
    options = RunOptions(inputs=[str(tmp_path)], quiet=True, engine="dask", scheduler="tcp://x:1")
    code, out, err = _run(options)
    local = _run(RunOptions(inputs=[str(tmp_path)], quiet=True))
    assert (code, out) == local[:2] and code == 1 and out.count("\n") == 2
    assert err.count("newsparse: failed: ") == 2


@pytest.mark.model
def test_dask_gives_the_local_engines_records_files_and_summary(
    tmp_path: Path, sample_path: Path, scheduler: str
) -> None:
    root = _inputs(tmp_path, sample_path)
    base = {"inputs": [str(root)], "model": "sm", "quiet": True, "jobs": 1}
    local = _run(RunOptions(**base))
    dask = _run(RunOptions(**base, engine="dask", scheduler=scheduler))
    assert dask[:2] == local[:2]  # exit code 1 (two inputs failed), the same JSON Lines
    records = [json.loads(line) for line in dask[1].splitlines()]
    assert len(records) == 6 and sum("article" not in r for r in records) == 2
    assert dask[0] == 1 and dask[2].count("newsparse: failed: ") == 2
    folders = {}
    for engine, address in (("local", None), ("dask", scheduler)):
        folders[engine] = tmp_path / engine
        output_dir = str(folders[engine])
        options = RunOptions(**base, output_dir=output_dir, engine=engine, scheduler=address)
        assert _run(options)[0] == 1
    names = sorted(p.name for p in folders["local"].iterdir())
    assert names == sorted(p.name for p in folders["dask"].iterdir())
    for file in names:
        if file != "_summary.json":
            assert (folders["local"] / file).read_bytes() == (folders["dask"] / file).read_bytes()
    assert _summary(folders["local"]) == _summary(folders["dask"])


@pytest.mark.model
def test_the_dask_engine_with_a_shard(tmp_path: Path, sample_path: Path, scheduler: str) -> None:
    from newsparse.batch.shard import Shard

    root = _inputs(tmp_path, sample_path)
    base = {"inputs": [str(root)], "model": "sm", "quiet": True, "engine": "dask"}
    whole = _run(RunOptions(**base, scheduler=scheduler))[1].splitlines()
    parts = [
        line
        for k in (1, 2)
        for line in _run(RunOptions(**base, scheduler=scheduler, shard=Shard(k, 2)))[1].splitlines()
    ]
    assert sorted(parts) == sorted(whole)


def test_a_killed_worker_costs_its_task_crash_records() -> None:
    from newsparse.batch.dask_engine import _outcomes
    from newsparse.models import Article

    class Dead:
        def add_done_callback(self, callback: Any) -> None:
            callback(self)

        def result(self) -> None:
            raise distributed.KilledWorker("task", "worker", 3)

    task = [Article(id="a", text="Some text.")]
    (outcome,) = _outcomes(task, Dead(), distributed)  # type: ignore[arg-type]
    assert not outcome.ok and outcome.record().error.type == "WorkerCrash"  # type: ignore[union-attr]


def test_without_dask_the_engine_is_a_one_line_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text("Text.")
    (tmp_path / "b.txt").write_text("Text.")
    monkeypatch.setitem(sys.modules, "distributed", None)  # import fails
    result = CliRunner().invoke(cli, ["summarize", str(tmp_path), "--engine", "dask"])
    assert result.exit_code == 2
    assert result.stderr == "newsparse: --engine dask needs Dask: pip install 'newsparse[dask]'\n"


def test_an_unreachable_scheduler_is_a_one_line_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("newsparse.batch.dask_engine.CONNECT_TIMEOUT", "1s")
    (tmp_path / "a.txt").write_text("“Yes,” she said.")
    (tmp_path / "b.txt").write_text("“No,” he said.")
    args = ["summarize", str(tmp_path), "--scheduler", "tcp://127.0.0.1:9", "-m", "sm"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2
    assert result.stderr.startswith("newsparse: --scheduler tcp://127.0.0.1:9: cannot connect")
    assert result.stderr.count("\n") == 1


@pytest.mark.model
def test_the_cli_on_its_own_local_cluster(tmp_path: Path, sample_path: Path) -> None:
    """``--engine dask`` without a scheduler: a LocalCluster of -j worker processes."""
    root = _inputs(tmp_path, sample_path, good=1)
    args = ["summarize", str(root), "-m", "sm", "-j", "1", "-q"]
    local = CliRunner().invoke(cli, args)
    dask = CliRunner().invoke(cli, [*args, "--engine", "dask"])
    assert dask.exit_code == local.exit_code == 1
    assert dask.stdout == local.stdout and dask.stdout.count("\n") == 4
    assert dask.stderr.splitlines()[-1].endswith(": 2 ok, 2 failed")


@pytest.mark.model
def test_our_local_clusters_workers_run_quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    """The background jobs that share the cores with the analysis are slowed or off in the
    worker processes themselves; glibc keeps its adaptive trimming (no MALLOC_TRIM_THRESHOLD_)."""
    import os

    import dask

    from newsparse.batch.dask_engine import QUIET_CLUSTER, _connect

    monkeypatch.delenv("MALLOC_TRIM_THRESHOLD_", raising=False)
    with _connect(distributed, None, 1, "sm") as client:
        env = client.run(os.getenv, "MALLOC_TRIM_THRESHOLD_")
        keys = [k for k in QUIET_CLUSTER if "pre-spawn" not in k]
        seen = [client.run(dask.config.get, key) for key in keys]
    assert list(env.values()) == [None]
    assert [list(values.values()) for values in seen] == [[QUIET_CLUSTER[k]] for k in keys]


def test_the_time_budget_stops_an_article_off_the_main_thread_too() -> None:
    """Dask runs tasks in worker threads, where no alarm signal arrives."""
    import threading
    import time

    from newsparse.batch.tasks import _OutOfTime, budget

    seen: list[str] = []

    def stalled() -> None:
        try:
            with budget(0.2):
                while True:
                    pass
        except _OutOfTime:
            seen.append("stopped")
        with budget(0.2):
            pass
        time.sleep(0.4)  # no ring is left behind to land later
        seen.append("clean")

    thread = threading.Thread(target=stalled)
    thread.start()
    thread.join(10)
    assert seen == ["stopped", "clean"]


def test_a_stalled_article_on_dask_is_a_timeout_record(
    scheduler: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import spacy

    import newsparse.nlp
    from newsparse.batch.dask_engine import dask_outcomes
    from newsparse.models import Article

    blank = spacy.blank("en")

    def parse(nlp: Any, text: str) -> Any:
        while "stall" in text:  # an article that never finishes
            pass
        return blank(text)

    monkeypatch.setattr(newsparse.nlp, "load_pipeline", lambda model=None: blank)
    monkeypatch.setattr(newsparse.nlp, "parse", parse)
    monkeypatch.setattr(
        newsparse.nlp, "parse_many", lambda nlp, texts, **kw: [parse(nlp, t) for t in texts]
    )
    items = [Article(id="stall", text="We stall here."), Article(id="fine", text="Fine text.")]
    outcomes = list(dask_outcomes(items, timeout=0.3, scheduler=scheduler))
    assert [o.id for o in outcomes] == ["stall", "fine"]
    assert outcomes[0].record().error.type == "timeout"  # type: ignore[union-attr]


@pytest.mark.parametrize("address", ["notanaddress", "foo://bar:1"])
def test_a_malformed_scheduler_address_is_a_one_line_usage_error(
    tmp_path: Path, address: str
) -> None:
    (tmp_path / "a.txt").write_text("“Yes,” she said.")
    (tmp_path / "b.txt").write_text("“No,” he said.")
    result = CliRunner().invoke(cli, ["summarize", str(tmp_path), "--scheduler", address])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"newsparse: --scheduler {address}: ")
    assert result.stderr.count("\n") == 1
