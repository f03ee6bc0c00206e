"""Plain-text shapes: header lines, key-value headers, front matter, bare bodies, wrapping."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from newsparse.errors import FormatError, InputError
from newsparse.loader import (
    article_from_text,
    load_article,
    split_paragraphs,
)

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "amn-2025-11-20-us-russia-peace-plan.txt"


BODY = "The council voted on Tuesday to close the bridge.\n\nIt will reopen next spring."


# --------------------------------------------------------------------------- the sample


def test_sample_header_and_reprint_note() -> None:
    a = load_article(SAMPLE)
    assert a.source == "American Military News"
    assert a.published == datetime(2025, 11, 20, 5, 24, 20)
    assert a.original_source == "Radio Free Europe/Radio Liberty"
    assert a.found["source"] == "header line"
    assert a.found["original_source"] == "reprint note"
    assert "reprinted with permission" not in a.text
    assert a.text.startswith("Ukrainian authorities met")
    assert a.text == "\n\n".join(a.paragraphs)
    assert a.word_count == len(a.text.split())
    assert a.id == SAMPLE.stem


# --------------------------------------------------------------------------- text shapes


def test_headline_byline_source_date_lines() -> None:
    text = (
        "NASA adds five companies\nBy Jeff Foust\nSpaceNews.com — 2019-11-19T04:50:22+00:00\n\n"
        "WASHINGTON — NASA announced Nov. 18 that it was adding five companies.\n\nMore text."
    )
    a = article_from_text(text)
    assert a.headline == "NASA adds five companies"
    assert a.authors == ["Jeff Foust"]
    assert a.source == "SpaceNews.com"
    assert a.published == datetime(2019, 11, 19, 4, 50, 22, tzinfo=timezone.utc)
    assert a.dateline == "WASHINGTON"
    assert a.paragraphs[0].startswith("NASA announced")
    assert a.found == {
        "headline": "first line",
        "authors": "byline",
        "source": "header line",
        "published": "header line",
        "dateline": "dateline",
    }


def test_key_value_header() -> None:
    text = (
        "Title: Bridge to close\nSource: The Daily\nDate: 2024-03-01\nAuthor: Ann Lee and Bo Chan\n"
        "URL: https://example.org/a\n\n" + BODY
    )
    a = article_from_text(text)
    assert (a.headline, a.source, a.url) == (
        "Bridge to close",
        "The Daily",
        "https://example.org/a",
    )
    assert a.published == date(2024, 3, 1)
    assert a.authors == ["Ann Lee", "Bo Chan"]
    assert a.found["headline"] == "header line"
    assert a.paragraphs[0].startswith("The council")


def test_front_matter() -> None:
    text = "---\ntitle: Bridge to close\nauthors: [Ann Lee]\ndate: 2024-03-01\n---\n\n" + BODY
    a = article_from_text(text)
    assert a.headline == "Bridge to close"
    assert a.authors == ["Ann Lee"]
    assert a.published == date(2024, 3, 1)
    assert a.found["headline"] == "front matter"


def test_bad_front_matter_is_a_format_error() -> None:
    with pytest.raises(FormatError, match="front matter"):
        article_from_text("---\ntitle: [unclosed\n---\n\n" + BODY)


def test_bare_body_has_no_headline() -> None:
    a = article_from_text(BODY)
    assert a.headline is None
    assert a.paragraphs == BODY.split("\n\n")


def test_hard_wrapped_first_paragraph_is_not_a_headline() -> None:
    a = article_from_text(
        "The council voted on Tuesday\nto close the bridge.\n\nIt reopens in May."
    )
    assert a.headline is None
    assert a.paragraphs[0] == "The council voted on Tuesday\nto close the bridge."


def test_wikinews_shape() -> None:
    text = (
        "Escape room fire kills five\n\nSaturday, January 5, 2019\u00a0\n\n\n"
        "A fire killed five girls.\n\n\n—Troy Roberts\n\n\n"
        "Protesters at the march. Image: Andrew Gray.\n\n\nThe mayor spoke."
    )
    a = article_from_text(text)
    assert a.headline == "Escape room fire kills five"
    assert a.published == date(2019, 1, 5)
    assert a.found["published"] == "date line"
    assert a.paragraphs == ["A fire killed five girls.", "The mayor spoke."]
    assert "Protesters at the march. Image: Andrew Gray." in a.credits
    assert a.boilerplate == ["—Troy Roberts"]


def test_single_newlines_split_when_no_blank_line() -> None:
    assert split_paragraphs("One.\nTwo.\nThree.") == ["One.", "Two.", "Three."]
    assert split_paragraphs("One\ntwo.\n\nThree.") == ["One\ntwo.", "Three."]


def test_header_only_is_an_error() -> None:
    with pytest.raises(InputError, match="no article text"):
        article_from_text("Title: Only a title\n")
