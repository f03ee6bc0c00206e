"""Bytes, str or path -> Article. No spaCy here: loading must stay fast and testable alone."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from newsparse.errors import InputError
from newsparse.models import Article

MAX_BYTES = 20_000_000
"""Inputs above this size are refused (``--max-bytes`` raises it): spaCy needs ~1 GB per 1 MB."""

_PARA_SPLIT = re.compile(r"\n[ \t\u00a0]*\n\s*")


def read_bytes(path: str | Path, *, max_bytes: int = MAX_BYTES) -> bytes:
    """Read a file, turning every OS failure into a one-line InputError."""
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError(f"{p}: is a directory (give files, or use it as a batch input)")
        size = p.stat().st_size
        if size > max_bytes:
            raise InputError(
                f"{p}: {size:,} bytes is over the {max_bytes:,}-byte limit; "
                "raise it with --max-bytes"
            )
        return p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except PermissionError:
        raise InputError(f"{p}: permission denied") from None
    except OSError as err:
        raise InputError(f"{p}: cannot read ({err.strerror or err})") from None


def decode(data: bytes, *, name: str = "input") -> str:
    """Decode UTF-8 (with or without BOM) or cp1252; refuse binary."""
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks binary (NUL bytes), not a text article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return normalize_text(text)


def normalize_text(text: str) -> str:
    """Unify line ends and spaces so every later step sees one shape."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")


def split_paragraphs(body: str) -> list[str]:
    """Paragraphs split on blank lines, or on single newlines when the text has no blank line."""
    body = body.strip()
    if not body:
        return []
    parts = _PARA_SPLIT.split(body) if _PARA_SPLIT.search(body) else body.split("\n")
    return [p.strip() for p in parts if p.strip()]


def article_id(text: str, path: str | None = None) -> str:
    """Path stem when there is one; else a short content hash (stable across runs)."""
    if path:
        return Path(path).stem
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def article_from_text(text: str, *, path: str | None = None, id: str | None = None) -> Article:
    """Parse a plain-text article: first line headline, then body paragraphs."""
    text = normalize_text(text)
    paragraphs = split_paragraphs(text)
    if not paragraphs:
        raise InputError(f"{path or 'input'}: empty article (no text)")
    headline = paragraphs[0] if len(paragraphs) > 1 else None
    body = paragraphs[1:] if headline else paragraphs
    joined = "\n\n".join(body)
    return Article(
        id=id or article_id(joined, path),
        path=path,
        headline=headline,
        paragraphs=body,
        text=joined,
        word_count=len(joined.split()),
        found={"headline": "first line"} if headline else {},
    )


def load_article(source: str | Path, *, input_format: str | None = None) -> Article:
    """Load one article from a path."""
    data = read_bytes(source)
    text = decode(data, name=str(source))
    if not text.strip():
        raise InputError(f"{source}: empty file")
    return article_from_text(text, path=str(source))


def article_from_record(record: dict[str, object], *, path: str | None = None) -> Article:
    """An article from a JSON object (``text`` required); the text is analysed exactly as given.

    Offsets in the report then refer to ``record["text"]`` unchanged, which is what scripts and
    the evaluation need.
    """
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{path or 'record'}: JSON record has no non-empty 'text' field")
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    rid = record.get("id")
    return Article(
        id=str(rid) if rid is not None else article_id(text, None),
        path=path,
        headline=record.get("headline") if isinstance(record.get("headline"), str) else None,
        paragraphs=paragraphs,
        text=text,
        word_count=len(text.split()),
        format="json",
    )


# --------------------------------------------------------------------------- batch (thin stand-ins)
# Minimal versions of the loader helper's functions so batch work can proceed; the loader
# helper's fuller versions (HTML, format sniffing) replace this whole block at merge. Imports are
# local so the block lifts out without touching the top of the file.

from typing import TYPE_CHECKING  # noqa: E402

if TYPE_CHECKING:
    from collections.abc import Iterator

    from newsparse.models import Failure


def load_text(
    data: bytes | str,
    *,
    name: str = "<stdin>",
    input_format: str | None = None,
) -> Iterator[Article | Failure]:
    """Every article in in-memory input: JSON Lines records, a JSON array/object, or one text."""
    import json

    from newsparse.errors import FormatError

    path = None if name == "<stdin>" else name
    try:
        text = decode(data, name=name) if isinstance(data, bytes) else normalize_text(data)
    except InputError as err:
        yield _failure(name, path, err)
        return
    stripped = text.lstrip()
    fmt = input_format or ("json" if stripped[:1] in "[{" and stripped else "text")
    if fmt == "text":
        try:
            yield article_from_text(text, path=path)
        except InputError as err:
            yield _failure(name, path, err)
        return
    try:
        whole = json.loads(text)
        records = whole if isinstance(whole, list) else [whole]
        lines = [(i + 1, r) for i, r in enumerate(records)]
    except json.JSONDecodeError:
        lines = []
        for lineno, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            try:
                lines.append((lineno, json.loads(line)))
            except json.JSONDecodeError as err:
                lines.append((lineno, FormatError(f"{name}:{lineno}: invalid JSON ({err.msg})")))
    for lineno, record in lines:
        label = f"{name}:{lineno}"
        if isinstance(record, Exception):
            yield _failure(label, path, record)
            continue
        if not isinstance(record, dict):
            yield _failure(label, path, FormatError(f"{label}: JSON record is not an object"))
            continue
        try:
            yield article_from_record(record, path=path)
        except InputError as err:
            yield _failure(label, path, err)


def load_articles(
    path: str | Path,
    *,
    input_format: str | None = None,
    max_bytes: int = MAX_BYTES,
) -> Iterator[Article | Failure]:
    """Every article in a file; a file that cannot be read becomes one Failure."""
    try:
        data = read_bytes(path, max_bytes=max_bytes)
    except InputError as err:
        yield _failure(str(path), str(path), err)
        return
    suffix = Path(path).suffix.lower()
    if input_format is None and suffix in (".json", ".jsonl", ".ndjson"):
        input_format = "json"
    articles = load_text(data, name=str(path), input_format=input_format or "text")
    for item in articles:
        if isinstance(item, Article) and item.path is None:
            item = item.model_copy(update={"path": str(path)})
        yield item


def _failure(label: str, path: str | None, err: Exception) -> Failure:
    from newsparse.models import ErrorInfo, Failure

    return Failure(
        id=Path(label).name if path else label,
        path=path,
        error=ErrorInfo(type=type(err).__name__, message=str(err)),
    )
