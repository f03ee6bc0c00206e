"""The format registry: every format renders, each knows its stream format, none loads early."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsparse.models import Report
from newsparse.render import (
    FORMATS,
    default_format,
    format_choices,
    get_renderer,
    stream_format,
    variant,
)

ROOT = Path(__file__).resolve().parents[2]


ESSENTIALS = {
    "csv:articles": ("Smith vows | victory", "Jo Writer"),
    "csv:entities": ("Anna Smith", "party leader"),
    "csv:claims": ("Anna Smith", "We will win"),
    "csv:voices": ("Anna Smith", "female", "pronoun:she@15-18", "official"),
}


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_renders_the_essentials(fmt: str, report: Report) -> None:
    out = io.StringIO()
    get_renderer(fmt)(report, out, top=5)
    text = out.getvalue()
    for needle in ESSENTIALS.get(fmt, ("Anna Smith", "We will win")):
        assert needle in text


def test_choices_and_variants() -> None:
    assert format_choices() == ["rich", "json", "jsonl", "markdown", "html", "csv"]
    assert variant("csv", table="claims") == "csv:claims" in FORMATS
    assert variant("rich", by_speaker=True) == "rich:by-speaker" in FORMATS
    assert variant("json") == "json"
    for bad in (
        {"name": "csv"},
        {"name": "json", "table": "quotes"},
        {"name": "html", "by_speaker": True},
    ):
        with pytest.raises(ValueError):
            variant(**bad)  # type: ignore[arg-type]


def test_streams_and_defaults_are_registered_formats() -> None:
    assert stream_format(None) == stream_format("json") == stream_format("jsonl") == "jsonl"
    assert stream_format("rich") == "rich" and stream_format("markdown") == "markdown"
    assert {default_format(terminal=True), default_format(terminal=False)} == {"rich", "json"}
    assert {r.stream for r in FORMATS.values()} <= set(FORMATS)
    assert [name for name, r in FORMATS.items() if r.records] == ["jsonl"]


def test_the_registry_imports_no_renderer_until_one_is_used() -> None:
    code = (
        "import sys, newsparse.render; sys.exit('rich' in sys.modules or 'pydantic' in sys.modules)"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    assert subprocess.run([sys.executable, "-c", code], env=env).returncode == 0
