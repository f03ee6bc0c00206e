"""Quote extraction: every shape, kind and mark on hand-written texts, and the sample article."""

from __future__ import annotations

import pytest

from newsparse.models import Quote

pytestmark = pytest.mark.model


def run(nlp, text: str, warnings: list[str] | None = None) -> list[Quote]:
    from newsparse.docview import DocView
    from newsparse.extract import extract

    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    found = extract(DocView.of(nlp(text)), paragraph_starts=starts, claims=False, summary=False)
    if warnings is not None:
        warnings.extend(found.warnings)
    return found.quotes


def spans(text: str, q: Quote) -> list[str]:
    return [text[s.start : s.end] for s in q.spans]


# (text, [(kind, first span text, speaker text or None, cue lemma or None)])
SHAPES = [
    (  # “Q,” S V.
        "“We will win this race,” Maria Lopez said.",
        [("direct", "“We will win this race,”", "Maria Lopez", "say")],
    ),
    (  # “Q,” V S.
        "“The vote was rigged from the start,” said John Carter.",
        [("direct", "“The vote was rigged from the start,”", "John Carter", "say")],
    ),
    (  # S V, “Q”
        "Maria Lopez said, “We will not give up on this town.”",
        [("direct", "“We will not give up on this town.”", "Maria Lopez", "say")],
    ),
    (  # S V: “Q”
        "The mayor told reporters: “The bridge will reopen in May.”",
        [("direct", "“The bridge will reopen in May.”", "The mayor", "tell")],
    ),
    (  # straight marks
        'John Carter said, "The plan is dead and everyone knows it."',
        [("direct", '"The plan is dead and everyone knows it."', "John Carter", "say")],
    ),
    (  # NYT two apostrophes
        "''We are not going anywhere,'' Mr. Carter said.",
        [("direct", "''We are not going anywhere,''", "Mr. Carter", "say")],
    ),
    (  # guillemets
        "«Nous allons gagner cette bataille,» said Marie Dubois.",
        [("direct", "«Nous allons gagner cette bataille,»", "Marie Dubois", "say")],
    ),
    (  # according to S, “Q”
        "According to the report, “the program failed every single test.”",
        [("direct", "“the program failed every single test.”", "the report", "according to")],
    ),
    (  # trailing dash
        "“Never give in to bullies and never give up.” —Winston Churchill",
        [("direct", "“Never give in to bullies and never give up.”", "Winston Churchill", None)],
    ),
    (  # indirect: S said that C
        "Maria Lopez said that the city would cut taxes next year.",
        [("indirect", "that the city would cut taxes next year", "Maria Lopez", "say")],
    ),
    (  # indirect: C, S said
        "The city will cut taxes next year, Maria Lopez said.",
        [("indirect", "The city will cut taxes next year", "Maria Lopez", "say")],
    ),
    (  # indirect: according to S, C
        "According to police, the suspect fled the scene on foot.",
        [("indirect", "the suspect fled the scene on foot", "police", "according to")],
    ),
    (  # indirect: S told X that C
        "John Carter told reporters that the budget was balanced.",
        [("indirect", "that the budget was balanced", "John Carter", "tell")],
    ),
    (  # mixed
        "John Carter said the deal seemed like “a terrible plan for the workers.”",
        [
            (
                "mixed",
                "the deal seemed like “a terrible plan for the workers.”",
                "John Carter",
                "say",
            )
        ],
    ),
    (  # “Q” but … : the sentence goes on, so no tag after the quote; speaker from before
        "The mayor praised the “decisive steps of the council” but warned of delays.",
        [
            ("direct", "“decisive steps of the council”", "The mayor", "praise"),
            ("indirect", "delays", "The mayor", "warn"),  # warned of X: X was reported
        ],
    ),
    (  # scare quote and title: not quotes
        "The so-called “experts” watched “Meet the Press” on Sunday.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHAPES)
def test_shapes(nlp_md, text, expected) -> None:
    quotes = run(nlp_md, text)
    got = [
        (
            q.kind,
            spans(text, q)[0],
            q.speaker.text if q.speaker else None,
            q.cue.lemma if q.cue else None,
        )
        for q in quotes
    ]
    assert got == expected


def test_parenthetical_tag_splits_reported_speech(nlp_md) -> None:
    text = "This campaign, he says, is very different from the last one."
    (q,) = run(nlp_md, text)
    assert q.kind == "indirect"
    assert spans(text, q) == ["This campaign", "is very different from the last one"]
    assert q.speaker and q.speaker.text == "he"


def test_request_verb_content(nlp_md) -> None:
    text = "The senator urged voters to reject the new tax on Tuesday."
    (q,) = run(nlp_md, text)
    assert q.kind == "indirect"
    assert spans(text, q)[0].startswith("voters to reject the new tax")


def test_interrupted_quote_is_one_quote_with_two_spans(nlp_md) -> None:
    text = "“We tried everything,” Maria Lopez said. “Nothing worked.”"
    (q,) = run(nlp_md, text)
    assert spans(text, q) == ["“We tried everything,”", "“Nothing worked.”"]
    assert q.speaker and q.speaker.text == "Maria Lopez"


def test_multi_paragraph_quote_and_continuing_speaker(nlp_md) -> None:
    text = (
        "Maria Lopez, the mayor, spoke first.\n"
        "“We have rebuilt the bridge and the school,” Lopez said. “We reopened the clinic.\n"
        "“And we will keep going until every street is repaired.”"
    )
    quotes = [q for q in run(nlp_md, text) if q.kind == "direct"]
    assert len(quotes) == 1
    assert spans(text, quotes[0])[-1] == "“And we will keep going until every street is repaired.”"


def test_lead_in_paragraph_ending_with_colon(nlp_md) -> None:
    text = "In a statement, the governor said:\n“The state stands ready to help every family.”"
    (q,) = [q for q in run(nlp_md, text) if q.kind == "direct"]
    assert q.speaker and q.speaker.text == "the governor"


def test_pronoun_resolves_to_the_earlier_person(nlp_md) -> None:
    text = "Maria Lopez visited the plant on Monday.\n“This is a proud day for the town,” she said."
    (q,) = run(nlp_md, text)
    assert q.speaker and q.speaker.text == "she"
    assert q.speaker.name == "Maria Lopez"
    assert q.speaker.kind == "pronoun"


def test_anonymous_source_is_flagged(nlp_md) -> None:
    text = "A senior official familiar with the talks said the deal was close."
    (q,) = run(nlp_md, text)
    assert q.kind == "indirect"
    assert q.speaker and q.speaker.anonymous


@pytest.mark.parametrize(
    ("verb", "stance"), [("said", "neutral"), ("confirmed", "assertive"), ("claimed", "distancing")]
)
def test_cue_stance(nlp_md, verb, stance) -> None:
    text = f"John Carter {verb} that the budget was balanced."
    (q,) = run(nlp_md, text)
    assert q.cue and q.cue.stance == stance


@pytest.mark.parametrize(
    "text",
    [
        "He said “this never closes.\n\nAnother paragraph.",
        "A stray” mark and “another “ one.",
        "“\n”\n“",
    ],
)
def test_unbalanced_marks_warn_not_raise(nlp_md, text) -> None:
    warnings: list[str] = []
    run(nlp_md, text, warnings)
    assert warnings


# --------------------------------------------------------------------------- sample article


@pytest.fixture(scope="module")
def sample(sample_report):
    return sample_report.article.text, sample_report.quotes


def _find(sample, needle: str) -> Quote:
    text, quotes = sample
    hits = [q for q in quotes if any(needle in text[s.start : s.end] for s in q.spans)]
    assert hits, needle
    return hits[0]


def test_sample_mcfaul(sample) -> None:
    q = _find(sample, "I hope the reporting")
    assert len(q.spans) == 2
    assert sample[0][q.spans[1].start : q.spans[1].end] == "“Frankly, I’m shocked.”"
    assert q.speaker and q.speaker.name and "McFaul" in q.speaker.name
    assert q.venue == "in a post to X"


def test_sample_bondarev_twice(sample) -> None:
    first = _find(sample, "Moscow has been ready")
    second = _find(sample, "What is there to talk about")
    assert first.speaker and "Bondarev" in (first.speaker.name or "")
    assert second.speaker and second.speaker.text == "he"
    assert second.speaker.name == "Boris Bondarev"
    assert first.speaker.entity == second.speaker.entity is not None
    assert second.cue and second.cue.lemma == "add"
    assert second.venue == "in an interview with Current Time"


def test_sample_fried_direct_and_mixed(sample) -> None:
    direct = _find(sample, "Given past patterns")
    assert direct.kind == "direct"
    assert direct.speaker and direct.speaker.text == "he"
    assert "Fried" in (direct.speaker.name or "")
    mixed = _find(sample, "a terrible plan")
    assert mixed.kind == "mixed"
    assert sample[0][mixed.spans[0].start : mixed.spans[0].end] == (
        "the reported deal seemed like “a terrible plan.”"
    )


def test_sample_rubio_partial_quote(sample) -> None:
    q = _find(sample, "list of potential ideas for ending the war")
    assert q.speaker and "Rubio" in (q.speaker.name or "")


def test_sample_zelenskyy_telegram(sample) -> None:
    q = _find(sample, "decisive steps")
    assert sample[0][q.spans[-1].start : q.spans[-1].end].endswith("to finally end.”")
    assert q.speaker and q.speaker.name and "Zelenskyy" in q.speaker.name


@pytest.mark.parametrize(
    "needle",
    ["it called for Kyiv giving up", "it is unlikely the 28-point proposal"],
)
def test_sample_reported_speech(sample, needle) -> None:
    q = _find(sample, needle)
    assert q.kind == "indirect"
    assert q.speaker is not None
