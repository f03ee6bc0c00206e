"""Renderers: one module per output format, looked up by name in ``FORMATS``.

``FORMATS`` is the only list of format names: the CLI's ``--format`` choices and the batch
output come from it. Each entry imports its module on first use, so importing this package (as
the CLI does for ``--help``) loads neither Rich nor Pydantic.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from newsparse.models import Failure, Report


class Renderer:
    """One output format: its render function, and what a batch run needs to know about it."""

    name: str
    target: str
    """``module:function``, imported on the first call."""
    stream: str
    """The format used when many records share one output: pretty JSON becomes JSON Lines."""
    records: bool
    """It writes every record, error records too, and also takes a record as the JSON text that
    batch workers send back (written as is: the same bytes, no re-parsing)."""

    def __init__(
        self, name: str, target: str, *, stream: str | None = None, records: bool = False
    ) -> None:
        self.name = name
        self.target = target
        self.stream = stream or name
        self.records = records
        self._func: Callable[..., None] | None = None

    def __call__(self, record: Report | Failure | str, out: IO[str], *, top: int = 10) -> None:
        """Write one record; the human formats (rich, markdown) take a Report only."""
        if self._func is None:
            module, func = self.target.split(":")
            self._func = getattr(importlib.import_module(module), func)
        self._func(record, out, top=top)

    def __repr__(self) -> str:
        return f"Renderer({self.name!r}, {self.target!r})"


FORMATS: dict[str, Renderer] = {
    r.name: r
    for r in (
        Renderer("rich", "newsparse.render.rich:render"),
        Renderer("json", "newsparse.render.json:render", stream="jsonl"),
        Renderer("jsonl", "newsparse.render.json:render_line", records=True),
        Renderer("markdown", "newsparse.render.markdown:render"),
        Renderer("html", "newsparse.render.html:render"),
    )
}
"""Format name -> renderer."""

TERMINAL_FORMAT = "rich"
PIPED_FORMAT = "json"
"""One report's format when none is asked for: a view on a terminal, JSON for scripts."""
STREAM_FORMAT = "jsonl"
"""Many records' format when none is asked for."""


def get_renderer(name: str) -> Renderer:
    """The renderer for a format name (names are validated by the CLI)."""
    return FORMATS[name]


def stream_format(name: str | None) -> str:
    """The format of a run that writes many records to one output."""
    return FORMATS[name].stream if name else STREAM_FORMAT


def default_format(*, terminal: bool) -> str:
    """The format of one report when none is asked for."""
    return TERMINAL_FORMAT if terminal else PIPED_FORMAT
