"""A short extractive summary: lead-aware, quotes never altered (whole sentences only)."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from newsparse.models import Quote, SummarySentence

if TYPE_CHECKING:
    from spacy.tokens import Doc


def extract_summary(
    doc: Doc, *, paragraph_starts: list[int], quotes: list[Quote], size: int = 3
) -> list[SummarySentence]:
    """The first sentence of each of the first paragraphs (news is written lead-first)."""
    out: list[SummarySentence] = []
    seen_paragraphs: set[int] = set()
    for sent in doc.sents:
        text = sent.text.strip()
        if len(text.split()) < 5:
            continue
        para = max(bisect_right(paragraph_starts, sent.start_char) - 1, 0)
        if para in seen_paragraphs:
            continue
        seen_paragraphs.add(para)
        start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
        out.append(SummarySentence(text=text, start=start, end=start + len(text), paragraph=para))
        if len(out) >= size:
            break
    return out
