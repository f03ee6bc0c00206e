"""Batch runs without a model: discovery, safe output names, atomic writes, ordering, failures."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsparse.batch import analyze_many, analyze_outcomes, tasks
from newsparse.batch.inputs import STDIN, Input, discover, load_inputs
from newsparse.batch.outdir import TEMP_PREFIX, OutputDir, base_name, safe_name, write_atomic
from newsparse.batch.pool import ordered_map
from newsparse.batch.tasks import tasks_of
from newsparse.loader import article_from_text
from newsparse.models import Article, ErrorInfo, Failure, Report

ROOT = Path(__file__).resolve().parent.parent


def _tree(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / ".hidden").mkdir()
    names = ("b.txt", "a.md", "c.json", "skip.csv", ".dot.txt", "sub/a.txt", "sub/deeper/z.html")
    for rel in names:
        (root / rel).write_text("Headline\n\nBody text.\n")
    (root / ".hidden" / "x.txt").write_text("hidden\n")
    return root


# --------------------------------------------------------------------------- discovery


def test_folder_gives_sorted_matching_files_only(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    flat = [Path(i.path).relative_to(root).as_posix() for i in discover([str(root)])]
    assert flat == ["a.md", "b.txt", "c.json"]
    found = discover([str(root)], recursive=True)
    deep = [Path(i.path).relative_to(root).as_posix() for i in found]
    assert deep == ["a.md", "b.txt", "c.json", "sub/a.txt", "sub/deeper/z.html"]


def test_patterns_globs_stdin_missing_and_dedup(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    got = discover(
        [str(root / "b.txt"), str(root), STDIN, str(root / "*.csv"), str(root / "nope.txt")],
        patterns=["*.txt"],
    )
    assert got[0] == Input(STDIN, "stdin")
    paths = [Path(i.path).name for i in got[1:]]
    assert paths == ["b.txt", "nope.txt", "skip.csv"]  # b.txt once, sorted, missing kept
    assert [i.missing for i in got[1:]] == [False, True, False]


def test_output_dir_inside_input_is_not_read_back(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    out = root / "out"
    out.mkdir()
    (out / "old.json").write_text("{}")
    got = discover([str(root)], recursive=True, exclude=out)
    assert not any("out" in Path(i.path).parts for i in got)


def test_unreadable_inputs_become_failures_in_place(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Headline\n\nBody.\n")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "recs.jsonl").write_text('{"id": "r1", "text": "One."}\n{oops\n')
    items = list(load_inputs(discover([str(tmp_path)])))
    kinds = [(type(i).__name__, i.id) for i in items]
    assert kinds[0][0] == "Failure"  # bin.txt sorts first
    assert [k for k, _ in kinds] == ["Failure", "Article", "Article", "Failure"]
    assert kinds[2][1] == "r1"


# --------------------------------------------------------------------------- output names


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


# --------------------------------------------------------------------------- analysis stream


def _fake_report(article: Article, doc: object, *, model: str) -> Report:
    if "EXPLODE" in article.text:
        raise ValueError("extractor blew up")
    return Report(id=article.id, model=model, newsparse_version="test", article=article)


@pytest.fixture
def blank_nlp():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def test_one_bad_article_is_a_failure_not_the_end(monkeypatch, blank_nlp) -> None:
    monkeypatch.setattr(tasks, "report_from_doc", _fake_report)
    texts = ["Fine one.", "EXPLODE here.", "Fine two."]
    arts = [article_from_text(t, id=f"a{i}") for i, t in enumerate(texts)]
    missing = Failure(id="m", path="m.txt", error=ErrorInfo(type="InputError", message="m.txt"))
    out = list(analyze_many([arts[0], missing, arts[1], arts[2]], nlp=blank_nlp))
    assert [type(r).__name__ for r in out] == ["Report", "Failure", "Failure", "Report"]
    assert [r.id for r in out] == ["a0", "m", "a1", "a2"]
    assert out[2].error.type == "ValueError"


def test_paths_are_loaded_by_the_api(monkeypatch, blank_nlp, tmp_path: Path) -> None:
    monkeypatch.setattr(tasks, "report_from_doc", _fake_report)
    (tmp_path / "one.txt").write_text("Headline\n\nBody.\n")
    out = list(analyze_outcomes([tmp_path / "one.txt", str(tmp_path / "no.txt")], nlp=blank_nlp))
    assert [o.ok for o in out] == [True, False]
    assert "no.txt" in (out[1].path or "")
    assert out[0].record().article.path == str(tmp_path / "one.txt")


def test_tasks_are_small_and_keep_order() -> None:
    arts = [Article(id=str(i), text="x" * 1000) for i in range(20)]
    tasks = list(tasks_of(arts, max_articles=8, max_chars=3000))
    assert [len(t) for t in tasks] == [3] * 6 + [2]
    assert [a.id for t in tasks for a in t] == [str(i) for i in range(20)]


# --------------------------------------------------------------------------- process pool


def _square_or_die(n: int) -> int:
    if n == 13:
        os._exit(3)  # a worker that dies (OOM-killed, segfault...)
    return n * n


def test_ordered_map_keeps_order_and_survives_a_dead_worker() -> None:
    got = list(
        ordered_map(_square_or_die, range(20), jobs=2, on_crash=lambda n, err: -n, in_flight=3)
    )
    assert got == [-n if n == 13 else n * n for n in range(20)]


def test_ordered_map_survives_a_worker_dying_while_tasks_are_queued() -> None:
    def tasks():
        yield 13  # its worker dies at once ...
        time.sleep(1.5)  # ... so the pool is already broken when the next task is submitted
        yield from range(3)

    got = list(ordered_map(_square_or_die, tasks(), jobs=2, on_crash=lambda n, err: -n))
    assert got == [-13, 0, 1, 4]


def test_ordered_map_stops_workers_when_the_consumer_leaves() -> None:
    results = ordered_map(_square_or_die, range(1000), jobs=2, on_crash=lambda n, err: -n)
    assert next(results) == 0
    results.close()  # what a closed pipe does: nothing must linger
    import multiprocessing

    # Terminated workers (here or from an earlier test's broken pool) take a moment to exit.
    deadline = time.monotonic() + 10
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert multiprocessing.active_children() == []


# --------------------------------------------------------------------------- import cost


def test_importing_the_cli_does_not_import_spacy() -> None:
    code = "import sys, newsparse.cli; sys.exit('spacy' in sys.modules or 'rich' in sys.modules)"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    assert subprocess.run([sys.executable, "-c", code], env=env).returncode == 0


def test_an_input_with_no_articles_is_a_failure_not_silence(monkeypatch, tmp_path: Path) -> None:
    import newsparse.loader as loader

    (tmp_path / "empty.jsonl").write_text("\n")
    items = list(load_inputs(discover([str(tmp_path)])))
    assert len(items) == 1
    assert isinstance(items[0], Failure)
    assert str(tmp_path / "empty.jsonl") in items[0].error.message
    monkeypatch.setattr(loader, "load_articles", lambda path, **kw: iter(()))
    items = list(load_inputs(discover([str(tmp_path)])))
    assert isinstance(items[0], Failure)
    assert "no articles" in items[0].error.message


def test_a_loader_that_raises_costs_one_record(monkeypatch, tmp_path: Path) -> None:
    import newsparse.loader as loader
    from newsparse.errors import InputError

    def flaky(path, **kwargs):
        if "bad" in str(path):
            raise InputError(f"{path}: looks binary")
        if "bug" in str(path):
            raise KeyError("oops")
        yield Article(id=Path(path).stem, text="fine", path=str(path))

    monkeypatch.setattr(loader, "load_articles", flaky)
    for name in ("a.txt", "bad.txt", "bug.txt", "z.txt"):
        (tmp_path / name).write_text("x")
    items = list(load_inputs(discover([str(tmp_path)])))
    assert [type(i).__name__ for i in items] == ["Article", "Failure", "Failure", "Article"]
    bad, bug = items[1], items[2]
    assert isinstance(bad, Failure) and isinstance(bug, Failure)
    assert (bad.id, bad.error.type) == ("bad", "InputError")
    assert bad.error.message.count(str(tmp_path / "bad.txt")) == 1
    assert bug.error.type == "KeyError" and str(tmp_path / "bug.txt") in bug.error.message
