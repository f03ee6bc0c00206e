"""Source types from roles and frames, with the words that decided them."""

from __future__ import annotations

import pytest

from newsparse.extract.voices.source_type import body_table, role_matches, source_type
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


SPACEX = {("spacex",): "organisation"}


@pytest.mark.parametrize(
    ("voice_type", "names", "roles", "bodies", "expected"),
    [
        # A leading role serves the body it names: a company's president speaks for it.
        (
            "person",
            ["Gwynne Shotwell"],
            ["president and chief operating officer of SpaceX"],
            SPACEX,
            ("organisation", ["chief operating officer", "president"]),
        ),
        ("person", ["Volodymyr Zelenskyy"], ["President"], {}, ("official", ["president"])),
        (
            "person",
            ["Mark Quinlan"],
            ["PG&E's senior director of emergency preparedness"],
            {("pg", "e"): "organisation"},
            ("organisation", ["director"]),
        ),
        ("person", ["Ann Lee"], ["Defense Secretary"], {}, ("official", ["secretary"])),
        # Company titles, sports coaches, the head word of a role.
        (
            "person",
            ["Walt Disney Co. executive Kevin Mayer"],
            [],
            {},
            ("organisation", ["executive"]),
        ),
        ("person", ["Oklahoma City coach Billy Donovan"], [], {}, ("public", ["coach"])),
        (
            "person",
            ["Omar Lamrani"],
            ["senior military analyst at Stratfor"],
            {},
            ("expert", ["analyst"]),
        ),
        ("person", ["Phil Levy"], ["chief economist at Flexport"], {}, ("expert", ["economist"])),
        # No role word: the body the role names.
        (
            "person",
            ["Alexander Vindman"],
            ["Ukraine specialist on the National Security Council"],
            {},
            ("official", ["council"]),
        ),
        ("description", ["teachers unions"], [], {}, ("organisation", ["unions"])),
        # An unnamed group named by its role has the role's type; one unnamed source does not.
        ("anonymous", ["Israeli officials"], [], {}, ("official", ["officials"])),
        ("anonymous", ["Washington-based analysts"], [], {}, ("expert", ["analysts"])),
        ("anonymous", ["a Ukrainian official"], [], {}, ("anonymous", ["official"])),
        (
            "anonymous",
            ["independent analysts and sources in the camp"],
            [],
            {},
            ("anonymous", ["analysts", "sources"]),
        ),
        # An institution: a state body, a non-state one, an outlet.
        ("organization", ["NASA"], [], {}, ("official", ["nasa"])),
        (
            "organization",
            ["Swedish Prosecution Authority"],
            [],
            {},
            ("official", ["prosecution", "authority"]),
        ),
        (
            "organization",
            ["Indiana State Teachers Association"],
            [],
            {},
            ("organisation", ["association"]),
        ),
        ("organization", ["CBS DFW"], [], {}, ("media", ["cbs"])),
        # A person the tagger called an organisation keeps a person's role.
        (
            "organization",
            ["Eswar Prasad"],
            ["trade professor at Cornell"],
            {},
            ("expert", ["professor"]),
        ),
        # A case report or study is no outlet; an outlet named like a profession is.
        ("media", ["a new case report"], [], {}, ("expert", ["case report"])),
        ("media", ["The Economist"], [], {}, ("media", ["economist"])),
    ],
)
def test_source_type_by_body_head_and_group(voice_type, names, roles, bodies, expected) -> None:
    got = source_type(voice_type, names=names, roles=roles, lex=LEX, bodies=bodies)
    assert got == expected


def test_body_table_kinds() -> None:
    table = body_table(
        [("SpaceX", "ORG"), ("Police Federation", "ORG"), ("NBC News", "ORG"), ("Ukraine", "GPE")],
        LEX,
    )
    assert table == {
        ("spacex",): "organisation",
        ("police", "federation"): "organisation",  # the non-state word wins
        ("nbc", "news"): "media",
        ("ukraine",): "place",
    }


def test_the_head_of_a_role_decides() -> None:
    assert role_matches(["Police spokesman Jo Roe"], LEX) == {"spokesperson": ["spokesman"]}
    assert role_matches(["the singer and guitarist"], LEX) == {"public": ["singer", "guitarist"]}
