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
        ("Write to Alejandro de la Garza at alejandro.delagarza@time.com", "boilerplate", None),
        ("Contact Jane Doe at jdoe@example.co.uk.", "boilerplate", None),
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
        "She said she would write to the minister at once.",
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


# --------------------------------------------------------------------------- closing link lists

STORY = "Headline\n\nThe council met on Monday.\n\nIt approved the budget, the mayor said."


def test_closing_link_list_is_boilerplate() -> None:
    links = [
        "More Must-Reads From TIME",
        "- The Struggle to Save Lives Inside Gaza’s Hospitals",
        "- Is Using the Snooze Button Bad for You?",
        "- The Best Inventions of 2023",
    ]
    a = article_from_text(STORY + "\n\n" + "\n\n".join(links))
    assert a.paragraphs[-1] == "It approved the budget, the mayor said."
    assert "Gaza" not in a.text


@pytest.mark.parametrize(
    "tail",
    [
        # a list inside the story, under a heading that is a sentence of it
        ["Here are the highlights:", "- The budget grows", "- Taxes stay flat"],
        # items that are sentences
        ["Related coverage", "- The budget grows.", "- Taxes stay flat."],
        # no heading that names a list of links
        ["What the council voted for", "- The budget", "- The new school"],
        # one item only
        ["Related stories", "- The budget grows"],
    ],
)
def test_a_list_that_is_part_of_the_story_stays(tail: list[str]) -> None:
    a = article_from_text(STORY + "\n\n" + "\n\n".join(tail))
    assert a.paragraphs[-len(tail) :] == tail


def test_a_link_list_in_the_middle_stays() -> None:
    links = ["Related stories", "- The Budget Grows", "- Taxes Stay Flat"]
    a = article_from_text(STORY + "\n\n" + "\n\n".join(links) + "\n\nThe vote was 7-2.")
    assert a.paragraphs[-1] == "The vote was 7-2." and "Related stories" in a.paragraphs


def test_time_page_ends_with_its_story() -> None:
    from pathlib import Path

    from newsparse.loader import load_article

    page = Path("../shared/corpus/html/time_001.html")
    if not page.exists():
        pytest.skip("the shared corpus is not beside the repo")
    a = load_article(page)
    assert a.paragraphs[-1].endswith("agreed to by a broad swath of countries.”")
    assert "More Must-Reads" not in a.text and "@time.com" not in a.text
