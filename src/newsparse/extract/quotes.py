"""Quotes for the report: the attribution core's records as Quote models."""

from __future__ import annotations

from newsparse.extract.attribution.records import Attributions
from newsparse.lexicon.attribution import reporting_verbs
from newsparse.models import Cue, Quote, Span


def extract_quotes(attributions: Attributions, text: str) -> list[Quote]:
    """One Quote per record, in the core's order (claims refer to quotes by this index)."""
    out: list[Quote] = []
    for rec in attributions.records:
        cue = None
        if rec.cue_chars is not None:
            cs, ce = rec.cue_chars
            lemma = rec.lemma or text[cs:ce].lower()
            cue = Cue(
                text=text[cs:ce],
                lemma=lemma,
                start=cs,
                end=ce,
                stance=reporting_verbs().get(lemma, "neutral"),
            )
        out.append(
            Quote(
                text=" … ".join(text[a:b] for a, b in rec.pieces),
                kind=rec.kind,
                spans=[Span(start=a, end=b) for a, b in rec.pieces],
                speaker=rec.speaker,
                cue=cue,
                venue=rec.venue,
                paragraph=rec.paragraph,
            )
        )
    return out
