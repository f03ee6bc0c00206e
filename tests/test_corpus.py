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


# --------------------------------------------------------------------------- voices


def _voiced(rid: str, source: str | None, published: str | None, *voices: tuple) -> object:
    """A report whose voices are (name, type, gender, source type, quotes, words)."""
    from datetime import date

    from newsparse.models import Voice

    base = tiny_report(rid)
    article = base.article.model_copy(
        update={"source": source, "published": date.fromisoformat(published) if published else None}
    )
    return base.model_copy(
        update={
            "article": article,
            "voices": [
                Voice(
                    id=f"v{k}",
                    name=name,
                    type=kind,
                    direct=quotes,
                    words=words,
                    gender=gender,
                    source_type=st,
                )
                for k, (name, kind, gender, st, quotes, words) in enumerate(voices, 1)
            ],
        }
    )


VOICED = [
    _voiced(
        "a",
        "The Daily",
        "2025-01-05",
        ("Jane Doe", "person", "female", "official", 3, 30),
        ("Tom Baker", "person", "male", "expert", 1, 10),
        ("senior official", "anonymous", "unknown", "anonymous", 1, 5),
    ),
    _voiced(
        "b",
        "The Daily",
        "2025-02-01",
        ("Doe", "person", "unknown", "official", 2, 20),
        ("the patient", "description", "male", "public", 1, 4),
    ),
    _voiced("c", None, None, ("Acme", "organization", "unknown", "organisation", 1, 6)),
]


def test_voices_by_gender_known_only_and_unknown_share() -> None:
    v = aggregate(VOICED).voices.all
    assert v.articles == 3
    assert (v.total.voices, v.total.quotes, v.total.words) == (6, 9, 75)
    assert v.gender["female"].quotes == 3 and v.gender["male"].quotes == 2
    assert v.female_share_of_known_quotes == round(3 / 5, 4)
    assert v.female_share_of_known_words == round(30 / 44, 4)
    assert v.unknown_gender_share_of_quotes == round(4 / 9, 4)
    assert v.unknown_gender_share_of_words == round(31 / 75, 4)
    assert v.naming["named"].quotes == 7 and v.naming["anonymous"].quotes == 1
    assert v.naming["description"].voices == 1
    assert v.source_types["official"].quotes == 5


def test_voices_per_outlet_and_month() -> None:
    voices = aggregate(VOICED).voices
    assert [(g.key, g.articles, g.total.quotes) for g in voices.by_outlet] == [
        ("The Daily", 2, 8),
        ("unknown", 1, 1),
    ]
    assert [g.key for g in voices.by_month] == ["2025-01", "2025-02", "unknown"]
    assert voices.by_month[1].female_share_of_known_quotes == 0.0  # only the patient is known


def test_top_voices_merge_a_surname_into_the_full_name() -> None:
    top = aggregate(VOICED).voices.top
    assert (top[0].name, top[0].articles, top[0].quotes, top[0].words) == ("Jane Doe", 2, 5, 50)
    assert top[0].gender == "female" and top[0].source_type == "official"
    assert "senior official" not in [t.name for t in top]  # anonymous sources are not ranked
    assert "the patient" not in [t.name for t in top]


def test_no_voices_gives_empty_groups() -> None:
    v = aggregate(RECORDS).voices
    assert v.all.total.quotes == 0 and v.all.female_share_of_known_quotes is None
    assert v.top == []


def test_voices_render_as_tables_csv_and_html() -> None:
    import csv
    import io

    from newsparse.render.corpus import render as tables
    from newsparse.render.corpus_csv import render as csv_table
    from newsparse.render.corpus_html import corpus_page

    summary = aggregate(VOICED)
    out = io.StringIO()
    tables(summary, out)
    text = out.getvalue()
    for needle in ("Voices by gender", "The Daily", "2025-01", "Most quoted voices", "Jane Doe"):
        assert needle in text
    out = io.StringIO()
    csv_table(summary, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows[0]) == len(set(rows[0]))  # no column twice
    first = rows[0]
    assert (first["scope"], first["female_quotes"], first["female_share_of_known_quotes"]) == (
        "all",
        "3",
        "0.6",
    )
    assert first["type_official_quotes"] == "5" and first["anonymous_quotes"] == "1"
    assert [r["key"] for r in rows if r["scope"] == "month"] == ["2025-01", "2025-02", "unknown"]
    assert rows[-1]["scope"] == "voice"
    page = corpus_page(summary)
    assert '<section id="voices">' in page and 'id="top-voices"' in page
    assert "60% of quotes" in page


def test_no_voices_no_voice_tables() -> None:
    import io

    from newsparse.render.corpus import render as tables
    from newsparse.render.corpus_html import corpus_page

    out = io.StringIO()
    tables(aggregate(RECORDS), out)
    assert "Voices by gender" not in out.getvalue()
    assert '<section id="voices">' not in corpus_page(aggregate(RECORDS))
