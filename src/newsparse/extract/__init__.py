"""Pure extractors over one ``DocView``: entities, the attribution core, quotes, claims, voices,
summary.

``extract`` runs them in their one order (entities → attribution → speakers and quoted titles as
entities (post-steps over both results) → quotes → claims → voices →
summary);
each also stands alone for tests and benchmarks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsparse.extract.attribution import Attributions, attribute
from newsparse.extract.claims import extract_claims, sourcing_profile
from newsparse.extract.entities import extract_entities
from newsparse.extract.entities.quoted_titles import add_quoted_titles
from newsparse.extract.entities.speaker_names import add_speaker_entities
from newsparse.extract.quotes import extract_quotes
from newsparse.extract.summary import extract_summary
from newsparse.extract.voices import extract_voices

if TYPE_CHECKING:
    from newsparse.docview import DocView
    from newsparse.models import Claim, Entity, Quote, SummarySentence, Voice

__all__ = [
    "Extraction",
    "attribute",
    "extract",
    "extract_claims",
    "extract_entities",
    "extract_quotes",
    "extract_summary",
    "extract_voices",
    "sourcing_profile",
]


@dataclass(frozen=True)
class Extraction:
    """Everything the extractors found in one article (plain models, plus the core's records)."""

    entities: list[Entity]
    attributions: Attributions
    quotes: list[Quote]
    claims: list[Claim] = field(default_factory=list)
    summary: list[SummarySentence] = field(default_factory=list)
    voices: list[Voice] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def extract(
    view: DocView,
    *,
    paragraph_starts: list[int],
    headline: str | None = None,
    claims: bool = True,
    summary: bool = True,
) -> Extraction:
    """Run every extractor once over ``view``; ``claims``/``summary`` off skip those steps
    (quote evaluation needs neither)."""
    warnings: list[str] = []
    entities = extract_entities(view, headline=headline)
    found = attribute(view, entities=entities, paragraph_starts=paragraph_starts, warnings=warnings)
    entities, found = add_speaker_entities(entities, found, view, headline=headline)
    entities, found = add_quoted_titles(entities, found, view, headline=headline)
    quotes = extract_quotes(found, view.text)
    return Extraction(
        entities=entities,
        attributions=found,
        quotes=quotes,
        claims=extract_claims(
            view, entities=entities, attributions=found, paragraph_starts=paragraph_starts
        )
        if claims
        else [],
        voices=extract_voices(entities, quotes, view.text),
        summary=extract_summary(
            view, paragraph_starts=paragraph_starts, quotes=quotes, entities=entities
        )
        if summary
        else [],
        warnings=warnings,
    )
