"""The corpus page (``aggregate --format html``, and ``index.html`` of an HTML output folder):
charts of the most quoted, the sourcing shares and the most mentioned, as inline SVG."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import IO

from newsparse.corpus import CorpusSummary, VoiceGroup, VoicesSummary
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


GENDER_COLORS = {"female": "#b07aa1", "male": "#59a14f", "unknown": "#b8bec6"}
NAMING_COLORS = {"named": "#4e79a7", "anonymous": "#e15759", "description": "#edc948"}


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def _group_rows(groups: Sequence[VoiceGroup]) -> str:
    return "".join(
        f'<tr><td>{esc(g.key)}</td><td class="num">{g.articles}</td>'
        f'<td class="num">{g.total.quotes}</td>'
        + "".join(f'<td class="num">{g.gender[k].quotes}</td>' for k in GENDER_COLORS)
        + f'<td class="num">{_pct(g.female_share_of_known_quotes)}</td>'
        f'<td class="num">{_pct(g.female_share_of_known_words)}</td>'
        f'<td class="num">{_pct(g.unknown_gender_share_of_quotes)}</td></tr>'
        for g in groups
    )


def _voices(voices: VoicesSummary, top: int) -> str:
    """Gender, naming and source-type shares of the quotes; per outlet and month; top voices."""
    v = voices.all
    if not v.total.voices:
        return ""
    gender = [(k, v.gender[k].quotes, c) for k, c in GENDER_COLORS.items()]
    naming = [(k, v.naming[k].quotes, c) for k, c in NAMING_COLORS.items()]
    types = [
        (k, float(t.quotes), f"{t.quotes} quotes, {t.voices} voices")
        for k, t in sorted(v.source_types.items(), key=lambda kv: -kv[1].quotes)
    ]
    head = (
        '<tr><th>Group</th><th class="num">Articles</th><th class="num">Quotes</th>'
        '<th class="num">Female</th><th class="num">Male</th><th class="num">Unknown</th>'
        '<th class="num">Female of known (quotes)</th><th class="num">(words)</th>'
        '<th class="num">Unknown share</th></tr>'
    )
    tops = "".join(
        f"<tr><td>{esc(t.name)}</td><td>{esc(t.type)}</td><td>{esc(t.source_type)}</td>"
        f'<td>{esc(t.gender)}</td><td class="num">{t.articles}</td>'
        f'<td class="num">{t.quotes}</td><td class="num">{t.words}</td></tr>'
        for t in voices.top[:top]
    )
    known = f"{_pct(v.female_share_of_known_quotes)} of quotes and "
    known += f"{_pct(v.female_share_of_known_words)} of quoted words"
    return (
        '<section id="voices"><h2>Voices</h2>'
        f'<p class="note">Where the text says a speaker\'s gender, women have {esc(known)}; '
        f"{_pct(v.unknown_gender_share_of_quotes)} of quotes come from voices whose gender "
        "the text does not give (never guessed from names).</p>"
        '<div class="grid2"><div><h3>Quotes by gender</h3>'
        + stacked_bar(gender, width=420)
        + "<h3>Named or anonymous</h3>"
        + stacked_bar(naming, width=420)
        + "</div><div><h3>Source types</h3>"
        + bar_chart(types, color=PALETTE[1], label_width=120, width=440, title="source types")
        + "</div></div>"
        + f'<h3>By outlet and month</h3><table id="voices-groups"><thead>{head}</thead><tbody>'
        + _group_rows([v])
        + _group_rows(voices.by_outlet[:top])
        + _group_rows(voices.by_month)
        + "</tbody></table>"
        + '<h3>Most quoted voices</h3><table id="top-voices"><thead><tr><th>Voice</th>'
        '<th>Type</th><th>Source type</th><th>Gender</th><th class="num">Articles</th>'
        '<th class="num">Quotes</th><th class="num">Words</th></tr></thead>'
        f"<tbody>{tops}</tbody></table></section>"
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
        + _voices(summary.voices, top)
        + (_articles(articles) if articles else "")
        + "</main>"
    )
    return page(title, body)


def render(summary: CorpusSummary, out: IO[str], *, top: int = 15) -> None:
    out.write(corpus_page(summary, top=top))
