"""The page's own metadata: its declared time with its zone, date-only days kept as days, the
article's date and not a reviewed claim's, people (not publishers) as authors, hover cards
out of the body."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from newsparse.loader import article_from_html, article_from_text, load_article
from newsparse.loader.bylines import clean_authors

_PAGES = iter(range(10**6))


def body() -> str:
    """A body unlike any other: trafilatura drops pages it has seen (issue 17 fixes that)."""
    n = next(_PAGES)
    return "".join(
        f"<p>Paragraph {i} of story {n}, with enough words in it to count as the body.</p>"
        for i in range(4)
    )


SHARED = Path(__file__).resolve().parents[3] / "shared" / "corpus"


def page(head: str = "", text: str = "") -> str:
    inner = text + body()
    head = f"<head><title>Big story</title>{head}</head>"
    return f"<html>{head}<body><article>{inner}</article></body></html>"


def ld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def test_json_ld_time_with_its_zone_beats_everything_else() -> None:
    head = ld({"@type": "NewsArticle", "datePublished": "2019-11-20T06:07:01+0000"})
    head += '<meta property="article:published_time" content="2019-11-19">'
    a = article_from_html(page(head))
    assert a.published == datetime(2019, 11, 20, 6, 7, 1, tzinfo=timezone.utc)
    assert a.found["published"] == "page json-ld"


def test_fact_check_page_gets_its_own_date_not_the_claims() -> None:
    review = {
        "@type": "ClaimReview",
        "datePublished": "2019-11-18T20:28:55+00:00",
        "itemReviewed": {"@type": "Claim", "datePublished": "2019-10-25"},
    }
    assert article_from_html(page(ld(review))).published == datetime(
        2019, 11, 18, 20, 28, 55, tzinfo=timezone.utc
    )


def test_meta_tags_time_elements_and_graphs() -> None:
    meta = '<meta property="article:published_time" content="2024-03-01T10:00:00+01:00">'
    assert article_from_html(page(meta)).published == datetime(
        2024, 3, 1, 10, tzinfo=timezone(timedelta(hours=1))
    )
    graph = ld(
        {
            "@graph": [
                {"@type": "WebPage"},
                {"@type": "Article", "datePublished": "2024-03-02T08:00:00Z"},
            ]
        }
    )
    assert article_from_html(page(graph)).published == datetime(2024, 3, 2, 8, tzinfo=timezone.utc)
    timed = '<time datetime="2024-03-03T09:30:00-05:00">March 3</time>'
    got = article_from_html(page(text=timed))
    assert got.published == datetime(2024, 3, 3, 9, 30, tzinfo=timezone(timedelta(hours=-5)))


def test_a_bare_day_stays_a_day_unless_the_page_tells_the_time() -> None:
    day = ld({"@type": "NewsArticle", "datePublished": "2019-11-18"})
    a = article_from_html(page(day))
    assert a.published == date(2019, 11, 18) and not isinstance(a.published, datetime)
    assert '"published":"2019-11-18"' in a.model_dump_json()
    timed = day + '<meta property="article:published_time" content="2019-11-18T20:28:55Z">'
    assert article_from_html(page(timed)).published == datetime(
        2019, 11, 18, 20, 28, 55, tzinfo=timezone.utc
    )


def test_authors_are_people_with_their_initials() -> None:
    head = ld(
        {
            "@type": "NewsArticle",
            "author": [
                {"@type": "Person", "name": "Dana A. Ford"},
                {"@type": "Organization", "name": "CNN"},
            ],
            "publisher": {"@type": "Organization", "name": "Condé Nast"},
        }
    )
    assert article_from_html(page(head)).authors == ["Dana A. Ford"]
    assert clean_authors(["Condé Nast", "Tom Bennett"]) == (["Tom Bennett"], None)
    assert clean_authors(["By CBS News"]) == ([], None)
    assert clean_authors(["Reuters"]) == ([], "Reuters")
    assert clean_authors(["2019-11-19", "jane-doe", "WIRED", "Jo Li"], ["WIRED"]) == (
        ["Jo Li"],
        None,
    )


def test_hover_cards_leave_the_body_for_boilerplate() -> None:
    card = (
        '<p>A man threatened Rep. <span class="rollover-people"><a href="/p">Ilhan Omar</a>'
        '<span class="rollover-people-block"><a>Ilhan Omar</a><a>Hillicon Valley: news</a>'
        "<a>MORE</a></span></span> (D-Minn.), the office said on Monday afternoon.</p>"
    )
    a = article_from_html(page(text=card))
    assert "Rep. Ilhan Omar (D-Minn.), the office said" in a.text
    assert "Hillicon" not in a.text and any("Hillicon" in b for b in a.boilerplate)


@pytest.mark.parametrize(
    "para,kind",
    [
        ("Keith Bradsher contributed reporting from Hong Kong.", "credits"),
        (
            "Listen to Newsbeat live at 12:45 and 17:45 weekdays - or listen back here.",
            "boilerplate",
        ),
        (
            "Reach the reporters on Twitter at http://twitter.com/x and http://twitter.com/y",
            "boilerplate",
        ),
        (
            "™ & © 2013 Cable News Network, Inc., a Time Warner Company. All rights reserved.",
            "credits",
        ),
        ("- Want Weekly Recs on What to Watch? Sign Up for Worth Your Time", "boilerplate"),
    ],
)
def test_furniture_paragraphs_leave_the_body(para: str, kind: str) -> None:
    a = article_from_text(f"Headline\n\nThe story itself has a first paragraph.\n\n{para}\n")
    assert para not in a.text and para in getattr(a, kind)


def test_a_two_sentence_headline_keeps_its_byline_and_date() -> None:
    a = article_from_text(
        "Meth. We're on it.\nBy Jo Writer\nSpokesman.com — 2019-11-19T18:18:25\n\nThe body text."
    )
    assert (a.headline, a.authors, a.source) == (
        "Meth. We're on it.",
        ["Jo Writer"],
        "Spokesman.com",
    )
    assert a.published == datetime(2019, 11, 19, 18, 18, 25)


@pytest.mark.skipif(not SHARED.is_dir(), reason="shared corpus absent")
def test_corpus_pages_keep_the_time_and_zone_they_declare() -> None:
    """Every corpus page whose meta gives a zoned time keeps that instant (10 of 31 lost it)."""
    from newsparse.loader.dates import parse_date

    checked = 0
    for path in sorted((SHARED / "html").glob("*.html")):
        meta = SHARED / "html-expected" / f"{path.stem}.pagemeta.json"
        if not meta.exists():
            continue
        want = parse_date(json.loads(meta.read_text()).get("date") or "")
        if not isinstance(want, datetime) or want.tzinfo is None:
            continue
        got = load_article(path).published
        assert isinstance(got, datetime) and got.tzinfo is not None, path.name
        assert got == want, path.name
        checked += 1
    assert checked >= 15
