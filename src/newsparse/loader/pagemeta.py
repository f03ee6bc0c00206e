"""A page's own metadata (JSON-LD, ``<meta>``, ``<time>``) and its furniture, read with lxml.

trafilatura guesses a date from many signals, the URL among them, and often keeps only the
day: ``2019-11-20T06:07:01+0000`` in the page's JSON-LD became ``2019-11-19``, the URL's date.
The page says when it was published; this reads what it says, in a fixed order of trust:
the article's own JSON-LD object (``datePublished``, never a reviewed claim's date), then
publication ``<meta>`` tags, then ``<time datetime>``. Hover cards and similar furniture are
cut out of the tree before the body is extracted, and their text kept as boilerplate.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from newsparse.loader.dates import parse_date

ARTICLE_TYPES = re.compile(r"(?:Article|BlogPosting|Report|ClaimReview|LiveBlogPosting)$")
"""JSON-LD ``@type`` values whose ``datePublished`` is the page's own."""

PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "article:published",
    "datepublished",
    "og:pubdate",
    "pubdate",
    "publishdate",
    "publish-date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.created",
    "date",
)
"""``<meta>`` names and properties (lower case) that carry the publication time, best first."""

AUTHOR_META = ("author", "article:author", "parsely-author", "sailthru.author", "byl", "dc.creator")

FURNITURE = re.compile(
    r"(?:^|[\s_-])(?:rollover-(?:people-)?block|hover-?card|person-?card|tooltip-content"
    r"|bio-?card|author-?card-popup)(?:$|[\s_-])",
    re.IGNORECASE,
)
"""Class or id names of elements that pop up over the text (The Hill's "rollover" cards):
their text is in the page but not in the article."""

MAX_LD_BYTES = 1_000_000


@dataclass
class PageMeta:
    """What the page itself declares; empty fields when it declares nothing usable."""

    published: datetime | date | None = None
    published_from: str | None = None
    authors: list[str] = field(default_factory=list)
    authors_from: str | None = None
    publishers: list[str] = field(default_factory=list)
    headline: str | None = None
    furniture: list[str] = field(default_factory=list)


def _ld_objects(data: Any) -> Iterator[dict[str, Any]]:
    """Top-level JSON-LD objects (and those of an ``@graph``); nested ones are parts of them."""
    items = data if isinstance(data, list) else [data]
    for item in items:
        if isinstance(item, dict):
            graph = item.get("@graph")
            if isinstance(graph, list):
                yield from (g for g in graph if isinstance(g, dict))
            else:
                yield item


def _types(obj: dict[str, Any]) -> list[str]:
    kind = obj.get("@type")
    return [str(k) for k in kind] if isinstance(kind, list) else [str(kind or "")]


def _names(value: Any, *, people_only: bool) -> list[str]:
    """Names from a JSON-LD ``author``/``publisher`` value: a string, an object or a list."""
    out: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, dict):
            if people_only and any("Organization" in t for t in _types(item)):
                continue
            name = item.get("name")
            if isinstance(name, str):
                out.append(name)
    return [" ".join(n.split()) for n in out if n and n.strip()]


def _when(value: object) -> datetime | date | None:
    return parse_date(value) if isinstance(value, str) else None


def _best(candidates: list[tuple[datetime | date, str]]) -> tuple[datetime | date, str] | None:
    """The first candidate, made as precise as another candidate for the same moment allows:
    a bare date takes the time of one on that day; a naive time takes the zone of one that
    shows the same clock time."""
    if not candidates:
        return None
    first, where = candidates[0]
    for other, _ in candidates[1:]:
        if not isinstance(first, datetime) and isinstance(other, datetime):
            if other.date() == first:
                return other, where
        elif (
            isinstance(first, datetime)
            and first.tzinfo is None
            and isinstance(other, datetime)
            and other.tzinfo is not None
            and other.replace(tzinfo=None) == first
        ):
            return other, where
    return first, where


def read_page_meta(tree: Any) -> PageMeta:
    """The metadata of a parsed page (an lxml tree); removes furniture from ``tree`` in place."""
    meta = PageMeta()
    dates: list[tuple[datetime | date, str]] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        text = script.text or ""
        if len(text) > MAX_LD_BYTES:
            continue
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            continue
        for obj in _ld_objects(data):
            if not any(ARTICLE_TYPES.search(t) for t in _types(obj)):
                continue
            if (when := _when(obj.get("datePublished") or obj.get("dateCreated"))) is not None:
                dates.append((when, "json-ld"))
            if not meta.authors and (names := _names(obj.get("author"), people_only=True)):
                meta.authors, meta.authors_from = names, "json-ld"
            meta.publishers += _names(obj.get("publisher"), people_only=False)
            headline = obj.get("headline")
            if not meta.headline and isinstance(headline, str) and headline.strip():
                meta.headline = " ".join(headline.split())
    tags: dict[str, list[str]] = {}
    for tag in tree.xpath("//meta[@content]"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").lower()
        if key:
            tags.setdefault(key, []).append(tag.get("content") or "")
    for key in PUBLISHED_META:
        for value in tags.get(key, []):
            if (when := _when(value)) is not None:
                dates.append((when, f"meta {key}"))
    for key in ("og:site_name", "application-name"):
        meta.publishers += [v.strip() for v in tags.get(key, []) if v.strip()]
    if not meta.authors:
        for key in AUTHOR_META:
            values = [v.strip() for v in tags.get(key, []) if v.strip() and "://" not in v]
            if values:
                meta.authors, meta.authors_from = values, f"meta {key}"
                break
    times = tree.xpath("//time[@datetime and (@pubdate or @itemprop='datePublished')]")
    for node in [*times, *tree.xpath("//time[@datetime]")][:5]:
        if (when := _when(node.get("datetime"))) is not None:
            dates.append((when, "time element"))
    if (best := _best(dates)) is not None:
        meta.published, meta.published_from = best
    meta.furniture = _cut_furniture(tree)
    return meta


def _cut_furniture(tree: Any) -> list[str]:
    """Remove pop-up cards from the tree (the text after each stays in place); their texts."""
    cut: list[str] = []
    for node in tree.xpath("//*[@class or @id]"):
        if not _furniture(node) or any(_furniture(a) for a in node.iterancestors()):
            continue
        parent = node.getparent()
        if parent is None:
            continue
        text = " ".join(node.text_content().split())
        if text:
            cut.append(text)
        if node.tail:
            prev = node.getprevious()
            if prev is not None:
                prev.tail = (prev.tail or "") + node.tail
            else:
                parent.text = (parent.text or "") + node.tail
        parent.remove(node)
    return cut


def _furniture(node: Any) -> bool:
    names = f"{node.get('class') or ''} {node.get('id') or ''}"
    return FURNITURE.search(names) is not None
