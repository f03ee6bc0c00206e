"""Reported clauses the parser hangs elsewhere, and where they end (md model): a late 'that'
taken for a relative word or hung on a noun of the frame's own phrase, the fronted clause of
an inverted tag, an infinitive after a tag, a mixed quote's clause without its aside."""

from __future__ import annotations

import pytest

from reported_helpers import reported

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Smith is doubling down on his plan. Smith said during last night’s town hall "
            "that he is in favor of raising the fuel tax and “a lot more than that.”",
            "that he is in favor of raising the fuel tax and “a lot more than that.”",
        ),
        (
            "Jones is telling a crowded hall in rainy Dover, Delaware, on the campaign's last "
            "day that she has fond memories of her first race in 1998.",
            "that she has fond memories of her first race in 1998",
        ),
    ],
)
def test_a_late_that_clause_hung_on_the_frames_own_phrase(nlp_md, text, content) -> None:
    spans = [s for spans, _speaker, _cue in reported(nlp_md, text) for s in spans]
    assert content in spans


def test_a_noun_complement_in_a_later_phrase_is_not_the_verbs_clause(nlp_md) -> None:
    text = (
        "The adviser was strongly urging the mayor against attending a regional summit with "
        "the governor, for fear that it might make the new mayor appear weak."
    )
    assert not any(
        s.startswith("that it might") for spans, _sp, _cue in reported(nlp_md, text) for s in spans
    )


def test_an_inverted_tag_keeps_its_fronted_clause(nlp_md) -> None:
    text = (
        "She also had a say in decisions about large foreign deals in Poland, said a former "
        "spokesman for Poland's Economy Ministry, Jan Nowak, who also ran as a candidate in "
        "the new party Mr. Kowalski helped build."
    )
    found = reported(nlp_md, text)
    assert any(spans[0].startswith("She also had a say in decisions") for spans, _sp, _cue in found)


def test_an_infinitive_after_a_tag_is_the_rest_of_the_clause(nlp_md) -> None:
    text = (
        'The crew just finished laying 30 miles of fiber downtown, she said, to "make sure '
        'anyone with a laptop" in any corner of the state sees what is happening here.'
    )
    spans = [s for spans, _sp, _cue in reported(nlp_md, text) for s in spans]
    assert any(s.startswith('to "make sure anyone with a laptop"') for s in spans)


def test_a_mixed_quotes_clause_ends_before_a_closing_relative_aside(nlp_md) -> None:
    text = (
        "The deal comes just two days after Smith told The Boston Globe he was “not ready "
        "yet” on backing Jones, who will face a challenger in a primary on Tuesday."
    )
    spans = [s for spans, _sp, _cue in reported(nlp_md, text) for s in spans]
    assert spans == ["he was “not ready yet” on backing Jones"]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor trails her rival by nine points, according to the latest county poll - "
        "despite winning the spring primary there in March.",
        "Some 58 percent of voters view him unfavorably, according to a new city poll, "
        "even as his rival gained ground.",
    ],
)
def test_the_writers_adjunct_after_according_to_is_no_piece(nlp_md, text) -> None:
    found = reported(nlp_md, text)
    assert found
    assert all(len(spans) == 1 for spans, _sp, _cue in found)


def test_a_clause_continued_after_according_to_keeps_both_pieces(nlp_md) -> None:
    text = "The new plan, according to two aides, is far cheaper than the old one."
    ((spans, _speaker, cue),) = reported(nlp_md, text)
    assert cue == "according to"
    assert spans == ["The new plan", "is far cheaper than the old one"]


def test_a_reason_after_according_to_is_part_of_what_was_said(nlp_md) -> None:
    text = "The new plan is bad, according to the mayor, because it costs far too much."
    ((spans, _speaker, _cue),) = reported(nlp_md, text)
    assert spans == ["The new plan is bad", "because it costs far too much"]


def test_a_participle_after_according_to_is_the_writers_comment(nlp_md) -> None:
    text = (
        "The city council is investigating the mayor, according to two people familiar with "
        "the matter, adding to a long series of problems for his office."
    )
    found = reported(nlp_md, text)
    assert [spans for spans, _sp, _cue in found] == [
        ["The city council is investigating the mayor"]
    ]


def test_a_source_phrase_split_by_the_parser_is_no_second_piece() -> None:
    # a hand-built parse: the parser hung the end of the source ('BMJ Reports') on the clause
    import spacy
    from spacy.tokens import Doc

    from newsparse.docview import DocView
    from newsparse.extract.attribution.reported import find_reported
    from newsparse.extract.doccache import bound

    words = [
        "Pillows",
        "harm",
        "lungs",
        ",",
        "according",
        "to",
        "a",
        "report",
        "in",
        "the",
        "journal",
        "BMJ",
        "Reports",
        ".",
    ]
    heads = [1, 1, 1, 1, 1, 4, 7, 5, 7, 10, 8, 12, 1, 1]
    deps = "nsubj ROOT dobj punct prep prep det pobj prep det pobj compound npadvmod punct"
    pos = "NOUN VERB NOUN PUNCT VERB ADP DET NOUN ADP DET NOUN PROPN PROPN PUNCT"
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        spaces=[w not in ("lungs", "Reports", ".") for w in words],
        heads=heads,
        deps=deps.split(),
        pos=pos.split(),
        lemmas=[w.lower() for w in words],
        sent_starts=[True] + [False] * (len(words) - 1),
    )
    with bound(DocView.of(doc)) as d:
        (rep,) = find_reported(d, set())
    assert (rep.lemma, rep.content, rep.more) == ("according to", (0, 3), None)


def test_according_to_after_but_qualifies_the_clause_after_it(nlp_md) -> None:
    text = (
        "The rules have cut air pollution in many cities, but, according to the scientist, "
        "the tradeoff has been faster warming."
    )
    found = [(spans, cue) for spans, _sp, cue in reported(nlp_md, text)]
    assert found == [(["the tradeoff has been faster warming"], "according to")]


def test_according_to_between_two_predicates_keeps_both(nlp_md) -> None:
    text = (
        "The government has replaced its top diplomats and, according to officials, "
        "adopted a new strategy abroad."
    )
    ((spans, _speaker, _cue),) = reported(nlp_md, text)
    assert spans == [
        "The government has replaced its top diplomats and",
        "adopted a new strategy abroad",
    ]
