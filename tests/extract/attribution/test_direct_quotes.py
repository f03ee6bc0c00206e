"""Direct quotes on any outlet's page (issue 11): quotations the marks pair, quotes that are
no quotations (fragments and titles in the article's voice) and the kind of a quote whose
frame words sit around it."""

from __future__ import annotations

import pytest

from newsparse.extract.attribution.core import quotations
from reported_helpers import run


def _quoted(text: str) -> list[list[str]]:
    return [[text[a:b] for a, b in pieces] for pieces, _closed in quotations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence that opens with a handle is a quotation; a bare handle or link is not
        (
            '"@Jane and I have been there before.\n\n"But it was worth it," he wrote.',
            [['"@Jane and I have been there before.', '"But it was worth it,"']],
        ),
        ('He tagged "@Jane" and "https://example.com" in it.', []),
        ('Use "#MeToo" here.', []),
    ],
)
def test_handles_links_and_hashtags(text, expected) -> None:
    assert _quoted(text) == expected
