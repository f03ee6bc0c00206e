"""The terminal view: hedges only on hedged claims, plain text when not on a terminal."""

from __future__ import annotations

import io

from newsparse.models import Report
from newsparse.render import get_renderer


def test_rich_shows_hedges_only_on_hedged_claims(report: Report) -> None:
    claim = report.claims[0]
    hedged = claim.model_copy(update={"hedged": True, "hedges": ["might", "not (negation)"]})
    negated = claim.model_copy(update={"hedged": False, "hedges": ["not (negation)"]})
    for c, expect, refuse in (
        (hedged, "hedged: might", "hedged: not"),
        (negated, "negated", "hedged"),
    ):
        out = io.StringIO()
        get_renderer("rich")(report.model_copy(update={"claims": [c]}), out)
        assert expect in out.getvalue()
        assert refuse not in out.getvalue()


def test_rich_plain_when_not_a_terminal(report: Report) -> None:
    out = io.StringIO()
    get_renderer("rich")(report, out)
    assert "\x1b[" not in out.getvalue()
    assert "she" in out.getvalue() and "on Telegram" in out.getvalue()
