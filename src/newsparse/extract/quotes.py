"""Quotes with speaker and cue."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from newsparse.models import Cue, Entity, Quote, Span, Speaker

if TYPE_CHECKING:
    from spacy.tokens import Doc

_QUOTE = re.compile(r"“[^”]*”|\"[^\"]*\"")


def extract_quotes(
    doc: Doc,
    *,
    entities: list[Entity],
    paragraph_starts: list[int],
    warnings: list[str] | None = None,
) -> list[Quote]:
    """First version: every quotation-mark span, speaker = nearest PERSON in its sentence."""
    out: list[Quote] = []
    for m in _QUOTE.finditer(doc.text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent
        speaker = None
        cue = None
        for tok in sent:
            if tok.lemma_ in {"say", "add", "ask", "tell"} and tok.pos_ == "VERB":
                cue = Cue(text=tok.text, lemma=tok.lemma_, start=tok.idx, end=tok.idx + len(tok))
        for ent in sent.ents:
            if ent.label_ == "PERSON" and not (m.start() <= ent.start_char < m.end()):
                speaker = Speaker(
                    text=ent.text,
                    name=ent.text,
                    start=ent.start_char,
                    end=ent.end_char,
                    kind="person",
                )
                break
        para = max(bisect_right(paragraph_starts, m.start()) - 1, 0)
        out.append(
            Quote(
                text=m.group(),
                kind="direct",
                spans=[Span(start=m.start(), end=m.end())],
                speaker=speaker,
                cue=cue,
                paragraph=para,
            )
        )
    return out
