"""The resolved-speaker rule (outlets guide): head word or containment, never a bare pronoun,
and never a description's modifier standing in for the description."""

from __future__ import annotations

import pytest

from newsparse.eval.speakers import head_word, is_bare_pronoun, names_speaker


@pytest.mark.parametrize(
    ("gold", "pred", "ok"),
    [
        ("Charlotte Charles", "Charles", True),  # same head word
        ("Charlotte Charles", "Dunn's mother, Charlotte Charles", True),  # report says more
        ("Charlotte Charles", "Harry Dunn", False),  # her dead son
        ("Charlotte Charles", "Dunn's mother", False),  # the mention, not resolved
        ("Tom Johnston", "tom johnston", True),  # case-insensitive
        ("Tom Johnston", "Tom", True),  # a name contains the report's name
        ("Big Machine Label Group", "Big Machine", True),
        ("James P. Kennedy Jr.", "Kennedy", True),  # suffix is not the head
        ("Kevin Mayer", "Mayer, Disney’s chairman of direct-to-consumer", True),
        ("Tom Johnston", "he", False),  # a bare pronoun never names anyone
        ("Tom Johnston", "He", False),
        ("Tom Johnston", None, False),
        ("Tom Johnston", "", False),
        ("a Ukrainian official", "Ukrainian", False),  # demonym for an anonymous source
        ("a Ukrainian official", "A Ukrainian official with direct knowledge", True),
        ("a WeWork spokesperson", "WeWork", False),  # spokesperson of X is not X
        ("a WeWork spokesperson", "the spokesperson", True),  # same head word
        ("two people familiar with the matter", "two people", True),
        ("evidence presented at trial", "the evidence", True),
        ("the victim's mother", "the victim", False),
        ("US military", "US", False),
        ("US military", "the US military", True),
        ("U.S. Attorney’s Office for the Western District of New York", "the Office", True),
        ("Nick Adderley and Stephen Mold", "Nick Adderley", False),  # one of two
        ("Nick Adderley and Stephen Mold", "Stephen Mold and Nick Adderley", True),
        ("James Hansen and his collaborators", "Hansen and his collaborators", True),
        ("James Hansen and his collaborators", "James Hansen", False),
        ("James Hansen and his collaborators", "he and his collaborators", False),
        ("Procter and Gamble", "Procter and Gamble", True),
        ("Stephen Mold", "the county's Police and Crime Commissioner Stephen Mold", True),
        ("Mariusz Ciarka", "Police spokesman", False),
        ("a group representing rural counties in California", "a group", True),
        ("People for the Ethical Treatment of Animals", "PETA", True),  # an acronym
        ("Live Nation", "LN", True),
        ("Pacific Gas & Electric Co.", "PG&E", True),  # an ampersand acronym, no "Co."
        ("Pacific Gas & Electric Co.", "PG", False),
        ("NASA", "National Aeronautics and Space Administration", True),
        ("Live Nation", "NBC", False),
        ("Jordanian government", "Jordanian", False),
    ],
)
def test_names_speaker(gold: str, pred: str | None, ok: bool) -> None:
    assert names_speaker(gold, pred) is ok


@pytest.mark.parametrize(
    ("phrase", "head"),
    [
        ("Tom Johnston", ("johnston", True)),
        ("two people familiar with the matter", ("people", False)),
        ("people speaking on condition of anonymity", ("people", False)),
        ("the newly appointed spokesman", ("spokesman", False)),  # a participle before the head
        ("Some consumers who sought help", ("consumers", False)),
        ("a group representing rural counties", ("group", False)),
        ("the man arrested", ("man", False)),
        ("Dunn's mother, Charlotte Charles", ("mother", False)),
        ("the", None),
    ],
)
def test_head_word(phrase: str, head: tuple[str, bool] | None) -> None:
    assert head_word(phrase) == head


def test_bare_pronoun() -> None:
    assert is_bare_pronoun("They")
    assert is_bare_pronoun("it")
    assert not is_bare_pronoun("he and she")
    assert not is_bare_pronoun("Herman")
