"""What every human-facing renderer shows the same way."""

from __future__ import annotations

from datetime import date, datetime
from typing import IO

from newsparse.models import Article, Voice


def format_published(when: datetime | date) -> str:
    """ISO date and time with its zone; a bare date when the input gave no time (a ``date``,
    or a naive midnight as reports before dates were told apart wrote it)."""
    if not isinstance(when, datetime):
        return when.isoformat()
    if when.tzinfo is None and (when.hour, when.minute, when.second, when.microsecond) == (0,) * 4:
        return when.date().isoformat()
    return when.isoformat(sep=" ")


def header_fields(article: Article) -> list[tuple[str, str]]:
    """The article's metadata as (label, value) rows, empty values left out."""
    rows = [
        ("Source", article.source),
        ("Published", format_published(article.published) if article.published else None),
        ("By", ", ".join(article.authors) if article.authors else None),
        ("Dateline", article.dateline),
        ("Reprinted from", article.original_source),
        ("URL", article.url),
        ("Words", f"{article.word_count:,}"),
    ]
    return [(label, value) for label, value in rows if value]


def isatty(stream: IO[str]) -> bool:
    """Whether a person is reading ``stream``; False for anything that cannot tell."""
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def voice_type(voice: Voice) -> str:
    """'official (minister)': the source type and the words that decided it."""
    words = ", ".join(voice.source_type_words[:2])
    return f"{voice.source_type} ({words})" if words else voice.source_type


def voice_gender(voice: Voice) -> str:
    """'female (she, Mrs.)': the gender and the first pieces of evidence; '—' when unknown."""
    if voice.gender == "unknown":
        return "—"
    said = list(dict.fromkeys(e.text for e in voice.gender_evidence if e.gender == voice.gender))
    cut = ", ".join(said[:2]) + (", …" if len(said) > 2 else "")
    return f"{voice.gender} ({cut})" if cut else voice.gender
