"""JSON and JSON Lines records: the text kept exactly, a bad line a Failure in its place."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsparse.errors import FormatError, InputError
from newsparse.loader import (
    article_from_record,
    load_article,
    load_articles,
)
from newsparse.models import Article, Failure


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    p = tmp_path / name
    p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return p


def test_record_text_is_kept_exactly() -> None:
    text = "  WASHINGTON — Caf\u00e9\u00a0owners said “no.”\r\n\r\nThis story has been updated.  "
    a = article_from_record({"text": text, "id": 7, "title": "T", "author": "By ANN LEE"})
    assert a.text == text
    assert a.id == "7"
    assert a.headline == "T"
    assert a.authors == ["Ann Lee"]
    assert a.dateline is None
    for para in a.paragraphs:
        assert para in text


def test_record_needs_text() -> None:
    with pytest.raises(InputError, match="'text'"):
        article_from_record({"headline": "x"})


def test_json_array_and_object(tmp_path: Path) -> None:
    records = [{"text": "One."}, {"id": "b", "text": "Two."}, {"text": ""}, 5]
    items = list(load_articles(write(tmp_path, "batch.json", json.dumps(records))))
    assert [type(i) for i in items] == [Article, Article, Failure, Failure]
    assert [i.id for i in items] == ["batch:1", "b", "batch:3", "batch:4"]
    assert "item 3" in items[2].error.message
    one = load_article(write(tmp_path, "one.json", json.dumps({"text": "Only."})))
    assert (one.id, one.format) == ("one", "json")


def test_jsonl_bad_line_is_a_failure_not_the_end(tmp_path: Path) -> None:
    lines = ['{"text": "One."}', "{broken", "", '{"id": "x", "text": "Three."}', '{"no": 1}']
    items = list(load_articles(write(tmp_path, "feed.jsonl", "\n".join(lines))))
    assert [type(i).__name__ for i in items] == ["Article", "Failure", "Article", "Failure"]
    assert items[1].id == "feed:2"
    assert items[1].error.type == "FormatError"
    assert "line 2" in items[1].error.message
    assert items[2].id == "x"
    assert items[3].id == "feed:5"


def test_load_article_takes_first_record(tmp_path: Path) -> None:
    p = write(tmp_path, "a.jsonl", '{"text": "First."}\n{"text": "Second."}\n')
    assert load_article(p).text == "First."
    bad = write(tmp_path, "b.jsonl", '{oops\n{"text": "Second."}\n')
    with pytest.raises(FormatError, match="line 1"):
        load_article(bad)


def test_invalid_json_file(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="not valid JSON"):
        load_article(write(tmp_path, "x.json", '{"text": '))
