"""Loader: text shapes, encodings, datelines, bylines, credits, dates, JSON/JSONL, Markdown."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from newsparse.errors import FormatError, InputError, UsageError
from newsparse.loader import (
    article_from_record,
    article_from_text,
    decode,
    load_article,
    load_articles,
    load_text,
    sniff_format,
    split_paragraphs,
)
from newsparse.loader.body import classify_note, match_dateline
from newsparse.loader.bylines import parse_byline, proper_case, split_names
from newsparse.loader.dates import parse_date
from newsparse.models import Article, Failure

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SAMPLE = DATA / "amn-2025-11-20-us-russia-peace-plan.txt"
SHARED = ROOT.parent / "shared"

CORPUS_TEXT = SHARED / "corpus" / "text"
BODY = "The council voted on Tuesday to close the bridge.\n\nIt will reopen next spring."


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    p = tmp_path / name
    p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return p


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
    assert a.published == datetime(2024, 3, 1)
    assert a.authors == ["Ann Lee", "Bo Chan"]
    assert a.found["headline"] == "header line"
    assert a.paragraphs[0].startswith("The council")


def test_front_matter() -> None:
    text = "---\ntitle: Bridge to close\nauthors: [Ann Lee]\ndate: 2024-03-01\n---\n\n" + BODY
    a = article_from_text(text)
    assert a.headline == "Bridge to close"
    assert a.authors == ["Ann Lee"]
    assert a.published == datetime(2024, 3, 1)
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
    assert a.published == datetime(2019, 1, 5)
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


# --------------------------------------------------------------------------- datelines


@pytest.mark.parametrize(
    ("para", "dateline", "rest"),
    [
        ("KYIV, Ukraine (AP) — Ukraine said", "KYIV, Ukraine (AP)", "Ukraine said"),
        ("(Reuters) - Oil fell", "(Reuters)", "Oil fell"),
        ("(CNN) -- Storms hit", "(CNN)", "Storms hit"),
        ("(CNN)Storms hit", "(CNN)", "Storms hit"),
        ("BUFFALO, N.Y. — A man", "BUFFALO, N.Y.", "A man"),
        ("WASHINGTON — NASA said", "WASHINGTON", "NASA said"),
        ("SIOUX FALLS, S.D. – People", "SIOUX FALLS, S.D.", "People"),
        ("NEW YORK (Reuters) - Stocks", "NEW YORK (Reuters)", "Stocks"),
        ("WASHINGTON (CNN) — The", "WASHINGTON (CNN)", "The"),
        ("Indianapolis – Thousands", "Indianapolis", "Thousands"),
        ("Washington, DC, United States: The", "Washington, DC, United States", "The"),
    ],
)
def test_datelines(para: str, dateline: str, rest: str) -> None:
    assert match_dateline(para) == (dateline, rest)


@pytest.mark.parametrize(
    "para",
    [
        "NASA announced Nov. 18 that it was adding companies.",
        "US-led forces withdrew.",
        "The mayor — who was re-elected — spoke.",
        "A fire yesterday killed five.",
    ],
)
def test_not_datelines(para: str) -> None:
    assert match_dateline(para) is None


def test_dateline_moves_out_of_first_paragraph_only() -> None:
    a = article_from_text("Headline here\n\nLOS ANGELES (AP) — One.\n\nWASHINGTON — Two.")
    assert a.dateline == "LOS ANGELES (AP)"
    assert a.paragraphs == ["One.", "WASHINGTON — Two."]


# --------------------------------------------------------------------------- notes


@pytest.mark.parametrize(
    ("para", "kind", "src"),
    [
        (
            "This article was originally published by Radio Free Europe/Radio Liberty and is "
            "reprinted with permission.",
            "reprint",
            "Radio Free Europe/Radio Liberty",
        ),
        ("Originally published on Live Science.", "reprint", "Live Science"),
        ("Provided by European Space Agency", "reprint", "European Space Agency"),
        ("CNN's Jane Doe contributed to this report.", "credit", None),
        ("This story has been updated with additional developments.", "credit", None),
        ("(Reporting by A. Smith; Editing by B. Jones)", "credit", None),
        ("Fox News Flash top entertainment headlines for Nov. 19", "boilerplate", None),
        ("—Troy Roberts", "boilerplate", None),
        ("___", "boilerplate", None),
        ("Children. Image: Garry Knight (flickr).", "caption", "Garry Knight (flickr)"),
    ],
)
def test_notes(para: str, kind: str, src: str | None) -> None:
    assert classify_note(para) == (kind, src)


@pytest.mark.parametrize(
    "para",
    [
        "The report was published by the agency on Monday and criticised widely, officials said "
        "in a long statement that went on for several more clauses. " * 4,
        "She said the report was originally published too early.",
        "— Yes, I did. I told them so.",
        "Police said the man contributed to the fund.",
    ],
)
def test_body_is_not_a_note(para: str) -> None:
    assert classify_note(para) is None


def test_credits_kept_out_of_body() -> None:
    text = "Headline\n\nOne.\n\nJane Doe contributed to this report.\n\nOriginally published on X."
    a = article_from_text(text)
    assert a.paragraphs == ["One."]
    assert a.credits == ["Jane Doe contributed to this report.", "Originally published on X."]
    assert a.original_source == "X"


# --------------------------------------------------------------------------- bylines, dates


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
    assert a.authors == ["Reuters"]
    assert a.original_source == "Reuters"
    assert a.source == "VentureBeat"
    assert a.dateline == "(Reuters)"


def test_source_tag_above_dateline_is_a_credit() -> None:
    a = article_from_text("Headline\n\nCNN\n\nWASHINGTON (CNN) — New laws.\n\nMore.")
    assert a.credits == ["CNN"]
    assert a.dateline == "WASHINGTON (CNN)"
    assert a.paragraphs == ["New laws.", "More."]


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


EST = timezone(timedelta(hours=-5))
UTC = timezone.utc


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-11-20T05:52:20-05:00", datetime(2019, 11, 20, 5, 52, 20, tzinfo=EST)),
        ("2019-11-20T05:52:20+0000", datetime(2019, 11, 20, 5, 52, 20, tzinfo=UTC)),
        ("2019-11-20T01:50:59.403Z", datetime(2019, 11, 20, 1, 50, 59, 403000, tzinfo=UTC)),
        ("2019-11-19T18:18:25.828095", datetime(2019, 11, 19, 18, 18, 25, 828095)),
        ("2019-11-20 06:09:25", datetime(2019, 11, 20, 6, 9, 25)),
        ("2019-11-18", datetime(2019, 11, 18)),
        ("19 Nov 2019 07:09 GMT", datetime(2019, 11, 19, 7, 9, tzinfo=UTC)),
        (
            "Mon, 18 Nov 2019 16:07:38 -0600",
            datetime(2019, 11, 18, 16, 7, 38, tzinfo=timezone(timedelta(hours=-6))),
        ),
        ("November 19, 2019, 07:47 PM EST", datetime(2019, 11, 19, 19, 47, tzinfo=EST)),
        ("Tue Nov 19 2019 03:05:46 GMT+0000", datetime(2019, 11, 19, 3, 5, 46, tzinfo=UTC)),
        ("Monday, January 14, 2019", datetime(2019, 1, 14)),
        ("11/20/2025 5:24:20 AM", datetime(2025, 11, 20, 5, 24, 20)),
        ("11/20/2025 5:24:20 PM", datetime(2025, 11, 20, 17, 24, 20)),
        ("0001-01-01T00:00:00Z", None),
        ("2019-02-30", None),
        ("yesterday", None),
    ],
)
def test_dates(value: str, expected: datetime | None) -> None:
    assert parse_date(value) == expected


# --------------------------------------------------------------------------- encodings


def test_encodings_load_the_same(tmp_path: Path) -> None:
    text = "Café owners protest\n\nThe café’s owner said “no” — firmly.\u00a0Then left."
    variants = {
        "utf8.txt": text.encode("utf-8"),
        "bom.txt": b"\xef\xbb\xbf" + text.encode("utf-8"),
        "crlf.txt": text.replace("\n", "\r\n").encode("utf-8"),
        "bomcrlf.txt": b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"),
        "cp1252.txt": text.encode("cp1252"),
        "utf16.txt": text.encode("utf-16"),
        "utf16be.txt": b"\xfe\xff" + text.encode("utf-16-be"),
        "utf16le-nobom.txt": text.encode("utf-16-le"),
        "utf16be-nobom.txt": text.encode("utf-16-be"),
    }
    loaded = {name: load_article(write(tmp_path, name, data)) for name, data in variants.items()}
    for name, a in loaded.items():
        assert a.headline == "Café owners protest", name
        assert a.text == "The café’s owner said “no” — firmly. Then left.", name


@pytest.mark.skipif(not CORPUS_TEXT.is_dir(), reason="shared corpus absent")
def test_corpus_encodings_match_manifest() -> None:
    lebron = load_article(next(CORPUS_TEXT.glob("mysanantonio_*")))  # cp1252
    assert lebron.dateline == "LOS ANGELES (AP)"
    assert "didn’t" in lebron.text
    disney = load_article(next(CORPUS_TEXT.glob("latimes_*")))  # UTF-8 BOM + CRLF
    assert disney.headline and disney.headline.startswith("Disney+")
    assert "\r" not in disney.text


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
        assert a.authors and all(n.lower() in head[1].lower() for n in a.authors)
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


# --------------------------------------------------------------------------- records


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
