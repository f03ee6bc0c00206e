"""Reading gold files: every line checked (JSON, UTF-8, schema, offsets) before any scoring.

A gold file that is wrong anywhere is refused with ``file:line: reason`` up front, so a bad
last line never costs a full scoring run; a UTF-8 byte-order mark is accepted.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, StrictInt, ValidationError, model_validator

from newsparse.errors import FormatError, InputError

BOM = b"\xef\xbb\xbf"


def gold_lines(path: str | Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """``(line number, object)`` for each non-blank line; a bad line is a FormatError."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except OSError as err:
        raise InputError(f"{p}: cannot read ({err.strerror or err})") from None
    data = data.removeprefix(BOM)
    for n, raw in enumerate(data.split(b"\n"), 1):
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as err:
            raise FormatError(f"{p}:{n}: not valid UTF-8 (byte {err.start + 1})") from None
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise FormatError(f"{p}:{n}: not valid JSON ({err.msg})") from None
        except RecursionError:
            raise FormatError(f"{p}:{n}: JSON nested too deeply") from None
        except ValueError as err:  # e.g. an integer of thousands of digits
            raise FormatError(f"{p}:{n}: not valid JSON ({err})") from None
        if not isinstance(record, dict):
            raise FormatError(f"{p}:{n}: expected a JSON object per line")
        yield n, record


def gold_records(
    path: str | Path, texts: str | Path | None = None
) -> Iterator[tuple[int, dict[str, Any]]]:
    """``gold_lines`` with each record's text in place (``eval.texts``)."""
    from newsparse.eval.texts import with_text

    for n, record in gold_lines(path):
        yield n, with_text(record, texts, f"{path}:{n}")


def check_spans(text: str, spans: list[tuple[int, int]]) -> None:
    """Each span is ``0 <= start < end <= len(text)``: offsets into the record's text."""
    for start, end in spans:
        if start < 0:
            raise ValueError(f"negative offset {start}")
        if end <= start:
            raise ValueError(f"span {start}-{end} is empty or reversed")
        if end > len(text):
            raise ValueError(f"span {start}-{end} is past the end of the text ({len(text)})")


def validation_reason(err: ValidationError) -> str:
    """The first problem as ``field.path: message``."""
    first = err.errors()[0]
    where = ".".join(str(x) for x in first["loc"])
    message = str(first["msg"]).removeprefix("Value error, ")
    return f"{where}: {message}" if where else message


class _Gold(BaseModel):
    """Gold records carry annotation extras (notes, segment ids): kept out, not refused."""

    model_config = ConfigDict(frozen=True, extra="ignore")


class GoldQuote(_Gold):
    start: StrictInt
    end: StrictInt
    kind: Literal["direct", "mixed", "indirect"] = "direct"
    speaker: str | None = None
    speaker_is_pronoun: bool = False
    cue: str | None = None


class GoldQuoteRecord(_Gold):
    """One line of a quotes gold file."""

    id: str | int | None = None
    text: str
    quotes: list[GoldQuote] = []
    ignore_spans: list[tuple[StrictInt, StrictInt]] = []

    @model_validator(mode="after")
    def _offsets_in_text(self) -> GoldQuoteRecord:
        if not self.text.strip():
            raise ValueError("'text' is empty")
        check_spans(self.text, [(q.start, q.end) for q in self.quotes])
        check_spans(self.text, list(self.ignore_spans))
        return self


def read_quote_gold(
    path: str | Path, limit: int | None = None, *, texts: str | Path | None = None
) -> list[dict[str, Any]]:
    """Every record of a quotes gold file, each validated; the first bad one is refused.

    A record with ``file`` + ``sha256`` instead of ``text`` gets its text from ``texts``."""
    records: list[dict[str, Any]] = []
    for n, record in gold_records(path, texts):
        if limit is not None and len(records) >= limit:
            break
        try:
            GoldQuoteRecord.model_validate(record)
        except ValidationError as err:
            raise FormatError(f"{path}:{n}: {validation_reason(err)}") from None
        records.append(record)
    return records
