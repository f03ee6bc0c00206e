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
