"""Source types from roles and frames, with the words that decided them."""

from __future__ import annotations

import pytest

from newsparse.extract.voices.source_type import role_matches, source_type
from newsparse.lexicon.voices import voice_lexicon

LEX = voice_lexicon()


@pytest.mark.parametrize(
    ("voice_type", "names", "roles", "expected"),
    [
        ("person", ["Dan Fried"], ["former US diplomat"], ("official", ["diplomat"])),
        ("person", ["Jo Roe"], ["professor of history"], ("expert", ["professor"])),
        ("person", ["Police spokesman Mariusz Ciarka"], [], ("spokesperson", ["spokesman"])),
        ("person", ["Carlineo's attorney, Sonya Zoghlin"], [], ("spokesperson", ["attorney"])),
        ("person", ["U.S. Attorney Nealy Cox"], [], ("official", ["u.s. attorney"])),
        ("person", ["host Tom Bergeron"], [], ("media", ["host"])),
        ("person", ["the singer and guitarist"], [], ("public", ["singer", "guitarist"])),
        ("person", ["Tom Johnston"], [], ("public", [])),
        ("description", ["the victim's mother"], [], ("public", ["mother"])),
        (
            "organization",
            ["Fort Worth Police Department"],
            [],
            ("official", ["police", "department"]),
        ),
        ("organization", ["WeWork"], ["a coworking company"], ("organisation", [])),
        ("media", ["Reuters"], [], ("media", ["reuters"])),
        (
            "anonymous",
            ["two people familiar with the matter"],
            [],
            ("anonymous", ["familiar with", "people"]),
        ),
        ("anonymous", ["a WeWork spokesperson"], [], ("spokesperson", ["spokesperson"])),
    ],
)
def test_source_type(voice_type, names, roles, expected) -> None:
    assert source_type(voice_type, names=names, roles=roles, lex=LEX) == expected


def test_a_phrase_uses_its_words_once() -> None:
    assert role_matches(["his chief of staff"], LEX) == {"official": ["chief of staff"]}
    assert role_matches(["lawyer for the president"], LEX) == {"spokesperson": ["lawyer"]}


def test_abbreviated_titles() -> None:
    assert source_type("person", names=["Sen. Jo Roe"], roles=[], lex=LEX) == ("official", ["sen"])
    assert source_type("person", names=["Dr. Ann Poe"], roles=[], lex=LEX) == ("expert", ["dr"])
