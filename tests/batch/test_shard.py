"""``--shard K/N``: N runs cover every input exactly once, stably; bad values are usage errors.

The run-level tests use inputs that all fail (no pipeline is loaded); the real-model test
checks that three shards into one output folder give exactly the unsharded folder.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from newsparse.batch import RunOptions, run
from newsparse.batch.inputs import Input
from newsparse.batch.shard import Shard, article_key, input_key, shard_of
from newsparse.cli import cli
from newsparse.errors import InputError, UsageError
from newsparse.models import Article


@pytest.mark.parametrize(("text", "shard"), [("1/3", Shard(1, 3)), (" 2 / 5 ", Shard(2, 5))])
def test_k_of_n_parses(text: str, shard: Shard) -> None:
    assert Shard.parse(text) == shard
    assert str(shard) == f"{shard.index}/{shard.count}" and shard.tag.endswith(f"of-{shard.count}")


@pytest.mark.parametrize("text", ["0/3", "4/3", "x", "1/0", "-1/3", "1/3/4", "", "1.5/3"])
def test_bad_k_of_n_is_a_usage_error(text: str) -> None:
    with pytest.raises(UsageError, match="--shard"):
        Shard.parse(text)


@given(keys=st.lists(st.text(), max_size=50), count=st.integers(min_value=1, max_value=9))
def test_every_key_is_owned_by_exactly_one_shard(keys: list[str], count: int) -> None:
    shards = [Shard(k, count) for k in range(1, count + 1)]
    for key in keys:
        assert sum(s.owns(key) for s in shards) == 1


@given(
    ids=st.lists(st.text(min_size=1), max_size=30),
    paths=st.lists(st.from_regex(r"[a-zA-Z0-9 _/.-]{1,30}\.(txt|html|md)", fullmatch=True)),
    count=st.integers(min_value=1, max_value=6),
)
def test_every_record_and_file_is_taken_by_exactly_one_shard(
    ids: list[str], paths: list[str], count: int
) -> None:
    shards = [Shard(k, count) for k in range(1, count + 1)]
    records = Input("feed.jsonl", "feed.jsonl")
    for rid in ids:
        article = Article(id=rid, text="Some text.")
        assert all(s.reads(records) for s in shards)
        assert sum(s.takes(records, article, input_format=None) for s in shards) == 1
    for path in paths:
        source = Input(path, path)
        assert sum(s.reads(source) for s in shards) == 1


def test_the_hash_is_the_same_in_every_run_and_on_every_machine() -> None:
    # pinned values: a salted or platform-dependent hash would move articles between shards
    assert [shard_of(k, 3) for k in ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt"]] == [
        2,
        3,
        3,
        2,
        1,
    ]
    assert [shard_of(k, 7) for k in ["a.txt", "x", "y"]] == [5, 6, 2]


def test_keys_are_output_names_so_colliding_names_share_a_shard() -> None:
    assert input_key(Input("in/Sub/A b.txt", "Sub/A b.txt")) == "sub__a_b.txt"
    assert input_key(Input("in/sub/a_b.txt", "sub/a_b.txt")) == "sub__a_b.txt"
    assert article_key(Input("f.jsonl", "f.jsonl"), "R 1") == "f.jsonl__r_1"


def test_files_of_records_are_split_after_reading_others_chosen_before() -> None:
    shard = Shard(1, 2)
    text = Input("x/a.txt", "a.txt")
    assert shard.reads(text) == shard.owns("a.txt")
    assert Shard(2, 2).reads(text) != shard.reads(text)  # one of the two reads it
    assert shard.reads(Input("f.jsonl", "f.jsonl")) and shard.reads(Input("-", "stdin"))
    assert shard.reads(text, input_format="jsonl")  # --input-format jsonl: records
    as_text = shard.reads(Input("f.jsonl", "f.jsonl"), input_format="text")
    assert as_text == shard.owns("f.jsonl")  # --input-format text: one article, chosen whole


def _failing_inputs(tmp_path: Path) -> Path:
    """40 inputs that fail without a model: binary, empty and text-less records."""
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    for n in range(10):
        (root / f"binary{n}.txt").write_bytes(b"\x00\x01garbage")
        (root / "sub" / f"empty{n}.md").write_text("")
    lines = [json.dumps({"id": f"r{n}"}) for n in range(15)] + ["{not json"] * 5
    (root / "records.jsonl").write_text("\n".join(lines) + "\n")
    return root


def _records(options: RunOptions) -> tuple[int, list[dict]]:
    out = io.StringIO()
    summary = run(options, out=out, err=io.StringIO())
    return summary.exit_code, [json.loads(line) for line in out.getvalue().splitlines()]


def test_three_shards_give_every_record_of_one_run_once(tmp_path: Path) -> None:
    root = str(_failing_inputs(tmp_path))
    code, whole = _records(RunOptions(inputs=[root], recursive=True, quiet=True))
    assert code == 1 and len(whole) == 40
    parts = []
    for k in (1, 2, 3):
        code, part = _records(
            RunOptions(inputs=[root], recursive=True, quiet=True, shard=Shard(k, 3))
        )
        assert code == 1 and 0 < len(part) < 40
        again = _records(RunOptions(inputs=[root], recursive=True, quiet=True, shard=Shard(k, 3)))[
            1
        ]
        assert again == part  # stable across runs
        parts.extend(part)
    key = lambda r: json.dumps(r, sort_keys=True)  # noqa: E731
    assert sorted(parts, key=key) == sorted(whole, key=key)


def test_a_shard_owning_nothing_is_an_empty_run_not_an_error(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_bytes(b"\x00binary")
    owner = shard_of("one.txt", 2)
    empty = Shard(3 - owner, 2)
    out_dir = tmp_path / "out"
    options = RunOptions(inputs=[str(tmp_path)], shard=empty, output_dir=str(out_dir), quiet=True)
    code, records = _records(options)
    assert (code, records) == (0, [])
    summary = json.loads((out_dir / f"_summary-{empty.tag}.json").read_text())
    assert summary["shard"] == str(empty) and summary["counts"]["inputs"] == 0


def test_each_shard_writes_its_own_summary_which_readers_skip(tmp_path: Path) -> None:
    from newsparse.reports import read_reports

    root = str(_failing_inputs(tmp_path))
    out_dir = tmp_path / "out"
    failed = 0
    for k in (1, 2, 3):
        run(
            RunOptions(
                inputs=[root],
                recursive=True,
                shard=Shard(k, 3),
                output_dir=str(out_dir),
                quiet=True,
            ),
            out=io.StringIO(),
            err=io.StringIO(),
        )
        summary = json.loads((out_dir / f"_summary-{k}-of-3.json").read_text())
        assert summary["shard"] == f"{k}/3"
        failed += summary["counts"]["failed"]
    assert failed == 40 and not (out_dir / "_summary.json").exists()
    with pytest.raises(InputError, match="no report files"):  # summaries are not reports
        list(read_reports([str(out_dir)]))


@pytest.mark.parametrize("value", ["0/3", "4/3", "x"])
def test_the_cli_refuses_bad_shards_in_one_line_with_exit_2(tmp_path: Path, value: str) -> None:
    result = CliRunner().invoke(cli, ["summarize", str(tmp_path), "--shard", value])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "--shard" in result.stderr


@pytest.mark.model
def test_sharded_output_folder_is_the_unsharded_one_and_a_shard_reruns_alone(
    tmp_path: Path, sample_path: Path
) -> None:
    from conftest import SHARED

    root = tmp_path / "in"
    root.mkdir()
    texts = [*sorted((SHARED / "corpus" / "text").glob("*.txt"))[:5], sample_path]
    for text in texts:
        (root / text.name).write_bytes(text.read_bytes())
    (root / "bad.txt").write_bytes(b"\x00binary")
    base = {"inputs": [str(root)], "model": "sm", "quiet": True, "jobs": 1}
    whole, sharded = tmp_path / "whole", tmp_path / "sharded"
    run(RunOptions(**base, output_dir=str(whole)), out=io.StringIO(), err=io.StringIO())
    for k in (1, 2, 3):
        options = RunOptions(**base, output_dir=str(sharded), shard=Shard(k, 3))
        run(options, out=io.StringIO(), err=io.StringIO())
    reports = sorted(p.name for p in whole.iterdir() if not p.name.startswith("_"))
    assert len(reports) == len(texts)
    assert reports == sorted(p.name for p in sharded.iterdir() if not p.name.startswith("_"))
    for name in reports:
        assert (whole / name).read_bytes() == (sharded / name).read_bytes()
    counts = [json.loads((sharded / f"_summary-{k}-of-3.json").read_text()) for k in (1, 2, 3)]
    assert sum(c["counts"]["articles"] for c in counts) == len(texts) + 1
    # shard 2 reruns alone: what it wrote is kept
    options = RunOptions(**base, output_dir=str(sharded), shard=Shard(2, 3), skip_existing=True)
    summary = run(options, out=io.StringIO(), err=io.StringIO())
    assert summary.skipped == counts[1]["counts"]["written"]
