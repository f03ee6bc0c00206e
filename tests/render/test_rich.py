"""The terminal view: nothing cut silently, names whole at 80 columns, colour with meaning (and
none under NO_COLOR), the sourcing profile, quotes grouped by speaker."""

from __future__ import annotations

import io
import re

import pytest

from newsparse.models import Claim, Claimer, Quote, Report, Span, Speaker
from newsparse.render import get_renderer
from newsparse.render.rich import legend, rank_claims
from report_factory import tiny_report

COLOR = re.compile(r"\x1b\[[0-9;]*(?:3[0-9]|4[0-9]|9[0-7])[0-9;]*m")
"""An SGR sequence that sets a colour (bold and italic are not colours)."""


def show(report: Report, *, fmt: str = "rich", top: int = 10) -> str:
    out = io.StringIO()
    get_renderer(fmt)(report, out, top=top)
    return out.getvalue()


def test_rich_shows_hedges_only_on_hedged_claims(report: Report) -> None:
    claim = report.claims[0]
    hedged = claim.model_copy(update={"hedged": True, "hedges": ["might", "not (negation)"]})
    negated = claim.model_copy(update={"hedged": False, "hedges": ["not (negation)"]})
    for c, expect, refuse in (
        (hedged, "hedged: might", "hedged: not"),
        (negated, "negated", "hedged:"),
    ):
        text = show(report.model_copy(update={"claims": [c]}))
        assert expect in text
        assert refuse not in text


def test_plain_when_not_a_terminal(report: Report) -> None:
    text = show(report)
    assert "\x1b[" not in text
    assert "Anna Smith" in text and "Telegram" in text


def test_colour_on_a_terminal_and_none_under_no_color(
    report: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert COLOR.search(show(report))
    monkeypatch.setenv("NO_COLOR", "1")
    text = show(report)
    assert not COLOR.search(text) and "Anna Smith" in text


def test_legend_fits_one_line_and_explains_the_signs() -> None:
    line = legend().plain
    assert len(line) <= 80 and "\n" not in line
    for sign in ("×", "Check", "direct", "[reported]", "anonymous", "hedged"):
        assert sign in line


def _crowded() -> Report:
    """Twelve places, forty quotes by long-named people, one quoted person with one dull claim."""
    base = tiny_report("c", [(f"Place{i}", "GPE", 1) for i in range(12)])
    text = base.article.text
    names = ["Oleksandra Svyrydenko-Kovalenko", "Bartholomew Featherstonehaugh", "Jo Li"]
    quotes = [
        Quote(
            text=f"quote number {i}",
            kind="direct" if i % 2 else "indirect",
            spans=[Span(start=0, end=1)],
            speaker=Speaker(text=names[i % 3], name=names[i % 3], start=0, end=1),
            paragraph=0,
        )
        for i in range(40)
    ]
    loud = [
        Claim(
            text=f"loud claim {i}",
            spans=[Span(start=i, end=i + 1)],
            paragraph=0,
            claimer=Claimer(type="person", name="Bartholomew Featherstonehaugh"),
            checkworthiness=0.9,
        )
        for i in range(12)
    ]
    quiet = Claim(
        text="the quiet one's only claim",
        spans=[Span(start=30, end=31)],
        paragraph=0,
        claimer=Claimer(type="person", name="Jo Li"),
        checkworthiness=0.1,
    )
    article = base.article.model_copy(update={"text": text})
    return base.model_copy(update={"article": article, "quotes": quotes, "claims": [*loud, quiet]})


@pytest.mark.parametrize("width", [80, 120, 200])
def test_names_whole_and_nothing_cut_silently(width: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    text = show(_crowded(), top=10)
    assert max(len(line) for line in text.splitlines()) <= width
    assert "…" not in text  # Rich's ellipsis: nothing truncated
    words = set(text.split())
    assert {"Oleksandra", "Svyrydenko-Kovalenko", "Featherstonehaugh"} <= words
    assert "+2 more places" in text
    assert "+10 more quotes" in text  # 40 quotes, top 10 -> 30 shown
    assert "the quiet one's only claim" in text  # one claim per claimer at least
    assert "+3 more claims: named people" in text
    every = show(_crowded(), top=0)
    assert "more" not in every and "Place11" in every and "quote number 39" in every


def test_every_claimer_keeps_a_claim() -> None:
    shown, hidden = rank_claims(_crowded().claims, 2)["person"]
    assert {c.claimer.name for c in shown} == {"Bartholomew Featherstonehaugh", "Jo Li"}
    assert (len(shown), hidden) == (2, 11)


def test_speaker_shown_once_and_the_written_form_only_when_it_adds(report: Report) -> None:
    quote = report.quotes[0]
    full = Speaker(text="US Secretary of State Marco Rubio", name="Marco Rubio", start=0, end=1)
    pronoun = Speaker(text="he", name="Marco Rubio", start=0, end=1)
    for speaker, written in ((full, False), (pronoun, True)):
        one = quote.model_copy(update={"speaker": speaker})
        words = show(report.model_copy(update={"quotes": [one]})).split()
        assert "Rubio" in words and "Secretary" not in words
        assert ("(he)" in words) is written


def test_sourcing_profile_is_shown(report: Report) -> None:
    sourced = tiny_report("s", named=3, anonymous=1)
    text = show(sourced)
    assert "Sourcing of 4 claims" in text and "named 3" in text and "anonymous 1" in text


def test_by_speaker_groups_quotes_per_person(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "120")
    text = show(_crowded(), fmt="rich:by-speaker", top=0)
    assert "Quotes by speaker" in text
    assert text.count("Featherstonehaugh") >= 1 and "14 quotes" in text and "13 quotes" in text
    first = text.index("Oleksandra")
    assert (
        first
        < text.index("quote number 0")
        < text.index("quote number 3")
        < text.index("Bartholomew")
    )
