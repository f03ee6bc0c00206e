"""Plain-text article shapes -> Meta + body paragraphs.

Recognised heads (only the first lines are looked at, so a huge body costs nothing here):
``---`` YAML front matter; ``Key: value`` header lines; a "Publication MM/DD/YYYY H:MM:SS AM"
line; a headline with optional ``By ...`` byline and "Source — date" line; a bare body.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from newsparse.errors import FormatError
from newsparse.loader.body import split_source_date
from newsparse.loader.bylines import is_byline, parse_byline, split_names, take_byline
from newsparse.loader.dates import parse_date
from newsparse.loader.meta import Meta

_PARA_SPLIT = re.compile(r"\n[ \t]*\n\s*")
_HSPACE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_PUB_DATE = re.compile(
    r"(?P<source>[^\n]{2,80}?)\s+(?P<date>\d{1,2}/\d{1,2}/\d{4}"
    r"(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?)?(?:\s+[A-Z]{2,4})?)"
)
_KEY_VALUE = re.compile(r"(?P<key>[A-Za-z][A-Za-z _-]{0,20}?)\s*:\s+(?P<value>\S[^\n]{0,500})")
_FRONT_MATTER = re.compile(r"---[ \t]*\n(?P<yaml>.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)", re.DOTALL)
MAX_FRONT_MATTER = 65_536

HEADER_KEYS = {
    "title": "headline",
    "headline": "headline",
    "source": "source",
    "publication": "source",
    "publisher": "source",
    "site": "source",
    "site_name": "source",
    "sitename": "source",
    "outlet": "source",
    "date": "published",
    "published": "published",
    "pubdate": "published",
    "published_at": "published",
    "publish_date": "published",
    "datetime": "published",
    "author": "authors",
    "authors": "authors",
    "by": "authors",
    "byline": "authors",
    "url": "url",
    "link": "url",
    "canonical": "url",
    "dateline": "dateline",
    "original_source": "original_source",
    "reprinted_from": "original_source",
    "language": "language",
    "lang": "language",
    "id": "id",
}
"""Header / front-matter keys (lower case, spaces as underscores) -> Article fields."""

MAX_HEADLINE_WORDS = 30


def normalize_text(text: str) -> str:
    """Unify line ends and spaces so every later step sees one shape (file inputs only)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    return text.replace("\u00a0", " ")


def split_paragraphs(body: str) -> list[str]:
    """Paragraphs split on blank lines, or on single newlines when the text has no blank line.

    Runs of spaces inside a line collapse to one; lines are stripped.
    """
    body = body.strip()
    if not body:
        return []
    parts = _PARA_SPLIT.split(body) if _PARA_SPLIT.search(body) else body.split("\n")
    out = []
    for part in parts:
        lines = [_HSPACE.sub(" ", line).strip() for line in part.split("\n")]
        joined = "\n".join(line for line in lines if line)
        if joined:
            out.append(joined)
    return out


def apply_fields(fields: dict[str, object], meta: Meta, where: str) -> str | None:
    """Copy header/front-matter fields into ``meta``; returns an ``id`` if one was given."""
    rid = None
    for raw_key, value in fields.items():
        key = HEADER_KEYS.get(str(raw_key).strip().lower().replace(" ", "_").replace("-", "_"))
        if key is None or value is None:
            continue
        if key == "id":
            rid = str(value)
        elif key == "authors":
            names = (
                [str(v).strip() for v in value if str(v).strip()]
                if isinstance(value, list)
                else parse_byline(str(value))
                if is_byline(str(value))
                else split_names(str(value))
            )
            meta.set("authors", names, where)
        elif key == "published":
            when = value if isinstance(value, (datetime, date)) else parse_date(str(value))
            meta.set("published", when, where)
        else:
            meta.set(key, str(value).strip(), where)
    return rid


def front_matter(text: str, *, name: str) -> tuple[dict[str, object], str] | None:
    """``(fields, rest)`` when the text opens with ``---`` YAML front matter."""
    if not text.startswith("---"):
        return None
    m = _FRONT_MATTER.match(text[: MAX_FRONT_MATTER + 8])
    if not m:
        return None
    import yaml

    try:
        data = yaml.safe_load(m.group("yaml") or "") or {}
    except yaml.YAMLError as err:
        problem = getattr(err, "problem", None) or "invalid YAML"
        raise FormatError(f"{name}: front matter is not valid YAML ({problem})") from None
    except RecursionError:
        raise FormatError(f"{name}: front matter is nested too deeply") from None
    if not isinstance(data, dict):
        raise FormatError(f"{name}: front matter must be a mapping of 'key: value' lines")
    return data, text[m.end() :]


def _key_value_header(lines: list[str], meta: Meta) -> tuple[int, str | None]:
    """Leading ``Key: value`` lines with known keys; returns (lines consumed, id)."""
    fields: dict[str, object] = {}
    i = 0
    while i < len(lines) and i < 20:
        m = _KEY_VALUE.fullmatch(lines[i].strip())
        if not m or m.group("key").strip().lower().replace(" ", "_") not in HEADER_KEYS:
            break
        fields[m.group("key")] = m.group("value").strip()
        i += 1
    if not fields:
        return 0, None
    return i, apply_fields(fields, meta, "header line")


def headline_like(line: str) -> bool:
    """Short, one line, and not ending like a sentence of body text."""
    stripped = line.strip()
    return (
        0 < len(stripped) <= 300
        and "\n" not in stripped
        and len(stripped.split()) <= MAX_HEADLINE_WORDS
        and not stripped.endswith((".", ",", ";", ":"))
    )


def _short(line: str) -> bool:
    stripped = line.strip()
    return 0 < len(stripped) <= 300 and len(stripped.split()) <= MAX_HEADLINE_WORDS


def _header_shaped(line: str) -> bool:
    """A byline or a date line (what only a header block holds), without taking it."""
    return (
        is_byline(line)
        or parse_date(line) is not None
        or split_source_date(line) is not None
        or (
            (m := _PUB_DATE.fullmatch(line)) is not None and parse_date(m.group("date")) is not None
        )
    )


def _header_line(line: str, meta: Meta, *, after_headline: bool) -> bool:
    """Take one line of a header block into ``meta``; False when it is not a header line."""
    if is_byline(line):
        take_byline(line, meta)
        return True
    if (m := _PUB_DATE.fullmatch(line)) and (date := parse_date(m.group("date"))):
        meta.set("source", m.group("source").strip(" -—–|,"), "header line")
        meta.set("published", date, "header line")
        return True
    if (date := parse_date(line)) is not None:
        meta.set("published", date, "header line")
        return True
    if (pair := split_source_date(line)) is not None:
        meta.set("source", pair[0], "header line")
        meta.set("published", pair[1], "header line")
        return True
    if after_headline and len(line.split()) <= 5 and not line.endswith((".", "?", "!", ":")):
        # A lone short line under the headline ("usatoday"): the publication.
        return meta.set("source", line.strip(), "header line")
    return False


def parse_text(text: str, *, name: str = "input") -> tuple[Meta, list[str], str | None]:
    """Split a normalised plain-text article into metadata, body paragraphs and an optional id."""
    meta = Meta()
    rid: str | None = None
    fm = front_matter(text, name=name)
    if fm is not None:
        fields, text = fm
        rid = apply_fields(fields, meta, "front matter")
    paragraphs = split_paragraphs(text)
    if not paragraphs:
        return meta, [], rid
    blank_separated = bool(_PARA_SPLIT.search(text.strip()))

    # Key: value header lines (the first paragraph, or the first lines when there is no blank line).
    first_lines = paragraphs[0].split("\n") if blank_separated else paragraphs[:20]
    used, kv_id = _key_value_header(first_lines, meta)
    rid = rid or kv_id
    if used:
        if blank_separated:
            rest = first_lines[used:]
            paragraphs = (["\n".join(rest)] if rest else []) + paragraphs[1:]
        else:
            paragraphs = paragraphs[used:]
    elif meta.headline is None and len(paragraphs) > 1:
        paragraphs = _headline_block(paragraphs, meta, blank_separated=blank_separated)
    return meta, paragraphs, rid


def _headline_block(paragraphs: list[str], meta: Meta, *, blank_separated: bool) -> list[str]:
    """Headline / byline / date lines at the top; returns the remaining paragraphs."""
    if blank_separated:
        block = paragraphs[0].split("\n")
        if len(block) > 5 or not all(len(line) <= 300 for line in block):
            return paragraphs
        rest = paragraphs[1:]
    else:
        block, rest = paragraphs[:4], paragraphs[4:]

    taken = 0
    headline_seen = False
    for n, line in enumerate(block):
        if _header_line(line, meta, after_headline=headline_seen and blank_separated):
            taken += 1
            continue
        # A headline of two sentences ("Meth. We're on it.") ends like body text; a byline or
        # date line right under it still shows it is a headline.
        titled = headline_like(line) or (
            taken == 0 and n + 1 < len(block) and _header_shaped(block[n + 1]) and _short(line)
        )
        if not headline_seen and meta.headline is None and titled:
            meta.set("headline", line.strip(), "first line")
            headline_seen = True
            taken += 1
            continue
        break
    if blank_separated:
        if taken < len(block):  # the block held body text too: keep it
            if taken == 1 and headline_seen:  # a hard-wrapped first paragraph, not a headline
                meta.headline = None
                meta.found.pop("headline", None)
                return paragraphs
            rest = ["\n".join(block[taken:]), *rest]
        return rest
    return block[taken:] + rest
