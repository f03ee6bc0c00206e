"""analysis.py without a model: warnings that name an offset quote the text found there."""

from __future__ import annotations

from newsparse.analysis import with_snippet

TEXT = "He said: “we will   win\nnext year and then some more words after that.”"


def test_a_warning_with_an_offset_quotes_the_text_there() -> None:
    got = with_snippet("quotation opened at offset 9 is never closed", TEXT)
    assert got.startswith("quotation opened at offset 9 is never closed: “we will win next year")
    assert got.endswith("…") and "\n" not in got
    assert with_snippet("closing quotation mark without an opening one at 70", TEXT).endswith(": ”")


def test_other_warnings_are_left_alone() -> None:
    assert with_snippet("something odd", TEXT) == "something odd"
    assert with_snippet("unclosed quotation mark at offset 999", TEXT).endswith("999")
