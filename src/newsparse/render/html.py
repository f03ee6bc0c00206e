"""``--format html``: one self-contained page per report, the article with who said what in it.

Every quote is highlighted in the article text itself, coloured by speaker (reported speech
dashed, direct quotes filled); hovering or clicking one shows its speaker, cue, venue and the
claims it feeds. Panels list entities (mentions highlighted on demand), claims (sortable,
filterable) and the sourcing profile. The text is the report's ``article.text`` character for
character, so every highlight sits exactly at the report's offsets.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from itertools import pairwise
from typing import IO

from newsparse.models import Claim, Quote, Report
from newsparse.render.common import header_fields
from newsparse.render.htmlkit import (
    ANONYMOUS_COLOR,
    PALETTE,
    SOURCING_COLORS,
    SOURCING_LABELS,
    UNATTRIBUTED_COLOR,
    esc,
    page,
    stacked_bar,
)

CLAIMER_LABELS = {
    "article": "the article itself",
    "person": "a named person",
    "organization": "an organisation",
    "media": "other media",
    "anonymous": "an anonymous source",
}
LABEL_NAMES = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
}


def speaker_key(quote: Quote) -> str:
    """Quotes of one speaker share a key (and so a colour)."""
    sp = quote.speaker
    if sp is None or not (sp.name or sp.text):
        return "?unattributed"
    if sp.anonymous:
        return "?anonymous"
    return sp.entity or (sp.name or sp.text).lower()


def speaker_label(quote: Quote) -> str:
    sp = quote.speaker
    if sp is None:
        return "unattributed"
    if sp.anonymous:
        return f"anonymous ({sp.text})"
    return sp.name or sp.text


def speaker_colors(quotes: list[Quote]) -> dict[str, str]:
    """A colour per speaker key, in order of first quote; anonymous and unattributed are grey."""
    colors: dict[str, str] = {"?anonymous": ANONYMOUS_COLOR, "?unattributed": UNATTRIBUTED_COLOR}
    for quote in quotes:
        key = speaker_key(quote)
        if key not in colors:
            colors[key] = PALETTE[(len(colors) - 2) % len(PALETTE)]
    return colors


def segments(
    length: int, marks: list[tuple[int, int, str]]
) -> Iterator[tuple[int, int, list[str]]]:
    """Cut ``[0, length)`` at every mark boundary: ``(start, end, marks covering it)``.

    Marks outside the text are clipped and empty ones dropped, so the pieces always tile the
    text exactly (the page's text equals ``article.text``).
    """
    clipped = [(max(0, s), min(length, e), k) for s, e, k in marks]
    clipped = [m for m in clipped if m[0] < m[1]]
    cuts = sorted({0, length, *(s for s, _, _ in clipped), *(e for _, e, _ in clipped)})
    starts: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for s, e, k in clipped:
        starts[s].append((e, k))
    active: list[tuple[int, str]] = []
    for a, b in pairwise(cuts):
        active = [(e, k) for e, k in active if e > a] + starts.get(a, [])
        yield a, b, [k for _, k in active]


def _marks(report: Report) -> list[tuple[int, int, str]]:
    marks: list[tuple[int, int, str]] = []
    for i, quote in enumerate(report.quotes):
        marks += [(span.start, span.end, f"q{i}") for span in quote.spans]
        if quote.cue:
            marks.append((quote.cue.start, quote.cue.end, f"u{i}"))
        if quote.speaker:
            marks.append((quote.speaker.start, quote.speaker.end, f"s{i}"))
    for ent in report.entities:
        marks += [(m.start, m.end, f"e{ent.id}") for m in ent.mentions]
    for j, claim in enumerate(report.claims):
        marks += [(span.start, span.end, f"c{j}") for span in claim.spans]
    return marks


def article_text(report: Report, colors: dict[str, str]) -> str:
    """The article text as HTML: one ``<span>`` per run of text under the same marks."""
    text = report.article.text
    kinds = [q.kind for q in report.quotes]
    keys = [speaker_key(q) for q in report.quotes]
    out: list[str] = []
    for a, b, active in segments(len(text), _marks(report)):
        piece = esc(text[a:b])
        if not active:
            out.append(piece)
            continue
        quotes = [int(k[1:]) for k in active if k[0] == "q"]
        owners = [int(k[1:]) for k in active if k[0] in "us"]
        ents = [k[1:] for k in active if k[0] == "e"]
        claims = [k[1:] for k in active if k[0] == "c"]
        classes: list[str] = []
        attrs: list[str] = []
        if quotes:
            direct = any(kinds[i] == "direct" for i in quotes)
            classes += ["q", "qd" if direct else "qr"]
            attrs.append(f'data-q="{" ".join(map(str, quotes))}"')
        if owners:
            classes.append("cue" if any(k[0] == "u" for k in active) else "spk")
            attrs.append(f'data-of="{" ".join(map(str, owners))}"')
        colored = quotes or owners
        if colored:
            attrs.append(f'style="--c:{colors[keys[colored[0]]]}"')
        if ents:
            classes.append("m")
            attrs.append(f'data-e="{esc(" ".join(ents))}"')
        if claims:
            classes.append("c")
            attrs.append(f'data-c="{" ".join(claims)}"')
        out.append(f'<span class="{" ".join(classes)}" {" ".join(attrs)}>{piece}</span>')
    return "".join(out)


def _claims_of_quotes(claims: list[Claim]) -> dict[int, list[int]]:
    fed: dict[int, list[int]] = defaultdict(list)
    for j, claim in enumerate(claims):
        if claim.claimer.quote is not None:
            fed[claim.claimer.quote].append(j)
    return fed


def page_data(report: Report) -> dict[str, object]:
    """What the page's script needs for its popovers (everything else is in the HTML)."""
    fed = _claims_of_quotes(report.claims)
    return {
        "quotes": [
            {
                "key": speaker_key(q),
                "who": speaker_label(q),
                "written": q.speaker.text if q.speaker else None,
                "kind": q.kind,
                "cue": q.cue.text if q.cue else None,
                "stance": q.cue.stance if q.cue else None,
                "venue": q.venue,
                "spans": [[s.start, s.end] for s in q.spans],
                "claims": fed.get(i, []),
            }
            for i, q in enumerate(report.quotes)
        ],
        "claims": [
            {"text": c.text, "cw": c.checkworthiness, "spans": [[s.start, s.end] for s in c.spans]}
            for c in report.claims
        ],
    }


def cw_class(score: float) -> str:
    """Check-worthiness bands the views colour alike."""
    return "high" if score >= 0.6 else "mid" if score >= 0.4 else "low"


def _header(report: Report) -> str:
    art = report.article
    meta = "".join(f"<div><dt>{esc(k)}</dt><dd>{esc(v)}</dd></div>" for k, v in header_fields(art))
    return (
        f'<header class="top"><h1>{esc(art.headline or art.id)}</h1>'
        f'<dl class="meta">{meta}</dl></header>'
    )


def _legend(report: Report, colors: dict[str, str]) -> str:
    chips: dict[str, tuple[str, int]] = {}
    for quote in report.quotes:
        key = speaker_key(quote)
        label, n = chips.get(key, (speaker_label(quote), 0))
        chips[key] = (label if not key.startswith("?") else key[1:], n + 1)
    items = "".join(
        f'<span class="chip" data-speaker="{esc(key)}" style="--c:{colors[key]}" '
        f'title="show only these quotes"><i></i>{esc(label)} ({n})</span>'
        for key, (label, n) in chips.items()
    )
    return (
        '<div class="legend"><span><span class="q qd" style="--c:#4e79a7">direct quote</span> '
        '<span class="q qr" style="--c:#4e79a7">reported speech</span> '
        "<b>cue</b> · colour = speaker · hover or click a quote for details</span>"
        f"{items}</div>"
    )


def _sourcing(report: Report) -> str:
    prof = report.sourcing.model_dump()
    parts = [(SOURCING_LABELS[k], int(prof[k]), SOURCING_COLORS[k]) for k in SOURCING_COLORS]
    return (
        '<section id="sourcing"><h2>Sourcing profile</h2>'
        '<p class="note">On whose word the claims rest.</p>'
        f"{stacked_bar(parts, width=420)}</section>"
    )


def _speakers(report: Report, colors: dict[str, str]) -> str:
    grouped: dict[str, list[int]] = defaultdict(list)
    for i, quote in enumerate(report.quotes):
        grouped[speaker_key(quote)].append(i)
    head = '<section id="speakers"><h2>Who said what</h2>'
    if not grouped:
        return head + '<p class="note">No quotes.</p></section>'
    items = []
    for key, idx in grouped.items():
        quote = report.quotes[idx[0]]
        label = speaker_label(quote) if not key.startswith("?") else key[1:]
        lines = "".join(
            f'<span class="said" data-goto="{i}">{esc(_short(report.quotes[i].text))}'
            + ("" if report.quotes[i].kind == "direct" else ' <span class="tag">reported</span>')
            + "</span>"
            for i in idx
        )
        who = f'<span class="who" style="--c:{colors[key]}"><i></i>{esc(label)}</span>'
        items.append(f"<li>{who}{lines}</li>")
    return head + f'<ul class="speakers">{"".join(items)}</ul></section>'


def _voices(report: Report, colors: dict[str, str]) -> str:
    """Who gets quoted: one row per voice (click: its first quote), with the evidence of its
    gender and the words that decided its source type on hover."""
    head = '<section id="voices"><h2>Voices</h2>'
    if not report.voices:
        return head + '<p class="note">No attributed quotes.</p></section>'
    rows = []
    for v in report.voices:
        key = speaker_key(report.quotes[v.quotes[0]]) if v.quotes else "?unattributed"
        evidence = "; ".join(f"{e.kind}: {e.text} (at {e.start})" for e in v.gender_evidence)
        roles = f'<br><span class="note">{esc("; ".join(v.roles))}</span>' if v.roles else ""
        rows.append(
            f'<tr class="pick" data-goto="{v.quotes[0] if v.quotes else ""}" '
            f'data-voice="{esc(v.id)}"><td><span class="who" style="--c:{colors.get(key, "")}">'
            f"<i></i>{esc(v.name)}</span>{roles}</td>"
            f'<td title="{esc(", ".join(v.source_type_words))}">{esc(v.source_type)}</td>'
            f'<td class="num">{v.direct}+{v.reported}</td>'
            f'<td class="num">{v.words} ({v.share:.0%})</td>'
            f'<td title="{esc(evidence or "the text says nothing")}">{esc(v.gender)}</td></tr>'
        )
    return (
        head + '<p class="note">Quotes: direct+reported; words: quoted words (share of all '
        "quoted). Hover a type or gender for what decided it; click a row for its first quote."
        '</p><table><thead><tr><th>Who</th><th>Type</th><th class="num">Quotes</th>'
        f'<th class="num">Words</th><th>Gender</th></tr></thead><tbody>{"".join(rows)}'
        "</tbody></table></section>"
    )


def _short(text: str, limit: int = 180) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _entities(report: Report) -> str:
    if not report.entities:
        return '<section id="entities"><h2>Entities</h2><p class="note">None found.</p></section>'
    rows = "".join(
        f'<tr class="pick" data-entity="{esc(e.id)}"><td>{esc(e.name)}</td>'
        f"<td>{esc(LABEL_NAMES.get(e.label, e.label.lower()))}</td>"
        f'<td class="num">{e.count}</td><td>{esc("; ".join(e.roles))}</td></tr>'
        for e in report.entities
    )
    return (
        '<section id="entities"><h2>Entities</h2>'
        '<p class="note">Click a row to highlight its mentions in the text.</p>'
        '<table><thead><tr><th>Name</th><th>Type</th><th class="num">Mentions</th>'
        f"<th>Roles</th></tr></thead><tbody>{rows}</tbody></table></section>"
    )


def _claimer(claim: Claim) -> str:
    c = claim.claimer
    if c.type == "article":
        return "the article"
    return c.name or c.text or CLAIMER_LABELS[c.type]


def _claims(report: Report) -> str:
    if not report.claims:
        return '<section id="claims"><h2>Claims</h2><p class="note">None found.</p></section>'
    types = sorted({c.claimer.type for c in report.claims}, key=list(CLAIMER_LABELS).index)
    options = "".join(f'<option value="{t}">{esc(CLAIMER_LABELS[t])}</option>' for t in types)
    ranked = sorted(
        enumerate(report.claims), key=lambda jc: (-jc[1].checkworthiness, jc[1].spans[0].start)
    )
    rows = []
    for j, claim in ranked:
        tags = "".join(f'<span class="tag">{esc(t)}</span>' for t in claim.types if t != "other")
        if claim.hedged:
            tags += f'<span class="tag">hedged: {esc(", ".join(claim.hedges))}</span>'
        score = claim.checkworthiness
        rows.append(
            f'<tr class="pick" data-claim="{j}" data-cw="{score}" data-pos="{claim.spans[0].start}"'
            f' data-type="{claim.claimer.type}"><td class="num"><span class="cw {cw_class(score)}"'
            f' title="{esc("; ".join(claim.reasons))}">{score:.2f}</span></td>'
            f"<td>{esc(_claimer(claim))}</td><td>{esc(_short(claim.text, 260))} {tags}</td></tr>"
        )
    return (
        '<section id="claims"><h2>Claims</h2>'
        '<p class="note">Check-worthiness 0–1 (how much a fact-checker would want to check it);'
        " click a row to find the claim in the text.</p>"
        '<label class="filter">Claimed by <select id="claimer-filter"><option value="">anyone'
        f"</option>{options}</select></label>"
        '<table id="claims-table"><thead><tr><th class="num sort" data-key="cw" '
        'title="sort by check-worthiness">Check</th><th>Claimer</th>'
        '<th class="sort" data-key="pos" title="sort by position">Claim</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></section>"
    )


def article_page(report: Report) -> str:
    """The whole self-contained page for one report."""
    colors = speaker_colors(report.quotes)
    warnings = "".join(f'<p class="note">warning: {esc(w)}</p>' for w in report.warnings)
    body = (
        _header(report)
        + _legend(report, colors)
        + '<main class="layout"><div>'
        + f'<article class="text" id="text">{article_text(report, colors)}</article>'
        + warnings
        + '</div><aside class="panels">'
        + _sourcing(report)
        + _speakers(report, colors)
        + _voices(report, colors)
        + _claims(report)
        + _entities(report)
        + '</aside></main><div id="pop" role="tooltip"></div>'
    )
    title = report.article.headline or report.id
    return page(title, body, script="report.js", data=page_data(report))


def render(report: Report, out: IO[str], *, top: int = 0) -> None:
    """Write the page; ``top`` is ignored (the page holds everything, and panels scroll)."""
    out.write(article_page(report))
