"""Renderers: one module per output format, looked up by name in ``FORMATS``.

``FORMATS`` is the only list of format names: the CLI's ``--format`` choices and the batch
output come from it. Each entry imports its module on first use, so importing this package (as
the CLI does for ``--help``) loads neither Rich nor Pydantic. A format's variants (a CSV table,
the Rich view grouped by speaker) are entries of their own, named ``format:variant`` and left
out of the choices: the CLI's options pick them (``variant``), and a batch run passes the name
along like any other.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from newsparse.models import Failure, Report


TABLES = ("quotes", "claims", "entities", "voices", "articles")
"""The flat tables of a report (``newsparse.tables``), named here so the CLI need not import it."""


class Renderer:
    """One output format: its render function, and what a batch run needs to know about it."""

    name: str
    target: str
    """``module:function``, imported on the first call."""
    stream: str
    """The format used when many records share one output: pretty JSON becomes JSON Lines."""
    records: bool
    """It writes every record, error records too, and also takes a record as the JSON text that
    batch workers send back, whole or in pieces (written as is: the same bytes, no re-parsing)."""

    listed: bool
    """Offered as a ``--format`` choice (variants are reached through options instead)."""

    def __init__(
        self,
        name: str,
        target: str,
        *,
        stream: str | None = None,
        records: bool = False,
        listed: bool = True,
    ) -> None:
        self.name = name
        self.target = target
        self.stream = stream or name
        self.records = records
        self.listed = listed
        self._func: Callable[..., None] | None = None

    def __call__(
        self, record: Report | Failure | str | Iterable[str], out: IO[str], *, top: int = 10
    ) -> None:
        """Write one record; the human formats (rich, markdown) take a Report only, the
        ``records`` ones its JSON too, whole or in pieces."""
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
        Renderer("rich:by-speaker", "newsparse.render.rich:render_by_speaker", listed=False),
        *(
            Renderer(f"csv:{table}", f"newsparse.render.csv:render_{table}", listed=False)
            for table in TABLES
        ),
    )
}
"""Format name -> renderer."""

TABLE_FORMATS = ("csv",)
"""Formats that are one table of a report; ``--table`` picks which (``csv:<table>``)."""


def format_choices() -> list[str]:
    """The ``--format`` choices: listed formats and the table formats."""
    return [name for name, r in FORMATS.items() if r.listed] + list(TABLE_FORMATS)


def variant(name: str, *, table: str | None = None, by_speaker: bool = False) -> str:
    """The registered format for a choice and its options (``csv`` + quotes -> ``csv:quotes``);
    ValueError with a one-line reason when they do not go together."""
    if name in TABLE_FORMATS:
        if table is None:
            raise ValueError(f"--format {name} needs --table {'|'.join(TABLES)}")
        name = f"{name}:{table}"
    elif table is not None:
        raise ValueError(f"--table goes with --format csv, not --format {name}")
    if by_speaker:
        if name != "rich":
            raise ValueError(f"--by-speaker is a view of the rich format, not of {name}")
        name = "rich:by-speaker"
    return name


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
