"""Shared by the reported-speech test tables: run the quote extractor on a hand-written text."""

from __future__ import annotations

from newsparse.models import Quote


def run(nlp, text: str) -> list[Quote]:
    from newsparse.docview import DocView
    from newsparse.extract.entities.mentions import extract_entities
    from newsparse.extract.quotes import extract_quotes

    doc = nlp(text)
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    return extract_quotes(doc, entities=extract_entities(DocView.of(doc)), paragraph_starts=starts)


def reported(nlp, text: str) -> list[tuple[list[str], str | None, str | None]]:
    """(span texts, speaker text, cue lemma) of every indirect or mixed quote."""
    return [
        (
            [text[s.start : s.end] for s in q.spans],
            q.speaker.text if q.speaker else None,
            q.cue.lemma if q.cue else None,
        )
        for q in run(nlp, text)
        if q.kind in ("indirect", "mixed")
    ]
