"""The memoised attribute ruler writes exactly what spaCy's AttributeRuler writes.

Hand-built rulers and Docs pin the order rules (a later rule wins, attribute by attribute), the
patterns of several tokens and their index, the predicates and the fallback; a model test runs
both components over real news with the md and sm pipelines' own rulers.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc

from newsparse.attribute_rules import (
    MemoAttributeRuler,
    Unsupported,
    use_memo_attribute_ruler,
)

COLUMNS = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def _ruler(rules: list[dict[str, Any]]) -> Any:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(rules)
    return ruler


def _doc(ruler: Any, rows: str) -> Doc:
    """'word TAG dep' a line (heads all on the first token)."""
    words, tags, deps = zip(*(line.split() for line in rows.strip().splitlines()), strict=True)
    return Doc(
        ruler.vocab, words=list(words), tags=list(tags), deps=list(deps), heads=[0] * len(words)
    )


def _both(ruler: Any, *docs: Doc) -> list[Doc]:
    """Run spaCy's ruler and ours on copies; assert every column agrees; return ours."""
    theirs = [ruler(doc.copy()) for doc in docs]
    ours = list(MemoAttributeRuler(ruler).pipe([doc.copy() for doc in docs], batch_size=2))
    for a, b in zip(theirs, ours, strict=True):
        assert (a.to_array(COLUMNS) == b.to_array(COLUMNS)).all()
    return ours


ROWS = """
They PRP nsubj
gon VBG ROOT
na TO aux
win VB xcomp
it PRP dobj
"""


def test_a_later_rule_wins_attribute_by_attribute() -> None:
    ruler = _ruler(
        [
            {"patterns": [[{"TAG": "PRP"}]], "attrs": {"POS": "PRON", "MORPH": "PronType=Prs"}},
            {"patterns": [[{"LOWER": "it"}]], "attrs": {"POS": "NOUN", "LEMMA": "it"}},
            {"patterns": [[{"LOWER": "they"}]], "attrs": {"POS": "X"}},
            {"patterns": [[{"TAG": "PRP", "DEP": "nsubj"}]], "attrs": {"POS": "PROPN"}},
        ]
    )
    (doc,) = _both(ruler, _doc(ruler, ROWS))
    they, it = doc[0], doc[4]
    assert (they.pos_, str(they.morph)) == ("PROPN", "PronType=Prs")  # the last rule's POS
    assert (it.pos_, str(it.morph), it.lemma_) == ("NOUN", "PronType=Prs", "it")


def test_patterns_of_several_tokens_set_their_index_in_order_with_the_rest() -> None:
    ruler = _ruler(
        [
            {"patterns": [[{"LOWER": "na"}]], "attrs": {"LEMMA": "early"}},
            {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "go"}},
            {
                "patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]],
                "attrs": {"LEMMA": "to", "POS": "PART"},
                "index": -1,
            },
            {"patterns": [[{"LOWER": "gon"}]], "attrs": {"POS": "VERB"}},
            {"patterns": [[{"TAG": "VB"}, {"DEP": "dobj"}]], "attrs": {"POS": "AUX"}, "index": 1},
            {"patterns": [[{"DEP": "dobj"}]], "attrs": {"POS": "PRON"}},
        ]
    )
    (doc,) = _both(ruler, _doc(ruler, ROWS))
    assert [(t.lemma_, t.pos_) for t in doc[1:3]] == [("go", "VERB"), ("to", "PART")]
    assert doc[4].pos_ == "PRON"  # the one-token rule came later than the two-token one


def test_predicates_as_spacys_matcher_reads_them() -> None:
    ruler = _ruler(
        [
            {"patterns": [[{"LOWER": {"IN": ["win", "lose"]}}]], "attrs": {"POS": "VERB"}},
            {"patterns": [[{"DEP": {"NOT_IN": ["nsubj", ""]}}]], "attrs": {"MORPH": "A=B"}},
            {"patterns": [[{"LOWER": {"REGEX": "^g.n$"}}]], "attrs": {"LEMMA": "gone"}},
            {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE"}},
            {"patterns": [[{"TEXT": "They", "IS_TITLE": True}]], "attrs": {"LEMMA": "they"}},
            {"patterns": [[{"TAG": {"IN": ["TO"], "NOT_IN": ["VB"]}}]], "attrs": {"POS": "ADP"}},
        ]
    )
    words = ["They", "gon", "na", "win", "it", "\n", "win"]
    tags = ["PRP", "VBG", "TO", "VB", "PRP", "_SP", "NN"]
    deps = ["nsubj", "ROOT", "aux", "xcomp", "dobj", "dep", "ROOT"]
    doc = Doc(ruler.vocab, words=words, tags=tags, deps=deps, heads=[1, 1, 1, 1, 1, 1, 6])
    (ours,) = _both(ruler, doc)
    assert [t.pos_ for t in ours] == ["", "", "ADP", "VERB", "", "SPACE", "VERB"]
    assert ours[1].lemma_ == "gone" and ours[0].lemma_ == "they"


def test_the_memo_answers_later_docs_as_the_first() -> None:
    ruler = _ruler([{"patterns": [[{"TAG": "PRP", "LOWER": "it"}]], "attrs": {"POS": "PRON"}}])
    docs = [_doc(ruler, ROWS), _doc(ruler, ROWS), Doc(ruler.vocab, words=[]), _doc(ruler, ROWS)]
    ours = _both(ruler, *docs)
    assert [d[4].pos_ for d in (ours[0], ours[3])] == ["PRON", "PRON"]


def test_an_index_outside_the_match_fails_as_in_spacy() -> None:
    ruler = _ruler([{"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"POS": "X"}}])
    ruler.indices[0] = 2
    with pytest.raises(ValueError, match="E1001"):
        ruler(_doc(ruler, ROWS))
    with pytest.raises(ValueError, match="E1001"):
        MemoAttributeRuler(ruler)(_doc(ruler, ROWS))


@pytest.mark.parametrize(
    "rule",
    [
        {"patterns": [[{"LOWER": "gon", "OP": "?"}]], "attrs": {"POS": "X"}},
        {"patterns": [[{"MORPH": "Number=Sing"}]], "attrs": {"POS": "X"}},
        {"patterns": [[{"SENT_START": True}]], "attrs": {"POS": "X"}},
        {"patterns": [[{"LOWER": {"FUZZY": "gone"}}]], "attrs": {"POS": "X"}},
        {"patterns": [[{"LOWER": {"REGEX": {"IN": ["^g"]}}}]], "attrs": {"POS": "X"}},
        {"patterns": [[{"LOWER": "gon"}]], "attrs": {"NORM": "going"}},
        {"patterns": [[{"LOWER": "gon"}]], "attrs": {"LOWER": "going"}},
        {"patterns": [[{"LOWER": "gon"}]], "attrs": {"POS": "X"}, "index": 1},
    ],
)
def test_a_shape_it_does_not_know_keeps_spacys_component(rule: dict[str, Any]) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler").add_patterns([rule])
    with pytest.raises(Unsupported):
        MemoAttributeRuler(nlp.get_pipe("attribute_ruler"))
    assert use_memo_attribute_ruler(nlp) is False
    assert type(nlp.get_pipe("attribute_ruler")).__name__ == "AttributeRuler"


def test_a_known_shape_swaps_in_place() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler").add_patterns(
        [{"patterns": [[{"ORTH": "a"}]], "attrs": {"LEMMA": "b"}}]
    )
    nlp.add_pipe("sentencizer")
    assert use_memo_attribute_ruler(nlp) is True
    assert nlp.pipe_names == ["attribute_ruler", "sentencizer"]
    assert [t.lemma_ for t in nlp("a c")] == ["b", ""]
    assert use_memo_attribute_ruler(spacy.blank("en")) is False


def _news_texts() -> list[str]:
    corpus = sorted((SHARED / "corpus/text").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in corpus]
    texts += [
        p.read_text(encoding="utf-8", errors="replace") for p in sorted(ROOT.glob("data/*.txt"))
    ]
    dev = SHARED / "eval/quotes-dev.jsonl"
    if dev.exists():  # without ../shared/ the corpus is empty and data/ alone is compared
        with dev.open(encoding="utf-8") as fh:
            records = [json.loads(line) for line in fh if line.strip()]
        texts += [r["text"] for r in records[::10]]  # a spread over the publishers
    return texts


@pytest.mark.model
@pytest.mark.parametrize("model", ["md", "sm"])
def test_same_annotations_as_spacys_ruler_on_news(model: str) -> None:
    from newsparse.nlp import load_pipeline, resolve_model

    assert isinstance(load_pipeline(model).get_pipe("attribute_ruler"), MemoAttributeRuler)
    plain = spacy.load(resolve_model(model))
    ruler = plain.get_pipe("attribute_ruler")
    before = plain.pipe_names[: plain.pipe_names.index("attribute_ruler")]
    with plain.select_pipes(enable=before):
        docs = list(plain.pipe(_news_texts()))
    theirs = [ruler(doc.copy()) for doc in docs]
    ours = list(MemoAttributeRuler(ruler).pipe(docs, batch_size=16))
    tokens = 0
    for a, b in zip(theirs, ours, strict=True):
        x, y = a.to_array(COLUMNS), b.to_array(COLUMNS)
        assert (x == y).all(), [
            (t.text, t.tag_, t.pos_) for t in np.array(list(a))[(x != y).any(1)]
        ]
        tokens += len(a)
    assert tokens > (40_000 if SHARED.is_dir() else 2_000)  # data/ alone: five articles
