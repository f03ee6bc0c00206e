"""Gold files are checked whole before scoring: every bad line is ``file:line: reason``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsparse.errors import FormatError, NewsparseError
from newsparse.eval.claims import read_gold as read_claim_gold
from newsparse.eval.gold import read_quote_gold

GOOD = {"id": "a", "text": "He said it was fine.", "quotes": [{"start": 0, "end": 7}]}

BAD_LINES = {
    "deep": b"[" * 100_000 + b"]" * 100_000,
    "utf8": b'{"id": "a", "text": "caf\xe9"}',
    "digits": b'{"id": "a", "text": "x", "quotes": [{"start": ' + b"9" * 5000 + b', "end": 1}]}',
    "nan": b'{"id": "a", "text": "x", "quotes": [{"start": NaN, "end": 1}]}',
    "out_of_range": json.dumps({**GOOD, "quotes": [{"start": 0, "end": 999}]}).encode(),
    "negative": json.dumps({**GOOD, "quotes": [{"start": -2, "end": 3}]}).encode(),
    "reversed": json.dumps({**GOOD, "quotes": [{"start": 5, "end": 2}]}).encode(),
    "float": json.dumps({**GOOD, "quotes": [{"start": 0.5, "end": 3}]}).encode(),
    "kind": json.dumps({**GOOD, "quotes": [{"start": 0, "end": 3, "kind": "shouted"}]}).encode(),
    "ignore": json.dumps({**GOOD, "ignore_spans": [[3, 1]]}).encode(),
    "no_text": b'{"id": "a"}',
    "array": b"[1, 2]",
}


@pytest.mark.parametrize("name", sorted(BAD_LINES))
def test_a_bad_last_line_is_refused_with_its_line(tmp_path: Path, name: str) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_bytes(json.dumps(GOOD).encode() + b"\n\n" + BAD_LINES[name] + b"\n")
    with pytest.raises(FormatError, match=rf"^{path}:3: "):
        read_quote_gold(path)


def test_a_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(GOOD).encode() + b"\n")
    assert read_quote_gold(path)[0]["id"] == "a"


def test_claim_gold_offsets_are_checked(tmp_path: Path) -> None:
    claim = {"start": 0, "end": 50, "claimer": "article"}
    path = tmp_path / "gold.jsonl"
    path.write_bytes(
        b"\xef\xbb\xbf" + json.dumps({"id": "a", "text": "Short.", "claims": [claim]}).encode()
    )
    with pytest.raises(FormatError, match=rf"^{path}:1: .*past the end"):
        read_claim_gold(path)


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=10,
)
_quote = st.fixed_dictionaries(
    {},
    optional={
        "start": _json | st.integers(-5, 30),
        "end": _json | st.integers(-5, 30),
        "kind": _json,
    },
)
_record = st.fixed_dictionaries(
    {},
    optional={
        "id": _json,
        "text": _json | st.text(max_size=30),
        "quotes": _json | st.lists(_quote, max_size=3),
        "ignore_spans": _json,
    },
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(_json | _record)
def test_any_json_shape_is_accepted_or_refused_in_one_line(tmp_path: Path, value: object) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(value) + "\n", encoding="utf-8")
    try:
        records = read_quote_gold(path)
    except NewsparseError as err:
        assert str(err).startswith(f"{path}:") and "\n" not in str(err)
        return
    for record in records:  # what is accepted is safe to score
        for q in record.get("quotes") or []:
            assert 0 <= q["start"] < q["end"] <= len(record["text"])


def test_cli_refuses_bad_gold_before_loading_a_model(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from newsparse.cli import cli

    path = tmp_path / "gold.jsonl"
    path.write_bytes(json.dumps(GOOD).encode() + b"\n" + BAD_LINES["deep"] + b"\n")
    result = CliRunner().invoke(cli, ["evaluate", str(path), "--model", "no-such-model"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"{path}:2: JSON nested too deeply" in result.output
