"""Inputs found in sorted order, de-duplicated, and read with every failure a record in place."""

from __future__ import annotations

from pathlib import Path

from newsparse.batch.inputs import STDIN, Input, discover, load_inputs
from newsparse.models import Article, Failure


def _tree(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / ".hidden").mkdir()
    names = ("b.txt", "a.md", "c.json", "skip.csv", ".dot.txt", "sub/a.txt", "sub/deeper/z.html")
    for rel in names:
        (root / rel).write_text("Headline\n\nBody text.\n")
    (root / ".hidden" / "x.txt").write_text("hidden\n")
    return root


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


def test_readme_and_licence_files_are_skipped_by_default_patterns_only(tmp_path) -> None:
    from newsparse.batch.inputs import discover

    for name in ("a.txt", "README.md", "LICENSE.txt", "readme.txt", "notes.md"):
        (tmp_path / name).write_text("x")
    skipped: list[str] = []
    found = [Path(i.path).name for i in discover([str(tmp_path)], skipped=skipped)]
    assert found == ["a.txt", "notes.md"]
    assert sorted(Path(p).name for p in skipped) == ["LICENSE.txt", "README.md", "readme.txt"]
    asked = discover([str(tmp_path)], patterns=["*.md"])
    assert [Path(i.path).name for i in asked] == ["README.md", "notes.md"]
    direct = discover([str(tmp_path / "README.md")])
    assert [Path(i.path).name for i in direct] == ["README.md"]


def test_urls_are_inputs_not_missing_paths() -> None:
    from newsparse.batch.inputs import discover

    (url,) = discover(["https://example.org/news/story?id=1"])
    assert (url.path, url.rel, url.missing) == (
        "https://example.org/news/story?id=1",
        "example.org/news/story",
        False,
    )
