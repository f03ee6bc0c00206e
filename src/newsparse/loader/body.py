"""Body paragraphs -> analysed body: datelines, bylines, reprint/credit notes and captions out.

Shared by every format (text, HTML, Markdown) so a story reads the same however it arrived.
Every regex here is anchored and runs on a bounded prefix or a short paragraph, so the cost is
linear in the input even for one multi-megabyte line.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache

from newsparse.lexicon import patterns
from newsparse.loader.bylines import is_byline, take_byline
from newsparse.loader.dates import parse_date
from newsparse.loader.meta import Meta

MAX_NOTE = 400
"""Only paragraphs shorter than this can be notes; a long paragraph is always body."""

_DASH = r"(?:—|–|--|-|―)"
_AGENCY = r"\((?P<agency>[A-Z][A-Za-z./&]{1,24}(?: [A-Z][A-Za-z.]+){0,2})\)"
_PLACE_CAPS = r"[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3}"
_REGION = r"(?:,\s*[A-Z][A-Za-z.'’\-]*(?: [A-Z][A-Za-z.'’\-]*){0,2}){0,2}"
_DATELINES = (
    # KYIV, Ukraine (AP) —   WASHINGTON (CNN) —   BUFFALO, N.Y. —   NEW YORK (Reuters) -
    re.compile(rf"(?P<dateline>{_PLACE_CAPS}{_REGION}(?:\s*{_AGENCY})?)\s*{_DASH}\s+(?=\S)"),
    # (Reuters) —   (CNN) --   (CNN) with no dash
    re.compile(rf"(?P<dateline>{_AGENCY})\s*(?:{_DASH}\s*)?(?=[A-Z\"“‘'])"),
    # Indianapolis –  (mixed case: en or em dash only, up to three words, a capital after)
    re.compile(
        r"(?P<dateline>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}" + _REGION + r")\s+[—–]\s+(?=[A-Z\"“‘'])"
    ),
    # Washington, DC, United States:
    re.compile(r"(?P<dateline>[A-Z][A-Za-z.]+(?:,\s*[A-Z][A-Za-z. ]{1,30}){1,3}):\s+(?=[A-Z])"),
)
_DATELINE_PREFIX = 120
"""Datelines are searched for only in this many leading characters of the first paragraph."""

_CAPTION = re.compile(r"(?P<caption>.{0,300}?)\s*\bImage:\s*(?P<credit>[^\n]{1,120}?)\.?")


def match_dateline(paragraph: str) -> tuple[str, str] | None:
    """``(dateline, rest)`` when the paragraph opens with a dateline, else None."""
    head = paragraph[:_DATELINE_PREFIX]
    for regex in _DATELINES:
        m = regex.match(head)
        if m and m.end() < len(paragraph):
            dateline = m.group("dateline").strip()
            if re.fullmatch(r"[A-Z]{1,3}", dateline):  # "A -", "US -": not a place
                continue
            return dateline, paragraph[m.end() :]
    return None


@cache
def _any_note() -> re.Pattern[str]:
    """All note patterns as one alternation: one C-level call rules out ordinary paragraphs."""
    alternatives = (
        re.sub(r"\(\?P<\w+>", "(?:", rx.pattern) for _, rx in patterns("loader_notes.tsv")
    )
    return re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE)


def classify_note(paragraph: str) -> tuple[str, str | None] | None:
    """``(kind, captured)`` if the paragraph is a reprint/credit/caption/boilerplate note."""
    if len(paragraph) >= MAX_NOTE:
        return None
    text = paragraph.strip()
    if "Image:" in text and (m := _CAPTION.fullmatch(text)):
        return "caption", m.group("credit").strip()
    if not _any_note().fullmatch(text):
        return None
    for kind, regex in patterns("loader_notes.tsv"):
        m = regex.fullmatch(text)
        if m:
            return kind, (m.groupdict().get("src") or None)
    return None


def _clean_source(src: str) -> str:
    src = re.sub(r"^(?:the website of|the|a)\s+", "", src.strip(), flags=re.IGNORECASE)
    src = re.sub(r"\s*\(?https?://\S+\)?", "", src)
    return src.strip(" .,;:")


def strip_notes(paragraphs: list[str], meta: Meta) -> list[str]:
    """Drop reprint/credit notes, captions and boilerplate; fill original_source and credits."""
    kept: list[str] = []
    for para in paragraphs:
        note = classify_note(para)
        if note is None:
            kept.append(para)
            continue
        kind, captured = note
        if kind == "reprint":
            meta.credits.append(para)
            if captured:
                meta.set("original_source", _clean_source(captured), "reprint note")
        elif kind in ("credit", "caption"):
            meta.credits.append(para)
        else:
            meta.boilerplate.append(para)
    return kept


def take_leading_meta(paragraphs: list[str], meta: Meta, *, limit: int = 3) -> list[str]:
    """Consume leading byline / date / "Source — date" paragraphs (Wikinews date lines...)."""
    i = 0
    while i < min(limit, len(paragraphs) - 1):
        para = paragraphs[i].strip()
        if "\n" in para or len(para) > 120:
            break
        if _is_source_tag(para) and match_dateline(paragraphs[i + 1]):
            meta.credits.append(para)  # "CNN" alone above "WASHINGTON (CNN) — ..."
            i += 1
            continue
        if is_byline(para):
            take_byline(para, meta)
        elif (date := parse_date(para)) is not None:
            meta.set("published", date, "date line")
        else:
            parsed = split_source_date(para)
            if parsed is None:
                break
            source, date = parsed
            meta.set("source", source, "date line")
            meta.set("published", date, "date line")
        i += 1
    return paragraphs[i:]


def _is_source_tag(para: str) -> bool:
    words = para.split()
    return 0 < len(words) <= 4 and para[-1].isalnum() and all(w[:1].isupper() for w in words)


def split_source_date(line: str) -> tuple[str, datetime | date] | None:
    """``SpaceNews.com — 2019-11-19T04:50:22+00:00`` -> (source, datetime), else None."""
    m = re.fullmatch(r"(?P<source>[^\n]{1,80}?)\s+(?:—|–|-|\||·|•)\s+(?P<date>[^\n]{6,60})", line)
    if not m:
        return None
    date = parse_date(m.group("date"))
    if date is None:
        return None
    return m.group("source").strip(), date


def take_dateline(paragraphs: list[str], meta: Meta) -> list[str]:
    """Move a dateline out of the first paragraph into ``meta.dateline``."""
    if not paragraphs:
        return paragraphs
    found = match_dateline(paragraphs[0])
    if not found:
        return paragraphs
    dateline, rest = found
    meta.set("dateline", dateline, "dateline")
    return [rest.lstrip(), *paragraphs[1:]]


_LIST_ITEM = re.compile(r"[-–•*]\s+(?P<item>[^\n]{3,200})")
MAX_HEADING_WORDS = 10


def _is_link_item(paragraph: str) -> bool:
    """A list item shaped like a headline: short, not a sentence that ends with a full stop."""
    m = _LIST_ITEM.fullmatch(paragraph.strip())
    return m is not None and not m.group("item").rstrip().endswith((".", ":", ";", ","))


def _is_list_heading(paragraph: str) -> bool:
    text = paragraph.strip()
    if len(text.split()) > MAX_HEADING_WORDS or text.endswith((".", ",", ";")):
        return False
    text = text.rstrip(":")
    return any(rx.fullmatch(text) for _, rx in patterns("loader_link_lists.tsv"))


def strip_link_lists(paragraphs: list[str], meta: Meta) -> list[str]:
    """Drop the list of other stories a page ends with ("More Must-Reads From TIME" and
    headlines): the extractor keeps it as body text, and its headlines would become entities
    and claims of this article. Only at the very end, under a heading that names it, with two
    or more headline-shaped items: a list inside the story is never touched."""
    start = len(paragraphs)
    while start > 0 and _is_link_item(paragraphs[start - 1]):
        start -= 1
    if len(paragraphs) - start < 2 or start < 2 or not _is_list_heading(paragraphs[start - 1]):
        return paragraphs
    meta.boilerplate.extend(paragraphs[start - 1 :])
    return paragraphs[: start - 1]


def clean_body(paragraphs: list[str], meta: Meta) -> list[str]:
    """The shared pipeline: leading metadata, notes, a closing link list, then the dateline
    of the first paragraph."""
    paragraphs = take_leading_meta(paragraphs, meta)
    paragraphs = strip_link_lists(strip_notes(paragraphs, meta), meta)
    return take_dateline(paragraphs, meta)
