"""Claims: who asserts what, on whose word, how firmly."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsparse.models import Claim, Entity, Quote, SourcingProfile

if TYPE_CHECKING:
    from spacy.tokens import Doc


def extract_claims(
    doc: Doc, *, entities: list[Entity], quotes: list[Quote], paragraph_starts: list[int]
) -> list[Claim]:
    """Not built yet (issue 6): returns no claims."""
    return []


def sourcing_profile(claims: list[Claim]) -> SourcingProfile:
    """Count claims by the kind of source they rest on."""
    counts = {"named": 0, "anonymous": 0, "media": 0, "none": 0}
    for claim in claims:
        kind = claim.claimer.type
        if kind in ("person", "organization"):
            counts["named"] += 1
        elif kind in ("anonymous", "media"):
            counts[kind] += 1
        else:
            counts["none"] += 1
    return SourcingProfile(**counts)
