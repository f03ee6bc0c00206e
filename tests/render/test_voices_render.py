"""The Voices table in every human-facing view and the CSV voices table."""

from __future__ import annotations

import csv
import io

from newsparse.models import Report
from newsparse.render import get_renderer


def _out(fmt: str, report: Report, top: int = 10) -> str:
    out = io.StringIO()
    get_renderer(fmt)(report, out, top=top)
    return out.getvalue()


def test_rich_voices_table(report: Report) -> None:
    text = _out("rich", report)
    assert "Voices" in text
    block = text[text.index("Voices") :]
    for needle in ("Anna Smith", "official", "(leader)", "female", "(she)", "3 (100%)"):
        assert needle in block


def test_markdown_voices_table(report: Report) -> None:
    text = _out("markdown", report)
    assert "## Voices" in text
    assert (
        "| Anna Smith (party leader) | official (leader) | 1 + 0 | 3 (100%) | female (she) |"
        in text
    )


def test_html_voices_section(report: Report) -> None:
    page = _out("html", report)
    section = page[page.index('<section id="voices">') :]
    section = section[: section.index("</section>")]
    assert 'data-voice="v1"' in section and 'data-goto="0"' in section
    assert "Anna Smith" in section and "official" in section and "female" in section
    assert "pronoun: she (at 15)" in section  # the evidence, on hover


def test_csv_voices_rows(report: Report) -> None:
    rows = list(csv.DictReader(io.StringIO(_out("csv:voices", report))))
    assert len(rows) == 1
    row = rows[0]
    assert (row["voice_id"], row["entity_id"], row["name"], row["gender"]) == (
        "v1",
        "e1",
        "Anna Smith",
        "female",
    )
    assert row["gender_evidence"] == "pronoun:she@15-18"
    assert (row["source_type"], row["source_type_words"], row["quote_indexes"]) == (
        "official",
        "leader",
        "0",
    )


def test_no_voices_no_table(report: Report) -> None:
    bare = report.model_copy(update={"voices": []})
    assert "Voices" not in _out("rich", bare)
    assert "## Voices" not in _out("markdown", bare)
    assert "No attributed quotes." in _out("html", bare)
