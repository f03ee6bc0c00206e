"""The HTML page without a browser: its text is the article's, marks tile it, nothing external."""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser

from newsparse.models import Quote, Report, Span, Speaker
from newsparse.render import get_renderer
from newsparse.render.html import article_page, segments, speaker_colors


class _Text(HTMLParser):
    """The text of ``#text`` and the ``data-q`` runs in it, as a browser would see them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.text = ""
        self.runs: list[tuple[int, int, str]] = []
        self._open: list[str | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id") == "text":
            self.depth = 1
            return
        if self.depth:
            self.depth += 1
            self._open.append(a.get("data-q"))

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1
            if self._open:
                self._open.pop()

    def handle_data(self, data: str) -> None:
        if self.depth:
            q = self._open[-1] if self._open else None
            if q:
                self.runs.append((len(self.text), len(self.text) + len(data), q))
            self.text += data


def merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Touching or overlapping spans as one (a quote's runs are cut wherever another mark is)."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def parse(page: str) -> _Text:
    parser = _Text()
    parser.feed(page)
    return parser


def test_segments_tile_the_text_and_clip_marks() -> None:
    pieces = list(segments(10, [(2, 5, "a"), (4, 12, "b"), (-3, 1, "c"), (7, 7, "empty")]))
    assert [(a, b) for a, b, _ in pieces] == [(0, 1), (1, 2), (2, 4), (4, 5), (5, 10)]
    assert pieces[0][2] == ["c"] and pieces[3][2] == ["a", "b"] and pieces[1][2] == []


def test_page_text_is_the_article_text_and_quotes_sit_at_their_offsets(report: Report) -> None:
    parsed = parse(article_page(report))
    assert parsed.text == report.article.text
    covered = merged([(a, b) for a, b, q in parsed.runs if "0" in q.split()])
    assert covered == merged([(s.start, s.end) for s in report.quotes[0].spans])


def test_markup_in_the_text_is_escaped_and_scripts_cannot_be_closed(report: Report) -> None:
    text = 'He wrote "</script><img src=x onerror=alert(1)>" & left.'
    article = report.article.model_copy(update={"text": text, "paragraphs": [text]})
    quote = report.quotes[0].model_copy(update={"spans": [Span(start=9, end=47)], "text": text})
    hostile = report.model_copy(
        update={"article": article, "quotes": [quote], "entities": [], "claims": []}
    )
    page = article_page(hostile)
    assert "<img" not in page and page.count("</script>") == 2  # the data and the script
    assert parse(page).text == text


def test_page_is_self_contained(report: Report) -> None:
    page = article_page(report)
    assert not re.search(r"<(?:link|img|iframe)\b|\bsrc=|@import|url\(", page)
    assert "default-src 'none'" in page  # the page itself may request nothing


def test_direct_and_reported_quotes_are_told_apart(report: Report) -> None:
    reported = report.quotes[0].model_copy(update={"kind": "indirect"})
    text = article_page(report.model_copy(update={"quotes": [reported]})).split('id="text"')[1]
    text = text.split("</article>")[0]
    assert 'class="q qr' in text and 'class="q qd' not in text
    direct = article_page(report).split('id="text"')[1].split("</article>")[0]
    assert 'class="q qd' in direct and 'class="q qr' not in direct


def test_speakers_get_one_colour_each_anonymous_grey(report: Report) -> None:
    base = report.quotes[0]
    other = base.model_copy(update={"speaker": Speaker(text="Bob", name="Bob", start=0, end=1)})
    anon = base.model_copy(
        update={"speaker": Speaker(text="an official", start=0, end=1, anonymous=True)}
    )
    colors = speaker_colors(
        [base, other, base, anon, Quote(**{**base.model_dump(), "speaker": None})]
    )
    assert len({colors["e1"], colors["bob"], colors["?anonymous"], colors["?unattributed"]}) == 4


def test_registered_and_complete(report: Report) -> None:
    out = io.StringIO()
    get_renderer("html")(report, out)
    page = out.getvalue()
    for needle in ("Anna Smith", "on Telegram", "party leader", "Sourcing profile", "0.20"):
        assert needle in page
