"""The body clean-up: datelines, credit and reprint notes kept out of the text."""

from __future__ import annotations

import pytest

from newsparse.loader import (
    article_from_text,
)
from newsparse.loader.body import classify_note, match_dateline

# --------------------------------------------------------------------------- datelines


@pytest.mark.parametrize(
    ("para", "dateline", "rest"),
    [
        ("KYIV, Ukraine (AP) — Ukraine said", "KYIV, Ukraine (AP)", "Ukraine said"),
        ("(Reuters) - Oil fell", "(Reuters)", "Oil fell"),
        ("(CNN) -- Storms hit", "(CNN)", "Storms hit"),
        ("(CNN)Storms hit", "(CNN)", "Storms hit"),
        ("BUFFALO, N.Y. — A man", "BUFFALO, N.Y.", "A man"),
        ("WASHINGTON — NASA said", "WASHINGTON", "NASA said"),
        ("SIOUX FALLS, S.D. – People", "SIOUX FALLS, S.D.", "People"),
        ("NEW YORK (Reuters) - Stocks", "NEW YORK (Reuters)", "Stocks"),
        ("WASHINGTON (CNN) — The", "WASHINGTON (CNN)", "The"),
        ("Indianapolis – Thousands", "Indianapolis", "Thousands"),
        ("Washington, DC, United States: The", "Washington, DC, United States", "The"),
    ],
)
def test_datelines(para: str, dateline: str, rest: str) -> None:
    assert match_dateline(para) == (dateline, rest)


@pytest.mark.parametrize(
    "para",
    [
        "NASA announced Nov. 18 that it was adding companies.",
        "US-led forces withdrew.",
        "The mayor — who was re-elected — spoke.",
        "A fire yesterday killed five.",
    ],
)
def test_not_datelines(para: str) -> None:
    assert match_dateline(para) is None


def test_dateline_moves_out_of_first_paragraph_only() -> None:
    a = article_from_text("Headline here\n\nLOS ANGELES (AP) — One.\n\nWASHINGTON — Two.")
    assert a.dateline == "LOS ANGELES (AP)"
    assert a.paragraphs == ["One.", "WASHINGTON — Two."]


# --------------------------------------------------------------------------- notes


@pytest.mark.parametrize(
    ("para", "kind", "src"),
    [
        (
            "This article was originally published by Radio Free Europe/Radio Liberty and is "
            "reprinted with permission.",
            "reprint",
            "Radio Free Europe/Radio Liberty",
        ),
        ("Originally published on Live Science.", "reprint", "Live Science"),
        ("Provided by European Space Agency", "reprint", "European Space Agency"),
        ("CNN's Jane Doe contributed to this report.", "credit", None),
        ("This story has been updated with additional developments.", "credit", None),
        ("(Reporting by A. Smith; Editing by B. Jones)", "credit", None),
        ("Fox News Flash top entertainment headlines for Nov. 19", "boilerplate", None),
        ("—Troy Roberts", "boilerplate", None),
        ("___", "boilerplate", None),
        ("Children. Image: Garry Knight (flickr).", "caption", "Garry Knight (flickr)"),
    ],
)
def test_notes(para: str, kind: str, src: str | None) -> None:
    assert classify_note(para) == (kind, src)


@pytest.mark.parametrize(
    "para",
    [
        "The report was published by the agency on Monday and criticised widely, officials said "
        "in a long statement that went on for several more clauses. " * 4,
        "She said the report was originally published too early.",
        "— Yes, I did. I told them so.",
        "Police said the man contributed to the fund.",
    ],
)
def test_body_is_not_a_note(para: str) -> None:
    assert classify_note(para) is None


def test_credits_kept_out_of_body() -> None:
    text = "Headline\n\nOne.\n\nJane Doe contributed to this report.\n\nOriginally published on X."
    a = article_from_text(text)
    assert a.paragraphs == ["One."]
    assert a.credits == ["Jane Doe contributed to this report.", "Originally published on X."]
    assert a.original_source == "X"


def test_source_tag_above_dateline_is_a_credit() -> None:
    a = article_from_text("Headline\n\nCNN\n\nWASHINGTON (CNN) — New laws.\n\nMore.")
    assert a.credits == ["CNN"]
    assert a.dateline == "WASHINGTON (CNN)"
    assert a.paragraphs == ["New laws.", "More."]
