"""The HTML report in a real headless Chromium: it loads cleanly, highlights sit at the report's
offsets, the panels work, and a screenshot is made.

Chromium is Debian's (``.ci/run`` installs it); outside CI the tests skip when it is absent.
Set ``NEWSPARSE_SCREENSHOTS=docs/img`` to write the README's screenshot there.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsparse.models import Report
from newsparse.render.html import article_page

from .browser import Browser, chromium_path
from .test_html import merged

ROOT = Path(__file__).resolve().parents[2]

OFFSETS_JS = """(() => {
  const root = document.getElementById('text');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const spans = {}; const mentions = {}; let pos = 0;
  while (walker.nextNode()) {
    const node = walker.currentNode, end = pos + node.data.length, el = node.parentElement;
    if (el.classList.contains('q'))
      for (const i of el.dataset.q.split(' ')) (spans[i] = spans[i] || []).push([pos, end]);
    if (el.classList.contains('m') && el.classList.contains('on'))
      for (const e of el.dataset.e.split(' ')) (mentions[e] = mentions[e] || []).push([pos, end]);
    pos = end;
  }
  return {text: root.textContent, spans: spans, mentions: mentions};
})()"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    path = chromium_path()
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed (.ci/run installs it)")
        pytest.skip("chromium is not installed")
    with Browser(path) as b:
        yield b


def _check_page(browser: Browser, report: Report, tmp_path: Path, name: str) -> dict:
    page = tmp_path / f"{name}.html"
    page.write_text(article_page(report), encoding="utf-8")
    browser.open(page)
    assert browser.problems() == []
    seen = browser.evaluate(OFFSETS_JS)
    assert seen["text"] == report.article.text
    for i, quote in enumerate(report.quotes):
        want = merged([(s.start, s.end) for s in quote.spans])
        assert merged([tuple(x) for x in seen["spans"].get(str(i), [])]) == want, quote.text
    assert set(seen["spans"]) == {str(i) for i in range(len(report.quotes))}
    return seen


def _click(browser: Browser, selector: str) -> None:
    browser.evaluate(f"document.querySelector({selector!r}).click()")


def test_page_loads_clean_and_highlights_match_offsets(
    browser: Browser, report: Report, tmp_path: Path
) -> None:
    _check_page(browser, report, tmp_path, "small")
    _click(browser, "#text .q")
    assert "Anna Smith" in browser.evaluate("document.getElementById('pop').textContent")
    assert "on Telegram" in browser.evaluate("document.getElementById('pop').textContent")
    assert browser.evaluate("document.getElementById('pop').classList.contains('show')")
    _click(browser, 'tr[data-entity="e1"]')
    seen = browser.evaluate(OFFSETS_JS)
    want = merged([(m.start, m.end) for m in report.entities[0].mentions])
    assert merged([tuple(x) for x in seen["mentions"]["e1"]]) == want
    assert browser.problems() == []


def test_a_voices_row_goes_to_its_first_quote(
    browser: Browser, report: Report, tmp_path: Path
) -> None:
    _check_page(browser, report, tmp_path, "voices")
    assert browser.evaluate("document.querySelectorAll('#voices tbody tr').length") == 1
    _click(browser, '#voices tr[data-voice="v1"]')
    flashed = browser.evaluate(
        "[...document.querySelectorAll('#text .q.flash')].map(e => e.dataset.q)"
    )
    assert flashed and all("0" in q.split() for q in flashed)
    assert browser.problems() == []


@pytest.mark.model
def test_real_article_page_and_screenshot(browser: Browser, tmp_path: Path) -> None:
    from newsparse import analyze, load_article

    report = analyze(load_article(ROOT / "data" / "amn-2025-11-20-us-russia-peace-plan.txt"))
    assert report.quotes and report.claims
    _check_page(browser, report, tmp_path, "sample")
    # claims sort by check-worthiness and filter by claimer type
    _click(browser, "#claims-table th.sort[data-key=cw]")
    scores = browser.evaluate(
        "[...document.querySelectorAll('#claims-table tbody tr')].map(r => +r.dataset.cw)"
    )
    assert scores == sorted(scores, reverse=True)
    browser.evaluate(
        "const s = document.getElementById('claimer-filter'); s.value = 'person';"
        "s.dispatchEvent(new Event('change'))"
    )
    shown = browser.evaluate(
        "[...document.querySelectorAll('#claims-table tbody tr')].filter(r => !r.hidden)"
        ".map(r => r.dataset.type)"
    )
    assert shown and set(shown) == {"person"}
    # a click on a direct quote shows who said it, the cue and the claims it feeds
    first = next(i for i, q in enumerate(report.quotes) if q.kind == "direct" and q.speaker)
    browser.evaluate(
        f"const el = document.querySelector('#text .q.qd[data-q~=\"{first}\"]');"
        "el.scrollIntoView({block: 'center'}); const r = el.getBoundingClientRect();"
        "el.dispatchEvent(new MouseEvent('click', {bubbles: true, clientX: r.left + 30,"
        " clientY: r.bottom}))"
    )
    popover = browser.evaluate("document.getElementById('pop').textContent")
    speaker = report.quotes[first].speaker
    assert speaker is not None and (speaker.name or speaker.text) in popover
    assert "direct quote" in popover
    assert browser.problems() == []
    out_dir = Path(os.environ.get("NEWSPARSE_SCREENSHOTS") or tmp_path)
    shot = browser.screenshot(out_dir / "html-report.png")
    assert shot.stat().st_size > 10_000 and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.model
def test_terminal_view_screenshot(browser: Browser, tmp_path: Path) -> None:
    """The README's picture of the terminal view: Rich's own SVG export, photographed."""
    from rich.console import Console

    from newsparse import analyze, load_article
    from newsparse.render.rich import render_view

    report = analyze(load_article(ROOT / "data" / "amn-2025-11-20-us-russia-peace-plan.txt"))
    console = Console(
        record=True, width=100, force_terminal=True, color_system="truecolor", file=io.StringIO()
    )
    console.print(render_view(report, top=3))
    svg = console.export_svg(
        title="newsparse summarize data/amn-2025-11-20-us-russia-peace-plan.txt --top 3"
    )
    svg = re.sub(r"@font-face\s*\{[^}]*\}", "", svg)  # Rich links a web font: stay offline
    page = tmp_path / "terminal.html"
    page.write_text(f"<!DOCTYPE html><html><body style='margin:0'>{svg}</body></html>")
    browser.open(page)
    assert browser.problems() == []
    width, height = browser.evaluate(
        "(() => { const r = document.querySelector('svg').getBoundingClientRect();"
        " return [Math.ceil(r.width), Math.ceil(r.height)]; })()"
    )
    assert "+" in svg and "more" in svg  # the view says what it leaves out
    browser.call(
        "Emulation.setDeviceMetricsOverride",
        session=True,
        width=width,
        height=min(height, 1800),
        deviceScaleFactor=1,
        mobile=False,
    )
    out_dir = Path(os.environ.get("NEWSPARSE_SCREENSHOTS") or tmp_path)
    shot = browser.screenshot(out_dir / "terminal-view.png")
    assert shot.stat().st_size > 10_000
