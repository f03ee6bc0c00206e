"""Corpus roll-up on hand-made, valid reports (no model needed)."""

from __future__ import annotations

import pytest

from newsparse.corpus import Aggregator, aggregate, person_aliases
from newsparse.errors import FormatError
from newsparse.models import ErrorInfo, Failure
from newsparse.reports import Bad
from report_factory import person, tiny_report

JANE, TOM = person("Jane Doe"), person("Tom Baker")
ANON = person(None, text="a senior official", anonymous=True)
PRONOUN = person(None, text="he")

RECORDS = [
    tiny_report("a", [("Jane Doe", "PERSON", 3), ("Leeds", "GPE", 1)], [JANE, JANE, ANON], named=2),
    tiny_report("b", [("Jane Doe", "PERSON", 1), ("Acme", "ORG", 5)], [TOM, None], anonymous=1),
    Failure(id="c", path="c.txt", error=ErrorInfo(type="InputError", message="bad")),
    Bad("r.jsonl:4", "not JSON"),
]


def test_rollup_counts() -> None:
    s = aggregate(RECORDS)
    assert (s.articles, s.failed, s.invalid_lines, s.words) == (2, 1, 1, 200)
    assert [(e.name, e.articles, e.mentions) for e in s.entities[:2]] == [
        ("Jane Doe", 2, 4),
        ("Acme", 1, 5),
    ]
    assert [(p.name, p.quotes, p.articles) for p in s.speakers] == [
        ("Jane Doe", 2, 1),
        ("Tom Baker", 1, 1),
    ]
    assert (s.quotes, s.unattributed_quotes) == (5, 1)
    assert (s.anonymous_quotes.count, s.anonymous_quotes.total) == (1, 5)
    assert s.sourcing == {"anonymous": 1, "media": 0, "named": 2, "none": 0}
    assert s.anonymous_sourcing.share == pytest.approx(1 / 3, abs=1e-3)


def test_pronoun_speakers_are_not_counted_as_people() -> None:
    s = aggregate([tiny_report("x", [], [PRONOUN])])
    assert s.speakers == []
    assert s.unattributed_quotes == 1


def test_top_limits_and_empty_shares() -> None:
    s = aggregate(RECORDS, top=1)
    assert len(s.entities) == len(s.speakers) == 1
    assert aggregate([tiny_report("e")]).anonymous_quotes.share is None


def test_nothing_but_bad_records_is_an_error() -> None:
    with pytest.raises(FormatError, match="no valid report records among 2"):
        aggregate([Bad("x:1", "no"), Bad("x:2", "no")])
    with pytest.raises(FormatError):
        aggregate([])


def test_person_aliases_merge_across_articles() -> None:
    reports = [
        tiny_report("1", [("Donald Trump", "PERSON", 5)], [person("Donald Trump")]),
        tiny_report("2", [("Trump", "PERSON", 2)], [person("Trump"), person("Trump")]),
        tiny_report("3", [("Trump Tower", "FAC", 1), ("Cook", "PERSON", 1)], [person("Cook")]),
        tiny_report("4", [("Tim Cook", "PERSON", 1), ("Amy Cook", "PERSON", 1)]),
    ]
    s = aggregate(reports)
    trump = next(e for e in s.entities if e.label == "PERSON" and "Trump" in e.name)
    assert (trump.name, trump.articles, trump.mentions) == ("Donald Trump", 2, 7)
    assert (s.speakers[0].name, s.speakers[0].quotes, s.speakers[0].articles) == (
        "Donald Trump",
        3,
        2,
    )
    # two people called Cook: "Cook" stays on its own; "Trump Tower" is not a person
    assert {e.name for e in s.entities} >= {"Cook", "Tim Cook", "Amy Cook", "Trump Tower"}
    assert person_aliases({"trump", "donald trump", "cook", "tim cook", "amy cook"}) == {
        "trump": "donald trump"
    }


def test_a_report_as_json_dict_is_validated() -> None:
    agg = Aggregator()
    agg.add(tiny_report("d").model_dump(mode="json"))
    agg.add({"entities": "abc"})
    assert (agg.articles, agg.invalid) == (1, 1)
