"""What the HTML pages share: escaping, the page shell with its inline assets, colours, SVG bars.

Everything a page needs is inlined (CSS, script, charts as SVG), so a report opens offline and
makes no request of its own.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from html import escape
from importlib import resources

PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#59a14f",
    "#b07aa1",
    "#76b7b2",
    "#edc948",
    "#9c755f",
    "#ff9da7",
    "#3b5b92",
    "#d37295",
    "#8cd17d",
)
"""Speaker colours, in order of first quote (Tableau-like, distinguishable on white)."""
ANONYMOUS_COLOR = "#6b7280"
UNATTRIBUTED_COLOR = "#b8bec6"


def esc(value: object) -> str:
    """Text and attribute values (quotes escaped too)."""
    return escape(str(value), quote=True)


@cache
def asset(name: str) -> str:
    """An inline asset shipped in ``render/assets`` (read once)."""
    return resources.files("newsparse.render").joinpath("assets").joinpath(name).read_text("utf-8")


def script_json(data: object) -> str:
    """JSON safe inside ``<script>``: no ``</script>`` or ``<!--`` can end or bend the element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def page(title: str, body: str, *, script: str | None = None, data: object = None) -> str:
    """A whole HTML document; a Content-Security-Policy forbids every network request."""
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">",
        '<meta name="generator" content="newsparse">',
        f"<title>{esc(title)}</title>",
        f"<style>{asset('report.css')}</style>",
        "</head><body>",
        body,
    ]
    if data is not None:
        parts.append(
            f'<script type="application/json" id="report-data">{script_json(data)}</script>'
        )
    if script:
        parts.append(f"<script>{asset(script)}</script>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def bar_chart(
    rows: Sequence[tuple[str, float, str]],
    *,
    color: str = PALETTE[0],
    label_width: int = 170,
    width: int = 520,
    title: str = "",
) -> str:
    """Horizontal bars as inline SVG: ``(label, value, value as shown)`` per row."""
    if not rows:
        return '<p class="note">Nothing to chart.</p>'
    bar_h, gap = 18, 6
    top = max(value for _, value, _ in rows) or 1.0
    room = width - label_width - 150
    height = len(rows) * (bar_h + gap)
    out = [
        f'<svg class="chart" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" aria-label="{esc(title)}">'
    ]
    for i, (label, value, shown) in enumerate(rows):
        y = i * (bar_h + gap)
        length = max(1.0, room * value / top) if value else 0.0
        short = label if len(label) <= 26 else label[:25] + "…"
        out.append(
            f'<text x="{label_width - 6}" y="{y + 13}" text-anchor="end">'
            f"<title>{esc(label)}</title>{esc(short)}</text>"
            f'<rect x="{label_width}" y="{y}" width="{length:.1f}" height="{bar_h}" rx="3" '
            f'fill="{color}"></rect>'
            f'<text class="val" x="{label_width + length + 5:.1f}" y="{y + 13}">{esc(shown)}</text>'
        )
    out.append("</svg>")
    return "".join(out)


def stacked_bar(parts: Sequence[tuple[str, int, str]], *, width: int = 460) -> str:
    """One bar split into shares, with a legend under it: ``(label, count, colour)``."""
    total = sum(count for _, count, _ in parts)
    if not total:
        return '<p class="note">No claims to profile.</p>'
    rows = (len(parts) + 1) // 2
    height = 34 + rows * 18
    out = [
        f'<svg class="chart" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}">'
    ]
    x = 0.0
    for label, count, color in parts:
        w = width * count / total
        if w:
            out.append(
                f'<rect x="{x:.1f}" y="0" width="{w:.1f}" height="22" fill="{color}">'
                f"<title>{esc(label)}: {count} ({count / total:.0%})</title></rect>"
            )
        x += w
    for i, (label, count, color) in enumerate(parts):
        lx, ly = (i % 2) * (width // 2), 32 + (i // 2) * 18
        out.append(
            f'<rect x="{lx}" y="{ly}" width="11" height="11" rx="2" fill="{color}"></rect>'
            f'<text x="{lx + 15}" y="{ly + 10}">{esc(label)}: {count} ({count / total:.0%})</text>'
        )
    out.append("</svg>")
    return "".join(out)


SOURCING_COLORS = {
    "named": "#4e79a7",
    "anonymous": "#e15759",
    "media": "#f28e2b",
    "none": "#b8bec6",
}
SOURCING_LABELS = {
    "named": "named",
    "anonymous": "anonymous",
    "media": "other media",
    "none": "unsourced",
}
