"""JSON renderers: pretty for one report, one compact line per record for streams."""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO

from pydantic import BaseModel


def to_json(record: BaseModel, *, indent: int | None = None) -> str:
    """Serialise any report or failure record; None fields are kept so the shape is stable."""
    return record.model_dump_json(indent=indent)


def render(report: BaseModel, out: IO[str], *, top: int = 0) -> None:
    """Pretty JSON; ``top`` is accepted for a uniform signature and ignored (JSON is complete)."""
    out.write(to_json(report, indent=2) + "\n")


def render_line(record: BaseModel | str | Iterable[str], out: IO[str], *, top: int = 0) -> None:
    """One compact line: JSON Lines streams. A record may come already serialised (the compact
    JSON that batch workers send back), which is written as is, or as pieces of that JSON (a
    long report's), written as they come."""
    if isinstance(record, BaseModel):
        out.write(to_json(record))
    elif isinstance(record, str):
        out.write(record)
    else:
        for piece in record:
            out.write(piece)
    out.write("\n")
