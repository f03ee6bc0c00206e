"""The loader as a whole: every corpus and bundled file loads; Markdown; formats sniffed, forced."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from newsparse.errors import UsageError
from newsparse.loader import (
    decode,
    load_article,
    load_text,
    sniff_format,
)
from newsparse.loader.body import classify_note

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
CORPUS_TEXT = ROOT.parent / "shared" / "corpus" / "text"
UTC = timezone.utc


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    p = tmp_path / name
    p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return p


# --------------------------------------------------------------------------- every corpus file


def _corpus_files() -> list[Path]:
    return sorted(CORPUS_TEXT.glob("*.txt")) if CORPUS_TEXT.is_dir() else []


@pytest.mark.skipif(not CORPUS_TEXT.is_dir(), reason="shared corpus absent")
@pytest.mark.parametrize("path", _corpus_files(), ids=lambda p: p.name[:40])
def test_every_corpus_text_loads(path: Path) -> None:
    raw = decode(path.read_bytes())
    head = raw.lstrip("\ufeff").split("\n")
    a = load_article(path)
    # Line 1 of every corpus file is the headline (corpus README).
    assert a.headline == " ".join(head[0].lstrip("\ufeff").split())
    assert a.word_count > 50
    assert a.text == "\n\n".join(a.paragraphs)
    if head[1].startswith("By "):
        # a person's byline gives authors; an outlet's ("By CBS News", "By Reuters") none
        credited = a.authors or [a.source or "", a.original_source or ""]
        assert any(credited) and all(n.lower() in head[1].lower() for n in a.authors)
    if not path.name.startswith(("wikinews_2020", "usatoday")):
        assert a.published is not None and 2019 <= a.published.year <= 2020
    if path.name.startswith("wikinews_2019"):
        assert a.found["published"] == "date line"
    for para in a.paragraphs:
        assert classify_note(para) is None
        assert "Image: " not in para[-80:]
    # Nothing is lost silently: every body paragraph is in the file.
    flat = " ".join(raw.replace("\u00a0", " ").split())
    for para in a.paragraphs[1:]:
        assert " ".join(para.split()) in flat


@pytest.mark.parametrize("path", sorted(DATA.glob("*.txt")), ids=lambda p: p.name[:40])
def test_bundled_data_loads(path: Path) -> None:
    a = load_article(path)
    assert a.word_count > 100


# --------------------------------------------------------------------------- markdown, sniffing


def test_markdown_front_matter_and_markup(tmp_path: Path) -> None:
    md = (
        "---\nsource: The Daily\npublished: 2024-03-01T10:00:00Z\n---\n\n# Bridge *to* close\n\n"
        "By ANN LEE\n\nWASHINGTON — The **council** voted to [close](https://x.org) the bridge.\n\n"
        "![photo](a.png)\n\n> It will reopen, she said.\n\n- next spring\n"
    )
    a = load_article(write(tmp_path, "a.md", md))
    assert a.format == "markdown"
    assert a.headline == "Bridge to close"
    assert a.source == "The Daily"
    assert a.published == datetime(2024, 3, 1, 10, tzinfo=UTC)
    assert a.authors == ["Ann Lee"]
    assert a.dateline == "WASHINGTON"
    assert a.paragraphs == [
        "The council voted to close the bridge.",
        "It will reopen, she said.",
        "next spring",
    ]


@pytest.mark.parametrize(
    ("name", "content", "fmt"),
    [
        ("a.txt", "<html><body><p>x</p></body></html>", "text"),
        (None, "<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        (None, '{"text": "x"}', "json"),
        (None, '[{"text": "x"}]', "json"),
        (None, '{"text": "x"}\n{"text": "y"}\n', "jsonl"),
        (None, "# Title\n\nBody.", "markdown"),
        (None, "[Updated] Body text.", "text"),
        (None, "Plain body.", "text"),
        ("x.htm", "anything", "html"),
        ("x.ndjson", "anything", "jsonl"),
    ],
)
def test_sniff_format(name: str | None, content: str, fmt: str) -> None:
    assert sniff_format(name, content) == fmt


def test_load_text_from_stdin_bytes() -> None:
    (a,) = list(load_text(b"Headline\n\nBody text here."))
    assert (a.headline, a.text, a.path) == ("Headline", "Body text here.", None)
    assert len(a.id) == 16


def test_unknown_input_format() -> None:
    with pytest.raises(UsageError, match="unknown input format"):
        list(load_text(b"x", input_format="pdf"))


def test_input_format_overrides_extension(tmp_path: Path) -> None:
    p = write(tmp_path, "a.txt", '{"text": "From JSON."}')
    assert load_article(p, input_format="json").text == "From JSON."
