"""Shared by the reported-speech test tables: run the quote extractor on a hand-written text."""

from __future__ import annotations

from newsparse.models import Quote


def run(nlp, text: str) -> list[Quote]:
    from newsparse.docview import DocView
    from newsparse.extract import extract

    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    found = extract(DocView.of(nlp(text)), paragraph_starts=starts, claims=False, summary=False)
    return found.quotes


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
