"""The memoised lemmatizer gives exactly the lemmas of the spaCy component it wraps."""

from __future__ import annotations

from pathlib import Path

import pytest

CORPUS = Path("../shared/corpus/text")
SAMPLES = sorted(Path("data").glob("*.txt"))


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in SAMPLES]
    texts += [
        p.read_text(encoding="utf-8", errors="replace") for p in sorted(CORPUS.glob("*.txt"))[:6]
    ]
    texts.append("")  # an empty Doc passes through
    return texts


@pytest.mark.model
@pytest.mark.parametrize("model", ["sm", "md"])
def test_same_lemmas_as_spacys_lemmatizer(model: str) -> None:
    import spacy

    from newsparse.lemmas import MemoLemmatizer
    from newsparse.nlp import load_pipeline, resolve_model

    ours = load_pipeline(model)
    assert isinstance(ours.get_pipe("lemmatizer"), MemoLemmatizer)
    plain = spacy.load(resolve_model(model))
    texts = _texts()
    for a, b in zip(ours.pipe(texts), plain.pipe(texts), strict=True):
        assert [t.lemma_ for t in a] == [t.lemma_ for t in b]
    # twice through the same process: the memo answers as the first pass did
    again = [[t.lemma_ for t in d] for d in ours.pipe(texts[:2])]
    assert again == [[t.lemma_ for t in d] for d in plain.pipe(texts[:2])]


def test_a_pipeline_without_a_lemmatizer_is_left_alone() -> None:
    import spacy

    from newsparse.lemmas import use_memo_lemmatizer

    nlp = spacy.blank("en")
    use_memo_lemmatizer(nlp)
    assert nlp.pipe_names == []


@pytest.mark.model
@pytest.mark.parametrize("model", ["sm", "md"])
def test_set_indexed_rules_give_spacys_lemmas_over_a_big_vocabulary(model: str) -> None:
    """Words of every table (inflected by every rule's suffix, capitalised, with digits and
    hyphens) under every POS and typical morphologies: the set-indexed path agrees with
    spaCy's own list-indexed ``rule_lemmatize`` on each."""
    from spacy.tokens import Doc

    from newsparse.lemmas import set_indexed
    from newsparse.nlp import load_pipeline

    lemmatizer = load_pipeline(model).get_pipe("lemmatizer").lemmatizer
    fast = set_indexed(lemmatizer)
    assert fast != lemmatizer.lemmatize  # the fast path is taken for these pipelines
    lookups = lemmatizer.lookups
    words: set[str] = set()
    suffixes = {old for rules in lookups.get_table("lemma_rules").values() for old, _ in rules}
    for pos_words in lookups.get_table("lemma_index").values():
        for word in sorted(pos_words)[::150]:
            words.update({word, word.capitalize(), f"{word}-{word}", f"{word}2"})
            words.update(word + suffix for suffix in suffixes)
    for exceptions in lookups.get_table("lemma_exc").values():
        words.update(sorted(exceptions)[::10])
    poses = ["NOUN", "VERB", "ADJ", "ADV", "PROPN", "AUX", "PRON", "NUM", "X", "PUNCT"]
    morphs = ["", "Number=Sing", "Number=Plur", "VerbForm=Inf", "Degree=Pos"]
    morphs += ["Tense=Past|VerbForm=Fin", "Tense=Pres|VerbForm=Fin", "Degree=Sup"]
    ordered = sorted(words)
    assert len(ordered) > 10_000
    doc = Doc(
        lemmatizer.vocab,
        words=ordered,
        pos=[poses[i % len(poses)] for i in range(len(ordered))],
        morphs=[morphs[(i // len(poses)) % len(morphs)] for i in range(len(ordered))],
    )
    for token in doc:
        assert fast(token) == lemmatizer.rule_lemmatize(token), token.text
