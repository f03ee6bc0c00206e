"""Bylines: names split and cased, agencies marked as syndication, prose left alone."""

from __future__ import annotations

import pytest

from newsparse.loader import (
    article_from_text,
)
from newsparse.loader.bylines import parse_byline, proper_case, split_names


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By MEG KINNARD and ERRIN HAINES, Associated Press", ["Meg Kinnard", "Errin Haines"]),
        ("Analysis by Chris Cillizza, CNN Editor-at-large", ["Chris Cillizza"]),
        ("By GREG BEACHAM, AP Sports Writer", ["Greg Beacham"]),
        ("By Alice Smith, Bob Jones and Carol White", ["Alice Smith", "Bob Jones", "Carol White"]),
        ("By Reuters", ["Reuters"]),
        ("By Lauren del Valle", ["Lauren del Valle"]),
    ],
)
def test_bylines(line: str, authors: list[str]) -> None:
    assert parse_byline(line) == authors


def test_proper_case() -> None:
    assert proper_case("PAT MCDONALD") == "Pat McDonald"
    assert proper_case("JOHN O'NEIL-SMITH") == "John O'Neil-Smith"
    assert proper_case("PTI") == "PTI"


def test_agency_byline_marks_syndication() -> None:
    a = article_from_text("Headline\nBy Reuters\nVentureBeat — 2019-11-19\n\n(Reuters) — Body.")
    assert a.authors == []  # a wire service is not a person
    assert a.original_source == "Reuters"
    assert a.source == "VentureBeat"
    assert a.dateline == "(Reuters)"


def test_strict_names_drop_page_meta_noise() -> None:
    assert split_names("The Russian, Syrian defense ministries", strict=True) == []
    assert split_names("CNN Wire", strict=True) == ["CNN Wire"]
    assert split_names("LISA MASCARO; ERIC TUCKER Associated Press".replace(";", ",")) == [
        "Lisa Mascaro",
        "Eric Tucker",
    ]


def test_prose_starting_with_by_is_not_a_byline() -> None:
    a = article_from_text("Headline\n\nBy the time the fire was out, five were dead.\n\nMore.")
    assert a.authors == []
    assert a.paragraphs[0].startswith("By the time")
