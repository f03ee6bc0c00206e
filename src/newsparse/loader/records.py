"""JSON (one object or an array) and JSON Lines -> article records, one bad line at a time."""

from __future__ import annotations

import json
from collections.abc import Iterator

from newsparse.errors import FormatError


def _short(err: json.JSONDecodeError) -> str:
    return f"{err.msg} at line {err.lineno} column {err.colno}"


def json_records(text: str, *, name: str) -> Iterator[tuple[int, object]]:
    """``(item number, value)`` for a JSON object (1 item) or each element of an array."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise FormatError(f"{name}: not valid JSON ({_short(err)})") from None
    except RecursionError:
        raise FormatError(f"{name}: JSON is nested too deeply") from None
    if isinstance(data, list):
        yield from enumerate(data, start=1)
    elif isinstance(data, dict):
        yield 1, data
    else:
        raise FormatError(f"{name}: JSON must be an article object or an array of them")


def jsonl_records(text: str) -> Iterator[tuple[int, object | FormatError]]:
    """``(line number, value or the FormatError for that line)``; blank lines are skipped."""
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            yield lineno, json.loads(line)
        except json.JSONDecodeError as err:
            yield lineno, FormatError(f"line {lineno}: not valid JSON ({err.msg})")
        except RecursionError:
            yield lineno, FormatError(f"line {lineno}: JSON is nested too deeply")


def looks_like_jsonl(text: str) -> bool:
    """Several lines that each open with '{' (a JSON parser would stop at the second)."""
    lines = [line.strip() for line in text[:65536].split("\n") if line.strip()]
    return len(lines) > 1 and sum(line.startswith("{") for line in lines) >= len(lines) * 0.5
