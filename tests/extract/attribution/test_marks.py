"""Pairing quotation marks in raw text: every style, nesting, paragraphs, unbalanced marks."""

from __future__ import annotations

import pytest

from newsparse.extract.attribution.marks import find_quotes, find_single_quotes


def pieces(text: str, warnings: list[str] | None = None) -> list[list[str]]:
    return [[text[a:b] for a, b in q.pieces] for q in find_quotes(text, warnings)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said “yes.” Then left.", [["“yes.”"]]),
        ('He said "yes." Then "no."', [['"yes."'], ['"no."']]),
        ("He said ''yes,'' and ''no.''", [["''yes,''"], ["''no.''"]]),
        ("Il a dit «oui» hier.", [["«oui»"]]),
        ("“Outer ‘inner’ end,” she said.", [["“Outer ‘inner’ end,”"]]),
        ('Mixed “pair" here.', [['“pair"']]),
        ('Mixed "pair” here.', [['"pair”']]),
        ("Trump’s plan and the ’90s: no quotes.", []),
        ("''Inner 'nested' words,'' he said.", [["''Inner 'nested' words,''"]]),
        ('A "“quoted” inside" case.', [['"“quoted” inside"']]),
        ('<tweet author="abc" id="1">text</tweet>', []),
        ("Wrong way “title“ mark.", [["“title“"]]),
        ("AP style: ‘‘It’s done,’’ he said.", [["‘‘It’s done,’’"]]),  # two singles, one mark
        ("Intro.\n” … the train has left,” wrote Time.", [["” … the train has left,”"]]),
    ],
)
def test_marks(text, expected) -> None:
    assert pieces(text) == expected


def test_multi_paragraph_quote_is_one_quotation() -> None:
    text = "“First paragraph goes on\n\n“Second one ends here,” she said."
    (q,) = find_quotes(text)
    assert [text[a:b] for a, b in q.pieces] == [
        "“First paragraph goes on",
        "“Second one ends here,”",
    ]
    assert q.closed


def test_unclosed_quote_warns_and_does_not_raise() -> None:
    warnings: list[str] = []
    text = "He said “this never closes.\n\nNext paragraph."
    (q,) = find_quotes(text, warnings)
    assert not q.closed
    assert text[q.pieces[0][0] : q.pieces[0][1]] == "“this never closes."
    assert warnings and "never closed" in warnings[0]


def test_stray_closing_mark_warns() -> None:
    warnings: list[str] = []
    assert pieces("A stray” mark.", warnings) == []
    assert warnings


@pytest.mark.parametrize("text", ["“", "”", '"', "''", "“a “b", "«", "»»", '" " "', "\n“\n”\n"])
def test_garbage_never_raises(text) -> None:
    find_quotes(text, [])


def test_single_quotes_as_headline_marks() -> None:
    text = "Clinton Says Trump ‘Unfit’ and Trump’s ‘Big Plan’ Fails"
    found = [text[a:b] for a, b in find_single_quotes(text, 0, len(text))]
    assert found == ["‘Unfit’", "‘Big Plan’"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said. “They see that. “\nNext one.", [["“They see that. “"]]),
        ("From the poll: “Nobody knew.“[HuffPost.]\nNext.", [["“Nobody knew.“"]]),
    ],
)
def test_an_opening_shaped_mark_last_in_a_paragraph_or_before_a_bracket_closes(
    text, expected
) -> None:
    assert pieces(text) == expected


def test_a_nyt_closing_mark_after_a_nested_single_takes_the_last_two() -> None:
    text = "''I would use the word 'old-school,''' said Mr. Slayton."
    assert pieces(text) == [["''I would use the word 'old-school,'''"]]
