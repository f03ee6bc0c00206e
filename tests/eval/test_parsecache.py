"""The evaluation parse cache gives the Docs a fresh parse gives, and never a stale one."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsparse.eval.parsecache import cached_parse_many


def _rows(doc: object) -> list[tuple[str, str, str, int, str, bool]]:
    return [
        (t.text, t.pos_, t.dep_, t.head.i, t.ent_type_, bool(t.is_sent_start))
        for t in doc  # type: ignore[attr-defined]
    ]


@pytest.mark.model
def test_cached_docs_equal_fresh_ones(tmp_path: Path) -> None:
    from newsparse.nlp import load_pipeline, parse_many

    nlp = load_pipeline("sm")
    texts = ["“We will win,” Smith said.\n\nShe left.", "Police in Paris said two men fled."]
    fresh = [_rows(d) for d in parse_many(nlp, texts)]
    assert [_rows(d) for d in cached_parse_many(nlp, texts, tmp_path)] == fresh
    stored = sorted(tmp_path.glob("*.spacy"))
    assert len(stored) == 2
    assert [_rows(d) for d in cached_parse_many(nlp, texts, tmp_path)] == fresh
    stored[0].write_bytes(b"not a DocBin")  # a damaged entry is parsed again
    assert [_rows(d) for d in cached_parse_many(nlp, texts, tmp_path)] == fresh
    other = ["Police in Paris said two men fled!"]
    assert [d.text for d in cached_parse_many(nlp, other, tmp_path)] == other
