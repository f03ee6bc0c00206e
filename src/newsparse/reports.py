"""Report files read back: one JSON report, JSON Lines, or an ``--output-dir`` folder.

Every record is validated against the models, so what ``aggregate`` and ``export`` count is
what ``summarize`` wrote; a record that is not one becomes a ``Bad`` that says where it is
(``file:line``) and why, and reading goes on. Nothing here can end in a traceback: invalid
UTF-8, NaN, absurdly deep nesting and huge integers are all just bad records.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from pydantic import ValidationError

from newsparse.errors import InputError
from newsparse.models import Failure, Report

OWN_FILES = frozenset({"_summary.json", "_aggregate.json"})
"""Files an ``--output-dir`` run writes about itself: not reports."""
SHARD_FILES = re.compile(r"_(summary|aggregate)-\d+-of-\d+\.json")
"""The same files of one ``--shard K/N`` run (``_summary-1-of-3.json``)."""
FOLDER_SUFFIXES = (".json", ".jsonl", ".ndjson")


@dataclass(frozen=True)
class Bad:
    """A record that is not a valid report or error record."""

    where: str
    """``file:line`` (or ``file`` for a whole-file JSON document)."""
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


Record = Report | Failure | Bad


class _Constant(ValueError):
    pass


def _no_constants(name: str) -> Any:
    raise _Constant(f"{name} is not valid JSON")


def parse_json(text: str) -> Any:
    """``json.loads`` without NaN/Infinity; every way it can fail is a one-line ValueError."""
    try:
        return json.loads(text, parse_constant=_no_constants)
    except RecursionError:
        raise ValueError("not usable JSON (nested too deeply)") from None
    except json.JSONDecodeError as err:
        raise ValueError(f"not JSON ({err.msg} at column {err.colno})") from None
    except _Constant:
        raise
    except ValueError:  # an integer of thousands of digits
        raise ValueError("not usable JSON (a number too long to read)") from None


def _reason(err: ValidationError) -> str:
    """The first problem as ``field.path: message`` (and how many more there are)."""
    errors = err.errors(include_url=False)
    first = errors[0]
    loc = ".".join(str(p) for p in first["loc"]) or "record"
    more = f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""
    return f"{loc}: {first['msg']}{more}"


def _writable(value: Any) -> bool:
    """No lone surrogate anywhere (``"\\ud800"`` parses, but could never be written back)."""
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except (UnicodeEncodeError, RecursionError, ValueError):
        return False
    return True


def validate(value: Any, where: str) -> Record:
    """A parsed JSON value as a Report or a Failure (an object with ``error`` and no article)."""
    if not isinstance(value, dict):
        return Bad(where, f"expected a report object, got {type(value).__name__}")
    if not _writable(value):
        return Bad(where, "text with a lone surrogate escape (not a character)")
    model: type[Report] | type[Failure] = (
        Failure if "error" in value and "article" not in value else Report
    )
    try:
        return model.model_validate(value)
    except ValidationError as err:
        kind = "error record" if model is Failure else "report"
        return Bad(where, f"not a valid {kind}: {_reason(err)}")
    except (RecursionError, ValueError, TypeError) as err:  # defensive: a value pydantic chokes on
        return Bad(where, f"not a valid report ({type(err).__name__})")


def records_in(data: bytes, name: str) -> Iterator[Record]:
    """Every record in one file's bytes: a JSON document (object or array) or JSON Lines."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    lines = data.split(b"\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return
    if _whole_document(lines[first]):
        yield from _document(data, name)
        return
    for n, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        where = f"{name}:{n}"
        try:
            value = parse_json(raw.decode("utf-8"))
        except UnicodeDecodeError as err:
            yield Bad(
                where, f"not UTF-8 text (byte {raw[err.start]:#04x} at column {err.start + 1})"
            )
            continue
        except ValueError as err:
            yield Bad(where, str(err))
            continue
        yield validate(value, where)


def _whole_document(first_line: bytes) -> bool:
    """An array, or an object that does not close on its first line (pretty JSON)."""
    head = first_line.strip()
    if head.startswith(b"["):
        return True
    if not head.startswith(b"{"):
        return False
    try:
        parse_json(head.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return True
    return False


def _document(data: bytes, name: str) -> Iterator[Record]:
    try:
        value = parse_json(data.decode("utf-8"))
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        yield Bad(f"{name}:{line}", f"not UTF-8 text (byte {data[err.start]:#04x})")
        return
    except ValueError as err:
        yield Bad(name, str(err))
        return
    if isinstance(value, list):
        for n, item in enumerate(value, start=1):
            yield validate(item, f"{name}: item {n}")
    else:
        yield validate(value, name)


def folder_files(folder: Path) -> list[Path]:
    """The report files of a folder (``--output-dir``), sorted; its own summary files left out."""
    return sorted(
        p
        for p in folder.iterdir()
        if p.is_file()
        and p.suffix.lower() in FOLDER_SUFFIXES
        and p.name not in OWN_FILES
        and not SHARD_FILES.fullmatch(p.name)
        and not p.name.startswith(".")
    )


def read_reports(names: Iterable[str], *, stdin: IO[bytes] | None = None) -> Iterator[Record]:
    """Every record of every file, folder or ``-`` (stdin), in order.

    A name that cannot be read at all (missing, a permission problem) is an InputError naming it:
    that is a usage problem, not a bad record.
    """
    for name in names:
        if name == "-":
            yield from records_in((stdin or sys.stdin.buffer).read(), "<stdin>")
            continue
        path = Path(name)
        if path.is_dir():
            try:
                files = folder_files(path)
            except OSError as err:
                raise InputError(f"{name}: cannot list ({err.strerror or err})") from None
            if not files:
                raise InputError(f"{name}: no report files (.json, .jsonl) in this folder")
        else:
            files = [path]
        for file in files:
            try:
                data = file.read_bytes()
            except OSError as err:
                raise InputError(f"{file}: cannot read ({err.strerror or err})") from None
            yield from records_in(data, os.fspath(file))
