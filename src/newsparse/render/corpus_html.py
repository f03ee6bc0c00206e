"""The corpus page (``aggregate --format html``, and ``index.html`` of an HTML output folder):
charts of the most quoted, the sourcing shares and the most mentioned, as inline SVG."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import IO

from newsparse.corpus import CorpusSummary
from newsparse.render.htmlkit import (
    PALETTE,
    SOURCING_COLORS,
    SOURCING_LABELS,
    bar_chart,
    esc,
    page,
    stacked_bar,
)


@dataclass(frozen=True)
class ArticleLink:
    """One row of an index page: the article and the page made for it."""

    href: str
    title: str
    source: str | None
    published: str | None
    quotes: int
    claims: int
    anonymous: int


def _cards(summary: CorpusSummary) -> str:
    anon = summary.anonymous_sourcing.share
    cards = [
        ("articles", f"{summary.articles:,}"),
        ("words", f"{summary.words:,}"),
        ("quotes", f"{summary.quotes:,}"),
        ("claims", f"{summary.claims:,}"),
        ("anonymous among sourced claims", "–" if anon is None else f"{anon:.0%}"),
    ]
    if summary.failed:
        cards.append(("inputs that failed", str(summary.failed)))
    if summary.invalid_lines:
        cards.append(("invalid records skipped", str(summary.invalid_lines)))
    return (
        '<div class="cards">'
        + "".join(f"<div><b>{esc(v)}</b>{esc(k)}</div>" for k, v in cards)
        + "</div>"
    )


def _articles(rows: Sequence[ArticleLink]) -> str:
    body = "".join(
        f'<tr><td><a href="{esc(r.href)}">{esc(r.title)}</a></td><td>{esc(r.source or "")}</td>'
        f'<td>{esc(r.published or "")}</td><td class="num">{r.quotes}</td>'
        f'<td class="num">{r.claims}</td><td class="num">{r.anonymous}</td></tr>'
        for r in rows
    )
    return (
        f'<section id="articles"><h2>Articles ({len(rows)})</h2><table><thead><tr>'
        '<th>Article</th><th>Source</th><th>Published</th><th class="num">Quotes</th>'
        '<th class="num">Claims</th><th class="num">Anonymous claims</th></tr></thead>'
        f"<tbody>{body}</tbody></table></section>"
    )


def corpus_page(
    summary: CorpusSummary,
    *,
    top: int = 15,
    title: str = "newsparse: corpus roll-up",
    articles: Sequence[ArticleLink] = (),
) -> str:
    """The whole page: headline numbers, three charts, and the article list when given."""
    speakers = [
        (s.name, float(s.quotes), f"{s.quotes} in {s.articles} art.")
        for s in summary.speakers[:top]
    ]
    entities = [
        (f"{e.name} ({e.label})", float(e.articles), f"{e.articles} art., {e.mentions} mentions")
        for e in summary.entities[:top]
    ]
    sourcing = [
        (label, summary.sourcing.get(key, 0), SOURCING_COLORS[key])
        for key, label in SOURCING_LABELS.items()
    ]
    aq = summary.anonymous_quotes
    quote_note = (
        f"{aq.count} of {aq.total} quotes from anonymous speakers; "
        f"{summary.unattributed_quotes} with no resolved speaker."
    )
    body = (
        f'<header class="top"><h1>{esc(title)}</h1></header><main class="corpus">'
        + _cards(summary)
        + '<div class="grid2"><section id="most-quoted"><h2>Most quoted</h2>'
        + f'<p class="note">{esc(quote_note)}</p>'
        + bar_chart(speakers, color=PALETTE[0], title="most quoted speakers")
        + '</section><section id="sourcing"><h2>Sourcing shares</h2>'
        + '<p class="note">On whose word the claims of all articles rest.</p>'
        + stacked_bar(sourcing, width=440)
        + "</section></div>"
        + '<section id="entities"><h2>Most mentioned</h2>'
        + '<p class="note">By the number of articles that mention them.</p>'
        + bar_chart(entities, color=PALETTE[3], label_width=230, width=700, title="entities")
        + "</section>"
        + (_articles(articles) if articles else "")
        + "</main>"
    )
    return page(title, body)


def render(summary: CorpusSummary, out: IO[str], *, top: int = 15) -> None:
    out.write(corpus_page(summary, top=top))
