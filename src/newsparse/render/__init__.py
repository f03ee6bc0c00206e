"""Renderers: one module per output format, looked up by name in ``FORMATS``."""

from __future__ import annotations

import importlib
from typing import IO, Protocol

from newsparse.models import Report


class Renderer(Protocol):
    def __call__(self, report: Report, out: IO[str], *, top: int = ...) -> None: ...


FORMATS: dict[str, str] = {
    "rich": "newsparse.render.rich:render",
    "json": "newsparse.render.json:render",
    "jsonl": "newsparse.render.json:render_line",
    "markdown": "newsparse.render.markdown:render",
}
"""Format name -> 'module:function'; imported on use so Rich loads only when needed."""


def get_renderer(name: str) -> Renderer:
    """The renderer for a format name (names are validated by the CLI)."""
    module, func = FORMATS[name].split(":")
    return getattr(importlib.import_module(module), func)  # type: ignore[no-any-return]
