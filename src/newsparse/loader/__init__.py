"""Bytes, str or path -> Article. No spaCy here: loading must stay fast and testable alone.

Formats: text, html, json, jsonl, markdown, sniffed from the file name and the content when not
given. Every failure is an InputError (or its child FormatError) with a one-line message.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from newsparse.errors import FormatError, InputError, UsageError
from newsparse.loader.body import clean_body
from newsparse.loader.bylines import parse_byline, split_names
from newsparse.loader.dates import parse_date
from newsparse.loader.encoding import MAX_BYTES, decode, read_bytes, too_big_message
from newsparse.loader.html import looks_like_html, parse_html
from newsparse.loader.markdown import first_heading, markdown_to_text
from newsparse.loader.meta import Meta
from newsparse.loader.records import json_records, jsonl_records, looks_like_jsonl
from newsparse.loader.text import front_matter, normalize_text, parse_text, split_paragraphs
from newsparse.models import Article, Failure

__all__ = [
    "FORMATS",
    "MAX_BYTES",
    "article_from_record",
    "article_from_text",
    "article_id",
    "decode",
    "load_article",
    "load_articles",
    "load_text",
    "normalize_text",
    "read_bytes",
    "sniff_format",
    "split_paragraphs",
]

FORMATS = ("text", "html", "json", "jsonl", "markdown")
"""Values of ``input_format`` (``--input-format``)."""

EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".md": "markdown",
    ".markdown": "markdown",
}


def article_id(text: str, path: str | None = None) -> str:
    """Path stem when there is one; else a short content hash (stable across runs)."""
    if path:
        return Path(path).stem
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def sniff_format(name: str | None, text: str) -> str:
    """The input format from the file extension, else from the content."""
    if name:
        fmt = EXTENSIONS.get(Path(name).suffix.lower())
        if fmt:
            return fmt
    head = text[:4096].lstrip()
    if head.startswith("<") and looks_like_html(head):
        return "html"
    if head.startswith(("{", "[")):
        import json

        try:
            json.loads(text)
            return "json"
        except (ValueError, RecursionError):
            pass
        if looks_like_jsonl(text):
            return "jsonl"
        if head.startswith("{"):
            return "json"  # broken JSON: say so rather than analyse braces as prose
    if head.startswith("# ") or (head.startswith("---") and "\n# " in head):
        return "markdown"
    return "text"


def _check_format(input_format: str | None) -> str | None:
    if input_format is None:
        return None
    fmt = input_format.lower()
    if fmt in ("md",):
        fmt = "markdown"
    if fmt in ("htm",):
        fmt = "html"
    if fmt in ("txt",):
        fmt = "text"
    if fmt not in FORMATS:
        raise UsageError(f"unknown input format {input_format!r}; choose from {', '.join(FORMATS)}")
    return fmt


def _build(
    meta: Meta, paragraphs: list[str], *, path: str | None, id: str | None, fmt: str, name: str
) -> Article:
    paragraphs = [p for p in paragraphs if p.strip()]
    if not paragraphs:
        raise InputError(f"{name}: no article text (empty, or a header without a body)")
    return _article(meta, "\n\n".join(paragraphs), paragraphs, path=path, id=id, fmt=fmt)


def _article(
    meta: Meta, text: str, paragraphs: list[str], *, path: str | None, id: str | None, fmt: str
) -> Article:
    """The Article for a body ``text`` (analysed as is) and the metadata found around it."""
    return Article(
        id=id or article_id(text, path),
        path=path,
        headline=meta.headline,
        source=meta.source,
        published=meta.published,
        authors=meta.authors,
        dateline=meta.dateline,
        original_source=meta.original_source,
        credits=meta.credits,
        boilerplate=meta.boilerplate,
        url=meta.url,
        language=meta.language,
        paragraphs=paragraphs,
        text=text,
        word_count=len(text.split()),
        found=meta.found,
        format=fmt,
    )


def article_from_text(
    text: str, *, path: str | None = None, id: str | None = None, name: str | None = None
) -> Article:
    """Parse a plain-text article (any shape in the module docs of ``loader.text``)."""
    name = name or path or "input"
    meta, paragraphs, rid = parse_text(normalize_text(text), name=name)
    paragraphs = clean_body(paragraphs, meta)
    return _build(meta, paragraphs, path=path, id=id or rid, fmt="text", name=name)


def article_from_markdown(
    text: str, *, path: str | None = None, id: str | None = None, name: str | None = None
) -> Article:
    """Markdown with optional YAML front matter; the first ``# Heading`` is the headline."""
    name = name or path or "input"
    text = normalize_text(text)
    meta = Meta()
    rid = None
    fm = front_matter(text, name=name)
    if fm is not None:
        from newsparse.loader.text import apply_fields

        fields, text = fm
        rid = apply_fields(fields, meta, "front matter")
    heading = first_heading(text)
    if heading:
        meta.set("headline", markdown_to_text(heading).strip(), "heading")
        text = text.lstrip("\n").split("\n", 1)[1] if "\n" in text.lstrip("\n") else ""
    inner, paragraphs, _ = parse_text(markdown_to_text(text), name=name)
    for field, where in inner.found.items():
        meta.set(field, getattr(inner, field), where)
    paragraphs = clean_body(paragraphs, meta)
    return _build(meta, paragraphs, path=path, id=id or rid, fmt="markdown", name=name)


def article_from_html(
    html: str, *, path: str | None = None, id: str | None = None, name: str | None = None
) -> Article:
    """A saved web page: trafilatura's main text, then the shared body clean-up."""
    name = name or path or "input"
    meta, paragraphs = parse_html(html, name=name)
    paragraphs = [" ".join(normalize_text(p).split()) for p in paragraphs]
    paragraphs = clean_body(paragraphs, meta)
    return _build(meta, paragraphs, path=path, id=id, fmt="html", name=name)


def _record_str(record: dict[str, object], *keys: str) -> str | None:
    for key in keys:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
        if isinstance(value, (int, float)) and not isinstance(value, bool) and key == "id":
            return str(value)
    return None


def article_from_record(
    record: dict[str, object], *, path: str | None = None, fmt: str = "json"
) -> Article:
    """An article from a JSON object (``text`` required); the text is analysed exactly as given.

    Offsets in the report then refer to ``record["text"]`` unchanged, which is what scripts and
    the evaluation need: no normalisation, no dateline or credit removal. Optional fields: id,
    headline (or title), source, published (or date), url, authors (list or string; or author),
    dateline, original_source, language.
    """
    name = path or "record"
    if not isinstance(record, dict):
        raise FormatError(f"{name}: a JSON article must be an object, not {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{name}: JSON record has no non-empty 'text' field")
    meta = Meta()
    where = "record"
    meta.set("headline", _record_str(record, "headline", "title"), where)
    meta.set("source", _record_str(record, "source", "publication", "site"), where)
    meta.set("url", _record_str(record, "url"), where)
    meta.set("dateline", _record_str(record, "dateline"), where)
    meta.set("original_source", _record_str(record, "original_source"), where)
    meta.set("language", _record_str(record, "language", "lang"), where)
    published = _record_str(record, "published", "date")
    if published:
        meta.set("published", parse_date(published), where)
    authors = record.get("authors", record.get("author"))
    if isinstance(authors, list):
        meta.set("authors", [str(a).strip() for a in authors if str(a).strip()], where)
    elif isinstance(authors, str) and authors.strip():
        names = parse_byline(authors) if authors.lower().startswith("by ") else split_names(authors)
        meta.set("authors", names, where)
    sep = "\n\n" if "\n\n" in text else "\n"
    paragraphs = [p.strip() for p in text.split(sep) if p.strip()]
    return _article(meta, text, paragraphs, path=path, id=_record_str(record, "id"), fmt=fmt)


def _records(text: str, *, fmt: str, name: str, path: str | None) -> Iterator[Article | Failure]:
    stem = Path(path).stem if path else "stdin"
    items = jsonl_records(text) if fmt == "jsonl" else json_records(text, name=name)
    many = fmt == "jsonl" or text.lstrip().startswith("[")
    for n, value in items:
        rid = f"{stem}:{n}"
        if isinstance(value, dict) and value.get("id") is not None:
            rid = str(value["id"])
        if isinstance(value, FormatError):
            yield Failure.from_error(FormatError(f"{name}: {value}"), id=rid, path=path, name=name)
            continue
        try:
            article = article_from_record(value, path=path, fmt=fmt)  # type: ignore[arg-type]
        except InputError as err:
            where = f"line {n}" if fmt == "jsonl" else f"item {n}"
            message = str(err).replace(f"{path or 'record'}: ", "", 1)
            located = type(err)(f"{name}: {where}: {message}")
            yield Failure.from_error(located, id=rid, path=path, name=name)
            continue
        if many and isinstance(value, dict) and value.get("id") is None:
            article = article.model_copy(update={"id": rid})
        yield article


def load_text(
    data: bytes | str,
    *,
    name: str = "<stdin>",
    input_format: str | None = None,
    max_bytes: int = MAX_BYTES,
    path: str | None = None,
) -> Iterator[Article | Failure]:
    """Every article in bytes already read (stdin, or a file read by ``load_articles``).

    A generator: errors about the whole input (size, binary, bad JSON) are raised on the first
    ``next()``; a bad record in JSON Lines is yielded as a ``Failure`` and the rest still load.
    """
    fmt = _check_format(input_format)
    size = len(data) if isinstance(data, bytes) else len(data.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise InputError(too_big_message(name, size, max_bytes))
    text = decode(data, name=name) if isinstance(data, bytes) else data
    if not text.strip():
        raise InputError(f"{name}: empty input (no text)")
    fmt = fmt or sniff_format(None if name.startswith("<") else name, text)
    if fmt in ("json", "jsonl"):
        yield from _records(text, fmt=fmt, name=name, path=path)
    elif fmt == "html":
        yield article_from_html(text, path=path, name=name)
    elif fmt == "markdown":
        yield article_from_markdown(text, path=path, name=name)
    else:
        yield article_from_text(text, path=path, name=name)


def load_articles(
    source: str | Path, *, input_format: str | None = None, max_bytes: int = MAX_BYTES
) -> Iterator[Article | Failure]:
    """Every article in a file: JSON arrays and JSON Lines give several, other formats one."""
    data = read_bytes(source, max_bytes=max_bytes)
    yield from load_text(
        data, name=str(source), input_format=input_format, max_bytes=max_bytes, path=str(source)
    )


def load_article(
    source: str | Path, *, input_format: str | None = None, max_bytes: int = MAX_BYTES
) -> Article:
    """One article from a path (the first record if the file holds several)."""
    for item in load_articles(source, input_format=input_format, max_bytes=max_bytes):
        if isinstance(item, Failure):
            raise FormatError(item.error.message)
        return item
    raise InputError(f"{source}: no articles in the file")
