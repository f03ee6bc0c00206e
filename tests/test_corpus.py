"""Corpus roll-up on hand-made report records (no model needed)."""

from __future__ import annotations

import json

import pytest

from newsparse.corpus import aggregate_lines
from newsparse.errors import FormatError


def _report(rid: str, entities: list[tuple[str, str, int]], quotes: list[dict], **sourcing: int):
    return {
        "id": rid,
        "article": {"word_count": 100},
        "entities": [{"name": n, "label": lab, "count": c} for n, lab, c in entities],
        "quotes": [{"speaker": s} for s in quotes],
        "claims": [{}] * sum(sourcing.values()),
        "sourcing": {"named": 0, "anonymous": 0, "media": 0, "none": 0, **sourcing},
    }


JANE = {"name": "Jane Doe", "anonymous": False}


TOM = {"name": "Tom Baker", "anonymous": False}


ANON = {"text": "a senior official", "name": None, "anonymous": True}


PRONOUN = {"text": "he", "name": None, "anonymous": False}

LINES = [
    json.dumps(
        _report("a", [("Jane Doe", "PERSON", 3), ("Leeds", "GPE", 1)], [JANE, JANE, ANON], named=2)
    ),
    json.dumps(
        _report("b", [("Jane Doe", "PERSON", 1), ("Acme", "ORG", 5)], [TOM, None], anonymous=1)
    ),
    json.dumps({"id": "c", "path": "c.txt", "error": {"type": "InputError", "message": "bad"}}),
    "not json at all",
    "",
]


def test_rollup_counts() -> None:
    s = aggregate_lines(LINES)
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
    s = aggregate_lines([json.dumps(_report("x", [], [PRONOUN]))])
    assert s.speakers == []
    assert s.unattributed_quotes == 1


def test_top_limits_and_empty_shares() -> None:
    s = aggregate_lines(LINES, top=1)
    assert len(s.entities) == len(s.speakers) == 1
    empty = aggregate_lines([json.dumps(_report("e", [], []))])
    assert empty.anonymous_quotes.share is None


def test_nothing_but_garbage_is_an_error() -> None:
    with pytest.raises(FormatError):
        aggregate_lines(["nope", "[1, 2]"])


def test_spellings_of_one_place_meet_across_articles() -> None:
    from newsparse.corpus import Aggregator

    agg = Aggregator()
    for name in ("U.S.", "US", "United States", "U.S."):
        agg.add({"entities": [{"name": name, "label": "GPE", "count": 2}], "quotes": []})
    (row,) = agg.result().entities
    assert (row.name, row.articles, row.mentions) == ("U.S.", 4, 8)


def test_report_lines_reads_files_and_stdin_in_order(tmp_path) -> None:
    import io

    from newsparse.corpus import report_lines
    from newsparse.errors import InputError

    (tmp_path / "a.jsonl").write_text("a1\na2\n")
    got = list(report_lines([str(tmp_path / "a.jsonl"), "-"], stdin=io.StringIO("s1\n")))
    assert got == ["a1\n", "a2\n", "s1\n"]
    with pytest.raises(InputError, match=r"nope\.jsonl: cannot read"):
        list(report_lines([str(tmp_path / "nope.jsonl")]))
