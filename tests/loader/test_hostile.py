"""Hostile input: the loader returns an Article or raises InputError/FormatError, quickly."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsparse.errors import FormatError, InputError
from newsparse.loader import (
    FORMATS,
    MAX_BYTES,
    article_from_record,
    article_from_text,
    load_article,
    load_articles,
    load_text,
)
from newsparse.models import Article, Failure

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def load_all(data: bytes | str, **kw: object) -> list[Article | Failure]:
    return list(load_text(data, **kw))  # type: ignore[arg-type]


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def one_line(err: BaseException) -> str:
    msg = str(err)
    assert msg and "\n" not in msg and "Traceback" not in msg
    return msg


# --------------------------------------------------------------------------- properties


@FAST
@given(st.binary(max_size=2000), st.sampled_from([None, *FORMATS]))
def test_arbitrary_bytes_give_article_or_input_error(data: bytes, fmt: str | None) -> None:
    try:
        items = load_all(data, input_format=fmt)
    except InputError as err:  # FormatError is an InputError
        one_line(err)
        return
    for item in items:
        assert isinstance(item, (Article, Failure))


@FAST
@given(st.text(max_size=2000))
def test_arbitrary_text_gives_article_or_input_error(text: str) -> None:
    try:
        items = load_all(text.encode("utf-8", "surrogatepass"))
    except InputError as err:
        one_line(err)
        return
    for item in items:
        if isinstance(item, Article):
            assert item.text == "\n\n".join(item.paragraphs)
            assert item.text.strip()


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8)
_SENTENCE = st.lists(_WORD, min_size=3, max_size=12).map(lambda ws: " ".join(ws).capitalize() + ".")
_PARAGRAPH = st.lists(_SENTENCE, min_size=1, max_size=4).map(" ".join)


@settings(max_examples=50, deadline=None)
@given(st.lists(_PARAGRAPH, min_size=1, max_size=8))
def test_plain_paragraphs_round_trip(paragraphs: list[str]) -> None:
    """A bare body of ordinary sentences comes back paragraph for paragraph, in every encoding."""
    text = "\n\n".join(paragraphs)
    for data in (text.encode("utf-8"), text.encode("utf-16"), text.replace("\n", "\r\n").encode()):
        (a,) = load_all(data)
        assert isinstance(a, Article)
        assert a.paragraphs == paragraphs
        assert a.headline is None


@FAST
@given(st.text(min_size=1, max_size=500).filter(str.strip))
def test_record_text_round_trips_exactly(text: str) -> None:
    """JSON records are analysed exactly as given: offsets refer to the record's text."""
    line = json.dumps({"id": "r", "text": text})
    (a,) = load_all(line.encode(), input_format="jsonl")
    assert isinstance(a, Article)
    assert a.text == text
    start = 0
    for para in a.paragraphs:
        start = text.index(para, start)  # every paragraph is a substring, in order


@FAST
@given(st.lists(st.one_of(st.just('{"text": "ok."}'), st.text(max_size=40)), max_size=12))
def test_jsonl_every_line_accounted_for(lines: list[str]) -> None:
    lines = [ln.replace("\n", " ").replace("\r", " ") for ln in lines]
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    try:
        items = load_all(data, input_format="jsonl")
    except InputError as err:
        one_line(err)
        return
    assert len(items) == sum(1 for ln in lines if ln.strip())


# --------------------------------------------------------------------------- fixed cases


@pytest.mark.parametrize(
    ("data", "match"),
    [
        (b"", "empty"),
        (b"   \n\t\n  \r\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(100), "PNG"),
        (b"abc\x00def" * 10, "NUL"),
        (b"%PDF-1.7\n%\xe2\xe3", "PDF"),
        (bytes(range(1, 32)) * 50, "binary"),
        (b"\xff\xfe" + b"\x00\xd8", "byte-order mark"),
    ],
)
def test_fixed_bad_inputs(tmp_path: Path, data: bytes, match: str) -> None:
    p = write(tmp_path, "bad.txt", data)
    with pytest.raises(InputError, match=match) as err:
        load_article(p)
    one_line(err.value)


def test_invalid_utf8_still_loads(tmp_path: Path) -> None:
    p = write(tmp_path, "x.txt", b"Headline\n\nCaf\xe9 owners \x93protest\x94 \xff\xfe today.")
    a = load_article(p)
    assert a.text.startswith("Café owners “protest”")


def test_mostly_utf8_with_a_stray_byte(tmp_path: Path) -> None:
    data = "Headline\n\nThe café’s owner said “no”, ".encode() + b"\xe9 then left."
    a = load_article(write(tmp_path, "x.txt", data))
    assert a.text == "The café’s owner said “no”, \ufffd then left."


def test_utf16_with_bom(tmp_path: Path) -> None:
    p = write(tmp_path, "x.txt", "Headline\r\n\r\nBody – text.".encode("utf-16"))
    a = load_article(p)
    assert (a.headline, a.text) == ("Headline", "Body – text.")


def test_oversize_file_is_refused_naming_the_option(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    with p.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse 50 MB: no time spent writing it
    assert p.stat().st_size > MAX_BYTES
    with pytest.raises(InputError, match="--max-bytes") as err:
        load_article(p)
    assert f"{MAX_BYTES:,}" in one_line(err.value)
    with pytest.raises(InputError, match="--max-bytes"):
        load_all(b"x" * 101, max_bytes=100)


def test_max_bytes_raises_the_limit(tmp_path: Path) -> None:
    p = write(tmp_path, "a.txt", b"Some body text. " * 100)
    with pytest.raises(InputError, match="1,000-byte limit"):
        load_article(p, max_bytes=1000)
    assert load_article(p, max_bytes=10_000).word_count == 300


def test_one_long_line_loads(tmp_path: Path) -> None:
    """5 MB with no line break: every step is linear (a quadratic one would not finish)."""
    p = write(tmp_path, "line.txt", b"WASHINGTON - word, more words and (parens) " * 120_000)
    a = load_article(p)
    assert len(a.paragraphs) == 1
    assert a.word_count == 7 * 120_000 - 2


def test_long_line_of_one_character(tmp_path: Path) -> None:
    for ch in (b"a", b"-", b"*", b"(", b"\xe2\x80\x94"):
        a = load_article(write(tmp_path, "c.txt", ch * 1_000_000))
        assert a.word_count == 1


def test_long_markdown_line(tmp_path: Path) -> None:
    a = load_article(write(tmp_path, "m.md", b"**a " * 300_000 + b"\n\n_b [c](d " * 20_000))
    assert a.format == "markdown"


def test_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="directory"):
        load_article(tmp_path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_article(tmp_path / "nope.txt")


def test_dangling_symlink(tmp_path: Path) -> None:
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "gone.txt")
    with pytest.raises(InputError, match="broken symbolic link"):
        load_article(link)


def test_fifo_is_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        load_article(fifo)  # would block forever if opened


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read a chmod 000 file")
def test_unreadable_file(tmp_path: Path) -> None:
    p = write(tmp_path, "secret.txt", b"text")
    p.chmod(0)
    try:
        with pytest.raises(InputError, match="permission denied"):
            load_article(p)
    finally:
        p.chmod(0o600)


def test_permission_error_is_mapped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same path as chmod 000, reachable when the tests run as root."""
    p = write(tmp_path, "secret.txt", b"text")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(InputError, match="permission denied"):
        load_article(p)


def test_deeply_nested_html(tmp_path: Path) -> None:
    depth = 5000
    html = (
        "<html><body>"
        + "<div>" * depth
        + "<p>"
        + "Deep text here. " * 30
        + "</p>"
        + "</div>" * depth
        + "</body></html>"
    )
    try:
        a = load_article(write(tmp_path, "deep.html", html.encode()))
    except InputError as err:
        one_line(err)
    else:
        assert "Deep text here." in a.text


def test_html_without_article(tmp_path: Path) -> None:
    html = (
        b"<!DOCTYPE html><html><head><title>Home</title></head><body><nav>Menu</nav></body></html>"
    )
    with pytest.raises(InputError, match="no article text") as err:
        load_article(write(tmp_path, "empty.html", html))
    one_line(err.value)


def test_garbage_html(tmp_path: Path) -> None:
    for data in (b"<html>" + b"<" * 10_000, b"<html><body>\x01\x02</body></html>", b"<<<>>>"):
        try:
            load_article(write(tmp_path, "g.html", data))
        except InputError as err:
            one_line(err)


def test_jsonl_with_broken_lines(tmp_path: Path) -> None:
    lines = [b'{"text": "Good one."}', b"\xff\xfe garbage", b"[1, 2", b"null", b'{"text": 3}']
    items = list(load_articles(write(tmp_path, "f.jsonl", b"\n".join(lines))))
    assert [type(i).__name__ for i in items] == [
        "Article",
        "Failure",
        "Failure",
        "Failure",
        "Failure",
    ]
    for item in items[1:]:
        assert isinstance(item, Failure)
        one_line(Exception(item.error.message))


def test_deeply_nested_json(tmp_path: Path) -> None:
    data = b"[" * 100_000 + b"]" * 100_000
    with pytest.raises(FormatError):
        list(load_articles(write(tmp_path, "deep.json", data)))


def test_unbalanced_and_nested_quotes() -> None:
    text = (
        'Headline\n\nHe said "she said \u201cno\u201d and left.\n\n\u201cUnclosed \u2018inner" end.'
    )
    a = article_from_text(text)
    assert a.paragraphs == [
        'He said "she said \u201cno\u201d and left.',
        '\u201cUnclosed \u2018inner" end.',
    ]


@pytest.mark.parametrize("record", [{"text": None}, {"text": ["a"]}, {"text": "   "}, {}])
def test_bad_records(record: dict[str, object]) -> None:
    with pytest.raises(InputError):
        article_from_record(record)


def test_record_with_odd_fields() -> None:
    a = article_from_record(
        {"text": "Body.", "authors": [1, None, "Ann"], "published": "not a date", "id": True}
    )
    assert a.published is None
    assert a.authors == ["1", "None", "Ann"]
