"""Saved HTML pages -> Meta + body paragraphs, through trafilatura (offline: never fetches).

trafilatura is only ever given the page as a string, never a URL, so it has nothing to
download; ``tests/test_loader_html.py`` checks that no socket is opened.
"""

from __future__ import annotations

import logging
import re
from datetime import date, datetime, time

from newsparse.errors import FormatError, InputError
from newsparse.loader.bylines import clean_authors, split_names
from newsparse.loader.dates import parse_date
from newsparse.loader.meta import Meta

MIN_WORDS = 10
"""Less main text than this is a page without an article (a home page, a menu, an error page)."""

_HTML_HINT = re.compile(
    rb"<(?:!doctype\s+html|html|head|body|meta|title|article|div|p)[\s>/]", re.IGNORECASE
)
_TITLE_SUFFIX = re.compile(r"\s+(?:\||–|—|-|::|·)\s+(?P<site>[^|–—]{2,60})$")


def looks_like_html(head: bytes | str) -> bool:
    """Content sniffing: the first kilobytes open with markup."""
    data = head.encode("utf-8", "replace") if isinstance(head, str) else head
    data = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    return data.startswith(b"<") and _HTML_HINT.search(data) is not None


def _quiet() -> None:
    """trafilatura logs page-level complaints at WARNING/ERROR; they are not the user's errors."""
    for name in ("trafilatura", "htmldate", "courlan", "justext", "readability"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def _strip_site(title: str, site: str | None) -> str:
    """'Headline | CNN Politics' -> 'Headline' (only when the tail names the site)."""
    m = _TITLE_SUFFIX.search(title)
    if not m:
        return title
    tail = m.group("site").strip().lower()
    site_l = (site or "").lower()
    if site_l and (site_l in tail or tail in site_l or tail.split()[0] == site_l.split()[0]):
        return title[: m.start()].strip()
    return title


def _tree(html: str, name: str) -> object | None:
    """The page as an lxml tree, or None when lxml cannot make one (trafilatura then tries)."""
    from lxml import html as lxml_html

    try:
        return lxml_html.document_fromstring(html)
    except RecursionError:
        raise FormatError(f"{name}: HTML is nested too deeply to extract an article") from None
    except Exception:  # third-party boundary: an unparsable page falls back to trafilatura
        return None


def _extract(html: str, name: str) -> object:
    import trafilatura

    _quiet()
    try:
        return trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            deduplicate=False,  # its cache spans calls: a repeated page would lose its text
            date_extraction_params={
                "extensive_search": True,
                "original_date": True,
                "outputformat": "%Y-%m-%dT%H:%M:%S%z",
            },
        )
    except RecursionError:
        raise FormatError(f"{name}: HTML is nested too deeply to extract an article") from None
    except Exception as err:  # third-party boundary: any parser failure is a bad page
        raise FormatError(
            f"{name}: could not extract an article from the HTML ({type(err).__name__})"
        ) from None


def _guessed(when: datetime | date | None) -> datetime | date | None:
    """trafilatura writes every date with a clock; midnight without a zone is a bare day."""
    if isinstance(when, datetime) and when.tzinfo is None and when.time() == time(0):
        return when.date()
    return when


def parse_html(html: str, *, name: str = "input") -> tuple[Meta, list[str]]:
    """Main text and metadata of a saved page; InputError when the page holds no article.

    The page's own metadata (``pagemeta``) comes first: its publication time and authors as
    declared, then trafilatura's guesses. Pop-up cards are cut out before the body is taken.
    """
    from newsparse.loader.pagemeta import PageMeta, read_page_meta

    tree = _tree(html, name)
    page = read_page_meta(tree) if tree is not None else PageMeta()
    if page.furniture and tree is not None:
        from lxml import html as lxml_html

        html = lxml_html.tostring(tree, encoding="unicode")
    doc = _extract(html, name)
    body = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if len(body.split()) < MIN_WORDS:
        raise InputError(f"{name}: no article text found in the HTML page")
    meta = Meta()
    site = getattr(doc, "sitename", None)
    title = getattr(doc, "title", None)
    if title:
        meta.set("headline", _strip_site(title.strip(), site), "html meta")
    meta.set("source", site, "html meta")
    publishers = [p for p in (*page.publishers, site) if p]
    if page.authors:
        names, agency = clean_authors(page.authors, publishers)
        meta.set("authors", names, f"page {page.authors_from}")
        meta.set("original_source", agency, f"page {page.authors_from}")
    author = getattr(doc, "author", None)
    if author and not meta.authors:
        names, agency = clean_authors(
            split_names(author.replace(";", ","), strict=True), publishers
        )
        meta.set("authors", names, "html meta")
        meta.set("original_source", agency, "html meta")
    meta.set("published", page.published, f"page {page.published_from}")
    date = getattr(doc, "date", None)
    if date:
        meta.set("published", _guessed(parse_date(date)), "html meta")
    meta.boilerplate.extend(page.furniture)
    meta.set("url", getattr(doc, "url", None), "html meta")
    meta.set("language", getattr(doc, "language", None), "html meta")
    paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
    if paragraphs and meta.headline and paragraphs[0].strip() == meta.headline:
        paragraphs = paragraphs[1:]
    return meta, paragraphs
